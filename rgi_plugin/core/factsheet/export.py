"""Generate fact sheets (PDF) for Handlungsräume from the bundled data; used by the panel and by
the Processing algorithm ``rgi:fact_sheet``. Runs without a QGIS window (own QgsProject)."""

import tempfile

from qgis.core import QgsGeometry, QgsProject

from ...definitions.datasets import BEZIRKE, HANDLUNGSRAEUME, LOR_BZR_2021, LOR_PGR_2021, LOR_PLR_2021, MSS_2021, SCHULEN_2023
from .. import data
from ..areas.derived_file import derived_in_force
from ..areas.layer import label_codes_only, prepare_area_layer
from ..areas.reading import read_area_catalogue, user_catalogue_dir
from ..common.values import format_german
from .content import fact_sheet
from .coverage import OVERVIEW, coverage_layer
from .layout import FactSheetError, build_layout
from .overview import ALL_AREAS_MAP, add_overview_items, has_overview_items
from .pdf import describe_pdf, export_pdf
from .template import load_template, template_path


def prepare(codes, lmb=None, catalogue=None, chart_dir=None, project=None, overview=False):
    """A project holding the layers and the coverage of the sheets for ``codes``; the layout.

    ``overview``: a first page with all areas side by side (the PDF of all areas in one file)."""
    catalogue = catalogue or read_area_catalogue(user_folder=user_catalogue_dir())
    unknown = [code for code in codes if code not in {a.code for a in catalogue.areas}]
    if unknown or not codes:
        raise FactSheetError("unknown Handlungsraum code(s): {}".format(", ".join(unknown) or "none given"))
    project = project or QgsProject()
    snapshot = data.read_snapshot()
    layers = {d: data.create_layer(snapshot.dataset(d), "de")
              for d in (MSS_2021, SCHULEN_2023, LOR_BZR_2021, LOR_PGR_2021, HANDLUNGSRAEUME)
              + ((BEZIRKE, LOR_PLR_2021) if overview else ())}
    derived = derived_in_force()
    if derived is not None:  # the boundaries derived from the Geoportal's map replace the approximation
        approximation = layers[HANDLUNGSRAEUME]
        layers[HANDLUNGSRAEUME] = prepare_area_layer(derived.area_layer(), catalogue, "de")
    schools = layers[SCHULEN_2023]
    if lmb is not None:
        from ..indicators.lmb.layer import create_lmb_school_layer

        schools = create_lmb_school_layer(layers[SCHULEN_2023], lmb, language="de")
    # registered, not shown in the layer tree (the user's project when opened in the designer)
    project.addMapLayers(list(layers.values()) + ([schools] if schools is not layers[SCHULEN_2023] else []), False)
    developments = area_developments(layers[HANDLUNGSRAEUME], approximation if derived is not None else None)
    sheets = [fact_sheet(catalogue.area(code), catalogue, layers[MSS_2021], layers[SCHULEN_2023], lmb, derived=derived,
                         development=developments.get(code)) for code in codes]
    geometries = {f["code"]: f.geometry() for f in layers[HANDLUNGSRAEUME].getFeatures()}
    if derived is not None:  # an area the map did not show keeps the approximation's outline (its sheet says so)
        geometries.update({f["code"]: f.geometry() for f in approximation.getFeatures() if f["code"] not in geometries})
    table, all_areas = None, []
    if overview:
        rows = overview_rows(catalogue, developments, layers[HANDLUNGSRAEUME], layers[SCHULEN_2023], lmb)
        sheets.insert(0, overview_sheet(rows, lmb))
        geometries[OVERVIEW] = QgsGeometry.unaryUnion(list(geometries.values()))
        table = table_of(rows)
        # the first map's look, the areas (small ones with a marker) on Bezirke and Planungsräume, labelled
        # with their code: the table below names them (16 names do not fit all of Berlin in 12 cm)
        labelled = label_codes_only(prepare_area_layer(derived.area_layer() if derived is not None else data.create_layer(
            snapshot.dataset(HANDLUNGSRAEUME), "de"), catalogue, "de"))
        project.addMapLayer(labelled, False)
        all_areas = [labelled, layers[BEZIRKE], layers[LOR_PLR_2021]]
    chart_dir = chart_dir or tempfile.mkdtemp(prefix="gi-steckbrief-")
    coverage = coverage_layer(sheets, geometries, chart_dir)
    project.addMapLayer(coverage, False)
    map_layers = [coverage, schools, layers[LOR_BZR_2021], layers[MSS_2021]]
    overview_layers = [layers[HANDLUNGSRAEUME], layers[LOR_PGR_2021]]
    template = template_path()
    if template is not None and template.exists():
        layout = load_template(project, template, coverage,
                               {"karte": map_layers, "uebersicht": overview_layers, ALL_AREAS_MAP: all_areas})
        if table is not None and not has_overview_items(layout):  # a template saved before issue 13
            add_overview_items(layout, *table, map_layers=all_areas)
    else:
        layout = build_layout(project, coverage, map_layers, overview_layers, layers[LOR_PGR_2021].extent())
        if table is not None:
            add_overview_items(layout, *table, map_layers=all_areas)
    return project, layout


