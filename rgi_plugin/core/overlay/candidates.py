"""Candidates of the criteria overlay: criteria counted per Planungsraum, and neighbouring
candidates dissolved into numbered candidate areas compared with the current Handlungsräume."""

from dataclasses import dataclass

from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from .checks import check_canceled, listed
from .geometry import SQUARE_METRES_PER_KM2, intersection_area
from .index import box_of, grid_of


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
    area_geometries = [a.geometry for a in areas]
    area_index = grid_of(area_geometries)
    result = []
    for area_id, members in enumerate(_neighbour_groups(candidates, distance, feedback), start=1):
        check_canceled(feedback)
        for member in members:
            member.area_id = area_id
        result.append(_candidate_area(area_id, members, area_geometries, area_index))
    without_geometry = [p.plr_id for p in plrs if p.candidate and p.geometry.isEmpty()]
    if without_geometry:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "Candidates without geometry belong to no candidate area: {ids}").format(
                ids=listed(without_geometry)
            )
        )
    return result


def _neighbour_groups(candidates, distance, feedback):
    """The candidates in groups of neighbours (union-find), each group in input order, the groups
    ordered by their first member."""
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
    return [groups[first] for first in sorted(groups)]


def _candidate_area(area_id, members, area_geometries, area_index):
    """One candidate area: its members dissolved, population, size and overlap with the current areas."""
    geometry = QgsGeometry(members[0].geometry) if len(members) == 1 else QgsGeometry.unaryUnion([m.geometry for m in members])
    populations = [m.ew for m in members if m.ew is not None]
    hr_codes = sorted({m.hr_code for m in members if m.hr_code})
    overlapping = [area_geometries[j] for j in area_index.intersecting(*box_of(geometry))]
    overlap = 0.0
    if overlapping:
        current = overlapping[0] if len(overlapping) == 1 else QgsGeometry.unaryUnion(overlapping)
        overlap = intersection_area(geometry, current)
    size = geometry.area()
    return CandidateArea(
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
    )
