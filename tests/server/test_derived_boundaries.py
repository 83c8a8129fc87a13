"""Abgrenzung aus dem Geoportal ableiten: the GI map rendered by a real QGIS Server (WMS of known
area polygons, one fill, no labels, as the Geoportal draws them) gives back the known composition
exactly; partial coverage, a region between two areas and a region far from any are reported."""

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from rgi_plugin.core import data as bundled
from rgi_plugin.core.areas import derived as db
from rgi_plugin.core.areas import derived_file as dfile
from rgi_plugin.core.areas import derived_map as dmap
from rgi_plugin.core.areas.reading import read_area_catalogue
from support.maps import approximation, clipped, known_composition, plr_geometries
from support.servers import free_port


@pytest.fixture(scope="module")
def inputs(qgis_app):
    plr = bundled.create_layer(bundled.read_snapshot().dataset("lor_plr_2021"), "de")
    areas = bundled.create_layer(bundled.read_snapshot().dataset("handlungsraeume"), "de")
    return db.planungsraeume_from_layer(plr), db.current_areas(areas, read_area_catalogue())


def derive(server, project, inputs, qtbot):
    planungsraeume, areas = inputs
    done = []
    task = dmap.DeriveBoundariesTask(server.url(project), "k_gi_gebiete", planungsraeume, areas, 20000,
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
    path = dfile.write_geopackage(result, planungsraeume, inputs[1], tmp_path / "abgeleitet.gpkg")
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
    size = dmap.pixel_size_for(planungsraeume)
    smallest = min(p.geometry.area() for p in planungsraeume)
    assert smallest / size ** 2 >= dmap.MIN_PIXELS_PER_PLR
    extent = planungsraeume[0].geometry.boundingBox()
    for plr in planungsraeume:
        extent.combineExtentWith(plr.geometry.boundingBox())
    tiles = dmap.tiles_for(extent, size)
    assert sum(t.width * t.height for t in tiles) >= extent.width() * extent.height() / size ** 2
    assert all(t.width <= dmap.TILE_PIXELS and t.height <= dmap.TILE_PIXELS for t in tiles)


def test_a_failing_map_service_is_a_failure_not_a_result(inputs, qtbot):
    planungsraeume, areas = inputs
    done = []
    task = dmap.DeriveBoundariesTask("http://127.0.0.1:{}/wms".format(free_port()), "x", planungsraeume, areas, 5000,
                                   on_finished=lambda t, ok: done.append(ok))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done == [False] and task.result is None and task.failure.kind == "refused"

