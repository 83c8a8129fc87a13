"""Sozialstrukturatlas: Planungsraum tables (LOR 2021 and old LOR), layers from a service, the styled layer."""

import json

import pytest

from rgi_plugin.core import tables as ti
from rgi_plugin.core.indicators import social as social_atlas
from rgi_plugin.definitions.paths import DATA_DIR
from support.paths import DATA
from support.tables import listed, unaccounted_rows


@pytest.fixture(scope="module")
def plr_ids():
    with open(DATA_DIR / "lor_planungsraeume_2021.geojson", encoding="utf-8") as handle:
        return {f["properties"]["plr_id"] for f in json.load(handle)["features"]}


def test_lor_2021_table_is_joined_and_every_problem_listed(plr_ids):
    result = social_atlas.import_social_table(DATA / "sozialatlas_lor2021.csv", plr_ids)
    assert result.lor_edition == social_atlas.LOR_2021
    assert (result.mapping.id_column, result.mapping.class_column) == ("PLR_ID", "Schicht")
    assert result.classes == {"01300730": 7, "01300731": 7, "01300732": 6, "01401046": 2}
    assert listed(result, "duplicate") == [(6, "01401046", "2")]
    assert listed(result, "out_of_range") == [(7, "01401047", "9")]
    assert listed(result, "empty_value") == [(8, "01401048", "")]
    assert listed(result, "text_value") == [(9, "01401049", "hoch")]
    assert listed(result, "unknown_key") == [(10, "99999999", "7"), (11, "0130A733", "5")]
    assert [e.note for e in result.report.entries("unknown_key")] == ["not a Planungsraum of LOR 2021", "not an 8-digit Planungsraum id"]
    table = ti.read_table(DATA / "sozialatlas_lor2021.csv")
    assert unaccounted_rows(result.report, [n for n, _ in table.rows]) == []
    assert "538 Planungsräume of LOR 2021 have no class in this table." in result.report.notes


def test_old_lor_table_is_recognised_and_not_joined(plr_ids):
    result = social_atlas.import_social_table(DATA / "sozialatlas_lor_alt.csv", plr_ids)
    assert result.lor_edition == social_atlas.LOR_BEFORE_2021
    assert result.classes == {}
    assert [e.key for e in result.report.entries("old_lor_id")] == [
        "01011101", "01011102", "01011103", "01022201", "01033101", "01033102"]
    note = result.report.notes[0]
    assert note.startswith("6 of 6 ids are not Planungsräume of LOR 2021: the table uses the Planungsräume from before 2021 (447 LOR).")
    assert "nothing was joined" in note
    assert result.report.summary() == "6 rows read: 0 used, 6 not used (listed below)."


def test_xlsx_table_with_integer_ids_that_lost_their_leading_zero(plr_ids, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["Planungsraum-Nr.", "Name", "Schicht 2013"])
    workbook.active.append([1100101, "Stülerstraße", 7])
    workbook.active.append([1100102, "Großer Tiergarten", 3.0])
    path = tmp_path / "atlas.xlsx"
    workbook.save(path)
    result = social_atlas.import_social_table(path, plr_ids)
    assert result.classes == {"01100101": 7, "01100102": 3}


def test_table_without_id_column_gives_a_clear_error(plr_ids, tmp_path):
    path = tmp_path / "atlas.csv"
    path.write_text("Name;Schicht\nStülerstraße;7\n", encoding="utf-8")
    with pytest.raises(ti.TableImportError, match="atlas.csv has no column with Planungsraum ids. Columns found: Name, Schicht."):
        social_atlas.import_social_table(path, plr_ids)


@pytest.mark.parametrize("cell, value", [(7, 7), (7.0, 7), ("7", 7), ("Schicht 7", 7), (" 3,0 ", 3), (None, None), ("", None)])
def test_parse_class(cell, value):
    assert social_atlas.parse_class(cell) == value


@pytest.mark.parametrize("cell", ["hoch", 7.5, "7a"])
def test_parse_class_rejects_text(cell):
    with pytest.raises(ValueError):
        social_atlas.parse_class(cell)


