"""Paging through a WFS 2.0.0 service on 127.0.0.1 with the plugin's production loading path.

Debian's ``qgis_mapserver`` speaks only WFS 1.0/1.1, so the QGIS WFS provider's paging (a WFS
2.0 feature the GDI Berlin services offer) is exercised here against a small WFS 2.0.0 server
of this module: GetCapabilities (``ImplementsResultPaging`` TRUE), DescribeFeatureType and
GetFeature (``STARTINDEX``/``COUNT``, ``RESULTTYPE=hits``, GML 3.2) over the bundled
Planungsräume (``resources/data/lor_planungsraeume_2021.geojson``, EPSG:25833).

Test data: the layer is published under the live typename ``lor_2021:a_lor_plr_2021`` with the
live field names (domain.md section 4). ``bez`` carries the bundled ``bez_id`` and ``stand`` the
catalogue edition date 2021-01-01; both are stand-ins of this test (the live values are not
bundled). The namespace URI is made up for the test.
"""

import json
import threading
from dataclasses import replace
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape

import pytest
from qgis.core import QgsGeometry, QgsProject

from rgi_plugin.core import data as bundled
from rgi_plugin.core.services import loader as service_loader
from support.servers import load, moved, serve_on_loopback

TYPENAME = "lor_2021:a_lor_plr_2021"
NAMESPACE = "http://127.0.0.1/test/lor_2021"  # made up: the live namespace URI is not recorded
GML_32 = "application/gml+xml; version=3.2"
CRS_URN = "urn:ogc:def:crs:EPSG::25833"
FIELDS = ("plr_id", "plr_name", "bzr_id", "bzr_name", "pgr_id", "pgr_name", "bez", "stand")
STAND = "2021-01-01"  # stand-in: edition of the catalogue entry ("Stand 01.01.2021")
PAGE_SIZE = 100
TIMEOUT_S = 10


def planungsraeume():
    """The bundled Planungsräume as (attributes in the live field names, GeoJSON geometry)."""
    dataset = bundled.read_snapshot().dataset("lor_plr_2021")
    features = json.loads(dataset.path.read_text(encoding="utf-8"))["features"]
    rows = []
    for feature in features:
        values = dict(feature["properties"], bez=feature["properties"]["bez_id"], stand=STAND)
        rows.append(({name: values[name] for name in FIELDS}, feature["geometry"]))
    return rows


def _ring(coordinates):
    return "<gml:LinearRing><gml:posList srsDimension=\"2\">{}</gml:posList></gml:LinearRing>".format(
        " ".join("{} {}".format(x, y) for x, y in coordinates))


def gml_multisurface(geometry, gml_id):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    members = []
    for number, rings in enumerate(polygons):
        interiors = "".join("<gml:interior>{}</gml:interior>".format(_ring(ring)) for ring in rings[1:])
        members.append('<gml:surfaceMember><gml:Polygon gml:id="{}.p{}"><gml:exterior>{}</gml:exterior>{}</gml:Polygon>'
                       "</gml:surfaceMember>".format(gml_id, number, _ring(rings[0]), interiors))
    return '<gml:MultiSurface gml:id="{}.g" srsName="{}">{}</gml:MultiSurface>'.format(gml_id, CRS_URN, "".join(members))


def capabilities(url):
    href = escape(url, {'"': "&quot;"})
    operations = "".join(
        '<ows:Operation name="{}"><ows:DCP><ows:HTTP><ows:Get xlink:href="{}"/></ows:HTTP></ows:DCP>{}</ows:Operation>'.format(
            name, href, extra) for name, extra in (
            ("GetCapabilities", ""), ("DescribeFeatureType", ""),
            ("GetFeature", '<ows:Parameter name="resultType"><ows:AllowedValues><ows:Value>results</ows:Value>'
                           "<ows:Value>hits</ows:Value></ows:AllowedValues></ows:Parameter>"
                           '<ows:Parameter name="outputFormat"><ows:AllowedValues><ows:Value>{}</ows:Value>'
                           "</ows:AllowedValues></ows:Parameter>".format(GML_32))))
    constraint = '<ows:Constraint name="{}"><ows:NoValues/><ows:DefaultValue>{}</ows:DefaultValue></ows:Constraint>'
    constraints = "".join(constraint.format(name, value) for name, value in (
        ("ImplementsBasicWFS", "TRUE"), ("ImplementsResultPaging", "TRUE"), ("CountDefault", "1000")))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" '
            'xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:fes="http://www.opengis.net/fes/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:lor_2021="{ns}">'
            "<ows:ServiceIdentification><ows:Title>Test WFS LOR 2021 (127.0.0.1)</ows:Title>"
            "<ows:ServiceType>WFS</ows:ServiceType>"
            "<ows:ServiceTypeVersion>2.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>"
            "<ows:OperationsMetadata>{ops}{cons}</ows:OperationsMetadata>"
            "<wfs:FeatureTypeList><wfs:FeatureType><wfs:Name>{tn}</wfs:Name><wfs:Title>LOR Planungsräume 2021</wfs:Title>"
            "<wfs:DefaultCRS>{crs}</wfs:DefaultCRS><wfs:OutputFormats><wfs:Format>{gml}</wfs:Format></wfs:OutputFormats>"
            "<ows:WGS84BoundingBox><ows:LowerCorner>13.08 52.33</ows:LowerCorner><ows:UpperCorner>13.77 52.68</ows:UpperCorner>"
            "</ows:WGS84BoundingBox></wfs:FeatureType></wfs:FeatureTypeList></wfs:WFS_Capabilities>").format(
        ns=NAMESPACE, ops=operations, cons=constraints, tn=TYPENAME, crs=CRS_URN, gml=GML_32)


