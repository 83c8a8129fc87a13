"""Reading a user's table (CSV or XLSX) or a layer's attributes into a ``Table``.

The one reader below the Lmb, social-atlas and overlay imports.

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
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from .header import modal_width, names_columns, split_header, unique_headers
from .table import Table, TableImportError

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


CSV_SUFFIXES = (".csv", ".txt", ".tsv")


XLSX_SUFFIXES = (".xlsx", ".xlsm")


DELIMITERS = (";", ",", "\t")


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
    split_header(table, numbered, header_row, header_hints)
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
    return Table(path=label, headers=unique_headers(names), rows=rows, file_format="layer")


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
        width = modal_width(widths)
        if width < 2:
            continue
        named = bool(header_hints) and any(names_columns([cell.strip() for cell in row], header_hints) for row in rows)
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
