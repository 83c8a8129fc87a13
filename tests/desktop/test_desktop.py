"""The real QGIS desktop under Xvfb, with the packaged zip installed into a fresh profile.

This is the final proof that the plugin works for a person: QGIS starts, the plugin is loaded
and enabled, its dock opens and shows the bundled data, and loading/unloading it 50 times
leaves nothing behind. Screenshots land in tests/output/.
"""

import json
import shutil
import subprocess

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtGui import QColor, QImage

from qgis_profile import prepare_profile, qgis_command
from support.paths import PLUGIN_ID, REPO

pytestmark = pytest.mark.desktop

XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"]
QGIS_SHORT_VERSION = "{}.{}".format(Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100)


@pytest.fixture(scope="module")
def desktop_check(plugin_zip, output_dir):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run and qgis are needed: run `make setup`")
    root = REPO / "build" / "test-profiles" / "desktop_check"
    # The panel was open when this user last closed QGIS (stored as QSettings writes a bool).
    prepare_profile(root, plugin_zip, "de", plugin_settings={"dock_visible": "true"})
    result_file = root / "result.json"
    result_file.unlink(missing_ok=True)  # never read a result of an earlier run
    # one per QGIS version: the matrix keeps the screenshots of each version side by side
    screenshot = output_dir / "desktop_smoke_de_qgis{}.png".format(QGIS_SHORT_VERSION)
    screenshot.unlink(missing_ok=True)
    env = {
        **__import__("os").environ,
        "GI_CHECK_RESULT": str(result_file),
        "GI_CHECK_SCREENSHOT": str(screenshot),
    }
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the virtual X screen
    command = XVFB + qgis_command(root, REPO / "tests" / "desktop" / "check_in_qgis.py", "de")
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result_file.exists(), "QGIS wrote no result (exit {}):\n{}\n{}".format(run.returncode, run.stdout[-3000:], run.stderr[-3000:])
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert "error" not in result, result["error"]
    return {"result": result, "screenshot": screenshot, "profile": root}


def test_plugin_is_installed_from_zip_loaded_and_enabled(desktop_check):
    result = desktop_check["result"]
    assert (desktop_check["profile"] / "profiles" / "default" / "python" / "plugins" / PLUGIN_ID / "metadata.txt").exists()
    assert result["loaded"] is True
    assert result["active"] is True
    assert "&Gemeinschaftsinitiative" in result["inventory_at_start"]["web_menu"]
    assert result["toggle_in_web_toolbar"] is True


def test_panel_reopens_as_the_user_left_it_and_the_button_toggles_it(desktop_check):
    result = desktop_check["result"]
    assert result["dock_open_at_start"] is True
    assert result["toggle_checked_at_start"] is True
    assert result["dock_open_after_first_click"] is False


def test_toolbar_button_opens_the_german_dock_with_the_bundled_data(desktop_check):
    dock = desktop_check["result"]["dock"]
    assert dock["exists"] and dock["visible"]
    assert dock["title"] == "Gemeinschaftsinitiative"
    assert dock["demo_button"] == "Übersichtskarte laden"
    assert dock["datasets"] == [
        "Handlungsräume der Gemeinschaftsinitiative (Näherung)",
        "LOR-Planungsräume 2021",
        "LOR-Bezirksregionen 2021",
        "LOR-Prognoseräume 2021",
        "Monitoring Soziale Stadtentwicklung 2021 (Indizes)",
        "Schulen (Stand Oktober 2023)",
        "Bezirke",
        "LOR-Planungsräume vor 2021 (Stand 2019)",
        "Monitoring Soziale Stadtentwicklung 2013 (Indizes)",
        "Monitoring Soziale Stadtentwicklung 2015 (Indizes)",
        "Monitoring Soziale Stadtentwicklung 2017 (Indizes)",
        "Monitoring Soziale Stadtentwicklung 2019 (Indizes)",
        "Gesundheits- und Sozialstrukturatlas 2022 (GESIx, ESIx 2013 und 2022)",
    ]


