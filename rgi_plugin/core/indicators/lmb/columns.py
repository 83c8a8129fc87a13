"""The columns of an Lmb table: school number (BSN), quota, school year; found by name and content.

Each column takes one role at most; counts ("Lmb Anzahl", "davon lmb-befreit") are never the
quota, and a column named after the quota is not the school year.
"""

import re
from dataclasses import asdict, dataclass, field

from ... import tables as ti
from ...common.values import is_null

_BSN = re.compile(r"^(\d{1,2})([A-Z])(\d{1,2})$")


BSN_PATTERN = re.compile(r"^\d{2}[A-Z]\d{2}$")


#: Column-name patterns over simplified names (see ``tables.columns.simplify_header``), best first.
BSN_PATTERNS = (r"^bsn$", r"bsn", r"schulnummer", r"schulnr", r"^schulid$")


QUOTA_PATTERNS = (r"^lmb(quote|anteil)?", r"lmb", r"lernmittel", r"quote", r"anteil", r"prozent")


YEAR_PATTERNS = (r"^schuljahr$", r"schuljahr", r"^sj$", r"^jahr$")


#: Names of counts ("Lmb Anzahl", "davon lmb-befreit", "Schüler"): never the quota, unless they
#: also say share or percent.
COUNT_PATTERN = r"anzahl|davon|zahl|summe|schueler|^n$"


SHARE_PATTERN = r"quote|anteil|prozent|quota|share"


#: The quota's words: a column named so is not the school year ("Lmb-Quote Schuljahr 2023/24").
QUOTA_WORDS = r"lmb|quote|anteil|lernmittel|prozent"


#: What a header row names: a school number column and a quota column (see ``tables.header.detect_header``).
HEADER_HINTS = (BSN_PATTERNS, QUOTA_PATTERNS)


def normalise_bsn(value):
    """A Berlin school number in its canonical form (``" 1g01 "`` -> ``"01G01"``), None if empty or NULL.

    Spaces are removed and letters upper-cased; a Bezirk or serial number that lost its leading
    zero is padded. Anything else is returned cleaned, so that the report can list it.
    """
    if is_null(value):
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


def school_number_in(cells):
    """The first cell that is a school number (for the report of a row whose columns are unclear)."""
    for cell in cells:
        bsn = normalise_bsn(cell) if cell not in (None, "") else None
        if bsn and BSN_PATTERN.match(bsn):
            return bsn
    return ""
