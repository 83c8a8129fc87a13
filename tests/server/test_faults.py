"""Every way a Geoportal service fails, through real sockets on 127.0.0.1.

Each test breaks one thing, loads through the production code (``ServiceLoader``, task,
network stack, QGIS providers) and asserts the user's message, that no layer reached the
project, and the offer of the offline snapshot with its date.
"""

import time

import pytest
from qgis.core import QgsProject

from local_servers import free_port
from rgi_plugin.core import data as bundled
from rgi_plugin.core.services import failures as sf
from rgi_plugin.core.services import loader as service_loader
from rgi_plugin.definitions.names import LAYER_GROUP_NAME
from support.servers import moved

BUNDLED_DATE = None  # read in the fixture from datasets.json, never restated here


@pytest.fixture
def project(qgis_new_project):
    return QgsProject.instance()


def entry_at(catalogue, entry_id, *urls):
    """The catalogue entry with its services moved to ``urls`` (same names, same order)."""
    entry = catalogue.entry(entry_id)
    return entry.with_services([moved(source, url) for source, url in zip(entry.services, urls)])


def run(catalogue, entries, project, qtbot, timeout_seconds=5):
    loader = service_loader.ServiceLoader(catalogue.replace_entries(entries), project, "en", timeout_seconds=timeout_seconds)
    added, failed = [], []
    loader.layerAdded.connect(lambda entry_id, layer: added.append(layer))
    loader.loadFailed.connect(failed.append)
    started = time.monotonic()
    loader.load([entry.id for entry in entries])
    qtbot.waitUntil(lambda: not loader.tasks, timeout=30000)
    return added, failed, time.monotonic() - started


def assert_failed_cleanly(failed, added, project, kind, *phrases):
    assert added == [] and len(failed) == 1
    failure = failed[0]
    assert failure.kind == kind, failure.details()
    message = failure.message("en")
    for phrase in phrases:
        assert phrase in message, message
    assert project.mapLayers() == {}  # no invalid (or any) layer added
    assert project.layerTreeRoot().findGroup(LAYER_GROUP_NAME) is None
    return failure, message


def assert_offers_bundled(failure, message, dataset_id):
    assembled = bundled.read_snapshot().assembled
    assert failure.offline is not None and failure.offline.dataset_id == dataset_id
    assert failure.offline.date == assembled and not failure.offline.refreshed
    assert "bundled with the plugin ({})".format(assembled) in message
    assert sf.offline_button_text(failure.offline) == "Use bundled snapshot ({})".format(assembled)


def gdi_plr(catalogue, fault_server, qgis_server):
    """Planungsräume with their GDI service behind the fault server (FIS-Broker left out)."""
    return [entry_at(catalogue, "lor_plr_2021", fault_server.url(qgis_server.projects["gdi"])).with_services(
        [moved(catalogue.entry("lor_plr_2021").services[0], fault_server.url(qgis_server.projects["gdi"]))])]


def test_unreachable_host(catalogue, project, qtbot):
    host = "a" * 64 + ".invalid"  # not a valid host name: fails before any name lookup leaves the machine
    entry = catalogue.entry("lor_plr_2021")
    entries = [entry.with_services([moved(entry.services[0], "http://{}/wfs".format(host))])]
    added, failed, _ = run(catalogue, entries, project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.UNREACHABLE, "cannot be reached", "proxy settings")
    assert_offers_bundled(failure, message, "lor_plr_2021")


def test_refused_connection(catalogue, project, qtbot):
    port = free_port()  # nothing listens there
    entry = catalogue.entry("lor_plr_2021")
    entries = [entry.with_services([moved(entry.services[0], "http://127.0.0.1:{}/wfs".format(port))])]
    added, failed, _ = run(catalogue, entries, project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.REFUSED,
                                             "127.0.0.1:{} refused the connection".format(port))
    assert_offers_bundled(failure, message, "lor_plr_2021")


def test_timeout(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetCapabilities"] = "hang"
    added, failed, seconds = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot, timeout_seconds=1.5)
    failure, message = assert_failed_cleanly(failed, added, project, sf.TIMEOUT, "did not answer within 2 s")
    assert seconds < 5
    assert_offers_bundled(failure, message, "lor_plr_2021")


def test_silence_in_the_middle_of_the_download(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetFeature"] = "stall_body"
    added, failed, seconds = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot, timeout_seconds=1.5)
    assert_failed_cleanly(failed, added, project, sf.TIMEOUT, "did not answer within 2 s")
    assert seconds < 7


@pytest.mark.parametrize("fault, kind, phrase", [
    ("http_404", sf.HTTP_CLIENT, "HTTP error 404; its address may have changed"),
    ("http_500", sf.HTTP_SERVER, "server error (HTTP 500)"),
    ("http_503", sf.HTTP_SERVER, "server error (HTTP 503)"),
])
def test_http_errors(catalogue, project, qtbot, fault_server, qgis_server, fault, kind, phrase):
    fault_server.faults["GetCapabilities"] = fault
    added, failed, _ = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, kind, phrase, "127.0.0.1:{}".format(fault_server.port))
    assert_offers_bundled(failure, message, "lor_plr_2021")


