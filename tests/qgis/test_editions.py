"""Editions over time: the catalogue, each Handlungsraum's figures per edition, and the trend.

The acceptance figures are checked against an independent computation written here: the source
files of ``../shared/data`` read with the csv and json modules, reprojected and intersected with
plain QGIS geometry calls, none of the plugin's code (only the shipped area footprints are read,
they are the areas being described).
"""

import csv
import json

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from rgi_plugin.core.editions import catalogue
from rgi_plugin.core.editions.catalogue import (
    EditionError,
    all_editions,
    bundled_editions,
    find_edition,
    known_editions,
    service_editions,
)
from rgi_plugin.core.editions.development import AreaDevelopment, DevelopmentCalculator, EditionFigures, bundled_areas
from rgi_plugin.core.editions.store import EditionStore
from rgi_plugin.core.editions.trend import IMPROVED, UNCHANGED, WORSENED, TrendRule
from support.paths import REPO, SHARED_DATA

YEARS = [2013, 2015, 2017, 2019, 2021]
AREAS_FILE = REPO / "resources" / "data" / "handlungsraeume_naeherung.geojson"


# -- the independent computation ------------------------------------------------------------------


def _geometry(geojson, transform):
    polygons = [geojson["coordinates"]] if geojson["type"] == "Polygon" else geojson["coordinates"]
    wkt = "MULTIPOLYGON({})".format(",".join(
        "({})".format(",".join("({})".format(",".join("{!r} {!r}".format(*p[:2]) for p in ring)) for ring in polygon))
        for polygon in polygons))
    geometry = QgsGeometry.fromWkt(wkt)
    if transform is not None:
        geometry.transform(transform)
    return geometry


def _to_25833():
    return QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:25833"),
                                  QgsProject.instance())


def source_editions():
    """{year: ({plr_id: QgsGeometry}, {plr_id: (inhabitants, status, dynamics)})} from ../shared/data only."""
    transform = _to_25833()
    with open(SHARED_DATA / "mss_history" / "berlin_bezirke_wgs84.geojson", encoding="utf-8") as handle:
        bezirke = {f["properties"]["id"]: _geometry(f["geometry"], transform) for f in json.load(handle)["features"]}
    tables = {}
    for year in YEARS[:-1]:
        with open(SHARED_DATA / "mss_history" / "mss_{}_index.csv".format(year), encoding="utf-8") as handle:
            tables[year] = {row["id"]: (float(row["inhabitants"]), int(float(row["status_index"])),
                                        {"+": 1, "+/-": 3, "-": 5}[row["dynamic_index"]], row["name"])
                            for row in csv.DictReader(handle)}
    old = {}
    with open(SHARED_DATA / "mss_history" / "lor_plr_2019_wgs84.geojson", encoding="utf-8") as handle:
        for item in json.load(handle)["features"]:
            plr_id, geometry = item["properties"]["id"], _geometry(item["geometry"], transform)
            bezirk = [b for b, outline in bezirke.items() if outline.contains(geometry.pointOnSurface())][0]
            if bezirk != plr_id[:2]:  # the source's doubled id: the MSS row of that name in the Bezirk it lies in
                plr_id = [i for i, row in tables[2017].items() if i[:2] == bezirk and row[3] == item["properties"]["name"]][0]
            assert plr_id not in old
            old[plr_id] = geometry
    result = {year: (old, tables[year]) for year in YEARS[:-1]}
    with open(SHARED_DATA / "lor_2021" / "lor_plr_2021_simplified_wgs84.geojson", encoding="utf-8") as handle:
        new = {f["properties"]["plr_id"]: _geometry(f["geometry"], transform) for f in json.load(handle)["features"]}
    with open(SHARED_DATA / "mss_2021" / "mss_2021_indizes.csv", encoding="utf-8") as handle:
        rows = {}
        for row in csv.DictReader(handle):
            valid = row["KOM"] == "gültig"
            ew = float(row["EW"]) if row["EW"] not in ("", "-9999") else None
            rows[row["PLR_ID"]] = (ew, int(row["SI_N"]) if valid else None, int(row["DI_N"]) if valid else None, row["PLR_NAME"])
    result[2021] = (new, rows)
    return result


def source_areas():
    with open(AREAS_FILE, encoding="utf-8") as handle:
        return {f["properties"]["code"]: _geometry(f["geometry"], None) for f in json.load(handle)["features"]}


