"""The change of each Planungsraum between two MSS editions (``rgi:mss_change``).

Result: one row per Planungsraum of the *later* edition's geometry.

- Same LOR scheme (e.g. 2017 → 2019): the two tables are joined by Planungsraum id, which is
  the same key in both. ``si_change`` = status class later − earlier (−3 … +3; the MSS counts
  1 hoch … 4 sehr niedrig, so a positive change is a lower status, a negative one a higher).
- Different schemes (e.g. 2017 → 2021): ids are not joined. Each Planungsraum of the later
  edition gets the earlier status as the mean of the overlapping earlier Planungsräume weighted
  by the overlapping area (rated ones only), and ``si_change`` = later status − that mean
  (a decimal number). ``cover_pct`` says how much of its area the rated earlier Planungsräume
  cover; ``di_n_from`` is the dynamics class covering most of it.

Rows that cannot be compared (not rated in one of the editions) keep NULL changes and a note.
"""

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication

from .catalogue import EditionError
from .shares import PlanungsraumIndex, overlaps
from .store import is_rated

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

SAME_SCHEME, AREA_WEIGHTED = "same_scheme", "area_weighted"
#: Notes of rows without a change (a documented value of the output field ``note``).
NOT_RATED_BEFORE, NOT_RATED_AFTER, NOT_RATED = "not_rated_before", "not_rated_after", "not_rated"


@dataclass
class ChangeRow:
    plr_id: str
    plr_name: str
    geometry: object
    ew_from: int = None
    ew_to: int = None
    si_n_from: object = None  # int (same scheme) or float (area-weighted mean)
    si_n_to: int = None
    si_change: object = None
    di_n_from: int = None
    di_n_to: int = None
    cover_pct: float = None
    from_plr_ids: str = None
    note: str = None


@dataclass
class ChangeResult:
    edition_from: object
    edition_to: object
    method: str
    rows: list
    counts: dict = field(default_factory=dict)

    def describe(self, language="de"):
        """The method, for the output's metadata and the log."""
        if self.method == SAME_SCHEME:
            text = _translate(
                "Editions",
                "{before} → {after}, both on {scheme}: the tables are joined by Planungsraum id (the same key in both). "
                "si_change = status class {after} − status class {before} (1 high … 4 very low): positive = lower status, "
                "negative = higher status. Planungsräume rated in only one edition have no change (note).")
        else:
            text = _translate(
                "Editions",
                "{before} ({scheme_before}) → {after} ({scheme}): different LOR schemes, no id is joined. For each "
                "Planungsraum of {after} the status of {before} is the mean status class of the overlapping Planungsräume "
                "of {before}, weighted by the overlapping area (rated ones only; overlaps under 1 % of its area are "
                "slivers of differently simplified outlines and left out); si_change = status class {after} − that "
                "mean. cover_pct: share of the area covered by rated Planungsräume of {before}; di_n_from: the dynamics "
                "class covering most of it; from_plr_ids: the Planungsräume of {before} with their share in percent.")
        return text.format(before=self.edition_from.label, after=self.edition_to.label,
                           scheme=self.edition_to.lor_scheme.label(language),
                           scheme_before=self.edition_from.lor_scheme.label(language))


def mss_change(edition_from, edition_to, store):
    """``ChangeResult`` from ``edition_from`` to ``edition_to`` (any order of years; same edition refused)."""
    if edition_from.id == edition_to.id and edition_from.layer_id == edition_to.layer_id:
        raise EditionError(_translate("Editions", "Choose two different editions (both are {edition}).").format(
            edition=edition_from.label))
    rows_from, rows_to = store.rows(edition_from), store.rows(edition_to)
    geometry_to = store.planungsraeume(edition_to)
    if edition_from.scheme == edition_to.scheme:
        rows = _same_scheme(rows_from, rows_to, geometry_to)
        method = SAME_SCHEME
    else:
        rows = _area_weighted(rows_from, rows_to, geometry_to, PlanungsraumIndex(store.planungsraeume(edition_from)))
        method = AREA_WEIGHTED
    counts = {
        "planungsraeume": len(rows),
        "compared": sum(1 for row in rows if row.si_change is not None),
        "lower": sum(1 for row in rows if row.si_change is not None and row.si_change > 0),
        "higher": sum(1 for row in rows if row.si_change is not None and row.si_change < 0),
        "same": sum(1 for row in rows if row.si_change == 0),
        "from_without_geometry": sorted(set(rows_from) - set(store.planungsraeume(edition_from))),
        "to_without_geometry": sorted(set(rows_to) - set(geometry_to)),
    }
    return ChangeResult(edition_from, edition_to, method, rows, counts)


def _to_values(row, plr):
    return dict(plr_id=plr.plr_id, plr_name=(row.name if row is not None and row.name else plr.name), geometry=plr.geometry,
                ew_to=None if row is None else row.ew,
                si_n_to=row.status if is_rated(row) else None,
                di_n_to=row.dynamics if is_rated(row) else None)


def _note(before_rated, after_rated):
    if before_rated and after_rated:
        return None
    if not before_rated and not after_rated:
        return NOT_RATED
    return NOT_RATED_BEFORE if not before_rated else NOT_RATED_AFTER


def _same_scheme(rows_from, rows_to, geometry_to):
    result = []
    for plr_id in sorted(geometry_to):
        before, after = rows_from.get(plr_id), rows_to.get(plr_id)
        row = ChangeRow(**_to_values(after, geometry_to[plr_id]))
        row.ew_from = None if before is None else before.ew
        if is_rated(before):
            row.si_n_from, row.di_n_from = before.status, before.dynamics
        row.note = _note(is_rated(before), row.si_n_to is not None)
        if row.note is None:
            row.si_change = row.si_n_to - row.si_n_from
            row.cover_pct = 100.0
            row.from_plr_ids = plr_id
        result.append(row)
    return result


def _area_weighted(rows_from, rows_to, geometry_to, index_from):
    result = []
    for plr_id in sorted(geometry_to):
        plr = geometry_to[plr_id]
        row = ChangeRow(**_to_values(rows_to.get(plr_id), plr))
        pieces = overlaps(plr.geometry, index_from)
        rated = [(other, area) for other, area in pieces if is_rated(rows_from.get(other))]
        covered = sum(area for _, area in rated)
        if plr.area > 0:
            row.cover_pct = round(min(100.0, 100.0 * covered / plr.area), 1)
        row.from_plr_ids = ", ".join("{} ({:.0f} %)".format(other, 100.0 * area / plr.area) for other, area in pieces) or None
        population = [_population_inside(rows_from.get(other), area, index_from) for other, area in pieces]
        known = [value for value in population if value is not None]
        row.ew_from = int(round(sum(known))) if known else None
        if covered > 0:
            row.si_n_from = round(sum(rows_from[other].status * area for other, area in rated) / covered, 2)
            by_dynamics = {}
            for other, area in rated:
                by_dynamics[rows_from[other].dynamics] = by_dynamics.get(rows_from[other].dynamics, 0.0) + area
            row.di_n_from = max(sorted(by_dynamics), key=lambda code: by_dynamics[code])
        row.note = _note(covered > 0, row.si_n_to is not None)
        if row.note is None:
            row.si_change = round(row.si_n_to - row.si_n_from, 2)
        result.append(row)
    return result


def _population_inside(row, overlap_area, index_from):
    """Inhabitants of an earlier Planungsraum inside the overlap (spread evenly over its area)."""
    plr = index_from.by_id.get(row.plr_id) if row is not None and row.ew is not None else None
    if plr is None or plr.area <= 0:
        return None
    return row.ew * overlap_area / plr.area
