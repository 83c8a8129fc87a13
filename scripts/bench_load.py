"""`make bench-load`: the standard set from a local QGIS Server, through the plugin and plainly.

Starts ``qgis_mapserver`` on 127.0.0.1 with the test projects (bundled data under the live
services' names, see tests/support/servers.py), then loads the standard set
(GI areas WMS, Planungsräume, MSS 2021, schools) in the same run

* through the plugin: ``ServiceLoader`` (GetCapabilities check, ``QgsTask`` per dataset,
  features downloaded in the task, layer added on the main thread), while a 10 ms heartbeat
  ``QTimer`` on the main thread records the longest stall;
* plainly: ``QgsVectorLayer(uri, "WFS")`` + reading every feature, ``QgsRasterLayer(uri, "wms")``,
  one after the other on the main thread (what a script would do).

Each way runs ROUNDS times in alternating order, with QGIS's network cache cleared before each
run; the medians are compared. Goal: ratio plugin/plain <= 1.1, no stall over 100 ms.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsProject, QgsRasterLayer, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402


def clear_cache():
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.clear()


def plain_load(catalogue, project):
    """The standard set with plain provider calls on the main thread; returns seconds."""
    from rgi_plugin.core.services import ogc

    started = time.perf_counter()
    for entry_id in catalogue.standard_set:
        entry = catalogue.entry(entry_id)
        source = entry.services[0]
        if source.type == "WMS":
            layer = QgsRasterLayer(ogc.wms_uri(source, "k_gemeinschaftsinitiative_quartier"), entry_id, "wms")
        else:
            layer = QgsVectorLayer(ogc.wfs_uri(source, source.typename.rsplit(":", 1)[-1], "1.1.0", 0), entry_id, "WFS")
            sum(1 for _ in layer.getFeatures())
        assert layer.isValid(), entry_id
        project.addMapLayer(layer)
    return time.perf_counter() - started


def plugin_load(catalogue, project):
    """The standard set through the plugin; returns (seconds, longest main-thread stall in ms)."""
    from rgi_plugin.core.services.loader import ServiceLoader

    loader = ServiceLoader(catalogue, project, "de", timeout_seconds=30)
    failures = []
    loader.loadFailed.connect(failures.append)
    beats = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    started = time.perf_counter()
    heartbeat.start()
    beats.append(started)
    loader.load_standard_set()

    def check():
        if not loader.tasks:
            loop.quit()

    watcher = QTimer()
    watcher.setInterval(5)
    watcher.timeout.connect(check)
    watcher.start()
    loop.exec()
    seconds = time.perf_counter() - started
    beats.append(time.perf_counter())
    heartbeat.stop()
    watcher.stop()
    if failures:
        raise RuntimeError("; ".join(f.message("en") for f in failures))
    stall = max(b - a for a, b in zip(beats, beats[1:])) * 1000 - 10
    return seconds, max(stall, 0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    from rgi_plugin.core.services import catalogue as services
    from support import servers

    out = REPO / "build" / "bench-load"
    server = servers.QgisServer(servers.build_projects(out / "projects"), out / "qgis_mapserver.log").start()
    try:
        catalogue = servers.local_catalogue(services.read_service_catalogue(), server)
        project = QgsProject.instance()
        plain, plugin, stalls = [], [], []
        for number in range(args.rounds):
            for way in (("plugin", "plain") if number % 2 == 0 else ("plain", "plugin")):
                clear_cache()
                project.clear()
                QCoreApplication.processEvents()
                if way == "plain":
                    plain.append(plain_load(catalogue, project))
                else:
                    seconds, stall = plugin_load(catalogue, project)
                    plugin.append(seconds)
                    stalls.append(stall)
                assert len(project.mapLayers()) == len(catalogue.standard_set), way
        project.clear()
    finally:
        server.stop()
    plain_s, plugin_s = statistics.median(plain), statistics.median(plugin)
    ratio = plugin_s / plain_s
    print("standard set: {}".format(", ".join(catalogue.standard_set)))
    print("plain QgsVectorLayer/QgsRasterLayer: {:.3f} s (median of {}: {})".format(
        plain_s, len(plain), ", ".join("{:.3f}".format(v) for v in plain)))
    print("plugin (tasks):                      {:.3f} s (median of {}: {})".format(
        plugin_s, len(plugin), ", ".join("{:.3f}".format(v) for v in plugin)))
    print("ratio plugin/plain: {:.2f} (goal <= 1.10) {}".format(ratio, "OK" if ratio <= 1.1 else "MISSED"))
    print("longest main-thread stall during the plugin's load: {:.0f} ms (goal <= 100 ms) {}".format(
        max(stalls), "OK" if max(stalls) <= 100 else "MISSED"))
    app.exitQgis()
    return 0 if ratio <= 1.1 and max(stalls) <= 100 else 1


if __name__ == "__main__":
    sys.exit(main())
