"""The Handlungsräume in QGIS: panel, map click, concept opening, layer action, locator."""

from pathlib import Path

import pytest
from qgis.core import QgsAction, QgsLocator, QgsLocatorContext, QgsLocatorResult, QgsPointXY, QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QPoint, Qt

from rgi_plugin.controllers.areas import AreaController
from rgi_plugin.core import data as bundled
from rgi_plugin.core.areas import documents
from rgi_plugin.core.areas.details import area_figures, bundled_mss_records
from rgi_plugin.core.areas.layer import CONCEPT_FIELD, is_area_layer, prepare_area_layer
from rgi_plugin.core.areas.reading import read_area_catalogue
from rgi_plugin.core.common import settings
from rgi_plugin.gui import opener
from rgi_plugin.gui.area_map import AreaPickTool, ConceptLayerActions
from rgi_plugin.gui.areas_panel import AreasPanel
from rgi_plugin.gui.locator import GemeinschaftsinitiativeLocatorFilter

WEDDING_POINT = QgsPointXY(388900, 5823300)   # Osloer Straße, inside 06 Wedding (EPSG:25833)
OUTSIDE_POINT = QgsPointXY(392500, 5820000)   # Alexanderplatz/Mitte: no Handlungsraum there


@pytest.fixture(scope="module")
def catalogue():
    return read_area_catalogue()


@pytest.fixture
def panel(qgis_app, qtbot, catalogue):
    widget = AreasPanel(catalogue, lambda area: area_figures(area, bundled_mss_records()))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl, replaced in the plugin's one opener: records what it was asked."""
    calls = []

    class Desktop:
        @staticmethod
        def openUrl(url):  # noqa: N802
            calls.append(url.toString())
            return True

    monkeypatch.setattr(opener, "QDesktopServices", Desktop)
    return calls


@pytest.fixture
def gi_iface(qgis_iface, qgis_new_project, monkeypatch):
    """pytest-qgis's iface plus the Web menu/locator calls it lacks (the real ones: test_desktop)."""
    registered = []
    for name in ("addPluginToWebMenu", "removePluginWebMenu", "addWebToolBarIcon", "removeWebToolBarIcon", "removeDockWidget"):
        monkeypatch.setattr(qgis_iface, name, lambda *args: None, raising=False)
    monkeypatch.setattr(qgis_iface, "registerLocatorFilter", registered.append, raising=False)
    monkeypatch.setattr(qgis_iface, "deregisterLocatorFilter", registered.remove, raising=False)
    qgis_iface.messageBar().clear_messages()
    settings.remove_all()
    yield qgis_iface
    settings.remove_all()


@pytest.fixture
def controller(gi_iface, qtbot):
    shown = []
    areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: shown.append(True))
    panel = areas.create_panel()
    qtbot.addWidget(panel)
    areas.shown = shown
    yield areas
    areas.unload()


def messages(iface, level):
    return iface.messageBar().get_messages(level)


# -- panel ---------------------------------------------------------------------------------

def test_typing_reinickendorf_leaves_03_04_05(panel, qtbot):
    qtbot.keyClicks(panel.searchEdit, "Reinickendorf")
    assert panel.visible_codes() == ["03", "04", "05"]


def test_typing_bonus_finds_the_areas_where_the_bonus_programm_applies(panel, qtbot, catalogue):
    qtbot.keyClicks(panel.searchEdit, "Bonus")
    bonus = next(p for p in catalogue.programmes if p.programme == "Bonus-Programm")
    assert panel.visible_codes() == [a.code for a in catalogue.areas if bonus.applies(a.code)]
    panel.searchEdit.clear()
    qtbot.keyClicks(panel.searchEdit, "Gropius")
    assert panel.visible_codes() == ["13c"]
    group = panel.areaTree.topLevelItem(panel.areaTree.topLevelItemCount() - 1)
    assert group.text(0) == "13 Stadtrand Süd" and not group.isHidden()


def test_selecting_06_fills_the_detail_pane(panel, qtbot, output_dir):
    with qtbot.waitSignal(panel.areaSelected) as signal:
        panel.select_area("06")
    assert signal.args == ["06"]
    text = panel.detailBrowser.toPlainText()
    assert "06 Wedding" in text and "Mitte" in text
    for plr in ("Westliche Müllerstraße 01400942", "Soldiner Straße"):
        assert plr in text
    assert "SenSBW" not in text and "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen" in text
    assert "Bonus-Programm" in text
    assert panel.documentsBox.findChild(type(panel.zoomButton), "openDocumentButton_06") is not None
    panel.resize(420, 760)
    panel.show()
    panel.grab().save(str(output_dir / "areas_panel_06.png"))


def test_open_button_opens_the_district_page(panel, qtbot, controller, opened, catalogue):
    controller.panel.select_area("06")
    button = controller.panel.documentsBox.findChild(type(controller.panel.zoomButton), "openDocumentButton_06")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [catalogue.documents_for("06")[0].url]


