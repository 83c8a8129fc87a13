"""The tables of the criteria overlay, joined by id: MSS and social atlas by Planungsraum id,
Lmb quotas by school number.

Each kind of table has one reader, the same the rest of the plugin uses: ``indicators/mss`` for
the MSS (``mss.py`` here), ``indicators/lmb`` for Lmb quotas (the import dialog's),
``indicators/social`` for the classes (the social import's). A table given as a file (CSV,
XLSX) is read by that reader from the file; a layer becomes a ``tables.Table`` of its
attributes first. Every row that is not used is
reported with its reason; a table whose ids match nothing at all is an error, as are MSS rows
the overlay cannot rate without guessing (duplicate ids, values that are no class).
"""

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from .. import tables as ti
from ..indicators import lmb, social
from .checks import CriteriaOverlayError, listed, require_features

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def no_match_error(label, examples, plr_examples):
    return CriteriaOverlayError(
        _translate("CriteriaOverlay",
                   "The ids of '{layer}' match none of the Planungsräume (ids there: {ids}; Planungsraum ids: {plr_ids}).").format(
            layer=label, ids=listed(examples) or "–", plr_ids=listed(plr_examples))
    )


# -- MSS ------------------------------------------------------------------------------------


def report_unmatched(report, label, plr_without_row, rows_without_plr=()):
    if plr_without_row:
        message = _translate("CriteriaOverlay", "{n} Planungsräume have no row in '{layer}' (no data for this criterion): {ids}")
        report.warning(message.format(n=len(plr_without_row), layer=label, ids=listed(plr_without_row)))
    if rows_without_plr:
        message = _translate("CriteriaOverlay", "{n} ids of '{layer}' match no Planungsraum and are not used: {ids}")
        report.warning(message.format(n=len(rows_without_plr), layer=label, ids=listed(rows_without_plr)))


# -- tables given as a file or a layer ------------------------------------------------------


def table_of(inp, read_file):
    """The ``Table`` of an input: ``read_file(path)`` for a file, the attributes of a layer otherwise."""
    try:
        if isinstance(inp.source, (str, Path)):
            return read_file(inp.source)
        require_features(inp.source, inp.label)
        return ti.table_from_layer(inp.source, inp.label)
    except ti.TableImportError as error:
        raise CriteriaOverlayError(str(error)) from None


def column(table, name, label):
    """The header of ``table`` named ``name`` (case-insensitive, as QGIS looks fields up)."""
    for header in table.headers:
        if header.lower() == name.lower():
            return header
    message = _translate("CriteriaOverlay", "The field '{field}' is missing in '{layer}'. Fields there: {fields}.")
    raise CriteriaOverlayError(message.format(field=name, layer=label, fields=listed(table.headers) or "–"))


def report_import(report, prefix, imported_report):
    """The lines of an import report in the overlay's report: problems as warnings."""
    for number, (text, problem) in enumerate(imported_report.line_items()):
        text = prefix + text if number == 0 else text
        (report.warning if problem else report.info)(text)


# -- Lmb quotas -----------------------------------------------------------------------------


def lmb_mapping(table, inp):
    """The columns of an Lmb table: the ones named in the input, the others detected by the
    dialog's rules (``Schulnummer``, ``BSN``, ``Anteil lernmittelbefreit``, ``Lmb-Quote`` …)."""
    mapping = lmb.detect_columns(table)
    if inp.id_field:
        mapping.bsn_column = column(table, inp.id_field, inp.label)
    if inp.quota_field:
        mapping.quota_column = column(table, inp.quota_field, inp.label)
    roles = ((_translate("CriteriaOverlay", "school numbers"), mapping.bsn_column, "LMB_TABLE_ID_FIELD"),
             (_translate("CriteriaOverlay", "Lmb quotas"), mapping.quota_column, "LMB_TABLE_QUOTA_FIELD"))
    for role, found, parameter in roles:
        if not found:
            message = _translate("CriteriaOverlay", "'{layer}' has no column recognisable as {role} (columns there: {columns}); "
                                                    "name it with {parameter}.")
            raise CriteriaOverlayError(message.format(layer=inp.label, role=role, columns=listed(table.headers) or "–",
                                                      parameter=parameter))
    return mapping


