"""The criteria summarised for one area given as a list of Planungsraum ids (e.g. a Handlungsraum).

Independent of how areas are defined: the caller passes the 8-digit ``plr_id`` list. Figures:
population (sum of ``ew`` of the MSS layer), number of Planungsräume, share with besonderem
Aufmerksamkeitsbedarf (of the Planungsräume the MSS rates, and of their population), public
Grundschulen inside the area (point in the union of its Planungsräume), how many have an Lmb
quota, how many are at or above the threshold, their mean quota (unweighted mean over schools
with a value), the Schicht distribution and the data editions used. Exports to CSV and XLSX.
"""

import csv
from dataclasses import dataclass, field
from html import escape

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
)

from ...definitions import properties
from ..common.i18n import content_language
from ..data.schema import normalise_lor_id
from ..indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, PUBLIC_PRIMARY_SCHOOL_EXPRESSION, meets_lmb_threshold
from ..indicators.lmb.reader import EXAMPLE_LABEL, normalise_bsn
from ..indicators.mss.reader import read_mss_table
from ..indicators.mss.styles import mss_edition
from ..tables.table import format_decimal

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
    quotas: list = field(default_factory=list)  # the Lmb quotas of the area's schools, ascending
    threshold: float = LMB_THRESHOLD_PERCENT
    schicht: object = None  # {class: count, NO_CLASS: count} or None without social data
    editions: list = field(default_factory=list)
    example_lmb: bool = False
    school_quotas: dict = field(default_factory=dict)  # BSN -> Lmb quota (percent) of the schools counted

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
        from ..data.bundled import BundledDataError, read_snapshot

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
    language = language or content_language()
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
            summary.editions.append(("Sozialstrukturatlas: {}" if language == "de" else "Social structure atlas: {}").format(
                social.label(language)))
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
    quotas = []
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
            quotas.append(quota)
            summary.school_quotas[bsn] = quota
            summary.schools_at_threshold += bool(meets_lmb_threshold(quota, threshold))
    summary.schools_with_quota = len(quotas)
    summary.quotas = sorted(quotas)
    summary.mean_quota = sum(quotas) / len(quotas) if quotas else None


# -- presentation and export ------------------------------------------------------------------

def _columns(summaries, language):
    de = language == "de"
    classes = sorted({k for s in summaries if s.schicht for k in s.schicht if k != NO_CLASS})
    columns = [
        ("Gebiet" if de else "Area", lambda s: s.name),
        ("Planungsräume" if de else "Planning areas", lambda s: len(s.found)),
        ("Planungsräume nicht gefunden" if de else "Planning areas not found", lambda s: " ".join(s.missing)),
        ("Einwohner" if de else "Population", lambda s: s.population),
        ("Planungsräume mit MSS-Bewertung" if de else "Planning areas rated by the MSS", lambda s: s.rated),
        ("davon mit besonderem Aufmerksamkeitsbedarf" if de else "of which requiring special attention", lambda s: s.attention),
        ("Anteil Planungsräume mit besonderem Aufmerksamkeitsbedarf (%)" if de else
         "Share of planning areas requiring special attention (%)",
         lambda s: None if s.attention_share is None else round(100 * s.attention_share, 1)),
        ("Anteil Einwohner in Gebieten mit besonderem Aufmerksamkeitsbedarf (%)" if de else
         "Share of population in areas requiring special attention (%)",
         lambda s: None if s.attention_population_share is None else round(100 * s.attention_population_share, 1)),
        ("Öffentliche Grundschulen" if de else "Public primary schools", lambda s: s.schools),
        ("davon mit Lmb-Quote" if de else "of which with an Lmb quota", lambda s: s.schools_with_quota),
        ("davon Lmb-Quote ab Schwelle" if de else "of which at or above the Lmb threshold", lambda s: s.schools_at_threshold),
        ("Lmb-Schwelle (%)" if de else "Lmb threshold (%)", lambda s: s.threshold),
        ("Mittlere Lmb-Quote (%)" if de else "Mean Lmb quota (%)",
         lambda s: None if s.mean_quota is None else round(s.mean_quota, 1)),
    ]
    for value in classes:
        columns.append((("Planungsräume Schicht {}" if de else "Planning areas class {}").format(value),
                        lambda s, v=value: (s.schicht or {}).get(v, 0) if s.schicht is not None else None))
    if any(s.schicht is not None for s in summaries):
        columns.append(("Planungsräume ohne Schicht" if de else "Planning areas without class",
                        lambda s: (s.schicht or {}).get(NO_CLASS, 0) if s.schicht is not None else None))
    columns.append(("Datenstände" if de else "Data editions", lambda s: " | ".join(s.editions)))
    columns.append(("Hinweis" if de else "Note", lambda s: EXAMPLE_LABEL["de" if de else "en"] if s.example_lmb else ""))
    return columns


def summary_table(summaries, language=None):
    """(headers, rows) of the summaries, one row per area; numbers stay numbers."""
    columns = _columns(summaries, language or content_language())
    return [title for title, _ in columns], [[getter(s) for _, getter in columns] for s in summaries]


def export_csv(summaries, path, language=None):
    """Semicolon CSV in UTF-8 with BOM (opens in German Excel); German decimal comma for ``de``."""
    language = language or content_language()
    headers, rows = summary_table(summaries, language)

    def cell(value):
        if value is None:
            return ""
        if isinstance(value, float):
            return format_decimal(value, language)
        return str(value)

    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        writer.writerows([[cell(v) for v in row] for row in rows])
    return path


def export_xlsx(summaries, path, language=None):
    """An Excel workbook with one sheet of the summaries (pandas + openpyxl, imported here)."""
    import pandas

    headers, rows = summary_table(summaries, language or content_language())
    frame = pandas.DataFrame(rows, columns=headers)
    sheet = "Zusammenfassung" if (language or content_language()) == "de" else "Summary"
    frame.to_excel(str(path), index=False, sheet_name=sheet, engine="openpyxl")
    return path


def _display(value, language):
    if isinstance(value, float):
        return format_decimal(value, language)
    if isinstance(value, int) and not isinstance(value, bool) and language == "de":
        return "{:,}".format(value).replace(",", ".")
    return str(value)


def summary_html(summary, language=None):
    """The summary of one area for the panel (labels left, figures right, narrow-panel friendly)."""
    language = language or content_language()
    headers, rows = summary_table([summary], language)
    parts = []
    if summary.example_lmb:
        parts.append("<p style='color:#b2182b'><b>{}</b></p>".format(escape(EXAMPLE_LABEL["de" if language == "de" else "en"])))
    parts.append("<h3>{}</h3>".format(escape(summary.name)) if summary.name else "")
    parts.append("<table width='100%' cellpadding='2'>")
    for title, value in list(zip(headers, rows[0]))[1:]:  # the name is the heading
        if value in (None, ""):
            continue
        if isinstance(value, str) and len(value) > 40:  # long texts (editions) below their label
            parts.append("<tr><td colspan='2'>{}:<br><small>{}</small></td></tr>".format(escape(title), escape(value)))
            continue
        parts.append("<tr><td width='80%'>{}</td><td width='20%' align='right'>{}</td></tr>".format(
            escape(title), escape(_display(value, language))))
    parts.append("</table>")
    return "".join(parts)
