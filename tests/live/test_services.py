"""Against the live Geoportal Berlin services (run with ``pytest --live``; skipped by default).

They check the catalogue's facts: each service answers GetCapabilities and offers the layer or
typename the catalogue names, and the standard datasets load with their internal fields.
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

        pairs = sources(services.read_service_catalogue())
        metafunc.parametrize("live_source", [s for _, s in pairs], ids=["{}-{}".format(i, s.generation) for i, s in pairs])


def test_each_catalogued_service_offers_its_layer(qgis_app, live_source):
    try:
        found = probe(live_source, 30000)
    except sf.ServiceFailure as failure:
        if live_source.status == "unverified":
            pytest.xfail("unverified catalogue entry: {}".format(failure))
        raise
    assert found.name


@pytest.mark.parametrize("entry_id, count, fields", [
    ("lor_plr_2021", 542, {"plr_id", "plr_name"}),
    ("mss_2021_indizes", 542, {"plr_id", "si_n", "di_n", "kom"}),
    ("schulen", 800, {"bsn", "schulname"}),
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
