"""The tables of the criteria overlay, joined by id: MSS and social atlas by Planungsraum id,
Lmb quotas by school number.

Each kind of table has one reader, the same the rest of the plugin uses: ``mss_table`` for the
MSS, ``lmb_import`` for Lmb quotas (the import dialog's), ``social_atlas`` for the classes (the
social import's). A table given as a file (CSV, XLSX) is read by that reader from the file; a
layer becomes a ``table_import.Table`` of its attributes first. Every row that is not used is
reported with its reason; a table whose ids match nothing at all is an error, as are MSS rows
the overlay cannot rate without guessing (duplicate ids, values that are no class).
"""

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ..indicators.lmb import reader as lmb_import
from ..indicators.mss.reader import MssFields, read_mss_table
from ..indicators.social import reader as social_atlas
from ..tables import table as ti
from .inputs import CriteriaOverlayError, check_canceled, field_index, listed, require_features

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def _no_match_error(label, examples, plr_examples):
    return CriteriaOverlayError(
        _translate("CriteriaOverlay",
                   "The ids of '{layer}' match none of the Planungsräume (ids there: {ids}; Planungsraum ids: {plr_ids}).").format(
            layer=label, ids=listed(examples) or "–", plr_ids=listed(plr_examples))
    )


# -- MSS ------------------------------------------------------------------------------------


def read_mss(inp, planungsraeume, report, feedback=None):
    """Join the MSS rows by Planungsraum id and set ``crit_mss`` by the rule."""
    source = inp.source
    require_features(source, inp.label)
    for name in (inp.id_field, inp.status_field, inp.dynamics_field, inp.validity_field, inp.population_field):
        if name:
            field_index(source, name, inp.label)
    fields = MssFields(inp.id_field, inp.status_field, inp.dynamics_field, inp.validity_field or "", inp.population_field or "")
    table = read_mss_table(source, fields, lambda n: check_canceled(feedback, n))
    if table.bad_ids:
        message = _translate("CriteriaOverlay", "'{layer}' holds {value}, which is not an 8-digit Planungsraum id.")
        raise CriteriaOverlayError(message.format(layer=inp.label, value=repr(table.bad_ids[0])))
    if table.duplicates:
        message = _translate("CriteriaOverlay", "'{layer}' holds these Planungsraum ids more than once: {ids}.")
        raise CriteriaOverlayError(message.format(layer=inp.label, ids=listed(table.duplicates)))
    rated_bad = [entry for entry in table.bad_classes if entry[3]]
    if rated_bad:
        key, status, dynamics, _ = rated_bad[0]
        message = _translate("CriteriaOverlay",
                             "'{layer}', Planungsraum {id}: '{status}' / '{dynamics}' is not an MSS status / dynamics class.")
        raise CriteriaOverlayError(message.format(layer=inp.label, id=key, status=status, dynamics=dynamics))
    rows = table.rows
    known = {p.plr_id for p in planungsraeume}
    if not known & set(rows):
        raise _no_match_error(inp.label, sorted(rows), sorted(known))
    invalid = 0
    for plr in planungsraeume:
        row = rows.get(plr.plr_id)
        if row is None:
            continue
        plr.mss_status, plr.mss_dynamics, plr.mss_kom, plr.ew = row.status, row.dynamics, row.kom, row.ew
        plr.crit_mss = inp.rule.applies(plr.mss_status, plr.mss_dynamics, plr.mss_kom)
        if plr.crit_mss is None:
            invalid += 1
    if table.without_id:
        message = _translate("CriteriaOverlay", "{n} rows of '{layer}' have no Planungsraum id and are not used (features: {ids})")
        report.warning(message.format(n=len(table.without_id), layer=inp.label, ids=listed(table.without_id)))
    if table.placeholders:
        message = _translate("CriteriaOverlay", "{n} rows of '{layer}' carry the MSS placeholder -9999 instead of a class: "
                                                "no MSS rating (keine Bewertung) for {ids}")
        report.info(message.format(n=len(table.placeholders), layer=inp.label, ids=listed(sorted(table.placeholders))))
    unrated_bad = sorted(entry[0] for entry in table.bad_classes if not entry[3])
    if unrated_bad:
        message = _translate("CriteriaOverlay", "{n} rows of '{layer}' that the MSS marks invalid hold values that are no MSS "
                                                "class: no MSS rating (keine Bewertung) for {ids}")
        report.info(message.format(n=len(unrated_bad), layer=inp.label, ids=listed(unrated_bad)))
    if table.bad_population:
        message = _translate("CriteriaOverlay", "Populations of '{layer}' that are not whole numbers (treated as no population): {ids}")
        report.warning(message.format(layer=inp.label, ids=listed("{} ({})".format(key, value) for key, value in table.bad_population)))
    _report_unmatched(report, inp.label, sorted(known - set(rows)), sorted(set(rows) - known))
    if not inp.validity_field:
        report.info(_translate("CriteriaOverlay", "No MSS validity field: every row with a status is rated."))
    if invalid:
        message = _translate("CriteriaOverlay", "{n} Planungsräume have no MSS rating (marked invalid or without status): no data "
                                                "for the MSS criterion.")
        report.info(message.format(n=invalid))


