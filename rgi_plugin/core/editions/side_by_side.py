"""All Handlungsräume side by side: one row per area, figures of the newest edition and the trend.

Columns: code, name, Bezirk, population and Planungsräume (newest edition), status mix, share in
status niedrig/sehr niedrig in MSS 2017 and now with the trend, public primary schools, schools
at or above the Lmb threshold (only with an imported Lmb table), number of Ressortbeiträge, and a
note where a figure is an estimate or the Lmb values are examples. Numbers stay numbers (for
sorting and for the XLSX export); ``None`` is an empty cell, never 0.
"""

from dataclasses import dataclass, field

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject

from ..common.i18n import content_language, in_language
from ..common.table_files import write_csv, write_xlsx
from ..common.values import format_decimal
from ..indicators.criteria import LMB_THRESHOLD_PERCENT, MSS_STATUS, PUBLIC_PRIMARY_SCHOOL_EXPRESSION, meets_lmb_threshold
from .development import ESTIMATE_ABOVE
from .store import WORKING_CRS
from .trend import DEFAULT_TREND_RULE


@dataclass
class SideBySideRow:
    code: str
    name: str
    bezirk: str
    development: object  # AreaDevelopment
    trend: object  # Trend
    schools: int = None
    schools_with_quota: int = None
    schools_at_threshold: int = None
    programmes: int = None
    notes: list = field(default_factory=list)

    @property
    def latest(self):
        rated = self.development.rated()
        return rated[-1] if rated else None


def schools_in_areas(areas, schools_layer, lmb_values=None, threshold=LMB_THRESHOLD_PERCENT, project=None):
    """{area code: (public primary schools, of them with an Lmb quota, of them at or above the threshold)}."""
    transform = None
    target = QgsCoordinateReferenceSystem(WORKING_CRS)
    if schools_layer.crs().isValid() and schools_layer.crs() != target:
        transform = QgsCoordinateTransform(schools_layer.crs(), target, project or QgsProject.instance())
    points = []
    request = QgsFeatureRequest().setFilterExpression(PUBLIC_PRIMARY_SCHOOL_EXPRESSION)
    from ..indicators.lmb.columns import normalise_bsn

    bsn_index = schools_layer.fields().lookupField("bsn")
    for school in schools_layer.getFeatures(request):
        point = QgsGeometry(school.geometry())
        if transform is not None:
            point.transform(transform)
        bsn = normalise_bsn(school.attribute(bsn_index)) if bsn_index >= 0 else None
        points.append((point, bsn))
    result = {}
    for area in areas:
        engine = QgsGeometry.createGeometryEngine(area.geometry.constGet())
        engine.prepareGeometry()
        box = area.geometry.boundingBox()
        inside = [bsn for point, bsn in points if box.contains(point.asPoint()) and engine.intersects(point.constGet())]
        if lmb_values is None:
            result[area.code] = (len(inside), None, None)
            continue
        quotas = [lmb_values[bsn] for bsn in inside if bsn in lmb_values]
        result[area.code] = (len(inside), len(quotas), sum(1 for q in quotas if meets_lmb_threshold(q, threshold)))
    return result


def side_by_side(developments, catalogue=None, schools=None, rule=DEFAULT_TREND_RULE, example_lmb=False, language=None):
    """[SideBySideRow] in the order of ``developments``.

    ``schools``: the result of ``schools_in_areas`` (or None); ``catalogue``: the Handlungsräume
    catalogue (Bezirk and Ressortbeiträge), or None.
    """
    rows = []
    for development in developments:
        area = None
        if catalogue is not None:
            try:
                area = catalogue.area(development.code)
            except KeyError:
                area = None
        row = SideBySideRow(development.code, development.name, ", ".join(area.bezirke) if area else "", development,
                            rule.assess(development))
        if catalogue is not None and area is not None:
            row.programmes = len(catalogue.programmes_for(development.code))
        if schools is not None and development.code in schools:
            row.schools, row.schools_with_quota, row.schools_at_threshold = schools[development.code]
        estimated = [f.edition for f in development.figures if f.partial_share is not None and f.partial_share > ESTIMATE_ABOVE]
        if estimated:
            row.notes.append(in_language(language).translate("Editions", "estimate by area share: {editions}").format(
                editions=edition_span(estimated)))
        if example_lmb and row.schools_with_quota:
            from ..indicators.lmb.example import EXAMPLE_MARK

            row.notes.append(EXAMPLE_MARK)
        rows.append(row)
    return rows


def edition_span(editions):
    """``MSS 2013–2019`` for a run of editions, ``MSS 2013, MSS 2021`` otherwise."""
    years = [edition.year for edition in editions]
    if len(years) > 2 and years == sorted(years):
        return "MSS {}–{}".format(years[0], years[-1])
    return ", ".join(edition.label for edition in editions)


def _round(value, digits=1):
    if value is None:
        return None
    rounded = round(value, digits)
    return 0.0 if rounded == 0 else rounded  # never "-0"


