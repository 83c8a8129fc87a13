"""Import of a Lernmittelbefreiung (Lmb) table: school number (BSN) + quota (+ school year).

The quotas are internal data of the administration (not public): read from the user's local
file only, never sent anywhere. The project keeps a *reference* to the file (path + column
mapping) in its custom entries, or, if the user chooses, the values themselves (*embedded*):

    scope ``gemeinschaftsinitiative_berlin``, key ``lmb/source``: JSON
    {"version": 1, "mode": "reference" | "embedded", "path": ..., "mapping": {...},
     "school_year": ..., "example": bool, "values": {bsn: percent} (embedded only)}

The path is stored through ``QgsProject.writePath`` (relative when the project uses relative
paths). No QGIS layer is needed here; ``schools`` is a mapping BSN -> "is a public primary
school" (``indicators.school_catalogue`` builds it from a layer).
"""

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ....definitions import properties
from ...common.i18n import in_language
from ...tables import table as ti
from .example import example_label, is_example_table

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

_BSN = re.compile(r"^(\d{1,2})([A-Z])(\d{1,2})$")
BSN_PATTERN = re.compile(r"^\d{2}[A-Z]\d{2}$")

#: Column-name patterns over simplified names (see ``table_import.simplify_header``), best first.
BSN_PATTERNS = (r"^bsn$", r"bsn", r"schulnummer", r"schulnr", r"^schulid$")
QUOTA_PATTERNS = (r"^lmb(quote|anteil)?", r"lmb", r"lernmittel", r"quote", r"anteil", r"prozent")
YEAR_PATTERNS = (r"^schuljahr$", r"schuljahr", r"^sj$", r"^jahr$")
#: Names of counts ("Lmb Anzahl", "davon lmb-befreit", "Schüler"): never the quota, unless they
#: also say share or percent.
COUNT_PATTERN = r"anzahl|davon|zahl|summe|schueler|^n$"
SHARE_PATTERN = r"quote|anteil|prozent|quota|share"
#: The quota's words: a column named so is not the school year ("Lmb-Quote Schuljahr 2023/24").
QUOTA_WORDS = r"lmb|quote|anteil|lernmittel|prozent"
#: What a header row names: a school number column and a quota column (see ``table_import.detect_header``).
HEADER_HINTS = (BSN_PATTERNS, QUOTA_PATTERNS)


def normalise_bsn(value):
    """A Berlin school number in its canonical form (``" 1g01 "`` -> ``"01G01"``), None if empty.

    Spaces are removed and letters upper-cased; a Bezirk or serial number that lost its leading
    zero is padded. Anything else is returned cleaned, so that the report can list it.
    """
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = re.sub(r"[\s\u00a0]", "", str(value)).upper()
    if text == "":
        return None
    match = _BSN.match(text)
    if match:
        return "{:0>2}{}{:0>2}".format(*match.groups())
    return text


@dataclass
class LmbMapping:
    """Which column holds what; saved with the project so the import can be repeated."""

    bsn_column: object = None
    quota_column: object = None
    school_year_column: object = None
    school_year: object = None  # None: the latest year in the file
    scale: str = ti.AUTO
    sheet: object = None
    header_row: object = None  # None: detected
    detected_by: dict = field(default_factory=dict)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)


def is_count_column(header):
    """True for the name of a count ("Lmb Anzahl", "davon lmb-befreit"), not of a share or percent."""
    name = ti.simplify_header(header)
    return bool(re.search(COUNT_PATTERN, name)) and not re.search(SHARE_PATTERN, name) and "%" not in str(header)


