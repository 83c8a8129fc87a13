"""QGIS projects saved in and opened from the workspace, through QGIS's own PostgreSQL project storage.

QGIS (3.2 and later, so all supported versions) stores a project in the table ``qgis_projects``
of a schema and opens it from a URI ``postgresql:///?service=…&dbname=…&schema=gi&project=…``
(with ``authcfg=…`` and host/port instead of the service when the connection is a QGIS
authentication configuration; never a password). The same URI works in QGIS's own *Project ›
Open From / Save To › PostgreSQL*. The table comes with migration 0002, readable by every GI
role, writable by coordinators and Bezirk editors.

Every GI role reads these projects, so a project must not carry quotas: ``ProjectGuard`` takes
Lmb values embedded in the project out of what is written to the workspace, whoever saves it
(the plugin or QGIS's menu), and puts them back into the open project right after.
"""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, QUrl, QUrlQuery, pyqtSignal

from ..core.indicators.lmb import stored_entry
from ..definitions import properties
from .connection import WorkspaceError

_translate = QCoreApplication.translate

SCHEMA = "gi"
SCHEME = "postgresql"


def project_uri(config, name=""):
    """The project-storage URI of ``name`` in the workspace of ``config`` (no password in it)."""
    url = QUrl()
    url.setScheme(SCHEME)
    query = QUrlQuery()
    if config.service:
        query.addQueryItem("service", config.service)
    else:
        url.setHost(config.host or "localhost")
        if config.port:
            url.setPort(int(config.port))
    if config.authcfg:
        query.addQueryItem("authcfg", config.authcfg)
    query.addQueryItem("dbname", config.dbname)
    query.addQueryItem("schema", SCHEMA)
    if name:
        query.addQueryItem("project", name)
    url.setQuery(query)
    return bytes(url.toEncoded()).decode("utf-8")


def is_workspace_uri(file_name):
    return str(file_name or "").startswith(SCHEME + ":")


def list_projects(session):
    """[(name, changed_by, changed_at)] of the projects in the workspace, by name."""
    return session.query("SELECT name, coalesce(changed_by, ''), changed_at FROM gi.qgis_projects ORDER BY name")


def save_project(config, name, project=None):
    """Save ``project`` (default: the current one) as ``name`` in the workspace; raises ``WorkspaceError``."""
    project = project or QgsProject.instance()
    name = name.strip()
    if not name:
        raise WorkspaceError(_translate("Workspace", "A project in the workspace needs a name."))
    if not project.write(project_uri(config, name)):
        raise WorkspaceError(_translate("Workspace", "The project “{name}” could not be saved in the shared workspace.").format(
            name=name), project.error())
    return project.fileName()


def open_project(config, name, project=None):
    """Open ``name`` from the workspace into ``project`` (default: the current one); raises ``WorkspaceError``."""
    project = project or QgsProject.instance()
    if not project.read(project_uri(config, name)):
        raise WorkspaceError(_translate("Workspace", "The project “{name}” could not be opened from the shared workspace.").format(
            name=name), project.error())
    return project.fileName()


class ProjectGuard(QObject):
    """Keeps embedded Lmb quotas out of projects written to the workspace.

    Connected to ``QgsProject.writeProject``, which QGIS emits before it writes the project's
    entries: when the target is the workspace and the project embeds Lmb values, the entry is
    taken out (so it is not written) and put back once the save is done.
    """

    #: Emitted when embedded values were kept out of a saved project (the project's name).
    valuesKeptOut = pyqtSignal(str)

    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self._held = None
        self.project.writeProject.connect(self._before_write)

    def remove(self):
        self.project.writeProject.disconnect(self._before_write)
        self.restore()

    def _before_write(self, _document):
        if not is_workspace_uri(self.project.fileName()):
            return
        entry = stored_entry(self.project)
        if entry is None or entry.get("mode") != "embedded":
            return
        self._held = self.project.readEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, "")[0]
        self.project.removeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY)
        QTimer.singleShot(0, self.restore)  # the write runs to its end before the event loop turns
        self.valuesKeptOut.emit(self.project.fileName())

    def restore(self):
        """Put the held entry back into the open project (nothing when none is held)."""
        if self._held is not None:
            dirty = self.project.isDirty()
            self.project.writeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, self._held)
            self.project.setDirty(dirty)
            self._held = None