def read_lmb_table(inp, catalogue, report):
    """The quotas of an Lmb table (file or layer) by the import dialog's reader; the ``LmbImport``.

    ``catalogue``: school number -> passes the school filter, for every school of the layer.
    """
    table = table_of(inp, lambda path: lmb.read_lmb_table(path, lmb.LmbMapping(sheet=inp.sheet)))
    try:
        imported = lmb.import_lmb(table, lmb_mapping(table, inp), catalogue)
    except ti.TableImportError as error:
        raise CriteriaOverlayError(str(error)) from None
    report_import(report, _translate("CriteriaOverlay", "Lmb quotas from '{layer}': ").format(layer=inp.label), imported.report)
    counting = {bsn for bsn, passes in catalogue.items() if passes}
    if not counting & set(imported.values):
        categories = imported.report.categories
        keys = sorted({e.key for name in ti.EXCLUDING | {"not_in_criterion"} for e in categories[name] if e.key})
        if counting & set(keys):
            message = _translate("CriteriaOverlay", "'{layer}' has no usable Lmb quota for the schools that pass the filter: {lines}")
            problems = " ".join(text for text, problem in imported.report.line_items() if problem)
            raise CriteriaOverlayError(message.format(layer=inp.label, lines=problems))
        message = _translate("CriteriaOverlay", "The school numbers of '{layer}' match none of the schools that pass the filter "
                                                "(numbers there: {ids}).")
        raise CriteriaOverlayError(message.format(layer=inp.label, ids=listed(keys) or "–"))
    return imported


def read_lmb_field(label, id_name, quota_name, rows, catalogue, report):
    """The quotas of the schools' own Lmb field, read like a table (``rows``: feature id and
    cells [school number, quota, data note]) by the import dialog's reader; the ``LmbImport``."""
    table = ti.Table(path=label, headers=[id_name, quota_name, "data_note"], rows=rows, file_format="layer")
    mapping = lmb.LmbMapping(bsn_column=id_name, quota_column=quota_name)
    imported = lmb.import_lmb(table, mapping, catalogue)
    prefix = _translate("CriteriaOverlay", "Lmb quotas from the field '{field}' of '{layer}': ")
    report_import(report, prefix.format(field=quota_name, layer=label), imported.report)
    return imported


# -- social atlas ---------------------------------------------------------------------------


def read_social(inp, planungsraeume, report, feedback=None):
    """Join the social-atlas class by Planungsraum id (the social import's reader) and set ``crit_social``."""
    table = table_of(inp, lambda path: social.read_social_table(path, social.SocialMapping(sheet=inp.sheet)))
    mapping = social.detect_columns(table)
    if inp.id_field:
        mapping.id_column = column(table, inp.id_field, inp.label)
    if inp.class_field:
        mapping.class_column = column(table, inp.class_field, inp.label)
    known = sorted(p.plr_id for p in planungsraeume)
    try:  # the ids are matched below: the Planungsräume of a run may be a part of Berlin only
        imported = social.import_social_table(table, None, mapping, note_missing=False)
    except ti.TableImportError as error:
        raise CriteriaOverlayError(str(error)) from None
    classes = imported.classes
    if not set(known) & set(classes):
        ids = sorted(set(classes) | {e.key for name in ti.EXCLUDING for e in imported.report.categories[name] if e.key})
        raise no_match_error(inp.label, ids, known)
    report_import(report, _translate("CriteriaOverlay", "Social atlas '{layer}': ").format(layer=inp.label), imported.report)
    for plr in planungsraeume:
        value = classes.get(plr.plr_id)
        plr.social_class = value
        plr.crit_social = None if value is None else value == inp.class_value
    report_unmatched(report, inp.label, sorted(set(known) - set(classes)), sorted(set(classes) - set(known)))
    if inp.class_value not in set(classes.values()):
        message = _translate("CriteriaOverlay", "The class {value} occurs in no Planungsraum of '{layer}': the social criterion is met "
                                                "nowhere.")
        report.warning(message.format(value=inp.class_value, layer=inp.label))
    return imported
