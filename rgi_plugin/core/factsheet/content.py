"""What a fact sheet (Steckbrief) says about a Handlungsraum: texts and chart data, no layout.

German, like the documents the Senate publishes. Figures come from the per-area summary
(``areas/summary.summarise_area``) over the area's Planungsräume; facts from the catalogue;
sources from the bundled data description. The layout is built in ``layout.py``.
"""

import re
from dataclasses import dataclass, field

from ...definitions import datasets
from ...definitions.paths import SERVICE_CATALOGUE_FILE
from ..areas.catalogue import status_label
from ..areas.details import bundled_mss_records, status_mix
from ..areas.geometry import area_plr_ids
from ..areas.summary import summarise_area
from ..common.values import format_german
from ..data.snapshot import read_snapshot
from ..indicators.criteria import LMB_THRESHOLD_PERCENT, MSS_NOT_RATED, MSS_STATUS
from ..indicators.lmb.example import EXAMPLE_MARK
from ..indicators.mss.styles import NO_RATING_COLOUR, STATUS_CLASSES
from ..services.catalogue import ServiceCatalogueError, read_service_catalogue
from .charts import bar_chart_svg, histogram

#: Footnote of the Ressortbeiträge marked ``*`` (catalogue ``applies_basis: inferred``).
INFERRED_NOTE = "* Gebietszuordnung abgeleitet: die Quelle nennt die GI insgesamt, nicht einzelne Gebiete."
LMB_BINS = (0, 25, 50, 75, 100)
#: Characters per line of a web address in the concept column (61 mm at 6.5 pt holds about 50).
ADDRESS_LINE = 44
#: Datasets whose attribution every sheet carries (the map and the figures use them).
SHEET_DATASETS = (datasets.LOR_PLR_2021, datasets.MSS_2021, datasets.SCHULEN_2023, datasets.HANDLUNGSRAEUME)


@dataclass
class FactSheet:
    code: str
    name: str
    title: str
    subtitle: str
    figures: str
    programmes: str
    documents: str
    sources: str
    notes: str
    mss_chart: str
    lmb_chart: str
    plr_ids: list = field(default_factory=list)
    dev_chart: str = ""  # the development over the MSS editions (core/editions/chart.py), "" without
    kind: str = "area"  # "area", or "overview" for the page of all areas side by side


def fact_sheet(area, catalogue, mss_layer, schools_layer, lmb=None, threshold=LMB_THRESHOLD_PERCENT, derived=None,
               development=None):
    """The content of the sheet for one ``Handlungsraum``; ``derived`` (``DerivedInForce``): the
    boundaries derived from the Geoportal's map, used instead of the catalogue composition;
    ``development``: its ``AreaDevelopment`` over the MSS editions (core/editions), drawn as a chart
    with the trend since MSS 2017."""
    records = bundled_mss_records()
    if derived is not None and derived.plr_ids.get(area.code):
        plr_ids = sorted(derived.plr_ids[area.code])
    else:
        plr_ids = area_plr_ids(area, records.keys(), records)
    summary = summarise_area(plr_ids, mss_layer, schools_layer, lmb=lmb, name=area.label, threshold=threshold, language="de")
    mix = status_mix(plr_ids, records)
    mss_chart, lmb_chart = _charts(mix, summary, threshold)
    group = " · Teil von {} {}".format(area.group, catalogue.group(area.group).name) if area.group else ""
    return FactSheet(
        code=area.code,
        name=area.name,
        title="Handlungsraum {} {}".format(area.code, area.name),
        subtitle="Bezirk {}{} · Ressortübergreifende Gemeinschaftsinitiative".format(", ".join(area.bezirke), group),
        figures="\n".join(_figures(summary, len(plr_ids), mix, lmb, threshold)),
        programmes="\n".join(_programmes(catalogue, area.code)),
        documents="\n".join(_documents(catalogue, area.code)) or "Kein Konzept verzeichnet.",
        sources="\n".join(_sources(lmb, derived if derived is not None and derived.plr_ids.get(area.code) else None)
                           + _edition_sources(development)),
        notes=" ".join(_notes(area, summary, derived) + _development_notes(development)),
        mss_chart=mss_chart,
        lmb_chart=lmb_chart,
        plr_ids=plr_ids,
        dev_chart=_development_chart(development),
    )


