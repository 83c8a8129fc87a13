"""The tables of the criteria overlay, joined by id: MSS and social atlas by Planungsraum id,
Lmb quotas by school number.

Every id that joins nothing is reported, never dropped silently; a table whose ids match
nothing at all is an error, as are conflicting rows for the same id.
"""

from qgis.PyQt.QtCore import QCoreApplication

from .criteria_defaults import MSS_DYNAMICS, MSS_STATUS, MSS_VALID
from .criteria_overlay_inputs import (
    CriteriaOverlayError,
    check_canceled,
    field_index,
    is_null,
    listed,
    mss_dynamics,
    mss_status,
    number,
    plr_id,
    request_for,
    require_features,
    text_key,
)


def _no_match_error(label, examples, plr_examples):
    return CriteriaOverlayError(
        QCoreApplication.translate(
            "CriteriaOverlay",
            "The ids of '{layer}' match none of the Planungsräume (ids there: {ids}; Planungsraum ids: {plr_ids})."
        ).format(layer=label, ids=listed(examples) or "–", plr_ids=listed(plr_examples))
    )


def read_mss(inp, planungsraeume, report, feedback=None):
    """Join the MSS rows by Planungsraum id and set ``crit_mss`` by the rule."""
    source = inp.source
    require_features(source, inp.label)
    id_index = field_index(source, inp.id_field, inp.label)
    status_index = field_index(source, inp.status_field, inp.label)
    dynamics_index = field_index(source, inp.dynamics_field, inp.label)
    validity_index = field_index(source, inp.validity_field, inp.label) if inp.validity_field else None
    population_index = field_index(source, inp.population_field, inp.label) if inp.population_field else None
    attributes = [i for i in (id_index, status_index, dynamics_index, validity_index, population_index) if i is not None]
    rows = {}
    duplicates = set()
    for n, feature in enumerate(source.getFeatures(request_for(source, attributes, geometry=False))):
        check_canceled(feedback, n)
        key = plr_id(feature.attribute(id_index), inp.label)
        if key is None:
            continue
        if key in rows:
            duplicates.add(key)
            continue
        try:
            status = mss_status(feature.attribute(status_index))
            dynamics = mss_dynamics(feature.attribute(dynamics_index))
            if (status is not None and status not in MSS_STATUS) or (dynamics is not None and dynamics not in MSS_DYNAMICS):
                raise ValueError(status, dynamics)
        except ValueError:
            raise CriteriaOverlayError(
                QCoreApplication.translate(
                    "CriteriaOverlay", "'{layer}', Planungsraum {id}: '{status}' / '{dynamics}' is not an MSS status / dynamics class."
                ).format(layer=inp.label, id=key, status=feature.attribute(status_index), dynamics=feature.attribute(dynamics_index))
            ) from None
        kom = MSS_VALID
        if validity_index is not None:
            kom = None if is_null(feature.attribute(validity_index)) else str(feature.attribute(validity_index)).strip()
        ew = None
        if population_index is not None:
            try:
                value = number(feature.attribute(population_index))
            except ValueError:
                value = None
            ew = None if value is None else int(round(value))
        rows[key] = (status, dynamics, kom, ew)
    if duplicates:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "'{layer}' holds these Planungsraum ids more than once: {ids}.").format(
                layer=inp.label, ids=listed(sorted(duplicates))
            )
        )
    known = {p.plr_id for p in planungsraeume}
    if not known & set(rows):
        raise _no_match_error(inp.label, sorted(rows), sorted(known))
    invalid = 0
    for plr in planungsraeume:
        row = rows.get(plr.plr_id)
        if row is None:
            continue
        plr.mss_status, plr.mss_dynamics, plr.mss_kom, plr.ew = row
        plr.crit_mss = inp.rule.applies(plr.mss_status, plr.mss_dynamics, plr.mss_kom)
        if plr.crit_mss is None:
            invalid += 1
    _report_unmatched(report, inp.label, sorted(known - set(rows)), sorted(set(rows) - known))
    if validity_index is None:
        report.info(QCoreApplication.translate("CriteriaOverlay", "No MSS validity field: every row with a status is rated."))
    if invalid:
        report.info(
            QCoreApplication.translate("CriteriaOverlay", "{n} Planungsräume have no MSS rating (marked invalid or without status): no data for the MSS criterion.").format(
                n=invalid
            )
        )


