"""What an import did with every row: used, or listed in a category with the reason.

Nothing is dropped silently: every row that is not used ends up in a category of
``ImportReport`` with its row number as the user sees it (CSV line, Excel row, feature id).
"""

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication

from .columns import PERCENT

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


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
