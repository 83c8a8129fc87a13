#!/usr/bin/python3
"""``make bench-editions``: all MSS editions × all Handlungsräume, against a baseline in the same run.

Measures, on the bundled data (5 editions, 16 areas):

1. *plugin, data in memory*: ``DevelopmentCalculator`` on an ``EditionStore`` that has read the
   editions once (what the panel does after its first use): area shares on each edition's own
   Planungsräume plus the figures of every area in every edition;
2. *plugin, cold*: the same from the files (a new store: reading the GeoJSON files included);
3. *baseline*: the same figures with QGIS's own tools on the same in-memory layers: for each
   edition ``native:intersection`` of its Planungsräume (with the MSS fields) and the areas, then
   the share of each piece and the sums in Python.

4. *switching areas in the panel*: the plugin's Handlungsräume panel (its key figures and
   development controllers, as in QGIS) at the size of the dock on a 1280×800 screen, figures
   computed once as the panel's warm-up does; then each of the 16 areas selected in turn and the
   panel painted (details, key figures, development chart).

Prints the median of the repetitions, the ratios against the baseline and the goals of issue 13
(all editions × all areas under 0.5 s; switching areas under 100 ms, the slowest switch as a
ratio of the goal). Checks that plugin and baseline give the same population.
A script, not a test: the numbers depend on the machine.

Run: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/bench_editions.py [--repeat 5]``.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, "/usr/share/qgis/python/plugins")

GOAL_SECONDS = 0.5
SWITCH_GOAL_SECONDS = 0.1


def timed(function, repeat):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def edition_layer(store, edition):
    """A memory layer of the edition's Planungsräume with ``ew``, ``si_n``, ``di_n`` and ``rated``."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    from rgi_plugin.core.editions.store import is_rated

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", edition.label, "memory")
    layer.dataProvider().addAttributes([QgsField("plr_id", QVariant.String), QgsField("ew", QVariant.Double),
                                        QgsField("si_n", QVariant.Int), QgsField("di_n", QVariant.Int),
                                        QgsField("rated", QVariant.Int), QgsField("plr_area", QVariant.Double)])
    layer.updateFields()
    rows = store.rows(edition)
    features = []
    for plr_id, plr in sorted(store.planungsraeume(edition).items()):
        row = rows.get(plr_id)
        feature = QgsFeature(layer.fields())
        geometry = plr.geometry
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([plr_id, None if row is None else row.ew, None if row is None else row.status,
                               None if row is None else row.dynamics, int(is_rated(row)), plr.area])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def areas_layer(areas):
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", "areas", "memory")
    layer.dataProvider().addAttributes([QgsField("code", QVariant.String)])
    layer.updateFields()
    features = []
    for area in areas:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(area.geometry)
        feature.setAttributes([area.code])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def baseline(layers, areas, context, feedback):
    """{(edition label, area code): (population, low population)} with native:intersection."""
    from qgis.core import NULL

    import processing
    from rgi_plugin.core.editions.shares import SLIVER

    result = {}
    for label, layer in layers.items():
        pieces = processing.run("native:intersection", {"INPUT": layer, "OVERLAY": areas, "OUTPUT": "memory:"},
                                context=context, feedback=feedback)["OUTPUT"]
        for piece in pieces.getFeatures():
            share = piece.geometry().area() / piece["plr_area"]
            if share < SLIVER or piece["ew"] == NULL:
                continue
            key = (label, piece["code"])
            population, low = result.get(key, (0.0, 0.0))
            weighted = share * piece["ew"]
            low_status = piece["rated"] and piece["si_n"] in (3, 4)
            result[key] = (population + weighted, low + (weighted if low_status else 0.0))
    return result


class _Iface:
    """What the panel's controllers ask of QGIS's interface here: a message bar."""

    def __init__(self):
        from qgis.gui import QgsMessageBar

        self.bar = QgsMessageBar()

    def messageBar(self):  # noqa: N802 (QGIS API)
        return self.bar


