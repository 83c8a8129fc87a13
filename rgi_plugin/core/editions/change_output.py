"""The output of ``rgi:mss_change``: fields (a documented interface), features and the diverging map.

Whoever scripts the algorithm relies on these field names; change them only together with the
algorithm's help and the README.
"""

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsLayerMetadata,
    QgsRuleBasedRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...definitions import properties
from ..common.features import as_multi, fields_of
from ..common.features import field_list as common_field_list

#: (name, type, meaning)
CHANGE_FIELDS = (
    ("plr_id", "str", QT_TRANSLATE_NOOP("MssChangeFields", "Planungsraum id of the later edition, 8 digits")),
    ("plr_name", "str", QT_TRANSLATE_NOOP("MssChangeFields", "its name")),
    ("ew_from", "int", QT_TRANSLATE_NOOP("MssChangeFields",
                                         "inhabitants in the earlier edition (across schemes: by area share)")),
    ("ew_to", "int", QT_TRANSLATE_NOOP("MssChangeFields", "inhabitants in the later edition")),
    ("si_n_from", "float", QT_TRANSLATE_NOOP("MssChangeFields",
                                             "status class in the earlier edition (across schemes: area-weighted mean)")),
    ("si_n_to", "int", QT_TRANSLATE_NOOP("MssChangeFields", "status class in the later edition (1 hoch … 4 sehr niedrig)")),
    ("si_change", "float", QT_TRANSLATE_NOOP("MssChangeFields", "si_n_to − si_n_from: positive = lower status, negative = higher")),
    ("di_n_from", "int", QT_TRANSLATE_NOOP("MssChangeFields",
                                           "dynamics class in the earlier edition (across schemes: the one covering most)")),
    ("di_n_to", "int", QT_TRANSLATE_NOOP("MssChangeFields", "dynamics class in the later edition (1 positiv, 3 stabil, 5 negativ)")),
    ("cover_pct", "float", QT_TRANSLATE_NOOP("MssChangeFields",
                                             "share of the area covered by rated Planungsräume of the earlier edition")),
    ("from_plr_ids", "str", QT_TRANSLATE_NOOP("MssChangeFields",
                                              "Planungsräume of the earlier edition (across schemes: with share of the area)")),
    ("method", "str", QT_TRANSLATE_NOOP("MssChangeFields",
                                        "'same_scheme' (joined by id) or 'area_weighted' (different LOR schemes)")),
    ("note", "str", QT_TRANSLATE_NOOP("MssChangeFields", "why there is no change: not_rated_before, not_rated_after, not_rated")),
)
CHANGE_WKB = QgsWkbTypes.Type.MultiPolygon

#: Custom property marking a layer as an output of rgi:mss_change.
KIND_PROPERTY = properties.MSS_CHANGE_OUTPUT


def change_fields():
    return fields_of(CHANGE_FIELDS)


def change_features(result):
    """QgsFeatures of a ``ChangeResult`` in the field order of ``CHANGE_FIELDS``."""
    for row in result.rows:
        feature = QgsFeature()
        values = [getattr(row, name) if name != "method" else result.method for name, _, _ in CHANGE_FIELDS]
        feature.setAttributes(values)
        feature.setGeometry(as_multi(row.geometry))
        yield feature


def _fill(colour, style="solid", outline="#ffffff"):
    return QgsFillSymbol.createSimple({"color": colour, "style": style, "outline_color": outline, "outline_width": "0.1"})


#: Diverging classes of si_change: (expression, colour, label). Blue = higher status, red = lower.
def _classes():
    translate = QCoreApplication.translate
    return (
        ('"si_change" <= -1.5', "#2166ac", translate("MssChange", "status 2–3 classes higher")),
        ('"si_change" > -1.5 AND "si_change" <= -0.5', "#92c5de", translate("MssChange", "status 1 class higher")),
        ('"si_change" > -0.5 AND "si_change" < 0.5', "#f7f7f7", translate("MssChange", "status unchanged")),
        ('"si_change" >= 0.5 AND "si_change" < 1.5', "#f4a582", translate("MssChange", "status 1 class lower")),
        ('"si_change" >= 1.5', "#b2182b", translate("MssChange", "status 2–3 classes lower")),
    )


def change_renderer():
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, label in _classes():
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colour, outline="#bdbdbd"), filterExp=expression, label=label))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        _fill("#bdbdbd", style="b_diagonal"), filterExp='"si_change" IS NULL',
        label=QCoreApplication.translate("MssChange", "not compared (not rated in one edition)")))
    return QgsRuleBasedRenderer(root)


def layer_title(result):
    return QCoreApplication.translate("MssChange", "MSS change {before} → {after}").format(
        before=result.edition_from.label, after=result.edition_to.label)


def change_metadata(result, base=None):
    """Layer metadata stating both editions (source, licence) and the method."""
    metadata = QgsLayerMetadata(base) if base is not None else QgsLayerMetadata()
    metadata.setTitle(layer_title(result))
    metadata.setIdentifier("mss_change_{}_{}".format(result.edition_from.year, result.edition_to.year))
    metadata.setType("dataset")
    lines = [result.describe(), "", result.edition_from.describe(), result.edition_to.describe()]
    metadata.setAbstract("\n".join(lines))
    metadata.setRights([result.edition_from.attribution, result.edition_to.attribution])
    metadata.setLicenses(sorted({result.edition_from.licence, result.edition_to.licence}))
    metadata.setKeywords({"gemeinschaftsinitiative": ["Berlin", "Gemeinschaftsinitiative", "MSS", "mss_change"]})
    return metadata


def style_change_layer(layer, result):
    layer.setName(layer_title(result))
    layer.setRenderer(change_renderer())
    layer.setMetadata(change_metadata(result, layer.metadata()))
    layer.setCustomProperty(KIND_PROPERTY, result.method)
    layer.triggerRepaint()
    return layer


def field_list():
    """``(name, type, meaning)`` with the meaning in the user's language (help text)."""
    return common_field_list(CHANGE_FIELDS, "MssChangeFields")