def test_demo_map_loads_valid_layers_in_25833(desktop_check):
    layers = desktop_check["result"]["demo_layers"]
    # the first map (issue 13): Handlungsräume, Bezirke, Planungsräume; schools and MSS 2021 switched off
    assert [(layer["features"], layer["valid"], layer["crs"]) for layer in layers] == [
        (16, True, "EPSG:25833"),
        (12, True, "EPSG:25833"),
        (542, True, "EPSG:25833"),
        (902, True, "EPSG:25833"),
        (542, True, "EPSG:25833"),
    ]


def test_screenshot_shows_the_map_and_the_dock(desktop_check):
    image = QImage(str(desktop_check["screenshot"]))
    assert not image.isNull() and image.width() >= 1280
    # The outlines of the Handlungsräume (#c8102e) are drawn on the map: the map really rendered.
    target = QColor("#c8102e")
    red = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if abs(QColor(image.pixel(x, y)).red() - target.red()) < 12
        and abs(QColor(image.pixel(x, y)).green() - target.green()) < 12
        and abs(QColor(image.pixel(x, y)).blue() - target.blue()) < 12
    )
    # (sampled every 2nd pixel in both directions; the tabbed panel leaves the map ~1000 px wide)
    assert red > 120, "too few outline pixels of the Handlungsräume on screen: {}".format(red)


def test_selecting_06_shows_wedding_in_german_on_panel_and_map(desktop_check):
    area = desktop_check["result"]["area_panel"]
    assert area["tab"] == "Handlungsräume"
    assert area["current"] == "06" and area["highlighted_on_map"] == "06"
    assert "06 Wedding" in area["detail"] and "Mitte" in area["detail"]
    assert "Kennzahlen" in area["detail"] and "Einwohner\n142.102" in area["detail"] and "Ressortbeiträge" in area["detail"]
    assert "Öffentliche Grundschulen\n15" in area["detail"]
    assert area["open_button"] == "Öffnen"
    assert area["layer_actions"] == ["Konzept öffnen"]
    assert area["layer_name"] == "Handlungsräume der Gemeinschaftsinitiative (Näherung)"
    assert area["legend"][0].startswith("Amtliche Beschreibung") and area["legend"][1].startswith("Näherung")
    shot = QImage(str(desktop_check["screenshot"]).replace(".png", "_06_wedding.png"))
    assert not shot.isNull()


def test_fifty_load_unload_cycles_leave_nothing_behind(desktop_check):
    result = desktop_check["result"]
    baseline, loaded, after = result["baseline"], result["while_loaded"], result["after_cycles"]
    assert result["cycles"] == 50
    # While loaded, the inventory does see the plugin (so the comparison below can fail) ...
    assert loaded["gi_actions"] and "GemeinschaftsinitiativeDock" in loaded["docks"]
    assert "&Gemeinschaftsinitiative" in loaded["web_menu"]
    assert "gemeinschaftsinitiative" in loaded["locator_filters"]
    assert "rgi" in loaded["processing_providers"] and "rgi" not in baseline["processing_providers"]
    assert loaded["map_tool"] == "AreaPickTool"
    assert loaded["translation_probe"] == "Bedienfeld Gemeinschaftsinitiative"
    # ... and after 50 cycles nothing of it is left: actions, menus, toolbar, docks,
    # processing providers, locator filters, the translator.
    assert baseline["gi_actions"] == [] and "GemeinschaftsinitiativeDock" not in baseline["docks"]
    for key in ("actions", "gi_actions", "web_menu", "web_toolbar", "toolbars", "docks", "processing_providers", "locator_filters",
                "map_tool"):
        assert after[key] == baseline[key], key
    assert after["translation_probe"] == baseline["translation_probe"] == "Community Initiative panel"


def test_make_run_path_opens_qgis_with_the_demo_map(plugin_zip, profile_root, output_dir):
    """What `xvfb-run make run` does, with --screenshot so QGIS closes by itself."""
    screenshot = output_dir / "make_run_de.png"
    screenshot.unlink(missing_ok=True)
    env = dict(__import__("os").environ)
    env.pop("QT_QPA_PLATFORM", None)
    command = XVFB + ["/usr/bin/python3", str(REPO / "scripts" / "run_qgis.py"), "--zip", str(plugin_zip),
                      "--lang", "de", "--profile-root", str(profile_root), "--screenshot", str(screenshot)]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr[-3000:]
    image = QImage(str(screenshot))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the QGIS window looks empty"