@pytest.mark.parametrize("request_type", ["GetCapabilities", "GetFeature"])
def test_ogc_exception_report(catalogue, project, qtbot, fault_server, qgis_server, request_type):
    fault_server.faults[request_type] = "exception"
    added, failed, _ = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.OGC_EXCEPTION, "reported an error: Datenbank nicht erreichbar")
    assert_offers_bundled(failure, message, "lor_plr_2021")


@pytest.mark.parametrize("request_type, fault, what", [
    ("GetCapabilities", "truncate", "XML:"),
    ("GetCapabilities", "maintenance_page", "not a WFS capabilities document"),
    ("GetFeature", "truncate", "XML:"),
    ("GetFeature", "truncated_json", "JSON:"),
])
def test_damaged_answers(catalogue, project, qtbot, fault_server, qgis_server, request_type, fault, what):
    fault_server.faults[request_type] = fault
    added, failed, _ = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.MALFORMED, "is damaged or incomplete", what)
    assert_offers_bundled(failure, message, "lor_plr_2021")


def test_empty_result(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetFeature"] = "empty"
    added, failed, _ = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.EMPTY, "delivered no features")
    assert_offers_bundled(failure, message, "lor_plr_2021")


def test_missing_typename(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetCapabilities"], fault_server.drop = "drop_name", "a_lor_plr_2021"
    added, failed, _ = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.MISSING_NAME,
                                             "the layer lor_2021:a_lor_plr_2021 is missing and no layer of the service matches",
                                             "Offered: b_lor_bzr_2021, c_lor_pgr_2021")
    assert_offers_bundled(failure, message, "lor_plr_2021")


def test_unexpected_schema(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["DescribeFeatureType"] = "rename_field"
    added, failed, _ = run(catalogue, gdi_plr(catalogue, fault_server, qgis_server), project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.UNEXPECTED_SCHEMA, "lack the expected fields plr_id")
    assert_offers_bundled(failure, message, "lor_plr_2021")


def test_wms_without_offline_copy_says_so(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetCapabilities"] = "http_503"
    entries = [entry_at(catalogue, "quartiersmanagement", fault_server.url(qgis_server.projects["gi_wms"]))]
    added, failed, _ = run(catalogue, entries, project, qtbot)
    failure, _ = assert_failed_cleanly(failed, added, project, sf.HTTP_SERVER, "No offline copy of this dataset is available.")
    assert failure.offline is None


def test_fallback_to_the_legacy_service(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetCapabilities"] = "http_503"  # the GDI service is down, FIS-Broker answers
    entries = [entry_at(catalogue, "lor_plr_2021", fault_server.url(qgis_server.projects["gdi"]), qgis_server.url("fisbroker"))]
    added, failed, _ = run(catalogue, entries, project, qtbot)
    assert failed == [] and len(added) == 1
    assert added[0].customProperty("gemeinschaftsinitiative/service") == "fisbroker"
    assert added[0].featureCount() == 542 and project.mapLayers() == {added[0].id(): added[0]}


def test_when_every_service_fails_the_message_says_so(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetCapabilities"] = "http_500"
    refused = "http://127.0.0.1:{}/wfs".format(free_port())
    entries = [entry_at(catalogue, "lor_plr_2021", refused, fault_server.url(qgis_server.projects["fisbroker"]))]
    added, failed, _ = run(catalogue, entries, project, qtbot)
    failure, message = assert_failed_cleanly(failed, added, project, sf.REFUSED, "refused the connection",
                                             "The fallback service (127.0.0.1:{}) failed too.".format(fault_server.port))
    assert [f.kind for f in failure.failures] == [sf.REFUSED, sf.HTTP_SERVER]
    assert "[http_server]" in failure.details() and refused in failure.details()


def test_cancel_stops_a_hanging_load_at_once(catalogue, project, qtbot, fault_server, qgis_server):
    fault_server.faults["GetCapabilities"] = "hang"
    loader = service_loader.ServiceLoader(catalogue.replace_entries(gdi_plr(catalogue, fault_server, qgis_server)), project, "en",
                                          timeout_seconds=30)
    failed = []
    loader.loadFailed.connect(failed.append)
    task = loader.load(["lor_plr_2021"])[0]
    qtbot.waitUntil(lambda: "GetCapabilities" in fault_server.seen, timeout=10000)
    started = time.monotonic()
    task.cancel()
    qtbot.waitUntil(lambda: not loader.tasks, timeout=10000)
    assert time.monotonic() - started < 3
    assert [f.kind for f in failed] == [sf.CANCELED]
    assert failed[0].message("en") == "LOR planning areas (Planungsräume) 2021: loading was cancelled."
    assert project.mapLayers() == {}
