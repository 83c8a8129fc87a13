"""Generate fact sheets (PDF) for Handlungsräume from the bundled data; used by the panel and by
the Processing algorithm ``rgi:fact_sheet``. Runs without a QGIS window (own QgsProject)."""

import tempfile

from qgis.core import QgsProject

from ...definitions.datasets import HANDLUNGSRAEUME, LOR_BZR_2021, LOR_PGR_2021, MSS_2021, SCHULEN_2023
from .. import data
from ..areas.derived import derived_in_force
from ..areas.layer import prepare_area_layer
from ..areas.reading import read_area_catalogue, user_catalogue_dir
from .content import fact_sheet
from .coverage import coverage_layer
from .layout import FactSheetError, build_layout
from .pdf import describe_pdf, export_pdf
from .template import load_template, template_path


def prepare(codes, lmb=None, catalogue=None, chart_dir=None, project=None):
    """A project holding the layers and the coverage of the sheets for ``codes``; the layout."""
    catalogue = catalogue or read_area_catalogue(user_folder=user_catalogue_dir())
    unknown = [code for code in codes if code not in {a.code for a in catalogue.areas}]
    if unknown or not codes:
        raise FactSheetError("unknown Handlungsraum code(s): {}".format(", ".join(unknown) or "none given"))
    project = project or QgsProject()
    snapshot = data.read_snapshot()
    layers = {d: data.create_layer(snapshot.dataset(d), "de")
              for d in (MSS_2021, SCHULEN_2023, LOR_BZR_2021, LOR_PGR_2021, HANDLUNGSRAEUME)}
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
    sheets = [fact_sheet(catalogue.area(code), catalogue, layers[MSS_2021], layers[SCHULEN_2023], lmb, derived=derived)
              for code in codes]
    geometries = {f["code"]: f.geometry() for f in layers[HANDLUNGSRAEUME].getFeatures()}
    if derived is not None:  # an area the map did not show keeps the approximation's outline (its sheet says so)
        geometries.update({f["code"]: f.geometry() for f in approximation.getFeatures() if f["code"] not in geometries})
    chart_dir = chart_dir or tempfile.mkdtemp(prefix="gi-steckbrief-")
    coverage = coverage_layer(sheets, geometries, chart_dir)
    project.addMapLayer(coverage, False)
    map_layers = [coverage, schools, layers[LOR_BZR_2021], layers[MSS_2021]]
    overview_layers = [layers[HANDLUNGSRAEUME], layers[LOR_PGR_2021]]
    template = template_path()
    if template is not None and template.exists():
        layout = load_template(project, template, coverage, map_layers, overview_layers)
    else:
        layout = build_layout(project, coverage, map_layers, overview_layers, layers[LOR_PGR_2021].extent())
    return project, layout


def generate(codes, output, one_file=True, lmb=None, catalogue=None, feedback=None):
    """Write the fact sheets for ``codes`` as one PDF or one PDF per area; return the files."""
    catalogue = catalogue or read_area_catalogue(user_folder=user_catalogue_dir())
    project, layout = prepare(codes, lmb, catalogue)
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
