# Run inside the real QGIS desktop (qgis --code) by tests/test_desktop.py.
#
# It looks at the live plugin objects and writes what it found to the JSON file named by
# GI_CHECK_RESULT; the assertions are in the test. Steps:
#   1. the plugin is loaded and enabled, its menu entry and toolbar button exist;
#   2. the toolbar button opens the dock; the demo map loads; a screenshot is saved;
#   3. the plugin is unloaded, an inventory of what plugins can add is taken (baseline), then
#      classFactory -> initGui -> (open the dock) -> unload runs 50 times, and the inventory
#      is taken again, plus once while loaded (to show the inventory does see the plugin).
import importlib
import json
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsGui, QgsLocatorWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QPushButton, QToolBar, QWidget
from qgis.utils import active_plugins, iface, plugins, unloadPlugin

NAME = "gemeinschaftsinitiative_berlin"
RESULT_FILE = os.environ["GI_CHECK_RESULT"]
SCREENSHOT_FILE = os.environ["GI_CHECK_SCREENSHOT"]
WEDDING_SCREENSHOT_FILE = SCREENSHOT_FILE.replace(".png", "_06_wedding.png")
CYCLES = int(os.environ.get("GI_CHECK_CYCLES", "50"))
result = {"steps": []}


def flush_deletions():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def locator_widget(main_window):
    """QGIS's search bar (findChild by its Python type does not find it in 3.22)."""
    for widget in main_window.findChildren(QWidget):
        if widget.metaObject().className() == "QgsLocatorWidget":
            return sip.cast(widget, QgsLocatorWidget)
    return None


def inventory():
    """Everything a plugin can leave behind in QGIS, as plain data."""
    main_window = iface.mainWindow()
    locator = locator_widget(main_window)
    return {
        "actions": len(main_window.findChildren(QAction)),
        "action_texts": sorted(a.text() for a in main_window.findChildren(QAction)),
        "gi_actions": sorted(a.objectName() for a in main_window.findChildren(QAction)
                             if a.objectName().startswith("Gemeinschaftsinitiative")),
        "web_menu": [a.text() for a in iface.webMenu().actions()],
        "web_toolbar": [a.text() for a in iface.webToolBar().actions()],
        "toolbars": sorted(t.objectName() for t in main_window.findChildren(QToolBar)),
        "docks": sorted(d.objectName() for d in main_window.findChildren(QDockWidget)),
        "processing_providers": sorted(p.id() for p in QgsApplication.processingRegistry().providers()),
        "locator_filters": sorted(f.name() for f in locator.locator().filters()) if locator else None,
        "translation_probe": QCoreApplication.translate("GemeinschaftsinitiativePlugin", "Community Initiative panel"),
        "layers": len(QgsProject.instance().mapLayers()),
        "map_tool": type(iface.mapCanvas().mapTool()).__name__ if iface.mapCanvas().mapTool() else None,
    }


def step_loaded():
    # the whole virtual screen, as a user's maximised window (there is no window manager)
    iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
    plugin = plugins.get(NAME)
    result["loaded"] = plugin is not None
    result["active"] = NAME in active_plugins
    result["inventory_at_start"] = inventory()
    toggle = iface.mainWindow().findChild(QAction, "GemeinschaftsinitiativeToggleDock")
    result["toggle_in_web_toolbar"] = toggle is not None and toggle in iface.webToolBar().actions()
    dock = iface.mainWindow().findChild(QDockWidget, "GemeinschaftsinitiativeDock")
    result["dock_open_at_start"] = bool(dock and dock.isVisible())
    result["toggle_checked_at_start"] = toggle.isChecked()
    toggle.trigger()  # the user closes the panel with the toolbar button ...
    result["dock_open_after_first_click"] = bool(dock and dock.isVisible())
    toggle.trigger()  # ... and opens it again
    dock = iface.mainWindow().findChild(QDockWidget, "GemeinschaftsinitiativeDock")
    result["dock"] = {
        "exists": dock is not None,
        "visible": bool(dock and dock.isVisible()),
        "title": dock.windowTitle() if dock else None,
        "datasets": [dock.contents.datasetTree.topLevelItem(i).text(0)
                     for i in range(dock.contents.datasetTree.topLevelItemCount())] if dock else [],
        "demo_button": dock.contents.loadDemoButton.text() if dock else None,
    }
    layers = plugin.data.open_demo()
    result["demo_layers"] = [{"name": layer.name(), "valid": layer.isValid(), "features": layer.featureCount(), "crs": layer.crs().authid()}
                             for layer in layers]
    QgsProject.instance().setDirty(False)
    iface.mapCanvas().mapCanvasRefreshed.connect(on_rendered)
    iface.mapCanvas().refresh()


_rendered = []


def on_rendered():
    if _rendered:
        return
    _rendered.append(True)
    QTimer.singleShot(1000, step_screenshot)


def step_screenshot():
    screen = QgsApplication.primaryScreen()
    result["screenshot_saved"] = screen.grabWindow(0).save(SCREENSHOT_FILE)
    QTimer.singleShot(0, guarded(step_select_wedding))


def step_select_wedding():
    """As a planner would: pick 06 Wedding in the panel's list."""
    dock = iface.mainWindow().findChild(QDockWidget, "GemeinschaftsinitiativeDock")
    panel = dock.areas
    panel.select_area("06")
    area_layer = next(layer for layer in QgsProject.instance().mapLayers().values()
                      if layer.customProperty("gemeinschaftsinitiative/dataset") == "handlungsraeume")
    result["area_panel"] = {
        "tab": dock.contents.tabs.tabText(0),
        "current": panel.current_code(),
        # the overview, key figures and contributions tabs of the details
        "detail": "\n".join(browser.toPlainText() for browser in (panel.detailBrowser, panel.figuresBrowser, panel.programmesBrowser)),
        "open_button": panel.documentsBox.findChild(QPushButton, "openDocumentButton_06").text(),
        "highlighted_on_map": plugins[NAME].areas.highlight.code,
        "layer_actions": [a.text() for a in QgsGui.mapLayerActionRegistry().mapLayerActions(area_layer)],
        "layer_name": area_layer.name(),
        "legend": [item.label() for item in area_layer.renderer().legendSymbolItems()],
    }
    QTimer.singleShot(2500, guarded(step_screenshot_wedding))


def step_screenshot_wedding():
    screen = QgsApplication.primaryScreen()
    result["wedding_screenshot_saved"] = screen.grabWindow(0).save(WEDDING_SCREENSHOT_FILE)
    QTimer.singleShot(0, guarded(step_lifecycle))


def step_lifecycle():
    unloadPlugin(NAME)
    flush_deletions()
    QgsProject.instance().clear()
    result["baseline"] = inventory()
    module = importlib.import_module(NAME)
    loaded_inventory = None
    for cycle in range(CYCLES):
        plugin = module.classFactory(iface)
        plugin.initGui()
        if cycle % 10 == 0:
            plugin.toggle_action.trigger()  # create and show the dock, as a user would
            plugin.areas.pick_action.trigger()  # and make the area pick tool the active map tool
            flush_deletions()
        if cycle == 0:
            loaded_inventory = inventory()
        plugin.unload()
        flush_deletions()
    result["while_loaded"] = loaded_inventory
    result["cycles"] = CYCLES
    QTimer.singleShot(200, guarded(step_after_cycles))


def step_after_cycles():
    flush_deletions()
    result["after_cycles"] = inventory()
    finish()


def finish():
    with open(RESULT_FILE, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1, ensure_ascii=False)
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


sys.stdout.flush()
QTimer.singleShot(500, guarded(step_loaded))
