"""Who the login is in the workspace, and which workspace version the database holds.

One query when a session starts (``read_status``): the login, whether it may set the workspace
up (an administrator: superuser or allowed to create roles), the workspace version, and – when
the schema is there – whether it edits the catalogue (``gi_coordinator``), which Bezirke'
Lmb quotas it keeps (``gi_bezirk_NN``) and the areas of those Bezirke, whose concept documents
it keeps. The panel shows it and enables what the login may do;
the database decides in any case (privileges and row-level security).
"""

from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

from . import migrations

_translate = QCoreApplication.translate

STATUS_SQL = """
SELECT session_user::text, current_database()::text,
       (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user),
       to_regclass('gi_meta.schema_migrations') IS NOT NULL,
       CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = 'gi_coordinator')
            THEN pg_has_role('gi_coordinator', 'USAGE') ELSE false END
"""
VERSION_SQL = "SELECT version FROM gi_meta.schema_migrations ORDER BY version"
BEZIRKE_SQL = "SELECT nr::text, name FROM gi.bezirk WHERE nr IN (SELECT gi.editable_bezirke()) ORDER BY nr"
AREAS_SQL = "SELECT code FROM gi.handlungsraum WHERE code IN (SELECT gi.editable_areas()) ORDER BY position, code"


@dataclass(frozen=True)
class WorkspaceStatus:
    user: str
    database: str
    admin: bool  # may apply the migrations (create roles, schemas)
    versions: tuple  # the applied migration versions ("0001", ...); () without a workspace
    expected: str  # the version this plugin needs
    coordinator: bool = False  # edits the catalogue
    bezirke: tuple = ()  # ((nr, name), ...) whose Lmb quotas the login keeps
    document_areas: tuple = ()  # codes of the areas (in those Bezirke) whose concept documents the login keeps

    @property
    def has_workspace(self):
        return bool(self.versions)

    @property
    def up_to_date(self):
        return self.expected in self.versions

    @property
    def bezirk_names(self):
        return ", ".join(name for _, name in self.bezirke)

    def describe(self):
        """One line for the panel: who, and what they may do here."""
        if not self.has_workspace:
            return _translate("Workspace", "Login {user}: the database {database} holds no GI workspace yet.").format(
                user=self.user, database=self.database)
        if not self.up_to_date:
            return _translate("Workspace", "Login {user}: the workspace has version {have}, this plugin needs {expected}.").format(
                user=self.user, have=self.versions[-1], expected=self.expected)
        rights = []
        if self.coordinator:
            rights.append(_translate("Workspace", "edits the catalogue"))
        if self.bezirke:
            rights.append(_translate("Workspace", "keeps the Lmb quotas of {bezirke}").format(bezirke=self.bezirk_names))
        if self.document_areas and not self.coordinator:
            rights.append(_translate("Workspace", "keeps the concept documents of the areas {areas}").format(
                areas=", ".join(self.document_areas)))
        if not rights:
            rights.append(_translate("Workspace", "reads (Lmb only as “at or above the threshold”)"))
        if self.admin:
            rights.append(_translate("Workspace", "administrator"))
        return _translate("Workspace", "Login {user}: {rights}.").format(user=self.user, rights="; ".join(rights))


def read_status(session):
    """The ``WorkspaceStatus`` of the session's login (raises ``WorkspaceError`` like any read)."""
    user, database, admin, has_schema, coordinator = session.query(STATUS_SQL)[0]
    expected = migrations.latest_version()
    versions = tuple(row[0] for row in session.query(VERSION_SQL)) if has_schema else ()
    if expected not in versions:
        return WorkspaceStatus(user, database, bool(admin), versions, expected)
    bezirke = tuple(session.query(BEZIRKE_SQL))
    areas = tuple(row[0] for row in session.query(AREAS_SQL)) if bezirke else ()
    return WorkspaceStatus(user, database, bool(admin), versions, expected, bool(coordinator), bezirke, areas)
