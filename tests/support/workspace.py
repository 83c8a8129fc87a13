"""The shared workspace of the database tests: a throwaway PostgreSQL/PostGIS cluster's logins,
a test database and its sessions (the fixtures ``pg_cluster`` and ``workspace`` are in ``tests/conftest.py``).

One cluster per test run, in ``build/test-postgres`` (not the system temp folder), on a free
127.0.0.1 port, stopped and removed at the end of the session, also when tests fail. A
template database is migrated and filled with the bundled data once; each test module gets a
copy of it (``CREATE DATABASE ... TEMPLATE``), so tests that edit do not see each other.
"""

import itertools

from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession
from support.paths import REPO

FOLDER = REPO / "build" / "test-postgres"
TEMPLATE = "gi_template"

#: Login roles of the tests -> the workspace roles they are granted.
LOGINS = {
    "gi_admin": (),
    "anna_mitte": ("gi_bezirk_01",),
    "bert_neukoelln": ("gi_bezirk_08",),
    "rita_reader": ("gi_reader",),
    "carl_coordinator": ("gi_coordinator",),
}
#: One editor per Bezirk (for the concurrency test).
BEZIRK_EDITORS = {"editor_{:02d}".format(n): ("gi_bezirk_{:02d}".format(n),) for n in range(1, 13)}
PASSWORD_LOGIN = "paula_password"
PASSWORD = "Geheim-2026"

_counter = itertools.count(1)


class TestWorkspace:
    """A database of the test cluster and sessions for its logins."""

    def __init__(self, cluster, dbname):
        self.cluster, self.dbname = cluster, dbname
        self.sessions = []

    def config(self, login):
        return WorkspaceConfig(service="gi-test-" + login, dbname=self.dbname)

    def session(self, login):
        session = WorkspaceSession(self.config(login))
        self.sessions.append(session)
        return session

    def admin_sql(self, sql, parameters=None):
        return self.cluster.execute(sql, self.dbname, parameters)

    def close(self):
        for session in self.sessions:
            session.close()


def copy_of_template(cluster, prefix="gi_test"):
    """A new database made from the migrated and filled template."""
    name = "{}_{}".format(prefix, next(_counter))
    cluster.execute('CREATE DATABASE "{}" TEMPLATE "{}"'.format(name, TEMPLATE))
    return TestWorkspace(cluster, name)


def store_basic_config(name, user, password):
    """A QGIS authentication configuration (method Basic) in the test profile's store; its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("pytest-master-password", True)
    config = QgsAuthMethodConfig()
    config.setMethod("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    if isinstance(stored, tuple):
        stored, config = stored
    assert stored and config.id()
    return config.id()
