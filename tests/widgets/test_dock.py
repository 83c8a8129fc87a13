"""The dock and the plugin's actions, headless with qtbot on pytest-qgis's iface."""

import shutil

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt

from rgi_plugin.controllers.data import DataController
from rgi_plugin.core import data as bundled
from rgi_plugin.core.common import i18n
from rgi_plugin.core.data import offline
from rgi_plugin.definitions.names import LAYER_GROUP_NAME, LOG_TAG
from rgi_plugin.definitions.paths import DATA_DIR
from rgi_plugin.gui.dock import GemeinschaftsinitiativeDock
from rgi_plugin.gui.sources_dialog import SourcesDialog
from rgi_plugin.plugin import GemeinschaftsinitiativePlugin


@pytest.fixture
def dock(qgis_app, qtbot):
    widget = GemeinschaftsinitiativeDock(bundled.read_snapshot())
    qtbot.addWidget(widget)
    return widget


def select(dock, *dataset_ids):
    tree = dock.contents.datasetTree
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        item.setSelected(item.data(0, Qt.UserRole) in dataset_ids)


def test_dock_lists_every_bundled_dataset_with_its_size(dock):
    tree = dock.contents.datasetTree
    rows = [(tree.topLevelItem(i).data(0, Qt.UserRole), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())]
    assert rows == [("handlungsraeume", "16"), ("lor_plr_2021", "542"), ("lor_bzr_2021", "143"), ("lor_pgr_2021", "58"),
                    ("mss_2021", "542"), ("schulen_2023", "902"), ("bezirke", "12"), ("lor_plr_2019", "448"),
                    ("mss_2013", "434"), ("mss_2015", "435"), ("mss_2017", "436"), ("mss_2019", "436"), ("gssa_2022", "448")]
    assert "Geoportal Berlin / Schulen" in tree.topLevelItem(5).toolTip(0)


