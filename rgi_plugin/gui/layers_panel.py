"""The "Layers" part of the panel: the Geoportal catalogue with availability and load buttons.

A self-contained widget (form in ``forms/layers_panel.ui``) over ``core.service_loader``:
loading runs in QGIS's task manager, failures appear in the message bar with the offer of the
offline snapshot, and the offline snapshot can be refreshed from the live services.
"""

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..core.common import log
from ..core.data import bundled
from ..core.services import catalogue as services
from ..core.services.failures import short_reason
from ..core.services.loader import LOADED, LOADING, ServiceLoader, timeout_ms
from ..core.services.refresh import SnapshotRefreshTask
from .forms import load_form
from .service_messages import push_info, push_load_failure

STATE_COLUMN = 1
_COLOURS = {"ok": "#1a7f37", "bad": "#b3261e", "busy": "#7a5d00"}


class LayersPanel(QWidget):
    """Lists the catalogue; loads entries, the standard set, checks services, refreshes the snapshot."""

    def __init__(self, message_bar=None, catalogue=None, project=None, parent=None, language=None, timeout_seconds=None):
        super().__init__(parent)
        load_form("layers_panel.ui", self)
        self.setObjectName("GemeinschaftsinitiativeLayersPanel")
        self.message_bar, self.project, self.language = message_bar, project, language
        self.catalogue = catalogue or services.read_catalogue()
        self.loader = ServiceLoader(self.catalogue, project, language, self, timeout_seconds)
        self.refresh_task = None
        self._fill()
        self.update_offline_label()
        self.loader.stateChanged.connect(self._state_changed)
        self.loader.loadFailed.connect(self._load_failed)
        self.loader.availabilityChecked.connect(self._availability_checked)
        self.loadSelectedButton.clicked.connect(lambda: self.load_selected())
        self.loadStandardButton.clicked.connect(lambda: self.load_standard_set())
        self.checkButton.clicked.connect(lambda: self.check_availability())
        self.refreshSnapshotButton.clicked.connect(lambda: self.refresh_snapshot())
        self.serviceTree.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- list ------------------------------------------------------------------------------

    def _fill(self):
        tree = self.serviceTree
        tree.clear()
        for entry in self.catalogue.entries:
            item = QTreeWidgetItem([entry.localized_title(self.language), self.tr("not checked")])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(0, self._tooltip(entry))
            if not entry.verified:
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _tooltip(self, entry):
        lines = [entry.localized_title(self.language), "{}: {}".format(self.tr("Edition"), entry.edition),
                 "{}: {} ({})".format(self.tr("Licence"), entry.licence, entry.attribution)]
        for number, source in enumerate(entry.services, 1):
            lines.append("{}. {} {} {} [{}]".format(number, source.generation_label, source.type, source.url,
                                                    self.tr("verified") if source.status == "verified" else self.tr("unverified")))
        if entry.bundled_dataset:
            lines.append("{}. {}".format(len(entry.services) + 1, self.tr("offline snapshot")))
        notes = entry.localized_notes(self.language)
        return "\n".join(lines + ([notes] if notes else []))

    def item(self, entry_id):
        tree = self.serviceTree
        for row in range(tree.topLevelItemCount()):
            if tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) == entry_id:
                return tree.topLevelItem(row)
        return None

    def state_text(self, entry_id):
        return self.item(entry_id).text(STATE_COLUMN)

    def _set_state(self, entry_id, text, tone=None, tooltip=""):
        item = self.item(entry_id)
        if item is None:
            return
        item.setText(STATE_COLUMN, text)
        item.setToolTip(STATE_COLUMN, tooltip or text)
        item.setForeground(STATE_COLUMN, QBrush(QColor(_COLOURS[tone])) if tone else QBrush())

    def selected_ids(self):
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.serviceTree.selectedItems()]

    def _update_buttons(self):
        self.loadSelectedButton.setEnabled(bool(self.selected_ids()))
        self.refreshSnapshotButton.setEnabled(self.refresh_task is None)

    # -- loading ---------------------------------------------------------------------------

    def load_selected(self):
        return self.loader.load(self.selected_ids())

    def load_standard_set(self):
        return self.loader.load_standard_set()

    def _state_changed(self, entry_id, state):
        if state == LOADING:
            self._set_state(entry_id, self.tr("loading…"), "busy")
        elif state == LOADED:
            self._set_state(entry_id, self.tr("loaded"), "ok")

    def _load_failed(self, failure):
        self._set_state(failure.entry.id, short_reason(failure.failures[0]), "bad", failure.message(self.language))
        if self.message_bar is not None:
            push_load_failure(self.message_bar, failure, self.use_offline, self.language)

    def use_offline(self, failure):
        """Load the offline copy that ``failure`` offers; say which one it is."""
        try:
            bundled.load_datasets([failure.entry.bundled_dataset], self.project or QgsProject.instance(), self.language)
        except bundled.BundledDataError as error:
            log.critical(str(error))
            if self.message_bar is not None:
                push_info(self.message_bar, self.tr("The offline snapshot could not be loaded either."), Qgis.MessageLevel.Critical)
            return False
        text = self.tr("{title}: offline snapshot of {date} loaded.").format(
            title=failure.entry.localized_title(self.language), date=failure.offline.date)
        self._set_state(failure.entry.id, self.tr("offline {date}").format(date=failure.offline.date), "busy")
        if self.message_bar is not None:
            push_info(self.message_bar, text)
        return True

    # -- availability ----------------------------------------------------------------------

    def check_availability(self):
        task = self.loader.check_availability()
        if task is not None:
            for entry in self.catalogue.entries:
                self._set_state(entry.id, self.tr("checking…"), "busy")
        return task

    def _availability_checked(self, entry_id, source, failures):
        if source is None:
            self._set_state(entry_id, short_reason(failures[0]), "bad",
                            "\n".join("{} – {}".format(f.url, short_reason(f)) for f in failures))
        elif failures:
            self._set_state(entry_id, self.tr("via {service}").format(service=source.generation_label), "ok")
        else:
            self._set_state(entry_id, self.tr("available"), "ok")

    # -- offline snapshot ------------------------------------------------------------------

    def update_offline_label(self):
        snapshots = bundled.refreshed_snapshots()
        assembled = bundled.read_snapshot().assembled
        if snapshots:
            newest = snapshots[0]
            text = self.tr("Offline data: snapshot refreshed on {date} ({count} datasets, in the QGIS profile folder); "
                           "other datasets from the bundled snapshot {bundled}.").format(
                date=newest.date, count=len(newest.datasets), bundled=assembled)
        else:
            text = self.tr("Offline data: snapshot bundled with the plugin ({date}).").format(date=assembled)
        self.offlineLabel.setText(text)
        return text

    def refresh_snapshot(self, root=None, today=None):
        """Download the bundled datasets from the services into the profile folder (in the background)."""
        if self.refresh_task is not None:
            return None
        self.refresh_task = SnapshotRefreshTask(self.catalogue, None, root, timeout_ms(self.catalogue, self.loader.timeout_seconds),
                                                today, self.language, self._refreshed)
        QgsApplication.taskManager().addTask(self.refresh_task)
        self._update_buttons()
        return self.refresh_task

    def _refreshed(self, task, result):
        self.refresh_task = None
        self._update_buttons()
        self.update_offline_label()
        for dataset_id, failure in task.failures.items():
            log.warning("Snapshot refresh: {} failed: [{}] {}\n{}".format(dataset_id, failure.kind, failure.url, failure.details))
        if result:
            text = self.tr("Offline snapshot of {date} saved in {folder} ({count} datasets).").format(
                date=task.date, folder=str(task.folder), count=len(task.written))
            if task.failures:
                text += " " + self.tr("Not refreshed: {ids}.").format(ids=", ".join(sorted(task.failures)))
            level = Qgis.MessageLevel.Warning if task.failures else Qgis.MessageLevel.Success
        else:
            if task.error:
                log.critical("Snapshot refresh failed:\n{}".format(task.error))
            text = self.tr("The offline snapshot could not be refreshed; the previous one stays in use. "
                           "Details are in the log tab 'Gemeinschaftsinitiative'.")
            level = Qgis.MessageLevel.Warning
        if self.message_bar is not None:
            push_info(self.message_bar, text, level)
        else:
            log.info(text)

    def shutdown(self):
        """Cancel running tasks and stop listening to them (the plugin calls this when it unloads)."""
        self.loader.cancel_all(detach=True)
        if self.refresh_task is not None:
            self.refresh_task.on_finished = None
            self.refresh_task.cancel()
            self.refresh_task = None
