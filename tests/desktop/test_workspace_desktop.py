"""Two QGIS profiles, two roles, one shared workspace: the real QGIS desktop under Xvfb, started as
`make run-workspace` starts it (scripts/run_qgis.py with the zip, a profile per login, the
workspace's pg_service.conf), once as Mitte's Bezirk editor and once as a reader.

Both read the catalogue from the workspace; the editor sees the Lmb quotas of Mitte's schools and
no other Bezirk's, the reader no quota at all, only whether each school is at or above the
threshold. Screenshots: tests/output/desktop_workspace_<login>_qgis<version>.png.
"""

import json
import os
import shutil
import subprocess

import pytest
from qgis.PyQt.QtGui import QImage

from support.paths import REPO

pytestmark = pytest.mark.desktop

XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"]
LOGINS = ("anna_mitte", "rita_reader")


@pytest.fixture(scope="module")
def desktops(plugin_zip, pg_cluster, workspace, output_dir):
    """What each login's QGIS showed (the JSON its demo script wrote) and its screenshot."""
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run and qgis are needed: run `make setup`")
    from qgis.core import Qgis

    version = "{}.{}".format(Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the virtual X screen
    seen = {}
    for login in LOGINS:
        root = REPO / "build" / "test-profiles" / "workspace_{}".format(login)
        screenshot = output_dir / "desktop_workspace_{}_qgis{}.png".format(login, version)
        report = root / "report.json"
        for stale in (screenshot, report):
            stale.unlink(missing_ok=True)  # never read a result of an earlier run
        command = XVFB + ["/usr/bin/python3", str(REPO / "scripts" / "run_qgis.py"), "--zip", str(plugin_zip), "--lang", "de",
                          "--profile-root", str(root), "--service-file", os.environ["PGSERVICEFILE"],
                          "--workspace-service", "gi-test-" + login, "--workspace-dbname", workspace.dbname,
                          "--screenshot", str(screenshot), "--report", str(report)]
        run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
        assert report.exists(), "QGIS wrote no report (exit {}):\n{}\n{}".format(run.returncode, run.stdout[-3000:], run.stderr[-3000:])
        seen[login] = {"report": json.loads(report.read_text(encoding="utf-8")), "screenshot": screenshot, "profile": root}
    return seen


def test_each_profile_keeps_its_own_connection_and_no_password(desktops):
    for login, seen in desktops.items():
        ini = (seen["profile"] / "profiles" / "default" / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
        assert "workspace\\service=gi-test-" + login in ini.splitlines()
        # no password anywhere (QGIS 3.40 writes its default XYZ connections with an empty "password=")
        lines = [line.split("=", 1) for line in ini.splitlines() if "=" in line]
        assert [key for key, value in lines if "pass" in key.lower() and value.strip()] == []
        plugin_section = ini.split("[gemeinschaftsinitiative_berlin]", 1)[1].split("\n[", 1)[0]
        assert "workspace\\service=" in plugin_section and "pass" not in plugin_section.lower()


def test_both_read_the_catalogue_from_the_workspace_in_german(desktops):
    for login, seen in desktops.items():
        report = seen["report"]
        assert report["tab"] == "Arbeitsbereich"
        assert report["catalogue_line"] == "Katalog: gemeinsamer Arbeitsbereich"
        assert report["catalogue"].startswith("Katalog aus dem gemeinsamen Arbeitsbereich (service=gi-test-{})".format(login))
        assert report["areas"] == 16


def test_the_bezirk_editor_sees_the_quotas_of_mitte_only(desktops):
    report = desktops["anna_mitte"]["report"]
    assert report["login"] == "Anmeldung anna_mitte: führt die Lmb-Quoten von Mitte; führt die Handlungskonzepte der Handlungsräume 06, 07."
    (layer,) = report["lmb_layers"]
    assert layer["kind"] == "lmb_schools" and layer["provider"] == "memory"
    assert list(layer["quotas_per_bezirk"]) == ["01"] and layer["quotas_per_bezirk"]["01"] > 20
    assert "Beispieldaten – keine amtlichen Werte" in layer["name"]  # the bundled example quotas, marked as such


def test_the_reader_sees_only_whether_a_school_is_at_or_above_the_threshold(desktops):
    report = desktops["rita_reader"]["report"]
    assert report["login"] == "Anmeldung rita_reader: liest (Lmb nur als „Schwelle erreicht“)."
    (layer,) = report["lmb_layers"]
    assert layer["kind"] == "lmb_threshold" and layer["provider"] == "postgres" and layer["features"] == 376
    assert "at_or_above_threshold" in layer["fields"] and not [f for f in layer["fields"] if "quot" in f]


def test_the_screenshots_show_the_difference(desktops):
    """Dark blue is the class "75 % or more": the reader sees it in many Bezirke, the editor only in Mitte."""
    def dark_blue_columns(path):
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 1280
        columns = set()
        for x in range(300, 1200, 2):  # the map, left of the panel
            for y in range(130, 950, 2):
                colour = image.pixelColor(x, y)
                if colour.red() < 30 and colour.green() < 70 and 90 < colour.blue() < 130:
                    columns.add(x // 50)
        return columns

    editor = dark_blue_columns(desktops["anna_mitte"]["screenshot"])
    reader = dark_blue_columns(desktops["rita_reader"]["screenshot"])
    assert editor and len(reader) > len(editor) + 3, (sorted(editor), sorted(reader))
