"""QGIS projects in the shared workspace: list, save, open (QGIS's own PostgreSQL project storage),
and the guard that keeps embedded Lmb values out of projects written there."""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject

from ..workspace import projects


class WorkspaceProjects(QObject):
    """The projects part of a ``WorkspaceController`` (its connection, session and messages)."""

    def __init__(self, workspace):
        super().__init__(workspace)
        self.workspace = workspace
        self.guard = projects.ProjectGuard()
        self.guard.valuesKeptOut.connect(self._values_kept_out)

    def unload(self):
        self.guard.remove()

    def project_names(self):
        """[(name, changed_by, changed_at)] of the projects in the workspace ([] and told why on failure)."""
        ok, names = self.workspace.attempt(lambda: projects.list_projects(self.workspace.session))
        return names if ok else []

    def save_project(self, name, project=None):
        ok, uri = self.workspace.attempt(lambda: projects.save_project(self.workspace.config, name, project), Qgis.MessageLevel.Critical)
        if not ok:
            return None
        message = self.tr("The project was saved in the shared workspace as “{name}”.").format(name=name)
        self.workspace.tell(Qgis.MessageLevel.Success, message, uri)
        return uri

    def open_project(self, name, project=None):
        ok, uri = self.workspace.attempt(lambda: projects.open_project(self.workspace.config, name, project), Qgis.MessageLevel.Critical)
        return uri if ok else None

    def _values_kept_out(self, uri):
        message = self.tr("The Lmb quotas embedded in this project were not saved into the shared workspace, whose projects "
                          "every GI role reads. Store the quotas in the workspace (Lmb import) to share them with your Bezirk.")
        self.workspace.tell(Qgis.MessageLevel.Warning, message, uri)
