"""The plugin's dock panel: a thin widget over ``core``; the form lives in ``forms/dock.ui``."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..definitions.names import DOCK_OBJECT_NAME
from .forms import load_form


class GemeinschaftsinitiativeDock(QgsDockWidget):
    """The plugin's panel: one tab per part (Handlungsräume, data, ...)."""

    #: Emitted with a list of dataset ids the user asked to load.
    loadRequested = pyqtSignal(list)
    #: Emitted when the user asks for the overview map of the bundled data.
    demoRequested = pyqtSignal()
    #: Emitted when the user asks to see the sources and licences.
    sourcesRequested = pyqtSignal()
    #: Emitted with the MSS styling variant the user chose (see core/indicators/mss/styles.VARIANTS).
    mssVariantChosen = pyqtSignal(str)
    #: Emitted when the user asks for the criteria overlay (Processing dialog).
    overlayRequested = pyqtSignal()

    def __init__(self, snapshot, parent=None):
        super().__init__(parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setWindowTitle(self.tr("Community Initiative"))
        self.contents = load_form("dock.ui", QWidget(self))
        self.setWidget(self.contents)
        self.snapshot = snapshot
        self.areas = None
        self._fill_datasets()
        self.contents.loadSelectedButton.clicked.connect(self._emit_load_selected)
        self.contents.loadDemoButton.clicked.connect(self.demoRequested)
        self.contents.sourcesButton.clicked.connect(self.sourcesRequested)
        self.contents.overlayButton.clicked.connect(self.overlayRequested)
        self.contents.datasetTree.itemSelectionChanged.connect(self._update_buttons)
        from ..core.indicators.mss.styles import VARIANTS, variant_label

        for variant in VARIANTS:
            self.contents.mssVariantCombo.addItem(variant_label(variant), variant)
        self.contents.mssVariantCombo.activated.connect(
            lambda index: self.mssVariantChosen.emit(self.contents.mssVariantCombo.itemData(index)))
        self._update_buttons()

    def _fill_datasets(self):
        tree = self.contents.datasetTree
        tree.clear()
        for dataset in self.snapshot.datasets:
            item = QTreeWidgetItem([dataset.localized_title(), str(dataset.expected_count)])
            item.setData(0, Qt.ItemDataRole.UserRole, dataset.id)
            item.setToolTip(0, "{}\n{}: {}\n{}".format(
                dataset.localized_title(), self.tr("Edition"), dataset.edition, dataset.attribution))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.contents.snapshotLabel.setText(
            self.tr("{label}, assembled {date}. Works without a network connection.").format(
                label=self.snapshot.localized_label(), date=self.snapshot.assembled
            )
        )

    def add_part(self, widget, title, index=-1):
        """Add a part of the panel as a tab (the Handlungsräume come first)."""
        self.contents.tabs.insertTab(index, widget, title)
        if index == 0:
            self.contents.tabs.setCurrentIndex(0)
        return widget

    def set_areas_panel(self, panel):
        self.areas = self.add_part(panel, self.tr("Action areas"), 0)

    def selected_dataset_ids(self):
        tree = self.contents.datasetTree
        return [tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) for row in range(tree.topLevelItemCount())
                if tree.topLevelItem(row).isSelected()]

    def _emit_load_selected(self):
        ids = self.selected_dataset_ids()
        if ids:
            self.loadRequested.emit(ids)

    def _update_buttons(self):
        self.contents.loadSelectedButton.setEnabled(bool(self.selected_dataset_ids()))


