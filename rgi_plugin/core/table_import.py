"""Reading a user's table (CSV or XLSX) and the import report: shared by the Lmb and social imports.

The tables are internal data of the administration: they are read from the local file only,
never sent anywhere. Nothing is dropped silently: every row that is not used ends up in a
category of ``ImportReport`` with its row number as the user sees it (CSV line, Excel row).

Reading rules (documented for users in the report):
- CSV: encoding UTF-8 with BOM, UTF-16 with BOM, UTF-8, else Windows-1252/Latin-1; the
  delimiter is the one named in an Excel ``sep=;`` first line, else the one (``;``, ``,`` or
  tab) that keeps the same number of cells in the rows and splits the header into most columns
  (ties: ``;`` before ``,`` before tab, as German Excel writes).
  Lines starting with ``#`` before the header are comments (kept in ``Table.comments``).
- XLSX: through pandas with openpyxl (imported only on this path); first sheet unless named.
- The header is the first non-empty row.
"""

import csv
import io
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (";", ",", "\t")


class TableImportError(Exception):
    """The file cannot be imported; the message is for the user (translated)."""


@dataclass
class Table:
    """The cells of a table as read, with where they came from."""

    path: str
    headers: list
    rows: list  # (row number in the file, [cells]) in file order
    file_format: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    blank_rows: list = field(default_factory=list)
    header_row: int = 1

    def column(self, name):
        """(row number, cell) of every data row for the column ``name``."""
        index = self.headers.index(name)
        return [(number, cells[index] if index < len(cells) else None) for number, cells in self.rows]

    def describe(self):
        if self.file_format == "xlsx":
            return _translate("TableImport", "Excel workbook, sheet “{sheet}”").format(sheet=self.sheet)
        names = {
            ";": _translate("TableImport", "semicolon"),
            ",": _translate("TableImport", "comma"),
            "\t": _translate("TableImport", "tab"),
            "": _translate("TableImport", "none (one column)"),
        }
        return _translate("TableImport", "CSV, encoding {encoding}, delimiter {delimiter}").format(
            encoding=self.encoding, delimiter=names.get(self.delimiter, self.delimiter))