def test_a_local_file_takes_precedence(controller, opened, catalogue, tmp_path):
    concept = tmp_path / "GI-IHK Wedding.pdf"
    concept.write_bytes(b"%PDF-1.4\n")
    controller.set_local_file(catalogue.documents_for("06")[0], str(concept))
    assert controller.open_concept_for_code("06") is True
    from qgis.PyQt.QtCore import QUrl
    assert opened == [QUrl.fromLocalFile(str(concept.resolve())).toString()]


def test_a_missing_local_file_says_so_and_opens_the_web_address(controller, opened, catalogue, gi_iface):
    documents.assign_local_file("06", "/srv/nowhere/GI-IHK.pdf")
    assert controller.open_concept_for_code("06") is True
    assert opened == [catalogue.documents_for("06")[0].url]
    from qgis.core import Qgis
    assert any("/srv/nowhere/GI-IHK.pdf does not exist" in m for m in messages(gi_iface, Qgis.Warning))


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/konzept.pdf", "", "file:///srv/nowhere.pdf"])
def test_a_bad_or_empty_address_is_refused_with_a_message(controller, opened, gi_iface, catalogue, url):
    from dataclasses import replace

    from qgis.core import Qgis
    document = replace(catalogue.documents_for("06")[0], url=url)
    assert controller.open_document(document) is False
    assert opened == []
    assert len(messages(gi_iface, Qgis.Critical)) == 1


# -- map -----------------------------------------------------------------------------------

@pytest.fixture
def area_layer(qgis_new_project, catalogue):
    layer = bundled.load_datasets(["handlungsraeume"])[0]
    prepare_area_layer(layer, catalogue, "de")
    return layer


def click(qtbot, canvas, point):
    pixel = canvas.getCoordinateTransform().transform(point)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(pixel.x()), int(pixel.y())))


@pytest.fixture
def shown_canvas(qgis_canvas, qtbot):
    """The canvas at a real size (never shown, its viewport would be 98 x 28 pixels)."""
    window = qgis_canvas.window()
    window.resize(800, 700)
    window.show()
    qtbot.waitExposed(window)
    yield qgis_canvas
    window.hide()


def test_a_click_inside_wedding_picks_06_and_outside_clears(area_layer, shown_canvas, qtbot):
    qgis_canvas = shown_canvas
    assert qgis_canvas.viewport().width() > 500
    qgis_canvas.setDestinationCrs(area_layer.crs())
    qgis_canvas.setLayers([area_layer])
    qgis_canvas.setExtent(area_layer.extent())
    tool = AreaPickTool(qgis_canvas)
    qgis_canvas.setMapTool(tool)
    picked = []
    tool.areaPicked.connect(picked.append)
    click(qtbot, qgis_canvas, WEDDING_POINT)
    click(qtbot, qgis_canvas, OUTSIDE_POINT)
    assert picked == ["06", ""]
    qgis_canvas.unsetMapTool(tool)


def test_picking_on_the_map_selects_in_panel_and_highlights_on_map(controller, area_layer, qgis_canvas):
    controller.on_area_picked("06")
    assert controller.panel.current_code() == "06"
    assert controller.highlight.code == "06" and controller.highlight.item in qgis_canvas.scene().items()
    assert controller.shown == [True]
    controller.on_area_picked("")
    assert controller.panel.current_code() == "" and controller.highlight.item is None


def test_selecting_in_the_panel_highlights_and_zooms_on_the_map(controller, shown_canvas):
    qgis_canvas = shown_canvas
    controller.panel.select_area("13d")
    layer = controller.boundaries.area_layer()
    assert layer is not None and is_area_layer(layer)
    kosmos = next(f for f in layer.getFeatures() if f["code"] == "13d")
    assert controller.highlight.code == "13d"
    assert controller.highlight.item.isVisible() and controller.highlight.item in qgis_canvas.scene().items()
    assert qgis_canvas.extent().contains(kosmos.geometry().boundingBox())
    assert qgis_canvas.extent().width() < 5000  # zoomed to the Kosmosviertel, not to Berlin


# -- actions -------------------------------------------------------------------------------

def test_layer_action_and_stored_open_url_action_survive_save_and_reload(area_layer, tmp_path, qgis_iface, opened):
    calls = []
    actions = ConceptLayerActions("Konzept öffnen", calls.append)
    try:
        registry = QgsGui.mapLayerActionRegistry()
        assert [a.text() for a in registry.mapLayerActions(area_layer)] == ["Konzept öffnen"]
        wedding = next(f for f in area_layer.getFeatures() if f["code"] == "06")
        registry.mapLayerActions(area_layer)[0].triggerForFeature(area_layer, wedding)
        assert calls == ["06"]

        stored = [a for a in area_layer.actions().actions() if a.type() == QgsAction.OpenUrl]
        assert [a.name() for a in stored] == ["Konzept öffnen"] and CONCEPT_FIELD in stored[0].command()
        assert wedding[CONCEPT_FIELD].startswith("https://www.berlin.de/ba-mitte/")

        project_file = Path(__file__).resolve().parent.parent / "build" / "test-projects" / "areas.qgs"
        project_file.parent.mkdir(parents=True, exist_ok=True)
        assert QgsProject.instance().write(str(project_file))
        QgsProject.instance().clear()
        assert QgsProject.instance().read(str(project_file))
        reloaded = next(layer for layer in QgsProject.instance().mapLayers().values() if is_area_layer(layer))
        assert [a.text() for a in registry.mapLayerActions(reloaded)] == ["Konzept öffnen"]
        stored = [a for a in reloaded.actions().actions() if a.type() == QgsAction.OpenUrl]
        assert [a.name() for a in stored] == ["Konzept öffnen"]
        feature = next(f for f in reloaded.getFeatures() if f["code"] == "06")
        assert feature[CONCEPT_FIELD].startswith("https://www.berlin.de/ba-mitte/")
    finally:
        actions.remove_all()
    assert QgsGui.mapLayerActionRegistry().mapLayerActions(reloaded) == []


