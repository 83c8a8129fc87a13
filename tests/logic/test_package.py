"""The zip holds exactly what the plugin needs, and metadata.txt is complete."""

import ast
import configparser
import subprocess
import zipfile

import pytest

from support.paths import PLUGIN_ID, REPO

REQUIRED_METADATA = ["name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                     "repository", "tracker", "homepage", "category", "tags", "icon", "changelog",
                     "hasProcessingProvider", "experimental", "deprecated"]


@pytest.fixture(scope="module")
def zip_names(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        return {name for name in archive.namelist() if not name.endswith("/")}


def tracked(*folders):
    out = subprocess.run(["git", "ls-files", *folders], cwd=REPO, capture_output=True, text=True, check=True).stdout
    return {line for line in out.splitlines() if line}


def test_zip_is_one_plugin_folder(zip_names):
    assert {name.split("/")[0] for name in zip_names} == {PLUGIN_ID}


def test_zip_contains_exactly_the_plugin_files(zip_names):
    inside = {name.split("/", 1)[1] for name in zip_names}
    expected = tracked("rgi_plugin", "resources", "forms") | {
        "__init__.py", "metadata.txt", "LICENSE", "i18n/{}_de.qm".format(PLUGIN_ID)}
    assert inside == expected


@pytest.mark.parametrize("pattern", ["tests/", "__pycache__", ".pyc", "/ui_", "resources_rc", ".ts", "scripts/", ".venv"])
def test_zip_has_no_tests_caches_or_generated_code(zip_names, pattern):
    assert not [name for name in zip_names if pattern in name]


def test_every_path_in_the_pb_tool_config_exists():
    config = configparser.ConfigParser()
    config.read(REPO / "pb_tool.cfg")
    assert config["plugin"]["name"] == PLUGIN_ID
    files = config["files"]
    paths = (files["python_files"] + " " + files["extras"] + " " + files["extra_dirs"]).split()
    assert paths and all((REPO / path).exists() for path in paths), [p for p in paths if not (REPO / p).exists()]
    for locale in files["locales"].split():
        assert (REPO / "i18n" / locale).exists()


def test_metadata_has_every_key_and_targets_qgis_322(plugin_zip):
    config = configparser.ConfigParser()
    with zipfile.ZipFile(plugin_zip) as archive:
        config.read_string(archive.read(PLUGIN_ID + "/metadata.txt").decode("utf-8"))
        names = archive.namelist()
    general = config["general"]
    missing = [key for key in REQUIRED_METADATA if not general.get(key, "").strip()]
    assert missing == []
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["category"] == "Web"
    assert PLUGIN_ID + "/" + general["icon"] in names
    assert general["hasProcessingProvider"].lower() in ("yes", "no")


def test_root_init_holds_only_class_factory():
    tree = ast.parse((REPO / "__init__.py").read_text(encoding="utf-8"))
    body = [node for node in tree.body if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))]
    assert [type(node).__name__ for node in body] == ["FunctionDef"]
    assert body[0].name == "classFactory"


def test_forms_are_clean_designer_files():
    for form in (REPO / "forms").glob("*.ui"):
        text = form.read_text(encoding="utf-8")
        assert "<connections/>" in text or "<connection>" not in text, form.name  # no signal wiring in .ui
