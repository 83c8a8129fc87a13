"""The Handlungsräume layer: its style, its concept address and the action stored in it."""

from qgis.core import (
    QgsAction,
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsField,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
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


def _renderer(language):
    words = in_language(language)
    categories = []
    for basis, (label, dashed) in BASIS_CLASSES.items():
        symbol = QgsFillSymbol.createSimple({
            "color": "200,16,46,40", "outline_color": "#c8102e", "outline_width": "0.7",
            "outline_style": "dash" if dashed else "solid"})
        categories.append(QgsRendererCategory(basis, symbol, words.translate("AreaLayer", label)))
    return QgsCategorizedSymbolRenderer("basis", categories)


def _labeling(code_field):
    settings = QgsPalLayerSettings()
    settings.fieldName = code_field
    text = QgsTextFormat()
    text.setSize(9)
    text.setColor(QColor("#8a0b20"))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
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
    if layer.fields().indexFromName("basis") >= 0:
        layer.setRenderer(_renderer(language))  # the bundled approximation says how it was drawn
    layer.setLabeling(_labeling(code_field))
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


def match_codes(values, catalogue):
    """Compare codes found in a file with the catalogue: (matched, unknown, missing), sorted."""
    found = {str(value).strip() for value in values if value is not None and str(value).strip()}
    known = {area.code for area in catalogue.areas}
    return sorted(found & known), sorted(found - known), sorted(known - found)
