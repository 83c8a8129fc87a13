"""Abgrenzung aus dem Geoportal ableiten: the GI map rendered by a real QGIS Server (WMS of known
area polygons, one fill, no labels, as the Geoportal draws them) gives back the known composition
exactly; partial coverage, a region between two areas and a region far from any are reported."""

import pytest
from qgis.core import QgsApplication, QgsFillSymbol, QgsGeometry, QgsSingleSymbolRenderer, QgsVectorLayer

from rgi_plugin.core.areas import derived as db
from rgi_plugin.core.areas.catalogue import read_catalogue
from rgi_plugin.core.data import bundled
from test_services_servers import OUT, _write_project, qgis_server  # noqa: F401 (fixture)

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


@pytest.fixture(scope="module")
def map_services(qgis_server):  # noqa: F811
    geometries = plr_geometries()
    known = {code: QgsGeometry.unaryUnion([geometries[i] for i in ids]) for code, ids in known_composition().items()}
    approx = approximation()
    partial = {
        "13a": clipped(geometries["06200419"], 0.3),  # the western part of its only Planungsraum: below the threshold
        "13b": QgsGeometry.unaryUnion([geometries["07601545"], clipped(geometries["07601544"], 0.7)]),  # a neighbour 70 % covered
        "mitte": QgsGeometry.unaryUnion([geometries[i] for i in approx["06"] + approx["07"] + ["01200624"]]),  # Heidestraße between
        "pankow": geometries["03100103"],  # no Handlungsraum in Pankow
    }
    folder = OUT / "projects"
    for name, polygons in (("gi_known", known), ("gi_partial", partial)):
        layers = {"k_gi_gebiete": map_layer(polygons, folder / (name + ".gpkg"))}
        qgis_server.projects[name] = _write_project(folder / (name + ".qgs"), layers, wfs=False,
                                                    root_name="k_gemeinschaftsinitiative_quartier")
    return qgis_server


@pytest.fixture(scope="module")
def inputs(qgis_app):
    plr = bundled.create_layer(bundled.read_snapshot().dataset("lor_plr_2021"), "de")
    areas = bundled.create_layer(bundled.read_snapshot().dataset("handlungsraeume"), "de")
    return db.planungsraeume_from_layer(plr), db.current_areas(areas, read_catalogue())


def derive(server, project, inputs, qtbot):
    planungsraeume, areas = inputs
    done = []
    task = db.DeriveBoundariesTask(server.url(project), "k_gi_gebiete", planungsraeume, areas, 20000,
                                   on_finished=lambda t, ok: done.append(ok), today="2026-12-03")
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done), timeout=120000)
    assert done == [True], task.failure
    return task


def test_the_known_composition_is_reproduced_exactly(map_services, inputs, qtbot, tmp_path):
    task = derive(map_services, "gi_known", inputs, qtbot)
    result = task.result
    assert result.areas == {code: tuple(ids) for code, ids in known_composition().items()}
    assert result.findings_of(db.PARTIAL) == result.findings_of(db.AMBIGUOUS) == result.findings_of(db.UNMATCHED) == []
    assert result.findings_of(db.MISSING) == []
    # 05/06 (two Bezirke) and 06/07 (both Mitte) touch: one region each, split and said so
    assert {finding.codes for finding in result.findings_of(db.SPLIT)} == {("05", "06", "07")}
    known = {i for ids in known_composition().values() for i in ids}
    assert all(share >= 0.95 for plr_id, share in result.shares.items() if plr_id in known)
    assert all(share <= 0.05 for plr_id, share in result.shares.items() if plr_id not in known)
    assert len(result.shares) == 542 and 1 <= task.requests <= 16 and result.pixel_size <= 20
    assert result.label == "abgeleitet aus dem Kartendienst des Geoportals (2026-12-03)"
    # how it differs from the approximation (what the panel shows)
    changes = result.differences(inputs[1])
    assert changes == {"02": (("05200525",), ()), "09": ((), ("08100104",)), "11": (("10100101",), ()), "13d": (("09300920",), ())}

    planungsraeume = {p.plr_id: p for p in inputs[0]}
    path = db.write_geopackage(result, planungsraeume, inputs[1], tmp_path / "abgeleitet.gpkg")
    areas = QgsVectorLayer("{}|layername={}".format(path, db.AREA_LAYER), "a", "ogr")
    shares = QgsVectorLayer("{}|layername={}".format(path, db.SHARES_LAYER), "s", "ogr")
    assert areas.isValid() and shares.isValid() and areas.featureCount() == 16 and shares.featureCount() == 542
    eleven = next(f for f in areas.getFeatures() if f["code"] == "11")
    assert eleven["plr_ids"] == "10100101,10100102" and eleven["basis"] == "wms_derived"
    assert eleven["source_note"] == "abgeleitet aus dem Kartendienst des Geoportals (2026-12-03)"
    assert [part.split("=")[0] for part in eleven["plr_shares"].split(";")] == ["10100101", "10100102"]
    assert all(float(part.split("=")[1]) >= 0.95 for part in eleven["plr_shares"].split(";"))
    row = next(f for f in shares.getFeatures() if f["plr_id"] == "10100101")
    assert row["hr_code"] == "11" and row["share"] >= 0.95