def detect_columns(table):
    """Guess the mapping from column names, then (for the BSN) from content. Each column takes one
    role at most; counts are never the quota, and a column named after the quota is not the year."""
    mapping = LmbMapping(sheet=table.sheet or None, header_row=None if table.header_detected else table.header_row)
    mapping.bsn_column = ti.best_column(table.headers, BSN_PATTERNS)
    if mapping.bsn_column is not None:
        mapping.detected_by["bsn"] = "name"
    else:
        mapping.bsn_column = _column_of_school_numbers(table)
        if mapping.bsn_column is not None:
            mapping.detected_by["bsn"] = "content"
    others = [h for h in table.headers if h != mapping.bsn_column]
    years = [h for h in others if not re.search(QUOTA_WORDS, ti.simplify_header(h))]
    mapping.school_year_column = ti.best_column(years, YEAR_PATTERNS)
    others = [h for h in others if h != mapping.school_year_column and not is_count_column(h)]
    mapping.quota_column = ti.best_column(others, QUOTA_PATTERNS)
    if mapping.quota_column is not None:
        mapping.detected_by["quota"] = "name"
    return mapping


def _column_of_school_numbers(table):
    """A column in which at least 80 % of the filled cells look like school numbers."""
    for header in table.headers:
        cells = [normalise_bsn(cell) for _, cell in table.column(header)]
        filled = [cell for cell in cells if cell]
        if filled and sum(1 for cell in filled if BSN_PATTERN.match(cell)) >= 0.8 * len(filled):
            return header
    return None


_SCHOOL_YEAR = re.compile(r"(\d{4})(\s*[/-]\s*\d{2,4})?")


def school_years(table, column):
    """The distinct school years of ``column`` ("2023/24", "2023/2024", "SJ 2023/24", 2023), latest
    last (by the year they start). Other text in the column (a "Summe", a note) is no school year;
    only when the column holds no school year at all are its values taken as they are."""
    if not column:
        return []
    index = table.headers.index(column)
    values = {str(cells[index]).strip() for _, cells in table.rows
              if index < len(cells) and cells[index] not in (None, "") and not table.ragged(cells)}
    years = {value: _SCHOOL_YEAR.search(value) for value in values}
    years = {value: int(match.group(1)) for value, match in years.items() if match}
    if not years:
        return sorted(values)
    return sorted(years, key=lambda value: (years[value], value))


@dataclass
class LmbImport:
    """The usable quotas (BSN -> percent) and the report of what happened to every row."""

    values: dict
    report: ti.ImportReport
    mapping: LmbMapping
    source: str
    school_year: object = None
    example: bool = False

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
    years = school_years(table, mapping.school_year_column)
    year = None
    if mapping.school_year_column:  # a chosen year, else the latest in the file
        year = mapping.school_year if mapping.school_year is not None else (years[-1] if years else None)
    report = ti.ImportReport(
        source=table.path, table_description=table.describe(), key_label="BSN",
        columns={"bsn": mapping.bsn_column, "quota": mapping.quota_column, "school_year": mapping.school_year_column})
    report.example = is_example_table(table)
    report.rows_read = len(table.rows)
    report.add_layout(table)

    bsn_index = table.headers.index(mapping.bsn_column)
    quota_index = table.headers.index(mapping.quota_column)
    year_index = table.headers.index(mapping.school_year_column) if mapping.school_year_column else None
    rows = []
    for number, cells in table.rows:
        def cell(i, cells=cells):
            return cells[i] if i is not None and i < len(cells) else None
        if table.ragged(cells, quota_index):  # never guess which cells belong together
            report.add("extra_cells", number, _school_number_in(cells), table.row_text(cells), table.ragged_note(cells))
            continue
        rows.append((number, cell(bsn_index), cell(quota_index), ti.parse_number(cell(quota_index)),
                     None if year_index is None else str(cell(year_index) or "").strip()))
    in_year = [r for r in rows if year is None or r[4] == str(year)]
    report.scale, report.scale_reason = ti.decide_scale([r[3] for r in in_year], mapping.scale)

    candidates = {}
    for number, raw_bsn, raw, parsed, row_year in rows:
        bsn = normalise_bsn(raw_bsn)
        if year is not None and row_year != str(year):
            report.add("other_year", number, bsn, raw, row_year or _translate("LmbImport", "no school year"))
        elif not bsn:
            report.add("empty_key", number, "", raw)
        elif parsed.problem == ti.EMPTY:
            report.add("empty_value", number, bsn, "")
        elif parsed.problem == ti.TEXT:
            report.add("text_value", number, bsn, raw)
        else:
            percent = ti.to_percent(parsed, report.scale)
            if not 0 <= percent <= 100:
                report.add("out_of_range", number, bsn, raw, _translate("LmbImport", "{value} % is outside 0–100 %").format(
                    value=ti.format_decimal(percent)))
            else:
                candidates.setdefault(bsn, []).append((number, raw, parsed, percent, raw_bsn))

    values = _resolve(candidates, report, schools)
    _check_not_empty(table, mapping, report, values)
    return LmbImport(values=values, report=report, mapping=mapping, source=table.path, school_year=year,
                     example=report.example)


