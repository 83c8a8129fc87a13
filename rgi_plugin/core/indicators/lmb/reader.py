"""Import of a Lernmittelbefreiung (Lmb) table: school number (BSN) + quota (+ school year).

The quotas are internal data of the administration (not public): read from the user's local
file only, never sent anywhere (the project keeps a reference, ``project.py``). No QGIS layer is
needed here; ``schools`` is a mapping BSN -> "is a public primary school"
(``layer.school_catalogue`` builds it from a layer). Every row is used or reported with its
reason (``tables.ImportReport``).
"""

from collections import namedtuple
from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ... import tables as ti
from ...common.i18n import in_language
from ...common.values import EMPTY, TEXT, format_decimal, parse_number
from .columns import BSN_PATTERN, HEADER_HINTS, LmbMapping, detect_columns, normalise_bsn, school_number_in, school_years
from .example import example_label, is_example_table

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

#: A data row of the table as read: its number, the raw school number and quota, the parsed quota, its school year.
_Row = namedtuple("_Row", "number raw_bsn raw parsed year")


@dataclass
class LmbImport:
    """The usable quotas (BSN -> percent) and the report of what happened to every row."""

    values: dict
    report: ti.ImportReport
    mapping: LmbMapping
    source: str
    school_year: object = None
    example: bool = False
    workspace: bool = False  # read from the shared workspace (the login's Bezirk(e) only), not from a file

    def label(self, language="de"):
        """Short description for layer names, the panel and exports."""
        text = Path(self.source).name
        if self.school_year:
            text += ", " + in_language(language).translate("LmbImport", "school year {year}").format(year=self.school_year)
        if self.example:
            text += " – " + example_label(language)
        return text


def import_lmb(source, mapping=None, schools=None):
    """Import a Lmb table (path or ``Table``) with ``mapping`` (default: detected).

    ``schools``: BSN -> bool (public primary school?) of the reference layer; without it the
    BSNs are not checked. Raises ``TableImportError`` for an unreadable or unusable file.
    """
    table = source if isinstance(source, ti.Table) else read_lmb_table(source, mapping)
    mapping = mapping or detect_columns(table)
    _check_mapping(table, mapping)
    year = _school_year(table, mapping)
    report = ti.ImportReport(
        source=table.path, table_description=table.describe(), key_label="BSN",
        columns={"bsn": mapping.bsn_column, "quota": mapping.quota_column, "school_year": mapping.school_year_column})
    report.example = is_example_table(table)
    report.rows_read = len(table.rows)
    report.add_layout(table)
    rows = _read_rows(table, mapping, report)
    report.scale, report.scale_reason = ti.decide_scale([r.parsed for r in rows if year is None or r.year == str(year)], mapping.scale)
    values = _resolve(_candidates(rows, year, report), report, schools)
    _check_not_empty(mapping, report, values)
    return LmbImport(values=values, report=report, mapping=mapping, source=table.path, school_year=year,
                     example=report.example, workspace=table.file_format == "workspace")


def _school_year(table, mapping):
    """The school year to import: the chosen one, else the latest in the file; None without a year column."""
    if not mapping.school_year_column:
        return None
    if mapping.school_year is not None:
        return mapping.school_year
    years = school_years(table, mapping.school_year_column)
    return years[-1] if years else None


def _read_rows(table, mapping, report):
    """The readable rows; a ragged one is reported, never guessed at."""
    bsn_index = table.headers.index(mapping.bsn_column)
    quota_index = table.headers.index(mapping.quota_column)
    year_index = table.headers.index(mapping.school_year_column) if mapping.school_year_column else None
    rows = []
    for number, cells in table.rows:
        def cell(i, cells=cells):
            return cells[i] if i is not None and i < len(cells) else None
        if table.ragged(cells, quota_index):  # never guess which cells belong together
            report.add("extra_cells", number, school_number_in(cells), table.row_text(cells), table.ragged_note(cells))
            continue
        rows.append(_Row(number, cell(bsn_index), cell(quota_index), parse_number(cell(quota_index)),
                         None if year_index is None else str(cell(year_index) or "").strip()))
    return rows


