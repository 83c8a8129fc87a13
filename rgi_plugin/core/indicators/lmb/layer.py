"""Criterion 2 on the map: public primary schools with their Lmb quota, threshold styled.

``create_lmb_school_layer`` copies the public Grundschulen of a schools layer (bundled or
live, internal field names) into a new memory layer with the fields ``lmb_quote`` (percent),
``lmb_schuljahr`` and ``data_note`` (the example label where a value is synthetic); schools
without a value keep NULL and have their own legend class.
The layer name, metadata, legend and custom properties say where the values come from, and
say "Beispieldaten – keine amtlichen Werte" when they are the synthetic example.
"""

from qgis.core import (
    NULL,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsMarkerSymbol,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ....definitions import properties
from ...common.features import add_attributes, add_features
from ...common.i18n import in_language
from ...common.metadata import layer_metadata
from ...common.values import format_decimal
from ..criteria import LMB_THRESHOLD_PERCENT, PUBLIC_PRIMARY_SCHOOL_EXPRESSION
from ..layers import IndicatorError, mark, require_fields
from .example import EXAMPLE_MARK, example_label

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

QUOTA_FIELD = "lmb_quote"
YEAR_FIELD = "lmb_schuljahr"
NOTE_FIELD = "data_note"
REQUIRED_SCHOOL_FIELDS = ("bsn", "schulart", "traeger")

#: Legend classes: fill colour, size (mm), outline colour. Blues, so that they stand out on the
#: orange-red MSS classes beneath; the schools that meet the criterion are larger and darkest.
AT_OR_ABOVE_STYLE = ("#08306b", "3.0", "#ffffff")
BELOW_STYLE = ("#6baed6", "1.9", "#08306b")
NO_VALUE_STYLE = ("#ffffff", "1.4", "#636363")


def school_catalogue(schools_layer):
    """BSN -> True when the school is a public primary school (``PUBLIC_PRIMARY_SCHOOL_EXPRESSION``)."""
    require_fields(schools_layer, REQUIRED_SCHOOL_FIELDS)
    from .columns import normalise_bsn

    expression = QgsExpression(PUBLIC_PRIMARY_SCHOOL_EXPRESSION)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(schools_layer))
    catalogue = {}
    for feature in schools_layer.getFeatures():
        context.setFeature(feature)
        bsn = normalise_bsn(feature["bsn"] if feature["bsn"] != NULL else None)
        if bsn:
            catalogue[bsn] = bool(expression.evaluate(context))
    return catalogue


def threshold_expression(threshold=LMB_THRESHOLD_PERCENT, field=QUOTA_FIELD):
    """Expression true for schools at or above the threshold (74.9 -> false, 75.0 -> true)."""
    return '"{}" >= {!r}'.format(field, float(threshold))


def _percent(threshold, language):
    return "{} %".format(format_decimal(float(threshold), language))


def lmb_renderer(threshold=LMB_THRESHOLD_PERCENT, language=None, example=False, school_year=None, field=QUOTA_FIELD):
    """Rule-based renderer: at/above the threshold, below, no value; under a heading rule."""
    words = in_language(language)
    heading = words.translate("LmbLayer", "Lernmittelbefreiung quota")
    if school_year:
        heading += " {}".format(school_year)
    if example:
        heading += " – " + example_label(words.language)
    parent = QgsRuleBasedRenderer.Rule(None, label=heading)
    limit = _percent(threshold, words.language)
    classes = (
        (threshold_expression(threshold, field), AT_OR_ABOVE_STYLE,
         words.translate("LmbLayer", "{limit} or more (criterion met)").format(limit=limit)),
        ('"{}" < {!r}'.format(field, float(threshold)), BELOW_STYLE, words.translate("LmbLayer", "below {limit}").format(limit=limit)),
        ('"{}" IS NULL'.format(field), NO_VALUE_STYLE, words.translate("LmbLayer", "no Lmb quota")),
    )
    for expression, (colour, size, outline), label in classes:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "outline_color": outline, "outline_width": "0.35", "size": size})
        parent.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expression, label=label))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(parent)
    return QgsRuleBasedRenderer(root)