def _development_chart(development):
    if development is None:
        return ""
    from ..editions.chart import development_chart_svg
    from ..editions.trend import DEFAULT_TREND_RULE

    return development_chart_svg(development, DEFAULT_TREND_RULE.assess(development), language="de")


def _edition_sources(development):
    """One line naming the editions of the development chart that the other sources do not name:
    ``Entwicklung: <attribution> 2013–2019 (licence); Geometrie: <attribution of the old LOR> (licence)``."""
    if development is None:
        return []
    import re

    from ..data.snapshot import read_snapshot
    from ..editions.side_by_side import edition_span

    editions = [f.edition for f in development.figures if f.edition.dataset_id not in SHEET_DATASETS]
    if not editions:
        return []
    by_source = {}
    for edition in editions:  # "… Monitoring Soziale Stadtentwicklung 2017": one entry for all years
        key = (re.sub(r"\s*\d{4}$", "", edition.attribution), edition.licence)
        by_source.setdefault(key, []).append(edition)
    parts = ["{} {} ({})".format(attribution, edition_span(group).replace("MSS ", ""), licence)
             for (attribution, licence), group in by_source.items()]
    for dataset_id in sorted({e.geometry_dataset for e in editions if e.geometry_dataset}):
        dataset = read_snapshot().dataset(dataset_id)
        parts.append("Geometrie: {} ({})".format(dataset.attribution, dataset.localized_licence("de")))
    return ["Entwicklung: " + "; ".join(parts)]


def _development_notes(development):
    """The trend rule in short, and which figures are estimates by area share."""
    if development is None:
        return []
    from ..editions.development import ESTIMATE_ABOVE
    from ..editions.trend import DEFAULT_TREND_RULE

    notes = [DEFAULT_TREND_RULE.short("de")]
    estimated = [f.edition.label for f in development.figures if f.partial_share is not None and f.partial_share > ESTIMATE_ABOVE]
    if estimated:
        notes.append("Entwicklung {}: Schätzung nach Flächenanteil (das Gebiet schneidet Planungsräume dieser Ausgaben).".format(
            ", ".join(estimated)))
    return notes


def _figures(summary, plr_count, mix, lmb, threshold):
    figures = [
        "Einwohnerinnen und Einwohner: {}".format(format_german(summary.population)),
        "Planungsräume: {}".format(plr_count),
        "mit besonderem Aufmerksamkeitsbedarf: {} von {}".format(summary.attention, summary.rated),
        "MSS-Status: " + ", ".join("{} {}".format(mix[code], MSS_STATUS[code]) for code in sorted(MSS_STATUS) if mix.get(code))
        + (", {} ohne Bewertung".format(mix[None]) if mix.get(None) else ""),
        "Öffentliche Grundschulen: {}".format(summary.schools),
    ]
    if lmb is None:
        figures.append("Lernmittelbefreiung: keine Daten geladen")
    else:
        figures.append("mit Lmb-Quote: {}, davon ≥ {} %: {}".format(
            summary.schools_with_quota, format_german(threshold), summary.schools_at_threshold))
        if summary.mean_quota is not None:
            figures.append("mittlere Lmb-Quote: {} %".format(format_german(summary.mean_quota, 1)))
    figures.append("Datenstand: " + "; ".join(summary.editions))
    return figures


def _programmes(catalogue, code):
    programmes = []
    for department, items in catalogue.programmes_by_department(code):
        head = (department.short or department.name) if department else "Ressort nicht angegeben"
        programmes.append("{}: {}".format(head, "; ".join("{} ({}){}".format(
            p.programme, status_label(p.status, "de"), "*" if p.inferred_for_area else "") for p in items)))
    if any(p.inferred_for_area for p in catalogue.programmes_for(code)):
        programmes.append(INFERRED_NOTE)
    return programmes


def _documents(catalogue, code):
    documents = []
    for document in catalogue.documents_for(code):
        details = ", ".join(x for x in (document.year, document.author) if x)
        documents.append("{}{}\n{}".format(document.title, " ({})".format(details) if details else "",
                                           broken_address(document.url)))
    return documents


