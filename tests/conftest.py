"""Shared test set-up: import paths, headless Qt, the packaged zip, the output folder."""

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PLUGIN_ID = "gemeinschaftsinitiative_berlin"
PLUGIN_ZIP = REPO / "dist" / (PLUGIN_ID + ".zip")
OUTPUT_DIR = REPO / "tests" / "output"
SHARED_DATA = REPO.parent / "shared" / "data"


def pytest_addoption(parser):
    parser.addoption("--live", action="store_true", help="also run tests against the live Geoportal Berlin services")


def pytest_collection_modifyitems(config, items):
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


@pytest.fixture(scope="session")
def plugin_zip():
    """The zip `make package` builds (built here if a test run starts without it)."""
    if not PLUGIN_ZIP.exists():
        subprocess.run(["make", "package"], cwd=REPO, check=True)
    return PLUGIN_ZIP


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
