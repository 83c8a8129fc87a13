"""Fixtures of the widget tests: the area catalogue, the areas panel and controller, the opener."""

import pytest

from rgi_plugin.controllers.areas import AreaController
from rgi_plugin.core.areas.details import area_figures, bundled_mss_records
from rgi_plugin.core.areas.reading import read_area_catalogue
from rgi_plugin.gui import opener
from rgi_plugin.gui.areas_panel import AreasPanel


@pytest.fixture(scope="module")
def catalogue():
    return read_area_catalogue()


@pytest.fixture
def panel(qgis_app, qtbot, catalogue):
    widget = AreasPanel(catalogue, lambda area: area_figures(area, bundled_mss_records()))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl, replaced in the plugin's one opener: records what it was asked."""
    calls = []

    class Desktop:
        @staticmethod
        def openUrl(url):  # noqa: N802
            calls.append(url.toString())
            return True

    monkeypatch.setattr(opener, "QDesktopServices", Desktop)
    return calls


@pytest.fixture
def controller(gi_iface, qtbot):
    shown = []
    areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: shown.append(True))
    panel = areas.create_panel()
    qtbot.addWidget(panel)
    areas.shown = shown
    yield areas
    areas.unload()
