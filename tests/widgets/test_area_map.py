"""The Handlungsräume on the map: pick tool, highlight, the stored concept action, official boundaries."""

import json

import pytest
from qgis.core import Qgis, QgsAction, QgsPointXY, QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QPoint, Qt

from rgi_plugin.core import data as bundled
from rgi_plugin.core.areas.layer import CONCEPT_FIELD, is_area_layer, prepare_area_layer
from rgi_plugin.core.common import settings
from rgi_plugin.gui.area_map import AreaPickTool, ConceptLayerActions
from support.paths import REPO
from support.widgets import messages

WEDDING_POINT = QgsPointXY(388900, 5823300)   # Osloer Straße, inside 06 Wedding (EPSG:25833)


OUTSIDE_POINT = QgsPointXY(392500, 5820000)   # Alexanderplatz/Mitte: no Handlungsraum there


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

        project_file = REPO / "build" / "test-projects" / "areas.qgs"
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


def write_official_file(path, codes):
    """A small 'official' boundary file: squares with a code field named HR_NR."""

    features = []
    for index, code in enumerate(codes):
        x, y = 385000 + index * 2000, 5820000
        ring = [[x, y], [x + 1500, y], [x + 1500, y + 1500], [x, y + 1500], [x, y]]
        features.append({"type": "Feature", "properties": {"HR_NR": code}, "geometry": {"type": "Polygon", "coordinates": [ring]}})
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25833"}},
                                "features": features}), encoding="utf-8")
    return path


def official_dir():
    folder = REPO / "build" / "test-official"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_an_official_file_replaces_the_approximation_and_reports_codes(controller, gi_iface, opened):
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
    path = write_official_file(official_dir() / "falsche_nummern.geojson", ["A", "B"])
    assert controller.boundaries.set_official_boundaries(str(path), "HR_NR") is False
    assert "No code in the field HR_NR matches a Handlungsraum" in messages(gi_iface, Qgis.Critical)[-1]
    assert settings.value("area_geometry_file", "") == ""
    assert controller.boundaries.set_official_boundaries(str(path), "NO_SUCH_FIELD") is False
