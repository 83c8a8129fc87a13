"""The criteria summarised for one area given as a list of Planungsraum ids (e.g. a Handlungsraum).

Independent of how areas are defined: the caller passes the 8-digit ``plr_id`` list. Figures:
population (sum of ``ew`` of the MSS layer), number of Planungsräume, share with besonderem
Aufmerksamkeitsbedarf (of the Planungsräume the MSS rates, and of their population), public
Grundschulen inside the area (point in the union of its Planungsräume), how many have an Lmb
quota, how many are at or above the threshold, their mean quota (unweighted mean over schools
with a value), the Schicht distribution and the data editions used. Shown and exported by
``export.py``.
"""

from dataclasses import dataclass, field

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
)

from ...definitions import properties
from ..common.i18n import in_language
from ..common.schema import normalise_lor_id
from ..indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, PUBLIC_PRIMARY_SCHOOL_EXPRESSION, meets_lmb_threshold
from ..indicators.lmb.columns import normalise_bsn
from ..indicators.mss.reader import read_mss_table
from ..indicators.mss.styles import mss_edition

NO_CLASS = "none"


def _value(feature, name):
    index = feature.fields().indexOf(name)
    if index < 0:
        return None
    value = feature.attribute(index)
    return None if value == NULL else value


@dataclass
class AreaSummary:
    name: str
    plr_ids: list
    found: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    population: int = 0
    without_population: int = 0
    rated: int = 0
    attention: int = 0
    attention_population: int = 0
    rated_population: int = 0
    schools: int = 0
    schools_with_quota: int = 0
    schools_at_threshold: int = 0
    mean_quota: object = None
    threshold: float = LMB_THRESHOLD_PERCENT
    schicht: object = None  # {class: count, NO_CLASS: count} or None without social data
    editions: list = field(default_factory=list)
    example_lmb: bool = False
    counted: list = field(default_factory=list)  # (BSN, Lmb quota in percent) of each school counted with a quota

    @property
    def quotas(self):
        """The Lmb quotas of the area's schools, ascending (one per school location)."""
        return sorted(quota for _, quota in self.counted)

    @property
    def attention_share(self):
        """Share (0..1) of the rated Planungsräume with besonderem Aufmerksamkeitsbedarf."""
        return self.attention / self.rated if self.rated else None

    @property
    def attention_population_share(self):
        return self.attention_population / self.rated_population if self.rated_population else None


def _edition(layer, language):
    """'<title>: <edition>' from the bundled catalogue, else the layer name (and MSS data date)."""
    dataset_id = layer.customProperty(properties.DATASET)
    if dataset_id:
        from ..data.snapshot import BundledDataError, read_snapshot

        try:
            dataset = read_snapshot().dataset(dataset_id)
            return "{}: {}".format(dataset.localized_title(language), dataset.edition)
        except (KeyError, BundledDataError):  # an unreadable catalogue only costs the edition text
            pass
    date = mss_edition(layer)
    return "{} ({})".format(layer.name(), date) if date else layer.name()


def summarise_area(plr_ids, mss_layer, schools_layer=None, lmb=None, social=None, name="", plr_layer=None,
                   rule=DEFAULT_MSS_RULE, threshold=LMB_THRESHOLD_PERCENT, language=None):
    """Summary of the area made of ``plr_ids``.

    ``mss_layer``: Planungsräume with MSS fields (``plr_id, ew, si_n, di_n, kom``); its
    geometry is the area unless ``plr_layer`` is given. ``lmb``: ``LmbImport`` or a dict
    BSN -> percent. ``social``: ``SocialImport`` or a dict plr_id -> Schicht.
    """
    language = in_language(language).language
    wanted = sorted({normalise_lor_id(i, 8) for i in plr_ids} - {None})
    summary = AreaSummary(name=name, plr_ids=wanted, threshold=threshold)
    summary.editions.append(_edition(mss_layer, language))
    mss = read_mss_table(mss_layer)  # the overlay's reader: placeholders, class names, German thousands
    for plr_id in wanted:
        row = mss.rows.get(plr_id)
        if row is None:
            continue
        summary.found.append(plr_id)
        if row.ew is None:
            summary.without_population += 1
        else:
            summary.population += row.ew
        attention = rule.applies(row.status, row.dynamics, row.kom)
        if attention is not None:
            summary.rated += 1
            summary.rated_population += row.ew or 0
            if attention:
                summary.attention += 1
                summary.attention_population += row.ew or 0
    summary.missing = [i for i in wanted if i not in set(summary.found)]
    area_layer = plr_layer or mss_layer
    id_list = ", ".join("'{}'".format(i) for i in summary.found) or "NULL"
    request = QgsFeatureRequest().setFilterExpression('"plr_id" IN ({})'.format(id_list))
    geometries = [f.geometry() for f in area_layer.getFeatures(request)]

    if schools_layer is not None:
        _count_schools(summary, schools_layer, area_layer, geometries, lmb, threshold)
        summary.editions.append(_edition(schools_layer, language))
    if lmb is not None and hasattr(lmb, "label"):
        summary.example_lmb = bool(lmb.example)
        summary.editions.append("Lmb: {}".format(lmb.label(language)))
    if social is not None:
        classes = social.classes if hasattr(social, "classes") else social
        distribution = {}
        for plr_id in summary.found:
            key = classes.get(plr_id, NO_CLASS)
            distribution[key] = distribution.get(key, 0) + 1
        summary.schicht = distribution
        if hasattr(social, "label"):
            summary.editions.append(in_language(language).translate("AreaSummary", "Social structure atlas: {source}").format(
                source=social.label(language)))
    return summary


def _count_schools(summary, schools_layer, area_layer, geometries, lmb, threshold):
    if not geometries:
        return
    area = QgsGeometry.unaryUnion(geometries)
    engine = QgsGeometry.createGeometryEngine(area.constGet())
    engine.prepareGeometry()
    transform = None
    if schools_layer.crs() != area_layer.crs():
        transform = QgsCoordinateTransform(schools_layer.crs(), area_layer.crs(), QgsProject.instance())
    values = lmb.values if hasattr(lmb, "values") and not isinstance(lmb, dict) else (lmb or {})
    request = QgsFeatureRequest().setFilterExpression(PUBLIC_PRIMARY_SCHOOL_EXPRESSION)
    for school in schools_layer.getFeatures(request):
        point = QgsGeometry(school.geometry())
        if transform is not None:
            point.transform(transform)
        if point.isEmpty() or not engine.intersects(point.constGet()):
            continue
        summary.schools += 1
        bsn = normalise_bsn(_value(school, "bsn"))
        quota = values.get(bsn)
        if quota is not None:
            summary.counted.append((bsn, quota))
            summary.schools_at_threshold += bool(meets_lmb_threshold(quota, threshold))
    quotas = summary.quotas
    summary.schools_with_quota = len(quotas)
    summary.mean_quota = sum(quotas) / len(quotas) if quotas else None
