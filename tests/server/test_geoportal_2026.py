"""Issue 12 through the plugin's own paths, against the local servers: a renamed typename found
and reported by the loader, the licence the service states, the MSS edition chosen in the panel,
and a dead service's successor found in the local CSW from the message bar and loaded."""

import json

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QGridLayout, QPushButton, QWidget

from rgi_plugin.controllers.services import ServicesController
from rgi_plugin.core import data as bundled
from rgi_plugin.core.common import settings
from rgi_plugin.core.data import offline
from rgi_plugin.core.editions.catalogue import all_editions
from rgi_plugin.core.editions.development import DevelopmentCalculator, bundled_areas
from rgi_plugin.core.editions.store import EditionStore
from rgi_plugin.core.services import catalogue as services
from rgi_plugin.core.services import failures as sf
from rgi_plugin.core.services import loader as service_loader
from rgi_plugin.definitions import settings as settings_keys
from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE
from rgi_plugin.gui.layers_panel import LayersPanel
from support.csw import CswServer, build_repository
from support.maps import RENAMED_FEES
from support.servers import OUT, free_port, moved
from support.widgets import state_text


def load(catalogue, entry_ids, qtbot):
    loader = service_loader.ServiceLoader(catalogue, QgsProject.instance(), "en", timeout_seconds=10)
    added, failed, moved = {}, [], []
    loader.layerAdded.connect(lambda i, layer: added.__setitem__(i, layer))
    loader.loadFailed.connect(failed.append)
    loader.nameMoved.connect(lambda i, text: moved.append((i, text)))
    loader.load(entry_ids)
    qtbot.waitUntil(lambda: not loader.tasks, timeout=60000)
    return added, failed, moved


def pointed_at(catalogue, url, entry_ids):
    return catalogue.replace_entries([catalogue.entry(i).with_services([moved(catalogue.entry(i).services[0], url)])
                                      for i in entry_ids])


def test_a_renamed_typename_is_found_loaded_and_reported(catalogue, renamed_url, qgis_new_project, qtbot):
    settings.set_value(settings_keys.licence_read("lor_plr_2021"), "")
    added, failed, moved = load(pointed_at(catalogue, renamed_url, ["lor_plr_2021"]), ["lor_plr_2021"], qtbot)
    assert failed == []
    layer = added["lor_plr_2021"]
    assert layer.isValid() and layer.featureCount() == 542 and "typename='plr_2021_neu'" in layer.source()
    assert moved == [("lor_plr_2021", "LOR planning areas (Planungsräume) 2021: Layer lor_2021:a_lor_plr_2021 is now called "
                                      "plr_2021_neu (found by same title).")]
    abstract = layer.metadata().abstract()
    assert "is now called plr_2021_neu" in abstract
    # the licence the service states, with where it came from, beside the catalogue's with its basis
    assert "Licence stated by the service: {} (GetCapabilities ows:Fees (".format(RENAMED_FEES) in abstract
    assert "Licence: CC BY 3.0 DE (Basis of the licence statement: FIS-Broker metadata of the LOR services" in abstract
    read = service_loader.licence_read("lor_plr_2021")
    assert read["licence_id"] == "dl-de/zero-2.0" and read["origin"].startswith("GetCapabilities ows:Fees (http://127.0.0.1:")
    # the Sources dialog shows it beside the catalogue's statement
    from rgi_plugin.gui.sources_dialog import SourcesDialog

    dialog = SourcesDialog(bundled.read_snapshot(), None, services.read_service_catalogue(SERVICE_CATALOGUE_FILE))
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Stated by the service\n{} (read on {} from GetCapabilities ows:Fees (http://127.0.0.1:".format(
        RENAMED_FEES, read["read_on"]) in text


def test_several_or_no_candidates_fail_with_the_candidates_named(catalogue, renamed_url, qgis_new_project, qtbot):
    added, failed, moved = load(pointed_at(catalogue, renamed_url, ["mss_2025_indizes", "einschulbereiche"]),
                                ["mss_2025_indizes", "einschulbereiche"], qtbot)
    assert added == {} and moved == [] and len(failed) == 2
    by_id = {failure.entry.id: failure for failure in failed}
    assert by_id["mss_2025_indizes"].kind == sf.MISSING_NAME
    assert "several layers match (matching keywords): mss_teil_a (Teil A), mss_teil_b (Teil B)" in by_id["mss_2025_indizes"].message("en")
    assert "no layer of the service matches" in by_id["einschulbereiche"].message("en")
    assert QgsProject.instance().mapLayers() == {}


@pytest.fixture
def window(qtbot, qgis_new_project, tmp_path, monkeypatch):
    """The message bar above the layers panel, as in QGIS's main window."""
    monkeypatch.setattr(offline, "refreshed_root", lambda: tmp_path / "snapshots")

    def make(catalogue):
        container = QWidget()
        layout = QGridLayout(container)
        bar = QgsMessageBar(container)
        controller = ServicesController(bar, catalogue, QgsProject.instance(), "en", timeout_seconds=10)
        panel = controller.create_panel(container)
        failures = {}
        controller.loader.loadFailed.connect(lambda failure: failures.__setitem__(failure.entry.id, failure))
        layout.addWidget(bar, 0, 0)
        layout.addWidget(panel, 1, 0)
        container.resize(700, 620)
        qtbot.addWidget(container)
        container.show()
        made.append(controller)
        return container, bar, panel, controller, failures

    made = []
    yield make
    for controller in made:
        controller.shutdown()
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=30000)


