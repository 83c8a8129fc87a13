"""The summary of the criteria overlay: one row per current Handlungsraum, the rest of the city, all."""

from dataclasses import dataclass

from .areas import CRITERIA_DERIVED, CRITERIA_DERIVED_NOTE


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