def columns(rows, rule=DEFAULT_TREND_RULE, threshold=LMB_THRESHOLD_PERCENT, language=None, compact=False):
    """[(header, getter, kind)]; kind is "text", "int" or "percent" (for alignment and formats).
    ``compact``: without the status mix, the Bezirk and the Lmb quota count, and with shorter
    headers (a printed page: PLR for Planungsräume, pp for percentage points)."""
    language = language or content_language()
    words = in_language(language)
    latest = next((row.latest.edition.label for row in rows if row.latest is not None), "")
    base = "MSS {}".format(rule.base_year)
    with_lmb = any(row.schools_with_quota is not None for row in rows)
    result = [
        (words.translate("Editions", "Code"), lambda r: r.code, "text"),
        (words.translate("Editions", "Handlungsraum"), lambda r: r.name, "text"),
        (words.translate("Editions", "Bezirk"), lambda r: r.bezirk, "text"),
        (words.translate("Editions", "Population ({edition})").format(edition=latest),
         lambda r: None if r.latest is None else int(round(r.latest.population)), "int"),
        ((words.translate("Editions", "PLR ({edition})") if compact else words.translate("Editions", "Planungsräume ({edition})")).format(
            edition=latest), lambda r: None if r.latest is None else len(r.latest.mostly_inside), "int"),
    ]
    for code in ([] if compact else sorted(MSS_STATUS)):
        result.append((words.translate("Editions", "Status {status} (% of population)").format(status=MSS_STATUS[code]),
                       lambda r, c=code: None if r.latest is None or r.latest.status_mix is None else _round(r.latest.status_mix[c]),
                       "percent"))
    result += [
        (words.translate("Editions", "Status niedrig/sehr niedrig {edition} (%)").format(edition=base),
         lambda r: None if r.trend.base is None else _round(r.trend.base.low_share), "percent"),
        (words.translate("Editions", "Status niedrig/sehr niedrig {edition} (%)").format(edition=latest),
         lambda r: None if r.latest is None else _round(r.latest.low_share), "percent"),
        (words.translate("Editions", "Change (pp)") if compact else words.translate("Editions", "Change (percentage points)"),
         lambda r: _round(r.trend.change_points), "percent"),
        (words.translate("Editions", "Trend since {edition}").format(edition=base),
         lambda r: "{} {}".format(r.trend.arrow, r.trend.word(language)), "text"),
        (words.translate("Editions", "Public primary schools"), lambda r: r.schools, "int"),
    ]
    if with_lmb:
        limit = format_decimal(threshold, language)
        if not compact:
            result.append((words.translate("Editions", "of them with an Lmb quota"), lambda r: r.schools_with_quota, "int"))
        result.append((words.translate("Editions", "of them Lmb ≥ {limit} %").format(limit=limit), lambda r: r.schools_at_threshold, "int"))
    result += [
        (words.translate("Editions", "Ressortbeiträge"), lambda r: r.programmes, "int"),
        (words.translate("Editions", "Note"), lambda r: "; ".join(r.notes), "text"),
    ]
    if compact:
        result = [column for column in result if column[0] != words.translate("Editions", "Bezirk")]
    return result


def table(rows, rule=DEFAULT_TREND_RULE, threshold=LMB_THRESHOLD_PERCENT, language=None, compact=False):
    """(headers, kinds, values): one list of values per row; numbers stay numbers, None is empty."""
    cols = columns(rows, rule, threshold, language, compact)
    return [c[0] for c in cols], [c[2] for c in cols], [[getter(row) for _, getter, _ in cols] for row in rows]


def export_csv(rows, path, language=None, rule=DEFAULT_TREND_RULE):
    """Semicolon CSV in UTF-8 with BOM (opens in German Excel), German decimal comma for ``de``;
    the rule of the trend and the sources as the last lines."""
    language = language or content_language()
    headers, _, values = table(rows, rule, language=language)
    return write_csv(path, headers, values, language, notes=footnotes(rows, rule, language))


def export_xlsx(rows, path, language=None, rule=DEFAULT_TREND_RULE):
    """An Excel workbook: the table on the first sheet, rule and sources on the second."""
    language = language or content_language()
    words = in_language(language)
    headers, _, values = table(rows, rule, language=language)
    notes = [[line] for line in footnotes(rows, rule, language)]
    return write_xlsx(path, [(words.translate("Editions", "Areas side by side"), headers, values),
                             (words.translate("Editions", "Rule and sources"), [words.translate("Editions", "Notes")], notes)])


def footnotes(rows, rule=DEFAULT_TREND_RULE, language=None):
    """The trend rule and the editions' sources, for exports and the PDF page."""
    lines = [rule.describe(language)]
    editions = []
    for row in rows:
        for figures in row.development.figures:
            if figures.edition not in editions:
                editions.append(figures.edition)
    lines += [edition.describe(language) for edition in editions]
    return lines
