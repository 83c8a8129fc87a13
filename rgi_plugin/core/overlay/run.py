"""Criteria overlay: which Planungsräume meet the GI criteria on today's data.

For every Planungsraum it decides the three criteria (MSS "besonderer Aufmerksamkeitsbedarf",
a primary school at or above the Lmb threshold, Sozialstrukturatlas class), counts those that
are met, marks candidates, dissolves adjacent candidates into candidate areas and compares
them with the current Handlungsräume. Pure ``qgis.core``: spatial index and prepared GEOS
geometries, no chain of processing algorithms, no widgets. Deterministic: everything is
ordered by Planungsraum id, area code or school number, never by input order.
"""

from dataclasses import dataclass, field

from qgis.core import QgsGeometry, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from ..indicators.criteria import meets_lmb_threshold
from ..tables.table import format_decimal
from .index import box_of, grid_of
from .inputs import CriteriaOverlayError, check_canceled, listed
from .layers import Report, read_areas, read_catchments, read_planungsraeume, read_schools
from .output import EXAMPLE_DATA_NOTE
from .tables import read_mss, read_social

SQUARE_METRES_PER_KM2 = 1_000_000.0
#: Half the side of the square that stands for a school in the point-in-polygon test (metres).
PROBE = 1e-6


@dataclass
class CandidateArea:
    area_id: int
    plr_ids: list
    geometry: object
    n_plr: int = 0
    ew: int = None
    area_km2: float = 0.0
    hr_codes: str = None
    n_plr_in_hr: int = 0
    overlap_km2: float = 0.0
    overlap_pct: float = 0.0


@dataclass
class SummaryRow:
    kind: str
    hr_code: str = None
    hr_name: str = None
    n_plr: int = 0
    ew: int = None
    n_plr_mss: int = 0
    n_plr_school: int = 0
    n_plr_social: int = 0
    n_plr_candidate: int = 0
    ew_candidate: int = None
    pct_plr_candidate: float = None
    pct_ew_candidate: float = None
    candidate_plr_ids: str = None
    hr_note: str = None


@dataclass
class OverlayResult:
    planungsraeume: list
    candidate_areas: list
    summary: list
    report: Report
    data_note: str = ""
    stats: dict = field(default_factory=dict)


class _Progress:
    def __init__(self, feedback):
        self.feedback = feedback

    def set(self, percent):
        if self.feedback is not None:
            self.feedback.setProgress(percent)

    def step(self, start, end, done, total):
        if self.feedback is not None and total and done % 200 == 0:
            self.feedback.setProgress(start + (end - start) * done / total)


