"""rgi:criteria_overlay on small hand-built layers where every flag is known.

The grid: eight 1 km squares in EPSG:25833, ids 01100101..01100108 (A..H), bottom row A B C D
(x 0..4 km), top row E F G H. Each square's MSS row, schools and social class are chosen so
that every case of every criterion occurs once; the expected values are written down per
square below, worked out by hand from the rules in the algorithm's help.
"""

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
)
from qgis.PyQt.QtCore import QVariant

from support.grid import EXPECTED, IDS, SCHOOLS, SIDE, by_id, memory_layer, mss_table, parameters, planungsraeume, rectangle, schools, value

# -- flags -------------------------------------------------------------------------------------


def test_every_flag_of_the_hand_built_grid(overlay):
    result = overlay(parameters())
    rows = by_id(result["OUTPUT"])
    assert sorted(rows) == sorted(IDS.values())
    for name, expected in EXPECTED.items():
        row = rows[IDS[name]]
        got = tuple(value(row, f) for f in ("crit_mss", "crit_school", "crit_social", "n_criteria_data", "n_criteria", "candidate"))
        assert got == expected, name
    assert result["MSS_COUNT"] == 3 and result["SCHOOL_COUNT"] == 5 and result["SOCIAL_COUNT"] == 5
    assert result["CANDIDATE_COUNT"] == 4


def test_the_values_that_decided_each_flag_are_in_the_output(overlay):
    rows = by_id(overlay(parameters())["OUTPUT"])
    a, b, f = rows[IDS["A"]], rows[IDS["B"]], rows[IDS["F"]]
    assert (a["mss_status"], a["mss_dynamics"], a["mss_kom"], a["ew"]) == (4, 3, "gültig", 1000)
    assert (b["n_schools"], b["n_schools_lmb"], b["n_schools_above"], b["lmb_max"]) == (2, 1, 0, 74.9)
    assert value(b, "schools_above") is None
    # the public Gymnasium (90 %) does not count, only the public Grundschule (76 %)
    assert (f["n_schools"], f["lmb_max"], f["schools_above"]) == (1, 76.0, "01G05")
    assert value(f, "mss_status") is None and f["mss_kom"] == "ungültig (EW unter 300)"
    assert (a["plr_name"], a["social_class"]) == ("Quadrat A", 7)
    assert value(rows[IDS["H"]], "ew") is None  # no MSS row


def test_lmb_threshold_is_inclusive_and_a_parameter(overlay):
    rows = by_id(overlay(parameters())["OUTPUT"])
    assert rows[IDS["D"]]["crit_school"] is True  # exactly 75.0
    assert rows[IDS["B"]]["lmb_max"] == 74.9 and value(rows[IDS["B"]], "crit_school") is None  # below, and 01G03 unknown
    stricter = by_id(overlay(parameters(LMB_THRESHOLD=76.5))["OUTPUT"])
    assert stricter[IDS["D"]]["crit_school"] is False and stricter[IDS["F"]]["crit_school"] is False
    assert stricter[IDS["A"]]["crit_school"] is True


def test_the_mss_rule_is_a_parameter(overlay):
    only_very_low = by_id(overlay(parameters(MSS_STATUSES=["sehr niedrig"], MSS_STATUSES_NEGATIVE=[]))["OUTPUT"])
    assert [only_very_low[IDS[n]]["crit_mss"] for n in "ABCDE"] == [True, False, False, False, False]
    assert value(only_very_low[IDS["G"]], "crit_mss") is None  # invalid rows stay without data
    assert overlay(parameters(MSS_STATUSES_NEGATIVE=["keine"]))["MSS_COUNT"] == 2  # A and B; C (mittel, negativ) no more
    with pytest.raises(QgsProcessingException, match=r"choose 'keine' alone"):
        overlay(parameters(MSS_STATUSES_NEGATIVE=["keine", "mittel"]))
    with_medium = by_id(overlay(parameters(MSS_STATUSES=["mittel", "niedrig", "sehr niedrig"]))["OUTPUT"])
    assert with_medium[IDS["D"]]["crit_mss"] is True and with_medium[IDS["E"]]["crit_mss"] is False


