"""The house's rules (issue 11), so that they hold as code is added: no module of the plugin over
300 lines, no folder with more than 18 modules (a folder that grows is a room that wants dividing)."""

from support.paths import REPO

MAX_LINES = 300
MAX_MODULES = 18
PLUGIN = REPO / "rgi_plugin"


def test_no_module_is_over_300_lines():
    long = {str(path.relative_to(REPO)): n for path in PLUGIN.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_no_folder_holds_more_than_18_modules():
    crowded = {str(folder.relative_to(REPO)): n for folder in [PLUGIN, *PLUGIN.rglob("*/")] if folder.is_dir()
               if (n := len(list(folder.glob("*.py")))) > MAX_MODULES}
    assert crowded == {}
