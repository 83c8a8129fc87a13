"""Real OGC servers on 127.0.0.1 for the service tests and ``make bench-load``.

* ``QgisServer``: Debian's ``qgis_mapserver`` with projects that publish the bundled data
  under the live services' names: a GDI-like project (lowercase fields, ``a_lor_plr_2021``,
  ``mss2021_indizes_542``, ``schulen``...), a FIS-Broker-like one (UPPERCASE fields, PLR ids
  as integers without their leading zero, school name in ``NAME``), a stand-in for MSS 2025 (the
  bundled MSS 2021 values under the 2025 typename, every row saying so in ``hinweis``: no MSS
  2025 data is public outside the GDI), and a WMS standing in for
  the GI map (it shows the bundled MSS 2021 layer: the real GI geometry is not bundled).
* ``FaultServer`` (``faults.py``): passes requests on to the QGIS Server and injects one
  failure per OGC request type.

Every server runs on a free port, stops when asked, and waits for nothing longer than a few
seconds on its own. The fixtures that start them are in ``tests/server/conftest.py``.
"""

import json
import re
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from local_servers import MapServer, free_port
from rgi_plugin.core import data as bundled

from .paths import REPO

#: Live typename (local part) -> bundled dataset published under it (GDI-like, lowercase).
GDI_LAYERS = {"a_lor_plr_2021": "lor_plr_2021", "b_lor_bzr_2021": "lor_bzr_2021", "c_lor_pgr_2021": "lor_pgr_2021",
              "mss2021_indizes_542": "mss_2021", "mss2021_indexind_542": "mss_2021", "schulen": "schulen_2023",
              "mss2025_indizes_542": "mss_2021"}
#: Published from a labelled copy: not the data the name promises.
STAND_INS = {"mss2025_indizes_542": "Testdaten: Werte des MSS 2021 unter dem Namen des MSS 2025 (lokaler Testserver), kein MSS 2025"}
#: Legacy FIS-Broker service name -> bundled dataset (published with UPPERCASE fields).
FIS_LAYERS = {"s_lor_plr_2021": "lor_plr_2021", "s_Indizes_MSS2021_homogen": "mss_2021", "s_schulen": "schulen_2023"}
GI_WMS_ROOT = "k_gemeinschaftsinitiative_quartier"


def serve_on_loopback(handle):
    """A threaded HTTP server on 127.0.0.1 (free port) passing each GET to ``handle(request)``.

    Returns ``(httpd, port, thread)``; start the thread to serve.
    """
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            handle(self)

        def log_message(self, *args):
            pass

    port = free_port()
    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    httpd.daemon_threads = True
    return httpd, port, threading.Thread(target=httpd.serve_forever, daemon=True)


def _fisbroker_geojson(dataset, target):
    """A copy of a bundled file as the legacy FIS-Broker delivers it: UPPERCASE, ids as integers."""
    data = json.loads(dataset.path.read_text(encoding="utf-8"))
    for feature in data["features"]:
        properties = {}
        for key, value in feature["properties"].items():
            key = "NAME" if key == "schulname" else key.upper()
            if key.endswith("_ID") and isinstance(value, str) and value.isdigit():
                value = int(value)  # 01100101 -> 1100101, as FIS-Broker exports arrive
            properties[key] = value
        feature["properties"] = properties
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def _stand_in(dataset, target, note):
    """A copy of a bundled file whose every row says what it really is (field ``hinweis``)."""
    data = json.loads(dataset.path.read_text(encoding="utf-8"))
    for feature in data["features"]:
        feature["properties"]["hinweis"] = note
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def _write_project(path, layers, wfs=True, root_name=None, fees=None):
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
    for name, layer in layers.items():
        layer.setName(name)
        project.addMapLayer(layer)
    ids = [layer.id() for layer in layers.values()]
    if wfs:
        project.writeEntry("WFSLayers", "/", ids)
        for layer_id in ids:
            project.writeEntry("WFSLayersPrecision", "/" + layer_id, 2)
    project.writeEntry("WMSCrsList", "/", ["EPSG:25833", "EPSG:4326"])
    if root_name:
        project.writeEntry("WMSRootName", "/", root_name)
    if fees:
        project.writeEntry("WMSFees", "/", fees)  # QGIS Server states it as Fees (WMS, WFS 1.0) and ows:Fees (WFS 1.1)
    assert project.write(str(path)), "cannot write {}".format(path)
    project.clear()
    return path