def test_partial_coverage_ambiguity_and_strangers_are_reported_never_guessed(map_services, inputs, qtbot):
    result = derive(map_services, "gi_partial", inputs, qtbot).result
    approx = approximation()
    geometries = plr_geometries()
    drawn_13a = clipped(geometries["06200419"], 0.3).area() / geometries["06200419"].area()  # the share QGIS measures
    drawn_13b = clipped(geometries["07601544"], 0.7).area() / geometries["07601544"].area()
    assert drawn_13a < 0.45 and drawn_13b > 0.55
    partial = {finding.codes: dict(finding.shares) for finding in result.findings_of(db.PARTIAL)}
    assert set(partial) == {(), ("13b",)}
    assert list(partial[()]) == ["06200419"] and abs(partial[()]["06200419"] - drawn_13a) <= 0.02  # below 50 %: not assigned
    assert list(partial[("13b",)]) == ["07601544"] and abs(partial[("13b",)]["07601544"] - drawn_13b) <= 0.02
    assert result.areas["13a"] == () and result.areas["13b"] == ("07601544", "07601545")
    (ambiguous,) = result.findings_of(db.AMBIGUOUS)
    assert ambiguous.plr_ids == ("01200624",) and ambiguous.codes == ("06", "07")
    assert result.areas["06"] == tuple(approx["06"]) and result.areas["07"] == tuple(approx["07"])
    assert "01200624" not in {i for ids in result.areas.values() for i in ids}
    (stranger,) = result.findings_of(db.UNMATCHED)
    assert stranger.plr_ids == ("03100103",)
    (missing,) = result.findings_of(db.MISSING)
    assert set(missing.codes) == {code for code in approx if code not in ("06", "07", "13b")}
    texts = [finding.message() for finding in result.findings]
    assert "Partly covered, below the threshold, not assigned: 06200419 {:.0%}".format(partial[()]["06200419"]) in texts


def test_a_grid_resolves_every_planungsraum(inputs):
    planungsraeume, _ = inputs
    size = db.pixel_size_for(planungsraeume)
    smallest = min(p.geometry.area() for p in planungsraeume)
    assert smallest / size ** 2 >= db.MIN_PIXELS_PER_PLR
    extent = planungsraeume[0].geometry.boundingBox()
    for plr in planungsraeume:
        extent.combineExtentWith(plr.geometry.boundingBox())
    tiles = db.tiles_for(extent, size)
    assert sum(t.width * t.height for t in tiles) >= extent.width() * extent.height() / size ** 2
    assert all(t.width <= db.TILE_PIXELS and t.height <= db.TILE_PIXELS for t in tiles)


def test_a_failing_map_service_is_a_failure_not_a_result(inputs, qtbot):
    from test_services_servers import free_port

    planungsraeume, areas = inputs
    done = []
    task = db.DeriveBoundariesTask("http://127.0.0.1:{}/wms".format(free_port()), "x", planungsraeume, areas, 5000,
                                   on_finished=lambda t, ok: done.append(ok))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done == [False] and task.result is None and task.failure.kind == "refused"