def _candidates(rows, year, report):
    """BSN -> [(row number, raw quota, parsed, percent, raw BSN)] of the usable rows; the others reported."""
    candidates = {}
    for row in rows:
        bsn = normalise_bsn(row.raw_bsn)
        if year is not None and row.year != str(year):
            report.add("other_year", row.number, bsn, row.raw, row.year or _translate("LmbImport", "no school year"))
        elif not bsn:
            report.add("empty_key", row.number, "", row.raw)
        elif row.parsed.problem == EMPTY:
            report.add("empty_value", row.number, bsn, "")
        elif row.parsed.problem == TEXT:
            report.add("text_value", row.number, bsn, row.raw)
        else:
            percent = ti.to_percent(row.parsed, report.scale)
            if not 0 <= percent <= 100:
                report.add("out_of_range", row.number, bsn, row.raw, _translate("LmbImport", "{value} % is outside 0–100 %").format(
                    value=format_decimal(percent)))
            else:
                candidates.setdefault(bsn, []).append((row.number, row.raw, row.parsed, percent, row.raw_bsn))
    return candidates


def _resolve(candidates, report, schools):
    values = {}
    for bsn in sorted(candidates):
        entries = candidates[bsn]
        if len({entry[3] for entry in entries}) > 1:
            for number, raw, _, _, _ in entries:
                report.add("conflicting_duplicate", number, bsn, raw)
            continue
        number, raw, parsed, percent, raw_bsn = entries[0]
        for other in entries[1:]:
            note = _translate("LmbImport", "same value as row {row}").format(row=number)
            report.add("duplicate", other[0], bsn, other[1], note)
        if schools is not None and bsn not in schools:
            note = "" if BSN_PATTERN.match(bsn) else _translate("LmbImport", "not a school number")
            report.add("unknown_key", number, str(raw_bsn).strip(), raw, note)
            continue
        values[bsn] = percent
        report.matched.append(ti.ReportEntry(number, bsn, format_decimal(percent)))
        if report.scale == ti.PERCENT and not parsed.percent_sign and 0 < percent <= 1:
            report.add("possible_share", number, bsn, raw)
        if schools is not None and not schools[bsn]:
            report.add("not_in_criterion", number, bsn, raw)
    return values


def read_lmb_table(path, mapping=None):
    """The file of a Lmb table as a ``Table``: the mapping's sheet and header row, else detected."""
    return ti.read_table(path, getattr(mapping, "sheet", None), getattr(mapping, "header_row", None), HEADER_HINTS)


def _check_mapping(table, mapping):
    columns = ", ".join(table.headers)
    roles = ((mapping.bsn_column, _translate("LmbImport", "school number")),
             (mapping.quota_column, _translate("LmbImport", "Lmb quota")),
             (mapping.school_year_column, _translate("LmbImport", "school year")))
    chosen = [(column, role) for column, role in roles if column]
    for i, (column, role) in enumerate(chosen):
        for other, other_role in chosen[i + 1:]:
            if column == other:
                raise ti.TableImportError(_translate(
                    "LmbImport", "{name}: the column “{column}” is chosen for two roles ({first} and {second}). Choose one "
                    "column for each.").format(name=Path(table.path).name, column=column, first=role, second=other_role))
    if not mapping.bsn_column or mapping.bsn_column not in table.headers:
        raise ti.TableImportError(_translate("LmbImport",
            "{name} has no column with school numbers (BSN). Columns found: {columns}. Name the column "
            "“BSN” or “Schulnummer”, or choose it in the import dialog.").format(
            name=Path(table.path).name, columns=columns))
    if not mapping.quota_column or mapping.quota_column not in table.headers or mapping.quota_column == mapping.bsn_column:
        raise ti.TableImportError(_translate("LmbImport",
            "{name} has no column with the Lmb quota. Columns found: {columns}. Name it “Lmb-Quote” "
            "or choose it in the import dialog.").format(name=Path(table.path).name, columns=columns))
    if mapping.school_year_column and mapping.school_year_column not in table.headers:
        raise ti.TableImportError(_translate("LmbImport", "{name} has no column “{column}”.").format(
            name=Path(table.path).name, column=mapping.school_year_column))


def _check_not_empty(mapping, report, values):
    if values or report.matched:
        return
    if len(report.entries("text_value")) == report.rows_read:
        note = _translate("LmbImport", "No value of the column “{column}” is a number: is it the right column?")
        report.notes.append(note.format(column=mapping.quota_column))
