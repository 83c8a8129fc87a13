"""Issue 10: the inputs Berlin's administration really produces, one test (or more) per finding.

Every bad input is a small file under ``tests/data/`` (see its README); every test asserts the
exact line of the report, or NULL where a criterion has no data. The hand-built grid of
``criteria_overlay/test_small_grid.py`` (squares A..H, schools 01G01..01G07) is the stage for the overlay.
"""

import sqlite3

import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from rgi_plugin.core.indicators import lmb as lmb_import
from support.grid import IDS, SCHOOLS, by_id, memory_layer, parameters, planungsraeume, schools, social_table, value
from support.paths import DATA
from support.tables import school_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return school_catalogue()


def run_reported(overlay, **overrides):
    """Run the overlay; return its result and every line it reported (warnings and infos)."""
    feedback = QgsProcessingFeedback()
    lines = []
    feedback.pushWarning = lines.append
    feedback.pushInfo = lines.append
    return overlay(parameters(**overrides), feedback), lines


# -- 1. a comma-separated file with unquoted German decimals -------------------------------------


# -- 2. one reader for the Lmb table: the overlay reads it as the dialog does --------------------


def test_2_the_overlay_reads_an_lmb_file_like_the_dialog_shares_padded_numbers_german_column_names(overlay):
    path = DATA / "lmb_raster_anteile.csv"
    result, lines = run_reported(overlay, LMB_FIELD=None, LMB_TABLE=str(path))  # no field names given
    rows = by_id(result["OUTPUT"])
    assert [value(rows[IDS[n]], "lmb_max") for n in "ABCDEFGH"] == [80.0, 74.9, None, 75.0, None, 76.0, 80.0, 85.0]
    assert rows[IDS["A"]]["lmb_quotas"] == "01G01 80"  # "1G1" and the share 0,80
    assert rows[IDS["B"]]["lmb_quotas"] == "01G02 74.9; 01G03 –"
    assert rows[IDS["D"]]["crit_school"] is True  # 1g4 with 0,75 = 75 %, at the threshold
    assert "Lmb quotas from 'lmb_raster_anteile.csv': 8 rows read: 6 used, 1 not used; repeated rows counted once: 1 " \
           "(all listed below)." in lines
    assert ("Values read as shares: all 8 values without a percent sign lie between 0 and 1, so they are read as shares "
            "(0,753 = 75,3 %).") in lines
    assert "BSN listed more than once with the same value (counted once): 01G05 (row 6)" in lines
    # the same file through the dialog's reader gives the same quotas
    imported = lmb_import.import_lmb(path, None, {s[1]: True for s in SCHOOLS})
    assert imported.values == {"01G01": 80.0, "01G02": 74.9, "01G04": 75.0, "01G05": 76.0, "01G06": 80.0, "01G07": 85.0}


def test_2_a_population_with_german_thousands_is_read_as_the_whole_number(overlay):
    result, _ = run_reported(overlay, MSS=str(DATA / "mss_platzhalter.csv"))
    assert by_id(result["OUTPUT"])[IDS["B"]]["ew"] == 2000  # "2.000", not 2


# -- 3. MSS placeholders ----------------------------------------------------------------------


def test_3_mss_placeholder_rows_are_keine_bewertung_and_counted(overlay):
    result, lines = run_reported(overlay, MSS=str(DATA / "mss_platzhalter.csv"))
    rows = by_id(result["OUTPUT"])
    for name in "FG":
        assert value(rows[IDS[name]], "crit_mss") is None and value(rows[IDS[name]], "mss_status") is None
    assert [rows[IDS[n]]["crit_mss"] for n in "ABCDE"] == [True, True, True, False, False]
    assert ("2 rows of 'mss_platzhalter' carry the MSS placeholder -9999 instead of a class: no MSS rating "
            "(keine Bewertung) for 01100106, 01100107") in lines
    assert "2 Planungsräume have no MSS rating (marked invalid or without status): no data for the MSS criterion." in lines


# -- 4. unknown is not "not met" -------------------------------------------------------------


def test_4_a_school_below_the_threshold_beside_one_without_quota_leaves_the_criterion_unknown(overlay):
    result, lines = run_reported(overlay)
    b = by_id(result["OUTPUT"])[IDS["B"]]  # 01G02 74.9 % and 01G03 without a quota
    assert value(b, "crit_school") is None and b["n_criteria_data"] == 2
    assert ("1 Planungsräume have schools below the threshold and schools without an Lmb quota: the school criterion "
            "is unknown (NULL) there: 01100102") in lines
    known = schools()
    known.startEditing()
    for feature in known.getFeatures():
        if feature["bsn"] == "01G03":
            known.changeAttributeValue(feature.id(), known.fields().indexOf("lmb_quote"), 10.0)
    known.commitChanges()
    assert by_id(run_reported(overlay, SCHOOLS=known)[0]["OUTPUT"])[IDS["B"]]["crit_school"] is False