def test_load_button_follows_the_selection_and_asks_for_the_selected_datasets(dock, qtbot):
    button = dock.contents.loadSelectedButton
    assert not button.isEnabled()
    select(dock, "mss_2021", "schulen_2023")
    assert button.isEnabled()
    with qtbot.waitSignal(dock.loadRequested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [["mss_2021", "schulen_2023"]]


def test_demo_and_sources_buttons_emit_their_requests(dock, qtbot):
    with qtbot.waitSignal(dock.demoRequested):
        qtbot.mouseClick(dock.contents.loadDemoButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dock.sourcesRequested):
        qtbot.mouseClick(dock.contents.sourcesButton, Qt.MouseButton.LeftButton)


def test_sources_view_names_every_dataset_with_licence_and_attribution(qgis_app, qtbot, output_dir):
    snapshot = bundled.read_snapshot()
    dialog = SourcesDialog(snapshot)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for dataset in snapshot.datasets:
        assert dataset.attribution in text
        assert dataset.localized_licence(i18n.content_language()) in text  # the view follows the content language
    assert "CC BY 3.0 DE" in text and "dl-de/by-2-0" in text
    # every Geoportal service with its licence and the basis of that statement (issue 12)
    from rgi_plugin.core.services import catalogue as services
    from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE

    for entry in services.read_service_catalogue(SERVICE_CATALOGUE_FILE).entries:
        assert entry.localized_title() in text and entry.licence_basis in text
    assert "dl-de/zero-2.0 (unverified)" in text
    assert "Licence of FIS-Broker" in text and "S.s_Indizes_MSS2019@senstadt" in text
    dialog.show()
    dialog.grab().save(str(output_dir / "sources_dialog.png"))
    assert dialog.browser.find("MSS 2025: indices")
    dialog.grab().save(str(output_dir / "sources_dialog_services.png"))


@pytest.fixture
def data(qgis_iface, qgis_new_project):
    qgis_iface.messageBar().clear_messages()
    return DataController(qgis_iface)


def test_open_demo_loads_the_overview_map_and_fits_berlin(data, qgis_iface):
    """The first map (issue 13): the Handlungsräume, labelled, on Bezirke and Planungsräume; schools and
    MSS 2021 loaded but switched off; all of Berlin in view, so that 13a–13d are on the map."""
    from rgi_plugin.controllers.boundaries import AreaBoundaries
    from rgi_plugin.core.areas.reading import read_area_catalogue

    catalogue = read_area_catalogue()
    boundaries = AreaBoundaries(qgis_iface, lambda: catalogue)
    data.area_layer = boundaries.ensure_area_layer
    layers = data.open_demo()
    ids = [layer.customProperty("gemeinschaftsinitiative/dataset") for layer in layers]
    assert ids == ["handlungsraeume", "bezirke", "lor_plr_2021", "schulen_2023", "mss_2021"]
    root = QgsProject.instance().layerTreeRoot()
    assert [root.findLayer(layer.id()).isVisible() for layer in layers] == [True, True, True, False, False]
    group = root.findGroup(LAYER_GROUP_NAME)
    assert set(node.layer() for node in group.findLayers()) == set(layers)
    areas = layers[0]
    assert areas.labelsEnabled() and "name" in areas.labeling().settings().fieldName
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(layers[2].extent().center())
    assert data.open_demo() == layers and len(QgsProject.instance().mapLayers()) == 5  # again: nothing doubled


def test_broken_bundled_file_gives_a_message_and_adds_nothing(data, qgis_iface, monkeypatch, tmp_path):
    shutil.copy(DATA_DIR / "datasets.json", tmp_path / "datasets.json")
    (tmp_path / "mss_2021_planungsraeume.geojson").write_text("not json", encoding="utf-8")
    monkeypatch.setattr(offline, "DATA_DIR", tmp_path)  # where the offline copy of a bundled dataset is read
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: logged.append((tag, message)))

    assert data.load_datasets(["mss_2021"]) == []

    critical = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert len(critical) == 1 and "Bundled data could not be loaded." in critical[0]
    assert "Traceback" not in critical[0]
    assert any(tag == LOG_TAG and "mss_2021" in message and "Expecting value" in message for tag, message in logged)
    assert QgsProject.instance().mapLayers() == {}


def test_panel_visibility_is_remembered_under_the_plugin_prefix(gi_iface):
    from rgi_plugin.core.common import settings
    from rgi_plugin.definitions.settings import DOCK_VISIBLE as DOCK_VISIBLE_KEY

    qgis_iface = gi_iface  # the Web menu and toolbar of the real QGIS: tests/desktop
    first = GemeinschaftsinitiativePlugin(qgis_iface)
    first.initGui()
    assert first.dock is None  # created lazily
    first.toggle_action.trigger()
    assert first.dock is not None and settings.bool_value(DOCK_VISIBLE_KEY) is True
    first.unload()

    second = GemeinschaftsinitiativePlugin(qgis_iface)
    second.initGui()
    assert second.dock is not None  # created at start because the setting says it was open
    second.set_dock_visible(False)  # the button's effect; clicks are tested in test_desktop.py
    assert settings.bool_value(DOCK_VISIBLE_KEY, default=True) is False
    second.unload()
    settings.remove_all()


@pytest.fixture
def german(qgis_app):
    translator = i18n.install_translator("de")
    assert translator is not None, "compiled translation missing: run `make transcompile`"
    yield translator
    i18n.remove_translator(translator)


def test_dock_reads_german_under_a_german_qgis(german, qtbot):
    from rgi_plugin.gui.dock import GemeinschaftsinitiativeDock

    dock = GemeinschaftsinitiativeDock(bundled.read_snapshot())
    qtbot.addWidget(dock)
    assert dock.windowTitle() == "Gemeinschaftsinitiative"
    assert dock.contents.loadDemoButton.text() == "Übersichtskarte laden"
    assert dock.contents.bundledGroup.title() == "Mitgelieferte Daten (offline)"
    assert dock.contents.datasetTree.headerItem().text(0) == "Datensatz"