def broken_address(url, width=ADDRESS_LINE):
    """``url`` in lines of at most ``width`` characters, broken after a ``/`` where it can be.

    A label breaks its lines only at spaces (QGIS 3.40 and later), and a web address has none:
    unbroken, it ran past the column and was cut off. Joined without the line breaks, the lines
    give the address again."""
    lines, line = [], ""
    for part in re.findall(r"[^/]*/|[^/]+", url or ""):
        while len(part) > width:  # a piece longer than a line: cut it where the line ends
            room = width - len(line)
            lines.append(line + part[:room])
            line, part = "", part[room:]
        if line and len(line) + len(part) > width:
            lines.append(line)
            line = ""
        line += part
    return "\n".join(lines + [line] if line else lines)


def _sources(lmb, derived=None):
    """The attribution of every dataset the sheet shows; with ``derived`` (used for this area) the
    Geoportal's GI map the boundary was derived from instead of the bundled approximation."""
    snapshot = read_snapshot()
    sources = ["{} – {}; Lizenz: {}".format(
                   snapshot.dataset(d).localized_title("de"), snapshot.dataset(d).attribution, snapshot.dataset(d).localized_licence("de"))
               for d in SHEET_DATASETS if not (derived is not None and d == datasets.HANDLUNGSRAEUME)]
    if derived is not None:
        sources.append(_derived_source(derived))
    if lmb is not None and hasattr(lmb, "label"):
        where = "gemeinsamer Arbeitsbereich, nur die Quoten des Bezirks" if getattr(lmb, "workspace", False) else "nur lokal"
        sources.append("Lernmittelbefreiung: {} ({}, nicht veröffentlicht)".format(lmb.label("de"), where))
    return sources


def _derived_source(derived):
    try:
        catalogue = read_service_catalogue()
    except ServiceCatalogueError:  # a broken user copy: the plugin's own catalogue names the map too
        catalogue = read_service_catalogue(SERVICE_CATALOGUE_FILE)
    gi_map = catalogue.entry(datasets.GI_MAP_SERVICE)
    return "{} – {}; Lizenz: {}; Abgrenzung {}{}".format(gi_map.localized_title("de"), gi_map.attribution, gi_map.licence, derived.label,
                                                  ", " + derived.service if derived.service else "")


def _notes(area, summary, derived=None):
    if derived is not None and derived.plr_ids.get(area.code):
        notes = ["Abgrenzung {}, auf Ebene der Planungsräume (kein amtlich veröffentlichter Datensatz).".format(derived.label)]
    elif derived is not None:
        notes = ["Im Kartendienst nicht gefunden ({}); gezeigt wird die Näherung: {}".format(derived.label, area.composition_note)]
    else:
        notes = ["Abgrenzung angenähert: " + area.composition_note if area.approximate else area.composition_note]
    if area.number_status != "official":
        notes.append("Gebietsnummer abgeleitet (nicht amtlich bestätigt).")
    if summary.example_lmb:
        notes.append("Lmb-Werte: " + EXAMPLE_MARK + ".")
    return notes


def _charts(mix, summary, threshold):
    """The SVG bar charts: Planungsräume by MSS status, public primary schools by Lmb quota."""
    mss_bars = [(MSS_STATUS[code], mix.get(code, 0), STATUS_CLASSES[code][0]) for code in sorted(MSS_STATUS)]
    if mix.get(None):
        mss_bars.append((MSS_NOT_RATED, mix[None], NO_RATING_COLOUR))
    lmb_counts = histogram(summary.quotas, LMB_BINS)
    lmb_bars = [("{}–{} %".format(low, high), count, "#c62a1a" if low >= threshold else "#8fa9cf")
                for (low, high), count in zip(zip(LMB_BINS, LMB_BINS[1:]), lmb_counts)]
    lmb_title = "Grundschulen nach Lmb-Quote" + (" (Beispieldaten)" if summary.example_lmb else "")
    return (bar_chart_svg(mss_bars, "Planungsräume nach MSS-Status 2021"),
            bar_chart_svg(lmb_bars, lmb_title, empty_text="keine Lmb-Daten geladen"))
