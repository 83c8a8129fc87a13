"""Shared test set-up: import paths, headless Qt, the layers of the suite, the packaged zip, the
output folder, the iface stub.

The suite is in layers, one folder each; every test carries its folder's marker, so that
``pytest -m logic`` or ``make test-fast`` (logic and qgis, without the tests marked ``slow``)
run a part:

- ``logic``: pure logic (rules, parsing, catalogues, reports, source scans): no layer, no widget;
- ``qgis``: real QGIS core headless: layers, styles, renderers, print layouts and PDF;
- ``widgets``: panels, dialogs and controllers with ``qtbot`` and the iface stub;
- ``processing``: the plugin's algorithms through Processing, in process and with ``qgis_process``;
- ``server``: a real QGIS Server (and fault injection) on 127.0.0.1;
- ``database``: the shared workspace on a throwaway PostgreSQL/PostGIS cluster on 127.0.0.1;
- ``desktop``: the real QGIS desktop under Xvfb with the zip installed;
- ``live``: the live Berlin services, only with ``--live``.

Shared helpers are the ``support`` package; fixtures of one layer are in its conftest.py.
"""

import gc
import os
import shutil
import subprocess
import sys

import pytest

from support.paths import OUTPUT_DIR, PLUGIN_ID, PLUGIN_ZIP, REPO

sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LAYERS = ("logic", "qgis", "widgets", "processing", "server", "database", "desktop", "live")


def pytest_addoption(parser):
    parser.addoption("--live", action="store_true", help="also run tests against the live Geoportal Berlin services")


def pytest_collection_modifyitems(config, items):
    tests = REPO / "tests"
    for item in items:
        layer = item.path.relative_to(tests).parts[0]
        if layer in LAYERS:
            item.add_marker(getattr(pytest.mark, layer))
    if config.getoption("--live"):
        return
    skip_live = pytest.mark.skip(reason="talks to the live Berlin services; run with --live")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip_live)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Let QGIS objects of the last test go while QGIS still runs.

    pytest-qgis ends QGIS (exitQgis) in the session teardown, which runs inside the last
    test's teardown; pytest drops that test's arguments only afterwards. A layer among them
    would then be freed after QGIS is gone and crash the interpreter, turning a green run red.
    So the last test releases its arguments first; its fixtures still hold what they need.
    """
    if nextitem is None and getattr(item, "funcargs", None):
        item.funcargs.clear()
        gc.collect()
    yield


@pytest.fixture(autouse=True, scope="session")
def collect_cycles_while_qgis_runs(qgis_app):
    """Torn down just before pytest-qgis ends QGIS: free QGIS objects caught in reference cycles
    (widgets, lambdas and the layers they hold) while QGIS can still delete them."""
    yield
    gc.collect()


@pytest.fixture(autouse=True, scope="session")
def compiled_translation():
    """The German .qm (built by make; built here when a run starts without it): tests read German."""
    if not (REPO / "i18n" / (PLUGIN_ID + "_de.qm")).exists():
        subprocess.run(["make", "transcompile"], cwd=REPO, check=True, capture_output=True)


@pytest.fixture(scope="session")
def plugin_zip():
    """The zip `make package` builds (built here if a test run starts without it)."""
    if not PLUGIN_ZIP.exists():
        subprocess.run(["make", "package"], cwd=REPO, check=True)
    return PLUGIN_ZIP


@pytest.fixture
def provider(qgis_processing):
    """The plugin's Processing provider, registered for one test (the one already there is used)."""
    from qgis.core import QgsApplication

    from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("rgi")
    if existing is not None:
        yield existing
        return
    added = GemeinschaftsinitiativeProvider()
    assert registry.addProvider(added)
    yield added
    registry.removeProvider(added)


@pytest.fixture
def profile_root(request):
    """A folder for a throwaway QGIS profile, outside the system temp folder.

    QGIS 3.22 treats layers whose files lie under the temp folder as temporary and asks
    before closing; a real user's profile never lives there, so the tests' must not either.
    """
    root = REPO / "build" / "test-profiles" / request.node.name
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    return root


@pytest.fixture(scope="session")
def output_dir():
    """Where tests leave screenshots and reports for a person to look at."""
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    return OUTPUT_DIR


@pytest.fixture
def gi_iface(qgis_iface, qgis_new_project, monkeypatch):
    """pytest-qgis's iface, a new project, no plugin settings, and the calls of QGIS's iface that
    pytest-qgis's lacks (Web menu, toolbar, dock, locator; the real ones: tests/desktop)."""
    from qgis.core import QgsProject

    from rgi_plugin.core.common import settings

    registered = []
    for name in ("addPluginToWebMenu", "removePluginWebMenu", "addWebToolBarIcon", "removeWebToolBarIcon", "removeDockWidget"):
        monkeypatch.setattr(qgis_iface, name, lambda *args: None, raising=False)
    monkeypatch.setattr(qgis_iface, "registerLocatorFilter", registered.append, raising=False)
    monkeypatch.setattr(qgis_iface, "deregisterLocatorFilter", registered.remove, raising=False)
    qgis_iface.messageBar().clear_messages()
    settings.remove_all()
    yield qgis_iface
    settings.remove_all()
    QgsProject.instance().removeAllMapLayers()


# -- the shared workspace (database and desktop layers) ------------------------------------------
# A throwaway PostgreSQL/PostGIS cluster on 127.0.0.1 (``support/workspace.py``), one per run,
# a fresh copy of the bundled workspace per test module.

@pytest.fixture(scope="session")
def pg_cluster(qgis_app):
    """The cluster, its logins (support/workspace.py) and a template database migrated and filled with the bundled data."""
    from local_postgres import LocalCluster
    from rgi_plugin.workspace import bundle, migrations
    from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession
    from support.workspace import BEZIRK_EDITORS, FOLDER, LOGINS, PASSWORD, PASSWORD_LOGIN, TEMPLATE

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
    from support.workspace import copy_of_template

    test_workspace = copy_of_template(pg_cluster)
    yield test_workspace
    test_workspace.close()
