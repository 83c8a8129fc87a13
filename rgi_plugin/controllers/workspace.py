"""The shared workspace in QGIS: the connection the user chose, the catalogue in use, edits, Lmb, projects.

One ``WorkspaceController`` per plugin: it holds the one session of this QGIS session (opened on
first use, re-opened after a dropped connection), knows which catalogue is in use (the
workspace's, or the bundled one and why) and tells the panel through its signals. Every failure
is told through ``gui.messages.notify`` (details in the log tab); an edit that was not saved
stays with the caller (the dialog), which can try again.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.areas.reading import AreaCatalogueError, read_area_catalogue, user_catalogue_dir
from ..core.tables import TableImportError
from ..definitions.paths import profile_folder
from ..gui.messages import notify
from ..workspace import catalogue_store, connection, lmb_store, migrations
from ..workspace.connection import WorkspaceConnectionLost, WorkspaceError, WorkspaceSession
from ..workspace.kept_document import KeptDocument
from ..workspace.status import read_status
from .workspace_projects import WorkspaceProjects


def bundled_catalogue():
    """The catalogue as the plugin reads it without a workspace (the user's copies first)."""
    return read_area_catalogue(user_folder=user_catalogue_dir())


class WorkspaceController(QObject):
    #: The catalogue in use changed (the new ``CatalogueSource``).
    catalogueChanged = pyqtSignal(object)
    #: Connection, login or catalogue origin changed: the panel shows the new state.
    stateChanged = pyqtSignal()

    def __init__(self, iface, parent=None, config=None):
        super().__init__(parent)
        self.iface = iface
        self.config = config if config is not None else connection.read_config()
        self.session = None
        self.status = None  # WorkspaceStatus of the login, once connected
        self.source = None  # CatalogueSource in use, once read
        self.projects = WorkspaceProjects(self)
        self._open_session()

    def unload(self):
        self.projects.unload()
        self._close_session()

    def tell(self, level, message, details=""):
        notify(self.iface.messageBar(), level, message, details, title=self.tr("Shared workspace"))

    def tell_error(self, error, level=Qgis.MessageLevel.Warning):
        self.tell(level, str(error), getattr(error, "details", ""))

    # -- connection --------------------------------------------------------------------------

    @property
    def configured(self):
        return self.config.configured

    @property
    def in_use(self):
        """True while the catalogue comes from the workspace."""
        return self.source is not None and self.source.origin == "workspace"

    def _open_session(self):
        self._close_session()
        self.session = WorkspaceSession(self.config) if self.config.configured else None

    def _close_session(self):
        if self.session is not None:
            self.session.close()
        self.session = None
        self.status = None

    def check(self, config):
        """Try ``config`` without using it: (``WorkspaceStatus``, None) or (None, ``WorkspaceError``)."""
        try:
            with WorkspaceSession(config) as session:
                return read_status(session), None
        except WorkspaceError as error:
            return None, error

    def apply(self, config):
        """Use ``config`` from now on (stored in the settings: no password) and read the catalogue anew."""
        connection.write_config(config)
        self.config = config
        self._open_session()
        self.source = None
        self.reload()

    def set_up(self):
        """Apply the migrations (an administrator's login) and fill an empty workspace with the bundled
        data (each row marked as from the bundle); returns the versions applied, or None on failure."""
        from ..workspace import bundle

        if self.session is None:
            return None
        try:
            applied = migrations.apply_migrations(self.session)
            report = bundle.load_bundle(self.session, with_example_lmb=False)
            migrations.let_administrator_read(self.session)
        except WorkspaceError as error:
            self.tell_error(error, Qgis.MessageLevel.Critical)
            self.reload()
            return None
        version = migrations.latest_version()
        text = self.tr("The shared workspace is set up (version {version}).").format(version=version)
        if report.loaded:
            text += " " + self.tr("It was filled with the bundled catalogue and geodata, each row marked as from the bundle.")
        self.tell(Qgis.MessageLevel.Success, text, "\n".join(["migrations applied: " + (", ".join(applied) or "none")]
                                                            + report.lines()))
        self.reload()
        return applied

    # -- catalogue ---------------------------------------------------------------------------

    def catalogue_source(self):
        """The ``CatalogueSource`` in use (read on first use)."""
        if self.source is None:
            self._read()
            self.stateChanged.emit()
        return self.source

    def catalogue(self):
        return self.catalogue_source().catalogue

    def reload(self):
        """Read the catalogue again (one small round trip when nothing changed) and the login's status."""
        previous = self.source
        self._read()
        if previous is None or self.source.catalogue is not previous.catalogue or self.source.origin != previous.origin:
            self.catalogueChanged.emit(self.source)
        self.stateChanged.emit()
        return self.source

    def _kept_document(self):
        folder = profile_folder("workspace")
        return KeptDocument(folder, self.config) if folder is not None and self.config.configured else None

    def _read(self):
        source = catalogue_store.catalogue_or_bundled(self.session, bundled_catalogue, self._kept_document())
        self.status = None
        if source.origin == "workspace":
            try:
                self.status = read_status(self.session)
            except WorkspaceError as error:
                source = catalogue_store.CatalogueSource(bundled_catalogue(), "bundled", error)
        elif source.error is not None and self.session is not None and self.session.connected:
            try:  # connected, but no (usable) catalogue: who is it, may they set it up?
                self.status = read_status(self.session)
            except WorkspaceError:
                pass
        self.source = source
        if source.error is not None:
            self.tell_error(source.error)

    def _fall_back(self, error):
        """The connection broke: the bundled catalogue, with the reason, until the next read works."""
        try:
            self.source = catalogue_store.CatalogueSource(bundled_catalogue(), "bundled", error)
        except AreaCatalogueError as broken:  # the user's copy of the bundled catalogue is broken: keep the last one read
            self.tell(Qgis.MessageLevel.Critical, str(broken))
            return
        self.status = None
        self.catalogueChanged.emit(self.source)
        self.stateChanged.emit()

    def may_edit_catalogue(self):
        """A coordinator's login: the whole catalogue (Ressortbeiträge and every area's concept documents)."""
        return self.in_use and self.status is not None and self.status.coordinator

    def document_areas(self):
        """The codes of the areas whose concept documents the login adds and changes: every area for a
        coordinator, the areas of their Bezirk(e) for a Bezirk editor, () for others or without a workspace."""
        if not self.in_use or self.status is None:
            return ()
        if self.status.coordinator:
            return tuple(area.code for area in self.catalogue().areas)
        return self.status.document_areas

    def locate_programme(self, programme):
        """The ``Stamp`` of a Ressortbeitrag of the catalogue in use, to open it for a change; None (told why)
        when the workspace cannot be read or someone changed or removed it since the catalogue was read."""
        return self._locate(lambda: catalogue_store.locate_programme(self.session, programme), lambda: self.tr(
            "The Ressortbeitrag “{name}” was changed or removed in the shared workspace after the catalogue was read. "
            "Press “Read again” and open it once more.").format(name=programme.programme))

    def locate_document(self, document):
        """(workspace id, ``Stamp``) of a concept document of the catalogue in use, to open it for a change; None
        (told why) when the workspace cannot be read or the area's documents changed since the catalogue was read."""
        return self._locate(lambda: catalogue_store.locate_document(self.session, self.catalogue(), document), lambda: self.tr(
            "The concept documents of {area} were changed in the shared workspace after the catalogue was read. "
            "Press “Read again” and open the document once more.").format(area=self._area_label(document.area)))

    def _area_label(self, code):
        try:
            return self.catalogue().area(code).label
        except KeyError:
            return code

    def attempt(self, work, level=Qgis.MessageLevel.Warning):
        """Run ``work()`` against the workspace: (True, its result), or (False, the error) told to the
        user at ``level``; a lost connection is told as critical and falls back to the bundled catalogue."""
        try:
            return True, work()
        except WorkspaceConnectionLost as error:
            self.tell_error(error, Qgis.MessageLevel.Critical)
            self._fall_back(error)
            return False, error
        except WorkspaceError as error:
            self.tell_error(error, level)
            return False, error

    def _locate(self, locate, changed):
        """What ``locate`` finds in the workspace; None when it cannot be read or finds nothing (``changed()`` says why)."""
        if self.session is None:
            self.tell(Qgis.MessageLevel.Warning, self.tr("No shared workspace is configured."))
            return None
        ok, found = self.attempt(locate)
        if not ok:
            return None
        if found is None:
            self.tell(Qgis.MessageLevel.Warning, changed())
        return found

    def save_programme(self, programme, since=None, new=False):
        """Save a Ressortbeitrag; None when saved, else the message (the caller keeps the edit)."""
        return self._edit(lambda: catalogue_store.save_programme(self.session, programme, seen=True, since=None if new else since),
                          self.tr("The Ressortbeitrag “{name}” was saved in the shared workspace.").format(name=programme.programme))

    def save_document(self, document, document_id=None, since=None):
        """Save a concept document (new when ``document_id`` is None); None when saved, else the message."""
        return self._edit(lambda: catalogue_store.save_document(self.session, document, document_id, since=since)[1],
                          self.tr("The concept document “{title}” was saved in the shared workspace.").format(title=document.title))

    def _edit(self, save, success):
        if self.session is None:
            return self.tr("No shared workspace is configured.")
        ok, error = self.attempt(save)
        if not ok:
            return str(error)
        self.tell(Qgis.MessageLevel.Success, success)
        self.reload()
        return None

    # -- Lmb ---------------------------------------------------------------------------------

    def lmb_bezirke(self):
        """The Bezirk names whose quotas this login keeps ('' when none, or no workspace in use)."""
        return self.status.bezirk_names if self.in_use and self.status is not None else ""

    def store_lmb(self, imported, school_year=None):
        """Store an Lmb import for the login's Bezirk(e): the ``LmbStoreReport``, or None (told why)."""
        ok, report = self.attempt(lambda: lmb_store.store_import(self.session, imported, school_year))
        return report if ok else None

    def read_lmb(self, school_year, schools):
        """The workspace's quotas of ``school_year`` the login may see, read by the one Lmb reader.

        Raises ``TableImportError`` with the reason when the workspace cannot be read.
        """
        if self.session is None:
            raise TableImportError(self.tr("The Lmb quotas of this project are in the shared workspace, and no workspace is "
                                           "configured."))
        try:
            return lmb_store.read_import(self.session, school_year, schools)
        except WorkspaceError as error:
            raise TableImportError(str(error)) from error

    def threshold_layer(self):
        """The threshold view of the latest school year as a layer, or None (told why)."""
        from ..workspace import lmb_layers

        ok, (year, example) = self.attempt(lambda: lmb_layers.latest_threshold_year(self.session))
        if not ok:
            return None
        if year is None:
            self.tell(Qgis.MessageLevel.Info, self.tr("The shared workspace holds no Lmb quotas yet."))
            return None
        ok, layer = self.attempt(lambda: lmb_layers.threshold_layer(self.config, year, example))
        return layer if ok else None
