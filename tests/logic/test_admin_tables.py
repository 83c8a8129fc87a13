"""Issue 10, the tables part: what Berlin's administration really writes, read or reported.

Every bad input is a small file under ``tests/data/`` (see its README); every test asserts the
exact line of the report. The overlay part is ``tests/processing/criteria_overlay/test_admin_inputs.py``.
"""

import shutil

import pytest

from rgi_plugin.core import tables as ti
from rgi_plugin.core.indicators import lmb as lmb_import
from rgi_plugin.definitions.paths import EXAMPLE_LMB_FILE
from support.paths import DATA
from support.tables import listed, school_catalogue


@pytest.fixture(scope="module")
def catalogue():
    return school_catalogue()


def test_1_an_unquoted_decimal_comma_is_reported_never_read_as_a_changed_number(catalogue):
    result = lmb_import.import_lmb(DATA / "lmb_komma_mehrdeutig.csv", None, catalogue)
    assert result.values == {"01G25": 79.4, "01G27": 75.0}  # 01G24 is neither 81 nor 81.5: it is not used
    assert listed(result, "extra_cells") == [(2, "01G24", "01G24,81,5")]
    assert result.report.entries("extra_cells")[0].note == (
        "3 cells, but the header has 2: a decimal comma in an unquoted number? Quote such numbers (\"81,5\") or use "
        "semicolons as delimiter.")
    assert ti.category_title("extra_cells", "BSN") == "Rows with more cells than the header (not used)"
    assert result.report.summary() == "3 rows read: 2 used, 1 not used (listed below)."


def test_7_a_title_above_the_header_is_found_and_listed(catalogue):
    table = ti.read_table(DATA / "lmb_titelzeile.csv")
    assert (table.delimiter, table.header_row, [n for n, _ in table.rows]) == (";", 4, [5, 6, 7])
    assert table.headers == ["Schulnummer", "Schulname", "Lmb Anzahl", "Lmb-Quote Schuljahr 2023/24"]
    result = lmb_import.import_lmb(DATA / "lmb_titelzeile.csv", None, catalogue)
    mapping = result.mapping
    assert (mapping.bsn_column, mapping.quota_column, mapping.school_year_column) == (
        "Schulnummer", "Lmb-Quote Schuljahr 2023/24", None)
    assert result.values == {"01G24": 81.5, "01G28": 74.9, "01G40": 75.0}
    assert listed(result, "above_header") == [
        (1, "", "Lernmittelbefreiung an öffentlichen Grundschulen, Stand 1. Oktober 2023"), (2, "", "(vorläufige Auswertung)")]
    assert listed(result, "blank_row") == [(3, "", "")]
    assert ti.category_title("above_header", "BSN") == "Rows above the header (skipped)"


def test_7_count_columns_are_not_taken_as_the_quota():
    table = ti.read_table(DATA / "lmb_anzahlen.csv")
    mapping = lmb_import.detect_columns(table)
    assert (mapping.bsn_column, mapping.quota_column) == ("BSN", "Anteil lernmittelbefreit")
    only_counts = ti.Table(path="x.csv", headers=["BSN", "Lmb Anzahl", "davon lmb-befreit"], rows=[(2, ["01G01", "3", "2"])],
                           file_format="csv")
    assert lmb_import.detect_columns(only_counts).quota_column is None


def test_7_one_column_cannot_take_two_roles(catalogue):
    table = ti.read_table(DATA / "lmb_schuljahre.csv")
    mapping = lmb_import.detect_columns(table)
    mapping.school_year_column = mapping.quota_column
    with pytest.raises(ti.TableImportError) as error:
        lmb_import.import_lmb(table, mapping, catalogue)
    assert str(error.value) == ("lmb_schuljahre.csv: the column “{}” is chosen for two roles (Lmb quota and school year). "
                                "Choose one column for each.".format(mapping.quota_column))


def test_10_the_example_table_is_marked_inside_its_data_so_a_renamed_copy_stays_labelled(tmp_path, catalogue):
    copy = tmp_path / "quoten_2023.csv"
    shutil.copy(EXAMPLE_LMB_FILE, copy)
    assert lmb_import.import_lmb(copy, None, catalogue).example
    with open(EXAMPLE_LMB_FILE, encoding="utf-8") as handle:
        header, first = handle.readline(), handle.readline()
    assert header.strip() == "bsn;lmb_quote;schuljahr;hinweis"
    assert first.strip().endswith(";Beispieldaten – keine amtlichen Werte")
    named = tmp_path / "lmb_beispieldaten.csv"  # the name alone no longer marks a table as example
    shutil.copy(DATA / "lmb_deutsche_dezimalzahlen.csv", named)
    assert not lmb_import.import_lmb(named, None, catalogue).example
