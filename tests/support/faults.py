"""``FaultServer``: a python ``http.server`` in a thread that passes requests on to the QGIS Server
and breaks one OGC request type in a chosen way (the failures a Geoportal service shows)."""

import re
import threading
import urllib.error
import urllib.request
from urllib.parse import parse_qsl, urlsplit

from .servers import serve_on_loopback

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
