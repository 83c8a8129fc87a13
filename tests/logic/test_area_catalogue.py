"""The catalogue of Handlungsräume, Ressortbeiträge and concepts: complete, honest, checked."""

import json
import shutil

import pytest

from rgi_plugin.core.areas.details import area_figures, bundled_mss_records
from rgi_plugin.core.areas.geometry import area_plr_ids
from rgi_plugin.core.areas.reading import AreaCatalogueError, read_area_catalogue
from rgi_plugin.definitions.paths import CATALOGUE_DIR


@pytest.fixture(scope="module")
def catalogue():
    return read_area_catalogue()


def test_sixteen_areas_with_13_and_its_four_parts(catalogue):
    assert [a.code for a in catalogue.areas] == ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                                                 "13a", "13b", "13c", "13d"]
    assert [a.code for a in catalogue.areas if a.group == "13"] == ["13a", "13b", "13c", "13d"]
    assert catalogue.group("13").name == "Stadtrand Süd"


def test_number_status_follows_the_sources(catalogue):
    assert {a.code for a in catalogue.areas if a.number_status == "official"} == {"06", "11", "13d"}


def test_only_wedding_has_an_official_composition_and_every_other_is_approximate(catalogue):
    assert [a.code for a in catalogue.areas if not a.approximate] == ["06"]
    wedding = catalogue.area("06")
    assert [u.id for u in wedding.units] == ["013007", "013008", "014010", "01400942"]
    assert "unvollständig" in wedding.composition_note
    assert {a.code for a in catalogue.areas if a.basis == "name_match"} == {"13a", "13b", "13c", "13d"}


def test_nine_departments_and_the_programmes_of_domain_md(catalogue):
    assert len(catalogue.departments) == 9
    assert [d.short for d in catalogue.departments if d.short] == ["SenSBW", "SenBJF", "SenASGIVA", "SenWGP"]
    by_status = {}
    for programme in catalogue.programmes:
        by_status.setdefault(programme.status, []).append(programme.programme)
    assert by_status["confirmed"] == ["Sozialer Zusammenhalt / Quartiersmanagement", "Soziale Infrastrukturmaßnahmen",
                                      "Gemeinschaftsprojekte"]
    assert "Bonus-Programm" in by_status["context"]
    assert len(by_status["proposed_2018"]) == 7
    assert all(p.department == "" for p in catalogue.programmes if p.status == "proposed_2018")


def test_each_area_has_its_concept_with_a_web_address_and_nothing_invented(catalogue):
    for area in catalogue.areas:
        documents = catalogue.documents_for(area.code)
        assert len(documents) == 1
        assert documents[0].url.startswith("https://www.berlin.de/")
        assert documents[0].local_file == ""
    assert catalogue.documents_for("06")[0].url_kind == "district_page"
    assert catalogue.documents_for("01")[0].url_kind == "initiative_page"
    assert {a.code for a in catalogue.areas if catalogue.documents_for(a.code)[0].year} == {"06", "11"}


@pytest.mark.parametrize("query, expected", [
    ("Reinickendorf", ["03", "04", "05"]),
    ("wedding", ["06"]),
    ("13c", ["13c"]),
    ("Stadtrand", ["13a", "13b", "13c", "13d"]),
    ("Marzahn-Hellersdorf", ["11", "12"]),
    ("maerkisches viertel", ["03"]),
    ("Neukölln", ["09", "13c"]),
    ("no such place", []),
])
def test_search_by_code_name_bezirk(catalogue, query, expected):
    assert catalogue.search(query) == expected


def test_search_by_programme_and_department_finds_the_areas_it_applies_to(catalogue):
    bonus = next(p for p in catalogue.programmes if p.programme == "Bonus-Programm")
    assert catalogue.search("Bonus") == [a.code for a in catalogue.areas if bonus.applies(a.code)]
    assert catalogue.search("SenBJF") == catalogue.search("Bildung, Jugend")
    assert [p.programme for p in catalogue.search_programmes("bonus")] == ["Bonus-Programm"]


def test_a_programme_for_some_areas_only_is_found_only_there(tmp_path, catalogue):
    shutil.copytree(CATALOGUE_DIR, tmp_path, dirs_exist_ok=True)
    data = json.loads((tmp_path / "ressortbeitraege.json").read_text(encoding="utf-8"))
    data["programmes"].append({"id": "test", "department": "SenBJF", "programme": "Schulhofprogramm Test", "description": "",
                               "status": "context", "source": "", "applies_to": ["06", "09"], "applies_note": ""})
    (tmp_path / "ressortbeitraege.json").write_text(json.dumps(data), encoding="utf-8")
    extended = read_area_catalogue(folder=tmp_path)
    assert extended.search("Schulhofprogramm") == ["06", "09"]


def test_a_user_copy_takes_precedence(tmp_path):
    data = json.loads((CATALOGUE_DIR / "konzepte.json").read_text(encoding="utf-8"))
    data["documents"][5]["local_file"] = "/srv/share/GI-IHK_Wedding.pdf"
    (tmp_path / "konzepte.json").write_text(json.dumps(data), encoding="utf-8")
    catalogue = read_area_catalogue(user_folder=tmp_path)
    assert catalogue.documents_for("06")[0].local_file == "/srv/share/GI-IHK_Wedding.pdf"
    assert catalogue.files["konzepte.json"] == tmp_path / "konzepte.json"
    assert catalogue.files["handlungsraeume.json"] == CATALOGUE_DIR / "handlungsraeume.json"


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["areas"][0]["composition"].update(basis="guess"), "basis 'guess'"),
    (lambda d: d["areas"][1]["composition"]["units"][0].update(id="12345"), "LOR unit '12345'"),
    (lambda d: d["areas"][2].update(group="14"), "unknown group 14"),
    (lambda d: d.update(schema_version=2), "schema_version 2"),
    (lambda d: d["areas"][3].pop("name"), "without the field 'name'"),
])
def test_a_broken_catalogue_names_file_entry_and_problem(tmp_path, mutate, message):
    shutil.copytree(CATALOGUE_DIR, tmp_path, dirs_exist_ok=True)
    data = json.loads((tmp_path / "handlungsraeume.json").read_text(encoding="utf-8"))
    mutate(data)
    (tmp_path / "handlungsraeume.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AreaCatalogueError, match=message):
        read_area_catalogue(folder=tmp_path)


def test_criteria_derived_areas_keep_only_planungsraeume_meeting_the_mss_rule(catalogue):
    records = bundled_mss_records()
    moabit = catalogue.area("07")
    ids = area_plr_ids(moabit, records.keys(), records)
    all_in_moabit = [i for i in records if i.startswith("0120")]
    assert 0 < len(ids) < len(all_in_moabit)
    assert all(records[i]["si_n"] in (3, 4) or (records[i]["si_n"] == 2 and records[i]["di_n"] == 5) for i in ids)


def test_wedding_figures_against_a_hand_count(catalogue):
    records = bundled_mss_records()
    expected_ids = sorted(i for i in records if i[:6] in ("013007", "013008", "014010") or i == "01400942")
    figures = area_figures(catalogue.area("06"), records)
    assert [plr_id for plr_id, _ in figures["plr"]] == expected_ids
    assert figures["population"] == sum(records[i]["ew"] for i in expected_ids)
    assert sum(n for _, n in figures["status_mix"]) == len(expected_ids) == 15