# -- locator -------------------------------------------------------------------------------

def test_locator_finds_06_for_gi_wedding_and_triggering_selects_it(catalogue, qtbot, qgis_app):
    triggered = []
    locator = QgsLocator()
    gi_filter = GemeinschaftsinitiativeLocatorFilter(lambda: catalogue, lambda kind, value: triggered.append((kind, value)))
    locator.registerFilter(gi_filter)
    found = []
    # a result lives only during the signal: keep what is needed, not the result
    locator.foundResult.connect(lambda r: found.append((r.displayString, r.userData, r.description)))
    with qtbot.waitSignal(locator.finished, timeout=5000):
        locator.fetchResults("gi wedding", QgsLocatorContext())
    assert found == [("06 Wedding", "area:06", "Mitte")]
    gi_filter.triggerResult(QgsLocatorResult(gi_filter, found[0][0], found[0][1]))
    assert triggered == [("area", "06")]
    with qtbot.waitSignal(locator.finished, timeout=5000):
        locator.fetchResults("wedding", QgsLocatorContext())  # without the prefix: also offered
    assert ("06 Wedding", "area:06", "Mitte") in found[1:]


def test_locator_finds_programmes_and_the_panel_then_lists_their_areas(controller, catalogue):
    results = []
    controller.locator.resultFetched.connect(lambda r: results.append(r.userData))
    from qgis.core import QgsFeedback
    controller.locator.fetchResults("bonus", QgsLocatorContext(), QgsFeedback())
    assert "programme:Bonus-Programm" in results
    controller.on_locator_result("programme", "Bonus-Programm")
    assert controller.panel.searchEdit.text() == "Bonus-Programm"
    assert controller.panel.visible_codes() == catalogue.search("Bonus-Programm")


# -- official boundaries -------------------------------------------------------------------

def write_official_file(path, codes):
    """A small 'official' boundary file: squares with a code field named HR_NR."""
    import json

    features = []
    for index, code in enumerate(codes):
        x, y = 385000 + index * 2000, 5820000
        ring = [[x, y], [x + 1500, y], [x + 1500, y + 1500], [x, y + 1500], [x, y]]
        features.append({"type": "Feature", "properties": {"HR_NR": code}, "geometry": {"type": "Polygon", "coordinates": [ring]}})
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25833"}},
                                "features": features}), encoding="utf-8")
    return path


def official_dir():
    folder = Path(__file__).resolve().parent.parent / "build" / "test-official"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_an_official_file_replaces_the_approximation_and_reports_codes(controller, gi_iface, opened):
    from qgis.core import Qgis
    path = write_official_file(official_dir() / "hr_amtlich.geojson", ["06", "09", "99"])
    controller.boundaries.ensure_area_layer()
    assert controller.boundaries.set_official_boundaries(str(path), "HR_NR") is True
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if is_area_layer(layer)]
    assert len(layers) == 1 and layers[0].name() == "Handlungsräume (official boundaries: hr_amtlich.geojson)"
    warning = messages(gi_iface, Qgis.Warning)[-1]
    assert "Official boundaries used for 2 areas." in warning
    assert "Codes not in the catalogue: 99" in warning or "log tab" in warning
    wedding = next(f for f in layers[0].getFeatures() if f["HR_NR"] == "06")
    assert wedding[CONCEPT_FIELD].startswith("https://www.berlin.de/ba-mitte/")
    controller.show_area("09")
    assert controller.highlight.code == "09"
    assert "official file" in controller.panel.geometryLabel.text()
    controller.boundaries.use_approximation()
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if is_area_layer(layer)]
    assert [layer.featureCount() for layer in layers] == [16] and "approximation" in controller.panel.geometryLabel.text()


def test_an_official_file_without_matching_codes_is_not_used(controller, gi_iface):
    from qgis.core import Qgis
    path = write_official_file(official_dir() / "falsche_nummern.geojson", ["A", "B"])
    assert controller.boundaries.set_official_boundaries(str(path), "HR_NR") is False
    assert "No code in the field HR_NR matches a Handlungsraum" in messages(gi_iface, Qgis.Critical)[-1]
    assert settings.value("area_geometry_file", "") == ""
    assert controller.boundaries.set_official_boundaries(str(path), "NO_SUCH_FIELD") is False
