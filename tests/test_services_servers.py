"""Real OGC servers on 127.0.0.1 for the service tests and ``make bench-load``.

* ``QgisServer``: Debian's ``qgis_mapserver`` with projects that publish the bundled data
  under the live services' names: a GDI-like project (lowercase fields, ``a_lor_plr_2021``,
  ``mss2021_indizes_542``, ``schulen``...), a FIS-Broker-like one (UPPERCASE fields, PLR ids
  as integers without their leading zero, school name in ``NAME``), and a WMS standing in for
  the GI map (it shows the bundled MSS 2021 layer: the real GI geometry is not bundled).
* ``FaultServer``: a python ``http.server`` in a thread that passes requests on to the QGIS
  Server and injects one failure per OGC request type.

Every server runs on a free port, stops when asked, and waits for nothing longer than a few
seconds on its own.
"""

import json
import re
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from rgi_plugin.core import data as bundled
from rgi_plugin.core.services import catalogue as services

REPO = Path(__file__).resolve().parent.parent

#: Live typename (local part) -> bundled dataset published under it (GDI-like, lowercase).
GDI_LAYERS = {"a_lor_plr_2021": "lor_plr_2021", "b_lor_bzr_2021": "lor_bzr_2021", "c_lor_pgr_2021": "lor_pgr_2021",
              "mss2021_indizes_542": "mss_2021", "mss2021_indexind_542": "mss_2021", "schulen": "schulen_2023"}
#: Legacy FIS-Broker service name -> bundled dataset (published with UPPERCASE fields).
FIS_LAYERS = {"s_lor_plr_2021": "lor_plr_2021", "s_Indizes_MSS2021_homogen": "mss_2021", "s_schulen": "schulen_2023"}
GI_WMS_ROOT = "k_gemeinschaftsinitiative_quartier"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


def _write_project(path, layers, wfs=True, root_name=None):
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
    assert project.write(str(path)), "cannot write {}".format(path)
    project.clear()
    return path


