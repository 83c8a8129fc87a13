"""Loading from a real QGIS Server on 127.0.0.1 through the plugin's production code paths."""

import json

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from rgi_plugin.core import data as bundled
from rgi_plugin.core.services import loader as service_loader
from rgi_plugin.core.services import ogc
from rgi_plugin.definitions.names import LAYER_GROUP_NAME
from support.render import colours, render
from support.servers import load, moved

TIMEOUT_S = 10


@pytest.fixture
def loader(server_catalogue, qgis_new_project):
    return service_loader.ServiceLoader(server_catalogue, QgsProject.instance(), "de", timeout_seconds=TIMEOUT_S)


def render_map(layers, path):
    return render(layers, layers[-1].extent(), (500, 420), path, QgsCoordinateReferenceSystem("EPSG:25833"))


def test_standard_set_lands_styled_in_the_plugin_group(loader, qtbot, output_dir):
    added, failed = load(loader, loader.catalogue.standard_set, qtbot)
    assert failed == [] and set(added) == set(loader.catalogue.standard_set)
    group = QgsProject.instance().layerTreeRoot().findGroup(LAYER_GROUP_NAME)
    order = [node.layer().customProperty("gemeinschaftsinitiative/dataset") for node in group.findLayers()]
    # the newest MSS edition by default (here the labelled stand-in for MSS 2025)
    assert order == ["schulen", "gi_handlungsraeume", "lor_plr_2021", "mss_2025_indizes"]  # points, map, outlines, fill
    for entry_id, layer in added.items():
        entry = loader.catalogue.entry(entry_id)
        assert layer.isValid() and layer.crs().authid() == "EPSG:25833"
        assert layer.attribution() == entry.attribution and layer.metadata().rights() == [entry.attribution]
        assert entry.services[0].url in layer.metadata().abstract()
        assert layer.customProperty("gemeinschaftsinitiative/service") == entry.services[0].generation
    mss = added["mss_2025_indizes"]
    assert {f["hinweis"] for f in mss.getFeatures()} == {"Testdaten: Werte des MSS 2021 unter dem Namen des MSS 2025 (lokaler Testserver), "
                                                         "kein MSS 2025"}
    assert [item.label() for item in mss.renderer().legendSymbolItems()] == ["hoch", "mittel", "niedrig", "sehr niedrig",
                                                                              "keine Bewertung"]
    image = render_map([added[i] for i in ("schulen", "lor_plr_2021", "mss_2025_indizes")], output_dir / "services_standard_set.png")
    assert len(colours(image)) > 20


def test_wfs_delivers_all_542_planungsraeume_with_their_attributes(loader, qtbot):
    added, failed = load(loader, ["lor_plr_2021", "mss_2021_indizes"], qtbot)
    assert failed == []
    plr = added["lor_plr_2021"]
    assert "version='1.1.0'" in plr.source() and "typename='a_lor_plr_2021'" in plr.source()
    assert plr.featureCount() == 542
    bundled_plr = bundled.create_layer(bundled.read_snapshot().dataset("lor_plr_2021"), "de")
    expected = {f["plr_id"]: (f["plr_name"], f["bzr_id"], f["bez_name"]) for f in bundled_plr.getFeatures()}
    served = {f["plr_id"]: (f["plr_name"], f["bzr_id"], f["bez_name"]) for f in plr.getFeatures()}
    assert served == expected
    mss = {f["plr_id"]: (f["si_n"], f["kom"]) for f in added["mss_2021_indizes"].getFeatures()}
    assert len(mss) == 542 and mss["01100101"] == (2, "gültig")


def test_wms_map_of_the_gi_areas_renders(loader, qtbot, output_dir):
    added, failed = load(loader, ["gi_handlungsraeume"], qtbot)
    assert failed == []
    layer = added["gi_handlungsraeume"]
    assert "layers=k_gemeinschaftsinitiative_quartier" in layer.source()  # read from GetCapabilities
    image = render_map([layer], output_dir / "services_gi_wms.png")
    counts = colours(image)
    assert counts.most_common(1)[0][1] < 0.8 * sum(counts.values())  # not blank: the map covers a good part
    assert len(counts) > 5


def test_fisbroker_uppercase_data_reach_the_internal_schema(loader, qtbot):
    served = loader.catalogue
    entries = []
    for entry_id in ("lor_plr_2021", "schulen"):
        entry = served.entry(entry_id)
        entries.append(entry.with_services([s for s in entry.services if s.generation == "fisbroker"]))
    loader.catalogue = served.replace_entries(entries)
    added, failed = load(loader, ["lor_plr_2021", "schulen"], qtbot)
    assert failed == []
    plr = added["lor_plr_2021"]
    assert "typename='s_lor_plr_2021'" in plr.source()  # 'fis:s_lor_plr_2021' resolved by its local name
    ids = [f["plr_id"] for f in plr.getFeatures()]
    assert len(ids) == 542 and "01100101" in ids and all(len(i) == 8 for i in ids)
    names = {f["bsn"]: f["schulname"] for f in added["schulen"].getFeatures()}
    assert names["01B01"] == "OSZ Banken, Immobilien und Versicherungen" and len(names) == 902


def test_paging_is_asked_for_where_the_service_speaks_wfs_2(catalogue):
    source = catalogue.entry("lor_plr_2021").services[0]
    assert "pagingEnabled='true'" in ogc.wfs_uri(source, "lor_2021:a_lor_plr_2021", "2.0.0", 1000)
    assert "pageSize='1000'" in ogc.wfs_uri(source, "lor_2021:a_lor_plr_2021", "2.0.0", 1000)
    assert "paging" not in ogc.wfs_uri(source, "a_lor_plr_2021", "1.1.0", 1000)  # WFS 1.1 has no paging


def test_own_paged_requests_return_every_planungsraum_once(qgis_server, catalogue):
    """STARTINDEX/MAXFEATURES pages against the real server cover all 542 without overlap."""
    import urllib.request


    source = moved(catalogue.entry("lor_plr_2021").services[0], qgis_server.url("gdi"))
    seen = []
    for start in range(0, 600, 200):
        url = ogc.feature_url(source, "a_lor_plr_2021", "1.1.0", count=200, start=start) + "&OUTPUTFORMAT=application/vnd.geo%2Bjson"
        with urllib.request.urlopen(url, timeout=20) as answer:
            seen += [f["properties"]["plr_id"] for f in json.load(answer)["features"]]
    assert len(seen) == 542 == len(set(seen))
