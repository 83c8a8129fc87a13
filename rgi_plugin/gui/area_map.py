"""The map side of the Handlungsräume: pick an area with a click, concept action on the layer."""

from qgis.core import QgsExpression, QgsFeatureRequest, QgsGeometry, QgsProject
from qgis.gui import QgsGui, QgsHighlight, QgsMapLayerAction, QgsMapToolIdentify
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.areas.layer import is_area_layer
from ..definitions import properties


def code_field(layer):
    return layer.customProperty(properties.CODE_FIELD) or "code"


def area_layers(project=None):
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values() if is_area_layer(layer)]


class AreaPickTool(QgsMapToolIdentify):
    """A click on the map selects the area under it; a click outside all areas clears."""

    areaPicked = pyqtSignal(str)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setObjectName("GemeinschaftsinitiativeAreaPickTool")

    def canvasReleaseEvent(self, event):  # noqa: N802 (Qt API)
        self.areaPicked.emit(self.code_at(event.x(), event.y()))

    def code_at(self, x, y):
        layers = area_layers()
        if not layers:
            return ""
        for result in self.identify(x, y, layers, QgsMapToolIdentify.IdentifyMode.TopDownAll):
            value = result.mFeature[code_field(result.mLayer)]
            if value:
                return str(value)
        return ""


class AreaHighlight:
    """The chosen area drawn as a blue outline over the map, so the MSS colours stay readable.

    (Selecting the feature would cover it with QGIS's opaque selection colour.)
    """

    def __init__(self, canvas):
        self.canvas = canvas
        self.item = None
        self.code = ""

    def show(self, layer, code, zoom=True):
        """Highlight area ``code`` of ``layer`` and zoom to it; '' clears. Returns the feature ids."""
        self.clear()
        if not code:
            return []
        expression = "{} = {}".format(QgsExpression.quotedColumnRef(code_field(layer)), QgsExpression.quotedValue(code))
        features = list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))
        if not features:
            return []
        geometry = QgsGeometry.unaryUnion([f.geometry() for f in features])
        self.item = QgsHighlight(self.canvas, geometry, layer)
        self.item.setColor(QColor("#003d8f"))  # contrasts with the red MSS classes beneath
        self.item.setFillColor(QColor(0, 61, 143, 30))
        self.item.setWidth(4)
        self.item.show()
        self.code = code
        ids = [f.id() for f in features]
        if zoom:
            extent = self.canvas.mapSettings().layerExtentToOutputExtent(layer, geometry.boundingBox())
            extent.scale(1.3)
            self.canvas.setExtent(extent)
            self.canvas.refresh()
            self.canvas.flashFeatureIds(layer, ids)
        return ids

    def clear(self):
        if self.item is not None:
            self.canvas.scene().removeItem(self.item)
            self.item = None
        self.code = ""


class ConceptLayerActions(QObject):
    """A plugin action "Open concept" on every Handlungsräume layer in the project."""

    def __init__(self, name, open_concept, parent=None):
        super().__init__(parent)
        self.name = name
        self.open_concept = open_concept  # callable(code)
        self.actions = {}
        project = QgsProject.instance()
        project.layersAdded.connect(self._layers_added)
        project.layersWillBeRemoved.connect(self._layers_removed)
        self._layers_added(list(project.mapLayers().values()))

    def _layers_added(self, layers):
        for layer in layers:
            if is_area_layer(layer) and layer.id() not in self.actions:
                action = QgsMapLayerAction(self.name, self, layer, QgsMapLayerAction.Target.SingleFeature)
                action.triggeredForFeature.connect(self._triggered)
                QgsGui.mapLayerActionRegistry().addMapLayerAction(action)
                self.actions[layer.id()] = action

    def _layers_removed(self, layer_ids):
        for layer_id in layer_ids:
            action = self.actions.pop(layer_id, None)
            if action is not None:
                QgsGui.mapLayerActionRegistry().removeMapLayerAction(action)
                action.deleteLater()

    def _triggered(self, layer, feature):
        self.open_concept(str(feature[code_field(layer)]))

    def refresh(self):
        """Attach the action to area layers that became area layers after they were added."""
        self._layers_added(list(QgsProject.instance().mapLayers().values()))

    def remove_all(self):
        project = QgsProject.instance()
        project.layersAdded.disconnect(self._layers_added)
        project.layersWillBeRemoved.disconnect(self._layers_removed)
        self._layers_removed(list(self.actions))