# -- 5. catchment areas -----------------------------------------------------------------------


def test_5_a_zero_minimum_share_counts_only_planungsraeume_the_catchment_really_covers(overlay):
    catchments = str(DATA / "einschulbereiche_nullanteil.geojson")
    result, _ = run_reported(overlay, CATCHMENTS=catchments, CATCHMENT_SCHOOL_FIELD="bsn", CATCHMENT_MIN_SHARE=0)
    rows = by_id(result["OUTPUT"])
    assert [value(rows[IDS[n]], "crit_school") for n in "CDGH"] == [None, None, True, True]  # C and D only touch it
    assert [rows[IDS[n]]["n_schools"] for n in "CDGH"] == [0, 0, 1, 1]


def test_5_a_catchment_below_the_minimum_share_everywhere_is_reported_with_its_school(overlay):
    catchments = str(DATA / "einschulbereiche_winzig.geojson")
    result, lines = run_reported(overlay, CATCHMENTS=catchments, CATCHMENT_SCHOOL_FIELD="bsn")
    assert value(by_id(result["OUTPUT"])[IDS["A"]], "crit_school") is None
    assert ("1 catchment areas cover no Planungsraum by the minimum share of 10 %: their schools are not counted: 01G01"
            in lines)


# -- 6. nothing skipped silently ---------------------------------------------------------------


def test_6_mss_rows_without_an_id_are_reported(overlay):
    _, lines = run_reported(overlay, MSS=str(DATA / "mss_ohne_id.csv"))
    assert "1 rows of 'mss_ohne_id' have no Planungsraum id and are not used (features: 4)" in lines


def test_6_lmb_rows_without_a_school_number_are_reported(overlay):
    _, lines = run_reported(overlay, LMB_FIELD=None, LMB_TABLE=str(DATA / "lmb_raster_anteile.csv"))
    assert "Rows without BSN (not used): row 9" in lines


def test_6_schools_with_a_null_quota_on_the_field_path_are_reported(overlay):
    _, lines = run_reported(overlay)
    assert "Empty values (not used): 01G03 (feature 3), 09G99 (feature 10)" in lines
    assert "2 schools that pass the filter have no Lmb quota: 01G03, 09G99" in lines


def test_6_duplicate_school_numbers_in_the_schools_layer_are_reported(overlay):
    result, lines = run_reported(overlay, SCHOOLS=str(DATA / "schulen_doppelte_bsn.geojson"))
    assert ("School numbers that occur more than once in 'schulen_doppelte_bsn' (every location counts, with the one "
            "quota of the school): 01G01 (2×)") in lines
    assert "BSN listed more than once with the same value (counted once): 01G01 (feature 9)" in lines  # GeoJSON ids start at 0
    rows = by_id(result["OUTPUT"])
    assert (rows[IDS["C"]]["schools_above"], rows[IDS["C"]]["crit_school"]) == ("01G01", True)


def test_6_social_atlas_duplicates_empty_ids_and_classes_out_of_range_are_reported(overlay):
    result, lines = run_reported(overlay, SOCIAL=str(DATA / "sozialatlas_raster.csv"))
    rows = by_id(result["OUTPUT"])
    assert [value(rows[IDS[n]], "crit_social") for n in "ABCDEFGH"] == [True, False, True, None, True, False, True, None]
    assert value(rows[IDS["H"]], "social_class") is None  # class 9 is no Schicht
    for line in ("Social atlas 'sozialatlas_raster.csv': 11 rows read: 6 used, 4 not used; repeated rows counted once: 1 "
                 "(all listed below).",
                 "Rows without Planungsraum (not used): row 6",
                 "Planungsraum listed more than once with different values (not used): 01100104 (row 7), 01100104 (row 8)",
                 "Values out of range (not used): 01100108 (row 12)",
                 "Planungsraum listed more than once with the same value (counted once): 01100103 (row 5)"):
        assert line in lines, line


def test_6_a_social_class_that_occurs_nowhere_is_warned(overlay):
    _, lines = run_reported(overlay, SOCIAL=social_table(), SOCIAL_CLASS=3)
    assert ("The class 3 occurs in no Planungsraum of 'Sozialstrukturatlas (Test)': the social criterion is met "
            "nowhere.") in lines


# -- 7. column detection ---------------------------------------------------------------------


# -- 8. neighbours and CRS ---------------------------------------------------------------------


def test_8_candidates_touching_at_a_corner_are_neighbours_like_candidates_a_metre_apart(overlay):
    corner = overlay(parameters(PLANUNGSRAEUME=planungsraeume(order="AF"), MIN_CRITERIA=1))
    assert [f["plr_ids"] for f in corner["CANDIDATES"].getFeatures()] == [IDS["A"] + ", " + IDS["F"]]


