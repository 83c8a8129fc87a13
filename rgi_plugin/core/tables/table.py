"""A user's table as the plugin reads it: the cells, where they came from, and what cannot be read.

Produced by ``reading.py`` (files and layers); rows that cannot be read without guessing are
*ragged* (``Table.ragged``), and importers report them instead of using them.
"""

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication

from ..common.errors import PluginError

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


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
        if self.file_format == "workspace":
            return _translate("TableImport", "table of the shared workspace: {name}").format(name=self.path)
        names = {
            ";": _translate("TableImport", "semicolon"),
            ",": _translate("TableImport", "comma"),
            "\t": _translate("TableImport", "tab"),
            "": _translate("TableImport", "none (one column)"),
        }
        return _translate("TableImport", "CSV, encoding {encoding}, delimiter {delimiter}").format(
            encoding=self.encoding, delimiter=names.get(self.delimiter, self.delimiter))


# -- CSV --------------------------------------------------------------------------------------


# -- XLSX -------------------------------------------------------------------------------------


# -- numbers ----------------------------------------------------------------------------------


# -- column names -----------------------------------------------------------------------------


# -- the report -------------------------------------------------------------------------------


