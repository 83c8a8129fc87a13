"""The "Layers" part of the panel: the Geoportal catalogue with the state of each dataset.

A view (form in ``forms/layers_panel.ui``): it shows the catalogue and what the services
controller (``controllers/services.py``) reports, and asks for loading, checking and refreshing
through its signals. It starts no task and reads no data itself.
"""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..core.services.failures import short_reason
from .forms import load_form

STATE_COLUMN = 1
_COLOURS = {"ok": "#1a7f37", "bad": "#b3261e", "busy": "#7a5d00"}


class LayersPanel(QWidget):
    """Lists the catalogue; asks to load entries or the standard set, to check or to refresh."""

    #: The user asked to load these catalogue entries (ids).
    loadRequested = pyqtSignal(list)
    standardSetRequested = pyqtSignal()
    checkRequested = pyqtSignal()
    refreshRequested = pyqtSignal()
    #: The user chose an MSS edition (entry id) in the chooser / asked to load the chosen one.
    editionChosen = pyqtSignal(str)
    editionLoadRequested = pyqtSignal(str)
    #: The user asked for a successor of a dataset whose services all failed (entry id).
    successorRequested = pyqtSignal(str)

    def __init__(self, catalogue, language=None, parent=None, chosen_edition=""):
        super().__init__(parent)
        load_form("layers_panel.ui", self)
        self.setObjectName("GemeinschaftsinitiativeLayersPanel")
        self.catalogue, self.language = catalogue, language
        self._refreshing = self._searching = False
        self.failed = set()  # entries whose services all failed at their last load
        self._fill(chosen_edition)
        self.loadSelectedButton.clicked.connect(lambda: self.loadRequested.emit(self.selected_ids()))
        self.loadStandardButton.clicked.connect(self.standardSetRequested)
        self.checkButton.clicked.connect(self.checkRequested)
        self.refreshSnapshotButton.clicked.connect(self.refreshRequested)
        self.serviceTree.itemSelectionChanged.connect(self._update_buttons)
        self.mssEditionCombo.currentIndexChanged.connect(lambda index: self.editionChosen.emit(self.chosen_edition() or ""))
        self.loadEditionButton.clicked.connect(lambda: self.editionLoadRequested.emit(self.chosen_edition() or ""))
        self.successorButton.clicked.connect(self._successor_clicked)
        self._update_buttons()

    # -- list ------------------------------------------------------------------------------

    def _fill(self, chosen_edition=""):
        self._fill_editions(chosen_edition)
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

    def _fill_editions(self, chosen=""):
        """The MSS editions a service delivers (from the plugin's one list of editions), newest
        first; ``chosen`` (a service catalogue entry id) or the newest selected."""
        from ..core.editions.catalogue import LOR_2021, service_editions

        combo = self.mssEditionCombo
        combo.blockSignals(True)
        combo.clear()
        for edition in service_editions(self.catalogue):
            text = "{} ({})".format(edition.label, edition.lor_scheme.short_label(self.language))
            if edition.scheme != LOR_2021:
                text += " – " + self.tr("ids are not LOR 2021")
            if edition.dataset_id:
                use = self.tr("Also bundled with the plugin: the development of the areas, the MSS change map and the overlay "
                              "comparison use it offline.")
            else:
                use = self.tr("Not bundled: the development of the areas, the MSS change map and the overlay comparison use it "
                              "while its layer is in the project.")
            combo.addItem(text, edition.service_entry)
            tooltip = "{}\n{}".format(self._tooltip(self.catalogue.entry(edition.service_entry)), use)
            combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def chosen_edition(self):
        return self.mssEditionCombo.currentData()

    def choose_edition(self, entry_id):
        index = self.mssEditionCombo.findData(entry_id)
        if index < 0:
            raise KeyError(entry_id)
        self.mssEditionCombo.setCurrentIndex(index)

    def set_catalogue(self, catalogue):
        """Show another catalogue (the user's copy after a service was taken into it)."""
        chosen = self.chosen_edition() or ""
        self.catalogue = catalogue
        self._fill(chosen)
        self._update_buttons()

    def _successor_clicked(self):
        entry_id = next((i for i in self.selected_ids() if i in self.failed), None)
        if entry_id:
            self.successorRequested.emit(entry_id)

    def _tooltip(self, entry):
        lines = [entry.localized_title(self.language), "{}: {}".format(self.tr("Edition"), entry.edition),
                 "{}: {} ({})".format(self.tr("Licence"), entry.licence, entry.attribution),
                 "{}: {} [{}]".format(self.tr("Basis of the licence statement"), entry.licence_basis,
                                      self.tr("verified") if entry.licence_status == "verified" else self.tr("unverified"))]
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
        self.refreshSnapshotButton.setEnabled(not self._refreshing)
        self.successorButton.setEnabled(not self._searching and any(i in self.failed for i in self.selected_ids()))

    # -- what the controller reports -------------------------------------------------------

    def show_loading(self, entry_id):
        self.failed.discard(entry_id)
        self._set_state(entry_id, self.tr("loading…"), "busy")
        self._update_buttons()

    def show_loaded(self, entry_id):
        self._set_state(entry_id, self.tr("loaded"), "ok")

    def show_moved(self, entry_id, text):
        """Loaded under a name the service moved to (``text``: "Layer X heißt jetzt Y")."""
        self._set_state(entry_id, self.tr("loaded (name moved)"), "ok", text)

    def show_failure(self, failure, language=None):
        """A ``LoadFailure``: the first reason in the list, the whole message as tooltip."""
        self.failed.add(failure.entry.id)
        self._set_state(failure.entry.id, short_reason(failure.failures[0]), "bad", failure.message(language))
        self._update_buttons()

    def show_searching(self, entry_id, searching=True):
        """A successor search for ``entry_id`` runs (or ended)."""
        self._searching = searching
        if searching:
            self._set_state(entry_id, self.tr("searching the catalogue…"), "busy")
        elif entry_id in self.failed:
            self._set_state(entry_id, self.tr("failed"), "bad")
        self._update_buttons()

    def show_offline(self, entry_id, date):
        self._set_state(entry_id, self.tr("offline {date}").format(date=date), "busy")

    def show_checking(self):
        for entry in self.catalogue.entries:
            self._set_state(entry.id, self.tr("checking…"), "busy")

    def show_availability(self, entry_id, source, failures):
        if source is None:
            self._set_state(entry_id, short_reason(failures[0]), "bad",
                            "\n".join("{} – {}".format(f.url, short_reason(f)) for f in failures))
        elif failures:
            self._set_state(entry_id, self.tr("via {service}").format(service=source.generation_label), "ok")
        else:
            self._set_state(entry_id, self.tr("available"), "ok")

    def show_offline_data(self, newest, assembled):
        """Which offline data is in use: the newest refreshed snapshot (or None) and the bundled one."""
        if newest is not None:
            text = self.tr("Offline data: snapshot refreshed on {date} ({count} datasets, in the QGIS profile folder); "
                           "other datasets from the bundled snapshot {bundled}.").format(
                date=newest.date, count=len(newest.datasets), bundled=assembled)
        else:
            text = self.tr("Offline data: snapshot bundled with the plugin ({date}).").format(date=assembled)
        self.offlineLabel.setText(text)
        return text

    def set_refreshing(self, refreshing):
        self._refreshing = refreshing
        self._update_buttons()
