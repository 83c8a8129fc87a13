"""The Handlungsräume layer: its style, its concept address and the action stored in it."""

from qgis.core import (
    QgsAction,
    QgsCentroidFillSymbolLayer,
    QgsExpression,
    QgsField,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant
from qgis.PyQt.QtGui import QColor

from ...definitions import datasets, properties
from ..common.i18n import in_language
from .documents import resolve

CONCEPT_FIELD = "concept_url"

#: basis -> (legend label, dashed outline?)
BASIS_CLASSES = {
    "official_text": (QT_TRANSLATE_NOOP("AreaLayer", "Official description (possibly incomplete)"), False),
    "name_match": (QT_TRANSLATE_NOOP("AreaLayer", "Approximate: LOR unit of the same name"), True),
    "criteria_derived": (QT_TRANSLATE_NOOP("AreaLayer", "Approximate: LOR region with MSS criterion"), True),
    "wms_derived": (QT_TRANSLATE_NOOP("AreaLayer", "Derived from the Geoportal's map service (Planungsräume)"), False),
}


def is_area_layer(layer):
    return layer is not None and layer.customProperty(properties.DATASET) == datasets.HANDLUNGSRAEUME


#: The labels' size in points, and the smaller size beyond a scale of 1:280 000 (all of Berlin on a
#: screen narrower than 1600 pixels), where the names of the north-west's areas (01–07) need it
#: (tried with the labelling engines of QGIS 3.22, 3.40 and 3.44: tests/desktop/test_desktop_editions.py).
TEXT_SIZE, SMALL_TEXT_SIZE, SMALL_TEXT_BEYOND_SCALE = 8.5, 7, 280000

#: Below this size on the map (square root of the area, in mm at the current scale) an area also
#: gets a marker at its centre, so that the small ones (13a–13d) stay visible at city scale.
MARKER_BELOW_MM = 4.5
#: The marker's diameter in mm.
MARKER_SIZE_MM = 3.4


def _renderer(language, bases=None):
    """One rule per basis of the boundary (``bases``: those the layer holds, so that the legend lists
    no kind of boundary the layer does not have), and a marker at the centre of every area that is
    small on the map at the current scale (a rule's filter sees ``@map_scale``; a symbol layer's
    does not)."""
    words = in_language(language)
    root = QgsRuleBasedRenderer.Rule(None)
    for basis, (label, dashed) in BASIS_CLASSES.items():
        if bases is not None and basis not in bases:
            continue
        symbol = QgsFillSymbol.createSimple({
            "color": "200,16,46,70", "outline_color": "#c8102e", "outline_width": "0.7",
            "outline_style": "dash" if dashed else "solid"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp="\"basis\" = {}".format(QgsExpression.quotedValue(basis)),
                                                   label=words.translate("AreaLayer", label)))
    marker = QgsCentroidFillSymbolLayer()
    marker.setPointOnSurface(True)
    marker.setPointOnAllParts(False)
    marker.setSubSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "200,16,46,210", "outline_color": "#ffffff", "outline_width": "0.5", "size": str(MARKER_SIZE_MM)}))
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, marker)
    small = "sqrt(area($geometry)) / @map_scale * 1000 < {}".format(MARKER_BELOW_MM)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=small, label=words.translate(
        "AreaLayer", "Marker: an area too small to see at this scale")))
    return QgsRuleBasedRenderer(root)