def independent_figures(area, geometries, rows):
    """Population, rated population, low-status and negative-dynamics population of one area.

    The stated method: each Planungsraum with the share of its area inside the area (shares under
    1 % are boundary slivers), its inhabitants spread evenly over its area."""
    population = rated = low = negative = 0.0
    for plr_id, geometry in geometries.items():
        if not geometry.boundingBox().intersects(area.boundingBox()):
            continue
        share = geometry.intersection(area).area() / geometry.area()
        if share < 0.01 or plr_id not in rows or rows[plr_id][0] is None:
            continue
        ew, status, dynamics = rows[plr_id][:3]
        population += share * ew
        if status is None:
            continue
        rated += share * ew
        low += share * ew if status in (3, 4) else 0.0
        negative += share * ew if dynamics == 5 else 0.0
    return population, rated, low, negative


@pytest.fixture(scope="module")
def sources(qgis_app):
    return source_editions(), source_areas()


@pytest.fixture(scope="module")
def development(qgis_app):
    calculator = DevelopmentCalculator(bundled_areas(), EditionStore())
    return {d.code: d for d in calculator.development(bundled_editions())}


# -- catalogue --------------------------------------------------------------------------------------


def test_bundled_editions_have_year_scheme_source_licence_and_own_geometry(qgis_app):
    editions = bundled_editions()
    assert [e.year for e in editions] == YEARS
    assert [e.scheme for e in editions] == ["lor_2019"] * 4 + ["lor_2021"]
    assert [e.geometry_key for e in editions] == ["lor_plr_2019"] * 4 + ["mss_2021"]
    for edition in editions:
        assert edition.source == catalogue.BUNDLED and edition.licence and edition.attribution and edition.origin
        assert str(edition.year) in edition.attribution
    assert "GI" in find_edition(2017).notes["en"]  # the edition the areas were drawn from says so
    with pytest.raises(EditionError, match="MSS 2013, MSS 2015"):
        find_edition("mss_1999")