def test_the_mss_edition_chosen_in_the_panel_loads_and_styles(window, server_catalogue, qtbot, output_dir):
    settings.set_value(settings_keys.MSS_EDITION, "")
    container, bar, panel, controller, _ = window(server_catalogue)
    combo = panel.mssEditionCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["mss_2025_indizes", "mss_2021_indizes"]  # served here, newest first
    assert panel.chosen_edition() == "mss_2025_indizes"  # the newest by default
    full = LayersPanel(services.read_service_catalogue(SERVICE_CATALOGUE_FILE), "de")
    # the one list of editions (core/editions): the served ones, newest first; MSS 2019 on the older LOR
    combo = full.mssEditionCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "MSS 2025 (LOR 2021)", "MSS 2023 (LOR 2021)", "MSS 2021 (LOR 2021)", "MSS 2019 (LOR vor 2021) – ids are not LOR 2021"]
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())]
    assert "Not bundled" in tips[0] and "Also bundled" in tips[2] and "Also bundled" in tips[3]
    full.deleteLater()
    panel.choose_edition("mss_2021_indizes")
    assert settings.value(settings_keys.MSS_EDITION) == "mss_2021_indizes"
    assert controller.loader.catalogue.standard_ids(service_loader.chosen_editions())[2] == "mss_2021_indizes"
    panel.choose_edition("mss_2025_indizes")
    panel.loadEditionButton.click()
    qtbot.waitUntil(lambda: not controller.loader.busy(), timeout=60000)
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.customProperty("gemeinschaftsinitiative/dataset") == "mss_2025_indizes"]
    assert layer.isValid() and layer.featureCount() == 542 and state_text(panel, "mss_2025_indizes") == "loaded"
    assert [item.label() for item in layer.renderer().legendSymbolItems()] == ["high", "medium", "low", "very low", "no rating"]
    assert "MSS 2025" in layer.name() and "dl-de/zero-2.0" in layer.metadata().licenses()[0]
    container.grab().save(str(output_dir / "services_mss_edition.png"))
    # loaded, it joins the one list of editions, and the development of the areas reaches 2025 (the
    # local stand-in serves the MSS 2021 values under the 2025 name, so its figures are 2021's)
    editions = all_editions(QgsProject.instance())
    assert [e.year for e in editions] == [2013, 2015, 2017, 2019, 2021, 2025] and editions[-1].layer_id == layer.id()
    calculator = DevelopmentCalculator([a for a in bundled_areas() if a.code == "06"], EditionStore(QgsProject.instance()))
    wedding = calculator.development(editions)[0]
    assert wedding.of_year(2025).population == pytest.approx(wedding.of_year(2021).population)
    assert wedding.of_year(2025).low_share == pytest.approx(wedding.of_year(2021).low_share)


