"""Criterion 2 per Planungsraum: which schools count for it (by location or by catchment area),
and whether one of them is at or above the Lmb threshold (NULL where that cannot be known)."""

from qgis.core import QgsGeometry, QgsRectangle, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..common.values import format_decimal, is_null
from ..indicators.criteria import meets_lmb_threshold
from ..indicators.lmb.columns import normalise_bsn
from .checks import CriteriaOverlayError, check_canceled, field_index, listed, request_for, require_features, require_geometry
from .geometry import PROBE, prepared, share_covered
from .index import box_of, grid_of


def read_catchments(inp, crs, transform_context, feedback=None):
    """Catchment polygons with the school numbers they name (empty set: found by location)."""
    source = inp.source
    require_geometry(source, QgsWkbTypes.GeometryType.PolygonGeometry, inp.label)
    require_features(source, inp.label)
    school_index = field_index(source, inp.school_field, inp.label) if inp.school_field else None
    catchments = []
    features = sorted(source.getFeatures(request_for(source, [school_index] if school_index is not None else [], crs, transform_context)),
                      key=lambda f: f.id())
    for n, feature in enumerate(features):
        check_canceled(feedback, n)
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        keys = None
        if school_index is not None:
            value = feature.attribute(school_index)
            parts = [] if is_null(value) else str(value).replace(";", ",").split(",")
            keys = {normalise_bsn(part) for part in parts if normalise_bsn(part)}
        catchments.append((QgsGeometry(geometry), keys))
    return catchments


def assign_schools_by_location(plrs, plr_index, schools, report, feedback=None):
    """Each school counts for the Planungsraum that contains it (on a shared edge: lowest id)."""
    outside = []
    for number, school in enumerate(schools):
        check_canceled(feedback, number)
        point = school.point.constGet()
        x, y = point.x(), point.y()
        # a micrometre square: GEOS tests rectangles against polygons in one pass, faster
        # here than preparing each Planungsraum for the one or two schools it holds
        probe = QgsRectangle(x - PROBE, y - PROBE, x + PROBE, y + PROBE)
        for i in plr_index.at(x, y):
            if plrs[i].geometry.intersects(probe):
                plrs[i].school_keys.add(school.key)
                break
        else:
            outside.append(school.bsn)
    if len(outside) == len(schools):
        raise CriteriaOverlayError(
            QCoreApplication.translate(
                "CriteriaOverlay", "None of the schools lies in a Planungsraum. Do the layers cover the same place?"
            )
        )
    if outside:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "{n} schools lie in no Planungsraum and are not counted: {ids}").format(
                n=len(outside), ids=listed(sorted(outside))
            )
        )


def assign_schools_by_catchment(plrs, plr_index, schools, catchments, min_share_percent, report, feedback=None):
    """A school counts for every Planungsraum its catchment covers by at least ``min_share_percent``
    of the Planungsraum's area, and by some area at all (touching is not covering, also at 0 %).
    A catchment that covers no Planungsraum so is reported with its schools, which do not count."""
    by_number = {}
    for school in schools:
        if school.join_key:
            by_number.setdefault(school.join_key, []).append(school)
    school_index = grid_of(s.point for s in schools)
    used, unknown, empty, nowhere = set(), set(), 0, []
    for geometry, numbers in catchments:
        check_canceled(feedback)
        engine = prepared(geometry)
        if numbers is None:
            members = {schools[i].key for i in school_index.intersecting(*box_of(geometry))
                       if engine.intersects(schools[i].point.constGet())}
        else:
            unknown |= {n for n in numbers if n not in by_number}
            members = {s.key for n in numbers for s in by_number.get(n, [])}
        if not members:
            empty += 1
            continue
        assigned = False
        for i in plr_index.intersecting(*box_of(geometry)):
            share = share_covered(plrs[i], geometry, engine)
            if share > 0 and share * 100.0 >= min_share_percent:
                plrs[i].school_keys |= members
                assigned = True
        if assigned:
            used |= members
        else:
            nowhere.append(members)
    _report_catchments(schools, used, nowhere, unknown, empty, min_share_percent, report)


def _report_catchments(schools, used, nowhere, unknown, empty, min_share_percent, report):
    """Stop when no school counts anywhere; otherwise report the schools that do not count and why."""
    if not used:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "No catchment area holds or names a school that passes the filter "
                                                          "and covers a Planungsraum by the minimum share.")
        )
    if nowhere:
        lost = sorted({s.bsn for members in nowhere for s in schools if s.key in members and s.key not in used})
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay", "{n} catchment areas cover no Planungsraum by the minimum share of {share} %: their schools are "
                                   "not counted: {ids}").format(n=len(nowhere), share=format_decimal(min_share_percent, "en"),
                                                                ids=listed(lost) or "–")
        )
    unused = sorted(s.bsn for s in schools if s.key not in used and not any(s.key in members for members in nowhere))
    if unused:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "{n} schools belong to no catchment area and are not counted: {ids}").format(
                n=len(unused), ids=listed(unused)
            )
        )
    if unknown:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "Catchment areas name school numbers that no school has: {ids}").format(
                ids=listed(sorted(unknown))
            )
        )
    if empty:
        report.info(
            QCoreApplication.translate("CriteriaOverlay", "{n} catchment areas hold no school that passes the filter.").format(n=empty)
        )


def set_school_criterion(plrs, schools, threshold, report=None):
    """crit_school: True with a school at or above the threshold; False only when every school
    there has a quota and all lie below; None (no data) otherwise, also beside schools below."""
    by_key = {s.key: s for s in schools}
    unknown = []
    for plr in plrs:
        if not plr.school_keys:
            continue  # the defaults: no school, no data
        assigned = [by_key[key] for key in plr.school_keys]
        known = [s for s in assigned if s.quota is not None]
        above = sorted(s.bsn for s in known if meets_lmb_threshold(s.quota, threshold))
        plr.n_schools = len(assigned)
        plr.n_schools_lmb = len(known)
        plr.n_schools_above = len(above)
        plr.lmb_max = max(s.quota for s in known) if known else None
        plr.schools_above = ", ".join(above) if above else None
        plr.lmb_quotas = "; ".join("{} {}".format(s.bsn or s.key, "–" if s.quota is None else format_decimal(s.quota, "en"))
                                   for s in sorted(assigned, key=lambda s: s.key))
        if above:
            plr.crit_school = True
        elif known and len(known) == len(assigned):
            plr.crit_school = False
        else:
            plr.crit_school = None
            if known:
                unknown.append(plr.plr_id)
    if unknown and report is not None:
        report.info(
            QCoreApplication.translate(
                "CriteriaOverlay", "{n} Planungsräume have schools below the threshold and schools without an Lmb quota: the "
                                   "school criterion is unknown (NULL) there: {ids}").format(n=len(unknown), ids=listed(unknown))
        )
