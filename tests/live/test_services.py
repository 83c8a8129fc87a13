"""Against the live Geoportal Berlin services (run with ``pytest --live``; skipped by default).

They check the catalogue's facts: each service answers GetCapabilities and offers the layer or
typename the catalogue names (or the moved name the plugin finds by title and keywords, printed),
states the licence the catalogue gives, the standard datasets and the 2026 additions (MSS 2025,
Einschulbereiche on GDI) load with their internal fields, Berlin's metadata catalogue (CSW)
answers GetRecords, and the GI map yields the Handlungsräume at Planungsraum level.

Run them first when you have network: ``.venv/bin/python -m pytest --live tests/live -rxXs``.
A failure of a ``verified`` fact is a defect of the catalogue; an ``unverified`` one shows as
XFAIL with the finding, and as XPASS once the service confirms it (then mark it verified).
"""

import dataclasses

import pytest
from qgis.core import QgsProject

from rgi_plugin.core.services import failures as sf
from rgi_plugin.core.services import loader as service_loader
from rgi_plugin.core.services.layers import probe

pytestmark = pytest.mark.live


def sources(catalogue):
    return [(entry.id, source) for entry in catalogue.entries for source in entry.services]


def pytest_generate_tests(metafunc):
    if "live_source" in metafunc.fixturenames:
        from rgi_plugin.core.services import catalogue as services
        from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE

        pairs = sources(services.read_service_catalogue(SERVICE_CATALOGUE_FILE))
        metafunc.parametrize("entry_id, live_source", pairs, ids=["{}-{}".format(i, s.generation) for i, s in pairs])


def test_each_catalogued_service_offers_its_layer(qgis_app, catalogue, entry_id, live_source):
    entry = catalogue.entry(entry_id)
    try:
        found = probe(live_source, 30000, entry=entry)
    except sf.ServiceFailure as failure:
        if live_source.status == "unverified":
            pytest.xfail("unverified catalogue entry: {}".format(sf.failure_message(failure, entry_id)))
        raise
    assert found.name
    if found.moved is not None:
        print(found.moved.message(entry_id))  # the catalogue should learn the new name
        if live_source.status == "verified":
            pytest.fail("a verified name moved: {}".format(found.moved.details()))


def test_each_service_states_the_licence_the_catalogue_gives(qgis_app, catalogue, entry_id, live_source):
    entry = catalogue.entry(entry_id)
    licence = entry.licence_of(live_source)[0]
    try:
        found = probe(live_source, 30000, entry=entry)
    except sf.ServiceFailure as failure:
        pytest.skip("service not usable: {}".format(failure.kind))
    stated = found.licence
    print("{}: catalogue {} | service: {}".format(entry_id, licence, stated.origin() + " " + stated.text if stated else "none"))
    if stated is None or not stated.licence_id:
        pytest.xfail("the service states no licence the plugin recognises")
    status = "verified" if live_source.licence else entry.licence_status  # a source's own licence comes from its metadata
    if stated.licence_id != licence:
        if status == "unverified":
            pytest.xfail("catalogue {} (unverified), service {}".format(licence, stated.licence_id))
        pytest.fail("catalogue {} (verified), service states {} in {}".format(licence, stated.licence_id, stated.origin()))


@pytest.mark.parametrize("entry_id, count, fields", [
    ("lor_plr_2021", 542, {"plr_id", "plr_name"}),
    ("mss_2021_indizes", 542, {"plr_id", "si_n", "di_n", "kom"}),
    ("mss_2025_indizes", 542, {"plr_id", "si_n", "di_n", "kom"}),
    ("mss_2023_indizes", 542, {"plr_id", "si_n", "di_n", "kom"}),
    ("schulen", 800, {"bsn", "schulname"}),
    ("einschulbereiche", 390, {"esb", "bez", "bezname"}),
])
def test_standard_datasets_load_live_with_paging(catalogue, qgis_new_project, qtbot, entry_id, count, fields):
    small_pages = dataclasses.replace(catalogue, page_size=100)  # pages of 100 < count: paging must work
    loader = service_loader.ServiceLoader(small_pages, QgsProject.instance(), "de", timeout_seconds=60)
    added, failed = {}, []
    loader.layerAdded.connect(lambda i, layer: added.__setitem__(i, layer))
    loader.loadFailed.connect(failed.append)
    loader.load([entry_id])
    qtbot.waitUntil(lambda: not loader.tasks, timeout=180000)
    assert failed == [], [f.details() for f in failed]
    layer = added[entry_id]
    assert layer.featureCount() >= count and fields <= set(layer.fields().names())
    ids = [f[sorted(fields)[0]] for f in layer.getFeatures()]
    assert len(ids) == len(set(ids)) or entry_id == "schulen"  # no feature twice across pages


def test_gi_areas_wms_renders_live(catalogue, qgis_new_project, qtbot):
    loader = service_loader.ServiceLoader(catalogue, QgsProject.instance(), "de", timeout_seconds=60)
    added, failed = {}, []
    loader.layerAdded.connect(lambda i, layer: added.__setitem__(i, layer))
    loader.loadFailed.connect(failed.append)
    loader.load(["gi_handlungsraeume"])
    qtbot.waitUntil(lambda: not loader.tasks, timeout=120000)
    assert failed == [] and added["gi_handlungsraeume"].isValid()


@pytest.mark.parametrize("entry_id", ["gi_handlungsraeume", "mss_2025_indizes"])
def test_the_metadata_catalogue_answers_get_records(catalogue, qtbot, entry_id):  # noqa: F811
    from rgi_plugin.core.services import csw

    result = csw.search(csw.search_terms(catalogue.entry(entry_id)), 60000)
    print("{}: {} records matched; offers: {}".format(entry_id, result.matched, [
        (record.title, offer.type, offer.url, offer.name) for record, offer in result.offers][:10]))
    assert result.matched >= 0 and all(record.identifier for record in result.records)
    if entry_id == "mss_2025_indizes" and not any(offer.type == "WFS" for _, offer in result.offers):
        pytest.xfail("no MSS 2025 record with a WFS link in the catalogue")


def test_the_gi_map_yields_the_areas_at_planungsraum_level(catalogue, qgis_new_project, qtbot):  # noqa: F811
    from qgis.core import QgsApplication

    from rgi_plugin.core import data as bundled
    from rgi_plugin.core.areas import derived as db
    from rgi_plugin.core.areas import derived_map as dmap
    from rgi_plugin.core.areas.reading import read_area_catalogue

    source = catalogue.entry("gi_handlungsraeume").services[0]
    snapshot = bundled.read_snapshot()
    planungsraeume = db.planungsraeume_from_layer(bundled.create_layer(snapshot.dataset("lor_plr_2021")))
    areas = db.current_areas(bundled.create_layer(snapshot.dataset("handlungsraeume")), read_area_catalogue())
    done = []
    task = dmap.DeriveBoundariesTask(source.url, source.layer, planungsraeume, areas, 60000, on_finished=lambda t, ok: done.append(ok))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done), timeout=600000)
    assert done == [True], task.failure
    result = task.result
    print("\n".join(["{} {}".format(code, ",".join(ids)) for code, ids in result.areas.items()]
                    + [finding.message() for finding in result.findings]))
    assert sum(1 for ids in result.areas.values() if ids) >= 13
