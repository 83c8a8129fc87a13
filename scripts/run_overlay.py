#!/usr/bin/python3
"""``make overlay``: the criteria overlay on the bundled Berlin data, headless, with qgis_process.

Installs the packaged plugin into a throwaway QGIS profile (build/overlay-profile; your own
profile is not touched), runs ``rgi:criteria_overlay`` through ``qgis_process`` on the bundled
Planungsräume, MSS 2021, schools, approximate Handlungsräume and the synthetic example Lmb
quotas, and writes

- ``out/criteria_overlay.gpkg`` with the layers ``planungsraeume``, ``candidate_areas`` and
  ``summary``;
- ``out/criteria_overlay_summary.csv``: the summary table (UTF-8 with BOM, semicolons).

The example Lmb values are "Beispieldaten – keine amtlichen Werte": every output says so in its
``data_note`` field and in the GeoPackage layer descriptions. The command line it runs is
printed, so it can be copied for other data.
"""

import argparse
import csv
import json
import os
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from qgis_profile import PLUGIN_ID, prepare_profile  # noqa: E402

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # not /usr/bin/qgis_process: its Debian wrapper adds an option the binary rejects
ALGORITHM = "rgi:criteria_overlay"
DATA = REPO / "resources" / "data"
LAYERS = {"OUTPUT": "planungsraeume", "CANDIDATES": "candidate_areas", "SUMMARY": "summary"}


def bundled_inputs(lmb=DATA / "lmb_beispieldaten.csv", areas=DATA / "handlungsraeume_naeherung.geojson"):
    parameters = {
        "PLANUNGSRAEUME": DATA / "lor_planungsraeume_2021.geojson",
        "MSS": DATA / "mss_2021_planungsraeume.geojson",
        "SCHOOLS": DATA / "schulen_2023-10.geojson",
        "LMB_TABLE": lmb,
    }
    if areas:
        parameters.update({"AREAS": areas, "AREAS_CODE_FIELD": "code", "AREAS_NAME_FIELD": "name"})
    return {key: str(value) for key, value in parameters.items()}


def gpkg_destination(gpkg, layer):
    """A Processing destination that writes ``layer`` into the GeoPackage ``gpkg`` (others kept)."""
    return "ogr:dbname='{}' table=\"{}\" (geom)".format(gpkg, layer)


def command(inputs, gpkg):
    parameters = dict(inputs)
    for output, layer in LAYERS.items():
        parameters[output] = gpkg_destination(gpkg, layer)
    return [QGIS_PROCESS, "--json", "run", ALGORITHM, "--"] + ["{}={}".format(k, v) for k, v in parameters.items()]


def environment(profile_root):
    env = dict(os.environ)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile_root)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_qgis_process(arguments, env, timeout=300):
    completed = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=timeout)
    if completed.returncode != 0:
        raise RuntimeError("{} failed ({}):\n{}\n{}".format(" ".join(arguments[:4]), completed.returncode,
                                                             completed.stdout[-3000:], completed.stderr[-3000:]))
    return completed


def parse_results(stdout):
    """The ``results`` of ``qgis_process --json`` (it may print log lines before the JSON)."""
    start = stdout.find("{")
    return json.loads(stdout[start:])["results"]


def describe_layers(gpkg, note, description):
    """Put the data note into the GeoPackage layer descriptions (gpkg_contents)."""
    with sqlite3.connect(str(gpkg)) as db:
        for layer in LAYERS.values():
            db.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?",
                       ("\n".join(part for part in (note, description) if part), layer))


def export_summary(gpkg, csv_path):
    with sqlite3.connect(str(gpkg)) as db:
        cursor = db.execute('SELECT * FROM "{}" ORDER BY fid'.format(LAYERS["SUMMARY"]))
        names = [column[0] for column in cursor.description if column[0] != "fid"]
        rows = [row[1:] for row in cursor.fetchall()]
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(names)
        writer.writerows(rows)
    return rows


def data_note(gpkg):
    with sqlite3.connect(str(gpkg)) as db:
        row = db.execute('SELECT data_note FROM "{}" LIMIT 1'.format(LAYERS["OUTPUT"])).fetchone()
    return row[0] if row else None


def derived_areas(gpkg):
    """Codes of the current areas whose summary row says they are drawn from the MSS criterion."""
    with sqlite3.connect(str(gpkg)) as db:
        rows = db.execute('SELECT hr_code FROM "{}" WHERE hr_note IS NOT NULL ORDER BY fid'.format(LAYERS["SUMMARY"])).fetchall()
    return [row[0] for row in rows]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", default=str(REPO / "dist" / (PLUGIN_ID + ".zip")), help="the packaged plugin (make package)")
    parser.add_argument("--out", default=str(REPO / "out"), help="folder for criteria_overlay.gpkg and the summary CSV")
    parser.add_argument("--profile-root", default=str(REPO / "build" / "overlay-profile"))
    parser.add_argument("--lmb", default=str(DATA / "lmb_beispieldaten.csv"), help="Lmb table (bsn;lmb_quote)")
    parser.add_argument("--areas", default=str(DATA / "handlungsraeume_naeherung.geojson"),
                        help="current Handlungsräume (field 'code'); empty: none")
    args = parser.parse_args(argv)

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    gpkg, csv_path = out / "criteria_overlay.gpkg", out / "criteria_overlay_summary.csv"
    for old in (gpkg, csv_path):
        if old.exists():
            old.unlink()
    root = prepare_profile(Path(args.profile_root).resolve(), args.zip)
    env = environment(root)
    inputs = bundled_inputs(Path(args.lmb).resolve(), Path(args.areas).resolve() if args.areas else None)
    arguments = command(inputs, gpkg)
    print("Running:", shlex.join(arguments[:1] + arguments[2:]))  # without --json: the line to copy
    try:
        completed = run_qgis_process(arguments, env)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(error, file=sys.stderr)
        if "not found" in str(error):
            print("The plugin in {} registers no Processing provider 'rgi' (is it packaged from a tree with "
                  "initProcessing?).".format(args.zip), file=sys.stderr)
        return 1
    results = parse_results(completed.stdout)
    note = data_note(gpkg)
    used = ", ".join("{}={}".format(key, Path(value).name) for key, value in inputs.items() if not key.endswith("FIELD"))
    describe_layers(gpkg, note, "{} ({})".format(ALGORITHM, used))
    rows = export_summary(gpkg, csv_path)
    print("Planungsräume meeting the MSS criterion: {MSS_COUNT}, the school criterion: {SCHOOL_COUNT}; "
          "candidates: {CANDIDATE_COUNT} in {CANDIDATE_AREA_COUNT} candidate areas.".format(**results))
    if note:
        print("Note: {}".format(note))
    if args.areas:
        print("Current Handlungsräume: the approximate footprints bundled with the plugin, not official boundaries.")
        derived = derived_areas(gpkg)
        if derived:
            print("{} of them are drawn from the MSS criterion itself (summary field hr_note): their MSS share is 100 % by "
                  "construction, not a finding: {}.".format(len(derived), ", ".join(derived)))
    print("Wrote {} (layers {}) and {} ({} rows).".format(gpkg, ", ".join(LAYERS.values()), csv_path, len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
