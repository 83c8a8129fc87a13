"""Start ``rgi:criteria_overlay`` from the panel and show its results.

``open_overlay_dialog`` opens the algorithm's Processing dialog prefilled with the layers the
user has loaded (Planungsräume, MSS, schools with Lmb quotas, social atlas, current
Handlungsräume), falling back to the bundled files for the three inputs the algorithm needs;
``add_results`` puts the outputs into the plugin's layer group, styled so that candidates
stand against the current Handlungsräume. The example Lmb values are never picked unless
the user loaded them.
"""

from qgis.core import Qgis, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..core import data
from ..core.areas.layer import is_area_layer
from ..core.common import log
from ..core.overlay.styles import CANDIDATE_AREAS, PLANUNGSRAEUME, SUMMARY, style_output
from ..definitions import datasets, properties
from ..definitions.processing import CRITERIA_OVERLAY_ID
from ..gui.messages import notify

#: Field names under which a loaded layer holds an Lmb quota or a social-atlas class.
LMB_FIELDS = ("lmb_quote", "lmb_quota", "lmb")
SOCIAL_CLASS_FIELDS = ("schicht", "klasse", "class")


def _vector_layers(project):
    """The project's vector layers in layer-tree order (top first), so the choice is stable."""
    layers = [node.layer() for node in project.layerTreeRoot().findLayers()]
    return [layer for layer in layers if isinstance(layer, QgsVectorLayer) and layer.isValid()]


def _dataset(layer):
    return layer.customProperty(properties.DATASET)


def _has(layer, *names):
    return all(layer.fields().lookupField(name) >= 0 for name in names)


def _first_field(layer, names):
    return next((name for name in names if layer.fields().lookupField(name) >= 0), None)


def _geometry(layer):
    return QgsWkbTypes.geometryType(layer.wkbType())


def _pick(layers, *tests):
    """The first layer passing the first test that any layer passes."""
    for test in tests:
        for layer in layers:
            if test(layer):
                return layer
    return None


def find_inputs(project=None):
    """The loaded layers that fit each input of the overlay: {parameter: layer}."""
    layers = _vector_layers(project or QgsProject.instance())
    polygons = [layer for layer in layers if _geometry(layer) == QgsWkbTypes.GeometryType.PolygonGeometry]
    points = [layer for layer in layers if _geometry(layer) == QgsWkbTypes.GeometryType.PointGeometry]
    found = {
        "PLANUNGSRAEUME": _pick(polygons, lambda layer: _dataset(layer) == datasets.LOR_PLR_2021,
                                lambda layer: _has(layer, "plr_id") and not _has(layer, "si_n") and not is_area_layer(layer)),
        "MSS": _pick(layers, lambda layer: _dataset(layer) == datasets.MSS_2021, lambda layer: _has(layer, "plr_id", "si_n", "di_n")),
        "SCHOOLS": _pick(points, lambda layer: layer.customProperty(properties.INDICATOR) == properties.LMB_SCHOOLS,
                         lambda layer: _has(layer, "bsn") and _first_field(layer, LMB_FIELDS) is not None,
                         lambda layer: _dataset(layer) == datasets.SCHULEN_2023, lambda layer: _has(layer, "bsn", "schulart")),
        "SOCIAL": _pick(layers, lambda layer: layer.customProperty(properties.INDICATOR) == properties.SOCIAL_ATLAS,
                        lambda layer: _has(layer, "plr_id") and _first_field(layer, SOCIAL_CLASS_FIELDS) is not None),
        "AREAS": _pick(polygons, is_area_layer),
    }
    if found["PLANUNGSRAEUME"] is None and found["MSS"] is not None and _geometry(found["MSS"]) == QgsWkbTypes.GeometryType.PolygonGeometry:
        found["PLANUNGSRAEUME"] = found["MSS"]  # the MSS layer carries the Planungsraum outlines too
    return {name: layer for name, layer in found.items() if layer is not None}