@pytest.fixture
def local_csw(qgis_server):
    urls = {"gi_wms": qgis_server.url("gi_wms"), "gdi": qgis_server.url("gdi"), "www": "https://www.berlin.de/gemeinschaftsinitiative"}
    config, port = build_repository(OUT / "csw-panel", urls)
    server = CswServer(config, port, OUT / "csw-panel" / "server.log").start()
    settings.set_value(settings_keys.CSW_URL, server.url)
    copy = services.user_catalogue_file()
    yield server
    settings.set_value(settings_keys.CSW_URL, "")
    if copy.exists():
        copy.unlink()  # the user's catalogue copy the test wrote into the test profile
    server.stop()


def test_a_dead_services_successor_is_found_from_the_message_bar(window, catalogue, local_csw, qtbot, output_dir):
    dead = "http://127.0.0.1:{}/wms".format(free_port())
    container, bar, panel, controller, failures = window(pointed_at(catalogue, dead, ["gi_handlungsraeume", "lor_plr_2021"]))
    controller.load(["gi_handlungsraeume"])
    qtbot.waitUntil(lambda: "gi_handlungsraeume" in failures, timeout=30000)
    assert "gi_handlungsraeume" in panel.failed
    item = bar.currentItem()
    (button,) = [b for b in item.findChildren(QPushButton) if b.objectName() == "findSuccessorButton"]
    assert button.text() == "Find successor"
    button.click()
    qtbot.waitUntil(lambda: controller.successor_dialog is not None, timeout=30000)
    dialog = controller.successor_dialog
    assert dialog.tree.topLevelItemCount() == 1 and dialog.tree.topLevelItem(0).text(2) == "k_gemeinschaftsinitiative_quartier"
    assert "Further records that link to no WMS or WFS: 1." in dialog.intro.text()
    record, offer = dialog.offers[0]  # the whole of the chosen row below the columns, which may cut it
    assert dialog.details.text().splitlines()[:3] == [record.title, "WMS k_gemeinschaftsinitiative_quartier", offer.url]
    assert record.title.startswith("Ressortübergreifende Gemeinschaftsinitiative")
    dialog.grab().save(str(output_dir / "services_successor_dialog.png"))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: state_text(panel, "gi_handlungsraeume") == "loaded", timeout=60000)
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.customProperty("gemeinschaftsinitiative/dataset") == "gi_handlungsraeume"]
    assert layer.isValid() and layer.customProperty("gemeinschaftsinitiative/service") == "found"
    copy = services.user_catalogue_file()
    raw = json.loads(copy.read_text(encoding="utf-8"))
    first = next(item for item in raw["datasets"] if item["id"] == "gi_handlungsraeume")["sources"][0]
    assert first["generation"] == "found" and "gi_wms.qgs" in first["url"] and first["status"] == "unverified"
    assert services.read_service_catalogue().path == str(copy)  # from now on the user's copy is the catalogue in force
    container.grab().save(str(output_dir / "services_successor_loaded.png"))


def test_offline_the_newest_edition_offers_the_bundled_older_one_and_says_so(window, catalogue, qtbot):
    dead = "http://127.0.0.1:{}/wfs".format(free_port())
    container, bar, panel, controller, failures = window(pointed_at(catalogue, dead, ["mss_2025_indizes", "mss_2021_indizes"]))
    controller.load(["mss_2025_indizes"])
    qtbot.waitUntil(lambda: "mss_2025_indizes" in failures, timeout=30000)
    failure = failures["mss_2025_indizes"]
    assert failure.offline.dataset_id == "mss_2021" and failure.offline_edition == "MSS 2021 (Datenstand 31.12.2020)"
    assert failure.message("en").endswith("The offline copy is another edition: MSS 2021 (Datenstand 31.12.2020).")
    (button,) = [b for b in bar.currentItem().findChildren(QPushButton) if b.objectName() == "useOfflineButton"]
    button.click()
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.customProperty("gemeinschaftsinitiative/dataset") == "mss_2021"]
    assert layer.isValid() and layer.featureCount() == 542
