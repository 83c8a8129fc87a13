"""What the metadata catalogue offers for a dataset whose services failed; one can be taken.

A thin, non-modal dialog over a ``csw.SearchResult``: one row per WMS/WFS a record links to,
best record first; *Take into my catalogue* emits ``taken(record, offer)``, the layers panel
does the rest (``found.take_into_catalogue`` and loading).
"""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout


class SuccessorDialog(QDialog):
    taken = pyqtSignal(object, object)  # csw.Record, csw.ServiceOffer

    def __init__(self, entry, result, csw_url, parent=None, language=None):
        super().__init__(parent)
        self.setObjectName("GemeinschaftsinitiativeSuccessors")
        self.setWindowTitle(self.tr("Successor of {title}").format(title=entry.localized_title(language)))
        self.resize(780, 480)
        self.offers = list(result.offers)
        without = len(result.records) - len({record.identifier for record, _ in self.offers})
        text = self.tr("Services found in the metadata catalogue {url} for records matching {terms}: {n}. The service you take is "
                       "tried first from now on, marked 'unverified', in your catalogue copy; the plugin's own catalogue stays as it is.")
        terms = ", ".join(entry.keywords) or entry.localized_title(language)
        self.intro = intro = QLabel(text.format(url=csw_url, n=len(self.offers), terms=terms))
        if without:
            intro.setText(intro.text() + " " + self.tr("Further records that link to no WMS or WFS: {n}.").format(n=without))
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Service"), self.tr("Layer"), self.tr("Address")])
        for number, (record, offer) in enumerate(self.offers):
            item = QTreeWidgetItem([record.title, offer.type, offer.name or self.tr("(from GetCapabilities)"), offer.url])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(0, "{}\n{}\n{}".format(record.identifier, ", ".join(record.keywords), record.abstract))
            self.tree.addTopLevelItem(item)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # an address's host and layer name stay visible
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.details = QLabel(self)  # the whole of the chosen row: the columns may cut a long title or address
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.currentItemChanged.connect(self.show_details)
        if self.offers:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.take_button = self.buttons.addButton(self.tr("Take into my catalogue and load"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button.setObjectName("takeSuccessorButton")
        self.buttons.accepted.connect(self.take_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

    def show_details(self, item, _previous=None):
        if item is None:
            self.details.clear()
            return
        record, offer = self.offers[item.data(0, Qt.ItemDataRole.UserRole)]
        lines = [record.title, "{} {}".format(offer.type, offer.name or self.tr("(from GetCapabilities)")), offer.url]
        if record.abstract:
            lines.append(record.abstract)
        self.details.setText("\n".join(lines))

    def take_selected(self):
        item = self.tree.currentItem()
        if item is None:
            return
        record, offer = self.offers[item.data(0, Qt.ItemDataRole.UserRole)]
        self.accept()
        self.taken.emit(record, offer)