def _school_number_in(cells):
    """The first cell that is a school number (for the report of a row whose columns are unclear)."""
    for cell in cells:
        bsn = normalise_bsn(cell) if cell not in (None, "") else None
        if bsn and BSN_PATTERN.match(bsn):
            return bsn
    return ""


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
        report.matched.append(ti.ReportEntry(number, bsn, ti.format_decimal(percent)))
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


def _check_not_empty(table, mapping, report, values):
    if values or report.matched:
        return
    if len(report.entries("text_value")) == report.rows_read:
        note = _translate("LmbImport", "No value of the column “{column}” is a number: is it the right column?")
        report.notes.append(note.format(column=mapping.quota_column))


# -- project reference ------------------------------------------------------------------------

def store_in_project(project, result, embed=False):
    """Remember the import in ``project``: a reference to the file, or the values (``embed``)."""
    entry = {
        "version": 1,
        "mode": "embedded" if embed else "reference",
        "path": project.writePath(str(result.source)),
        "mapping": result.mapping.to_dict(),
        "school_year": result.school_year,
        "example": result.example,
    }
    if embed:
        entry["values"] = dict(sorted(result.values.items()))
    project.writeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, json.dumps(entry, ensure_ascii=False))
    project.setDirty(True)
    return entry


def stored_entry(project):
    """The stored entry (dict) or None."""
    text, found = project.readEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, "")
    if not found or not text:
        return None
    try:
        entry = json.loads(text)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) and entry.get("version") == 1 else None


def restore_from_project(project, schools=None):
    """The Lmb values the project refers to (re-read from the file, or embedded); None if none.

    Raises ``TableImportError`` when the referenced file is missing or no longer readable.
    """
    entry = stored_entry(project)
    if entry is None:
        return None
    path = project.readPath(entry.get("path", ""))
    mapping = LmbMapping.from_dict(entry.get("mapping", {}))
    if entry.get("mode") == "embedded":
        values = {str(k): float(v) for k, v in entry.get("values", {}).items()}
        description = _translate("LmbImport", "values embedded in the project")
        report = ti.ImportReport(source=path, table_description=description, key_label="BSN",
                                 columns={"bsn": mapping.bsn_column, "quota": mapping.quota_column,
                                          "school_year": mapping.school_year_column})
        report.rows_read = len(values)
        report.example = bool(entry.get("example"))
        report.matched = [ti.ReportEntry(None, bsn, ti.format_decimal(v)) for bsn, v in sorted(values.items())]
        return LmbImport(values=values, report=report, mapping=mapping, source=path,
                         school_year=entry.get("school_year"), example=report.example)
    if not Path(path).is_file():
        message = _translate("LmbImport", "The Lmb table of this project was not found: {path}. Import it again.")
        raise ti.TableImportError(message.format(path=path))
    mapping.school_year = entry.get("school_year", mapping.school_year)
    return import_lmb(path, mapping, schools)


def remove_from_project(project):
    project.removeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY)
