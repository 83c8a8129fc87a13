"""Fixtures of the database tests: the shared workspace on a throwaway PostgreSQL/PostGIS cluster
on 127.0.0.1 (``support/workspace.py``), one per run, a fresh copy of it per test module."""

import os

import pytest

from local_postgres import LocalCluster
from rgi_plugin.workspace import bundle, migrations
from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession
from support.workspace import BEZIRK_EDITORS, FOLDER, LOGINS, PASSWORD, PASSWORD_LOGIN, TEMPLATE, copy_of_template


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


@pytest.fixture(scope="module")
def workspace(pg_cluster):
    """A fresh copy of the bundled workspace for the tests of one module."""
    test_workspace = copy_of_template(pg_cluster)
    yield test_workspace
    test_workspace.close()