def _report_unmatched(report, label, plr_without_row, rows_without_plr):
    if plr_without_row:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "{n} Planungsräume have no row in '{layer}' (no data for this criterion): {ids}").format(
                n=len(plr_without_row), layer=label, ids=listed(plr_without_row)
            )
        )
    if rows_without_plr:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "{n} ids of '{layer}' match no Planungsraum and are not used: {ids}").format(
                n=len(rows_without_plr), layer=label, ids=listed(rows_without_plr)
            )
        )


def read_lmb_table(inp, school_keys, report, feedback):
    source = inp.source
    require_features(source, inp.label)
    id_index = field_index(source, inp.id_field, inp.label)
    quota_index = field_index(source, inp.quota_field, inp.label)
    quotas = {}
    conflicts = set()
    for n, feature in enumerate(source.getFeatures(request_for(source, [id_index, quota_index], geometry=False))):
        check_canceled(feedback, n)
        key = text_key(feature.attribute(id_index))
        if key is None:
            continue
        value = feature.attribute(quota_index)
        if key in quotas and str(quotas[key]) != str(value):
            conflicts.add(key)
        quotas.setdefault(key, value)
    if conflicts:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "'{layer}' gives different quotas for the same school: {ids}.").format(
                layer=inp.label, ids=listed(sorted(conflicts))
            )
        )
    matched = school_keys & set(quotas)
    if not matched:
        raise CriteriaOverlayError(
            QCoreApplication.translate(
                "CriteriaOverlay", "The school numbers of '{layer}' match none of the schools that pass the filter (numbers there: {ids})."
            ).format(layer=inp.label, ids=listed(sorted(quotas)) or "–")
        )
    unknown = sorted(set(quotas) - school_keys)
    if unknown:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "{n} school numbers of '{layer}' match no school that passes the filter: {ids}").format(
                n=len(unknown), layer=inp.label, ids=listed(unknown)
            )
        )
    return {key: quotas[key] for key in matched}


def set_quotas(schools, raw_quotas, report):
    unreadable, out_of_range = [], []
    for school in schools:
        if school.key not in raw_quotas:
            continue
        try:
            value = number(raw_quotas[school.key])
        except ValueError:
            unreadable.append(school.bsn)
            continue
        if value is not None and not 0.0 <= value <= 100.0:
            out_of_range.append("{} ({})".format(school.bsn, value))
            continue
        school.quota = value
    if unreadable:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "Lmb quotas that are not numbers (treated as no data): {ids}").format(
                ids=listed(unreadable)
            )
        )
    if out_of_range:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "Lmb quotas outside 0–100 % (treated as no data): {ids}").format(
                ids=listed(out_of_range)
            )
        )
    missing = [s.bsn for s in schools if s.quota is None and s.key not in raw_quotas] if raw_quotas else []
    if missing:
        report.info(
            QCoreApplication.translate("CriteriaOverlay", "{n} schools that pass the filter have no Lmb quota: {ids}").format(
                n=len(missing), ids=listed(sorted(missing))
            )
        )


def read_social(inp, planungsraeume, report, feedback=None):
    """Join the social-atlas class by Planungsraum id and set ``crit_social``."""
    source = inp.source
    require_features(source, inp.label)
    id_index = field_index(source, inp.id_field, inp.label)
    class_index = field_index(source, inp.class_field, inp.label)
    classes = {}
    conflicts, unreadable = set(), []
    for n, feature in enumerate(source.getFeatures(request_for(source, [id_index, class_index], geometry=False))):
        check_canceled(feedback, n)
        key = plr_id(feature.attribute(id_index), inp.label)
        if key is None:
            continue
        try:
            value = number(feature.attribute(class_index))
            value = None if value is None else (int(value) if value.is_integer() else value)
        except ValueError:
            unreadable.append(key)
            value = None
        if key in classes and classes[key] != value:
            conflicts.add(key)
        classes.setdefault(key, value)
    if conflicts:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "'{layer}' gives different classes for the same Planungsraum: {ids}.").format(
                layer=inp.label, ids=listed(sorted(conflicts))
            )
        )
    known = {p.plr_id for p in planungsraeume}
    if not known & set(classes):
        raise _no_match_error(inp.label, sorted(classes), sorted(known))
    if unreadable:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "Social-atlas classes that are not numbers (treated as no data): {ids}").format(
                ids=listed(unreadable)
            )
        )
    for plr in planungsraeume:
        value = classes.get(plr.plr_id)
        plr.social_class = value if isinstance(value, int) else None
        plr.crit_social = None if value is None else value == inp.class_value
    _report_unmatched(report, inp.label, sorted(known - set(classes)), sorted(set(classes) - known))