def feature_type_schema():
    elements = "".join('<xsd:element name="{}" type="xsd:string" minOccurs="0" nillable="true"/>'.format(name) for name in FIELDS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:gml="http://www.opengis.net/gml/3.2" '
            'xmlns:lor_2021="{ns}" targetNamespace="{ns}" elementFormDefault="qualified" version="2.0.0">'
            '<xsd:import namespace="http://www.opengis.net/gml/3.2" '
            'schemaLocation="http://schemas.opengis.net/gml/3.2.1/gml.xsd"/>'
            '<xsd:complexType name="a_lor_plr_2021Type"><xsd:complexContent><xsd:extension base="gml:AbstractFeatureType">'
            '<xsd:sequence>{el}<xsd:element name="geom" type="gml:MultiSurfacePropertyType" minOccurs="0"/></xsd:sequence>'
            "</xsd:extension></xsd:complexContent></xsd:complexType>"
            '<xsd:element name="a_lor_plr_2021" type="lor_2021:a_lor_plr_2021Type" substitutionGroup="gml:AbstractFeature"/>'
            "</xsd:schema>").format(ns=NAMESPACE, el=elements)


def feature_collection(rows, matched):
    members = []
    for values, geometry in rows:
        gml_id = "a_lor_plr_2021.{}".format(values["plr_id"])
        properties = "".join("<lor_2021:{0}>{1}</lor_2021:{0}>".format(name, escape(values[name])) for name in FIELDS)
        members.append('<wfs:member><lor_2021:a_lor_plr_2021 gml:id="{}">{}<lor_2021:geom>{}</lor_2021:geom>'
                       "</lor_2021:a_lor_plr_2021></wfs:member>".format(gml_id, properties, gml_multisurface(geometry, gml_id)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" '
            'xmlns:lor_2021="{}" numberMatched="{}" numberReturned="{}" timeStamp="2021-01-01T00:00:00Z">{}'
            "</wfs:FeatureCollection>").format(NAMESPACE, matched, len(rows), "".join(members))


def exception_report(code, text):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0">'
            '<ows:Exception exceptionCode="{}"><ows:ExceptionText>{}</ows:ExceptionText></ows:Exception>'
            "</ows:ExceptionReport>").format(code, escape(text))


class PagingWfs:
    """A WFS 2.0.0 on 127.0.0.1 with one feature type; records every GetFeature it answers.

    ``get_features`` holds one dict per GetFeature: ``start``/``count`` as asked (None when
    absent), ``hits`` (RESULTTYPE=hits) and ``returned`` (features sent).
    """

    def __init__(self, rows):
        self.rows = rows
        self.get_features, self.requests = [], []
        self.lock = threading.Lock()
        self.httpd, self.port, self.thread = serve_on_loopback(self.handle)

    @property
    def url(self):
        return "http://127.0.0.1:{}/wfs/lor_2021".format(self.port)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def handle(self, handler):
        query = {key.upper(): value for key, value in parse_qsl(urlsplit(handler.path).query)}
        request = query.get("REQUEST", "").lower()
        with self.lock:
            self.requests.append(query)
        if request == "getcapabilities":
            status, content_type, body = 200, "text/xml", capabilities(self.url)
        elif request == "describefeaturetype":
            status, content_type, body = 200, "text/xml", feature_type_schema()
        elif request == "getfeature":
            status, content_type, body = self.get_feature(query)
        else:
            status, content_type, body = 400, "text/xml", exception_report("OperationNotSupported", request)
        data = body.encode("utf-8")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def get_feature(self, query):
        typenames = query.get("TYPENAMES") or query.get("TYPENAME") or ""
        if typenames.rsplit(":", 1)[-1] != TYPENAME.rsplit(":", 1)[-1]:
            return 400, "text/xml", exception_report("InvalidParameterValue", "unknown typename {!r}".format(typenames))
        start = int(query["STARTINDEX"]) if "STARTINDEX" in query else None
        count = int(query.get("COUNT") or query.get("MAXFEATURES")) if ("COUNT" in query or "MAXFEATURES" in query) else None
        hits = query.get("RESULTTYPE", "").lower() == "hits"
        rows = [] if hits else self.rows[start or 0:][:count]
        with self.lock:
            self.get_features.append({"start": start, "count": count, "hits": hits, "returned": len(rows)})
        return 200, GML_32, feature_collection(rows, len(self.rows))


