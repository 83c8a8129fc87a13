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
        self.resize(720, 360)
        self.offers = list(result.offers)
        without = len(result.records) - len({record.identifier for record, _ in self.offers})
        text = self.tr("Services found in the metadata catalogue {url} for records matching {terms}: {n}. The service you take is "
                       "tried first from now on, marked 'unverified', in your catalogue copy; the plugin's own catalogue stays as it is.")
        terms = ", ".join(entry.keywords) or entry.localized_title(language)
        self.intro = intro = QLabel(text.format(url=csw_url, n=len(self.offers), terms=terms))
        if without:
            intro.setText(intro.text() + " " + self.tr("{n} further records link to no WMS or WFS.").format(n=without))
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Service"), self.tr("Layer"), self.tr("Address")])
        for number, (record, offer) in enumerate(self.offers):
            item = QTreeWidgetItem([record.title, offer.type, offer.name or self.tr("(from GetCapabilities)"), offer.url])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(0, "{}\n{}\n{}".format(record.identifier, ", ".join(record.keywords), record.abstract))
            self.tree.addTopLevelItem(item)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.offers:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.take_button = self.buttons.addButton(self.tr("Take into my catalogue and load"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button.setObjectName("takeSuccessorButton")
        self.buttons.accepted.connect(self.take_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(self.buttons)

    def take_selected(self):
        item = self.tree.currentItem()
        if item is None:
            return
        record, offer = self.offers[item.data(0, Qt.ItemDataRole.UserRole)]
        self.accept()
        self.taken.emit(record, offer)
