"""The bundled offline snapshot: complete, in EPSG:25833, joined without loss, attributed."""

import csv
import json
import shutil
import subprocess
from collections import Counter

import pytest
from qgis.core import NULL, QgsFeatureRequest, QgsProject, QgsSpatialIndex

from rgi_plugin.core import data as bundled
from rgi_plugin.core.data import offline
from rgi_plugin.definitions.names import LAYER_GROUP_NAME
from rgi_plugin.definitions.paths import DATA_DIR
from support.paths import REPO, SHARED_DATA

EXPECTED_COUNTS = {"handlungsraeume": 16, "lor_plr_2021": 542, "lor_bzr_2021": 143, "lor_pgr_2021": 58, "mss_2021": 542,
                   "schulen_2023": 902, "bezirke": 12, "lor_plr_2019": 448}
#: Tables without geometry (the editions before 2021 and the social atlas; their geometry is lor_plr_2019).
EXPECTED_TABLE_COUNTS = {"mss_2013": 434, "mss_2015": 435, "mss_2017": 436, "mss_2019": 436, "gssa_2022": 448}


@pytest.fixture(scope="module")
def snapshot():
    return bundled.read_snapshot()


@pytest.fixture(scope="module")
def layers(qgis_app, snapshot):
    return {dataset.id: bundled.create_layer(dataset, "de") for dataset in snapshot.datasets}


def test_a_licence_that_needs_words_has_them_in_both_languages(snapshot):
    schools = snapshot.dataset("schulen_2023")
    assert schools.localized_licence("de").startswith("in der Quelle nicht angegeben")
    assert schools.localized_licence("en").startswith("not stated in the source")
    assert snapshot.dataset("mss_2021").localized_licence("de") == "dl-de/by-2-0"  # a licence's name is the same in both


def values(layer, field):
    return [f[field] for f in layer.getFeatures()]


def test_snapshot_lists_every_dataset_with_its_count(snapshot):
    assert {d.id: d.expected_count for d in snapshot.datasets} == dict(EXPECTED_COUNTS, **EXPECTED_TABLE_COUNTS)
    assert snapshot.crs == "EPSG:25833"


@pytest.mark.parametrize("dataset_id, count", sorted(EXPECTED_COUNTS.items()))
def test_each_layer_is_valid_complete_and_in_25833(layers, dataset_id, count):
    layer = layers[dataset_id]
    assert layer.isValid()
    assert layer.featureCount() == count
    assert layer.crs().authid() == "EPSG:25833"
    # Berlin in EPSG:25833 (ETRS89 / UTM 33N)
    extent = layer.extent()
    assert 369000 < extent.xMinimum() < extent.xMaximum() < 416000
    assert 5799000 < extent.yMinimum() < extent.yMaximum() < 5839000


@pytest.mark.parametrize("dataset_id, count", sorted(EXPECTED_TABLE_COUNTS.items()))
def test_each_table_is_valid_complete_and_names_its_geometry(layers, snapshot, dataset_id, count):
    layer, dataset = layers[dataset_id], snapshot.dataset(dataset_id)
    assert layer.isValid() and layer.featureCount() == count
    assert not layer.isSpatial() and dataset.geometry == "none"
    assert dataset.geometry_dataset == "lor_plr_2019" and dataset.lor_scheme == "lor_2019"
    ids = values(layer, "plr_id")
    assert len(set(ids)) == len(ids) and set(ids) <= set(values(layers["lor_plr_2019"], "plr_id"))


@pytest.mark.parametrize("dataset_id", sorted(dict(EXPECTED_COUNTS, **EXPECTED_TABLE_COUNTS)))
def test_each_layer_carries_source_licence_and_attribution(layers, snapshot, dataset_id):
    layer, dataset = layers[dataset_id], snapshot.dataset(dataset_id)
    assert dataset.attribution and dataset.publisher and dataset.licence and dataset.service
    assert layer.metadata().rights() == [dataset.attribution]
    assert layer.metadata().licenses()[0] == dataset.localized_licence("de")
    assert layer.attribution() == dataset.attribution
    assert dataset.service in layer.metadata().abstract()


