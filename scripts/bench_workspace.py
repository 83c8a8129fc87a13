"""`make bench-workspace`: the shared workspace against the bundled files, in one run.

A throwaway cluster in build/bench-workspace (fsync on, as a real server), set up with the
bundled data. Then, each measured alternately with its baseline in the same run (medians):

* Lmb import of the 376 example rows into the workspace, as a login that edits all twelve
  Bezirke (so row-level security is evaluated for every row): reading the table with
  ``import_lmb`` and storing it with ``lmb_store.store_import``, once into a new school year
  (insert) and once over the same year (replace). Goal: under 1 s.
* The panel's area list and details: the catalogue read, the Handlungsräume panel built with
  its list and area 06 selected (details and documents shown), from the bundled JSON (the
  baseline) and from the workspace as the plugin reads it on the first panel of a QGIS session
  (the document kept in the profile from the last session, version checked) and after a change
  (the document transferred). Goal: at most 1.2 times the bundled time.
* The catalogue read alone, the same ways, the re-read of an unchanged catalogue (what "Read
  again" costs) and the version check alone (the one round trip every first read makes), against
  ``read_area_catalogue``: where the difference comes from. Opening the session (once per QGIS
  session) is printed separately.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "scripts")]

import workspace as ws  # noqa: E402
from local_postgres import LocalCluster  # noqa: E402

FOLDER = REPO / "build" / "bench-workspace"


def median_ms(values):
    return statistics.median(values) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--reads", type=int, default=300)
    parser.add_argument("--panels", type=int, default=60)
    args = parser.parse_args()
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    app = QgsApplication([], True)  # widgets: the panel is measured as the user sees it
    app.initQgis()
    ws._APP.append(app)
    from rgi_plugin.core.areas.details import area_figures, bundled_mss_records
    from rgi_plugin.core.areas.reading import read_area_catalogue as read_bundled
    from rgi_plugin.core.indicators.lmb.reader import import_lmb
    from rgi_plugin.definitions.paths import EXAMPLE_LMB_FILE
    from rgi_plugin.gui.areas_panel import AreasPanel
    from rgi_plugin.workspace import bundle, catalogue_store, lmb_store, migrations
    from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession
    from rgi_plugin.workspace.kept_document import KeptDocument

    cluster = LocalCluster(FOLDER)
    if cluster.initialised:
        cluster.destroy()
    try:
        cluster.start()
        cluster.create_database("gi")
        os.environ["PGSERVICEFILE"] = str(cluster.write_service_file(FOLDER / "pg_service.conf", {
            "bench-admin": {"dbname": "gi", "user": "gi_admin"}, "bench-senbjf": {"dbname": "gi", "user": "bench_senbjf"},
            "bench-reader": {"dbname": "gi", "user": "bench_reader"}}))
        with WorkspaceSession(WorkspaceConfig(service="bench-admin")) as admin:
            migrations.apply_migrations(admin)
            bundle.load_bundle(admin, with_example_lmb=False)
        cluster.create_login("bench_senbjf", ["gi_bezirk_{:02d}".format(n) for n in range(1, 13)])
        cluster.create_login("bench_reader", ["gi_reader"])

        editor = WorkspaceSession(WorkspaceConfig(service="bench-senbjf"))
        started = time.perf_counter()
        editor.connect()
        connect_s = time.perf_counter() - started
        inserts, replaces, totals = [], [], []
        for number in range(args.rounds):
            started = time.perf_counter()
            result = import_lmb(EXAMPLE_LMB_FILE)
            read_s = time.perf_counter() - started
            year = "bench-{}".format(number)
            started = time.perf_counter()
            report = lmb_store.store_import(editor, result, school_year=year)
            inserts.append(time.perf_counter() - started)
            assert len(report.stored) == 376 and not report.not_stored, report.not_stored
            started = time.perf_counter()
            lmb_store.store_import(editor, result, school_year=year)
            replaces.append(time.perf_counter() - started)
            totals.append(read_s + inserts[-1])
        editor.close()

        reader = WorkspaceSession(WorkspaceConfig(service="bench-reader"))
        reader.connect()
        assert catalogue_store.read_catalogue(reader).areas == read_bundled().areas
        keep = KeptDocument(FOLDER / "profile", reader.config)

        def first_kept():  # a new QGIS session, the catalogue unchanged since the last one
            reader.cache.clear()
            return catalogue_store.read_catalogue(reader, keep)

        def first_transferred():  # a new QGIS session after a change (or a new profile)
            reader.cache.clear()
            keep.forget()
            return catalogue_store.read_catalogue(reader, keep)

        def reread():
            return catalogue_store.read_catalogue(reader, keep)

        first_kept()
        current = keep.load()[:2]

        def version_check():
            return reader.query(catalogue_store.READ_IF_CHANGED_SQL, current)

        reads = alternate({"bundled": read_bundled, "kept": first_kept, "transferred": first_transferred, "reread": reread,
                           "check": version_check}, args.reads)

        def panel_with(read):
            def build():
                panel = AreasPanel(read(), lambda area: area_figures(area, records))
                panel.select_area("06")
                shown = panel.detailBrowser.toPlainText()
                panel.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                assert "06 Wedding" in shown
            return build

        records = bundled_mss_records()
        panels = alternate({"bundled": panel_with(read_bundled), "kept": panel_with(first_kept),
                            "transferred": panel_with(first_transferred)}, args.panels)
        reader.close()
    finally:
        cluster.destroy()

    import_ok = max(totals) < 1.0
    print("Lmb import of 376 rows (login editing all 12 Bezirke, RLS on), median of {}:".format(args.rounds))
    print("  store, new school year:   {:7.1f} ms".format(median_ms(inserts)))
    print("  store, same year again:   {:7.1f} ms".format(median_ms(replaces)))
    print("  read table + store:       {:7.1f} ms (slowest {:.1f} ms; goal < 1000 ms) {}".format(
        median_ms(totals), max(totals) * 1000, "OK" if import_ok else "MISSED"))
    panel_ratio = print_ratios("Panel: area list and details of 06, median of {} each".format(args.panels), panels, (
        ("kept", "workspace, first panel of a QGIS session", True),
        ("transferred", "workspace, first panel after a catalogue change", False)))
    print_ratios("Catalogue read alone, median of {} each".format(args.reads), reads, (
        ("kept", "workspace, first read of a QGIS session", False),
        ("transferred", "workspace, first read after a catalogue change", False),
        ("reread", "workspace, re-read (version unchanged)", False),
        ("check", "  of each: the version check (one round trip)", False)))
    print("  opening a session (once per QGIS session): {:6.1f} ms".format(connect_s * 1000))
    return 0 if import_ok and panel_ratio <= GOAL else 1


GOAL = 1.2


def alternate(ways, rounds):
    """{way: [seconds]} of calling each way ``rounds`` times, the ways in turn (a different order each round)."""
    times = {name: [] for name in ways}
    names = list(ways)
    for number in range(rounds):
        order = names[number % len(names):] + names[:number % len(names)]
        for name in order:
            started = time.perf_counter()
            ways[name]()
            times[name].append(time.perf_counter() - started)
    return times


def print_ratios(title, times, lines):
    """Print the bundled baseline and each way with its ratio; return the ratio of the way with a goal."""
    baseline = median_ms(times["bundled"])
    print(title + ":")
    print("  {:<49}{:7.2f} ms".format("bundled JSON (baseline):", baseline))
    goal_ratio = None
    for key, label, has_goal in lines:
        ratio = median_ms(times[key]) / baseline
        verdict = " (goal <= {:.2f}) {}".format(GOAL, "OK" if ratio <= GOAL else "MISSED") if has_goal else ""
        print("  {:<49}{:7.2f} ms  ratio {:.2f}{}".format(label + ":", median_ms(times[key]), ratio, verdict))
        if has_goal:
            goal_ratio = ratio
    return goal_ratio


if __name__ == "__main__":
    sys.exit(main())
