"""Import of Lmb tables: every case of issue 5 point 2 with its expected result or message."""

import shutil

import pytest

from rgi_plugin.core import tables as ti
from rgi_plugin.core.common import values
from rgi_plugin.core.indicators import lmb as lmb_import
from rgi_plugin.definitions.paths import EXAMPLE_LMB_FILE
from support.paths import DATA
from support.tables import listed, school_catalogue, unaccounted_rows


@pytest.fixture(scope="module")
def schools():
    return school_catalogue()


def run(name, schools, mapping=None):
    result = lmb_import.import_lmb(DATA / name, mapping, schools)
    table = ti.read_table(DATA / name)
    assert unaccounted_rows(result.report, [number for number, _ in table.rows]) == [], "a row was dropped unlisted"
    return result


# -- encodings, delimiters, formats ---------------------------------------------------------------

def test_semicolon_latin1_file_with_school_year(schools):
    table = ti.read_table(DATA / "lmb_semikolon_latin1.csv")
    assert (table.encoding, table.delimiter) == ("Windows-1252 (Latin-1)", ";")
    assert table.rows[0][1][1] == "Gottfried-Röhl-Grundschule"
    mapping = lmb_import.detect_columns(table)
    assert (mapping.bsn_column, mapping.quota_column, mapping.school_year_column) == ("Schulnummer", "LMB-Quote", "Schuljahr")
    result = run("lmb_semikolon_latin1.csv", schools)
    assert result.values == {"01G24": 81.5, "01G28": 74.9, "01G40": 75.0, "02G18": 62.3, "12G02": 48.0}
    assert result.school_year == "2023/24"
    assert result.report.problem_count() == 0
    assert not result.example


def test_utf8_bom_comma_file_with_quoted_german_decimals(schools):
    table = ti.read_table(DATA / "lmb_utf8_bom.csv")
    assert (table.encoding, table.delimiter, table.headers[0]) == ("UTF-8 (BOM)", ",", "BSN")
    result = run("lmb_utf8_bom.csv", schools)
    assert result.values == {"01G25": 88.2, "01G27": 79.4, "02G20": 55.0}


@pytest.mark.parametrize("content, encoding, delimiter", [
    ("sep=;\r\nBSN;Lmb-Quote\r\n01G24;81,5\r\n", "cp1252", ";"),  # Excel's delimiter line
    ("BSN\tLmb-Quote\n01G24\t81,5\n", "utf-16", "\t"),  # Excel's "Unicode text"
    ("BSN,Lmb-Quote\n01G24,81.5\n", "utf-8", ","),  # English decimals
])
def test_other_csv_dialects(tmp_path, schools, content, encoding, delimiter):
    path = tmp_path / "quoten.csv"
    path.write_bytes(content.encode(encoding))
    assert ti.read_table(path).delimiter == delimiter
    assert lmb_import.import_lmb(path, None, schools).values == {"01G24": 81.5}


def test_a_single_column_file_has_no_quota_column(tmp_path):
    path = tmp_path / "nur_bsn.csv"
    path.write_text("BSN\n01G24\n", encoding="utf-8")
    with pytest.raises(ti.TableImportError, match="nur_bsn.csv has no column with the Lmb quota. Columns found: BSN."):
        lmb_import.import_lmb(path)