def mss_2023_layer():
    """A stand-in for MSS 2023 loaded from the GDI service: the service's fields, the catalogue's id."""
    source = QgsVectorLayer(str(REPO / "resources" / "data" / "mss_2021_planungsraeume.geojson"), "mss2021", "ogr")
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833&field=plr_id:string&field=plr_name:string&field=ew:integer"
                           "&field=si_n:integer&field=di_n:integer&field=kom:string", "MSS 2023: Indizes", "memory")
    features = []
    for item in source.getFeatures():
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry(item.geometry())
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        status = item["si_n"]
        # every rated Planungsraum of Bezirk 01 one class better than in 2021
        if item["kom"] == "gültig" and item["plr_id"].startswith("01") and status > 1:
            status -= 1
        feature.setAttributes([item["plr_id"], item["plr_name"], item["ew"], status, item["di_n"], item["kom"]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.setCustomProperty(catalogue.DATASET_PROPERTY, "mss_2023_indizes")
    return layer


def test_one_list_of_editions_bundled_and_served(qgis_app):
    """The service catalogue's MSS editions and the bundled ones are one list, one edition a year."""
    from rgi_plugin.core.services.catalogue import read_service_catalogue
    from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE

    services = read_service_catalogue(SERVICE_CATALOGUE_FILE)
    known = {e.year: e for e in known_editions(catalogue=services)}
    assert sorted(known) == YEARS + [2023, 2025]
    # bundled and served: the bundled data, and the service entry the chooser loads
    assert (known[2021].dataset_id, known[2021].service_entry, known[2021].source) == ("mss_2021", "mss_2021_indizes", "bundled")
    assert (known[2019].dataset_id, known[2019].service_entry, known[2019].scheme) == ("mss_2019", "mss_2019_indizes", "lor_2019")
    # only bundled, and only served (no data until its layer is loaded)
    assert known[2017].service_entry == "" and known[2017].has_data
    assert (known[2025].source, known[2025].scheme, known[2025].has_data) == ("service", "lor_2021", False)
    assert "2025" in known[2025].attribution and known[2025].licence == services.entry("mss_2025_indizes").licence
    # the chooser's editions: those a service delivers, newest first, with the catalogue's entry ids
    assert [(e.year, e.service_entry) for e in service_editions(services)] == [
        (2025, "mss_2025_indizes"), (2023, "mss_2023_indizes"), (2021, "mss_2021_indizes"), (2019, "mss_2019_indizes")]
    # the computations take the editions with data
    assert [e.year for e in all_editions(catalogue=services)] == YEARS


def test_an_edition_loaded_from_the_service_joins_the_list_while_in_the_project(qgis_new_project):
    project = QgsProject.instance()
    layer = mss_2023_layer()
    project.addMapLayer(layer)
    editions = all_editions(project)
    assert [e.year for e in editions] == YEARS + [2023]
    latest = editions[-1]
    assert (latest.source, latest.scheme, latest.layer_id) == (catalogue.SERVICE, "lor_2021", layer.id())
    assert "2023" in latest.attribution
    # its figures come from its own layer: Wedding (Bezirk 01) one class better everywhere
    calculator = DevelopmentCalculator([a for a in bundled_areas() if a.code == "06"], EditionStore(project))
    wedding = calculator.development(editions)[0]
    assert wedding.of_year(2023).population == pytest.approx(wedding.of_year(2021).population)
    assert wedding.of_year(2023).low_share < wedding.of_year(2021).low_share
    project.removeMapLayer(layer.id())
    assert [e.year for e in all_editions(project)] == YEARS


# -- acceptance: the figures ----------------------------------------------------------------------------


def test_population_of_all_areas_per_edition_equals_the_independent_computation(sources, development):
    editions, areas = sources
    for year in YEARS:
        geometries, rows = editions[year]
        expected = sum(independent_figures(area, geometries, rows)[0] for area in areas.values())
        computed = sum(d.of_year(year).population for d in development.values())
        # the shipped data keep coordinates in centimetres, the sources full precision: a few people in 600,000
        assert computed == pytest.approx(expected, rel=1e-5), year
        assert 500_000 < computed < 650_000


def test_wedding_2013_to_2021_figures_equal_the_independent_computation(sources, development):
    editions, areas = sources
    wedding = development["06"]
    assert [f.year for f in wedding.figures] == YEARS
    for year in YEARS:
        population, rated, low, negative = independent_figures(areas["06"], *editions[year])
        figures = wedding.of_year(year)
        assert figures.population == pytest.approx(population, rel=1e-5)
        assert figures.low_share == pytest.approx(100.0 * low / rated, abs=0.01)
        assert figures.negative_share == pytest.approx(100.0 * negative / rated, abs=0.01)
        assert sum(figures.status_mix.values()) == pytest.approx(100.0)
    # the trend by the stated rule, from the independent shares
    low_2017 = independent_figures(areas["06"], *editions[2017])
    low_2021 = independent_figures(areas["06"], *editions[2021])
    change = 100.0 * low_2021[2] / low_2021[1] - 100.0 * low_2017[2] / low_2017[1]
    expected = IMPROVED if change <= -5 else WORSENED if change >= 5 else UNCHANGED
    trend = TrendRule().assess(wedding)
    assert trend.direction == expected and trend.change_points == pytest.approx(change, abs=0.01)
    assert (trend.base.year, trend.latest.year) == (2017, 2021)


def test_an_area_cutting_through_old_planungsraeume_is_marked_as_an_estimate(development):
    """13a is one LOR 2021 Planungsraum; before 2021 it is a quarter of a larger one: an area-share estimate."""
    thermometer = development["13a"]
    assert thermometer.of_year(2021).partial_share == pytest.approx(0.0)
    assert thermometer.of_year(2017).partial_share == pytest.approx(100.0)
    assert thermometer.of_year(2017).mostly_inside == [] and thermometer.of_year(2017).partly_inside[0][0] == "06020407"


# -- the trend rule ------------------------------------------------------------------------------


class _Edition:
    def __init__(self, year):
        self.year, self.label = year, "MSS {}".format(year)


def _figures(year, low, rated=1000.0):
    figures = EditionFigures(_Edition(year), [])
    figures.rated_population = rated
    figures.status_population[3] = low * rated / 100.0
    figures.status_population[2] = rated - figures.status_population[3]
    return figures


@pytest.mark.parametrize("before, after, direction", [
    (60.0, 55.0, IMPROVED), (60.0, 55.1, UNCHANGED), (60.0, 64.9, UNCHANGED), (60.0, 65.0, WORSENED), (0.0, 0.0, UNCHANGED)])
def test_trend_rule_thresholds(before, after, direction):
    development = AreaDevelopment("x", "x", [_figures(2015, 90.0), _figures(2017, before), _figures(2021, after)])
    trend = TrendRule().assess(development)
    assert trend.direction == direction and trend.latest.year == 2021
    assert trend.arrow in "↗→↘"


def test_no_trend_without_the_base_edition_or_a_later_rated_one():
    assert TrendRule().assess(AreaDevelopment("x", "x", [_figures(2019, 50.0), _figures(2021, 40.0)])).direction is None
    unrated = _figures(2021, 0.0, rated=0.0)
    trend = TrendRule().assess(AreaDevelopment("x", "x", [_figures(2017, 50.0), unrated]))
    assert trend.direction is None and trend.sentence("de").startswith("–")


def test_rule_text_states_base_threshold_and_method():
    text = TrendRule(threshold_points=5.0).describe("en")
    assert "MSS 2017" in text and "5 percentage points" in text and "never joined" in text


def test_rows_an_edition_cannot_use_are_reported_and_missing_fields_refused(qgis_new_project):
    from rgi_plugin.core.editions.store import table_problems

    project = QgsProject.instance()
    layer = mss_2023_layer()
    layer.startEditing()
    first, second = list(layer.getFeatures())[:2]
    layer.changeAttributeValue(second.id(), layer.fields().indexOf("plr_id"), first["plr_id"])  # a doubled id
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("si_n"), 7)  # no MSS class
    layer.commitChanges()
    project.addMapLayer(layer)
    edition = all_editions(project)[-1]
    store = EditionStore(project)
    messages = table_problems(edition, store.table(edition))
    assert any(first["plr_id"] in m and "more than one row" in m for m in messages)
    assert any(first["plr_id"] in m and "unknown status" in m for m in messages)
    assert len(store.rows(edition)) == 541  # the doubled row is not counted twice
    layer.startEditing()
    layer.deleteAttribute(layer.fields().indexOf("ew"))
    layer.commitChanges()
    with pytest.raises(EditionError, match="lacks the fields ew"):
        EditionStore(project).rows(edition)
    # the unusable edition is left out with its reason; the bundled ones keep their development
    calculator = DevelopmentCalculator([a for a in bundled_areas() if a.code == "06"], EditionStore(project))
    usable, problems = calculator.usable(all_editions(project))
    assert [e.year for e in usable] == YEARS and len(problems) == 1 and "lacks the fields ew" in problems[0]
    from rgi_plugin.core.factsheet.export import area_developments

    sheets = area_developments(QgsVectorLayer(str(AREAS_FILE), "areas", "ogr"))
    assert len(sheets) == 16 and [f.edition.year for f in sheets["06"].figures] == YEARS
    project.removeMapLayer(layer.id())


# -- the chart and all areas side by side ------------------------------------------------------------


def test_chart_shows_every_edition_the_base_the_trend_and_estimates(development):
    from rgi_plugin.core.editions.chart import development_chart_svg

    wedding = development["06"]
    svg = development_chart_svg(wedding, TrendRule().assess(wedding))
    assert svg == development_chart_svg(wedding, TrendRule().assess(wedding))  # deterministic
    for year in YEARS:
        assert ">{}<".format(year) in svg
    assert "↗" in svg and "*" not in svg.split("</text>")[-2]  # Wedding: no estimate
    thermometer = development["13a"]
    svg = development_chart_svg(thermometer, TrendRule().assess(thermometer))
    assert ">2017*<" in svg and "≈" in svg and ">2021<" in svg


def test_side_by_side_lists_all_areas_with_schools_and_exports(development, tmp_path):
    import openpyxl

    from rgi_plugin.core.areas.reading import read_area_catalogue as read_catalogue
    from rgi_plugin.core.editions import side_by_side as sbs

    areas = bundled_areas()
    schools = QgsVectorLayer(str(REPO / "resources" / "data" / "schulen_2023-10.geojson"), "schools", "ogr")
    counts = sbs.schools_in_areas(areas, schools)
    # independent: public primary schools whose point lies in the area (plain QGIS geometry)
    wedding = [a for a in areas if a.code == "06"][0].geometry
    expected = sum(1 for s in schools.getFeatures()
                   if s["schulart"] == "Grundschule" and s["traeger"] == "öffentlich" and wedding.contains(s.geometry()))
    assert counts["06"] == (expected, None, None) and expected > 10
    ordered = [development[a.code] for a in areas]
    rows = sbs.side_by_side(ordered, read_catalogue(), counts)
    headers, kinds, values = sbs.table(rows)
    assert len(values) == 16 and [v[0] for v in values][:3] == ["01", "02", "03"]
    assert not any("Lmb" in h for h in headers)  # no Lmb table: no Lmb columns, not zeros
    by_code = {v[0]: dict(zip(headers, v)) for v in values}
    assert by_code["06"]["Public primary schools"] == expected
    assert by_code["13a"]["Note"].startswith("estimate by area share")
    csv_path = sbs.export_csv(rows, tmp_path / "gebiete.csv")
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Code;Handlungsraum;Bezirk;Population (MSS 2021)")
    assert "MSS 2017" in text and "never joined" in text  # the rule travels with the table
    xlsx = sbs.export_xlsx(rows, tmp_path / "gebiete.xlsx")
    book = openpyxl.load_workbook(xlsx)
    sheet = book.worksheets[0]
    assert sheet.max_row == 17 and sheet.cell(2, 1).value == "01"
    assert isinstance(sheet.cell(2, 4).value, int)  # numbers stay numbers
    with_lmb = sbs.side_by_side(ordered, read_catalogue(), sbs.schools_in_areas(areas, schools, {"01G27": 80.0}),
                                example_lmb=True)
    headers, _, values = sbs.table(with_lmb)
    assert any("Lmb ≥ 75 %" in h for h in headers)
