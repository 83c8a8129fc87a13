# Run by QGIS (qgis --code) for `make run`: open the plugin's overview map of the bundled
# Berlin data with the panel visible. With GI_DEMO_SCREENSHOT set, save a screenshot of the
# window once the map is drawn, then close QGIS.
import os

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

_plugin = plugins.get("gemeinschaftsinitiative_berlin")
if _plugin is None:
    iface.messageBar().pushCritical("Gemeinschaftsinitiative", "The plugin is not loaded; see Plugins > Manage and Install Plugins.")
else:
    iface.mainWindow().showMaximized()
    iface.mainWindow().setGeometry(iface.mainWindow().screen().availableGeometry())  # no window manager under Xvfb
    _layers = _plugin.data.open_demo()
    if _layers:
        _plugin.indicators.load_example_lmb()  # synthetic quotas, labelled "Beispieldaten" everywhere
        # The first map stays quiet (issue 13): the Lmb schools, like the plain schools and the MSS,
        # are a tick away in the layer panel.
        _root = QgsProject.instance().layerTreeRoot()
        for _layer in QgsProject.instance().mapLayers().values():
            if _layer.customProperty("gemeinschaftsinitiative/indicator") == "lmb_schools":
                _root.findLayer(_layer.id()).setItemVisibilityChecked(False)
        _plugin.data.zoom_to_layer(_layers[2])  # again (the Planungsräume): the import's message bar took room from the map
    QgsProject.instance().setDirty(False)

_shot = os.environ.get("GI_DEMO_SCREENSHOT")
if _shot:
    def _save_and_quit():
        iface.mainWindow().grab().save(_shot)
        QgsProject.instance().clear()
        iface.actionExit().trigger()

    def _after_render():
        iface.mapCanvas().mapCanvasRefreshed.disconnect(_after_render)
        QTimer.singleShot(1500, _save_and_quit)

    iface.mapCanvas().mapCanvasRefreshed.connect(_after_render)
    iface.mapCanvas().refresh()
    QTimer.singleShot(60000, _save_and_quit)  # never hang if the canvas stays silent
