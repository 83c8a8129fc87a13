"""rgi:criteria_overlay on the bundled Berlin data, checked against counts made independently.

The MSS count comes from the original MSS 2021 CSV (csv module, no QGIS); the school count
from the bundled GeoJSON and the example Lmb table with a plain ray-casting point-in-polygon
test (no QGIS geometry, no spatial index).
"""

import csv
import json
import subprocess

import pytest
from qgis.core import QgsApplication

from rgi_plugin.core import data as bundled
from rgi_plugin.core.indicators.criteria import LMB_THRESHOLD_PERCENT, is_public_primary_school
from rgi_plugin.core.overlay.output import EXAMPLE_DATA_NOTE
from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider
from support.independent import mss_rule_count_from_csv
from support.paths import REPO

DATA = REPO / "resources" / "data"
LMB_CSV = DATA / "lmb_beispieldaten.csv"


@pytest.fixture(scope="module")
def berlin(qgis_processing):
    import processing

    provider = GemeinschaftsinitiativeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    snapshot = bundled.read_snapshot()
    result = processing.run("rgi:criteria_overlay", {
        "PLANUNGSRAEUME": str(snapshot.dataset("lor_plr_2021").path),
        "MSS": str(snapshot.dataset("mss_2021").path),
        "SCHOOLS": str(snapshot.dataset("schulen_2023").path),
        "LMB_TABLE": str(LMB_CSV),
        "OUTPUT": "memory:", "CANDIDATES": "memory:", "SUMMARY": "memory:",
    })
    yield result
    QgsApplication.processingRegistry().removeProvider(provider)


def flags(result, name):
    return {f["plr_id"]: f[name] for f in result["OUTPUT"].getFeatures() if f[name] in (True, False)}


# -- independent counts -------------------------------------------------------------------------


def inside_ring(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def inside(x, y, geometry):
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    # even-odd over all rings of a polygon: a point in a hole is outside
    return any(sum(inside_ring(x, y, [tuple(p[:2]) for p in ring]) for ring in polygon) % 2 == 1 for polygon in polygons)


def school_criterion_by_point_in_polygon():
    with open(LMB_CSV, encoding="utf-8") as handle:
        quotas = {row["bsn"]: float(row["lmb_quote"]) for row in csv.DictReader(handle, delimiter=";")}
    with open(DATA / "schulen_2023-10.geojson", encoding="utf-8") as handle:
        schools = [(f["geometry"]["coordinates"], quotas[f["properties"]["bsn"]])
                   for f in json.load(handle)["features"]
                   if is_public_primary_school(f["properties"]["schulart"], f["properties"]["traeger"])
                   and f["properties"]["bsn"] in quotas]
    with open(DATA / "lor_planungsraeume_2021.geojson", encoding="utf-8") as handle:
        planungsraeume = [(f["properties"]["plr_id"], f["geometry"]) for f in json.load(handle)["features"]]
    result = {}
    for plr_id, geometry in planungsraeume:
        here = [quota for (x, y), quota in schools if inside(x, y, geometry)]
        if here:
            result[plr_id] = any(quota >= LMB_THRESHOLD_PERCENT for quota in here)
    return result


def test_mss_criterion_equals_a_direct_count_from_the_mss_table(berlin):
    expected = mss_rule_count_from_csv()
    assert expected > 0
    assert berlin["MSS_COUNT"] == expected
    assert len([v for v in flags(berlin, "crit_mss").values() if v]) == expected


def test_school_criterion_equals_an_independent_point_in_polygon_count(berlin):
    expected = school_criterion_by_point_in_polygon()
    assert flags(berlin, "crit_school") == expected
    assert berlin["SCHOOL_COUNT"] == sum(expected.values()) > 0


def test_every_planungsraum_is_in_the_output_once(berlin):
    ids = [f["plr_id"] for f in berlin["OUTPUT"].getFeatures()]
    assert len(ids) == len(set(ids)) == bundled.read_snapshot().dataset("lor_plr_2021").expected_count
    assert ids == sorted(ids)


def test_candidates_and_candidate_areas_agree(berlin):
    candidates = {f["plr_id"] for f in berlin["OUTPUT"].getFeatures() if f["candidate"]}
    in_areas = [plr for f in berlin["CANDIDATES"].getFeatures() for plr in f["plr_ids"].split(", ")]
    assert berlin["CANDIDATE_COUNT"] == len(candidates) > 0
    assert sorted(in_areas) == sorted(candidates)
    total = [f for f in berlin["SUMMARY"].getFeatures() if f["kind"] == "total"][0]
    assert (total["n_plr_mss"], total["n_plr_candidate"]) == (berlin["MSS_COUNT"], len(candidates))


def test_outputs_made_from_the_example_lmb_values_say_so(berlin):
    for name in ("OUTPUT", "CANDIDATES", "SUMMARY"):
        assert {f["data_note"] for f in berlin[name].getFeatures()} == {EXAMPLE_DATA_NOTE}


# -- the example Lmb table ------------------------------------------------------------------------


def test_example_lmb_table_covers_exactly_the_public_primary_schools():
    with open(DATA / "schulen_2023-10.geojson", encoding="utf-8") as handle:
        primary = sorted(f["properties"]["bsn"] for f in json.load(handle)["features"]
                         if is_public_primary_school(f["properties"]["schulart"], f["properties"]["traeger"]))
    with open(LMB_CSV, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert list(rows[0]) == ["bsn", "lmb_quote", "schuljahr", "hinweis"]
    assert [row["bsn"] for row in rows] == primary
    assert {row["hinweis"] for row in rows} == {EXAMPLE_DATA_NOTE}  # marked inside the data, row by row
    assert all(0.0 <= float(row["lmb_quote"]) <= 100.0 for row in rows)
    note = (DATA / "lmb_beispieldaten.md").read_text(encoding="utf-8")
    assert EXAMPLE_DATA_NOTE in note and "s4" in note


def test_example_lmb_table_rebuilds_byte_for_byte():
    target = REPO / "build" / "test-example-lmb" / "lmb_beispieldaten.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["/usr/bin/python3", str(REPO / "scripts" / "build_example_lmb.py"), "--output", str(target)],
                   check=True, capture_output=True, timeout=120)
    assert target.read_bytes() == LMB_CSV.read_bytes()
