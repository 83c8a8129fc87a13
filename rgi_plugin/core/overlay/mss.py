"""Criterion 1 per Planungsraum: the MSS rows joined by id (the one MSS reader), ``crit_mss`` by the rule."""

from qgis.PyQt.QtCore import QCoreApplication

from ..indicators.mss.reader import MssFields, read_mss_table
from .checks import CriteriaOverlayError, check_canceled, field_index, listed, require_features
from .tables import no_match_error, report_unmatched

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def read_mss(inp, planungsraeume, report, feedback=None):
    """Join the MSS rows by Planungsraum id and set ``crit_mss`` by the rule."""
    source = inp.source
    require_features(source, inp.label)
    for name in (inp.id_field, inp.status_field, inp.dynamics_field, inp.validity_field, inp.population_field):
        if name:
            field_index(source, name, inp.label)
    fields = MssFields(inp.id_field, inp.status_field, inp.dynamics_field, inp.validity_field or "", inp.population_field or "")
    table = read_mss_table(source, fields, lambda n: check_canceled(feedback, n))
    _refuse_guessing(table, inp.label)
    rows = table.rows
    known = {p.plr_id for p in planungsraeume}
    if not known & set(rows):
        raise no_match_error(inp.label, sorted(rows), sorted(known))
    invalid = 0
    for plr in planungsraeume:
        row = rows.get(plr.plr_id)
        if row is None:
            continue
        plr.mss_status, plr.mss_dynamics, plr.mss_kom, plr.ew = row.status, row.dynamics, row.kom, row.ew
        plr.crit_mss = inp.rule.applies(plr.mss_status, plr.mss_dynamics, plr.mss_kom)
        if plr.crit_mss is None:
            invalid += 1
    _report_rows(table, inp.label, report)
    report_unmatched(report, inp.label, sorted(known - set(rows)), sorted(set(rows) - known))
    if not inp.validity_field:
        report.info(_translate("CriteriaOverlay", "No MSS validity field: every row with a status is rated."))
    if invalid:
        message = _translate("CriteriaOverlay", "{n} Planungsräume have no MSS rating (marked invalid or without status): no data "
                                                "for the MSS criterion.")
        report.info(message.format(n=invalid))


def _refuse_guessing(table, label):
    """Rows the overlay cannot rate without guessing are an error: ids that are no Planungsraum id,
    ids given twice, and rated rows whose values are no MSS class."""
    if table.bad_ids:
        message = _translate("CriteriaOverlay", "'{layer}' holds {value}, which is not an 8-digit Planungsraum id.")
        raise CriteriaOverlayError(message.format(layer=label, value=repr(table.bad_ids[0])))
    if table.duplicates:
        message = _translate("CriteriaOverlay", "'{layer}' holds these Planungsraum ids more than once: {ids}.")
        raise CriteriaOverlayError(message.format(layer=label, ids=listed(table.duplicates)))
    rated_bad = [entry for entry in table.bad_classes if entry[3]]
    if rated_bad:
        key, status, dynamics, _ = rated_bad[0]
        message = _translate("CriteriaOverlay",
                             "'{layer}', Planungsraum {id}: '{status}' / '{dynamics}' is not an MSS status / dynamics class.")
        raise CriteriaOverlayError(message.format(layer=label, id=key, status=status, dynamics=dynamics))


def _report_rows(table, label, report):
    """The rows that give no rating, each kind with its reason."""
    if table.without_id:
        message = _translate("CriteriaOverlay", "{n} rows of '{layer}' have no Planungsraum id and are not used (features: {ids})")
        report.warning(message.format(n=len(table.without_id), layer=label, ids=listed(table.without_id)))
    if table.placeholders:
        message = _translate("CriteriaOverlay", "{n} rows of '{layer}' carry the MSS placeholder -9999 instead of a class: "
                                                "no MSS rating (keine Bewertung) for {ids}")
        report.info(message.format(n=len(table.placeholders), layer=label, ids=listed(sorted(table.placeholders))))
    unrated_bad = sorted(entry[0] for entry in table.bad_classes if not entry[3])
    if unrated_bad:
        message = _translate("CriteriaOverlay", "{n} rows of '{layer}' that the MSS marks invalid hold values that are no MSS "
                                                "class: no MSS rating (keine Bewertung) for {ids}")
        report.info(message.format(n=len(unrated_bad), layer=label, ids=listed(unrated_bad)))
    if table.bad_population:
        message = _translate("CriteriaOverlay", "Populations of '{layer}' that are not whole numbers (treated as no population): {ids}")
        report.warning(message.format(layer=label, ids=listed("{} ({})".format(key, value) for key, value in table.bad_population)))