def switching(repeat):
    """(median, slowest) seconds of selecting one area in the panel and painting it, over all areas."""
    from rgi_plugin.controllers.development import DevelopmentController
    from rgi_plugin.controllers.key_figures import KeyFigures
    from rgi_plugin.core.areas.reading import read_area_catalogue
    from rgi_plugin.gui.areas_panel import AreasPanel

    catalogue = read_area_catalogue()
    iface = _Iface()
    key_figures = KeyFigures(iface, lambda: catalogue)
    development = DevelopmentController(iface, lambda: catalogue)
    panel = AreasPanel(catalogue, key_figures.figures_for, development.development_for)
    panel.resize(600, 680)  # the dock on a 1280×800 screen
    panel.show()
    development.developments()  # the warm-up of the panel (controllers/areas.py)
    for area in catalogue.areas:
        key_figures.figures_for(area)
    panel.detailTabs.setCurrentWidget(panel.developmentTab)
    times = []
    for _ in range(repeat):
        for area in catalogue.areas:
            start = time.perf_counter()
            panel.select_area(area.code)
            panel.repaint()
            times.append(time.perf_counter() - start)
    panel.close()
    key_figures.unload()
    development.unload()
    return statistics.median(times), max(times), len(catalogue.areas)


def run(repeat):
    """The three measurements; returns the exit status (1 when plugin and baseline disagree)."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from rgi_plugin.core.editions.catalogue import bundled_editions
    from rgi_plugin.core.editions.development import DevelopmentCalculator, bundled_areas
    from rgi_plugin.core.editions.store import EditionStore

    editions = bundled_editions()
    areas = bundled_areas()
    store = EditionStore()
    for edition in editions:  # read once: the in-memory runs start from here
        store.rows(edition)
        store.planungsraeume(edition)

    def plugin_warm():
        return DevelopmentCalculator(areas, store).development(editions)

    def plugin_cold():
        return DevelopmentCalculator(bundled_areas(), EditionStore()).development(editions)

    layers = {edition.label: edition_layer(store, edition) for edition in editions}
    overlay = areas_layer(areas)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()

    warm, developments = timed(plugin_warm, repeat)
    cold, _ = timed(plugin_cold, repeat)
    base, figures = timed(lambda: baseline(layers, overlay, context, feedback), repeat)

    worst = 0.0
    for development in developments:
        for item in development.figures:
            expected = figures.get((item.edition.label, development.code), (0.0, 0.0))[0]
            worst = max(worst, abs(item.population - expected))
    cells = len(editions) * len(areas)
    print("Editions × Handlungsräume: {} × {} = {} figures (median of {} runs)".format(len(editions), len(areas), cells, repeat))
    print("{:<44} {:>8.3f} s   ratio {:>5.2f}".format("baseline: native:intersection + sums", base, 1.0))
    print("{:<44} {:>8.3f} s   ratio {:>5.2f}".format("plugin, data in memory (shares + figures)", warm, warm / base))
    print("{:<44} {:>8.3f} s   ratio {:>5.2f}".format("plugin, cold (files read + shares + figures)", cold, cold / base))
    print("largest population difference plugin vs baseline: {:.3f} inhabitants".format(worst))
    verdict = "met" if warm < GOAL_SECONDS else "NOT met"
    print("goal: all editions × all areas under {} s (data in memory): {} (ratio to the goal {:.2f})".format(
        GOAL_SECONDS, verdict, warm / GOAL_SECONDS))
    median, slowest, count = switching(repeat)
    print("switching areas in the panel ({} areas × {} runs): median {:.1f} ms, slowest {:.1f} ms".format(
        count, repeat, median * 1000, slowest * 1000))
    verdict = "met" if slowest < SWITCH_GOAL_SECONDS else "NOT met"
    print("goal: switching areas under {:.0f} ms (slowest switch): {} (ratio to the goal {:.2f})".format(
        SWITCH_GOAL_SECONDS * 1000, verdict, slowest / SWITCH_GOAL_SECONDS))
    return 0 if worst < 1.0 else 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gc

    from qgis.core import QgsApplication

    app = QgsApplication([], True)  # with widgets: the panel is measured too
    app.initQgis()
    try:
        from processing.core.Processing import Processing

        Processing.initialize()
        return run(args.repeat)
    finally:
        gc.collect()  # QGIS objects of the run go before QGIS does
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
