"""What the issue-12 server tests publish: a "reorganised" service with renamed layers, and maps
of known Handlungsräume drawn as the Geoportal draws its GI map (one fill, no labels)."""

from qgis.core import QgsFillSymbol, QgsGeometry, QgsSingleSymbolRenderer, QgsVectorLayer

from rgi_plugin.core import data as bundled
from support.servers import _write_project

#: published name -> (bundled dataset, title, keywords): how the "reorganised" service offers them
RENAMED = {
    "plr_2021_neu": ("lor_plr_2021", "LOR-Planungsräume 2021", "LOR, Planungsräume, 2021"),
    "C-LOR-PGR-2021": ("lor_pgr_2021", "Prognoseräume", ""),
    "schulstandorte": ("schulen_2023", "Schulstandorte", "Schulen, Bildung"),
    "mss_teil_a": ("mss_2021", "Teil A", "Monitoring Soziale Stadtentwicklung, 2025, Indizes"),
    "mss_teil_b": ("mss_2021", "Teil B", "Monitoring Soziale Stadtentwicklung, 2025, Indizes"),
}


RENAMED_FEES = "Datenlizenz Deutschland – Zero – Version 2.0 (https://www.govdata.de/dl-de/zero-2-0)"


def renamed_project(folder):
    """A project publishing bundled data under new names, titles and keywords (WFS and WMS)."""
    snapshot = bundled.read_snapshot()
    layers = {}
    for name, (dataset_id, title, keywords) in RENAMED.items():
        layer = bundled.create_layer(snapshot.dataset(dataset_id), "de")
        layer.setTitle(title)
        layer.setKeywordList(keywords)
        layers[name] = layer
    return _write_project(folder / "renamed.qgs", layers, fees=RENAMED_FEES)


#: How the known map differs from today's approximation (the bundled handlungsraeume_naeherung).
ADDED = {"02": ["05200525"], "11": ["10100101"], "13d": ["09300920"]}
REMOVED = {"09": ["08100104"]}


def approximation():
    layer = bundled.create_layer(bundled.read_snapshot().dataset("handlungsraeume"), "de")
    return {f["code"]: f["plr_ids"].split(",") for f in layer.getFeatures()}


def known_composition():
    known = {code: sorted((set(ids) | set(ADDED.get(code, []))) - set(REMOVED.get(code, []))) for code, ids in approximation().items()}
    assert sum(len(ids) for ids in known.values()) == sum(len(ids) for ids in approximation().values()) + 3 - 1
    return known


def plr_geometries():
    layer = bundled.create_layer(bundled.read_snapshot().dataset("lor_plr_2021"), "de")
    return {f["plr_id"]: QgsGeometry(f.geometry()) for f in layer.getFeatures()}


def map_layer(polygons, path):
    """A layer of area polygons (a GeoPackage the server can read) styled like the Geoportal's
    map: one fill, no outline, no labels."""
    from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsVectorFileWriter

    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:25833&field=id:string", "areas", "memory")
    features = []
    for key, geometry in polygons.items():
        feature = QgsFeature(memory.fields())
        feature.setAttributes([key])
        geometry = QgsGeometry(geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    layer = QgsVectorLayer(str(path), "areas", "ogr")
    assert layer.isValid() and layer.featureCount() == len(polygons)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "230,85,13,255", "outline_style": "no"})))
    layer.setLabelsEnabled(False)
    return layer


def clipped(geometry, west_share):
    """The western part of ``geometry``: ``west_share`` of its bounding box's width."""
    box = geometry.boundingBox()
    box.setXMaximum(box.xMinimum() + west_share * box.width())
    return geometry.intersection(QgsGeometry.fromRect(box))


def map_projects(folder):
    """{"gi_known": project, "gi_partial": project}: the map of the known composition, and one
    with partial coverage, a Planungsraum between two areas and a covered stranger."""
    geometries = plr_geometries()
    known = {code: QgsGeometry.unaryUnion([geometries[i] for i in ids]) for code, ids in known_composition().items()}
    approx = approximation()
    partial = {
        "13a": clipped(geometries["06200419"], 0.3),  # the western part of its only Planungsraum: below the threshold
        "13b": QgsGeometry.unaryUnion([geometries["07601545"], clipped(geometries["07601544"], 0.7)]),  # a neighbour 70 % covered
        "mitte": QgsGeometry.unaryUnion([geometries[i] for i in approx["06"] + approx["07"] + ["01200624"]]),  # Heidestraße between
        "pankow": geometries["03100103"],  # no Handlungsraum in Pankow
    }
    projects = {}
    for name, polygons in (("gi_known", known), ("gi_partial", partial)):
        layers = {"k_gi_gebiete": map_layer(polygons, folder / (name + ".gpkg"))}
        projects[name] = _write_project(folder / (name + ".qgs"), layers, wfs=False, root_name="k_gemeinschaftsinitiative_quartier")
    return projects
