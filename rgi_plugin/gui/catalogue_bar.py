"""A line under the Handlungsräume list: where the catalogue comes from, and (for coordinators) editing it.

A view: the workspace controller tells it the state (``show_state``) and the area selected in
the list (``set_area``); it asks through its signals. Shown in the Handlungsräume part of the
panel (``AreasPanel.add_bar``).
"""

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from .workspace_panel import describe_source


class CatalogueBar(QWidget):
    #: A new Ressortbeitrag (for the area code selected, "" for none).
    newProgrammeRequested = pyqtSignal(str)
    #: Change a Ressortbeitrag (the ``Ressortbeitrag``).
    editProgrammeRequested = pyqtSignal(object)
    #: A new concept document for the area code selected.
    newDocumentRequested = pyqtSignal(str)
    #: Change a concept document (the ``ConceptDocument``).
    editDocumentRequested = pyqtSignal(object)
    reloadRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("GemeinschaftsinitiativeCatalogueBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.originLabel = QLabel(self)
        self.originLabel.setObjectName("catalogueOriginLabel")
        self.originLabel.setWordWrap(True)
        self.reloadButton = QToolButton(self)
        self.reloadButton.setObjectName("catalogueReloadButton")
        self.reloadButton.setText(self.tr("Read again"))
        self.reloadButton.setToolTip(self.tr("Read the catalogue of the shared workspace again"))
        self.reloadButton.clicked.connect(self.reloadRequested)
        self.editButton = QToolButton(self)
        self.editButton.setObjectName("catalogueEditButton")
        self.editButton.setText(self.tr("Edit catalogue"))
        self.editButton.setToolTip(self.tr("Add or change Ressortbeiträge and concept documents in the shared workspace"))
        self.editButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.editButton)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.editButton.setMenu(self.menu)
        layout.addWidget(self.originLabel, 1)
        layout.addWidget(self.reloadButton)
        layout.addWidget(self.editButton)
        self.catalogue, self.code = None, ""
        self.show_state(None, None, False, False)

    def show_state(self, source, config, configured, may_edit):
        """Where the catalogue comes from (short, the reason in the tooltip); editing for coordinators."""
        self.catalogue = source.catalogue if source is not None else None
        if source is None or source.origin == "workspace":
            text = self.tr("Catalogue: shared workspace") if source is not None else ""
        elif configured:
            text = self.tr("Catalogue: bundled data – the shared workspace cannot be used")
        else:
            text = self.tr("Catalogue: bundled data")
        self.originLabel.setText(text)
        self.originLabel.setToolTip(describe_source(source, config) if config is not None else "")
        self.setVisible(bool(text))
        self.reloadButton.setVisible(configured)
        self.editButton.setVisible(may_edit)

    def set_area(self, code):
        self.code = code or ""

    def _fill_menu(self):
        self.menu.clear()
        area = self.code
        action = self.menu.addAction(self.tr("New Ressortbeitrag…"), lambda: self.newProgrammeRequested.emit(area))
        action.setObjectName("newProgrammeAction")
        programmes = self.catalogue.programmes_for(area) if (self.catalogue is not None and area) else []
        change = self.menu.addMenu(self.tr("Change Ressortbeitrag"))
        change.setObjectName("changeProgrammeMenu")
        for programme in (programmes or (self.catalogue.programmes if self.catalogue is not None else ())):
            change.addAction(programme.programme, lambda p=programme: self.editProgrammeRequested.emit(p))
        self.menu.addSeparator()
        action = self.menu.addAction(self.tr("New concept document…"), lambda: self.newDocumentRequested.emit(area))
        action.setObjectName("newDocumentAction")
        action.setEnabled(bool(area))
        documents = self.catalogue.documents_for(area) if (self.catalogue is not None and area) else []
        change = self.menu.addMenu(self.tr("Change concept document"))
        change.setObjectName("changeDocumentMenu")
        change.setEnabled(bool(documents))
        for document in documents:
            change.addAction(document.title, lambda d=document: self.editDocumentRequested.emit(d))