@pytest.mark.parametrize("dataset_id, field, length", [
    ("lor_plr_2021", "plr_id", 8), ("lor_bzr_2021", "bzr_id", 6), ("lor_pgr_2021", "pgr_id", 4), ("mss_2021", "plr_id", 8)])
def test_lor_ids_are_unique_full_length_strings(layers, dataset_id, field, length):
    ids = values(layers[dataset_id], field)
    assert len(set(ids)) == len(ids)
    assert all(isinstance(i, str) and len(i) == length and i.isdigit() for i in ids)


def test_lor_hierarchy_is_consistent(layers):
    plr = values(layers["lor_plr_2021"], "plr_id")
    assert set(values(layers["lor_bzr_2021"], "bzr_id")) == {i[:6] for i in plr}
    assert set(values(layers["lor_pgr_2021"], "pgr_id")) == {i[:4] for i in plr}
    assert len({i[:2] for i in plr}) == 12  # Bezirke


def test_every_mss_row_of_the_source_is_joined_to_a_planungsraum(layers):
    with open(SHARED_DATA / "mss_2021" / "mss_2021_indizes.csv", encoding="utf-8") as handle:
        source = {row["PLR_ID"]: row for row in csv.DictReader(handle)}
    mss = {f["plr_id"]: f for f in layers["mss_2021"].getFeatures()}
    assert set(mss) == set(source) == set(values(layers["lor_plr_2021"], "plr_id"))

    def number(text):  # -9999 marks "no value" in the source's invalid rows
        return int(text) if text.strip() not in ("", "-9999") else None

    for plr_id, row in source.items():
        assert (mss[plr_id]["si_n"], mss[plr_id]["di_n"], mss[plr_id]["kom"], mss[plr_id]["ew"]) == (
            number(row["SI_N"]), number(row["DI_N"]), row["KOM"], number(row["EW"]))
    status = values(layers["mss_2021"], "si_n")
    assert Counter(v for v in status if v != NULL) == Counter({2: 366, 1: 75, 4: 49, 3: 46})
    assert mss["01100101"]["s1"] == pytest.approx(4.22594)  # an index indicator came along
    invalid = [f for f in mss.values() if f["kom"] != "gültig"]
    assert len(invalid) == 6 and all(f["si_n"] is None or f["si_n"] == NULL for f in invalid)
    assert all(f["s4"] == NULL for f in invalid)


def test_school_names_follow_the_internal_schema(layers):
    names = layers["schulen_2023"].fields().names()
    assert "schulname" in names and "name" not in names
    assert len(set(values(layers["schulen_2023"], "bsn"))) == 902


def test_reprojected_planungsraeume_line_up_with_native_25833_schools(layers):
    """Independent check of the reprojection: schools (native EPSG:25833) fall in their Bezirk."""
    plr = layers["lor_plr_2021"]
    index = QgsSpatialIndex(plr.getFeatures())
    features = {f.id(): f for f in plr.getFeatures()}
    agree = total = 0
    for school in layers["schulen_2023"].getFeatures():
        point = school.geometry()
        hits = [features[i] for i in index.intersects(point.boundingBox()) if features[i].geometry().contains(point)]
        total += 1
        agree += bool(hits) and hits[0]["bez_name"] == school["bezirk"]
    # The LOR outlines are simplified, so a few schools near a Bezirk border may fall outside.
    assert agree / total > 0.97, "{} of {} schools lie in their own Bezirk".format(agree, total)