def read_table(path, sheet=None):
    """Read a CSV or XLSX file into a ``Table``; raise ``TableImportError`` with a clear message."""
    path = Path(path)
    if not path.is_file():
        raise TableImportError(_translate("TableImport", "The file {path} does not exist.").format(path=path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TableImportError(_translate(
            "TableImport", "{name}: the old Excel format .xls cannot be read. Save the table as .xlsx or CSV.").format(name=path.name))
    if suffix in XLSX_SUFFIXES:
        table = _read_xlsx(path, sheet)
    else:
        table = _read_csv(path)
    hint = ""
    if len(table.sheets) > 1:
        hint = " " + _translate("TableImport", "It was read from the sheet “{sheet}”; the workbook has the sheets {sheets}.")
        hint = hint.format(sheet=table.sheet, sheets=", ".join(table.sheets))
    if not table.headers:
        message = _translate("TableImport", "{name} is empty: it has no header row and no data.")
        raise TableImportError(message.format(name=path.name) + hint)
    if not table.rows:
        message = _translate("TableImport", "{name} has a header row but no data rows.")
        raise TableImportError(message.format(name=path.name) + hint)
    return table


# -- CSV --------------------------------------------------------------------------------------

def decode_text(data):
    """Return (text, encoding label): UTF-8 or UTF-16 with BOM, UTF-8, else Windows-1252, else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        return data.decode("utf-16"), "UTF-16"
    for codec, label in (("utf-8", "UTF-8"), ("cp1252", "Windows-1252 (Latin-1)"), ("latin-1", "Latin-1")):
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def sniff_delimiter(lines):
    """The delimiter that splits the header into most columns and keeps rows consistent ('' = one column)."""
    best, best_score = "", (0, 0)
    for delimiter in DELIMITERS:
        rows = [row for row in csv.reader(lines[:50], delimiter=delimiter) if any(cell.strip() for cell in row)]
        rows = [row for row in rows if not row[0].lstrip().startswith("#")]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistent = sum(1 for row in rows if len(row) == width) / len(rows)
        score = (round(consistent, 2), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path):
    data = path.read_bytes()
    text, encoding = decode_text(data)
    if not text.strip():
        raise TableImportError(_translate("TableImport", "{name} is empty.").format(name=path.name))
    lines = text.splitlines(keepends=True)
    hint = re.match(r"^sep=(.)\s*$", lines[0]) if lines else None  # Excel's "sep=;" first line
    delimiter = hint.group(1) if hint else sniff_delimiter(lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x00")
    table = Table(path=str(path), headers=[], rows=[], file_format="csv", encoding=encoding, delimiter=delimiter)
    for cells in reader:
        if hint and reader.line_num == 1:
            continue
        _take_row(table, reader.line_num, [cell.strip() for cell in cells])
    return table


def _take_row(table, number, cells):
    """Put one row into the table: comment, header, blank or data."""
    if not any(cell not in (None, "") for cell in cells):
        if table.headers:
            table.blank_rows.append(number)
        return
    if not table.headers:
        first = next(cell for cell in cells if cell not in (None, ""))
        if isinstance(first, str) and first.startswith("#"):
            table.comments.append(" ".join(str(c) for c in cells if c not in (None, "")).lstrip("# ").strip())
            return
        table.headers = _unique_headers(cells)
        table.header_row = number
        return
    table.rows.append((number, list(cells)))


def _unique_headers(cells):
    headers, seen = [], {}
    for position, cell in enumerate(cells, start=1):
        name = str(cell).strip() if cell not in (None, "") else _translate("TableImport", "(column {n})").format(n=position)
        if name in seen:
            seen[name] += 1
            name = "{} ({})".format(name, seen[name])
        else:
            seen[name] = 1
        headers.append(name)
    return headers


# -- XLSX -------------------------------------------------------------------------------------

def _read_xlsx(path, sheet):
    try:
        import pandas  # lazily: only the Excel path needs it
    except ImportError as error:
        raise TableImportError(_needs_pandas(error)) from error
    try:
        workbook = pandas.ExcelFile(str(path), engine="openpyxl")
        names = list(workbook.sheet_names)
        if sheet is not None and sheet not in names:
            raise TableImportError(_translate("TableImport", "{name} has no sheet “{sheet}” (sheets: {sheets}).").format(
                name=path.name, sheet=sheet, sheets=", ".join(names)))
        chosen = sheet if sheet is not None else names[0]
        frame = workbook.parse(chosen, header=None, dtype=object)
    except TableImportError:
        raise
    except ImportError as error:
        raise TableImportError(_needs_pandas(error)) from error
    except Exception as error:  # noqa: BLE001 - zip, XML and openpyxl errors all mean: not a readable workbook
        raise TableImportError(_translate("TableImport", "{name} cannot be read as an Excel workbook ({error}).").format(
            name=path.name, error=error)) from error
    table = Table(path=str(path), headers=[], rows=[], file_format="xlsx", sheet=chosen, sheets=names)
    for index, values in enumerate(frame.itertuples(index=False, name=None)):
        _take_row(table, index + 1, [_excel_cell(value) for value in values])
    return table


def _needs_pandas(error):
    return _translate("TableImport", "Reading Excel files needs the Python packages pandas and openpyxl ({error}).").format(error=error)


def _excel_cell(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)


# -- numbers ----------------------------------------------------------------------------------

EMPTY, TEXT = "empty", "text"
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


@dataclass(frozen=True)
class ParsedNumber:
    value: object  # Decimal or None
    percent_sign: bool = False
    problem: str = ""  # "", EMPTY or TEXT


def parse_number(cell):
    """Parse a German or English number cell: ``75,3``, ``75,3 %``, ``0,753``, ``1.234,5``, 75.3."""
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return ParsedNumber(None, problem=EMPTY)
    if isinstance(cell, bool):
        return ParsedNumber(None, problem=TEXT)
    if isinstance(cell, (int, float)):
        return ParsedNumber(Decimal(repr(cell)) if isinstance(cell, float) else Decimal(cell))
    text = re.sub(r"[\s\u00a0\u202f]", "", str(cell))
    if text == "":
        return ParsedNumber(None, problem=EMPTY)
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not _NUMBER.match(text):
        return ParsedNumber(None, percent, TEXT)
    try:
        return ParsedNumber(Decimal(text), percent)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        return ParsedNumber(None, percent, TEXT)


PERCENT, SHARE, AUTO = "percent", "share", "auto"


def decide_scale(parsed, requested=AUTO):
    """Percent or share for one column, and the reason in words.

    Rule (``auto``): cells with a percent sign are always percent. The other cells are read as
    shares (0,753 = 75,3 %) when all of them lie between 0 and 1 and at least one is not a
    whole number; otherwise as percent.
    """
    if requested in (PERCENT, SHARE):
        return requested, _translate("TableImport", "chosen by the user")
    plain = [p.value for p in parsed if p.value is not None and not p.percent_sign]
    if plain and all(Decimal(0) <= v <= Decimal(1) for v in plain) and any(v != v.to_integral_value() for v in plain):
        reason = _translate("TableImport", "all {n} values without a percent sign lie between 0 and 1, so they are read as "
                                           "shares (0,753 = 75,3 %)")
        return SHARE, reason.format(n=len(plain))
    if not plain:
        return PERCENT, _translate("TableImport", "every value carries a percent sign")
    return PERCENT, _translate("TableImport", "not all values without a percent sign lie between 0 and 1")


def to_percent(number, scale):
    """A parsed value in percent as float (a share is multiplied by 100 exactly, in decimal)."""
    if number.percent_sign or scale == PERCENT:
        return float(number.value)
    return float(number.value * 100)


def format_decimal(value, language="de"):
    """75.3 -> '75,3' (German) or '75.3'; whole numbers without decimals."""
    text = "{:.10g}".format(value) if value is not None else ""
    return text.replace(".", ",") if language == "de" else text


# -- column names -----------------------------------------------------------------------------

def simplify_header(name):
    """Lower case, umlauts spelled out, only letters and digits: 'LMB-Quote (%)' -> 'lmbquote'."""
    text = str(name).lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    return re.sub(r"[^a-z0-9]", "", text)


def best_column(headers, patterns):
    """The first header matching the highest-ranked pattern (list of regexes over simplified names)."""
    for pattern in patterns:
        for header in headers:
            if re.search(pattern, simplify_header(header)):
                return header
    return None


# -- the report -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportEntry:
    row: object  # row number in the file, or None
    key: str
    value: str
    note: str = ""


#: Categories in the order the report shows them; ``True`` = the rows are not used.
CATEGORIES = (
    ("empty_key", True), ("unknown_key", True), ("old_lor_id", True), ("conflicting_duplicate", True),
    ("duplicate", False), ("other_year", True), ("empty_value", True), ("text_value", True),
    ("out_of_range", True), ("possible_share", False), ("not_in_criterion", False), ("blank_row", False),
)
EXCLUDING = {name for name, excluded in CATEGORIES if excluded}


def category_title(name, key_label):
    titles = {
        "empty_key": _translate("TableImport", "Rows without {key} (not used)"),
        "unknown_key": _translate("TableImport", "Unknown {key} (not in the reference layer; not used)"),
        "old_lor_id": _translate("TableImport", "Planungsraum ids from before 2021 (447 LOR; not joined)"),
        "conflicting_duplicate": _translate("TableImport", "{key} listed more than once with different values (not used)"),
        "duplicate": _translate("TableImport", "{key} listed more than once with the same value (counted once)"),
        "other_year": _translate("TableImport", "Rows of another school year (not used)"),
        "empty_value": _translate("TableImport", "Empty values (not used)"),
        "text_value": _translate("TableImport", "Text in a number column (not used)"),
        "out_of_range": _translate("TableImport", "Values out of range (not used)"),
        "possible_share": _translate(
            "TableImport", "Values of at most 1 in a percent column (used; check whether they are shares)"),
        "not_in_criterion": _translate("TableImport", "Matched, but not a public primary school (not part of the criterion)"),
        "blank_row": _translate("TableImport", "Blank rows (skipped)"),
    }
    return titles[name].format(key=key_label)


@dataclass
class ImportReport:
    """What an import did with every row: used, or listed in a category with the reason."""

    source: str
    table_description: str
    key_label: str
    columns: dict  # role -> column name (or None)
    scale: str = ""
    scale_reason: str = ""
    rows_read: int = 0
    matched: list = field(default_factory=list)
    categories: dict = field(default_factory=lambda: {name: [] for name, _ in CATEGORIES})
    notes: list = field(default_factory=list)
    example: bool = False

    def add(self, category, row, key, value, note=""):
        text = (lambda v: "" if v is None else str(v))
        self.categories[category].append(ReportEntry(row, text(key), text(value), note))

    def entries(self, category):
        """The entries of a category in file order."""
        return sorted(self.categories[category], key=lambda e: (e.row is None, e.row or 0))

    def problem_count(self):
        return sum(len(self.categories[name]) for name in EXCLUDING)

    def unaccounted_rows(self, all_rows):
        """Row numbers that were neither used nor listed as not used (should always be empty)."""
        listed = {e.row for e in self.matched}
        listed |= {e.row for name in EXCLUDING for e in self.categories[name]}
        listed |= {e.row for e in self.categories["duplicate"]}
        return sorted(set(all_rows) - listed)

    def summary(self):
        repeated = len(self.categories["duplicate"])
        if repeated:
            text = _translate("TableImport", "{rows} rows read: {matched} used, {problems} not used; repeated rows counted "
                                             "once: {repeated} (all listed below).")
            return text.format(rows=self.rows_read, matched=len(self.matched), problems=self.problem_count(), repeated=repeated)
        return _translate("TableImport", "{rows} rows read: {matched} used, {problems} not used (listed below).").format(
            rows=self.rows_read, matched=len(self.matched), problems=self.problem_count())

    def as_rows(self):
        """Flat rows (category title, row, key, value, note) for saving the report as CSV."""
        rows = [(_translate("TableImport", "Used"), e.row, e.key, e.value, e.note) for e in self.matched]
        for name, _ in CATEGORIES:
            title = category_title(name, self.key_label)
            rows.extend((title, e.row, e.key, e.value, e.note) for e in self.entries(name))
        return rows
