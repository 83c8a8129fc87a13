"""Setting the workspace up as Berlin's database administrators would let a GI administrator do it.

In the Land's clusters the GI's administrator is not a superuser: a DBA creates the database
(owned by the GI administrator's login) and, once, the PostGIS extension in it; the GI
administrator may create roles (CREATEROLE). This test runs that case on a cluster of its own, in
which no GI role exists yet, through the panel's own set-up step (``WorkspaceController.set_up``).
"""

import pytest
from qgis.core import Qgis

from rgi_plugin.controllers.workspace import WorkspaceController
from rgi_plugin.workspace import catalogue_store, migrations
from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession
from rgi_plugin.workspace.status import read_status
from support.paths import REPO
from support.widgets import messages

ADMIN = "gi_landesadmin"
READER = "rosa_reader"
BEZIRK_EDITOR = "emil_mitte"


@pytest.fixture(scope="module")
def dba_cluster(qgis_app):
    """A cluster whose superuser (the DBA) made the GI administrator's login, two databases it owns
    (one with PostGIS, one without), one database of the DBA's own and two people's logins; no GI
    role exists yet."""
    from local_postgres import LocalCluster

    folder = REPO / "build" / "test-postgres-dba"
    cluster = LocalCluster(folder, fast=True)
    if cluster.initialised:
        cluster.destroy()
    try:
        cluster.start()
        cluster.execute('CREATE ROLE "{}" LOGIN CREATEROLE'.format(ADMIN))
        for login in (READER, BEZIRK_EDITOR):
            cluster.execute('CREATE ROLE "{}" LOGIN'.format(login))
        cluster.execute('CREATE DATABASE gi_land OWNER "{}"'.format(ADMIN))
        cluster.execute("CREATE EXTENSION postgis", "gi_land")
        cluster.execute('CREATE DATABASE gi_ohne_postgis OWNER "{}"'.format(ADMIN))
        cluster.execute("CREATE DATABASE gi_des_dba")  # the DBA's own, with PostGIS
        cluster.execute("CREATE EXTENSION postgis", "gi_des_dba")
        cluster.services = cluster.write_service_file(folder / "pg_service.conf", {
            login: {"user": login, "dbname": "postgres"} for login in (ADMIN, READER, BEZIRK_EDITOR)})
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def services(dba_cluster, monkeypatch):
    monkeypatch.setenv("PGSERVICEFILE", str(dba_cluster.services))


@pytest.fixture
def set_up(gi_iface, services):
    """Run the panel's set-up for a database as the administrator: (applied versions, messages shown)."""
    def run(dbname):
        controller = WorkspaceController(gi_iface, config=WorkspaceConfig(service=ADMIN, dbname=dbname))
        try:
            applied = controller.set_up()
            shown = {level: messages(gi_iface, level) for level in (Qgis.MessageLevel.Success, Qgis.MessageLevel.Critical)}
            shown["catalogue"] = controller.catalogue_source().origin
        finally:
            controller.unload()
        return applied, shown
    return run


def test_the_administrator_is_no_superuser_and_no_gi_role_exists(dba_cluster):
    assert dba_cluster.execute("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = %s", parameters=(ADMIN,)) == [
        (False, True)]
    # the cluster's own superuser is called gi_admin (scripts/local_postgres.py); the GI's roles are not there yet
    assert dba_cluster.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'gi\\_%%' ORDER BY 1") == [("gi_admin",), (ADMIN,)]


def test_a_gi_administrator_without_superuser_sets_the_workspace_up_from_the_panel(dba_cluster, set_up):
    applied, shown = set_up("gi_land")
    assert applied == ["0001", "0002", "0003", "0004"], shown
    assert shown[Qgis.MessageLevel.Critical] == []
    assert shown[Qgis.MessageLevel.Success] == [
        "Shared workspace:The shared workspace is set up (version 0004). It was filled with the bundled catalogue and "
        "geodata, each row marked as from the bundle. Details are in the log tab 'Gemeinschaftsinitiative'."]

    # the panel reads the workspace's catalogue: the administrator was made a reader by the set-up
    assert shown["catalogue"] == "workspace"

    admin = WorkspaceSession(WorkspaceConfig(service=ADMIN, dbname="gi_land"))
    assert admin.query("SELECT pg_has_role(%s, 'gi_reader', 'USAGE')", (ADMIN,)) == [(True,)]
    assert admin.query("SELECT count(*), min(origin), max(origin) FROM gi.handlungsraum") == [(16, "bundle", "bundle")]
    assert admin.query("SELECT count(*) FROM gi.planungsraum") == [(542,)]
    # the administrator lent itself the owner role only for the set-up; it reads, and keeps no
    # Bezirk's quotas nor the catalogue (PostgreSQL 16 and later make it a member, ADMIN option
    # only, of every role it creates: that lets it grant them, not act as them)
    assert admin.query("SELECT pg_has_role(%s, 'gi_owner', 'USAGE')", (ADMIN,)) == [(False,)]
    status = read_status(admin)
    assert (status.admin, status.coordinator, status.bezirke, status.document_areas) == (True, False, (), ())
    assert migrations.apply_migrations(admin) == []

    # the roles it made work for the people the administrator grants them to
    admin.query('GRANT gi_reader TO "{}"; GRANT gi_bezirk_01 TO "{}"; SELECT 1'.format(READER, BEZIRK_EDITOR))
    reader = WorkspaceSession(WorkspaceConfig(service=READER, dbname="gi_land"))
    assert len(catalogue_store.read_catalogue(reader).areas) == 16
    editor = WorkspaceSession(WorkspaceConfig(service=BEZIRK_EDITOR, dbname="gi_land"))
    assert editor.query("SELECT array_agg(nr ORDER BY nr) FROM gi.bezirk WHERE nr IN (SELECT gi.editable_bezirke())") == [
        (["01"],)]
    for session in (admin, reader, editor):
        session.close()


REFUSALS = {
    "gi_ohne_postgis": "The database gi_ohne_postgis has no PostGIS and your login may not add it. A database administrator "
                       "runs “CREATE EXTENSION postgis;” in it once; then set the workspace up again.",
    "gi_des_dba": "Your login may not set the workspace up in gi_des_dba: that needs a login that may create roles "
                  "(CREATEROLE) and owns the database. Nothing was changed.",
}


@pytest.mark.parametrize("database", sorted(REFUSALS))
def test_a_set_up_the_database_does_not_allow_says_what_it_needs_and_changes_nothing(dba_cluster, set_up, database):
    """Without PostGIS: what the DBA must do; in a database of the DBA's own: what the login needs."""
    applied, shown = set_up(database)
    assert applied is None
    assert shown[Qgis.MessageLevel.Success] == []
    assert shown[Qgis.MessageLevel.Critical] == [
        "Shared workspace:" + REFUSALS[database] + " Details are in the log tab 'Gemeinschaftsinitiative'."]
    assert shown["catalogue"] == "bundled"
    assert dba_cluster.execute("SELECT to_regnamespace('gi') IS NULL, to_regnamespace('gi_meta') IS NULL", database) == [
        (True, True)]
