"""Issue 13 as a new user sees it, in the real QGIS desktop in German, at 1280×800 and 1600×1000:
the first map, and the development of 06 Wedding in the panel. Screenshots land in tests/output/."""

import json
import shutil
import subprocess

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtGui import QImage

from qgis_profile import prepare_profile, qgis_command
from support.paths import REPO

pytestmark = pytest.mark.desktop

QGIS_SHORT_VERSION = "{}.{}".format(Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100)


@pytest.fixture(scope="module", params=["1280x800", "1600x1000"])
def session(request, plugin_zip, output_dir):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run and qgis are needed: run `make setup`")
    size = request.param
    root = REPO / "build" / "test-profiles" / "desktop_editions_{}".format(size)
    prepare_profile(root, plugin_zip, "de", plugin_settings={"dock_visible": "true"})
    result_file = root / "result.json"
    result_file.unlink(missing_ok=True)
    prefix = output_dir / "editions_de_{}_qgis{}".format(size, QGIS_SHORT_VERSION)
    env = {**__import__("os").environ, "GI_CHECK_RESULT": str(result_file), "GI_CHECK_SCREENSHOTS": str(prefix)}
    env.pop("QT_QPA_PLATFORM", None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 {}x24".format(size)] + qgis_command(
        root, REPO / "tests" / "desktop" / "editions_in_qgis.py", "de")
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result_file.exists(), "QGIS wrote no result (exit {}):\n{}\n{}".format(run.returncode, run.stdout[-3000:], run.stderr[-3000:])
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert "error" not in result, result["error"]
    return {"result": result, "prefix": prefix, "size": [int(v) for v in size.split("x")]}


def test_the_first_map_shows_the_areas_on_bezirke_and_planungsraeume(session):
    result = session["result"]
    assert result["first_map_layers"][:3] == [
        "Handlungsräume der Gemeinschaftsinitiative (Näherung)", "Bezirke", "LOR-Planungsräume 2021"]
    assert result["visible"] == [True, True, True, False, False]
    image = QImage("{}_first_map.png".format(session["prefix"]))
    assert [image.width(), image.height()] == session["size"]  # the whole screen, in device pixels
    # every area labelled, legibly: no label over another, none cut by the edge of the map
    assert result["area_labels"] == ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                                     "13a", "13b", "13c", "13d"]
    assert result["area_labels_overlapping"] == [] and result["area_labels_cut"] == []
    # 13a–13d are seen: the small ones carry a marker that no label covers
    assert {"13a", "13d"} <= set(result["markers"]) and result["markers_covered"] == []


def test_the_panel_shows_wedding_2013_to_2021_and_the_trend_without_scrolling(session):
    result = session["result"]
    assert result["tabs"] == ["Überblick", "Kennzahlen", "Entwicklung", "Beiträge"]
    assert result["development_tab"] == "Entwicklung" and result["chart_drawn"] and result["chart_svg_has_trend"]
    assert "neueste MSS-Ausgabe gegen MSS 2017, ±5 Prozentpunkte" in result["development_text"]
    assert result["development_fits"], "the development tab needs more room than the panel gives it"
    for tab in ("overview", "figures"):
        assert not result["{}_scrolls".format(tab)], "the {} of 06 Wedding needs scrolling".format(tab)
    # (the list of Wedding's 15 Ressortbeiträge is a list: it may scroll, in a readable font)
    assert "06 Wedding" in result["overview_text"] and "Einwohner" in result["overview_text"]
