"""The bundled data of the editions before 2021: every source row is there, unchanged, on its own geometry."""

import csv

import pytest
from qgis.core import NULL, QgsSpatialIndex

from rgi_plugin.core import data as bundled
from support.paths import SHARED_DATA

YEARS = (2013, 2015, 2017, 2019)
DYNAMICS = {"+": 1, "+/-": 3, "-": 5}


@pytest.fixture(scope="module")
def layers(qgis_app):
    snapshot = bundled.read_snapshot()
    ids = ["bezirke", "lor_plr_2019", "gssa_2022"] + ["mss_{}".format(year) for year in YEARS]
    return {dataset_id: bundled.create_layer(snapshot.dataset(dataset_id), "de") for dataset_id in ids}


def source_rows(name):
    with open(SHARED_DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("year", YEARS)
def test_every_mss_row_of_the_source_is_bundled_unchanged(layers, year):
    source = {row["id"]: row for row in source_rows("mss_history/mss_{}_index.csv".format(year))}
    bundled_rows = {f["plr_id"]: f for f in layers["mss_{}".format(year)].getFeatures()}
    assert set(bundled_rows) == set(source)
    for plr_id, row in source.items():
        feature = bundled_rows[plr_id]
        assert (feature["ew"], feature["si_n"], feature["di_n"], feature["sdi"], feature["plr_name"]) == (
            int(float(row["inhabitants"])), int(float(row["status_index"])), DYNAMICS[row["dynamic_index"]],
            row["status_dynamic_index"], row["name"])


def test_the_planungsraeume_before_2021_lie_in_the_bezirk_their_id_names(layers):
    bezirke = {f["bez_id"]: f.geometry() for f in layers["bezirke"].getFeatures()}
    assert sorted(bezirke) == ["{:02d}".format(n) for n in range(1, 13)]
    features = list(layers["lor_plr_2019"].getFeatures())
    ids = [f["plr_id"] for f in features]
    assert len(ids) == len(set(ids)) == 448
    for feature in features:
        point = feature.geometry().pointOnSurface()
        assert bezirke[feature["plr_id"][:2]].contains(point), feature["plr_id"]


def test_the_doubled_source_id_is_corrected_and_says_so(layers):
    """The source gives both "Schloßstraße" polygons the id 06010102; the MSS tables know 04030417."""
    by_id = {f["plr_id"]: f for f in layers["lor_plr_2019"].getFeatures()}
    assert by_id["04030417"]["plr_name"] == by_id["06010102"]["plr_name"] == "Schloßstraße"
    assert "06010102" in by_id["04030417"]["id_note"] and by_id["06010102"]["id_note"] in (None, NULL)
    noted = [f["plr_id"] for f in by_id.values() if f["id_note"] not in (None, NULL)]
    assert noted == ["04030417"]
    mss_2017 = {f["plr_id"]: f["ew"] for f in layers["mss_2017"].getFeatures()}
    assert mss_2017["04030417"] == 10927  # now on its own polygon in Charlottenburg


def test_mss_tables_and_geometry_share_one_scheme_and_unrated_planungsraeume_are_listed(layers):
    geometry_ids = {f["plr_id"] for f in layers["lor_plr_2019"].getFeatures()}
    for year in YEARS:
        dataset = bundled.read_snapshot().dataset("mss_{}".format(year))
        rows = {f["plr_id"] for f in layers["mss_{}".format(year)].getFeatures()}
        missing = geometry_ids - rows
        assert "{} unbewohnte Planungsräume".format(len(missing)) in dataset.notes["de"]
        assert dataset.year == year and dataset.series == "mss"


def test_social_atlas_keeps_every_row_and_low_values_mark_disadvantage(layers):
    source = {row["plrID"]: row for row in source_rows("sozialatlas/gssa_2022_planungsraeume.csv")}
    rows = {f["plr_id"]: f for f in layers["gssa_2022"].getFeatures()}
    assert set(rows) == set(source)
    empty = [plr_id for plr_id, row in source.items() if not row["GESIx_2013"]]
    assert len(empty) == 27 and all(rows[plr_id]["gesix_2013"] == NULL for plr_id in empty)
    for plr_id, row in source.items():
        if row["GESIx_2022"]:
            assert rows[plr_id]["gesix_2022"] == pytest.approx(float(row["GESIx_2022"]))
    # the convention the notes state: Mehringplatz and Leopoldplatz are among the lowest values
    values = sorted(f["gesix_2013"] for f in rows.values() if f["gesix_2013"] != NULL)
    assert rows["02010102"]["gesix_2013"] < values[len(values) // 20] and rows["01044203"]["gesix_2013"] < 0


def test_bezirke_cover_the_planungsraeume(layers):
    index = QgsSpatialIndex(layers["bezirke"].getFeatures())
    assert len(index.intersects(layers["lor_plr_2019"].extent())) == 12
    total = sum(f.geometry().area() for f in layers["bezirke"].getFeatures())
    assert total == pytest.approx(891.1e6, rel=0.01)  # Berlin: 891 km²
