"""The "Layers" part of the panel, with a real message bar, against the local QGIS Server."""

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from local_servers import free_port
from rgi_plugin.controllers.services import ServicesController
from rgi_plugin.core import data as bundled
from rgi_plugin.core.data import offline
from rgi_plugin.definitions.names import LAYER_GROUP_NAME
from support.servers import moved
from support.widgets import state_text


@pytest.fixture
def window(qtbot, qgis_new_project, server_catalogue, tmp_path, monkeypatch):
    """What the user sees: the message bar of the main window above the panel."""
    monkeypatch.setattr(offline, "refreshed_root", lambda: tmp_path / "snapshots")  # not the user's profile
    refused = "http://127.0.0.1:{}/wfs".format(free_port())
    entries = [entry if entry.id != "lor_pgr_2021" else entry.with_services([moved(s, refused) for s in entry.services])
               for entry in server_catalogue.entries]
    container = QWidget()  # like QGIS: the message bar spans the window, the panel docks on the right
    layout = QGridLayout(container)
    bar = QgsMessageBar(container)
    services = ServicesController(bar, server_catalogue.replace_entries(entries), QgsProject.instance(), "en", timeout_seconds=10)
    panel = services.create_panel(container)
    panel.setFixedWidth(380)
    layout.addWidget(bar, 0, 0, 1, 2)
    layout.addWidget(QLabel("(map)"), 1, 0)
    layout.addWidget(panel, 1, 1)
    container.resize(1000, 560)
    qtbot.addWidget(container)
    container.show()
    yield container, bar, panel, services
    services.shutdown()
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=30000)


def group_datasets():
    group = QgsProject.instance().layerTreeRoot().findGroup(LAYER_GROUP_NAME)
    return [node.layer().customProperty("gemeinschaftsinitiative/dataset") for node in group.findLayers()] if group else []


def test_panel_lists_the_catalogue_and_checks_availability(window, qtbot, output_dir):
    container, bar, panel, services = window
    assert panel.serviceTree.topLevelItemCount() == len(panel.catalogue.entries)
    assert state_text(panel, "lor_plr_2021") == "not checked"
    assert "2026-11" in panel.offlineLabel.text() or bundled.read_snapshot().assembled in panel.offlineLabel.text()
    services.check_availability()
    qtbot.waitUntil(lambda: not services.loader.busy(), timeout=30000)
    assert state_text(panel, "lor_plr_2021") == "available"
    assert state_text(panel, "gi_handlungsraeume") == "available"
    assert state_text(panel, "lor_pgr_2021") == "refused"
    assert "refused" in panel.item("lor_pgr_2021").toolTip(1)
    container.grab().save(str(output_dir / "services_layers_panel.png"))


def test_standard_set_button_loads_four_layers(window, qtbot):
    container, bar, panel, services = window
    panel.loadStandardButton.click()
    qtbot.waitUntil(lambda: not services.loader.busy(), timeout=60000)
    assert sorted(group_datasets()) == sorted(panel.catalogue.standard_set)
    assert all(state_text(panel, i) == "loaded" for i in panel.catalogue.standard_set)
    assert bar.items() == []  # nothing went wrong, nothing to read


def test_failure_offers_the_bundled_snapshot_in_the_message_bar(window, qtbot, output_dir):
    container, bar, panel, services = window
    panel.serviceTree.clearSelection()
    panel.item("lor_pgr_2021").setSelected(True)
    panel.loadSelectedButton.click()
    qtbot.waitUntil(lambda: not services.loader.busy(), timeout=30000)
    assert state_text(panel, "lor_pgr_2021") == "refused"
    assert QgsProject.instance().mapLayers() == {}
    item = bar.currentItem()
    assert "refused the connection" in item.text() and "bundled with the plugin" in item.text()
    button = item.findChild(QPushButton, "useOfflineButton")
    assembled = bundled.read_snapshot().assembled
    assert button.text() == "Use bundled snapshot ({})".format(assembled)
    container.grab().save(str(output_dir / "services_layers_panel_failure.png"))
    button.click()
    assert group_datasets() == ["lor_pgr_2021"]  # the bundled dataset, in the plugin's group
    assert state_text(panel, "lor_pgr_2021") == "offline {}".format(assembled)


def test_refresh_button_writes_a_snapshot_and_the_label_says_so(window, qtbot, tmp_path):
    container, bar, panel, services = window
    panel.refreshSnapshotButton.click()
    task = services.refresh_task
    assert task is not None and not panel.refreshSnapshotButton.isEnabled()
    qtbot.waitUntil(lambda: services.refresh_task is None, timeout=60000)
    assert task.error is None, task.error
    snapshots = bundled.refreshed_snapshots(tmp_path / "snapshots")
    assert len(snapshots) == 1
    assert "lor_plr_2021" in snapshots[0].datasets and "lor_pgr_2021" not in snapshots[0].datasets
    assert "snapshot refreshed on {}".format(snapshots[0].date) in panel.offlineLabel.text()
    assert "Not refreshed: lor_pgr_2021." in bar.currentItem().text()


def test_panel_embeds_as_a_tab_of_the_dock(qtbot, server_catalogue, tmp_path, monkeypatch):
    """The embedding call the plugin uses: ``dock.add_part(services.create_panel(dock), "Layers")``."""
    from rgi_plugin.gui.dock import GemeinschaftsinitiativeDock

    monkeypatch.setattr(offline, "refreshed_root", lambda: tmp_path / "snapshots")
    dock = GemeinschaftsinitiativeDock(bundled.read_snapshot())
    qtbot.addWidget(dock)
    bar = QgsMessageBar()
    qtbot.addWidget(bar)
    services = ServicesController(bar, server_catalogue)
    panel = dock.add_part(services.create_panel(dock), "Layers")
    tabs = dock.contents.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Layers" and panel.serviceTree.topLevelItemCount() > 0
    services.check_availability()
    services.shutdown()  # what unload does: tasks are cancelled and no longer report to the panel
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=30000)
    assert not services.loader.busy()
