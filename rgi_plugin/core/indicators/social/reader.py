"""Criterion 3: the Sozialstrukturatlas class (Schicht) per Planungsraum.

Two ways in: a table of the user (Planungsraum id + Schicht, CSV or XLSX; same reading, mapping
and report as the Lmb import), or a layer such as GESIx/ESIx 2022 loaded from the service
(``classes_from_layer``; its field names are unverified, so the class field is a parameter).

LOR ids: the GI was drawn on the old LOR (447 Planungsräume, before 2021); the bundled
geography is LOR 2021 (542). No official key old -> new is available to the plugin, so a table
whose ids are mostly not LOR 2021 ids is recognised as an old-LOR table and *not joined*: the
report lists every id and says why. In a LOR 2021 table, ids that are not LOR 2021 are listed.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ... import tables as ti
from ...common.schema import normalise_lor_id
from ..layers import require_fields

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

LOR_2021, LOR_BEFORE_2021 = "lor_2021", "lor_before_2021"
ID_PATTERNS = (r"^plrid$", r"^plr$", r"plrid", r"planungsraum(id|nr|nummer|schluessel)?$", r"^(lor|raumid|id)$", r"lor")
CLASS_PATTERNS = (r"^schicht$", r"schicht", r"klasse", r"^class$", r"gesixschicht", r"esixschicht")
#: What a header row names: a Planungsraum id column and a class column (``tables/header.detect_header``).
HEADER_HINTS = (ID_PATTERNS, CLASS_PATTERNS)
#: Schicht values of the Sozialstrukturatlas (2013: 1 to 7, 7 = the lowest social status).
VALID_CLASSES = range(1, 8)
#: Share of LOR 2021 ids below which a table counts as old LOR.
LOR_2021_MIN_SHARE = 0.5


@dataclass
class SocialMapping:
    id_column: object = None
    class_column: object = None
    sheet: object = None
    detected_by: dict = field(default_factory=dict)
    header_row: object = None  # None: detected


@dataclass
class SocialImport:
    classes: dict  # plr_id (LOR 2021) -> Schicht
    report: ti.ImportReport
    mapping: SocialMapping
    source: str
    lor_edition: str

    def label(self, language="de"):
        return Path(self.source).name


def detect_columns(table):
    mapping = SocialMapping(sheet=table.sheet or None)
    mapping.id_column = ti.best_column(table.headers, ID_PATTERNS)
    others = [h for h in table.headers if h != mapping.id_column]
    mapping.class_column = ti.best_column(others, CLASS_PATTERNS)
    roles = (("id", mapping.id_column), ("class", mapping.class_column))
    mapping.detected_by = {role: "name" for role, column in roles if column}
    return mapping


def parse_class(cell):
    """``7``, ``7.0``, ``"7"``, ``"Schicht 7"`` -> 7; None for empty; raises ValueError for text."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, float):
        if not cell.is_integer():
            raise ValueError(cell)
        return int(cell)
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    match = re.fullmatch(r"(?:schicht\s*)?(\d+)(?:[.,]0)?", str(cell).strip().lower())
    if not match:
        raise ValueError(cell)
    return int(match.group(1))


def read_social_table(path, mapping=None):
    """The file of a Sozialstrukturatlas table as a ``Table``: the mapping's sheet and header row, else detected."""
    return ti.read_table(path, getattr(mapping, "sheet", None), getattr(mapping, "header_row", None), HEADER_HINTS)


def import_social_table(source, plr_ids_2021, mapping=None, note_missing=True):
    """Import a Planungsraum table (path or ``Table``); ``plr_ids_2021``: the LOR 2021 ids (None:
    the ids are not checked against LOR 2021, e.g. for a layer the plugin wrote itself).
    ``note_missing``: note how many Planungsräume have no class."""
    table = source if isinstance(source, ti.Table) else read_social_table(source, mapping)
    mapping = mapping or detect_columns(table)
    _check_mapping(table, mapping)
    report = ti.ImportReport(source=table.path, table_description=table.describe(), key_label="Planungsraum",
                             columns={"id": mapping.id_column, "class": mapping.class_column})
    report.rows_read = len(table.rows)
    report.add_layout(table)
    parsed = _rows_with_ids(table, mapping, report)
    known = set(plr_ids_2021) if plr_ids_2021 is not None else {plr_id for _, plr_id, _ in parsed}
    in_2021 = sum(1 for _, plr_id, _ in parsed if plr_id in known)
    edition = LOR_2021 if parsed and in_2021 / len(parsed) >= LOR_2021_MIN_SHARE else LOR_BEFORE_2021
    if edition == LOR_BEFORE_2021:
        _report_old_lor(parsed, known, in_2021, report)
        return SocialImport({}, report, mapping, table.path, edition)
    classes = _resolve(_valid_classes(parsed, known, report), report)
    missing = len(known - set(classes))
    if missing and note_missing:
        note = _translate("SocialAtlas", "{n} Planungsräume of LOR 2021 have no class in this table.")
        report.notes.append(note.format(n=missing))
    return SocialImport(classes, report, mapping, table.path, edition)


