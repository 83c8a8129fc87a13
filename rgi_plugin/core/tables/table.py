"""Reading a user's table (CSV or XLSX) and the import report: shared by the Lmb and social imports.

The tables are internal data of the administration: they are read from the local file only,
never sent anywhere. Nothing is dropped silently: every row that is not used ends up in a
category of ``ImportReport`` with its row number as the user sees it (CSV line, Excel row).

Reading rules (documented for users in the report):
- CSV: encoding UTF-8 with BOM, UTF-16 with BOM, UTF-8, else Windows-1252/Latin-1; the
  delimiter is the one named in an Excel ``sep=;`` first line, else the one (``;``, ``,`` or
  tab) under which most of the first rows have the same number of cells, and the most cells
  (ties: ``;`` before ``,`` before tab, as German Excel writes). Title lines above the header
  do not disturb this: they are counted as rows that do not fit.
- XLSX: through pandas with openpyxl (imported only on this path); first sheet unless named.
- The header is the row the user chose, else the first row that names the columns the
  importer looks for (``header_hints``: one group of name patterns per column, e.g. school
  number and quota), else the first row with at least two cells and at least half as many
  filled cells as most rows have. Rows above it are titles (``Table.above_header``), lines
  starting with ``#`` there are also comments (``Table.comments``).
- A data row with filled cells beyond the header's columns is *ragged*: in a comma-separated
  file that is usually an unquoted decimal comma (``01G01,81,5``), which cannot be read without
  guessing. Importers report such rows and never use them (``Table.ragged``).

A QGIS layer (or Processing feature source) becomes the same ``Table`` through
``table_from_layer``: its field names are the headers, each feature a row numbered by its id.
"""

import csv
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ..common.errors import PluginError

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (";", ",", "\t")


class TableImportError(PluginError):
    """The file cannot be imported; the message is for the user (translated)."""


@dataclass
class Table:
    """The cells of a table as read, with where they came from."""

    path: str
    headers: list
    rows: list  # (row number in the file, [cells]) in file order
    file_format: str  # "csv", "xlsx" or "layer"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    blank_rows: list = field(default_factory=list)
    header_row: int = 1
    above_header: list = field(default_factory=list)  # (row number, text) of the rows above the header
    header_detected: bool = True  # False when the user chose the header row
    _split_numbers: object = field(default=None, repr=False)

    @property
    def row_label(self):
        """What a row is called in a report: a line of a file, or a feature of a layer."""
        return "feature" if self.file_format == "layer" else "row"

    def column(self, name):
        """(row number, cell) of every data row for the column ``name``."""
        index = self.headers.index(name)
        return [(number, cells[index] if index < len(cells) else None) for number, cells in self.rows]

    @property
    def split_numbers(self):
        """True for a comma-separated file in which some row has more cells than the header: it
        holds unquoted decimal commas, so an integer cell followed by digits may be half a number."""
        if self._split_numbers is None:
            self._split_numbers = self.delimiter == "," and any(len(cells) > len(self.headers) for _, cells in self.rows)
        return self._split_numbers

    def ragged(self, cells, value_index=None):
        """True when ``cells`` cannot be read without guessing: filled cells beyond the header's
        columns; in a comma-separated file more cells than the header; and in a file with
        unquoted decimal commas (``split_numbers``) a whole number in the value column followed by
        a cell of digits (``81`` ``5`` may be 81,5)."""
        if len(cells) > len(self.headers) and (self.delimiter == "," or any(c not in (None, "") for c in cells[len(self.headers):])):
            return True
        if value_index is None or not self.split_numbers or value_index + 1 >= len(cells):
            return False
        value, following = cells[value_index], cells[value_index + 1]
        return isinstance(value, str) and value.isdigit() and isinstance(following, str) and following.isdigit()

    def ragged_note(self, cells):
        note = _translate("TableImport", "{n} cells, but the header has {m}").format(n=len(cells), m=len(self.headers))
        if self.delimiter == ",":
            return note + _translate("TableImport", ": a decimal comma in an unquoted number? Quote such numbers (\"81,5\") "
                                                    "or use semicolons as delimiter.")
        return note + "."

    def row_text(self, cells):
        """A row as it stood in the file (cells joined by the delimiter)."""
        return (self.delimiter or ";").join("" if cell is None else str(cell) for cell in cells)

    def header_note(self):
        """Where the header is, when it is not the first row; '' otherwise."""
        if self.header_row <= 1:
            return ""
        if self.header_row == 2:
            text = _translate("TableImport", "Header in row 2; row 1 above it is skipped.")
        else:
            text = _translate("TableImport", "Header in row {row}; rows 1–{last} above it are skipped.")
        return text.format(row=self.header_row, last=self.header_row - 1)

    def describe(self):
        if self.file_format == "layer":
            return _translate("TableImport", "QGIS layer “{name}”").format(name=self.path)
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


