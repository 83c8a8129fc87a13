"""The service catalogue, the OGC answer readers, the schema mapping and the message texts."""

import json

import pytest

from rgi_plugin.core import data as bundled
from rgi_plugin.core.common import schema
from rgi_plugin.core.services import catalogue as services
from rgi_plugin.core.services import failures as sf
from rgi_plugin.core.services import ogc
from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE

CAPS_20 = b"""<?xml version="1.0"?><wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0" version="2.0.0">
<wfs:FeatureTypeList><wfs:FeatureType><wfs:Name>lor_2021:a_lor_plr_2021</wfs:Name></wfs:FeatureType>
<wfs:FeatureType><wfs:Name>lor_2021:b_lor_bzr_2021</wfs:Name></wfs:FeatureType></wfs:FeatureTypeList></wfs:WFS_Capabilities>"""
WMS_CAPS = b"""<WMS_Capabilities version="1.3.0"><Capability><Layer><Title>root</Title><Layer><Name>0</Name></Layer>
<Layer><Name>1</Name></Layer></Layer></Capability></WMS_Capabilities>"""


@pytest.fixture(scope="module")
def catalogue(qgis_app):
    return services.read_service_catalogue()


def test_catalogue_lists_the_datasets_of_the_issue(catalogue):
    ids = {entry.id for entry in catalogue.entries}
    assert {"gi_handlungsraeume", "lor_plr_2021", "lor_bzr_2021", "lor_pgr_2021", "lor_plr_2019", "mss_2025_indizes",
            "mss_2025_indexind", "mss_2023_indizes", "mss_2023_indexind", "mss_2021_indizes", "mss_2021_indexind", "mss_2019_indizes",
            "schulen", "einschulbereiche", "einschulbereiche_2024", "einschulbereiche_2022", "gesix_2022", "esix_2022",
            "umweltgerechtigkeit_sozial_2023", "quartiersmanagement", "quartiersmanagement_gebiete"} == ids
    # the standard set names the MSS edition group: the newest edition unless the user chose another
    assert catalogue.standard_set == ("gi_handlungsraeume", "lor_plr_2021", "mss_2025_indizes", "schulen")
    assert catalogue.standard_ids({"mss_indizes": "mss_2021_indizes"})[2] == "mss_2021_indizes"
    assert catalogue.standard_ids({"mss_indizes": "nope"})[2] == "mss_2025_indizes"
    assert catalogue.entry("gi_handlungsraeume").type == "WMS" and catalogue.entry("gi_handlungsraeume").services[0].layer is None


def test_mss_editions_are_one_dataset_newest_first(catalogue):
    assert [e.id for e in catalogue.editions("mss_indizes")] == ["mss_2025_indizes", "mss_2023_indizes", "mss_2021_indizes",
                                                                  "mss_2019_indizes"]
    assert [e.id for e in catalogue.editions("mss_indexind")] == ["mss_2025_indexind", "mss_2023_indexind", "mss_2021_indexind"]
    mss2025 = catalogue.entry("mss_2025_indizes")
    assert mss2025.services[0].url == "https://gdi.berlin.de/services/wfs/mss_2025"
    assert mss2025.services[0].typename == "mss_2025:mss2025_indizes_542" and mss2025.lor_scheme == "lor_2021"
    # MSS 2019: its own LOR 2019 geometry, and the note that its ids are not LOR 2021
    mss2019 = catalogue.entry("mss_2019_indizes")
    assert mss2019.lor_scheme == "lor_2019" and mss2019.geometry_entry == "lor_plr_2019" and mss2019.schema == ""
    assert "KEINE LOR-2021-IDs" in mss2019.notes["de"] and "NOT LOR 2021 ids" in mss2019.notes["en"]
    assert catalogue.entry("lor_plr_2019").services[0].typename == "lor_2019:a_lor_plr_2019"


def test_gdi_comes_first_wherever_a_gdi_service_is_known(catalogue):
    for entry in catalogue.entries:
        generations = [source.generation for source in entry.services]
        if "gdi" in generations:
            assert generations[0] == "gdi", entry.id
    assert catalogue.entry("einschulbereiche").services[0].typename == "schulen:schulen_esb"
    assert catalogue.entry("quartiersmanagement").services[0].url == "https://gdi.berlin.de/services/wms/sozialer_zusammenhalt"
    assert catalogue.entry("quartiersmanagement_gebiete").services[0].typename is None  # unknown: found by its keywords
    assert catalogue.entry("quartiersmanagement_gebiete").keywords


def test_licences_carry_their_basis_and_status(catalogue):
    for entry in catalogue.entries:
        assert entry.licence_basis and entry.licence_status in ("verified", "unverified"), entry.id
        for source in entry.services:
            licence, _, basis = entry.licence_of(source)
            assert licence and basis
    # issue 12: the GDI dataset pages give dl-de/zero-2.0 for MSS and Schulen, reported by third parties only
    for entry_id in ("mss_2025_indizes", "mss_2021_indizes", "schulen", "quartiersmanagement"):
        entry = catalogue.entry(entry_id)
        assert entry.licence == "dl-de/zero-2.0" and entry.licence_status == "unverified" and "capabilities" in entry.licence_basis
    # the legacy FIS-Broker keeps the licence its own metadata state, with that basis
    legacy = catalogue.entry("mss_2021_indizes").services[1]
    assert catalogue.entry("mss_2021_indizes").licence_of(legacy)[0] == "dl-de/by-2-0"
    assert "FIS-Broker metadata" in catalogue.entry("mss_2021_indizes").licence_of(legacy)[2]


