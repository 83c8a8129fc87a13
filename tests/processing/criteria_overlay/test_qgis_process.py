"""`make overlay`: rgi:criteria_overlay through qgis_process, with the packaged plugin in a profile.

Runs scripts/run_overlay.py as `make overlay` does (the zip of `make package` installed into a
throwaway profile under build/) and compares its GeoPackage and CSV with the same algorithm
run in this process. Set GI_PLUGIN_ZIP to test another zip than dist/.
"""

import csv
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

import run_overlay
from rgi_plugin.core.overlay.output import EXAMPLE_DATA_NOTE, PLANUNGSRAUM_FIELDS
from support.independent import mss_rule_count_from_csv
from support.paths import REPO


@pytest.fixture(scope="module")
def overlay_zip(plugin_zip):
    return Path(os.environ.get("GI_PLUGIN_ZIP") or plugin_zip)


def run(arguments, timeout=120):
    completed = subprocess.run(["/usr/bin/python3", str(REPO / "scripts" / "run_overlay.py"), *arguments],
                               capture_output=True, text=True, timeout=timeout)
    if "rgi:criteria_overlay not found" in completed.stderr + completed.stdout:
        pytest.fail("The packaged plugin registers no Processing provider 'rgi': plugin.py needs initProcessing() "
                    "and metadata.txt hasProcessingProvider=yes.\n" + completed.stderr[-2000:])
    assert completed.returncode == 0, completed.stderr[-3000:]
    return completed.stdout


@pytest.fixture(scope="module")
def made(overlay_zip):
    root = REPO / "build" / "test-profiles" / "criteria_overlay_qgis_process"
    out = root / "out"
    stdout = run(["--zip", str(overlay_zip), "--out", str(out), "--profile-root", str(root / "profile")])
    return out, stdout


def layer(out, name):
    result = QgsVectorLayer("{}|layername={}".format(out / "criteria_overlay.gpkg", name), name, "ogr")
    assert result.isValid(), name
    return result


def test_make_overlay_writes_the_geopackage_and_the_summary_csv(qgis_app, made):
    out, stdout = made
    planungsraeume = layer(out, "planungsraeume")
    assert planungsraeume.featureCount() == 542
    assert planungsraeume.crs().authid() == "EPSG:25833"
    assert [f.name() for f in planungsraeume.fields()][1:] == [name for name, _, _ in PLANUNGSRAUM_FIELDS]  # after the fid
    expected_mss = mss_rule_count_from_csv()
    assert sum(1 for f in planungsraeume.getFeatures() if f["crit_mss"]) == expected_mss
    assert "meeting the MSS criterion: {}".format(expected_mss) in stdout
    candidates = sorted(f["plr_id"] for f in planungsraeume.getFeatures() if f["candidate"])
    areas = layer(out, "candidate_areas")
    assert sorted(p for f in areas.getFeatures() for p in f["plr_ids"].split(", ")) == candidates
    summary = layer(out, "summary")
    with open(out / "criteria_overlay_summary.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [r["kind"] for r in rows] == [f["kind"] for f in summary.getFeatures()]
    assert [r["hr_code"] for r in rows if r["kind"] == "handlungsraum"][:2] == ["01", "02"]
    total = rows[-1]
    assert total["kind"] == "total" and int(total["n_plr"]) == 542 and int(total["n_plr_candidate"]) == len(candidates)
    derived = [r["hr_code"] for r in rows if r["hr_note"]]
    assert len(derived) == 11 and all(r["n_plr_mss"] == r["n_plr"] for r in rows if r["hr_note"])
    assert "11 of them are drawn from the MSS criterion itself (summary field hr_note)" in stdout
    with sqlite3.connect(str(out / "criteria_overlay.gpkg")) as db:  # the types the tables hold (issue 10)
        assert dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns")) == {
            "planungsraeume": "MULTIPOLYGON", "candidate_areas": "MULTIPOLYGON"}


def test_every_output_of_the_example_data_says_so(qgis_app, made):
    out, stdout = made
    for name in ("planungsraeume", "candidate_areas", "summary"):
        source = layer(out, name)
        assert {f["data_note"] for f in source.getFeatures()} == {EXAMPLE_DATA_NOTE}
        assert EXAMPLE_DATA_NOTE in _description(out, name)  # the GeoPackage layer description
    with open(out / "criteria_overlay_summary.csv", encoding="utf-8-sig") as handle:
        assert EXAMPLE_DATA_NOTE in handle.read()
    assert "Note: " + EXAMPLE_DATA_NOTE in stdout


def _description(out, name):
    import sqlite3

    with sqlite3.connect(str(out / "criteria_overlay.gpkg")) as db:
        return db.execute("SELECT description FROM gpkg_contents WHERE table_name = ?", (name,)).fetchone()[0]


def test_the_command_line_documents_the_interface(made):
    out, _ = made
    root = out.parent / "profile"
    completed = subprocess.run([run_overlay.QGIS_PROCESS, "help", run_overlay.ALGORITHM], env=run_overlay.environment(root),
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr[-2000:]
    for name in ("PLANUNGSRAEUME", "MSS_STATUSES", "MSS_STATUSES_NEGATIVE", "LMB_TABLE", "MIN_CRITERIA", "AREAS", "crit_mss",
                 "candidate", "hr_code", "inferred reading"):
        assert name in completed.stdout, name


def test_a_wrong_input_fails_with_the_reason(made):
    out, _ = made
    root = out.parent / "profile"
    inputs = run_overlay.bundled_inputs()
    inputs["PLR_ID_FIELD"] = "lor_nummer"
    arguments = run_overlay.command(inputs, out / "wrong.gpkg")
    completed = subprocess.run(arguments, env=run_overlay.environment(root), capture_output=True, text=True, timeout=60)
    assert completed.returncode != 0
    assert "The field 'lor_nummer' is missing in" in completed.stdout + completed.stderr