def _check_mapping(table, mapping):
    name = Path(table.path).name
    if not mapping.id_column or mapping.id_column not in table.headers:
        message = _translate("SocialAtlas", "{name} has no column with Planungsraum ids. Columns found: {columns}. "
                                            "Name it “plr_id” or choose it in the import dialog.")
        raise ti.TableImportError(message.format(name=name, columns=", ".join(table.headers)))
    if mapping.class_column and mapping.class_column == mapping.id_column:
        message = _translate("SocialAtlas", "{name}: the column “{column}” is chosen for two roles (Planungsraum id and "
                                            "class). Choose one column for each.")
        raise ti.TableImportError(message.format(name=name, column=mapping.class_column))
    if not mapping.class_column or mapping.class_column not in table.headers:
        message = _translate("SocialAtlas", "{name} has no column with the class (Schicht). Columns found: {columns}. "
                                            "Name it “Schicht” or choose it in the import dialog.")
        raise ti.TableImportError(message.format(name=name, columns=", ".join(table.headers)))


def _rows_with_ids(table, mapping, report):
    """(row number, 8-digit Planungsraum id, raw class) of the rows with an id; the others reported."""
    id_index, class_index = table.headers.index(mapping.id_column), table.headers.index(mapping.class_column)
    parsed = []
    for number, cells in table.rows:
        if table.ragged(cells, class_index):  # never guess which cells belong together
            report.add("extra_cells", number, "", table.row_text(cells), table.ragged_note(cells))
            continue
        raw_id = cells[id_index] if id_index < len(cells) else None
        raw_class = cells[class_index] if class_index < len(cells) else None
        try:
            plr_id = normalise_lor_id(raw_id, 8)
        except ValueError:
            plr_id = str(raw_id).strip()
            report.add("unknown_key", number, plr_id, raw_class, _translate("SocialAtlas", "not an 8-digit Planungsraum id"))
            continue
        if plr_id is None:
            report.add("empty_key", number, "", raw_class)
            continue
        parsed.append((number, plr_id, raw_class))
    return parsed


def _report_old_lor(parsed, known, in_2021, report):
    """A table of the pre-2021 LOR: nothing is joined, every row is listed with the reason."""
    report.notes.append(_translate("SocialAtlas",
        "{unknown} of {total} ids are not Planungsräume of LOR 2021: the table uses the Planungsräume from before "
        "2021 (447 LOR). No official key translating old into new ids is available, so nothing was joined; ask the "
        "Amt für Statistik Berlin-Brandenburg for the key or a table in LOR 2021.").format(
        unknown=len(parsed) - in_2021, total=len(parsed)))
    for number, plr_id, raw_class in parsed:
        note = _translate("SocialAtlas", "also a LOR 2021 id, but the table is old LOR") if plr_id in known else ""
        report.add("old_lor_id", number, plr_id, raw_class, note)


def _valid_classes(parsed, known, report):
    """Planungsraum id -> [(row number, raw class, class)] of the rows with a valid class; the others reported."""
    seen = {}
    for number, plr_id, raw_class in parsed:
        if plr_id not in known:
            report.add("unknown_key", number, plr_id, raw_class, _translate("SocialAtlas", "not a Planungsraum of LOR 2021"))
            continue
        try:
            value = parse_class(raw_class)
        except ValueError:
            report.add("text_value", number, plr_id, raw_class)
            continue
        if value is None:
            report.add("empty_value", number, plr_id, "")
        elif value not in VALID_CLASSES:
            report.add("out_of_range", number, plr_id, raw_class, _translate("SocialAtlas", "Schicht must be 1 to 7"))
        else:
            seen.setdefault(plr_id, []).append((number, raw_class, value))
    return seen


def _resolve(seen, report):
    """One class per Planungsraum: repeated rows with the same class count once, different classes not at all."""
    classes = {}
    for plr_id in sorted(seen):
        entries = seen[plr_id]
        if len({value for _, _, value in entries}) > 1:
            for number, raw_class, _ in entries:
                report.add("conflicting_duplicate", number, plr_id, raw_class)
            continue
        classes[plr_id] = entries[0][2]
        report.matched.append(ti.ReportEntry(entries[0][0], plr_id, str(entries[0][2])))
        for number, raw_class, _ in entries[1:]:
            note = _translate("SocialAtlas", "same value as row {row}").format(row=entries[0][0])
            report.add("duplicate", number, plr_id, raw_class, note)
    return classes


def classes_from_layer(layer, class_field, id_field="plr_id"):
    """Planungsraum id -> class from a layer (e.g. GESIx/ESIx 2022 from the service), read by
    ``import_social_table`` like a user's table; also the keys of the rows it could not use."""
    require_fields(layer, (id_field, class_field))
    table = ti.table_from_layer(layer, layer.name(), [id_field, class_field])
    imported = import_social_table(table, None, SocialMapping(id_column=id_field, class_column=class_field), note_missing=False)
    problems = sorted({entry.key for name in ti.EXCLUDING for entry in imported.report.categories[name]})
    return imported.classes, problems
