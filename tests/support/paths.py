"""Where the test suite finds the plugin, its data and its outputs."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
PLUGIN_ID = "gemeinschaftsinitiative_berlin"
PLUGIN_ZIP = REPO / "dist" / (PLUGIN_ID + ".zip")
OUTPUT_DIR = REPO / "tests" / "output"
SHARED_DATA = REPO.parent / "shared" / "data"
#: The small input files of the tests (see its README).
DATA = REPO / "tests" / "data"
