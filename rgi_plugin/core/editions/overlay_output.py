"""The comparison output of ``rgi:criteria_overlay_compare``: fields (a documented interface),
features and the map style (entered: orange, left: blue outline)."""

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

#: (name, type, meaning); the values after ``plr_name`` are the deciding values of the edition named in ``edition``.
COMPARISON_FIELDS = (
    ("change", "str", QT_TRANSLATE_NOOP("OverlayCompareFields",
                                        "'entered' (candidate only in the later run) or 'left' (only in the earlier)")),
    ("edition", "str", QT_TRANSLATE_NOOP("OverlayCompareFields", "the edition whose Planungsraum and values the row shows")),
    ("lor_scheme", "str", QT_TRANSLATE_NOOP("OverlayCompareFields", "its LOR scheme (lor_2019: before 2021, lor_2021)")),
    ("plr_id", "str", QT_TRANSLATE_NOOP("OverlayCompareFields", "Planungsraum id in that scheme")),
    ("plr_name", "str", QT_TRANSLATE_NOOP("OverlayCompareFields", "its name")),
    ("ew", "int", QT_TRANSLATE_NOOP("OverlayCompareFields", "inhabitants")),
    ("mss_status", "int", QT_TRANSLATE_NOOP("OverlayCompareFields", "MSS status class (1 hoch … 4 sehr niedrig)")),
    ("mss_dynamics", "int", QT_TRANSLATE_NOOP("OverlayCompareFields", "MSS dynamics class (1 positiv, 3 stabil, 5 negativ)")),
    ("crit_mss", "bool", QT_TRANSLATE_NOOP("OverlayCompareFields", "criterion 1 met (NULL: no rating)")),
    ("n_schools", "int", QT_TRANSLATE_NOOP("OverlayCompareFields", "schools passing the filter")),
    ("lmb_max", "float", QT_TRANSLATE_NOOP("OverlayCompareFields", "highest Lmb quota there (percent)")),
    ("crit_school", "bool", QT_TRANSLATE_NOOP("OverlayCompareFields", "criterion 2 met (NULL: no quota)")),
    ("social_class", "int", QT_TRANSLATE_NOOP("OverlayCompareFields", "inferred GESIx class (7 = lowest values)")),
    ("crit_social", "bool", QT_TRANSLATE_NOOP("OverlayCompareFields", "criterion 3 met (NULL: no value)")),
    ("n_criteria_data", "int", QT_TRANSLATE_NOOP("OverlayCompareFields", "criteria with data")),
    ("n_criteria", "int", QT_TRANSLATE_NOOP("OverlayCompareFields", "criteria met")),
    ("hr_code", "str", QT_TRANSLATE_NOOP("OverlayCompareFields", "current Handlungsraum it lies in")),
    ("other_cover_pct", "float", QT_TRANSLATE_NOOP("OverlayCompareFields",
                                                   "across schemes: share covered by the other run's candidates")),
    ("other_plr_ids", "str", QT_TRANSLATE_NOOP("OverlayCompareFields",
                                               "the other run's Planungsräume there (* = candidate; across schemes with share)")),
    ("data_note", "str", QT_TRANSLATE_NOOP("OverlayCompareFields", "note on the data, e.g. that Lmb values are examples")),
)
COMPARISON_WKB = QgsWkbTypes.Type.MultiPolygon
KIND_PROPERTY = properties.OVERLAY_COMPARISON


def comparison_fields():
    return fields_of(COMPARISON_FIELDS)


def comparison_features(comparison, note=""):
    for row in comparison.rows:
        plr = row.plr
        values = [row.change, row.edition.label, row.edition.scheme, plr.plr_id, plr.plr_name, plr.ew, plr.mss_status,
                  plr.mss_dynamics, plr.crit_mss, plr.n_schools, plr.lmb_max, plr.crit_school, plr.social_class,
                  plr.crit_social, plr.n_criteria_data, plr.n_criteria, plr.hr_code, row.other_cover_pct,
                  row.other_plr_ids, note or None]
        feature = QgsFeature()
        feature.setAttributes(values)
        feature.setGeometry(as_multi(plr.geometry))
        yield feature


def comparison_renderer():
    root = QgsRuleBasedRenderer.Rule(None)
    entered = QgsFillSymbol.createSimple({"color": "#fd8d3c", "outline_color": "#a63603", "outline_width": "0.3"})
    left = QgsFillSymbol.createSimple({"color": "#6baed6", "style": "b_diagonal", "outline_color": "#08519c", "outline_width": "0.4"})
    root.appendChild(QgsRuleBasedRenderer.Rule(entered, filterExp="\"change\" = 'entered'", label=QCoreApplication.translate(
        "OverlayCompare", "entered the candidate set")))
    root.appendChild(QgsRuleBasedRenderer.Rule(left, filterExp="\"change\" = 'left'", label=QCoreApplication.translate(
        "OverlayCompare", "left the candidate set")))
    return QgsRuleBasedRenderer(root)


def layer_title(comparison):
    return QCoreApplication.translate("OverlayCompare", "Criteria overlay: candidates entered/left {before} → {after}").format(
        before=comparison.before.edition.label, after=comparison.after.edition.label)


def comparison_metadata(comparison, notes, base=None):
    metadata = QgsLayerMetadata(base) if base is not None else QgsLayerMetadata()
    metadata.setTitle(layer_title(comparison))
    metadata.setAbstract("\n\n".join([comparison.describe()] + list(notes) + [
        comparison.before.edition.describe(), comparison.after.edition.describe()]))
    metadata.setRights(sorted({comparison.before.edition.attribution, comparison.after.edition.attribution}))
    metadata.setKeywords({"gemeinschaftsinitiative": ["Berlin", "Gemeinschaftsinitiative", "criteria_overlay_compare"]})
    return metadata


def style_comparison_layer(layer, comparison, notes):
    layer.setName(layer_title(comparison))
    layer.setRenderer(comparison_renderer())
    layer.setMetadata(comparison_metadata(comparison, notes, layer.metadata()))
    layer.setCustomProperty(KIND_PROPERTY, True)
    layer.triggerRepaint()
    return layer


def field_list():
    return common_field_list(COMPARISON_FIELDS, "OverlayCompareFields")