def _report_unmatched(report, label, plr_without_row, rows_without_plr=()):
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
    mapping = lmb_import.detect_columns(table)
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
    table = table_of(inp, lambda path: lmb_import.read_lmb_table(path, lmb_import.LmbMapping(sheet=inp.sheet)))
    try:
        imported = lmb_import.import_lmb(table, lmb_mapping(table, inp), catalogue)
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
    mapping = lmb_import.LmbMapping(bsn_column=id_name, quota_column=quota_name)
    imported = lmb_import.import_lmb(table, mapping, catalogue)
    prefix = _translate("CriteriaOverlay", "Lmb quotas from the field '{field}' of '{layer}': ")
    report_import(report, prefix.format(field=quota_name, layer=label), imported.report)
    return imported


# -- social atlas ---------------------------------------------------------------------------


def read_social(inp, planungsraeume, report, feedback=None):
    """Join the social-atlas class by Planungsraum id (the social import's reader) and set ``crit_social``."""
    table = table_of(inp, lambda path: social_atlas.read_social_table(path, social_atlas.SocialMapping(sheet=inp.sheet)))
    mapping = social_atlas.detect_columns(table)
    if inp.id_field:
        mapping.id_column = column(table, inp.id_field, inp.label)
    if inp.class_field:
        mapping.class_column = column(table, inp.class_field, inp.label)
    known = sorted(p.plr_id for p in planungsraeume)
    try:  # the ids are matched below: the Planungsräume of a run may be a part of Berlin only
        imported = social_atlas.import_social_table(table, None, mapping, note_missing=False)
    except ti.TableImportError as error:
        raise CriteriaOverlayError(str(error)) from None
    classes = imported.classes
    if not set(known) & set(classes):
        ids = sorted(set(classes) | {e.key for name in ti.EXCLUDING for e in imported.report.categories[name] if e.key})
        raise _no_match_error(inp.label, ids, known)
    report_import(report, _translate("CriteriaOverlay", "Social atlas '{layer}': ").format(layer=inp.label), imported.report)
    for plr in planungsraeume:
        value = classes.get(plr.plr_id)
        plr.social_class = value
        plr.crit_social = None if value is None else value == inp.class_value
    _report_unmatched(report, inp.label, sorted(set(known) - set(classes)), sorted(set(classes) - set(known)))
    if inp.class_value not in set(classes.values()):
        message = _translate("CriteriaOverlay", "The class {value} occurs in no Planungsraum of '{layer}': the social criterion is met "
                                                "nowhere.")
        report.warning(message.format(value=inp.class_value, layer=inp.label))
    return imported