def _labeling(code_field, name_field=None):
    """Code and name (where the layer has names), wrapped, dark on a white halo; every area labelled."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    code = QgsExpression.quotedColumnRef(code_field)
    settings.fieldName = "{} || coalesce(' ' || {}, '')".format(code, QgsExpression.quotedColumnRef(name_field)) if name_field else code
    settings.autoWrapLength = 16
    settings.displayAll = True
    # around the point the marker of a small area is drawn at, clear of that marker
    settings.geometryGeneratorEnabled = True
    settings.geometryGenerator = "point_on_surface($geometry)"
    settings.geometryGeneratorType = QgsWkbTypes.GeometryType.PointGeometry
    settings.dist = MARKER_SIZE_MM / 2 + 0.8
    obstacle = settings.obstacleSettings()  # the areas (and so their markers) weigh more than the default
    obstacle.setFactor(2.0)
    settings.setObstacleSettings(obstacle)
    text = QgsTextFormat()
    text.setSize(TEXT_SIZE)
    text.setColor(QColor("#6e0a1d"))
    bold = text.font()
    bold.setBold(True)
    text.setFont(bold)
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor(255, 255, 255, 230))
    text.setBuffer(buffer)
    settings.setFormat(text)
    # all of Berlin on a small screen (1280×800: about 1:325 000) leaves the north-west too little room
    settings.dataDefinedProperties().setProperty(QgsPalLayerSettings.Property.Size, QgsProperty.fromExpression(
        "if(@map_scale > {}, {}, {})".format(SMALL_TEXT_BEYOND_SCALE, SMALL_TEXT_SIZE, TEXT_SIZE)))
    return QgsVectorLayerSimpleLabeling(settings)


def concept_expression(catalogue, code_field="code"):
    """An expression giving each area's concept address (local file first), from the catalogue."""
    branches = []
    for area in catalogue.areas:
        documents = catalogue.documents_for(area.code)
        url = resolve(documents[0]).url if documents else ""
        if url:
            branches.append("WHEN {} = {} THEN {}".format(
                QgsExpression.quotedColumnRef(code_field), QgsExpression.quotedValue(area.code), QgsExpression.quotedValue(url)))
    if not branches:
        return "NULL"
    return "CASE {} ELSE NULL END".format(" ".join(branches))


def open_concept_action(language):
    """The OpenUrl action that QGIS's Identify tool and attribute table offer (no Python)."""
    name = in_language(language).translate("AreaLayer", "Open concept")
    action = QgsAction(QgsAction.ActionType.OpenUrl, name, '[% "{}" %]'.format(CONCEPT_FIELD), "", False, name, {"Feature", "Canvas"})
    return action


def prepare_area_layer(layer, catalogue, language=None, code_field="code"):
    """Style the area layer, give it the concept address field and the stored OpenUrl action.

    Safe to call again (after the catalogue or a local file changed): it replaces what it set.
    """
    layer.setCustomProperty(properties.DATASET, datasets.HANDLUNGSRAEUME)
    layer.setCustomProperty(properties.CODE_FIELD, code_field)
    basis = layer.fields().indexFromName("basis")
    if basis >= 0:  # the bundled approximation and the derived boundaries say how they were drawn
        layer.setRenderer(_renderer(language, {str(value) for value in layer.uniqueValues(basis)}))
    layer.setLabeling(_labeling(code_field, "name" if layer.fields().indexFromName("name") >= 0 else None))
    layer.setLabelsEnabled(True)
    index = layer.fields().indexFromName(CONCEPT_FIELD)
    if index >= 0:
        layer.removeExpressionField(index)
    layer.addExpressionField(concept_expression(catalogue, code_field), QgsField(CONCEPT_FIELD, QVariant.String))
    actions = layer.actions()
    for existing in actions.actions():
        if existing.type() == QgsAction.ActionType.OpenUrl and CONCEPT_FIELD in existing.command():
            actions.removeAction(existing.id())
    actions.addAction(open_concept_action(language))
    return layer


def label_codes_only(layer, code_field="code"):
    """Label the areas with their code alone (a small map beside a table that names them)."""
    layer.setLabeling(_labeling(code_field))
    layer.setLabelsEnabled(True)
    return layer


def match_codes(values, catalogue):
    """Compare codes found in a file with the catalogue: (matched, unknown, missing), sorted."""
    found = {str(value).strip() for value in values if value is not None and str(value).strip()}
    known = {area.code for area in catalogue.areas}
    return sorted(found & known), sorted(found - known), sorted(known - found)