def test_min_criteria_and_a_missing_criterion(overlay):
    three = overlay(parameters(MIN_CRITERIA=3))
    assert [f["plr_id"] for f in three["OUTPUT"].getFeatures() if f["candidate"]] == [IDS["A"]]
    without_social = by_id(overlay(parameters(SOCIAL=None))["OUTPUT"])
    assert [n for n in "ABCDEFGH" if without_social[IDS[n]]["candidate"]] == ["A"]
    assert value(without_social[IDS["C"]], "crit_social") is None and without_social[IDS["C"]]["n_criteria_data"] == 1


def test_an_empty_school_filter_counts_every_school(overlay):
    rows = by_id(overlay(parameters(SCHOOL_FILTER=""))["OUTPUT"])
    assert rows[IDS["E"]]["crit_school"] is True  # the private primary school (95 %) now counts
    assert rows[IDS["F"]]["n_schools"] == 2 and rows[IDS["F"]]["lmb_max"] == 90.0  # and the Gymnasium


def test_lmb_quotas_from_a_table_joined_by_school_number(overlay):
    table = memory_layer("None", "Lmb (Test)", [("BSN", QVariant.String), ("Quote", QVariant.String)],
                         [(None, [bsn.lower(), "{:.1f}".format(q).replace(".", ",")]) for _, bsn, _, _, q in SCHOOLS if q is not None]
                         + [(None, ["99X99", "80"])])
    from_table = by_id(overlay(parameters(LMB_FIELD=None, LMB_TABLE=table, LMB_TABLE_ID_FIELD="BSN",
                                          LMB_TABLE_QUOTA_FIELD="Quote"))["OUTPUT"])
    from_field = by_id(overlay(parameters())["OUTPUT"])
    for plr in IDS.values():
        assert value(from_table[plr], "crit_school") == value(from_field[plr], "crit_school")
        assert value(from_table[plr], "lmb_max") == value(from_field[plr], "lmb_max")


def test_german_number_text_in_the_lmb_field(overlay):
    rows = by_id(overlay(parameters(SCHOOLS=schools(quota_kind=QVariant.String)))["OUTPUT"])
    assert rows[IDS["B"]]["lmb_max"] == 74.9 and rows[IDS["D"]]["crit_school"] is True


def test_integer_planungsraum_ids_are_padded(overlay):
    rows = by_id(overlay(parameters(PLANUNGSRAEUME=planungsraeume(integer_ids=True)))["OUTPUT"])
    assert sorted(rows) == sorted(IDS.values())
    assert rows[IDS["A"]]["candidate"] is True


# -- current areas, candidate areas, summary -------------------------------------------------------


def test_planungsraeume_lie_in_the_current_area_covering_most_of_them(overlay):
    rows = by_id(overlay(parameters())["OUTPUT"])
    assert [value(rows[IDS[n]], "hr_code") for n in "ABCDEFGH"] == ["01", "01", "02", None, None, None, None, None]
    assert [rows[IDS[n]]["hr_share_pct"] for n in "ABCD"] == [100.0, 100.0, 60.0, 20.0]
    stricter = by_id(overlay(parameters(AREAS_MIN_SHARE=70))["OUTPUT"])
    assert value(stricter[IDS["C"]], "hr_code") is None


def test_adjacent_candidates_form_candidate_areas(overlay):
    result = overlay(parameters())
    areas = {f["area_id"]: f for f in result["CANDIDATES"].getFeatures()}
    assert sorted(areas) == [1, 2] and result["CANDIDATE_AREA_COUNT"] == 2
    first, second = areas[1], areas[2]
    assert (first["plr_ids"], first["n_plr"], first["ew"], first["hr_codes"], first["n_plr_in_hr"]) == (IDS["A"], 1, 1000, "01", 1)
    assert (first["area_km2"], first["overlap_km2"], first["overlap_pct"]) == (1.0, 1.0, 100.0)
    # C, G and H share borders: one area; H has no population figure, G's comes from its invalid MSS row
    assert (second["plr_ids"], second["n_plr"], second["ew"], second["hr_codes"], second["n_plr_in_hr"]) == (
        ", ".join(IDS[n] for n in "CGH"), 3, 10000, "02", 1)
    assert (second["area_km2"], second["overlap_km2"], second["overlap_pct"]) == (3.0, 0.6, 20.0)
    assert second.geometry().area() == pytest.approx(3 * SIDE * SIDE)
    rows = by_id(result["OUTPUT"])
    assert [value(rows[IDS[n]], "area_id") for n in "ABCDEFGH"] == [1, None, 2, None, None, None, 2, 2]