def area_developments(areas_layer, fallback_layer=None):
    """{code: AreaDevelopment} of the areas over the MSS editions (bundled, and any loaded from a
    service into the user's project); {} when the editions cannot be read (the sheets then go
    without the chart: the figures of the other sections do not depend on it). ``fallback_layer``:
    the outlines of areas missing from ``areas_layer`` (derived boundaries that did not find one)."""
    from ..common import log
    from ..editions.catalogue import EditionError, all_editions
    from ..editions.development import DevelopmentCalculator, areas_from_layer
    from ..editions.store import EditionStore

    try:
        areas = areas_from_layer(areas_layer)
        if fallback_layer is not None:
            known = {area.code for area in areas}
            areas += [area for area in areas_from_layer(fallback_layer) if area.code not in known]
        calculator = DevelopmentCalculator(areas, EditionStore(QgsProject.instance()))
        usable, problems = calculator.usable(all_editions(QgsProject.instance()))
        for problem in problems:
            log.warning("Fact sheets without an MSS edition that cannot be used: {}".format(problem))
        return {d.code: d for d in calculator.development(usable)}
    except EditionError as error:
        log.warning("Fact sheets without the development over the MSS editions: {}".format(error))
        return {}


def overview_rows(catalogue, developments, areas_layer, schools_layer, lmb):
    from ..editions.development import areas_from_layer
    from ..editions.side_by_side import schools_in_areas, side_by_side

    ordered = [developments[a.code] for a in catalogue.areas if a.code in developments]
    schools = schools_in_areas(areas_from_layer(areas_layer), schools_layer, lmb.values if lmb is not None else None)
    return side_by_side(ordered, catalogue, schools, example_lmb=bool(lmb is not None and lmb.example), language="de")


def table_of(rows):
    from ..editions.side_by_side import table

    return table(rows, language="de", compact=True)


def overview_sheet(rows, lmb):
    """The texts of the first page (German, like the sheets)."""
    from ..editions.side_by_side import footnotes
    from .content import FactSheet

    latest = next((r.latest for r in rows if r.latest is not None), None)
    population = sum(r.latest.population for r in rows if r.latest is not None)
    counts = {}
    for row in rows:
        counts[row.trend.word("de")] = counts.get(row.trend.word("de"), 0) + 1
    figures = ["{} Handlungsräume".format(len(rows))]
    if latest is not None:
        figures.append("Einwohnerinnen und Einwohner ({}): {}".format(latest.edition.label, format_german(population)))
    figures.append("Trend seit MSS 2017: " + ", ".join("{} {}".format(n, word) for word, n in sorted(counts.items())))
    notes = footnotes(rows, language="de")
    sources = notes[1:]
    if lmb is not None and hasattr(lmb, "label"):
        sources.append("Lernmittelbefreiung: {} (nur lokal, nicht veröffentlicht)".format(lmb.label("de")))
    return FactSheet(code="", name="Alle Handlungsräume", title="Die Handlungsräume im Vergleich",
                     subtitle="Entwicklung seit dem MSS 2017, aus dem die Gebiete 2018 abgeleitet wurden",
                     figures="\n".join(figures), programmes="", documents="", sources="\n".join(sources), notes=notes[0],
                     mss_chart="", lmb_chart="", kind="overview")


def generate(codes, output, one_file=True, lmb=None, catalogue=None, feedback=None):
    """Write the fact sheets for ``codes`` as one PDF or one PDF per area; return the files.

    The PDF of all areas in one file starts with the page of all areas side by side."""
    catalogue = catalogue or read_area_catalogue(user_folder=user_catalogue_dir())
    overview = one_file and sorted(codes) == sorted(area.code for area in catalogue.areas)
    project, layout = prepare(codes, lmb, catalogue, overview=overview)
    try:
        written = export_pdf(layout, output, one_file, feedback)
    finally:
        del layout
        project.clear()
    for path in written:
        code = path.stem.replace("Steckbrief_", "", 1) if not one_file else None
        describe_pdf(path, sheet_title(catalogue, [code] if code else codes))
    return written


def sheet_title(catalogue, codes):
    """The document title of a PDF with the sheets of ``codes``."""
    if len(codes) == 1:
        area = catalogue.area(codes[0])
        return "Steckbrief Handlungsraum {} {}".format(area.code, area.name)
    return "Steckbriefe der Handlungsräume {}".format(", ".join(codes))