def _prepared(geometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


def _intersection_area(a, b):
    result = a.intersection(b)
    if result.isNull():
        result = a.makeValid().intersection(b.makeValid())
    return 0.0 if result.isNull() else result.area()


def _share_covered(plr, geometry, engine):
    """Share (0..1) of the Planungsraum covered by ``geometry``."""
    if plr.area <= 0:
        return 0.0
    other = plr.geometry.constGet()
    if not engine.intersects(other):
        return 0.0
    if engine.contains(other):
        return 1.0
    if engine.touches(other):  # a shared edge only: no area in common, no overlay needed
        return 0.0
    return min(1.0, _intersection_area(plr.geometry, geometry) / plr.area)


def run_criteria_overlay(inputs, feedback=None):
    """Run the overlay; return an ``OverlayResult`` or raise ``CriteriaOverlayError``."""
    report = Report(feedback)
    progress = _Progress(feedback)
    context = inputs.transform_context
    plrs = read_planungsraeume(inputs.planungsraeume, inputs.crs, context, report, feedback)
    progress.set(10)
    read_mss(inputs.mss, plrs, report, feedback)
    progress.set(15)
    plr_index = grid_of(p.geometry for p in plrs)
    schools, lmb = read_schools(inputs.schools, inputs.lmb_table, inputs.crs, context, inputs.expression_context, report, feedback)
    data_note = inputs.data_note or (EXAMPLE_DATA_NOTE if lmb is not None and lmb.example else "")
    progress.set(25)
    if inputs.catchments is not None:
        catchments = read_catchments(inputs.catchments, inputs.crs, context, feedback)
        assign_schools_by_catchment(plrs, plr_index, schools, catchments, inputs.catchments.min_share_percent, report, feedback)
    else:
        assign_schools_by_location(plrs, plr_index, schools, report, feedback)
    set_school_criterion(plrs, schools, inputs.schools.threshold, report)
    progress.set(45)
    if inputs.social is not None:
        read_social(inputs.social, plrs, report, feedback)
    areas = []
    if inputs.areas is not None:
        areas = read_areas(inputs.areas, inputs.crs, context, report, feedback)
        assign_areas(plrs, areas, inputs.areas.min_share_percent, report, feedback)
        report_derived_areas(areas, report)
    progress.set(60)
    count_criteria(plrs, inputs.min_criteria, report)
    candidate_areas = dissolve_candidates(plrs, areas, inputs.adjacency_distance, report, feedback)
    progress.set(90)
    summary = summarise(plrs, areas)
    stats = {
        "planungsraeume": len(plrs),
        "crit_mss": sum(p.crit_mss is True for p in plrs),
        "crit_school": sum(p.crit_school is True for p in plrs),
        "crit_social": sum(p.crit_social is True for p in plrs),
        "candidates": sum(p.candidate for p in plrs),
        "candidate_areas": len(candidate_areas),
    }
    report.info(
        QCoreApplication.translate(
            "CriteriaOverlay",
            "{plr} Planungsräume: MSS criterion met by {mss}, school criterion by {school}, social criterion by {social}; "
            "{candidates} candidates in {areas} candidate areas."
        ).format(plr=stats["planungsraeume"], mss=stats["crit_mss"], school=stats["crit_school"], social=stats["crit_social"],
                 candidates=stats["candidates"], areas=stats["candidate_areas"])
    )
    return OverlayResult(plrs, candidate_areas, summary, report, data_note, stats)


# -- criterion 2: schools ------------------------------------------------------------------


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
        engine = _prepared(geometry)
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
            share = _share_covered(plrs[i], geometry, engine)
            if share > 0 and share * 100.0 >= min_share_percent:
                plrs[i].school_keys |= members
                assigned = True
        if assigned:
            used |= members
        else:
            nowhere.append(members)
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


# -- current Handlungsräume ---------------------------------------------------------------


def assign_areas(plrs, areas, min_share_percent, report, feedback=None):
    """hr_code: the area covering the largest share of the Planungsraum, if at least the minimum."""
    engines = [_prepared(a.geometry) for a in areas]
    area_index = grid_of(a.geometry for a in areas)
    touched = set()
    for number, plr in enumerate(plrs):
        check_canceled(feedback, number)
        best_share, best_code = 0.0, None
        if plr.area > 0:
            for j in area_index.intersecting(*box_of(plr.geometry)):
                share = _share_covered(plr, areas[j].geometry, engines[j])
                if share > best_share + 1e-9:
                    best_share, best_code = share, areas[j].code
        plr.hr_share_pct = round(best_share * 100.0, 1)
        if best_code is not None and best_share * 100.0 >= min_share_percent:
            plr.hr_code = best_code
            touched.add(best_code)
    if areas and not touched:
        raise CriteriaOverlayError(
            QCoreApplication.translate(
                "CriteriaOverlay", "No current Handlungsraum covers any Planungsraum. Do the layers cover the same place?"
            )
        )
    lonely = [a.code for a in areas if a.code not in touched]
    if lonely:
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay", "Current Handlungsräume that cover no Planungsraum by the minimum share: {ids}"
            ).format(ids=listed(lonely))
        )


# -- candidates -----------------------------------------------------------------------------


def count_criteria(plrs, min_criteria, report):
    """n_criteria over the criteria with data; candidate when at least ``min_criteria`` are met."""
    for plr in plrs:
        flags = (plr.crit_mss, plr.crit_school, plr.crit_social)
        plr.n_criteria_data = sum(flag is not None for flag in flags)
        plr.n_criteria = sum(flag is True for flag in flags)
        plr.candidate = plr.n_criteria >= min_criteria
    most = max((p.n_criteria_data for p in plrs), default=0)
    if most < min_criteria:
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay",
                "No Planungsraum has data for more than {most} criteria, fewer than the minimum of {minimum}: there can be no candidate."
            ).format(most=most, minimum=min_criteria)
        )


def neighbours(engine, other, distance):
    """Two Planungsräume are neighbours when they lie at most ``distance`` metres apart: when they
    overlap or touch (along a border or at a corner point: distance 0) or a gap of at most
    ``distance`` separates them. One rule, by distance only: a corner is no farther than a
    1-metre gap, so both join (decided in issue 10; documented in the help and the README)."""
    if engine.intersects(other):
        return True
    return distance > 0 and 0 <= engine.distance(other) <= distance


