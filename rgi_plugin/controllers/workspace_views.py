"""The workspace's widgets wired to the workspace controller: the "Workspace" tab, the catalogue line
under the Handlungsräume list, the edit dialogs and the project dialogs.

What the user asks for happens in ``WorkspaceController``; this module asks the questions
(which project, really set up?) and keeps the views current with its ``stateChanged``.
"""

from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QInputDialog, QMessageBox

from ..gui.catalogue_bar import CatalogueBar
from ..gui.catalogue_edit import DocumentDialog, ProgrammeDialog
from ..gui.workspace_panel import WorkspacePanel


class WorkspaceViews(QObject):
    def __init__(self, iface, workspace, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.workspace = workspace
        self.panel = self.bar = None
        workspace.stateChanged.connect(self.refresh)

    def unload(self):
        self.workspace.stateChanged.disconnect(self.refresh)
        self.panel = self.bar = None

    # -- views -------------------------------------------------------------------------------

    def create_panel(self, parent=None):
        """The "Workspace" tab of the dock."""
        self.panel = WorkspacePanel(parent)
        self.panel.set_config(self.workspace.config)
        self.panel.checkRequested.connect(self.check)
        self.panel.applyRequested.connect(self.workspace.apply)
        self.panel.setUpRequested.connect(self.ask_set_up)
        self.panel.reloadRequested.connect(self.workspace.reload)
        self.panel.loadLmbRequested.connect(self.load_lmb)
        self.panel.saveProjectRequested.connect(self.ask_save_project)
        self.panel.openProjectRequested.connect(self.ask_open_project)
        self.refresh()
        return self.panel

    def create_bar(self, areas_panel):
        """The catalogue line under the Handlungsräume list of ``areas_panel``."""
        self.bar = CatalogueBar(areas_panel)
        self.bar.set_area(areas_panel.current_code())
        areas_panel.areaSelected.connect(self.bar.set_area)
        self.bar.reloadRequested.connect(self.workspace.reload)
        self.bar.newProgrammeRequested.connect(lambda code: self.edit_programme(None, code))
        self.bar.editProgrammeRequested.connect(self.edit_programme)
        self.bar.newDocumentRequested.connect(lambda code: self.edit_document(None, code))
        self.bar.editDocumentRequested.connect(self.edit_document)
        self.refresh()
        return self.bar

    def refresh(self):
        workspace = self.workspace
        if self.panel is not None:
            self.panel.show_state(workspace.source, workspace.status, workspace.config)
        if self.bar is not None:
            self.bar.show_state(workspace.source, workspace.config, workspace.configured, workspace.may_edit_catalogue(),
                                workspace.document_areas())

    def check(self, config):
        status, error = self.workspace.check(config)
        if self.panel is not None:
            self.panel.show_check(status, error)
        return status, error

    def load_lmb(self):
        """The workspace's Lmb criterion on the map, as the login may see it."""
        from ..definitions import datasets
        from .imports import show_workspace_lmb
        from .indicators import bundled_layer

        return show_workspace_lmb(self.iface, self.workspace, bundled_layer(datasets.SCHULEN_2023))

    # -- edits -------------------------------------------------------------------------------

    def _parent(self):
        return self.iface.mainWindow()

    def edit_programme(self, programme=None, area_code="", run=True):
        """The Ressortbeitrag dialog; the edit is saved by the controller, a refusal keeps it open.

        A change is offered only of the Ressortbeitrag as it is in the workspace now (None and told
        why otherwise: saving what the panel shows would undo someone else's change)."""
        stamp = self.workspace.locate_programme(programme) if programme is not None else None
        if programme is not None and stamp is None:
            return None
        dialog = ProgrammeDialog(self.workspace.catalogue(), lambda edited: self.workspace.save_programme(
            edited, since=stamp.changed_at if stamp is not None else None, new=programme is None), programme, area_code, stamp,
            self._parent())
        return self._run(dialog, run)

    def edit_document(self, document=None, area_code="", run=True):
        """The concept-document dialog, as ``edit_programme``; a document is addressed by its workspace id, found
        only while the area's documents are those the panel shows (None and told why otherwise)."""
        found = self.workspace.locate_document(document) if document is not None else (None, None)
        if found is None:
            return None
        document_id, stamp = found
        dialog = DocumentDialog(self.workspace.catalogue(), lambda edited: self.workspace.save_document(
            edited, document_id, stamp.changed_at if stamp is not None else None), document, area_code, stamp, self._parent(),
            areas=self.workspace.document_areas())
        return self._run(dialog, run)

    @staticmethod
    def _run(dialog, run):
        if run:
            dialog.exec()
        return dialog

    # -- set-up and projects -------------------------------------------------------------------

    def ask_set_up(self):
        answer = QMessageBox.question(
            self._parent(), self.tr("Set up workspace"),
            self.tr("Create or update the GI workspace schema in the database {where}? An empty workspace is then filled with the "
                    "bundled catalogue and geodata (marked as from the bundle); existing data are kept.").format(
                where=self.workspace.config.describe()))
        if answer == QMessageBox.StandardButton.Yes:
            return self.workspace.set_up()
        return None

    def ask_save_project(self):
        from qgis.core import QgsProject

        current = QgsProject.instance().baseName() or self.tr("GI map")
        name, accepted = QInputDialog.getText(self._parent(), self.tr("Save project in the workspace"), self.tr("Project name:"),
                                              text=current)
        if accepted and name.strip():
            return self.workspace.projects.save_project(name.strip())
        return None

    def ask_open_project(self):
        projects = self.workspace.projects.project_names()
        if not projects:
            QMessageBox.information(self._parent(), self.tr("Open project from the workspace"),
                                    self.tr("The shared workspace holds no project yet."))
            return None
        labels = ["{} ({}, {})".format(name, who or "–", when.strftime("%d.%m.%Y %H:%M") if when else "–")
                  for name, who, when in projects]
        label, accepted = QInputDialog.getItem(self._parent(), self.tr("Open project from the workspace"), self.tr("Project:"),
                                               labels, 0, False)
        if accepted and label in labels:
            return self.workspace.projects.open_project(projects[labels.index(label)][0])
        return None
