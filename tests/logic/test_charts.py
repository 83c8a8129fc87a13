"""The fact sheets' charts: deterministic SVG, the Lmb histogram binned at 75 %."""

from rgi_plugin.core.factsheet.charts import bar_chart_svg, histogram


def test_charts_are_deterministic_svg_and_the_histogram_bins_at_75():
    bars = [("hoch", 0, "#f2f2f2"), ("sehr niedrig", 11, "#c62a1a")]
    assert bar_chart_svg(bars, "Titel") == bar_chart_svg(bars, "Titel")
    assert "<svg" in bar_chart_svg(bars, "Titel") and ">11<" in bar_chart_svg(bars, "Titel")
    assert "keine Daten" in bar_chart_svg([("a", 0, "#000")], "T", empty_text="keine Daten")
    assert histogram([74.9, 75.0, 100.0, 0.0, 24.99, 25.0], (0, 25, 50, 75, 100)) == [2, 1, 1, 2]