def build_projects(folder):
    """Write the three test projects into ``folder``; return {"gdi", "fisbroker", "gi_wms"} -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    snapshot = bundled.read_snapshot()
    gdi = {name: bundled.create_layer(snapshot.dataset(dataset_id), "de") for name, dataset_id in GDI_LAYERS.items()}
    fis = {}
    for name, dataset_id in FIS_LAYERS.items():
        path = _fisbroker_geojson(snapshot.dataset(dataset_id), folder / "{}.geojson".format(name))
        fis[name] = QgsVectorLayer(str(path), name, "ogr")
        assert fis[name].isValid()
    gi = {"gi_handlungsraeume_stand_in": bundled.create_layer(snapshot.dataset("mss_2021"), "de")}
    return {"gdi": _write_project(folder / "gdi.qgs", gdi),
            "fisbroker": _write_project(folder / "fisbroker.qgs", fis),
            "gi_wms": _write_project(folder / "gi_wms.qgs", gi, wfs=False, root_name=GI_WMS_ROOT)}


def _die_with_parent():
    """In the server process: end it when the test process ends, even if that one crashes."""
    import ctypes
    import signal

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class QgisServer:
    """``qgis_mapserver`` serving the test projects on 127.0.0.1."""

    def __init__(self, projects, log_path):
        self.projects, self.port = projects, free_port()
        self.log_path = Path(log_path)
        self.process = None

    def start(self, wait_seconds=20):
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(["qgis_mapserver", "-p", str(self.projects["gdi"]), "127.0.0.1:{}".format(self.port)],
                                        stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("gdi") + "&SERVICE=WFS&REQUEST=GetCapabilities", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("qgis_mapserver did not start; see {}".format(self.log_path))

    def url(self, project):
        return "http://127.0.0.1:{}/ows/?MAP={}".format(self.port, self.projects[project])

    def requests(self):
        """GET lines the server logged so far (to count requests)."""
        self.log.flush()
        text = self.log_path.read_bytes().decode("utf-8", "replace")
        return re.findall(r'"GET ([^ ]+) HTTP', text)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None
            self.log.close()


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
                sources.append(_moved(source, base("gi_wms")))
            elif source.generation == "gdi" and local in GDI_LAYERS:
                sources.append(_moved(source, base("gdi")))
            elif source.generation == "fisbroker" and local in FIS_LAYERS:
                sources.append(_moved(source, base("fisbroker")))
        if sources:
            entries.append(entry.with_services(sources))
    return catalogue.replace_entries(entries)


def _moved(source, url):
    from dataclasses import replace

    return replace(source, url=url)


# -- fault injection ---------------------------------------------------------------------

EXCEPTION_REPORT = (b'<?xml version="1.0" encoding="UTF-8"?>\n<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" '
                    b'version="2.0.0"><ows:Exception exceptionCode="OperationProcessingFailed"><ows:ExceptionText>'
                    b'Datenbank nicht erreichbar</ows:ExceptionText></ows:Exception></ows:ExceptionReport>')
EMPTY_COLLECTION = (b'<?xml version="1.0" encoding="UTF-8"?>\n<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" '
                    b'xmlns:gml="http://www.opengis.net/gml" numberOfFeatures="0"></wfs:FeatureCollection>')
TRUNCATED_JSON = b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"plr_id": "0110'
MAINTENANCE_PAGE = b"<html><head><title>Wartung</title></head><body>Wartungsarbeiten</body></html>"


class FaultServer:
    """Passes OGC requests on to ``upstream`` and breaks the one named in ``faults``.

    ``faults`` maps an OGC request (``GetCapabilities``, ``DescribeFeatureType``,
    ``GetFeature``, ``GetMap``) to one of: ``hang``, ``http_404``, ``http_500``, ``http_503``,
    ``exception``, ``truncate``, ``maintenance_page``, ``truncated_json``, ``empty``,
    ``drop_name`` (removes ``drop`` from the capabilities), ``rename_field`` (``plr_id`` ->
    ``plr_key`` in the schema), ``stall_body`` (half the answer, then silence).
    """

    HANG_SECONDS = 8

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.faults, self.drop, self.seen = {}, None, []
        self.stopping = threading.Event()
        self.httpd, self.port, self.thread = serve_on_loopback(self.handle)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def url(self, map_path):
        return "http://127.0.0.1:{}/ows/?MAP={}".format(self.port, map_path)

    def _upstream(self, path):
        try:
            with urllib.request.urlopen("http://127.0.0.1:{}{}".format(self.upstream_port, path), timeout=30) as answer:
                return answer.status, answer.headers.get("Content-Type", "text/xml"), answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", "text/plain"), error.read()

    @staticmethod
    def _send(handler, status, content_type, body):
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def handle(self, handler):
        query = {key.upper(): value for key, value in parse_qsl(urlsplit(handler.path).query)}
        request = query.get("REQUEST", "")
        self.seen.append(request)
        # A count of the features (RESULTTYPE=hits) is a small answer of its own: not broken here.
        fault = None if query.get("RESULTTYPE", "").lower() == "hits" else self.faults.get(request)
        try:
            if fault == "hang":
                self.stopping.wait(self.HANG_SECONDS)
                return
            if fault and fault.startswith("http_"):
                self._send(handler, int(fault[5:]), "text/html", b"<html><body>Fehler</body></html>")
                return
            if fault == "exception":
                self._send(handler, 200, "text/xml", EXCEPTION_REPORT)
                return
            if fault == "maintenance_page":
                self._send(handler, 200, "text/html", MAINTENANCE_PAGE)
                return
            if fault == "truncated_json":
                self._send(handler, 200, "application/json", TRUNCATED_JSON)
                return
            if fault == "empty":
                self._send(handler, 200, "text/xml", EMPTY_COLLECTION)
                return
            status, content_type, body = self._upstream(handler.path)
            # The capabilities name the server's own address for the next requests: keep them here.
            body = body.replace("127.0.0.1:{}".format(self.upstream_port).encode(), "127.0.0.1:{}".format(self.port).encode())
            if fault == "truncate":
                body = body[: len(body) // 2]
            elif fault == "drop_name":
                body = re.sub(rb"<(FeatureType|Layer)\b[^>]*>\s*<Name>" + re.escape(self.drop.encode()) + rb"</Name>.*?</\1>",
                              b"", body, flags=re.S)
            elif fault == "rename_field":
                body = body.replace(b'name="plr_id"', b'name="plr_key"')
            elif fault == "stall_body":
                handler.send_response(status)
                handler.send_header("Content-Type", content_type)
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body[: len(body) // 2])
                handler.wfile.flush()
                self.stopping.wait(self.HANG_SECONDS)
                return
            self._send(handler, status, content_type, body)
        except (BrokenPipeError, ConnectionResetError):
            pass


# -- fixtures ----------------------------------------------------------------------------

OUT = REPO / "build" / "test-services"


@pytest.fixture(scope="session")
def qgis_server(qgis_app):
    projects = build_projects(OUT / "projects")
    server = QgisServer(projects, OUT / "qgis_mapserver.log").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def catalogue(qgis_app):
    return services.read_service_catalogue()


@pytest.fixture(scope="session")
def server_catalogue(catalogue, qgis_server):
    return local_catalogue(catalogue, qgis_server)


@pytest.fixture
def fault_server(qgis_server):
    server = FaultServer(qgis_server.port).start()
    yield server
    server.stop()


def test_local_server_publishes_the_live_names(qgis_server):
    with urllib.request.urlopen(qgis_server.url("gdi") + "&SERVICE=WFS&REQUEST=GetCapabilities", timeout=10) as answer:
        capabilities = answer.read().decode("utf-8")
    assert all("<Name>{}</Name>".format(name) in capabilities for name in GDI_LAYERS)
    with urllib.request.urlopen(qgis_server.url("fisbroker") + "&SERVICE=WFS&REQUEST=DescribeFeatureType&TYPENAME=s_lor_plr_2021",
                                timeout=10) as answer:
        schema = answer.read().decode("utf-8")
    element = re.search(r'<element[^>]*\bname="PLR_ID"[^>]*>', schema).group(0)
    assert re.search(r'type="(int|long)"', element), element  # an integer, as FIS-Broker ids arrive