@pytest.fixture
def xlsx_shares(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Lmb 2023-24"
    sheet.append(["Schulnummer (BSN)", "Anteil lernmittelbefreit", "Schuljahr"])
    for row in (["01G31", 0.753, "2023/24"], ["01G32", 0.749, "2023/24"], ["01G35", 0.75, "2023/24"], ["01G36", "0,8", "2023/24"]):
        sheet.append(row)
    sheet["B2"].number_format = "0.0%"
    other = workbook.create_sheet("Notizen")
    other.append(["nichts"])
    path = tmp_path / "lmb_anteile.xlsx"
    workbook.save(path)
    return path


def test_xlsx_with_shares_as_numbers_and_text(schools, xlsx_shares):
    table = ti.read_table(xlsx_shares)
    assert (table.file_format, table.sheet, table.sheets) == ("xlsx", "Lmb 2023-24", ["Lmb 2023-24", "Notizen"])
    result = lmb_import.import_lmb(xlsx_shares, None, schools)
    assert result.report.scale == ti.SHARE
    assert result.values == {"01G31": 75.3, "01G32": 74.9, "01G35": 75.0, "01G36": 80.0}
    assert [e.row for e in result.report.matched] == [2, 3, 4, 5]  # Excel row numbers


def test_xlsx_second_sheet_and_percent_numbers(schools, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["Deckblatt"])
    sheet = workbook.create_sheet("Daten")
    sheet.append([None])
    sheet.append(["BSN", "Lmb-Quote"])
    sheet.append(["01G41", 81.5])
    sheet.append(["01G43", 75])
    path = tmp_path / "lmb.xlsx"
    workbook.save(path)
    with pytest.raises(ti.TableImportError) as error:
        lmb_import.import_lmb(path, None, schools)  # the first sheet is only a cover page
    assert str(error.value) == ("lmb.xlsx has a header row but no data rows. It was read from the sheet “Sheet”; "
                                "the workbook has the sheets Sheet, Daten.")
    table = ti.read_table(path, "Daten")
    result = lmb_import.import_lmb(table, None, schools)
    assert result.values == {"01G41": 81.5, "01G43": 75.0}
    assert [e.row for e in result.report.matched] == [3, 4]
    with pytest.raises(ti.TableImportError, match="has no sheet “Lmb”"):
        ti.read_table(path, "Lmb")


def test_a_file_that_is_not_a_workbook_gives_a_clear_error(tmp_path):
    path = tmp_path / "kaputt.xlsx"
    path.write_text("BSN;Quote\n01G01;80\n", encoding="utf-8")
    with pytest.raises(ti.TableImportError, match="kaputt.xlsx cannot be read as an Excel workbook"):
        ti.read_table(path)
    old = tmp_path / "alt.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ti.TableImportError, match=r"old Excel format \.xls"):
        ti.read_table(old)


# -- number formats -------------------------------------------------------------------------------

def test_german_decimals(schools):
    result = run("lmb_deutsche_dezimalzahlen.csv", schools)
    assert result.report.scale == ti.PERCENT
    assert result.values == {"01G31": 75.3, "01G32": 74.9, "01G35": 75.0, "01G36": 60.5, "01G37": 91.25}


def test_percent_signs(schools):
    result = run("lmb_prozentzeichen.csv", schools)
    assert result.values == {"01G38": 75.3, "01G39": 74.9, "01G41": 75.0, "01G43": 100.0}


def test_shares_are_recognised_per_column_and_scaled_exactly(schools):
    result = run("lmb_anteile.csv", schools)
    assert result.report.scale == ti.SHARE
    assert "between 0 and 1" in result.report.scale_reason
    assert result.values == {"01G45": 75.3, "01G48": 74.9, "02G27": 75.0, "02G31": 50.0}


def test_user_can_override_the_scale_and_small_percent_values_are_flagged(schools):
    table = ti.read_table(DATA / "lmb_anteile.csv")
    mapping = lmb_import.detect_columns(table)
    mapping.scale = ti.PERCENT
    result = lmb_import.import_lmb(table, mapping, schools)
    assert result.values["01G45"] == pytest.approx(0.753)
    assert [e.key for e in result.report.entries("possible_share")] == ["01G45", "01G48", "02G27", "02G31"]
    assert result.report.scale_reason == "chosen by the user"


@pytest.mark.parametrize("cell, value, percent, problem", [
    ("75,3", "75.3", False, ""), ("75,3 %", "75.3", True, ""), ("0,753", "0.753", False, ""), ("1.234,5", "1234.5", False, ""),
    ("75.3", "75.3", False, ""), (" 80 ", "80", False, ""), ("80\u00a0%", "80", True, ""), (75.3, "75.3", False, ""),
    (None, None, False, values.EMPTY), ("  ", None, False, values.EMPTY), ("k. A.", None, False, values.TEXT),
    ("7,5,3", None, False, values.TEXT),
])
def test_parse_number(cell, value, percent, problem):
    parsed = values.parse_number(cell)
    assert (None if parsed.value is None else str(parsed.value), parsed.percent_sign, parsed.problem) == (value, percent, problem)


# -- problems listed in the report ----------------------------------------------------------------

def test_duplicates(schools):
    result = run("lmb_duplikate.csv", schools)
    assert result.values == {"01G25": 80.0, "01G28": 76.0}
    assert listed(result, "conflicting_duplicate") == [(3, "01G27", "70,0"), (6, "01G27", "72,0")]
    assert listed(result, "duplicate") == [(4, "01G25", "80")]
    assert result.report.entries("duplicate")[0].note == "same value as row 2"


def test_unknown_and_normalised_school_numbers(schools):
    result = run("lmb_unbekannte_bsn.csv", schools)
    assert listed(result, "unknown_key") == [(2, "01G99", "70"), (3, "Schule am See", "65")]
    assert [e.note for e in result.report.entries("unknown_key")] == ["", "not a school number"]
    assert result.values == {"01G29": 80.0, "01G31": 77.0, "02G01": 40.0, "01K01": 50.0}
    assert listed(result, "not_in_criterion") == [(7, "01K01", "50")]


def test_text_in_the_number_column(schools):
    result = run("lmb_text_in_zahlenspalte.csv", schools)
    assert listed(result, "text_value") == [(2, "01G24", "k. A."), (3, "01G25", "ca. 80"), (5, "01G28", "n/a")]
    assert result.values == {"01G27": 78.5}


def test_empty_and_out_of_range_values(schools):
    result = run("lmb_leer_und_ausserhalb.csv", schools)
    assert listed(result, "empty_value") == [(2, "01G24", ""), (9, "01G31", "")]
    assert listed(result, "out_of_range") == [(3, "01G25", "120"), (4, "01G27", "-5")]
    assert listed(result, "empty_key") == [(7, "", "70")]
    assert listed(result, "blank_row") == [(8, "", "")]
    assert result.values == {"01G28": 100.0, "01G29": 0.0}
    assert result.report.summary() == "7 rows read: 2 used, 5 not used (listed below)."


def test_latest_school_year_is_the_default_and_other_years_are_listed(schools):
    result = run("lmb_schuljahre.csv", schools)
    assert (result.school_year, result.values) == ("2023/24", {"01G24": 76.0, "01G25": 74.0})
    assert listed(result, "other_year") == [(2, "01G24", "70,0"), (3, "01G25", "71,0")]
    table = ti.read_table(DATA / "lmb_schuljahre.csv")
    mapping = lmb_import.detect_columns(table)
    mapping.school_year = "2022/23"
    assert lmb_import.import_lmb(table, mapping, schools).values == {"01G24": 70.0, "01G25": 71.0}


# -- files that cannot be imported ----------------------------------------------------------------

def test_empty_file():
    with pytest.raises(ti.TableImportError, match=r"^lmb_leer.csv is empty\.$"):
        lmb_import.import_lmb(DATA / "lmb_leer.csv")
    with pytest.raises(ti.TableImportError, match="has a header row but no data rows"):
        lmb_import.import_lmb(DATA / "lmb_nur_kopfzeile.csv")


def test_file_without_bsn_column():
    with pytest.raises(ti.TableImportError) as error:
        lmb_import.import_lmb(DATA / "lmb_ohne_bsn.csv")
    assert str(error.value) == (
        "lmb_ohne_bsn.csv has no column with school numbers (BSN). Columns found: Schule, Quote. Name the column "
        "“BSN” or “Schulnummer”, or choose it in the import dialog.")


def test_only_local_files_are_read():
    with pytest.raises(ti.TableImportError, match="does not exist"):
        ti.read_table("https://example.org/lmb.csv")


@pytest.mark.parametrize("raw, bsn", [(" 01g01 ", "01G01"), ("1G1", "01G01"), ("01 G 25", "01G25"), ("", None), (None, None),
                                      ("Schule am See", "SCHULEAMSEE")])
def test_normalise_bsn(raw, bsn):
    assert lmb_import.normalise_bsn(raw) == bsn


@pytest.mark.parametrize("headers, expected", [
    (["BSN", "Lmb"], ("BSN", "Lmb", None)),
    (["Schul-Nr.", "Schule", "Anteil lernmittelbefreit (%)", "SJ"], ("Schul-Nr.", "Anteil lernmittelbefreit (%)", "SJ")),
    (["Berliner Schulnummer", "Lernmittelbefreiung in %", "Jahr"], ("Berliner Schulnummer", "Lernmittelbefreiung in %", "Jahr")),
    (["Nummer", "Quote"], ("Nummer", "Quote", None)),  # BSN found from the content
])
def test_detect_columns(headers, expected):
    table = ti.Table(path="x.csv", headers=headers, rows=[(2, ["01G01"] + ["1"] * (len(headers) - 1))], file_format="csv")
    mapping = lmb_import.detect_columns(table)
    assert (mapping.bsn_column, mapping.quota_column, mapping.school_year_column) == expected


# -- the example table and the project reference --------------------------------------------------

def test_example_table_is_recognised_by_a_comment_or_a_labelled_cell_not_by_its_name(tmp_path, schools):
    named = tmp_path / "lmb_beispieldaten.csv"
    shutil.copy(DATA / "lmb_deutsche_dezimalzahlen.csv", named)
    assert not lmb_import.import_lmb(named, None, schools).example  # a name says nothing about the values
    commented = tmp_path / "quoten.csv"
    commented.write_text("# Beispieldaten – keine amtlichen Werte\nbsn;lmb_quote\n01G31;75,3\n", encoding="utf-8")
    result = lmb_import.import_lmb(commented, None, schools)
    assert result.example and result.values == {"01G31": 75.3}
    assert result.label("de") == "quoten.csv – Beispieldaten – keine amtlichen Werte"
    labelled = tmp_path / "tabelle.csv"
    labelled.write_text("bsn;lmb_quote;Hinweis\n01G31;75,3;example data - not official values\n", encoding="utf-8")
    assert lmb_import.import_lmb(labelled, None, schools).example


def test_bundled_example_table_imports_completely_and_is_labelled(schools):
    """The contract with scripts/build_example_lmb.py: its file is found, read and marked as example."""
    result = lmb_import.import_lmb(EXAMPLE_LMB_FILE, None, schools)
    assert result.example and result.report.example
    assert result.report.problem_count() == 0 and result.report.entries("not_in_criterion") == []
    assert set(result.values) == {bsn for bsn, primary in schools.items() if primary}
    assert result.label("de") == "lmb_beispieldaten.csv, Schuljahr 2023/24 – Beispieldaten – keine amtlichen Werte"


# -- the dialogs ----------------------------------------------------------------------------------