def read_table(path, sheet=None, header_row=None, header_hints=()):
    """Read a CSV or XLSX file into a ``Table``; raise ``TableImportError`` with a clear message.

    ``header_row``: the row number of the header (as the user sees it), None to detect it;
    ``header_hints``: groups of column-name patterns the header row should match (see above).
    """
    path = Path(path)
    if not path.is_file():
        raise TableImportError(_translate("TableImport", "The file {path} does not exist.").format(path=path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TableImportError(_translate(
            "TableImport", "{name}: the old Excel format .xls cannot be read. Save the table as .xlsx or CSV.").format(name=path.name))
    if suffix in XLSX_SUFFIXES:
        table, numbered = _read_xlsx(path, sheet)
    else:
        table, numbered = _read_csv(path, header_hints)
    _split_header(table, numbered, header_row, header_hints)
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


def is_table_file(path):
    """True for an existing CSV or XLSX file (what ``read_table`` reads)."""
    path = Path(str(path))
    return path.suffix.lower() in CSV_SUFFIXES + XLSX_SUFFIXES and path.is_file()


def table_from_layer(source, label, fields=None):
    """A ``Table`` of the attributes of a layer or feature source; rows numbered by feature id.

    ``fields``: the names of the fields to read (default all). NULL becomes None; numbers stay
    numbers, so that the importers read them as the file readers' cells.
    """
    names = list(source.fields().names()) if fields is None else list(fields)
    indices = [source.fields().lookupField(name) for name in names]
    rows = []
    for feature in source.getFeatures():
        rows.append((feature.id(), [layer_cell(feature.attribute(i)) if i >= 0 else None for i in indices]))
    rows.sort(key=lambda row: row[0])
    return Table(path=label, headers=_unique_headers(names), rows=rows, file_format="layer")


def layer_cell(value):
    """An attribute value as a table cell: NULL -> None, text stripped, numbers as numbers."""
    if value is None:
        return None
    if type(value) in (str, int, float):
        return value.strip() if isinstance(value, str) else value
    is_null = getattr(value, "isNull", None)
    if callable(is_null) and is_null():
        return None
    if isinstance(value, bool):
        return value
    return str(value).strip()


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


def _filled(cells):
    return sum(1 for cell in cells if cell not in (None, "") and (not isinstance(cell, str) or cell.strip()))


def _is_comment(cells):
    first = next((cell for cell in cells if cell not in (None, "")), None)
    return isinstance(first, str) and first.lstrip().startswith("#")


def _modal_width(widths):
    """The most common width (the larger one on a tie)."""
    counts = Counter(widths)
    return max(counts, key=lambda width: (counts[width], width)) if counts else 0


def _names_columns(cells, header_hints):
    """True when ``cells`` name a column of every group of ``header_hints`` (a header row)."""
    names = [simplify_header(cell) for cell in cells if isinstance(cell, str) and cell.strip()]
    return len(names) >= 2 and all(any(re.search(p, name) for p in group for name in names) for group in header_hints)


def sniff_delimiter(lines, header_hints=()):
    """The delimiter ('' = one column) under which a row names the columns of ``header_hints``
    (if given), then under which most of the first rows have one width of at least 2 cells."""
    best, best_score = "", (False, 0, 0)
    for delimiter in DELIMITERS:
        rows = [row for row in csv.reader(lines[:50], delimiter=delimiter) if any(cell.strip() for cell in row)]
        rows = [row for row in rows if not row[0].lstrip().startswith("#")]
        if not rows:
            continue
        widths = [len(row) for row in rows]
        width = _modal_width(widths)
        if width < 2:
            continue
        named = bool(header_hints) and any(_names_columns([cell.strip() for cell in row], header_hints) for row in rows)
        score = (named, round(widths.count(width) / len(rows), 2), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path, header_hints=()):
    data = path.read_bytes()
    text, encoding = decode_text(data)
    if not text.strip():
        raise TableImportError(_translate("TableImport", "{name} is empty.").format(name=path.name))
    lines = text.splitlines(keepends=True)
    hint = re.match(r"^sep=(.)\s*$", lines[0]) if lines else None  # Excel's "sep=;" first line
    delimiter = hint.group(1) if hint else sniff_delimiter(lines, header_hints)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x00")
    table = Table(path=str(path), headers=[], rows=[], file_format="csv", encoding=encoding, delimiter=delimiter)
    numbered = []
    for cells in reader:
        if hint and reader.line_num == 1:
            table.above_header.append((1, lines[0].strip()))
            continue
        numbered.append((reader.line_num, [cell.strip() for cell in cells]))
    return table, numbered


def detect_header(numbered, header_hints=()):
    """The row number of the header among ``numbered`` rows (see the module's rules); None if all are blank."""
    candidates = [(number, cells) for number, cells in numbered[:60] if _filled(cells) and not _is_comment(cells)]
    if not candidates:
        return None
    if header_hints:
        for number, cells in candidates:
            if _names_columns(cells, header_hints):
                return number
    width = _modal_width([_filled(cells) for _, cells in candidates])
    for number, cells in candidates:
        if _filled(cells) >= 2 and _filled(cells) * 2 >= width:
            return number
    return candidates[0][0]


def _split_header(table, numbered, header_row, header_hints):
    """Header, rows above it (titles, comments, blank) and data rows (blank ones listed apart)."""
    if header_row is not None:
        header_row = int(header_row)
        chosen = next((cells for number, cells in numbered if number == header_row), None)
        if chosen is None or not _filled(chosen):
            raise TableImportError(_translate("TableImport", "{name}: row {row} is empty or not in the file; it cannot be the header.")
                                   .format(name=Path(table.path).name, row=header_row))
        table.header_detected = False
    else:
        header_row = detect_header(numbered, header_hints)
    for number, cells in numbered:
        if header_row is None or number < header_row:
            if not _filled(cells):
                table.blank_rows.append(number)
                continue
            text = " ".join(str(cell) for cell in cells if cell not in (None, ""))
            if _is_comment(cells):
                table.comments.append(text.lstrip("# ").strip())
            table.above_header.append((number, text))
        elif number == header_row:
            table.headers = _unique_headers(cells)
            table.header_row = number
        elif not _filled(cells):
            table.blank_rows.append(number)
        else:
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
    numbered = [(index + 1, [_excel_cell(value) for value in values])
                for index, values in enumerate(frame.itertuples(index=False, name=None))]
    return table, numbered


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


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")  # German thousands: 1.234, 12.345.678


def parse_count(cell):
    """A whole number such as a population: ``1234``, ``1234.0``, ``"1.234"`` (German thousands),
    ``"1 234"`` -> 1234; None when empty; ``ValueError`` for anything else (``"1,5"``, ``"1.5"``,
    and ``"1,234"``, which is a decimal in German and a thousand in English)."""
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return None
    if isinstance(cell, bool):
        raise ValueError(cell)
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        if not cell.is_integer():
            raise ValueError(cell)
        return int(cell)
    text = re.sub(r"[\s\u00a0\u202f]", "", str(cell))
    if text == "":
        return None
    if _THOUSANDS.match(text):
        return int(text.replace(".", ""))
    if re.fullmatch(r"[+-]?\d+(\.0+)?", text):
        return int(Decimal(text))
    raise ValueError(cell)


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
    ("extra_cells", True), ("empty_key", True), ("unknown_key", True), ("old_lor_id", True), ("conflicting_duplicate", True),
    ("duplicate", False), ("other_year", True), ("empty_value", True), ("text_value", True),
    ("out_of_range", True), ("possible_share", False), ("not_in_criterion", False), ("above_header", False),
    ("blank_row", False),
)
EXCLUDING = {name for name, excluded in CATEGORIES if excluded}


def category_title(name, key_label):
    titles = {
        "extra_cells": _translate("TableImport", "Rows with more cells than the header (not used)"),
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
        "above_header": _translate("TableImport", "Rows above the header (skipped)"),
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
    row_label: str = "row"

    def add(self, category, row, key, value, note=""):
        def text(v):
            return "" if v is None else str(v)
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

    def line_items(self, most=10):
        """The report as (line of text, is a problem) for the Processing log: the summary, how
        values were read, the notes, and one line per category that lists its rows (the first
        ``most`` of them); a problem is a line about rows that are not used."""
        items = [(self.summary(), False)]
        if self.scale:
            scale = _translate("TableImport", "percent") if self.scale == PERCENT else _translate("TableImport", "shares")
            items.append((_translate("TableImport", "Values read as {scale}: {reason}.").format(scale=scale, reason=self.scale_reason),
                          False))
        items.extend((note, False) for note in self.notes)
        for name, excluding in CATEGORIES:
            entries = self.entries(name)
            if not entries:
                continue
            texts = [self._where(entry) for entry in entries[:most]]
            if len(entries) > most:
                texts.append("… (+{})".format(len(entries) - most))
            items.append(("{}: {}".format(category_title(name, self.key_label), ", ".join(texts)), excluding))
        return items

    def lines(self, most=10):
        """The texts of ``line_items``."""
        return [text for text, _ in self.line_items(most)]

    def _where(self, entry):
        if self.row_label == "feature":
            place = _translate("TableImport", "feature {n}").format(n=entry.row)
        else:
            place = _translate("TableImport", "row {n}").format(n=entry.row)
        return "{} ({})".format(entry.key, place) if entry.key else place

    def add_layout(self, table):
        """List the rows that are no data: titles above the header, blank rows; note where the header is."""
        self.row_label = table.row_label
        for number, text in table.above_header:
            self.add("above_header", number, "", text)
        for number in table.blank_rows:
            self.add("blank_row", number, "", "")
        if table.header_note():
            self.notes.append(table.header_note())

    def as_rows(self):
        """Flat rows (category title, row, key, value, note) for saving the report as CSV."""
        rows = [(_translate("TableImport", "Used"), e.row, e.key, e.value, e.note) for e in self.matched]
        for name, _ in CATEGORIES:
            title = category_title(name, self.key_label)
            rows.extend((title, e.row, e.key, e.value, e.note) for e in self.entries(name))
        return rows
