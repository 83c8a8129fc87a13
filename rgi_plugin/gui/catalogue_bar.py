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
        self.editButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.editButton)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.editButton.setMenu(self.menu)
        layout.addWidget(self.originLabel, 1)
        layout.addWidget(self.reloadButton)
        layout.addWidget(self.editButton)
        self.catalogue, self.code = None, ""
        self.may_edit_programmes, self.document_areas = False, ()
        self.show_state(None, None, False, False)

    def show_state(self, source, config, configured, may_edit, document_areas=()):
        """Where the catalogue comes from (short, the reason in the tooltip); editing for coordinators
        (``may_edit``: Ressortbeiträge) and for those who keep the concept documents of ``document_areas``."""
        self.catalogue = source.catalogue if source is not None else None
        self.may_edit_programmes, self.document_areas = may_edit, tuple(document_areas)
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
        self.editButton.setVisible(bool(may_edit or self.document_areas))
        self.editButton.setToolTip(self.tr("Add or change Ressortbeiträge and concept documents in the shared workspace")
                                   if may_edit else self.tr("Add or change the concept documents of your Bezirk's areas "
                                                            "in the shared workspace"))

    def set_area(self, code):
        self.code = code or ""

    def _fill_menu(self):
        self.menu.clear()
        area = self.code
        if self.may_edit_programmes:
            action = self.menu.addAction(self.tr("New Ressortbeitrag…"), lambda: self.newProgrammeRequested.emit(area))
            action.setObjectName("newProgrammeAction")
            programmes = self.catalogue.programmes_for(area) if (self.catalogue is not None and area) else []
            change = self.menu.addMenu(self.tr("Change Ressortbeitrag"))
            change.setObjectName("changeProgrammeMenu")
            for programme in (programmes or (self.catalogue.programmes if self.catalogue is not None else ())):
                change.addAction(programme.programme, lambda p=programme: self.editProgrammeRequested.emit(p))
            self.menu.addSeparator()
        keeps = bool(area) and area in self.document_areas  # the documents of the selected area are the login's to keep
        action = self.menu.addAction(self.tr("New concept document…"), lambda: self.newDocumentRequested.emit(area))
        action.setObjectName("newDocumentAction")
        action.setEnabled(keeps)
        documents = self.catalogue.documents_for(area) if (self.catalogue is not None and area) else []
        change = self.menu.addMenu(self.tr("Change concept document"))
        change.setObjectName("changeDocumentMenu")
        change.setEnabled(keeps and bool(documents))
        if area and not keeps:
            note = self.menu.addAction(self.tr("The concept documents of {area} are kept by its Bezirk and the Senate's "
                                               "coordinators").format(area=area))
            note.setObjectName("notKeptNote")
            note.setEnabled(False)
        for document in documents:
            change.addAction(document.title, lambda d=document: self.editDocumentRequested.emit(d))
