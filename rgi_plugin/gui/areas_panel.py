"""The "Handlungsräume" part of the panel: search, list (13 with its parts), details, documents."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QTreeWidgetItem, QWidget

from ..core.areas.details import area_details_html
from .forms import load_form

CODE_ROLE = Qt.ItemDataRole.UserRole


class AreasPanel(QWidget):
    #: The user selected an area (its code), or cleared the selection ("").
    areaSelected = pyqtSignal(str)
    zoomRequested = pyqtSignal(str)
    loadLayersRequested = pyqtSignal(str)
    #: A concept document's "open" button (the ConceptDocument).
    openDocumentRequested = pyqtSignal(object)
    #: A concept document's "assign local file" button (the ConceptDocument).
    assignLocalFileRequested = pyqtSignal(object)

    def __init__(self, catalogue, figures_for, parent=None):
        """``figures_for(area)`` returns the figures ``area_details_html`` shows."""
        super().__init__(parent)
        load_form("areas_panel.ui", self)
        self.catalogue = catalogue
        self.figures_for = figures_for
        self._emit_selection = True
        self._fill_tree()
        self.searchEdit.textChanged.connect(self.apply_search)
        self.areaTree.itemSelectionChanged.connect(self._selection_changed)
        self.zoomButton.clicked.connect(lambda: self.zoomRequested.emit(self.current_code()))
        self.loadLayersButton.clicked.connect(lambda: self.loadLayersRequested.emit(self.current_code()))
        self.splitter.setSizes([220, 420])
        self._show_area("")

    # -- list ---------------------------------------------------------------------------

    def _fill_tree(self):
        self.areaTree.clear()
        groups = {}
        for area in self.catalogue.areas:
            parent = self.areaTree.invisibleRootItem()
            if area.group:
                if area.group not in groups:
                    group = self.catalogue.group(area.group)
                    groups[area.group] = QTreeWidgetItem(parent, ["{} {}".format(group.code, group.name)])
                    groups[area.group].setFlags(Qt.ItemFlag.ItemIsEnabled)
                    groups[area.group].setToolTip(0, group.note)
                    groups[area.group].setExpanded(True)
                parent = groups[area.group]
            item = QTreeWidgetItem(parent, [area.label])
            item.setData(0, CODE_ROLE, area.code)
            item.setToolTip(0, ", ".join(area.bezirke))

    def _items(self):
        root = self.areaTree.invisibleRootItem()
        for index in range(root.childCount()):
            item = root.child(index)
            yield item
            for child_index in range(item.childCount()):
                yield item.child(child_index)

    def apply_search(self, text):
        matches = set(self.catalogue.search(text))
        for item in self._items():
            code = item.data(0, CODE_ROLE)
            if code:
                item.setHidden(code not in matches)
        for item in self._items():
            if not item.data(0, CODE_ROLE):
                item.setHidden(all(item.child(i).isHidden() for i in range(item.childCount())))

    def set_search(self, text):
        self.searchEdit.setText(text)

    def set_catalogue(self, catalogue):
        """Show another catalogue (read again, edited, or the fallback): the list is rebuilt, the
        search and the selected area are kept where the area still exists."""
        code = self.current_code()
        self.catalogue = catalogue
        self._emit_selection = False
        try:
            self._fill_tree()
            self.apply_search(self.searchEdit.text())
            codes = {area.code for area in catalogue.areas}
            self.select_area(code if code in codes else "", emit=False)
            self._show_area(code if code in codes else "")
        finally:
            self._emit_selection = True

    def add_bar(self, widget):
        """A line of another part (the catalogue's origin) under the search field."""
        self.areasLayout.insertWidget(self.areasLayout.indexOf(self.searchEdit) + 1, widget)
        return widget

    # -- selection ----------------------------------------------------------------------

    def current_code(self):
        selected = self.areaTree.selectedItems()
        return selected[0].data(0, CODE_ROLE) if selected else ""

    def select_area(self, code, emit=True):
        """Select ``code`` in the list ("" clears); ``emit=False`` when the map already shows it."""
        self._emit_selection = emit
        try:
            self.areaTree.clearSelection()
            for item in self._items():
                if code and item.data(0, CODE_ROLE) == code:
                    item.setHidden(False)
                    item.setSelected(True)
                    self.areaTree.scrollToItem(item)
            if not code:
                self._show_area("")
                if emit:
                    self.areaSelected.emit("")
        finally:
            self._emit_selection = True

    def _selection_changed(self):
        code = self.current_code()
        self._show_area(code)
        if self._emit_selection:
            self.areaSelected.emit(code)

    # -- details ------------------------------------------------------------------------

    def _show_area(self, code):
        self.zoomButton.setEnabled(bool(code))
        self.loadLayersButton.setEnabled(bool(code))
        self._clear_documents()
        if not code:
            self.detailBrowser.setHtml("<p>{}</p>".format(self.tr("Select a Handlungsraum in the list or on the map.")))
            self.documentsBox.setVisible(False)
            return
        area = self.catalogue.area(code)
        self.detailBrowser.setHtml(area_details_html(area, self.catalogue, self.figures_for(area)))
        documents = self.catalogue.documents_for(code)
        self.documentsBox.setVisible(True)
        for document in documents:
            self._add_document_row(document)
        if not documents:
            self.documentsBox.layout().addWidget(QLabel(self.tr("No concept document is recorded for this area.")))

    def _clear_documents(self):
        layout = self.documentsBox.layout()
        while layout.count():
            item = layout.takeAt(0)
            row = item.layout()
            if row is not None:
                while row.count():
                    child = row.takeAt(0)
                    if child.widget() is not None:
                        child.widget().deleteLater()
                row.deleteLater()
            elif item.widget() is not None:
                item.widget().deleteLater()

    def _add_document_row(self, document):
        row = QHBoxLayout()
        details = [document.title]
        if document.year:
            details.append(document.year)
        if document.author:
            details.append(document.author)
        label = QLabel(" · ".join(details))
        label.setWordWrap(True)
        label.setToolTip("{}\n{}".format(document.url, document.note))
        open_button = QPushButton(self.tr("Open"))
        open_button.setObjectName("openDocumentButton_{}".format(document.area))
        open_button.setToolTip(self.tr("Open the concept (a local file takes precedence over the web address)"))
        open_button.clicked.connect(lambda _=False, d=document: self.openDocumentRequested.emit(d))
        assign_button = QToolButton()
        assign_button.setText("…")
        assign_button.setObjectName("assignLocalFileButton_{}".format(document.area))
        assign_button.setToolTip(self.tr("Assign a local file (e.g. on the file share) to this concept"))
        assign_button.clicked.connect(lambda _=False, d=document: self.assignLocalFileRequested.emit(d))
        row.addWidget(label, 1)
        row.addWidget(open_button)
        row.addWidget(assign_button)
        self.documentsBox.layout().addLayout(row)

    def set_geometry_note(self, text):
        self.geometryLabel.setText(text)
