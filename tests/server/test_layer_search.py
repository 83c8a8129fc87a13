"""A moved layer name is found by name, title or keywords; the licence is read from the capabilities.

Pure logic on small capabilities documents, then the real local QGIS Server publishing the
bundled data under renamed layers (as the Geoportal does when a service is reorganised).
"""

import pytest

from rgi_plugin.core.services import catalogue as services
from rgi_plugin.core.services import layer_search, network, ogc
from rgi_plugin.core.services.layer_search import AMBIGUOUS, BY_KEYWORDS, BY_NAME, BY_TITLE, FOUND, NONE
from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE
from support.maps import RENAMED

WFS_20 = """<?xml version="1.0"?>
<wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0">
<ows:ServiceIdentification><ows:Title>MSS</ows:Title><ows:Fees>NONE</ows:Fees>
<ows:AccessConstraints>Datenlizenz Deutschland - Zero - Version 2.0 (https://www.govdata.de/dl-de/zero-2-0)</ows:AccessConstraints>
</ows:ServiceIdentification><wfs:FeatureTypeList>
<wfs:FeatureType><wfs:Name>mss_2025:mss2025_indexind_542</wfs:Name><wfs:Title>MSS 2025 Index-Indikatoren</wfs:Title>
<ows:Keywords><ows:Keyword>Monitoring Soziale Stadtentwicklung</ows:Keyword><ows:Keyword>2025</ows:Keyword></ows:Keywords></wfs:FeatureType>
<wfs:FeatureType><wfs:Name>mss_2025:MSS2025-Indizes-542</wfs:Name><wfs:Title>Indizes</wfs:Title></wfs:FeatureType>
</wfs:FeatureTypeList></wfs:WFS_Capabilities>""".encode("utf-8")

WMS_13 = """<WMS_Capabilities version="1.3.0"><Service><Name>WMS</Name><Fees>keine</Fees>
<AccessConstraints>Nutzungsbedingungen: Datenlizenz Deutschland – Namensnennung – Version 2.0</AccessConstraints></Service>
<Capability><Layer><Title>root</Title>
<Layer><Name>0</Name><Title>Ressortübergreifende Gemeinschaftsinitiative</Title></Layer>
<Layer><Name>1</Name><Title>Quartiersmanagement</Title><KeywordList><Keyword>QM</Keyword></KeywordList></Layer>
</Layer></Capability></WMS_Capabilities>""".encode("utf-8")

WFS_10 = b"""<WFS_Capabilities version="1.0.0"><Service><Fees>none</Fees><AccessConstraints>none</AccessConstraints></Service>
<FeatureTypeList><FeatureType><Name>qm_a</Name><Title>Gebiet A</Title><Keywords>Quartiersmanagement, Gebiete</Keywords></FeatureType>
<FeatureType><Name>qm_b</Name><Title>Gebiet B</Title><Keywords>Quartiersmanagement, ehemalig</Keywords></FeatureType>
</FeatureTypeList></WFS_Capabilities>"""


def test_capabilities_give_layers_with_titles_keywords_and_the_licence_statement():
    wfs = layer_search.parse_service_description(WFS_20, "http://x/wfs", "WFS")
    assert wfs.names == ("mss_2025:mss2025_indexind_542", "mss_2025:MSS2025-Indizes-542")
    assert wfs.layers[0].keywords == ("Monitoring Soziale Stadtentwicklung", "2025")
    licence = wfs.licence()
    assert licence.licence_id == "dl-de/zero-2.0" and licence.element == "ows:AccessConstraints"  # "NONE" in Fees is no statement
    assert licence.origin() == "GetCapabilities ows:AccessConstraints (http://x/wfs)"
    wms = layer_search.parse_service_description(WMS_13, "http://x/wms", "WMS")
    assert wms.names == ("0", "1") and wms.licence().licence_id == "dl-de/by-2-0" and wms.licence().element == "AccessConstraints"
    old = layer_search.parse_service_description(WFS_10, "u", "WFS")
    assert old.layers[0].keywords == ("Quartiersmanagement", "Gebiete") and old.licence() is None


def test_a_unique_match_is_used_and_said_in_german(qgis_app):
    wfs = layer_search.parse_service_description(WFS_20, "http://x/wfs", "WFS")
    search = layer_search.find_moved(wfs, "mss_2025:mss2025_indizes_542", ("MSS 2025: Indizes",), ("Indizes",), "http://x/wfs")
    assert (search.outcome, search.name, search.basis) == (FOUND, "mss_2025:MSS2025-Indizes-542", BY_NAME)
    wms = layer_search.parse_service_description(WMS_13, "u", "WMS")
    by_title = layer_search.find_moved(wms, "k_gi", ("Ressortübergreifende Gemeinschaftsinitiative",))
    assert (by_title.outcome, by_title.name, by_title.basis) == (FOUND, "0", BY_TITLE)
    by_keywords = layer_search.find_moved(wms, "quartier", ("Sozialer Zusammenhalt",), ("QM",))
    assert (by_keywords.outcome, by_keywords.name, by_keywords.basis) == (FOUND, "1", BY_KEYWORDS)


def test_several_or_no_matches_are_reported_with_candidates_never_guessed(qgis_app):
    old = layer_search.parse_service_description(WFS_10, "u", "WFS")
    several = layer_search.find_moved(old, None, ("Quartiersmanagement (Gebiete)",), ("Quartiersmanagement",))
    assert several.outcome == AMBIGUOUS and several.name is None
    assert [c.name for c in several.candidates] == ["qm_a", "qm_b"]
    none = layer_search.find_moved(old, "s_esb_2022", ("Einschulbereiche",), ("Einschulbereiche",))
    assert none.outcome == NONE and none.name is None and {c.name for c in none.candidates} == {"qm_a", "qm_b"}
    text = none.message("Einschulbereiche")
    assert "s_esb_2022" in text and "qm_a (Gebiet A)" in text


def test_umlauts_and_separators_do_not_hide_a_name():
    assert layer_search.normalised("LOR-Planungsräume 2021") == layer_search.normalised("lor planungsraeume_2021")
    assert layer_search.normalised("Straße") == "strasse"


# -- against the local QGIS Server, with renamed layers --------------------------------------

@pytest.mark.parametrize("entry_id, outcome, found, basis", [
    ("lor_plr_2021", FOUND, "plr_2021_neu", BY_TITLE),
    ("lor_pgr_2021", FOUND, "C-LOR-PGR-2021", BY_NAME),
    ("schulen", FOUND, "schulstandorte", BY_KEYWORDS),
    ("mss_2025_indizes", AMBIGUOUS, None, BY_KEYWORDS),
    ("einschulbereiche", NONE, None, ""),
])
def test_renamed_layers_of_a_real_server_are_found_or_reported(renamed_url, entry_id, outcome, found, basis):
    entry = services.read_service_catalogue(SERVICE_CATALOGUE_FILE).entry(entry_id)
    source = services.ServiceSource(**{**entry.services[0].__dict__, "url": renamed_url, "version": "1.1.0"})
    url = ogc.capabilities_url(source)
    description = layer_search.parse_service_description(network.get(url, 10000), url, "WFS")
    assert set(description.names) == set(RENAMED)
    assert source.typename not in description.names  # the catalogue's name is really gone
    search = layer_search.find_moved(description, source.typename, tuple(entry.title.values()), entry.keywords, url)
    assert (search.outcome, search.name, search.basis) == (outcome, found, basis), search.details()
    if outcome == AMBIGUOUS:
        assert {c.name for c in search.candidates} == {"mss_teil_a", "mss_teil_b"}