def test_build_is_deterministic_and_matches_the_shipped_files(tmp_path):
    if not SHARED_DATA.exists():
        pytest.fail("../shared/data is needed beside the repository to rebuild the data")
    shutil.copy(DATA_DIR / "datasets.json", tmp_path / "datasets.json")
    subprocess.run(["/usr/bin/python3", str(REPO / "scripts" / "build_data.py"), "--shared", str(SHARED_DATA),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    catalogue = json.loads((DATA_DIR / "datasets.json").read_text(encoding="utf-8"))
    for entry in catalogue["datasets"]:
        built, shipped = (tmp_path / entry["file"]).read_bytes(), (DATA_DIR / entry["file"]).read_bytes()
        if built != shipped:
            # The files are built on Debian 12 (QGIS 3.22). A newer PROJ (QGIS 3.40, 3.44) may round a coordinate
            # reprojected from WGS84 to the neighbouring centimetre: everything else must be the same.
            differences = []
            same_but_rounding(json.loads(built), json.loads(shipped), entry["file"], differences)
            assert not differences, differences[:5]


def same_but_rounding(built, shipped, where, differences, tolerance=0.0101):
    """Collect where ``built`` and ``shipped`` (parsed GeoJSON) differ by more than a centimetre's rounding."""
    if isinstance(built, dict) and isinstance(shipped, dict):
        if built.keys() != shipped.keys():
            differences.append("{}: keys {} != {}".format(where, sorted(built), sorted(shipped)))
            return
        for key in built:
            same_but_rounding(built[key], shipped[key], "{}/{}".format(where, key), differences, tolerance)
    elif isinstance(built, list) and isinstance(shipped, list):
        if len(built) != len(shipped):
            differences.append("{}: {} != {} items".format(where, len(built), len(shipped)))
            return
        for index, (a, b) in enumerate(zip(built, shipped)):
            same_but_rounding(a, b, "{}[{}]".format(where, index), differences, tolerance)
    elif isinstance(built, float) and isinstance(shipped, (int, float)) and "/coordinates" in where:
        if abs(built - shipped) > tolerance:
            differences.append("{}: {} != {}".format(where, built, shipped))
    elif built != shipped:
        differences.append("{}: {!r} != {!r}".format(where, built, shipped))


def test_load_datasets_adds_styled_layers_to_the_plugin_group(qgis_new_project):
    project = QgsProject.instance()
    added = bundled.load_datasets(["mss_2021", "lor_bzr_2021"], project, "de")
    group = project.layerTreeRoot().findGroup(LAYER_GROUP_NAME)
    assert [node.layer() for node in group.findLayers()] == added
    assert [layer.name() for layer in added] == ["Monitoring Soziale Stadtentwicklung 2021 (Indizes)", "LOR-Bezirksregionen 2021"]
    legend = [item.label() for item in added[0].renderer().legendSymbolItems()]
    assert legend == ["hoch", "mittel", "niedrig", "sehr niedrig", "keine Bewertung"]


def test_loading_is_all_or_nothing(qgis_new_project, monkeypatch, tmp_path):
    project = QgsProject.instance()
    with pytest.raises(bundled.BundledDataError, match="no_such_dataset"):
        bundled.load_datasets(["lor_plr_2021", "no_such_dataset"], project)
    # A damaged file: the layer is refused, and nothing else of the request is added either.
    for name in ("datasets.json", "lor_planungsraeume_2021.geojson"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "schulen_2023-10.geojson").write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    monkeypatch.setattr(offline, "DATA_DIR", tmp_path)  # where the offline copy of a bundled dataset is read
    with pytest.raises(bundled.BundledDataError, match=r"schulen_2023: .*\(Expecting value: line 1"):
        bundled.load_datasets(["lor_plr_2021", "schulen_2023"], project)
    assert project.mapLayers() == {}
    assert project.layerTreeRoot().findGroup(LAYER_GROUP_NAME) is None


def test_mss_status_expression_treats_invalid_rows_as_no_rating(layers):
    request = QgsFeatureRequest().setFilterExpression("\"kom\" <> 'gültig'")
    invalid = list(layers["mss_2021"].getFeatures(request))
    assert len(invalid) == 6
    renderer = layers["mss_2021"].renderer()
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
    expression = QgsExpression(renderer.classAttribute())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layers["mss_2021"]))
    for feature in invalid:
        context.setFeature(feature)
        assert expression.evaluate(context) == 0
