"""A throwaway PostgreSQL/PostGIS cluster for the workspace tests (fixtures) and its logins.

One cluster per test run, in ``build/test-postgres`` (not the system temp folder), on a free
127.0.0.1 port, stopped and removed at the end of the session, also when tests fail. A
template database is migrated and filled with the bundled data once; each test module gets a
copy of it (``CREATE DATABASE ... TEMPLATE``), so tests that edit do not see each other.
"""

import itertools
import os
from pathlib import Path

import pytest

from local_postgres import LocalCluster
from rgi_plugin.workspace import bundle, migrations
from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession

REPO = Path(__file__).resolve().parent.parent
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


@pytest.fixture(scope="session")
def pg_cluster(qgis_app):
    cluster = LocalCluster(FOLDER, password_roles=(PASSWORD_LOGIN,), fast=True)
    if cluster.initialised:  # left over from a crashed run
        cluster.destroy()
    previous = os.environ.get("PGSERVICEFILE")
    try:
        cluster.start()
        logins = dict(LOGINS, **BEZIRK_EDITORS)
        services = {"gi-test-" + login: {"user": login, "dbname": "postgres"} for login in logins}
        services["gi-test-" + PASSWORD_LOGIN] = {"user": PASSWORD_LOGIN, "dbname": "postgres"}
        os.environ["PGSERVICEFILE"] = str(cluster.write_service_file(FOLDER / "pg_service.conf", services))
        cluster.create_database(TEMPLATE)
        admin = WorkspaceSession(WorkspaceConfig(service="gi-test-gi_admin", dbname=TEMPLATE))
        migrations.apply_migrations(admin)  # creates the gi_* roles the logins are granted
        for login, roles in logins.items():
            if login != "gi_admin":
                cluster.create_login(login, roles)
        cluster.create_login(PASSWORD_LOGIN, ("gi_reader",), password=PASSWORD)
        cluster.bundle_report = bundle.load_bundle(admin)
        admin.close()
        yield cluster
    finally:
        if previous is None:
            os.environ.pop("PGSERVICEFILE", None)
        else:
            os.environ["PGSERVICEFILE"] = previous
        cluster.destroy()


def copy_of_template(cluster, prefix="gi_test"):
    name = "{}_{}".format(prefix, next(_counter))
    cluster.execute('CREATE DATABASE "{}" TEMPLATE "{}"'.format(name, TEMPLATE))
    return TestWorkspace(cluster, name)


@pytest.fixture(scope="module")
def workspace(pg_cluster):
    """A fresh copy of the bundled workspace for the tests of one module."""
    test_workspace = copy_of_template(pg_cluster)
    yield test_workspace
    test_workspace.close()
