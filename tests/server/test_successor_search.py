"""Nachfolger suchen: the CSW client against a real pycsw on 127.0.0.1, and a dead service's
successor taken into the user's catalogue copy and loaded from the local QGIS Server."""

import json
import urllib.request
from dataclasses import replace

import pytest
from qgis.core import QgsProject

from rgi_plugin.core.services import catalogue as services
from rgi_plugin.core.services import csw
from rgi_plugin.core.services import failures as sf
from rgi_plugin.core.services import found as found_services
from rgi_plugin.core.services import loader as service_loader
from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE
from support.csw import CswServer, build_repository
from support.servers import OUT, free_port

GEONETWORK_DC = b"""<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:dct="http://purl.org/dc/terms/"><csw:SearchResults numberOfRecordsMatched="7" numberOfRecordsReturned="1">
<csw:Record><dc:identifier>abc</dc:identifier><dc:title>MSS 2025</dc:title><dc:subject>Monitoring Soziale Stadtentwicklung</dc:subject>
<dc:type>dataset</dc:type><dc:URI protocol="OGC:WFS" name="mss2025_indizes_542">https://gdi.berlin.de/services/wfs/mss_2025?request=GetCapabilities&amp;service=WFS</dc:URI>
<dct:references scheme="WWW:LINK">https://www.berlin.de/mss</dct:references></csw:Record></csw:SearchResults></csw:GetRecordsResponse>"""


def test_get_records_asks_for_title_or_keywords_like_each_term():
    url = csw.get_records_url("https://gdi.berlin.de/geonetwork/srv/ger/csw", ["Handlungsräume", "50%_"])
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    assert query["REQUEST"] == "GetRecords" and query["VERSION"] == "2.0.2" and query["OUTPUTSCHEMA"] == csw.ISO_SCHEMA
    constraint = query["CONSTRAINT"]
    assert constraint.count("<ogc:PropertyIsLike") == 4 and "<ogc:Or>" in constraint and 'matchCase="false"' in constraint
    assert "%Handlungsräume%" in constraint and "%50\\%\\_%" in constraint  # wildcards in a term are escaped
    with pytest.raises(ValueError):
        csw.get_records_url("http://x", ["", " "])


def test_dublin_core_records_of_geonetwork_are_read_too():
    result = csw.parse_get_records(GEONETWORK_DC, "u", ["Monitoring"])
    assert result.matched == 7
    (record,) = result.records
    assert record.schema == "Dublin Core" and record.keywords == ("Monitoring Soziale Stadtentwicklung",)
    assert record.offers == (csw.ServiceOffer("WFS", "https://gdi.berlin.de/services/wfs/mss_2025", "mss2025_indizes_542", "OGC:WFS"),)


@pytest.mark.parametrize("data, kind", [
    (b'<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows"><ows:Exception exceptionCode="NoApplicableCode">'
     b"<ows:ExceptionText>Index kaputt</ows:ExceptionText></ows:Exception></ows:ExceptionReport>", sf.OGC_EXCEPTION),
    (b"<html>Wartung</html>", sf.MALFORMED), (b"", sf.MALFORMED),
])
def test_a_broken_catalogue_answer_has_its_kind(data, kind):
    with pytest.raises(sf.ServiceFailure) as raised:
        csw.parse_get_records(data, "u")
    assert raised.value.kind == kind


@pytest.fixture(scope="module")
def local_csw(qgis_server):
    urls = {"gi_wms": qgis_server.url("gi_wms"), "gdi": qgis_server.url("gdi"), "www": "https://www.berlin.de/gemeinschaftsinitiative"}
    config, port = build_repository(OUT / "csw", urls)
    server = CswServer(config, port, OUT / "csw" / "server.log").start()
    yield server
    server.stop()


def test_the_local_csw_is_a_real_pycsw(local_csw):
    with urllib.request.urlopen(local_csw.url + "?service=CSW&version=2.0.2&request=GetCapabilities", timeout=10) as answer:
        text = answer.read().decode("utf-8")
    assert "pycsw" in text and "GetRecords" in text