def test_8_areas_and_distances_are_computed_in_etrs89_utm33_whatever_the_input_crs(overlay):
    mercator = overlay(parameters(PLANUNGSRAEUME=str(DATA / "planungsraeume_3857.geojson")))
    assert mercator["OUTPUT"].crs().authid() == "EPSG:25833"
    areas = {f["area_id"]: f for f in mercator["CANDIDATES"].getFeatures()}
    assert areas[1]["area_km2"] == 1.0 and areas[2]["area_km2"] == 3.0  # not the 2.7-fold Web-Mercator size
    assert mercator["CANDIDATES"].crs().authid() == "EPSG:25833"


# -- 9. GeoPackage outputs ---------------------------------------------------------------------


def test_9_geopackage_outputs_declare_the_multipolygons_they_hold(overlay, tmp_path):
    path = tmp_path / "ueberlagerung.gpkg"
    result = overlay(parameters(
        PLANUNGSRAEUME=str(DATA / "planungsraeume_mehrteilig.geojson"),
        OUTPUT="ogr:dbname='{}' table=\"planungsraeume\" (geom)".format(path),
        CANDIDATES="ogr:dbname='{}' table=\"candidate_areas\" (geom)".format(path)))
    with sqlite3.connect(str(path)) as db:
        declared = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
    assert declared == {"planungsraeume": "MULTIPOLYGON", "candidate_areas": "MULTIPOLYGON"}
    written = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    h = next(f for f in written.getFeatures() if f["plr_id"] == IDS["H"])
    assert h.geometry().constGet().numGeometries() == 2 and h.geometry().area() == pytest.approx(900000.0)


# -- 10. data honesty ---------------------------------------------------------------------------


def test_10_the_summary_says_which_current_areas_are_drawn_from_the_mss_rule(overlay):
    from rgi_plugin.core import data as bundled

    snapshot = bundled.read_snapshot()
    result, lines = run_reported(overlay, **{
        "PLANUNGSRAEUME": str(snapshot.dataset("lor_plr_2021").path), "MSS": str(snapshot.dataset("mss_2021").path),
        "SCHOOLS": str(snapshot.dataset("schulen_2023").path), "LMB_FIELD": None, "SOCIAL": None,
        "AREAS": str(snapshot.dataset("handlungsraeume").path), "AREAS_NAME_FIELD": "name"})
    derived = [f for f in result["SUMMARY"].getFeatures() if f["kind"] == "handlungsraum" and value(f, "hr_note")]
    assert len(derived) == 11
    assert {f["hr_note"] for f in derived} == {
        "Abgrenzung aus dem MSS-Kriterium abgeleitet: MSS-Anteil 100 % per Konstruktion, kein Befund"}
    assert all(f["n_plr_mss"] == f["n_plr"] for f in derived)
    assert ("11 of the 16 current Handlungsräume are drawn from the MSS criterion itself (basis criteria_derived): their "
            "share of Planungsräume meeting the MSS criterion is 100 % by construction, not a finding: 01, 02, 03, 04, 05, "
            "07, 08, 09, 10, 11, … (+1)") in lines


def test_10_the_overlay_labels_outputs_from_a_renamed_example_copy(overlay, tmp_path):
    from rgi_plugin.core.overlay.output import EXAMPLE_DATA_NOTE

    copy = tmp_path / "quoten.csv"
    with open(copy, "w", encoding="utf-8") as handle:
        handle.write("bsn;lmb_quote;hinweis\n")
        handle.writelines("{};{};Beispieldaten – keine amtlichen Werte\n".format(bsn, q) for _, bsn, _, _, q in SCHOOLS if q)
    result = overlay(parameters(LMB_FIELD=None, LMB_TABLE=str(copy)))
    assert {f["data_note"] for f in result["OUTPUT"].getFeatures()} == {EXAMPLE_DATA_NOTE}


def test_an_lmb_table_given_as_a_layer_goes_through_the_same_reader(overlay):
    table = memory_layer("None", "Lmb als Layer", [("Schulnummer", QVariant.String), ("Lmb-Quote", QVariant.String)],
                         [(None, ["1G1", "0,80"]), (None, ["01G02", "0,749"]), (None, ["01G02", "0,7490"])])
    result, lines = run_reported(overlay, LMB_FIELD=None, LMB_TABLE=table)
    rows = by_id(result["OUTPUT"])
    assert (rows[IDS["A"]]["lmb_max"], rows[IDS["B"]]["lmb_max"]) == (80.0, 74.9)
    assert "BSN listed more than once with the same value (counted once): 01G02 (feature 3)" in lines
