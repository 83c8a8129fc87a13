"""The fact sheets' charts (deterministic SVG, the Lmb histogram binned at 75 %) and the concept's web address in lines."""

import pytest

from rgi_plugin.core.factsheet.charts import bar_chart_svg, histogram
from rgi_plugin.core.factsheet.content import broken_address


def test_charts_are_deterministic_svg_and_the_histogram_bins_at_75():
    bars = [("hoch", 0, "#f2f2f2"), ("sehr niedrig", 11, "#c62a1a")]
    assert bar_chart_svg(bars, "Titel") == bar_chart_svg(bars, "Titel")
    assert "<svg" in bar_chart_svg(bars, "Titel") and ">11<" in bar_chart_svg(bars, "Titel")
    assert "keine Daten" in bar_chart_svg([("a", 0, "#000")], "T", empty_text="keine Daten")
    assert histogram([74.9, 75.0, 100.0, 0.0, 24.99, 25.0], (0, 25, 50, 75, 100)) == [2, 1, 1, 2]


# -- the concept's web address on the sheet ----------------------------------------------------

@pytest.mark.parametrize("url, lines", [
    ("https://www.berlin.de/", ["https://www.berlin.de/"]),
    ("https://www.berlin.de/ba-mitte/politik-und-verwaltung/service-und-organisationseinheiten/",
     ["https://www.berlin.de/ba-mitte/", "politik-und-verwaltung/", "service-und-organisationseinheiten/"]),
    ("https://example.org/" + "x" * 50 + "/a.pdf",  # a piece longer than a line is cut where the line ends
     ["https://example.org/" + "x" * 24, "x" * 26 + "/a.pdf"]),
    ("", [""]),
])
def test_a_web_address_is_broken_after_its_slashes_into_lines_that_fit_the_column(url, lines):
    broken = broken_address(url, width=44)
    assert broken.split("\n") == lines
    assert broken.replace("\n", "") == url
