"""The pinned pytest-qgis release works with every supported QGIS (see requirements-test.txt)."""

import os
import re
from importlib.metadata import version

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtGui import QColor

from rgi_plugin.core import data as bundled
from support.paths import REPO
from support.render import colours as sampled_colours
from support.render import render


def test_the_installed_pytest_qgis_is_the_pinned_one():
    pinned = re.search(r"^pytest-qgis==(\S+)$", (REPO / "requirements-test.txt").read_text(), re.M).group(1)
    assert version("pytest-qgis") == pinned


def supported_versions():
    """The QGIS versions of the matrix (scripts/qgis_versions.txt), as (major, minor)."""
    rows = (REPO / "scripts" / "qgis_versions.txt").read_text(encoding="utf-8").splitlines()
    return [tuple(int(part) for part in row.split()[0].split(".")) for row in rows if row.strip() and not row.startswith("#")]


def test_fixtures_run_on_a_supported_qgis(qgis_app, qgis_iface, qgis_canvas):
    running = (Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100)
    expected = os.environ.get("GI_QGIS_ROOT")  # set by scripts/qgis_root.sh: the version of the root
    if expected:
        assert running == tuple(int(part) for part in expected.split("."))
    assert running in supported_versions()
    assert qgis_iface.mapCanvas() is qgis_canvas


def test_processing_fixture_runs_native_algorithms_on_the_bundled_data(qgis_processing):
    import processing  # importable once the fixture has set Processing up

    snapshot = bundled.read_snapshot()
    planungsraeume = bundled.create_layer(snapshot.dataset("lor_plr_2021"))
    schools = bundled.create_layer(snapshot.dataset("schulen_2023"))
    result = processing.run("native:countpointsinpolygon",
                            {"POLYGONS": planungsraeume, "POINTS": schools, "FIELD": "n", "OUTPUT": "memory:"})
    counted = sum(f["n"] for f in result["OUTPUT"].getFeatures())
    # simplified outlines: a handful of schools right at the city boundary may fall outside
    assert 890 <= counted <= 902


def test_the_bundled_map_renders_headless(qgis_app, qgis_new_project, output_dir):
    layer = bundled.create_layer(bundled.read_snapshot().dataset("mss_2021"), "de")
    QgsProject.instance().addMapLayer(layer)
    image = render([layer], layer.extent(), (400, 300), output_dir / "mss_2021_headless.png")
    colours = set(sampled_colours(image))
    assert QColor("#c62a1a").rgb() in colours  # "sehr niedrig" is drawn
    assert len(colours) > 5