def build_projects(folder):
    """Write the three test projects into ``folder``; return {"gdi", "fisbroker", "gi_wms"} -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    snapshot = bundled.read_snapshot()
    gdi = {name: bundled.create_layer(snapshot.dataset(dataset_id), "de") for name, dataset_id in GDI_LAYERS.items()
           if name not in STAND_INS}
    for name, note in STAND_INS.items():
        path = _stand_in(snapshot.dataset(GDI_LAYERS[name]), folder / "{}.geojson".format(name), note)
        gdi[name] = QgsVectorLayer(str(path), name, "ogr")
        assert gdi[name].isValid()
    fis = {}
    for name, dataset_id in FIS_LAYERS.items():
        path = _fisbroker_geojson(snapshot.dataset(dataset_id), folder / "{}.geojson".format(name))
        fis[name] = QgsVectorLayer(str(path), name, "ogr")
        assert fis[name].isValid()
    gi = {"gi_handlungsraeume_stand_in": bundled.create_layer(snapshot.dataset("mss_2021"), "de")}
    return {"gdi": _write_project(folder / "gdi.qgs", gdi),
            "fisbroker": _write_project(folder / "fisbroker.qgs", fis),
            "gi_wms": _write_project(folder / "gi_wms.qgs", gi, wfs=False, root_name=GI_WMS_ROOT)}


class QgisServer:
    """``qgis_mapserver`` (``scripts/local_servers.py``) serving the test projects on 127.0.0.1;
    a project is chosen per request with ``MAP``."""

    def __init__(self, projects, log_path):
        self.projects = projects
        self.server = MapServer(projects["gdi"], free_port(), log_path, log_level=None)  # its default level logs each request
        self.port, self.log_path = self.server.port, self.server.log_path

    def start(self, wait_seconds=20):
        self.server.start(wait_seconds)
        return self

    def url(self, project):
        return "http://127.0.0.1:{}/ows/?MAP={}".format(self.port, self.projects[project])

    def requests(self):
        """GET lines the server logged so far (to count requests)."""
        self.server.log.flush()
        text = self.log_path.read_bytes().decode("utf-8", "replace")
        return re.findall(r'"GET ([^ ]+) HTTP', text)

    def stop(self):
        self.server.stop()


def local_catalogue(catalogue, server, base=None):
    """The real catalogue with each published service pointing to the local server.

    Names (typenames, layers) stay those of the live services; only the addresses change.
    Entries whose data the local server does not publish are left out.
    """
    base = base or server.url
    entries = []
    for entry in catalogue.entries:
        sources = []
        for source in entry.services:
            local = source.name.rsplit(":", 1)[-1] if source.name else None
            if source.type == "WMS" and entry.id == "gi_handlungsraeume":
                sources.append(moved(source, base("gi_wms")))
            elif source.generation == "gdi" and local in GDI_LAYERS:
                sources.append(moved(source, base("gdi")))
            elif source.generation == "fisbroker" and local in FIS_LAYERS:
                sources.append(moved(source, base("fisbroker")))
        if sources:
            entries.append(entry.with_services(sources))
    return catalogue.replace_entries(entries)


def moved(source, url):
    """``source`` at another address (same names, same everything else)."""
    return replace(source, url=url)


OUT = REPO / "build" / "test-services"


def load(loader, entry_ids, qtbot):
    """Start loading and wait (the event loop keeps running) until every task has ended."""
    added, failed = {}, []
    loader.layerAdded.connect(lambda entry_id, layer: added.__setitem__(entry_id, layer))
    loader.loadFailed.connect(failed.append)
    loader.load(entry_ids)
    qtbot.waitUntil(lambda: not loader.tasks, timeout=60000)
    return added, failed
