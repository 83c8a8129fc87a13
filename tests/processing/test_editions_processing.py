"""rgi:mss_change and rgi:criteria_overlay_compare on the bundled data, checked against the source tables."""

import csv

import pytest
from qgis.core import NULL, QgsApplication, QgsProviderRegistry, QgsVectorLayer

from rgi_plugin.core.editions.overlay import gesix_classes
from rgi_plugin.core.overlay.output import EXAMPLE_DATA_NOTE
from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider
from support.paths import REPO, SHARED_DATA

LMB_CSV = REPO / "resources" / "data" / "lmb_beispieldaten.csv"


@pytest.fixture(scope="module")
def processing_run(qgis_processing):
    import processing

    provider = GemeinschaftsinitiativeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield processing.run
    QgsApplication.processingRegistry().removeProvider(provider)


def source_table(year):
    with open(SHARED_DATA / "mss_history" / "mss_{}_index.csv".format(year), encoding="utf-8") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def value(feature, name):
    return None if feature[name] == NULL else feature[name]


# -- rgi:mss_change ---------------------------------------------------------------------------------


def test_mss_change_2017_2019_equals_the_difference_of_the_source_tables(processing_run, tmp_path):
    result = processing_run("rgi:mss_change", {"FROM": "MSS 2017", "TO": "MSS 2019", "OUTPUT": str(tmp_path / "change.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "change", "ogr")
    features = {f["plr_id"]: f for f in layer.getFeatures()}
    before, after = source_table(2017), source_table(2019)
    inhabited = set(before) & set(after)
    assert len(inhabited) == 436 and set(before) == set(after)
    for plr_id in inhabited:
        expected = int(float(after[plr_id]["status_index"])) - int(float(before[plr_id]["status_index"]))
        feature = features[plr_id]
        assert feature["si_change"] == expected, plr_id
        assert feature["method"] == "same_scheme"
        inhabitants = (int(float(before[plr_id]["inhabitants"])), int(float(after[plr_id]["inhabitants"])))
        assert (feature["ew_from"], feature["ew_to"]) == inhabitants
    # the other twelve Planungsräume of the scheme are uninhabited: no change, and the note says why
    others = set(features) - inhabited
    assert len(others) == 12 and all(value(features[i], "si_change") is None and features[i]["note"] == "not_rated" for i in others)
    lower = sum(1 for i in inhabited if features[i]["si_change"] > 0)
    assert (result["COMPARED"], result["LOWER"]) == (436, lower)
    # the method stays with the file
    uri = QgsProviderRegistry.instance().providerMetadata("ogr").querySublayers(result["OUTPUT"])[0].uri()
    assert "joined by Planungsraum id" in QgsVectorLayer(uri, "again", "ogr").metadata().abstract()


def test_mss_change_across_schemes_is_area_weighted_and_says_so(processing_run):
    result = processing_run("rgi:mss_change", {"FROM": "MSS 2017", "TO": "MSS 2021", "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert layer.featureCount() == 542 and "area" in result["METHOD"] and "no id is joined" in result["METHOD"]
    features = {f["plr_id"]: f for f in layer.getFeatures()}
    assert {f["method"] for f in features.values()} == {"area_weighted"}
    # Stülerstraße: the 2021 Planungsraum lies (up to boundary slivers) in the 2017 one of the same name
    stueler = features["01100101"]
    before = int(float(source_table(2017)["01011101"]["status_index"]))
    assert stueler["from_plr_ids"] == "01011101 (100 %)" and stueler["si_n_from"] == before
    assert stueler["si_change"] == stueler["si_n_to"] - before
    changes = [value(f, "si_change") for f in features.values()]
    assert all(c is None or -3 <= c <= 3 for c in changes)
    assert any(c is not None and c != int(c) for c in changes)  # means of several old Planungsräume


def test_mss_change_refuses_the_same_edition_twice(processing_run):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing_run("rgi:mss_change", {"FROM": "MSS 2019", "TO": "MSS 2019", "OUTPUT": "memory:"})


# -- the criteria overlay on two editions -------------------------------------------------------------


def test_gesix_classes_put_the_lowest_seventh_into_class_7():
    with open(SHARED_DATA / "sozialatlas" / "gssa_2022_planungsraeume.csv", encoding="utf-8") as handle:
        values = {row["plrID"]: float(row["GESIx_2013"]) if row["GESIx_2013"] else None for row in csv.DictReader(handle)}
    classes = gesix_classes(values)
    rated = sorted((v, k) for k, v in values.items() if v is not None)
    assert len(classes) == len(rated) == 421
    seventh = {k for _, k in rated[:len(rated) // 7]}
    assert seventh <= {k for k, c in classes.items() if c == 7}
    assert sum(1 for c in classes.values() if c == 7) in (60, 61)
    assert classes["02010102"] == 7 and classes["09041302"] == 1  # Mehringplatz, Wendenschloß


@pytest.fixture(scope="module")
def comparison_2017_2021(processing_run):
    return processing_run("rgi:criteria_overlay_compare", {
        "BEFORE": "MSS 2017", "AFTER": "MSS 2021", "LMB_TABLE": str(LMB_CSV),
        "OUTPUT": "memory:", "BEFORE_OUTPUT": "memory:", "AFTER_OUTPUT": "memory:"})


def test_overlay_runs_on_mss_2017_and_2021_and_lists_entered_and_left(comparison_2017_2021):
    result = comparison_2017_2021
    rows = list(result["OUTPUT"].getFeatures())
    entered = [f for f in rows if f["change"] == "entered"]
    left = [f for f in rows if f["change"] == "left"]
    assert entered and left and (len(entered), len(left)) == (result["ENTERED"], result["LEFT"])
    assert {f["edition"] for f in entered} == {"MSS 2021"} and {f["edition"] for f in left} == {"MSS 2017"}
    assert {f["lor_scheme"] for f in entered} == {"lor_2021"} and {f["lor_scheme"] for f in left} == {"lor_2019"}
    before = {f["plr_id"]: f for f in result["BEFORE_OUTPUT"].getFeatures()}
    after = {f["plr_id"]: f for f in result["AFTER_OUTPUT"].getFeatures()}
    assert len(before) == 448 and len(after) == 542
    assert sum(bool(f["candidate"]) for f in before.values()) == result["BEFORE_CANDIDATES"]
    # every listed Planungsraum is a candidate in its own run and covered less than half by the other's
    for feature in entered:
        assert after[feature["plr_id"]]["candidate"] and feature["other_cover_pct"] < 50
    for feature in left:
        assert before[feature["plr_id"]]["candidate"] and feature["other_cover_pct"] < 50
    # the deciding values are those of the source tables of their edition
    table_2017 = source_table(2017)
    for feature in left:
        assert feature["mss_status"] == int(float(table_2017[feature["plr_id"]]["status_index"]))
        assert feature["n_criteria"] >= 2 and feature["data_note"] == EXAMPLE_DATA_NOTE
    with open(SHARED_DATA / "mss_2021" / "mss_2021_indizes.csv", encoding="utf-8") as handle:
        table_2021 = {row["PLR_ID"]: row for row in csv.DictReader(handle)}
    for feature in entered:
        assert feature["mss_status"] == int(table_2021[feature["plr_id"]]["SI_N"])


def test_overlay_on_mss_2017_uses_the_gesix_2013_classes(comparison_2017_2021):
    before = {f["plr_id"]: f for f in comparison_2017_2021["BEFORE_OUTPUT"].getFeatures()}
    with open(SHARED_DATA / "sozialatlas" / "gssa_2022_planungsraeume.csv", encoding="utf-8") as handle:
        values = {row["plrID"]: float(row["GESIx_2013"]) for row in csv.DictReader(handle) if row["GESIx_2013"]}
    lowest = sorted(values, key=lambda key: values[key])[:60]
    assert all(before[plr_id]["crit_social"] is True for plr_id in lowest)
    assert sum(1 for f in before.values() if f["crit_social"] is True) in (60, 61)


def test_same_scheme_comparison_is_the_difference_of_the_candidate_sets(processing_run):
    result = processing_run("rgi:criteria_overlay_compare", {
        "BEFORE": "MSS 2017", "AFTER": "MSS 2019", "LMB_TABLE": str(LMB_CSV),
        "OUTPUT": "memory:", "BEFORE_OUTPUT": "memory:", "AFTER_OUTPUT": "memory:"})
    before = {f["plr_id"] for f in result["BEFORE_OUTPUT"].getFeatures() if f["candidate"]}
    after = {f["plr_id"] for f in result["AFTER_OUTPUT"].getFeatures() if f["candidate"]}
    rows = list(result["OUTPUT"].getFeatures())
    assert {f["plr_id"] for f in rows if f["change"] == "entered"} == after - before
    assert {f["plr_id"] for f in rows if f["change"] == "left"} == before - after
    assert after - before and before - after


def test_qgis_process_runs_mss_change_from_the_packaged_plugin(plugin_zip):
    """What the README shows: the command line, with editions named as the options say."""
    import subprocess

    import run_overlay
    from qgis_profile import prepare_profile

    root = prepare_profile(REPO / "build" / "test-profiles" / "mss_change_qgis_process", plugin_zip)
    output = root / "mss_change_2017_2019.gpkg"
    output.unlink(missing_ok=True)
    command = [run_overlay.QGIS_PROCESS, "run", "rgi:mss_change", "--", "FROM=MSS 2017", "TO=MSS 2019", "OUTPUT={}".format(output)]
    completed = subprocess.run(command, env=run_overlay.environment(root), capture_output=True, text=True, timeout=180)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    layer = QgsVectorLayer(str(output), "change", "ogr")
    assert layer.featureCount() == 448 and "COMPARED:\t436" in completed.stdout
