"""Where a table's header is: the row the user chose, else the first that names the columns the
importer looks for, else the first wide enough; the rows above it are titles or comments."""

import re
from collections import Counter
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from .columns import simplify_header
from .table import TableImportError

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def _filled(cells):
    return sum(1 for cell in cells if cell not in (None, "") and (not isinstance(cell, str) or cell.strip()))


def _is_comment(cells):
    first = next((cell for cell in cells if cell not in (None, "")), None)
    return isinstance(first, str) and first.lstrip().startswith("#")


def modal_width(widths):
    """The most common width (the larger one on a tie)."""
    counts = Counter(widths)
    return max(counts, key=lambda width: (counts[width], width)) if counts else 0


def names_columns(cells, header_hints):
    """True when ``cells`` name a column of every group of ``header_hints`` (a header row)."""
    names = [simplify_header(cell) for cell in cells if isinstance(cell, str) and cell.strip()]
    return len(names) >= 2 and all(any(re.search(p, name) for p in group for name in names) for group in header_hints)


def detect_header(numbered, header_hints=()):
    """The row number of the header among ``numbered`` rows (see the module's rules); None if all are blank."""
    candidates = [(number, cells) for number, cells in numbered[:60] if _filled(cells) and not _is_comment(cells)]
    if not candidates:
        return None
    if header_hints:
        for number, cells in candidates:
            if names_columns(cells, header_hints):
                return number
    width = modal_width([_filled(cells) for _, cells in candidates])
    for number, cells in candidates:
        if _filled(cells) >= 2 and _filled(cells) * 2 >= width:
            return number
    return candidates[0][0]


def split_header(table, numbered, header_row, header_hints):
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
            table.headers = unique_headers(cells)
            table.header_row = number
        elif not _filled(cells):
            table.blank_rows.append(number)
        else:
            table.rows.append((number, list(cells)))


def unique_headers(cells):
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
