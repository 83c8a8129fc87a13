"""The "Handlungsräume" part of the panel: search, list (13 with its parts), details, documents."""

from qgis.PyQt.QtCore import QByteArray, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter, QPixmap
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QTreeWidgetItem, QWidget

from ..core.areas.details import area_details_html, area_key_figures_html, area_programmes_html
from .forms import load_form

CODE_ROLE = Qt.ItemDataRole.UserRole
#: The development chart is drawn as wide as the panel, up to this height (px).
CHART_MAX_HEIGHT = 200


class AreasPanel(QWidget):
    #: The user selected an area (its code), or cleared the selection ("").
    areaSelected = pyqtSignal(str)
    zoomRequested = pyqtSignal(str)
    loadLayersRequested = pyqtSignal(str)
    #: A concept document's "open" button (the ConceptDocument).
    openDocumentRequested = pyqtSignal(object)
    #: A concept document's "assign local file" button (the ConceptDocument).
    assignLocalFileRequested = pyqtSignal(object)
    #: The user asked for all areas side by side, or for the MSS change map.
    compareRequested = pyqtSignal()
    changeMapRequested = pyqtSignal()

    def __init__(self, catalogue, figures_for, development_for=None, parent=None):
        """``figures_for(area)`` returns the figures ``area_details_html`` shows; ``development_for(code)``
        the development of an area as ``(chart_svg, html)`` (None when it cannot be computed)."""
        super().__init__(parent)
        load_form("areas_panel.ui", self)
        self.catalogue = catalogue
        self.figures_for = figures_for
        self.development_for = development_for
        self._chart_svg = ""
        self._emit_selection = True
        self._fill_tree()
        self.searchEdit.textChanged.connect(self.apply_search)
        self.areaTree.itemSelectionChanged.connect(self._selection_changed)
        self.zoomButton.clicked.connect(lambda: self.zoomRequested.emit(self.current_code()))
        self.loadLayersButton.clicked.connect(lambda: self.loadLayersRequested.emit(self.current_code()))
        self.compareButton.clicked.connect(self.compareRequested)
        self.changeMapButton.clicked.connect(self.changeMapRequested)
        # the list keeps a few rows, the details get the room (1280×800: readable without scrolling)
        self.splitter.setSizes([110, 560])
        self.detailTabs.setTabVisible(self.detailTabs.indexOf(self.developmentTab), development_for is not None)
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
        # the overview states the boundary of the chosen area; the general note makes room for it
        self.geometryLabel.setVisible(not code)
        self._clear_documents()
        if not code:
            hint = "<p>{}</p>".format(self.tr("Select a Handlungsraum in the list or on the map."))
            self.detailBrowser.setHtml(hint)
            self.figuresBrowser.setHtml(hint)
            self.programmesBrowser.setHtml(hint)
            self._show_development(None)
            self.documentsBox.setVisible(False)
            return
        area = self.catalogue.area(code)
        figures = self.figures_for(area)
        self.detailBrowser.setHtml(area_details_html(area, self.catalogue, figures))
        self.figuresBrowser.setHtml(area_key_figures_html(figures))
        self.programmesBrowser.setHtml(area_programmes_html(area, self.catalogue))
        self._show_development(self.development_for(code) if self.development_for is not None else None)
        documents = self.catalogue.documents_for(code)
        self.documentsBox.setVisible(True)
        for document in documents:
            self._add_document_row(document)
        if not documents:
            self.documentsBox.layout().addWidget(QLabel(self.tr("No concept document is recorded for this area.")))

    # -- development ---------------------------------------------------------------------

    def refresh_details(self):
        """Show the selected area again (the boundaries or the editions changed)."""
        self._show_area(self.current_code())

    def refresh_development(self):
        """Draw the selected area's development again (an edition came or went)."""
        code = self.current_code()
        if code and self.development_for is not None:
            self._show_development(self.development_for(code))

    def _show_development(self, development):
        """The chart (SVG, drawn to the tab's width) and the text below it; None clears."""
        if development is None:
            self._chart_svg = ""
            self.developmentChart.clear()
            self.developmentText.setText("<p>{}</p>".format(self.tr("Select a Handlungsraum in the list or on the map.")))
            self.compareButton.setEnabled(self.development_for is not None)
            return
        self._chart_svg, html, details = development
        self.developmentText.setText(html)
        self.developmentText.setToolTip(details)
        self._draw_chart()

    def _draw_chart(self):
        if not self._chart_svg:
            return
        renderer = QSvgRenderer(QByteArray(self._chart_svg.encode("utf-8")))
        size = renderer.defaultSize()
        # as wide as the tab, but no higher than 200 px: the text and buttons below must fit too
        width = max(200, self.detailTabs.width() - 12)
        height = int(width * size.height() / max(size.width(), 1))
        if height > CHART_MAX_HEIGHT:
            width, height = int(width * CHART_MAX_HEIGHT / height), CHART_MAX_HEIGHT
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(int(width * ratio), int(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        self.developmentChart.setPixmap(pixmap)
        self.developmentChart.setMinimumHeight(height)

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._draw_chart()

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
        label = QLabel(document.title)
        label.setWordWrap(True)
        label.setToolTip("{}\n{}\n{}".format(" · ".join(details), document.url, document.note))
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
        self.boundaryButton.setToolTip(text)  # also while an area is shown and the note makes room