def test_search_finds_the_records_of_a_dataset_best_first(local_csw, qgis_server):
    catalogue = services.read_service_catalogue(SERVICE_CATALOGUE_FILE)
    result = csw.search(csw.search_terms(catalogue.entry("gi_handlungsraeume")), 10000, csw_url=local_csw.url)
    assert [r.identifier for r in result.records] == ["test-gi-handlungsraeume-2026", "test-gi-konzepte"]
    assert result.records[1].offers == ()  # a record without a service link offers nothing
    ((record, offer),) = result.offers
    assert offer == csw.ServiceOffer("WMS", qgis_server.url("gi_wms"), "k_gemeinschaftsinitiative_quartier",
                                     "OGC:WMS-1.3.0-http-get-capabilities")
    mss = csw.search(csw.search_terms(catalogue.entry("mss_2025_indizes")), 10000, csw_url=local_csw.url)
    assert mss.records[0].identifier == "test-mss-2025-indizes"  # all three keywords, before records that only say 2025...
    nothing = csw.search(["Wasserstraßen"], 10000, csw_url=local_csw.url)
    assert nothing.matched == 0 and nothing.records == ()


def test_a_dead_services_successor_is_found_taken_and_loaded(local_csw, qgis_server, qgis_new_project, qtbot, tmp_path):  # noqa: F811
    bundled_catalogue = services.read_service_catalogue(SERVICE_CATALOGUE_FILE)
    entry = bundled_catalogue.entry("gi_handlungsraeume")
    dead = "http://127.0.0.1:{}/fb/wms/senstadt/k_gemeinschaftsinitiative_quartier".format(free_port())
    catalogue = bundled_catalogue.replace_entries([entry.with_services([replace(entry.services[0], url=dead)])])

    def load(with_catalogue):
        loader = service_loader.ServiceLoader(with_catalogue, QgsProject.instance(), "de", timeout_seconds=10)
        added, failed = {}, []
        loader.layerAdded.connect(lambda i, layer: added.__setitem__(i, layer))
        loader.loadFailed.connect(failed.append)
        loader.load(["gi_handlungsraeume"])
        qtbot.waitUntil(lambda: not loader.tasks, timeout=60000)
        return added, failed

    added, failed = load(catalogue)
    assert added == {} and [f.kind for f in failed[0].failures] == [sf.REFUSED]  # all services of the dataset failed

    result = csw.search(csw.search_terms(entry), 10000, csw_url=local_csw.url)
    record, offer = result.offers[0]
    copy = tmp_path / "profile" / "services" / "catalogue.json"
    raw = json.loads(SERVICE_CATALOGUE_FILE.read_text(encoding="utf-8"))
    raw["datasets"] = [item for item in raw["datasets"] if item["id"] == "gi_handlungsraeume"]
    raw["datasets"][0]["sources"][0]["url"] = dead  # the user's copy: the GI entry with its dead service
    raw["standard_set"] = ["gi_handlungsraeume"]
    copy.parent.mkdir(parents=True)
    copy.write_text(json.dumps(raw), encoding="utf-8")
    assert found_services.take_into_catalogue("gi_handlungsraeume", record, offer, local_csw.url, target=copy,
                                              taken_on="2026-12-03") == copy
    taken = services.read_service_catalogue(copy).entry("gi_handlungsraeume")
    first = taken.services[0]
    assert (first.generation, first.type, first.url, first.layer, first.status) == (
        "found", "WMS", qgis_server.url("gi_wms"), "k_gemeinschaftsinitiative_quartier", "unverified")
    assert "test-gi-handlungsraeume-2026" in first.basis and "2026-12-03" in first.basis and local_csw.url in first.basis
    assert [s.generation for s in taken.services] == ["found", "fisbroker"]  # the old service stays behind it

    added, failed = load(services.read_service_catalogue(copy))
    assert failed == [] and added["gi_handlungsraeume"].isValid()
    assert added["gi_handlungsraeume"].customProperty("gemeinschaftsinitiative/service") == "found"
    # taking it again replaces the found service instead of stacking another
    found_services.take_into_catalogue("gi_handlungsraeume", record, offer, local_csw.url, target=copy)
    assert [s.generation for s in services.read_service_catalogue(copy).entry("gi_handlungsraeume").services] == ["found", "fisbroker"]
    assert found_services.forget_found("gi_handlungsraeume", target=copy)
    assert [s.generation for s in services.read_service_catalogue(copy).entry("gi_handlungsraeume").services] == ["fisbroker"]


def test_a_copy_that_would_be_invalid_is_not_written(tmp_path, qgis_app):
    target = tmp_path / "catalogue.json"
    offer = csw.ServiceOffer("WFS", "ftp://nowhere", "x", "OGC:WFS")
    record = csw.Record("id", "t", "", (), "dataset", (offer,), "ISO 19139")
    with pytest.raises(services.ServiceCatalogueError, match="not a web address"):
        found_services.take_into_catalogue("schulen", record, offer, "http://csw", target=target)
    assert not target.exists() and not (tmp_path / "catalogue.json.new").exists()
