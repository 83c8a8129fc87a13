"""Set up or update the workspace schema: the numbered SQL files in ``sql/``, applied in order.

Each file runs once per database, in its own transaction, under an advisory lock (two
administrators at once do not collide), and is recorded with its checksum in
``gi_meta.schema_migrations``. Running again applies only what is new; a recorded file whose
text changed since is refused (migrations are never edited, a new one is added).
"""

import hashlib
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from .connection import WorkspacePermissionError, WorkspaceSchemaError

_translate = QCoreApplication.translate

SQL_DIR = Path(__file__).resolve().parent / "sql"
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
#: Any fixed number: the lock that serialises migrations in one database.
LOCK_ID = 1505202615

BOOTSTRAP = """
CREATE SCHEMA IF NOT EXISTS gi_meta;
CREATE TABLE IF NOT EXISTS gi_meta.schema_migrations (
    version text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);
"""


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    path: Path

    @property
    def sql(self):
        return self.path.read_text(encoding="utf-8")

    @property
    def checksum(self):
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def available(folder=SQL_DIR):
    """The migrations shipped with the plugin, in order."""
    found = []
    for path in sorted(Path(folder).glob("*.sql")):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(match.group(1), match.group(2), path))
    return found


def latest_version(folder=SQL_DIR):
    migrations = available(folder)
    return migrations[-1].version if migrations else None


def applied(session):
    """{version: checksum} of the migrations recorded in the database ({} for none)."""
    rows = session.query("SELECT to_regclass('gi_meta.schema_migrations') IS NOT NULL")
    if not rows[0][0]:
        return {}
    return dict(session.query("SELECT version, checksum FROM gi_meta.schema_migrations"))


@contextmanager
def as_owner(cursor):
    """Within the cursor's transaction, act as ``gi_owner``, which owns the workspace's tables.

    The administrator need not be a superuser (a login that may create roles lends itself the
    owner role, as the migrations do, and takes it back); a rolled-back transaction takes the
    loan back with everything else.
    """
    cursor.execute("GRANT gi_owner TO CURRENT_USER")
    cursor.execute("SET LOCAL ROLE gi_owner")
    yield cursor
    cursor.execute("RESET ROLE")
    cursor.execute("REVOKE gi_owner FROM CURRENT_USER")


def apply_migrations(session, folder=SQL_DIR):
    """Apply what is missing; return the versions applied now (empty when up to date).

    A login that may not set the workspace up gets a ``WorkspacePermissionError`` that says what
    it lacks (PostGIS in the database, creating roles, owning the database)."""
    try:
        return _apply(session, folder)
    except WorkspacePermissionError as error:
        raise _set_up_refused(session, error) from error


def let_administrator_read(session):
    """The administrator who set the workspace up reads it (``gi_reader``), so that the panel shows
    the workspace's catalogue afterwards also to a login that is no superuser."""
    with session.transaction() as cursor:
        cursor.execute("SELECT pg_has_role(session_user, 'gi_reader', 'USAGE')")
        if not cursor.fetchone()[0]:
            cursor.execute("GRANT gi_reader TO SESSION_USER")


def _set_up_refused(session, error):
    database, postgis = session.query("SELECT current_database()::text, "
                                      "EXISTS (SELECT FROM pg_extension WHERE extname = 'postgis')")[0]
    if not postgis:
        return WorkspacePermissionError(_translate(
            "Workspace", "The database {database} has no PostGIS and your login may not add it. A database administrator "
                         "runs “CREATE EXTENSION postgis;” in it once; then set the workspace up again.").format(
            database=database), error.details)
    return WorkspacePermissionError(_translate(
        "Workspace", "Your login may not set the workspace up in {database}: that needs a login that may create roles "
                     "(CREATEROLE) and owns the database. Nothing was changed.").format(database=database), error.details)


def _apply(session, folder):
    done = []
    for migration in available(folder):
        with session.transaction() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_ID,))
            cursor.execute(BOOTSTRAP)
            cursor.execute("SELECT checksum FROM gi_meta.schema_migrations WHERE version = %s", (migration.version,))
            row = cursor.fetchone()
            if row is not None:
                if row[0] != migration.checksum:
                    raise WorkspaceSchemaError(_translate(
                        "Workspace", "The workspace migration {name} was changed after it had been applied; the workspace "
                                     "was left as it is.").format(name=migration.path.name))
                continue
            cursor.execute(migration.sql)
            cursor.execute("INSERT INTO gi_meta.schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                           (migration.version, migration.name, migration.checksum))
            cursor.execute("GRANT USAGE ON SCHEMA gi_meta TO gi_reader; GRANT SELECT ON gi_meta.schema_migrations TO gi_reader")
            done.append(migration.version)
    return done


def check_version(session, folder=SQL_DIR):
    """Raise ``WorkspaceSchemaError`` unless the database holds this plugin's workspace version."""
    versions = applied(session)
    expected = latest_version(folder)
    if expected not in versions:
        have = max(versions) if versions else None
        raise WorkspaceSchemaError(_translate(
            "Workspace", "The database holds workspace version {have}; this plugin needs {expected}. An administrator "
                         "updates it with “Set up workspace”.").format(have=have or "–", expected=expected))
    return expected