def overlay_parameters(project=None):
    """Initial values for the algorithm dialog: loaded layers, else the bundled files."""
    found = find_inputs(project)
    snapshot = data.read_snapshot()
    parameters = {}
    for name, dataset_id in (("PLANUNGSRAEUME", datasets.LOR_PLR_2021), ("MSS", datasets.MSS_2021), ("SCHOOLS", datasets.SCHULEN_2023)):
        layer = found.get(name)
        parameters[name] = layer if layer is not None else str(snapshot.dataset(dataset_id).path)
    schools = found.get("SCHOOLS")
    if schools is not None:
        lmb_field = _first_field(schools, LMB_FIELDS)
        if lmb_field:
            parameters["LMB_FIELD"] = lmb_field
    social = found.get("SOCIAL")
    if social is not None:
        parameters.update({"SOCIAL": social, "SOCIAL_CLASS_FIELD": _first_field(social, SOCIAL_CLASS_FIELDS)})
    areas = found.get("AREAS")
    if areas is not None:
        parameters.update({"AREAS": areas, "AREAS_CODE_FIELD": areas.customProperty(properties.CODE_FIELD) or "code"})
        if _has(areas, "name"):
            parameters["AREAS_NAME_FIELD"] = "name"
    return parameters


def algorithm_available():
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(CRITERIA_OVERLAY_ID) is not None


def open_overlay_dialog(iface=None, project=None):
    """Run the prefilled dialog (modal); add and style what it produced; return its results.

    Without the plugin's Processing provider registered, says so in the message bar.
    """
    if not algorithm_available():
        if iface is not None:
            notify(iface.messageBar(), Qgis.MessageLevel.Critical,
                   QCoreApplication.translate("OverlayLauncher", "The criteria overlay is not available."),
                   "Processing algorithm {} is not registered (initProcessing of the plugin).".format(CRITERIA_OVERLAY_ID))
        return {}
    import processing

    project = project or QgsProject.instance()
    results = processing.execAlgorithmDialog(CRITERIA_OVERLAY_ID, overlay_parameters(project)) or {}
    if results:
        add_results(results, project)
    return results


def _layer_of(value, project):
    """A result value (layer, layer id or path) as (layer, already in the project)."""
    if isinstance(value, QgsVectorLayer):
        return value, project.mapLayer(value.id()) is not None
    if isinstance(value, str) and value:
        in_project = project.mapLayer(value)
        if in_project is not None:
            return in_project, True
        layer = QgsVectorLayer(value, "criteria overlay", "ogr")
        if layer.isValid():
            return layer, False
        log.warning("Criteria overlay: cannot open the result {}".format(value))
    return None, False


def _note(layer):
    index = layer.fields().lookupField("data_note")
    if index < 0:
        return ""
    for feature in layer.getFeatures():
        value = feature[index]
        return value if isinstance(value, str) else ""
    return ""


def add_results(results, project=None):
    """Style the overlay's outputs and put them on top of the plugin's group; return the layers.

    Outputs QGIS has already loaded (the dialog does) are moved, not added twice.
    """
    project = project or QgsProject.instance()
    group = data.plugin_group(project)
    root = project.layerTreeRoot()
    layers = []
    for kind in (SUMMARY, PLANUNGSRAEUME, CANDIDATE_AREAS):  # inserted at the top in turn: candidate areas end up first
        layer, present = _layer_of(results.get(kind), project)
        if layer is None:
            continue
        style_output(layer, kind, _note(layer))
        if present:
            node = root.findLayer(layer.id())
            if node is not None and node.parent() is not group:
                clone = node.clone()
                group.insertChildNode(0, clone)
                node.parent().removeChildNode(node)
        else:
            project.addMapLayer(layer, False)
            group.insertLayer(0, layer)
        if kind == PLANUNGSRAEUME:
            layer.setOpacity(0.85)
        layers.append(layer)
    return layers