def test_every_service_is_native_crs_with_status_and_basis(catalogue):
    for entry in catalogue.entries:
        assert entry.title["de"] and entry.title["en"] and entry.licence and entry.attribution and entry.edition
        for source in entry.services:
            assert source.crs == "EPSG:25833" and source.status in ("verified", "unverified") and source.basis
    # what is inferred is recorded as such
    assert catalogue.entry("lor_plr_2021").services[1].status == "unverified"
    assert catalogue.entry("gesix_2022").services[0].status == "unverified"
    # issue 12: GDI mss_2021 was marked verified although its name is only inferred from the pattern
    assert all(source.status == "unverified" for source in catalogue.entry("mss_2021_indizes").services if source.generation == "gdi")
    for entry_id in ("mss_2025_indizes", "mss_2023_indizes", "einschulbereiche", "lor_plr_2019"):
        assert catalogue.entry(entry_id).services[0].status == "unverified"
        assert "issue 12" in catalogue.entry(entry_id).services[0].basis


def test_bundled_fallbacks_reference_datasets_json_without_restating_it(catalogue):
    snapshot = bundled.read_snapshot()
    fallbacks = {entry.id: entry.bundled_dataset for entry in catalogue.entries if entry.bundled_dataset}
    assert fallbacks == {"gi_handlungsraeume": "handlungsraeume", "lor_plr_2021": "lor_plr_2021", "lor_bzr_2021": "lor_bzr_2021",
                         "lor_pgr_2021": "lor_pgr_2021", "mss_2021_indizes": "mss_2021", "mss_2021_indexind": "mss_2021",
                         "schulen": "schulen_2023"}
    assert all(snapshot.dataset(dataset_id) for dataset_id in fallbacks.values())
    raw = json.loads(SERVICE_CATALOGUE_FILE.read_text(encoding="utf-8"))
    for item in raw["datasets"]:
        bundled_sources = [s for s in item["sources"] if s["kind"] == "bundled"]
        assert all(set(s) == {"kind", "dataset"} for s in bundled_sources)  # only the reference


