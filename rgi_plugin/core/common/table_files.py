"""Tables the plugin writes for people: CSV as a German Excel opens it (semicolon, UTF-8 with BOM,
decimal comma for German) and Excel workbooks (pandas + openpyxl, imported when one is written)."""

import csv

from .values import format_decimal


def cell_text(value, language="de"):
    """A cell as text: empty for None, decimals in the language's notation."""
    if value is None:
        return ""
    if isinstance(value, float):
        return format_decimal(value, language)
    return str(value)


def write_csv(path, headers, rows, language="de", notes=()):
    """``rows`` under ``headers``; ``notes`` (lines of text) after an empty row."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        writer.writerows([cell_text(value, language) for value in row] for row in rows)
        if notes:
            writer.writerow([])
            writer.writerows([line] for line in notes)
    return path


def write_xlsx(path, sheets):
    """A workbook of ``sheets``: (name, headers, rows) each, numbers kept as numbers; a name is cut
    to the 31 characters Excel allows."""
    import pandas

    with pandas.ExcelWriter(str(path), engine="openpyxl") as writer:
        for name, headers, rows in sheets:
            pandas.DataFrame(list(rows), columns=headers).to_excel(writer, index=False, sheet_name=name[:31])
    return path
