"""The Geoportal services in QGIS: loading in the background, checking, the offline snapshot.

The plugin creates one ``ServicesController`` when it is first needed (the "Layers" tab, or
*Refresh offline snapshot* in the menu, which works without the panel). It owns the service
loader and the snapshot refresh; the layers panel only shows their state and asks for them.
Failures are told in the message bar with the offer of the offline snapshot.
"""

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject

from ..core import data
from ..core.common import settings
from ..core.services import csw, found
from ..core.services.catalogue import ServiceCatalogueError, read_service_catalogue
from ..core.services.failures import CANCELED, offline_button_text, short_reason
from ..core.services.loader import LOADED, LOADING, ServiceLoader, chosen_editions, timeout_ms
from ..core.services.refresh import SnapshotRefreshTask
from ..definitions import settings as settings_keys
from ..definitions.datasets import MSS_EDITIONS
from ..gui.layers_panel import LayersPanel
from ..gui.messages import Offer, notify

translate = QCoreApplication.translate  # pylupdate5 reads translate("Context", "text")


def _title():
    return translate("ServicesController", "Geoportal Berlin")


class ServicesController(QObject):
    def __init__(self, message_bar, catalogue=None, project=None, language=None, timeout_seconds=None, parent=None):
        """``catalogue``: the service catalogue (default: read from the plugin; raises
        ``ServiceCatalogueError`` when it cannot be used); ``timeout_seconds``: None for the setting."""
        super().__init__(parent)
        self.message_bar, self.project, self.language = message_bar, project, language
        self.catalogue = catalogue or read_service_catalogue()
        self.loader = ServiceLoader(self.catalogue, project, language, self, timeout_seconds)
        self.loader.stateChanged.connect(self._state_changed)
        self.loader.loadFailed.connect(self._load_failed)
        self.loader.availabilityChecked.connect(self._availability_checked)
        self.loader.nameMoved.connect(self._name_moved)
        self.refresh_task = self.successor_task = self.successor_dialog = None
        self.panel = None

    def create_panel(self, parent=None):
        """The "Layers" tab, wired to this controller."""
        self.panel = LayersPanel(self.catalogue, self.language, parent, chosen_editions().get(MSS_EDITIONS, ""))
        self.panel.loadRequested.connect(self.load)
        self.panel.editionChosen.connect(self.choose_edition)
        self.panel.editionLoadRequested.connect(lambda entry_id: self.load([entry_id]) if entry_id else [])
        self.panel.successorRequested.connect(self.find_successor)
        self.panel.standardSetRequested.connect(self.load_standard_set)
        self.panel.checkRequested.connect(self.check_availability)
        self.panel.refreshRequested.connect(self.refresh_snapshot)
        self.panel.destroyed.connect(self._panel_gone)
        self._show_offline_data()
        return self.panel

    def _panel_gone(self):
        self.panel = None

    # -- loading ---------------------------------------------------------------------------

    def load(self, entry_ids):
        return self.loader.load(entry_ids)

    def load_standard_set(self):
        return self.loader.load_standard_set()

    def _state_changed(self, entry_id, state):
        if self.panel is None:
            return
        if state == LOADING:
            self.panel.show_loading(entry_id)
        elif state == LOADED:
            self.panel.show_loaded(entry_id)

    def _load_failed(self, failure):
        if self.panel is not None:
            self.panel.show_failure(failure, self.language)
        offers = []
        if failure.offline is not None and failure.kind != CANCELED:
            offers.append(Offer(offline_button_text(failure.offline), lambda: self.use_offline(failure), "useOfflineButton"))
        if failure.kind != CANCELED:
            offers.append(Offer(translate("ServicesController", "Find successor"), lambda: self.find_successor(failure.entry.id),
                                "findSuccessorButton"))
        level = Qgis.MessageLevel.Info if failure.kind == CANCELED else Qgis.MessageLevel.Warning
        notify(self.message_bar, level, failure.message(self.language), failure.details(), _title(), offers or None, duration=0)

    def _name_moved(self, entry_id, text):
        if self.panel is not None:
            self.panel.show_moved(entry_id, text)
        notify(self.message_bar, Qgis.MessageLevel.Warning, text, title=_title(), duration=0)

    def choose_edition(self, entry_id):
        """The MSS edition the standard set loads from now on (an entry id; empty: the newest)."""
        settings.set_value(settings_keys.MSS_EDITION, entry_id or "")

    def use_offline(self, failure):
        """Load the offline copy that ``failure`` offers; say which one it is."""
        try:
            data.load_datasets([failure.offline.dataset_id], self.project or QgsProject.instance(), self.language)
        except data.BundledDataError as error:
            notify(self.message_bar, Qgis.MessageLevel.Critical,
                   translate("ServicesController", "The offline snapshot could not be loaded either."), str(error), _title(), duration=6)
            return False
        if self.panel is not None:
            self.panel.show_offline(failure.entry.id, failure.offline.date)
        text = translate("ServicesController", "{title}: offline snapshot of {date} loaded.").format(
            title=failure.entry.localized_title(self.language), date=failure.offline.date)
        notify(self.message_bar, Qgis.MessageLevel.Info, text, title=_title(), duration=6)
        return True

    # -- successor search (the Geoportal's metadata catalogue) ------------------------------

    def find_successor(self, entry_id):
        """Ask the metadata catalogue (CSW) for services of a dataset whose services all failed."""
        if self.successor_task is not None:
            return None
        entry = self.catalogue.entry(entry_id)
        self.successor_task = csw.SuccessorSearchTask(entry, timeout_ms(self.catalogue, self.loader.timeout_seconds),
                                                      on_finished=self._successor_found, language=self.language)
        if self.panel is not None:
            self.panel.show_searching(entry_id)
        QgsApplication.taskManager().addTask(self.successor_task)
        return self.successor_task

    def _successor_found(self, task, ok):
        self.successor_task = None
        entry = task.entry
        if self.panel is not None:
            self.panel.show_searching(entry.id, False)
        if not ok:
            text = translate("ServicesController", "The metadata catalogue {url} could not be asked: {reason}.").format(
                url=task.csw_url, reason=short_reason(task.failure))
            notify(self.message_bar, Qgis.MessageLevel.Warning, text, "[{}] {}\n{}".format(
                task.failure.kind, task.failure.url, task.failure.details), _title(), duration=0)
            return
        result = task.result
        details = "{} records matched ({})".format(result.matched, result.url)
        if not result.offers:
            text = translate("ServicesController", "{title}: the metadata catalogue knows no service for it ({n} records found, "
                             "none with a WMS or WFS).").format(title=entry.localized_title(self.language), n=len(result.records))
            notify(self.message_bar, Qgis.MessageLevel.Warning, text, details, _title(), duration=0)
            return
        from ..gui.successor_dialog import SuccessorDialog

        self.successor_dialog = SuccessorDialog(entry, result, task.csw_url, self.panel, self.language)
        self.successor_dialog.taken.connect(lambda record, offer: self.take_successor(entry.id, record, offer, task.csw_url))
        self.successor_dialog.show()

    def take_successor(self, entry_id, record, offer, csw_url, target=None):
        """Take the offered service into the user's catalogue copy, re-read it and load the dataset."""
        try:
            path = found.take_into_catalogue(entry_id, record, offer, csw_url, target)
            self.set_catalogue(read_service_catalogue(path))
        except ServiceCatalogueError as error:
            notify(self.message_bar, Qgis.MessageLevel.Critical,
                   translate("ServicesController", "The service could not be taken into the catalogue."), str(error), _title())
            return []
        entry = self.catalogue.entry(entry_id)
        text = translate("ServicesController", "{title}: the service {url} ({name}) from the metadata catalogue is now tried first; "
                         "it is kept in your catalogue copy {path}.").format(
            title=entry.localized_title(self.language), url=offer.url, name=offer.name or "-", path=path)
        notify(self.message_bar, Qgis.MessageLevel.Success, text, title=_title(), duration=6)
        return self.loader.load([entry_id])

    def set_catalogue(self, catalogue):
        self.catalogue = self.loader.catalogue = catalogue
        if self.panel is not None:
            self.panel.set_catalogue(catalogue)

    # -- availability ----------------------------------------------------------------------

    def check_availability(self):
        task = self.loader.check_availability()
        if task is not None and self.panel is not None:
            self.panel.show_checking()
        return task

    def _availability_checked(self, entry_id, source, failures):
        if self.panel is not None:
            self.panel.show_availability(entry_id, source, failures)

    # -- offline snapshot ------------------------------------------------------------------

    def _show_offline_data(self):
        if self.panel is not None:
            snapshots = data.refreshed_snapshots()
            self.panel.show_offline_data(snapshots[0] if snapshots else None, data.read_snapshot().assembled)

    def refresh_snapshot(self, root=None, today=None):
        """Download the bundled datasets from the services into the profile folder (in the background)."""
        if self.refresh_task is not None:
            return None
        self.refresh_task = SnapshotRefreshTask(self.catalogue, None, root, timeout_ms(self.catalogue, self.loader.timeout_seconds),
                                                today, self.language, self._refreshed)
        QgsApplication.taskManager().addTask(self.refresh_task)
        if self.panel is not None:
            self.panel.set_refreshing(True)
        return self.refresh_task

    def _refreshed(self, task, result):
        self.refresh_task = None
        if self.panel is not None:
            self.panel.set_refreshing(False)
        self._show_offline_data()
        details = ["{} failed: [{}] {}\n{}".format(dataset_id, failure.kind, failure.url, failure.details)
                   for dataset_id, failure in task.failures.items()]
        if result:
            text = translate("ServicesController", "Offline snapshot of {date} saved in {folder} ({count} datasets).").format(
                date=task.date, folder=str(task.folder), count=len(task.written))
            if task.failures:
                text += " " + translate("ServicesController", "Not refreshed: {ids}.").format(ids=", ".join(sorted(task.failures)))
            level = Qgis.MessageLevel.Warning if task.failures else Qgis.MessageLevel.Success
        else:
            text = translate("ServicesController", "The offline snapshot could not be refreshed; the previous one stays in use.")
            details.append(task.error or translate("ServicesController", "No dataset could be downloaded."))
            level = Qgis.MessageLevel.Warning
        notify(self.message_bar, level, text, "\n".join(details), _title(), duration=6)

    def shutdown(self):
        """Cancel running tasks and stop listening to them (the plugin calls this when it unloads)."""
        self.loader.cancel_all(detach=True)
        if self.successor_task is not None:
            self.successor_task.on_finished = None
            self.successor_task.cancel()
            self.successor_task = None
        if self.successor_dialog is not None and not sip.isdeleted(self.successor_dialog):  # gone with its window
            self.successor_dialog.close()
        self.successor_dialog = None
        if self.refresh_task is not None:
            self.refresh_task.on_finished = None
            self.refresh_task.cancel()
            self.refresh_task = None