def dissolve_candidates(plrs, areas, distance, report, feedback=None):
    """Join neighbouring candidate Planungsräume (see ``neighbours``) into numbered areas."""
    candidates = [p for p in plrs if p.candidate and not p.geometry.isEmpty()]
    index = grid_of(p.geometry for p in candidates)
    parent = list(range(len(candidates)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for k, plr in enumerate(candidates):
        check_canceled(feedback, k)
        for m in index.intersecting(*box_of(plr.geometry, max(distance, 0.0))):
            if m <= k or root(m) == root(k):
                continue
            if neighbours(plr.prepared(), candidates[m].geometry.constGet(), distance):
                parent[max(root(k), root(m))] = min(root(k), root(m))
    groups = {}
    for k in range(len(candidates)):
        groups.setdefault(root(k), []).append(candidates[k])
    area_geometries = [a.geometry for a in areas]
    area_index = grid_of(area_geometries)
    result = []
    for area_id, first in enumerate(sorted(groups), start=1):
        check_canceled(feedback)
        members = groups[first]
        geometry = QgsGeometry(members[0].geometry) if len(members) == 1 else QgsGeometry.unaryUnion([m.geometry for m in members])
        for member in members:
            member.area_id = area_id
        populations = [m.ew for m in members if m.ew is not None]
        hr_codes = sorted({m.hr_code for m in members if m.hr_code})
        overlapping = [area_geometries[j] for j in area_index.intersecting(*box_of(geometry))]
        overlap = 0.0
        if overlapping:
            current = overlapping[0] if len(overlapping) == 1 else QgsGeometry.unaryUnion(overlapping)
            overlap = _intersection_area(geometry, current)
        size = geometry.area()
        result.append(CandidateArea(
            area_id=area_id,
            plr_ids=[m.plr_id for m in members],
            geometry=geometry,
            n_plr=len(members),
            ew=sum(populations) if populations else None,
            area_km2=round(size / SQUARE_METRES_PER_KM2, 4),
            hr_codes=", ".join(hr_codes) if hr_codes else None,
            n_plr_in_hr=sum(1 for m in members if m.hr_code),
            overlap_km2=round(overlap / SQUARE_METRES_PER_KM2, 4),
            overlap_pct=round(100.0 * overlap / size, 1) if size > 0 else 0.0,
        ))
    without_geometry = [p.plr_id for p in plrs if p.candidate and p.geometry.isEmpty()]
    if without_geometry:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "Candidates without geometry belong to no candidate area: {ids}").format(
                ids=listed(without_geometry)
            )
        )
    return result


# -- summary ----------------------------------------------------------------------------------


def _summary_row(kind, members, code=None, name=None):
    candidates = [p for p in members if p.candidate]
    population = [p.ew for p in members if p.ew is not None]
    candidate_population = [p.ew for p in candidates if p.ew is not None]
    ew = sum(population) if population else None
    ew_candidate = sum(candidate_population) if candidate_population else (0 if population else None)
    return SummaryRow(
        kind=kind,
        hr_code=code,
        hr_name=name,
        n_plr=len(members),
        ew=ew,
        n_plr_mss=sum(p.crit_mss is True for p in members),
        n_plr_school=sum(p.crit_school is True for p in members),
        n_plr_social=sum(p.crit_social is True for p in members),
        n_plr_candidate=len(candidates),
        ew_candidate=ew_candidate,
        pct_plr_candidate=round(100.0 * len(candidates) / len(members), 1) if members else None,
        pct_ew_candidate=round(100.0 * ew_candidate / ew, 1) if ew else None,
        candidate_plr_ids=", ".join(p.plr_id for p in candidates) or None,
    )


#: Values of the summary's ``kind`` field (a documented interface, not translated).
KIND_AREA = "handlungsraum"
KIND_OUTSIDE = "outside"
KIND_TOTAL = "total"

#: The basis of an area boundary drawn from the MSS criterion itself (resources/catalogue/README.md).
CRITERIA_DERIVED = "criteria_derived"
#: ``hr_note`` of such an area in the summary (German, like the other notes in the outputs).
CRITERIA_DERIVED_NOTE = "Abgrenzung aus dem MSS-Kriterium abgeleitet: MSS-Anteil 100 % per Konstruktion, kein Befund"


def report_derived_areas(areas, report):
    """Say which current areas are drawn from the MSS criterion: comparing with them cannot show anything about it."""
    derived = [a.code for a in areas if a.basis == CRITERIA_DERIVED]
    if derived:
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay",
                "{n} of the {total} current Handlungsräume are drawn from the MSS criterion itself (basis criteria_derived): "
                "their share of Planungsräume meeting the MSS criterion is 100 % by construction, not a finding: {ids}").format(
                n=len(derived), total=len(areas), ids=listed(derived))
        )


def summarise(plrs, areas):
    """One row per current Handlungsraum, one for the rest of the city, one for all."""
    rows = []
    for area in areas:
        row = _summary_row(KIND_AREA, [p for p in plrs if p.hr_code == area.code], area.code, area.name)
        row.hr_note = CRITERIA_DERIVED_NOTE if area.basis == CRITERIA_DERIVED else None
        rows.append(row)
    if areas:
        rows.append(_summary_row(KIND_OUTSIDE, [p for p in plrs if p.hr_code is None]))
    rows.append(_summary_row(KIND_TOTAL, plrs))
    return rows