def test_candidates_sharing_an_edge_or_a_corner_form_one_area(overlay):
    # with one criterion enough, A and B (a shared edge) and A and F (corner to corner) are candidates
    edge = overlay(parameters(PLANUNGSRAEUME=planungsraeume(order="AB"), MIN_CRITERIA=1))
    assert [f["plr_ids"] for f in edge["CANDIDATES"].getFeatures()] == [IDS["A"] + ", " + IDS["B"]]
    corner = overlay(parameters(PLANUNGSRAEUME=planungsraeume(order="AF"), MIN_CRITERIA=1, ADJACENCY_DISTANCE=0))
    assert [f["plr_ids"] for f in corner["CANDIDATES"].getFeatures()] == [IDS["A"] + ", " + IDS["F"]]


def test_a_gap_wider_than_the_distance_separates_candidate_areas(overlay):
    # C moved 0.5 m down (and left): joined to G within 1 m, separate with 0.25 m
    layer = planungsraeume()
    layer.startEditing()
    for feature in layer.getFeatures():
        if feature["plr_id"] == IDS["C"]:
            geometry = feature.geometry()
            geometry.translate(-0.5, -0.5)
            layer.changeGeometry(feature.id(), geometry)
    layer.commitChanges()
    assert overlay(parameters(PLANUNGSRAEUME=layer))["CANDIDATE_AREA_COUNT"] == 2
    assert overlay(parameters(PLANUNGSRAEUME=layer, ADJACENCY_DISTANCE=0.25))["CANDIDATE_AREA_COUNT"] == 3


def test_summary_per_current_area_outside_and_total(overlay):
    rows = list(overlay(parameters())["SUMMARY"].getFeatures())
    assert [(r["kind"], value(r, "hr_code")) for r in rows] == [
        ("handlungsraum", "01"), ("handlungsraum", "02"), ("outside", None), ("total", None)]
    first, second, outside, total = rows
    assert (first["hr_name"], first["n_plr"], first["ew"], first["n_plr_candidate"], first["ew_candidate"]) == (
        "Erster Handlungsraum", 2, 3000, 1, 1000)
    assert (first["pct_plr_candidate"], first["pct_ew_candidate"], first["candidate_plr_ids"]) == (50.0, 33.3, IDS["A"])
    assert (first["n_plr_mss"], first["n_plr_school"], first["n_plr_social"]) == (2, 1, 1)
    assert (total["n_plr_mss"], total["n_plr_school"], total["n_plr_social"], total["pct_plr_candidate"]) == (3, 5, 5, 50.0)
    assert (second["n_plr"], second["n_plr_candidate"], second["pct_plr_candidate"]) == (1, 1, 100.0)
    assert (outside["n_plr"], outside["ew"], outside["n_plr_candidate"], outside["ew_candidate"], outside["candidate_plr_ids"]) == (
        5, 16200, 2, 7000, IDS["G"] + ", " + IDS["H"])
    assert (total["n_plr"], total["ew"], total["n_plr_candidate"], total["ew_candidate"], total["pct_ew_candidate"]) == (
        8, 22200, 4, 11000, 49.5)


def test_without_current_areas_the_summary_has_the_total_only(overlay):
    result = overlay(parameters(AREAS=None))
    assert [r["kind"] for r in result["SUMMARY"].getFeatures()] == ["total"]
    assert all(value(f, "hr_code") is None for f in result["OUTPUT"].getFeatures())


# -- schools by catchment area ------------------------------------------------------------------


def test_schools_count_through_catchment_areas(overlay):
    # one catchment for school 01G07 (in H) reaching half into G; one by location around A's school
    catchments = memory_layer("Polygon", "Einschulbereiche (Test)", [("bsn", QVariant.String)],
                              [(rectangle(2.5, 1, 4, 2), ["01G07"]), (rectangle(0, 0, 1, 1), [None])])
    by_field = by_id(overlay(parameters(CATCHMENTS=catchments, CATCHMENT_SCHOOL_FIELD="bsn"))["OUTPUT"])
    assert (by_field[IDS["G"]]["n_schools"], by_field[IDS["G"]]["schools_above"], by_field[IDS["G"]]["crit_school"]) == (1, "01G07", True)
    assert by_field[IDS["H"]]["crit_school"] is True
    assert value(by_field[IDS["A"]], "crit_school") is None  # the name-less catchment names no school
    assert value(by_field[IDS["D"]], "crit_school") is None  # D's own school has no catchment here
    by_location = by_id(overlay(parameters(CATCHMENTS=catchments))["OUTPUT"])
    assert by_location[IDS["A"]]["schools_above"] == "01G01"
    assert by_location[IDS["G"]]["schools_above"] == "01G06, 01G07"  # both lie in the catchment that covers half of G
    strict = by_id(overlay(parameters(CATCHMENTS=catchments, CATCHMENT_MIN_SHARE=60))["OUTPUT"])
    assert value(strict[IDS["G"]], "crit_school") is None  # a 50 % cover is below 60 %


