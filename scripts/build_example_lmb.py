#!/usr/bin/python3
"""Write the synthetic example Lmb quotas ``resources/data/lmb_beispieldaten.csv``.

Beispieldaten – keine amtlichen Werte. Real Lernmittelbefreiung quotas per school are internal
data of the Senate's education department; the plugin ships only these made-up values, so that
the demo and ``make overlay`` have something to show.

How a value is made, for each public Grundschule of the bundled school layer (sorted by BSN):
the MSS 2021 index indicator s4 (Kinderarmut, percent) of the Planungsraum that contains the
school (point in polygon; a school outside all Planungsräume takes the nearest one; a
Planungsraum without a valid s4 gives the Berlin median), then
``quota = INTERCEPT + SLOPE * s4 + noise`` with Gaussian noise from a fixed seed, clipped to
0–100 and rounded to one decimal. Same inputs, same file, byte for byte.

Every row carries the label in the column ``hinweis``: the data says that it is an example,
so a renamed copy, a spreadsheet made from it or a layer loaded from it stays marked.

Run with the Python that sees QGIS: ``/usr/bin/python3 scripts/build_example_lmb.py``.
"""

import argparse
import os
import random
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rgi_plugin.core.indicators.criteria import LMB_THRESHOLD_PERCENT, is_public_primary_school  # noqa: E402

DATA = REPO / "resources" / "data"
SCHOOLS = DATA / "schulen_2023-10.geojson"
MSS = DATA / "mss_2021_planungsraeume.geojson"
OUTPUT = DATA / "lmb_beispieldaten.csv"

SEED = 20231001
INTERCEPT = 8.0
SLOPE = 1.3
NOISE_SD = 7.0
SCHOOL_YEAR = "2023/24"
HEADER = ("bsn", "lmb_quote", "schuljahr", "hinweis")
LABEL = "Beispieldaten – keine amtlichen Werte"


def read_layers():
    from qgis.core import QgsVectorLayer

    mss = QgsVectorLayer(str(MSS), "mss", "ogr")
    schools = QgsVectorLayer(str(SCHOOLS), "schulen", "ogr")
    for layer, path in ((mss, MSS), (schools, SCHOOLS)):
        if not layer.isValid():
            raise SystemExit("cannot read {}".format(path))
    from rgi_plugin.core.common.values import is_null

    planungsraeume = sorted(((f["plr_id"], f.geometry(), None if is_null(f["s4"]) else float(f["s4"])) for f in mss.getFeatures()),
                            key=lambda item: item[0])
    primary = sorted(((f["bsn"], f.geometry()) for f in schools.getFeatures()
                      if is_public_primary_school(f["schulart"], f["traeger"])), key=lambda item: item[0])
    return planungsraeume, primary


def child_poverty(point, planungsraeume, median):
    """s4 of the Planungsraum holding ``point`` (the nearest one if none holds it)."""
    holding = [(plr_id, s4) for plr_id, geometry, s4 in planungsraeume if geometry.intersects(point)]
    if not holding:
        nearest = min(planungsraeume, key=lambda item: (round(item[1].distance(point), 2), item[0]))
        holding = [(nearest[0], nearest[2])]
    s4 = holding[0][1]
    return median if s4 is None else s4


def build_rows():
    planungsraeume, schools = read_layers()
    median = statistics.median(s4 for _, _, s4 in planungsraeume if s4 is not None)
    noise = random.Random(SEED)
    rows = []
    for bsn, point in schools:
        value = INTERCEPT + SLOPE * child_poverty(point, planungsraeume, median) + noise.gauss(0.0, NOISE_SD)
        rows.append((bsn, "{:.1f}".format(min(100.0, max(0.0, value))), SCHOOL_YEAR, LABEL))
    return rows


def write_csv(rows, path):
    lines = [";".join(HEADER)] + [";".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(OUTPUT))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        rows = build_rows()
    finally:
        app.exitQgis()
    write_csv(rows, Path(args.output))
    above = sum(float(row[1]) >= LMB_THRESHOLD_PERCENT for row in rows)
    print("Wrote {} example quotas to {} ({} at or above {} %). Beispieldaten – keine amtlichen Werte.".format(
        len(rows), args.output, above, LMB_THRESHOLD_PERCENT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
