#!/usr/bin/python3
"""``make bench``: how fast is rgi:criteria_overlay, against QGIS's own algorithms and at scale.

In one run, on the same in-memory inputs:

1. the algorithm on the bundled Berlin data (542 Planungsräume, 902 schools, example Lmb
   values) versus the equivalent chain of QGIS algorithms, which gives the same outputs: join
   the Lmb table to the schools, keep the public primary schools, join by location with
   summary (highest quota per Planungsraum), join the MSS table, three field calculators (MSS
   flag, school flag, candidate), keep the candidates, dissolve, multipart to single parts,
   join by location with summary (number and population of the candidate areas), aggregate
   (the city-wide summary row). One difference is by design: the algorithm joins candidates
   that touch only at a corner into one area (its neighbour rule is distance only, issue 10),
   where "multipart to single parts" keeps them apart, so on Berlin it finds one area less;
2. the algorithm on synthetic data scaled 10× and 100× (every Planungsraum cut into 10 or 100
   strips with the MSS row of its parent; every school replicated with a small seeded offset
   and its Lmb value).

Prints each time (median of the repetitions), the ratios and the goals of issue 6: at most half
the time of the native chain on Berlin; 100× data in no more than 120× the time. A script, not
a test: the numbers depend on the machine.

Run: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/bench_criteria.py [--repeat 3]``.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, "/usr/share/qgis/python/plugins")

DATA = REPO / "resources" / "data"
SEED = 6


def memory_copy(path, name):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    source = QgsVectorLayer(str(path), name, "ogr")
    if not source.isValid():
        raise SystemExit("cannot read {}".format(path))
    copy = source.materialize(QgsFeatureRequest())
    copy.setName(name)
    return copy


def lmb_table(path):
    """The Lmb CSV as a typed table (quota as a number, so that QGIS's max works on numbers)."""
    import csv

    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    table = QgsVectorLayer("None", "lmb", "memory")
    table.dataProvider().addAttributes([QgsField("bsn", QVariant.String), QgsField("lmb_quote", QVariant.Double),
                                        QgsField("schuljahr", QVariant.String)])
    table.updateFields()
    features = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            feature = QgsFeature(table.fields())
            feature.setAttributes([row["bsn"], float(row["lmb_quote"]), row["schuljahr"]])
            features.append(feature)
    table.dataProvider().addFeatures(features)
    return table


def empty_like(layer, name, geometry="Polygon"):
    from qgis.core import QgsVectorLayer

    uri = "{}?crs={}".format(geometry, layer.crs().authid()) if geometry != "None" else "None"
    result = QgsVectorLayer(uri, name, "memory")
    result.dataProvider().addAttributes(layer.fields().toList())
    result.updateFields()
    return result


def strips(geometry, count):
    """``count`` pieces of a polygon: the parts inside equal vertical strips of its bounding box."""
    from qgis.core import QgsGeometry, QgsRectangle

    box = geometry.boundingBox()
    width = box.width() / count
    pieces = []
    for i in range(count):
        cut = geometry.intersection(QgsGeometry.fromRect(QgsRectangle(box.xMinimum() + i * width, box.yMinimum(),
                                                                         box.xMinimum() + (i + 1) * width, box.yMaximum())))
        if not cut.isEmpty():
            pieces.append(cut)
    return pieces


def scaled(inputs, factor):
    """Synthetic data ``factor`` times the size: subdivided Planungsräume, replicated schools."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    planungsraeume, mss, schools, lmb = inputs
    out_plr, out_mss = empty_like(planungsraeume, "plr x{}".format(factor)), empty_like(mss, "mss x{}".format(factor), "None")
    mss_rows = {f["plr_id"]: f for f in mss.getFeatures()}
    plr_features, mss_features, number = [], [], 0
    for feature in sorted(planungsraeume.getFeatures(), key=lambda f: f["plr_id"]):
        parent = mss_rows.get(feature["plr_id"])
        for piece in strips(feature.geometry(), factor):
            number += 1
            new_id = "{:08d}".format(number)
            plr = QgsFeature(out_plr.fields())
            plr.setAttributes(feature.attributes())
            plr["plr_id"] = new_id
            plr.setGeometry(piece)
            plr_features.append(plr)
            if parent is not None:
                row = QgsFeature(out_mss.fields())
                row.setAttributes(parent.attributes())
                row["plr_id"] = new_id
                if parent["ew"] not in (None,) and not _null(parent["ew"]):
                    row["ew"] = int(parent["ew"]) // factor
                mss_features.append(row)
    out_plr.dataProvider().addFeatures(plr_features)
    out_mss.dataProvider().addFeatures(mss_features)

    out_schools, out_lmb = empty_like(schools, "schools x{}".format(factor), "Point"), empty_like(lmb, "lmb x{}".format(factor), "None")
    quotas = {f["bsn"]: f["lmb_quote"] for f in lmb.getFeatures()}
    noise = random.Random(SEED)
    school_features, lmb_features = [], []
    for feature in sorted(schools.getFeatures(), key=lambda f: f["bsn"]):
        point = feature.geometry().asPoint()
        for copy in range(factor):
            bsn = "{}-{}".format(feature["bsn"], copy)
            school = QgsFeature(out_schools.fields())
            school.setAttributes(feature.attributes())
            school["bsn"] = bsn
            moved = QgsPointXY(point.x() + noise.uniform(-150, 150), point.y() + noise.uniform(-150, 150))
            school.setGeometry(QgsGeometry.fromPointXY(moved))
            school_features.append(school)
            if feature["bsn"] in quotas:
                row = QgsFeature(out_lmb.fields())
                row.setAttributes([bsn, quotas[feature["bsn"]], "2023/24"][:len(out_lmb.fields())])
                lmb_features.append(row)
    out_schools.dataProvider().addFeatures(school_features)
    out_lmb.dataProvider().addFeatures(lmb_features)
    return out_plr, out_mss, out_schools, out_lmb


def _null(value):
    return hasattr(value, "isNull") and value.isNull()


def run_overlay(inputs):
    import processing

    planungsraeume, mss, schools, lmb = inputs
    result = processing.run("rgi:criteria_overlay", {
        "PLANUNGSRAEUME": planungsraeume, "MSS": mss, "SCHOOLS": schools, "LMB_TABLE": lmb,
        "OUTPUT": "memory:", "CANDIDATES": "memory:", "SUMMARY": "memory:"})
    return result["CANDIDATE_COUNT"], result["CANDIDATE_AREA_COUNT"]


def run_native_flags_only(inputs):
    """The chain without its last two steps: flags and dissolved areas, no area figures, no summary."""
    return run_native_chain(inputs, complete=False)


def run_native_chain(inputs, complete=True):
    """The same question answered with QGIS's algorithms, step by step, all in memory."""
    import processing
    from rgi_plugin.core.indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, MIN_CRITERIA, PUBLIC_PRIMARY_SCHOOL_EXPRESSION

    planungsraeume, mss, schools, lmb = inputs
    step = lambda name, params: processing.run(name, dict(params, OUTPUT="memory:"))["OUTPUT"]  # noqa: E731
    with_quota = step("native:joinattributestable", {"INPUT": schools, "FIELD": "bsn", "INPUT_2": lmb, "FIELD_2": "bsn",
                                                     "FIELDS_TO_COPY": ["lmb_quote"], "METHOD": 1, "PREFIX": ""})
    primary = step("native:extractbyexpression", {"INPUT": with_quota, "EXPRESSION": PUBLIC_PRIMARY_SCHOOL_EXPRESSION})
    summary = step("qgis:joinbylocationsummary", {"INPUT": planungsraeume, "JOIN": primary, "PREDICATE": [1],
                                                  "JOIN_FIELDS": ["lmb_quote"], "SUMMARIES": [3], "DISCARD_NONMATCHING": False})
    joined = step("native:joinattributestable", {"INPUT": summary, "FIELD": "plr_id", "INPUT_2": mss, "FIELD_2": "plr_id",
                                                 "FIELDS_TO_COPY": ["ew", "si_n", "di_n", "kom"], "METHOD": 1, "PREFIX": "mss_"})
    rule = DEFAULT_MSS_RULE.expression().replace('"si_n"', '"mss_si_n"').replace('"di_n"', '"mss_di_n"').replace('"kom"', '"mss_kom"')
    flagged = step("native:fieldcalculator", {"INPUT": joined, "FIELD_NAME": "crit_mss", "FIELD_TYPE": 1, "FORMULA": rule})
    flagged = step("native:fieldcalculator", {
        "INPUT": flagged, "FIELD_NAME": "crit_school", "FIELD_TYPE": 1,
        "FORMULA": 'CASE WHEN "lmb_quote_max" IS NULL THEN NULL ELSE "lmb_quote_max" >= {} END'.format(LMB_THRESHOLD_PERCENT)})
    flagged = step("native:fieldcalculator", {
        "INPUT": flagged, "FIELD_NAME": "candidate", "FIELD_TYPE": 1,
        "FORMULA": 'coalesce("crit_mss", 0) + coalesce("crit_school", 0) >= {}'.format(MIN_CRITERIA)})
    candidates = step("native:extractbyexpression", {"INPUT": flagged, "EXPRESSION": '"candidate" = 1'})
    dissolved = step("native:dissolve", {"INPUT": candidates, "FIELD": []})
    areas = step("native:multiparttosingleparts", {"INPUT": dissolved})
    if not complete:
        return candidates.featureCount(), areas.featureCount()
    # candidate areas with their number of Planungsräume and population, as the algorithm gives them
    areas = step("qgis:joinbylocationsummary", {"INPUT": areas, "JOIN": candidates, "PREDICATE": [1], "JOIN_FIELDS": ["mss_ew"],
                                                "SUMMARIES": [0, 5], "DISCARD_NONMATCHING": False})
    # and the city-wide summary row
    step("native:aggregate", {"INPUT": flagged, "GROUP_BY": "NULL", "AGGREGATES": [
        {"aggregate": "count", "input": '"plr_id"', "name": "n_plr", "type": 2, "length": 0, "precision": 0},
        {"aggregate": "sum", "input": '"mss_ew"', "name": "ew", "type": 2, "length": 0, "precision": 0},
        {"aggregate": "sum", "input": '"crit_mss"', "name": "n_plr_mss", "type": 2, "length": 0, "precision": 0},
        {"aggregate": "sum", "input": '"candidate"', "name": "n_plr_candidate", "type": 2, "length": 0, "precision": 0},
        {"aggregate": "sum", "input": 'if("candidate", "mss_ew", 0)', "name": "ew_candidate", "type": 2, "length": 0, "precision": 0},
    ]})
    in_areas = sum(f["mss_ew_count"] or 0 for f in areas.getFeatures())
    if in_areas != candidates.featureCount():
        print("  NOTE: the chain's candidate areas hold {} of {} candidates".format(in_areas, candidates.featureCount()))
    return candidates.featureCount(), areas.featureCount()


def timed_interleaved(functions, inputs, repeat):
    """The functions in turn, ``repeat`` rounds after a warm-up round, so that a busy moment of
    the machine hits all alike. Returns per function (median, fastest, answer)."""
    answers = [function(inputs) for function in functions]
    times = [[] for _ in functions]
    for _ in range(repeat):
        for function, bucket in zip(functions, times):
            start = time.perf_counter()
            function(inputs)
            bucket.append(time.perf_counter() - start)
    return [(statistics.median(t), min(t), a) for t, a in zip(times, answers)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11, help="repetitions per measurement (the median is printed)")
    parser.add_argument("--factors", default="10,100", help="scale factors of the synthetic data")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider

    provider = GemeinschaftsinitiativeProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        berlin = (memory_copy(DATA / "lor_planungsraeume_2021.geojson", "plr"),
                  memory_copy(DATA / "mss_2021_planungsraeume.geojson", "mss"),
                  memory_copy(DATA / "schulen_2023-10.geojson", "schulen"), lmb_table(DATA / "lmb_beispieldaten.csv"))
        print("Berlin: {} Planungsräume, {} schools, {} Lmb values (Beispieldaten – keine amtlichen Werte)".format(
            berlin[0].featureCount(), berlin[2].featureCount(), berlin[3].featureCount()))
        (overlay_time, overlay_best, overlay_answer), (native_time, native_best, native_answer), (flags_time, flags_best, _) = \
            timed_interleaved((run_overlay, run_native_chain, run_native_flags_only), berlin, args.repeat)
        ratio, best_ratio = overlay_time / native_time, overlay_best / native_best
        print("  (median / fastest of {} interleaved runs)".format(args.repeat))
        print("  rgi:criteria_overlay  {:8.3f} s / {:.3f} s   candidates {}, candidate areas {}".format(
            overlay_time, overlay_best, *overlay_answer))
        print("  native chain          {:8.3f} s / {:.3f} s   candidates {}, candidate areas {}".format(
            native_time, native_best, *native_answer))
        print("  ratio overlay/native  {:8.3f}   / {:.3f}     goal <= 0.5: {}".format(
            ratio, best_ratio, "met" if ratio <= 0.5 else "NOT met"))
        print("  for comparison, the chain without the area figures and the summary (less output than the algorithm):")
        print("  native flags+dissolve {:8.3f} s / {:.3f} s   ratio {:.3f} / {:.3f}".format(
            flags_time, flags_best, overlay_time / flags_time, overlay_best / flags_best))
        if overlay_answer[0] != native_answer[0]:
            print("  NOTE: the two disagree on the number of candidates")
        for factor in [int(f) for f in args.factors.split(",") if f.strip()]:
            start = time.perf_counter()
            data = scaled(berlin, factor)
            built = time.perf_counter() - start
            ((scaled_time, _, answer),) = timed_interleaved((run_overlay,), data, max(1, args.repeat // 4))
            growth = scaled_time / overlay_time
            print("x{:<4} {} Planungsräume, {} schools (built in {:.1f} s)".format(
                factor, data[0].featureCount(), data[2].featureCount(), built))
            print("  rgi:criteria_overlay  {:8.3f} s   {:6.1f}x the Berlin time   candidates {}, areas {}{}".format(
                scaled_time, growth, answer[0], answer[1],
                "   goal <= 120x: {}".format("met" if growth <= 120 else "NOT met") if factor == 100 else ""))
            del data
        del berlin
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    return 0


if __name__ == "__main__":
    sys.exit(main())