# -- CRS, determinism, note --------------------------------------------------------------------


def flag_rows(result):
    names = ("plr_id", "crit_mss", "crit_school", "crit_social", "n_criteria", "candidate", "area_id", "hr_code")
    return [tuple(value(f, n) for n in names) for f in result["OUTPUT"].getFeatures()]


def test_inputs_in_other_crs_are_reprojected(overlay):
    reference = overlay(parameters())
    geographic = overlay(parameters(PLANUNGSRAEUME=planungsraeume("EPSG:4326"), SCHOOLS=schools("EPSG:3857")))
    assert flag_rows(geographic) == flag_rows(reference)
    assert geographic["OUTPUT"].crs().authid() == "EPSG:25833"  # a geographic input is written in Berlin's CRS
    metric = overlay(parameters(PLANUNGSRAEUME=planungsraeume("EPSG:3068"), SCHOOLS=schools("EPSG:4326")))
    assert flag_rows(metric) == flag_rows(reference)
    assert metric["OUTPUT"].crs().authid() == "EPSG:25833"  # every input is reprojected to Berlin's CRS (issue 10)


def geometry_rows(layer, key):
    return [(f[key], f.geometry().asWkt(2)) for f in layer.getFeatures()]


def test_output_is_deterministic_whatever_the_input_order(overlay):
    first = overlay(parameters())
    second = overlay(parameters(PLANUNGSRAEUME=planungsraeume(order="HGFEDCBA"), MSS=mss_table(order="GFEDCBA"),
                                SCHOOLS=schools(order="reversed")))
    assert [f.attributes() for f in first["OUTPUT"].getFeatures()] == [f.attributes() for f in second["OUTPUT"].getFeatures()]
    assert geometry_rows(first["OUTPUT"], "plr_id") == geometry_rows(second["OUTPUT"], "plr_id")
    assert [f.attributes() for f in first["CANDIDATES"].getFeatures()] == [f.attributes() for f in second["CANDIDATES"].getFeatures()]
    assert geometry_rows(first["CANDIDATES"], "area_id") == geometry_rows(second["CANDIDATES"], "area_id")
    assert [f.attributes() for f in first["SUMMARY"].getFeatures()] == [f.attributes() for f in second["SUMMARY"].getFeatures()]


def test_a_data_note_reaches_every_output(overlay):
    result = overlay(parameters(DATA_NOTE="Testwerte"))
    for name in ("OUTPUT", "CANDIDATES", "SUMMARY"):
        assert {f["data_note"] for f in result[name].getFeatures()} == {"Testwerte"}
    plain = overlay(parameters())
    assert all(value(f, "data_note") is None for f in plain["OUTPUT"].getFeatures())


def test_example_lmb_data_is_labelled_as_such(overlay):
    table = memory_layer("None", "Lmb-Tabelle", [("bsn", QVariant.String), ("lmb_quote", QVariant.Double), ("hinweis", QVariant.String)],
                         [(None, [bsn, q, "Beispieldaten – keine amtlichen Werte"]) for _, bsn, _, _, q in SCHOOLS])
    result = overlay(parameters(LMB_FIELD=None, LMB_TABLE=table))
    for name in ("OUTPUT", "CANDIDATES", "SUMMARY"):
        assert {f["data_note"] for f in result[name].getFeatures()} == {"Beispieldaten – keine amtlichen Werte"}


def test_progress_reaches_the_end(overlay):
    feedback = QgsProcessingFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    overlay(parameters(), feedback)
    assert seen and seen == sorted(seen) and seen[-1] >= 99


# -- interface -----------------------------------------------------------------------------------


