# Run by QGIS (qgis --code) for `make run` and `make run-workspace`: open the plugin's overview
# map of the bundled Berlin data with the panel visible. Without a shared workspace it shows the
# example Lmb quotas; connected to one (make run-workspace), the Lmb criterion as the login may
# see it (its Bezirk's quotas, or only "at or above the threshold") and the panel's Workspace tab.
# With GI_DEMO_SCREENSHOT set, save a screenshot of the window once the map is drawn, then close
# QGIS; with GI_DEMO_REPORT set too, first write what the panel and the Lmb layer show (JSON).
import json
import os
import re

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface, plugins

_plugin = plugins.get("gemeinschaftsinitiative_berlin")
if _plugin is None:
    iface.messageBar().pushCritical("Gemeinschaftsinitiative", "The plugin is not loaded; see Plugins > Manage and Install Plugins.")
else:
    iface.mainWindow().showMaximized()
    iface.mainWindow().setGeometry(iface.mainWindow().screen().availableGeometry())  # no window manager under Xvfb
    _in_workspace = _plugin.workspace.configured
    _layers = _plugin.data.open_demo()
    if _layers:
        _root = QgsProject.instance().layerTreeRoot()
        if _in_workspace:
            # what the login may see is the point of a workspace demo: the Lmb layer stays on (over the
            # MSS 2021 it is read with), the plain school layer (the same schools) off
            _lmb = _plugin.workspace_views.load_lmb()  # the login's quotas, or the threshold view
            if _lmb is not None:
                for _layer in _layers:
                    _dataset = _layer.customProperty("gemeinschaftsinitiative/dataset")
                    if _dataset in ("schulen_2023", "mss_2021"):
                        _root.findLayer(_layer.id()).setItemVisibilityChecked(_dataset == "mss_2021")
        else:
            _plugin.indicators.load_example_lmb()  # synthetic quotas, labelled "Beispieldaten" everywhere
            # The first map stays quiet (issue 13): the Lmb schools, like the plain schools and the MSS,
            # are a tick away in the layer panel.
            for _layer in QgsProject.instance().mapLayers().values():
                if _layer.customProperty("gemeinschaftsinitiative/indicator") == "lmb_schools":
                    _root.findLayer(_layer.id()).setItemVisibilityChecked(False)
        _plr = next((layer for layer in _layers if layer.customProperty("gemeinschaftsinitiative/dataset") == "lor_plr_2021"), _layers[-1])
        _plugin.data.zoom_to_layer(_plr)  # again (the Planungsräume): the import's message bar took room from the map
    if _in_workspace and _plugin.dock is not None and _plugin.workspace_views.panel is not None:
        _tabs = _plugin.dock.contents.tabs
        _tabs.setCurrentIndex(_tabs.indexOf(_plugin.workspace_views.panel))
        # the wider Workspace tab squeezes the layer tree (to a few pixels in QGIS 3.40): keep its names readable
        _layer_dock = iface.mainWindow().findChild(QDockWidget, "Layers")
        if _layer_dock is not None:
            iface.mainWindow().resizeDocks([_layer_dock], [260], Qt.Orientation.Horizontal)
    QgsProject.instance().setDirty(False)


def _plain(html):
    return re.sub(r"<[^>]+>", "", html or "")


def _report():
    """What the panel and the plugin's Lmb layers show, as plain data."""
    views = _plugin.workspace_views
    tabs = _plugin.dock.contents.tabs
    layers = []
    for layer in QgsProject.instance().mapLayers().values():
        kind = layer.customProperty("gemeinschaftsinitiative/indicator")
        if kind not in ("lmb_schools", "lmb_threshold"):
            continue
        fields = layer.fields().names()
        entry = {"name": layer.name(), "kind": kind, "provider": layer.providerType(), "features": layer.featureCount(),
                 "fields": fields}
        if "lmb_quote" in fields:
            per_bezirk = {}
            for feature in layer.getFeatures():
                if feature["lmb_quote"] is not None and str(feature["lmb_quote"]) != "NULL":
                    per_bezirk[feature["bsn"][:2]] = per_bezirk.get(feature["bsn"][:2], 0) + 1
            entry["quotas_per_bezirk"] = per_bezirk
        layers.append(entry)
    return {
        "tab": tabs.tabText(tabs.currentIndex()),
        "catalogue_line": views.bar.originLabel.text() if views.bar is not None else "",
        "catalogue": _plain(views.panel.catalogueLabel.text()) if views.panel is not None else "",
        "login": views.panel.loginLabel.text() if views.panel is not None else "",
        "areas": len(_plugin.areas.catalogue.areas),
        "lmb_layers": layers,
    }


_shot = os.environ.get("GI_DEMO_SCREENSHOT")
if _shot:
    def _save_and_quit():
        report = os.environ.get("GI_DEMO_REPORT")
        if report and _plugin is not None:
            with open(report, "w", encoding="utf-8") as handle:
                json.dump(_report(), handle, ensure_ascii=False, indent=1)
        iface.mainWindow().grab().save(_shot)
        QgsProject.instance().clear()
        iface.actionExit().trigger()

    def _after_render():
        iface.mapCanvas().mapCanvasRefreshed.disconnect(_after_render)
        QTimer.singleShot(1500, _save_and_quit)

    iface.mapCanvas().mapCanvasRefreshed.connect(_after_render)
    iface.mapCanvas().refresh()
    QTimer.singleShot(60000, _save_and_quit)  # never hang if the canvas stays silent