def lmb_layer_name(lmb, language=None):
    name = in_language(language).translate("LmbLayer", "Primary schools – Lmb quota")
    if lmb is not None and lmb.school_year:
        name += " {}".format(lmb.school_year)
    if lmb is not None and lmb.example:
        name += " ({})".format(example_label(language))
    return name


def create_lmb_school_layer(schools_layer, lmb, threshold=LMB_THRESHOLD_PERCENT, language=None, primary_only=True):
    """A new memory layer of the (public primary) schools with ``lmb_quote``, styled; not added to a project."""
    require_fields(schools_layer, REQUIRED_SCHOOL_FIELDS)
    from .columns import normalise_bsn

    language = in_language(language).language
    fields = QgsFields(schools_layer.fields())
    for name in (QUOTA_FIELD, YEAR_FIELD, NOTE_FIELD):
        if fields.indexOf(name) >= 0:
            raise IndicatorError(_translate("Indicators", "The layer “{layer}” already has a field {field}.").format(
                layer=schools_layer.name(), field=name))
    fields.append(QgsField(QUOTA_FIELD, QVariant.Double, "double", 6, 2))
    fields.append(QgsField(YEAR_FIELD, QVariant.String, "string", 9))
    fields.append(QgsField(NOTE_FIELD, QVariant.String, "string", 80))
    uri = "{}?crs={}".format(QgsWkbTypes.displayString(schools_layer.wkbType()), schools_layer.crs().authid())
    layer = QgsVectorLayer(uri, lmb_layer_name(lmb, language), "memory")
    if not layer.isValid():
        raise IndicatorError(_translate("Indicators", "A memory layer for the schools could not be created."))
    add_attributes(layer, fields.toList(), IndicatorError)

    request = QgsFeatureRequest()
    if primary_only:
        request.setFilterExpression(PUBLIC_PRIMARY_SCHOOL_EXPRESSION)
    values = lmb.values if lmb is not None else {}
    note = EXAMPLE_MARK if (lmb is not None and lmb.example) else None
    features = []
    for school in schools_layer.getFeatures(request):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(school.geometry())
        bsn = normalise_bsn(school["bsn"] if school["bsn"] != NULL else None)
        quota = values.get(bsn)
        year = lmb.school_year if (lmb is not None and quota is not None and lmb.school_year) else None
        extra = [quota, None if year is None else str(year), note if quota is not None else None]
        feature.setAttributes(list(school.attributes()) + [NULL if value is None else value for value in extra])
        features.append(feature)
    add_features(layer, features, IndicatorError)

    layer.setRenderer(lmb_renderer(threshold, language, lmb is not None and lmb.example, lmb.school_year if lmb else None))
    layer.setMetadata(_metadata(schools_layer, lmb, threshold, language, len(features)))
    mark(layer, properties.LMB_SCHOOLS, lmb is not None and lmb.example, lmb.source if lmb is not None else "")
    return layer


def _metadata(schools_layer, lmb, threshold, language, count):
    words = in_language(language)
    language = words.language
    lines = []
    if lmb is not None and lmb.example:
        lines.append(example_label(language))
        lines.append(words.translate("LmbLayer", "Synthetic values generated by scripts/build_example_lmb.py; not for decisions."))
    lines.append(words.translate("LmbLayer", "{n} public primary schools from “{layer}”.").format(n=count, layer=schools_layer.name()))
    if lmb is not None:
        lines.append(words.translate("LmbLayer", "Lmb quotas: {source} ({used} values used); threshold {limit}.").format(
            source=lmb.label(language), used=len(lmb.values), limit=_percent(threshold, language)))
        if lmb.workspace:
            lines.append(words.translate("LmbLayer", "Internal data of the administration (not public), from the shared workspace: "
                                                     "only the quotas of the Bezirke of this login."))
        elif not lmb.example:
            lines.append(words.translate("LmbLayer", "Internal data of the administration (not public); the file stays local."))
    else:
        lines.append(words.translate("LmbLayer", "No Lmb table loaded."))
    rights = list(schools_layer.metadata().rights())
    if lmb is not None and lmb.example:
        rights.append(example_label(language))
    return layer_metadata(properties.LMB_SCHOOLS, lmb_layer_name(lmb, language), language, "\n".join(lines), rights)
