# Run inside the real QGIS desktop (qgis --code) by tests/desktop/test_desktop_editions.py, at the
# screen size of the virtual X screen (1280×800 or 1600×1000), in German.
#
# As a new user would: the panel is open, the first map is loaded, 06 Wedding is picked in the
# list, its development tab is looked at. Screenshots of each step; what the panel shows and
# whether each detail tab needs scrolling go to the JSON file named by GI_CHECK_RESULT.
import json
import os
import traceback

from qgis.core import QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface, plugins

NAME = "gemeinschaftsinitiative_berlin"
RESULT_FILE = os.environ["GI_CHECK_RESULT"]
SHOTS = os.environ["GI_CHECK_SCREENSHOTS"]  # a path prefix: <prefix>_first_map.png, ...
result = {"steps": []}


def shot(name):
    path = "{}_{}.png".format(SHOTS, name)
    result[name] = QgsApplication.primaryScreen().grabWindow(0).save(path)


def panel():
    dock = iface.mainWindow().findChild(QDockWidget, "GemeinschaftsinitiativeDock")
    return dock.areas if dock is not None else None


def needs_scrolling(browser):
    return browser.verticalScrollBar().maximum() > 0


def step_open():
    iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
    plugin = plugins[NAME]
    plugin.show_panel()
    layers = plugin.data.open_demo()
    result["first_map_layers"] = [layer.name() for layer in layers]
    result["visible"] = [QgsProject.instance().layerTreeRoot().findLayer(layer.id()).isVisible() for layer in layers]
    result["scale"] = iface.mapCanvas().scale()
    result["screen"] = [QgsApplication.primaryScreen().size().width(), QgsApplication.primaryScreen().size().height()]
    QTimer.singleShot(2500, guarded(step_first_map))


def step_first_map():
    shot("first_map")
    canvas = iface.mapCanvas()
    results = canvas.labelingResults()
    areas_layer = next(layer for layer in QgsProject.instance().mapLayers().values()
                       if layer.customProperty("gemeinschaftsinitiative/dataset") == "handlungsraeume")
    labels = [(label.labelText, label.labelRect) for label in (results.allLabels() if results is not None else [])
              if label.layerID == areas_layer.id()]
    result["area_labels"] = sorted(text.split()[0] for text, _ in labels)
    result["area_labels_overlapping"] = [[a, b] for i, (a, ra) in enumerate(labels) for b, rb in labels[i + 1:] if ra.intersects(rb)]
    result["area_labels_cut"] = [text for text, rect in labels if not canvas.extent().contains(rect)]
    # the markers of the areas too small to be seen (the renderer's last rule) stay clear of every label
    marker_rule = areas_layer.renderer().rootRule().children()[-1]
    expression = QgsExpression(marker_rule.filterExpression())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(areas_layer))
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(canvas.mapSettings()))
    radius = marker_rule.symbol().symbolLayer(0).subSymbol().size() / 2 * canvas.scale() / 1000  # mm at the map's scale -> m
    result["markers"], result["markers_covered"] = [], []
    for feature in areas_layer.getFeatures():
        context.setFeature(feature)
        if expression.evaluate(context):
            centre = feature.geometry().pointOnSurface()
            result["markers"].append(feature["code"])
            if any(QgsGeometry.fromRect(rect).distance(centre) < radius for _, rect in labels):
                result["markers_covered"].append(feature["code"])
    areas = panel()
    areas.select_area("06")
    QTimer.singleShot(2500, guarded(step_overview))


def step_overview():
    areas = panel()
    areas.detailTabs.setCurrentWidget(areas.overviewTab)
    QTimer.singleShot(500, guarded(step_overview_shot))


def step_overview_shot():
    areas = panel()
    shot("wedding_overview")
    result["overview_scrolls"] = needs_scrolling(areas.detailBrowser)
    result["overview_text"] = areas.detailBrowser.toPlainText()
    areas.detailTabs.setCurrentWidget(areas.figuresTab)
    QTimer.singleShot(500, guarded(step_figures))


def step_figures():
    areas = panel()
    shot("wedding_figures")
    result["figures_scrolls"] = needs_scrolling(areas.figuresBrowser)
    areas.detailTabs.setCurrentWidget(areas.developmentTab)
    QTimer.singleShot(800, guarded(step_development))


def step_development():
    areas = panel()
    shot("wedding_development")
    tab = areas.developmentTab
    result["tabs"] = [areas.detailTabs.tabText(i) for i in range(areas.detailTabs.count())]
    result["development_tab"] = areas.detailTabs.tabText(areas.detailTabs.currentIndex())
    result["development_fits"] = tab.minimumSizeHint().height() <= tab.height()
    result["chart_height"] = areas.developmentChart.height()
    result["chart_drawn"] = areas.developmentChart.pixmap() is not None and not areas.developmentChart.pixmap().isNull()
    result["development_text"] = areas.developmentText.text()
    result["chart_svg_has_trend"] = "verbessert seit MSS 2017" in areas._chart_svg
    areas.detailTabs.setCurrentWidget(areas.programmesTab)
    QTimer.singleShot(500, guarded(step_programmes))


def step_programmes():
    areas = panel()
    shot("wedding_programmes")
    result["programmes_scrolls"] = needs_scrolling(areas.programmesBrowser)
    finish()


def finish():
    with open(RESULT_FILE, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1, ensure_ascii=False)
    QgsProject.instance().setDirty(False)
    QgsProject.instance().clear()
    iface.actionExit().trigger()


def guarded(func):
    def run():
        try:
            result["steps"].append(func.__name__)
            func()
        except Exception:  # report, never hang the test
            result["error"] = traceback.format_exc()
            finish()
    return run


QTimer.singleShot(1000, guarded(step_open))