@pytest.mark.parametrize("change, message", [
    (lambda raw: raw.update(schema_version=2), "unsupported schema_version"),
    (lambda raw: raw["datasets"][1]["sources"].reverse(), "last fallback"),
    (lambda raw: raw["datasets"][1]["sources"][-1].update(dataset="nope"), "not in datasets.json"),
    (lambda raw: raw["datasets"][1]["sources"][0].update(crs="EPSG:4326"), "not the native EPSG:25833"),
    (lambda raw: (raw["datasets"][1]["sources"][0].pop("typename"), raw["datasets"][1].pop("keywords")), "needs a typename"),
    (lambda raw: raw["datasets"][1]["sources"][0].update(licence="x"), "needs its basis"),
    (lambda raw: raw["datasets"][1].update(licence_status="maybe"), "bad licence_status"),
    (lambda raw: raw["datasets"][5].pop("edition_year"), "both edition_of and edition_year"),
    (lambda raw: raw["datasets"][5].update(geometry_entry="nope"), "unknown geometry_entry"),
    (lambda raw: raw["datasets"][5].update(lor_scheme="LOR 2017"), "lor_scheme must be one of lor_2019, lor_2021"),
    (lambda raw: raw["datasets"][5].pop("lor_scheme"), "an edition needs one"),
    (lambda raw: raw["datasets"][1].update(schema="unknown"), "unknown schema"),
    (lambda raw: raw["datasets"][1]["sources"].insert(0, raw["datasets"][1]["sources"].pop(1)), "GDI -> FIS-Broker"),
    (lambda raw: raw.update(standard_set=["nope"]), "unknown ids"),
])
def test_a_broken_catalogue_is_refused_with_its_reason(qgis_app, tmp_path, change, message):
    raw = json.loads(SERVICE_CATALOGUE_FILE.read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(services.ServiceCatalogueError, match=message):
        services.read_service_catalogue(path)


def test_a_user_copy_with_the_earlier_scheme_spelling_is_still_read(qgis_app, tmp_path):
    """A catalogue copy taken before the LOR schemes had their ids ("LOR 2021") keeps working."""
    raw = json.loads(SERVICE_CATALOGUE_FILE.read_text(encoding="utf-8"))
    for item in raw["datasets"]:
        if item.get("lor_scheme"):
            item["lor_scheme"] = {"lor_2021": "LOR 2021", "lor_2019": "LOR 2019"}[item["lor_scheme"]]
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    copy = services.read_service_catalogue(path)
    assert copy.entry("mss_2025_indizes").lor_scheme == "lor_2021" and copy.entry("mss_2019_indizes").lor_scheme == "lor_2019"


def test_capabilities_name_is_resolved_with_or_without_namespace():
    caps = ogc.parse_capabilities(CAPS_20, "u", "WFS")
    assert caps.version == "2.0.0" and caps.names == ("lor_2021:a_lor_plr_2021", "lor_2021:b_lor_bzr_2021")
    assert ogc.resolve_name(caps, "a_lor_plr_2021", "u") == "lor_2021:a_lor_plr_2021"
    assert ogc.resolve_name(caps, "fis:A_LOR_PLR_2021", "u") == "lor_2021:a_lor_plr_2021"
    with pytest.raises(sf.ServiceFailure) as raised:
        ogc.resolve_name(caps, "lor_2021:c_lor_pgr_2021", "u")
    assert raised.value.kind == sf.MISSING_NAME
    wms = ogc.parse_capabilities(WMS_CAPS, "u", "WMS")
    assert ogc.resolve_name(wms, None, "u") == "0"  # the topmost named layer


@pytest.mark.parametrize("data, kind", [
    (b"", sf.MALFORMED), (b"<WFS_Capabilities", sf.MALFORMED), (b"<html><body>Wartung</body></html>", sf.MALFORMED),
    (b'<ServiceExceptionReport><ServiceException code="X">kaputt</ServiceException></ServiceExceptionReport>', sf.OGC_EXCEPTION),
])
def test_unusable_capabilities_raise_their_kind(data, kind):
    with pytest.raises(sf.ServiceFailure) as raised:
        ogc.parse_capabilities(data, "u", "WFS")
    assert raised.value.kind == kind


@pytest.mark.parametrize("data, kind", [
    (b'{"type": "FeatureCollection", "features": [', sf.MALFORMED), (b'{"type": "FeatureCollection", "features": []}', sf.EMPTY),
    (b"<wfs:FeatureCollection xmlns:wfs='w'></wfs:FeatureCollection>", sf.EMPTY), (b"<wfs:FeatureCollection xmlns:wfs='w'><", sf.MALFORMED),
])
def test_feature_answers_are_diagnosed(data, kind):
    with pytest.raises(sf.ServiceFailure) as raised:
        ogc.check_feature_answer(data, "u")
    assert raised.value.kind == kind


def test_counts_and_hits():
    assert ogc.check_feature_answer(b'{"type": "FeatureCollection", "features": [{}, {}]}', "u") == 2
    assert ogc.parse_hits(b'<wfs:FeatureCollection xmlns:wfs="w" numberMatched="542"/>', "u") == 542
    assert ogc.parse_hits(b'<wfs:FeatureCollection xmlns:wfs="w" numberOfFeatures="58"/>', "u") == 58
    assert ogc.parse_hits(b'<wfs:FeatureCollection xmlns:wfs="w" numberMatched="unknown"/>', "u") is None


def test_request_addresses_keep_their_own_parameters():
    url = ogc.request_url("http://127.0.0.1:1/ows/?MAP=/p/a.qgs&service=WMS", SERVICE="WFS", REQUEST="GetCapabilities")
    assert url == "http://127.0.0.1:1/ows/?MAP=/p/a.qgs&SERVICE=WFS&REQUEST=GetCapabilities"


def test_fisbroker_fields_get_internal_names():
    fields = [("PLR_ID", False), ("PLR_NAME", True), ("NAME", True), ("BSN", True)]
    assert schema.virtual_fields(fields) == {"plr_id": "lpad(to_string(to_int(\"PLR_ID\")), 8, '0')", "plr_name": '"PLR_NAME"',
                                             "schulname": '"NAME"', "bsn": '"BSN"'}
    assert schema.virtual_fields([("plr_id", True), ("schulname", True)]) == {}  # GDI: nothing to add
    assert schema.missing_fields("schule", [("bsn", True)]) == ["schulname"]
    assert schema.missing_fields("", [("x", True)]) == []  # unknown field names: no check
    assert schema.clean_record({"PLR_ID": 1100101, "SI_N": -9999}) == {
        "plr_id": "01100101", "si_n": None, "bez_id": "01", "pgr_id": "0110", "bzr_id": "011001"}


def test_every_failure_kind_has_a_specific_message(qgis_app):
    texts = set()
    for kind in sf.KINDS:
        failure = sf.ServiceFailure(kind, "https://gdi.berlin.de/services/wfs/lor_2021?x=1", "details", status=503, seconds=30,
                                    text="Datenbank weg", name="lor_2021:a_lor_plr_2021", fields=["plr_id"], what="XML: line 1")
        text = sf.failure_message(failure, "LOR-Planungsräume 2021")
        assert text.startswith("LOR-Planungsräume 2021: ") and "details" not in text
        if kind != sf.CANCELED:
            assert "gdi.berlin.de" in text
        texts.add(text)
        assert sf.short_reason(failure)
    assert len(texts) == len(sf.KINDS)