@pytest.fixture
def paging_wfs(qgis_app):
    server = PagingWfs(planungsraeume()).start()
    yield server
    server.stop()


@pytest.fixture
def paging_loader(catalogue, paging_wfs, qgis_new_project):
    """The real catalogue, its Planungsräume entry pointing at the local WFS 2.0.0 only."""
    entry = catalogue.entry("lor_plr_2021")
    gdi = [source for source in entry.services if source.generation == "gdi"][0]
    assert gdi.version == "2.0.0" and gdi.typename == TYPENAME  # the live service is what is imitated here
    local = replace(catalogue.replace_entries([entry.with_services([moved(gdi, paging_wfs.url)])]), page_size=PAGE_SIZE)
    return service_loader.ServiceLoader(local, QgsProject.instance(), "de", timeout_seconds=TIMEOUT_S)


def test_wfs_2_loading_pages_through_all_542_planungsraeume(paging_loader, paging_wfs, qtbot):
    added, failed = load(paging_loader, ["lor_plr_2021"], qtbot)
    assert failed == [] and list(added) == ["lor_plr_2021"], [f.details() for f in failed]
    layer = added["lor_plr_2021"]
    assert "version='2.0.0'" in layer.source() and "pagingEnabled='true'" in layer.source()
    assert "pageSize='{}'".format(PAGE_SIZE) in layer.source()

    pages = data_pages(paging_wfs.get_features)
    starts = [page["start"] for page in pages]
    assert len(pages) >= 542 // PAGE_SIZE + 1, pages  # 6 pages of at most 100
    assert all(page["count"] == PAGE_SIZE for page in pages), pages
    assert starts == sorted(set(starts)) and starts[0] == 0, starts  # strictly increasing from 0
    covered = [index for page in pages for index in range(page["start"], page["start"] + page["returned"])]
    assert covered == list(range(542))  # every feature sent once, in order, no gap and no overlap

    features = list(layer.getFeatures())
    ids = [feature["plr_id"] for feature in features]
    assert len(ids) == 542 == len(set(ids))
    expected = {values["plr_id"]: (values, geometry) for values, geometry in planungsraeume()}
    assert set(ids) == set(expected)
    for feature in features:
        values, geometry = expected[feature["plr_id"]]
        assert {name: feature[name] for name in FIELDS} == values
        source_area = QgsGeometry.fromWkt(_wkt(geometry)).area()
        assert abs(feature.geometry().area() - source_area) < 1e-6 * source_area, feature["plr_id"]
    assert layer.crs().authid() == "EPSG:25833"


def test_pages_follow_the_catalogue_page_size(paging_loader, paging_wfs, qtbot):
    """A different page size in the catalogue changes the requests: the size is not the provider's own."""
    paging_loader.catalogue = replace(paging_loader.catalogue, page_size=250)
    added, failed = load(paging_loader, ["lor_plr_2021"], qtbot)
    assert failed == [] and added["lor_plr_2021"].featureCount() == 542
    pages = [(r["start"], r["count"], r["returned"]) for r in data_pages(paging_wfs.get_features)]
    assert pages == [(0, 250, 250), (250, 250, 250), (500, 250, 42)]


def data_pages(requests):
    """The GetFeature requests that page through the data.

    Left out: hit counts, and a provider's probe for a single feature (QGIS 3.40 asks for one
    feature while it builds the layer, unless told to skip it, which the plugin does; what is
    tested is the paging, not which QGIS version probes).
    """
    return [r for r in requests if not r["hits"] and not (r["count"] == 1 and r["start"] == 0)]


def _wkt(geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return "MULTIPOLYGON({})".format(",".join(
        "({})".format(",".join("({})".format(",".join("{} {}".format(x, y) for x, y in ring)) for ring in rings))
        for rings in polygons))
