"""How each Handlungsraum developed over the MSS editions, and the trend since MSS 2017.

For every area and every edition, on that edition's own Planungsräume: each Planungsraum counts
with the share of its area that lies inside the Handlungsraum (``shares``), its population
with that share (the population of a Planungsraum is taken as spread evenly over its area).
Never a join of old to new ids. Figures per area and edition (``EditionFigures``):

- population: the sum of share × inhabitants;
- of the population in rated Planungsräume, the share in status *niedrig*/*sehr niedrig*, the
  share with negative dynamics, and the status mix (hoch … sehr niedrig);
- the Planungsräume mostly inside (share ≥ 50 %) and those only partly inside.

The trend since MSS 2017 over these figures is in ``trend.py``.
"""

from dataclasses import dataclass, field

from .shares import PlanungsraumIndex, shares_inside
from .store import is_rated

#: Status classes counted as low (niedrig, sehr niedrig) and the dynamics class "negativ".
LOW_STATUSES = (3, 4)
NEGATIVE_DYNAMICS = 5
#: A Planungsraum is "mostly inside" an area from this share of its area on.
MOSTLY_INSIDE = 0.5
#: ... and counts as wholly inside from this share on (the rest are slivers of simplified outlines).
WHOLLY_INSIDE = 0.99
#: Above this share of the population counted from partly inside Planungsräume, a figure is an estimate.
ESTIMATE_ABOVE = 20.0

@dataclass(frozen=True)
class Area:
    code: str
    name: str
    geometry: object  # QgsGeometry in EPSG:25833


@dataclass
class EditionFigures:
    """One Handlungsraum in one edition. Populations are share-weighted (floats)."""

    edition: object
    shares: list  # [(plr_id, share)] of every Planungsraum touching the area, by id
    population: float = 0.0
    rated_population: float = 0.0
    status_population: dict = field(default_factory=lambda: {1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0})
    negative_population: float = 0.0
    unrated: list = field(default_factory=list)  # [(plr_id, share)] touching Planungsräume without a rating
    _partial: float = 0.0

    @property
    def year(self):
        return self.edition.year

    @property
    def low_population(self):
        return sum(self.status_population[code] for code in LOW_STATUSES)

    def _percent(self, value):
        return 100.0 * value / self.rated_population if self.rated_population > 0 else None

    @property
    def low_share(self):
        """Percent of the rated population living in status niedrig or sehr niedrig (None without rating)."""
        return self._percent(self.low_population)

    @property
    def negative_share(self):
        """Percent of the rated population living with negative dynamics."""
        return self._percent(self.negative_population)

    @property
    def status_mix(self):
        """{status code: percent of the rated population}; None without rating."""
        if self.rated_population <= 0:
            return None
        return {code: self._percent(value) for code, value in sorted(self.status_population.items())}

    @property
    def partial_population(self):
        """Population counted from Planungsräume only partly inside (an estimate by area share)."""
        return self._partial

    @property
    def partial_share(self):
        """Percent of the population counted from Planungsräume only partly inside (None without population).

        High values mean the figure is an estimate: the area cuts through Planungsräume of this
        edition, and their inhabitants are counted by area share as if spread evenly."""
        return 100.0 * self._partial / self.population if self.population > 0 else None

    @property
    def mostly_inside(self):
        return [plr_id for plr_id, share in self.shares if share >= MOSTLY_INSIDE]

    @property
    def partly_inside(self):
        return [(plr_id, share) for plr_id, share in self.shares if share < MOSTLY_INSIDE]


@dataclass
class AreaDevelopment:
    code: str
    name: str
    figures: list  # EditionFigures, oldest edition first

    def of_year(self, year):
        for figures in self.figures:
            if figures.year == year:
                return figures
        return None

    def rated(self):
        return [f for f in self.figures if f.rated_population > 0]


class DevelopmentCalculator:
    """Computes the figures of the given areas in any edition; area shares are kept per geometry."""

    def __init__(self, areas, store):
        self.areas = list(areas)
        self.store = store
        self._shares = {}  # geometry key -> {area code: [(plr_id, share)]}

    def shares(self, edition):
        key = edition.geometry_key
        if key not in self._shares:
            index = PlanungsraumIndex(self.store.planungsraeume(edition))
            self._shares[key] = {area.code: shares_inside(area.geometry, index) for area in self.areas}
        return self._shares[key]

    def figures(self, area, edition):
        rows = self.store.rows(edition)
        result = EditionFigures(edition, self.shares(edition)[area.code])
        for plr_id, share in result.shares:
            row = rows.get(plr_id)
            if not is_rated(row):
                result.unrated.append((plr_id, share))
            if row is None or row.ew is None:
                continue
            weighted = share * row.ew
            result.population += weighted
            if share < WHOLLY_INSIDE:
                result._partial += weighted
            if not is_rated(row):
                continue
            result.rated_population += weighted
            result.status_population[row.status] += weighted
            if row.dynamics == NEGATIVE_DYNAMICS:
                result.negative_population += weighted
        return result

    def usable(self, editions):
        """``(editions, problems)``: the editions whose rows and Planungsräume can be read, and the
        message of each one that cannot (a layer loaded from a service that lacks a field, say):
        one unusable edition does not take the others' development with it."""
        from .catalogue import EditionError

        usable, problems = [], []
        for edition in editions:
            try:
                self.store.rows(edition)
                self.store.planungsraeume(edition)
            except EditionError as error:
                problems.append(str(error))
            else:
                usable.append(edition)
        return usable, problems

    def development(self, editions):
        """[AreaDevelopment] of every area over ``editions`` (sorted oldest first)."""
        editions = sorted(editions, key=lambda edition: edition.year)
        return [AreaDevelopment(area.code, area.name, [self.figures(area, edition) for edition in editions])
                for area in self.areas]


def bundled_areas(project=None):
    """The Handlungsräume of the bundled approximation as ``Area`` objects, in catalogue order."""
    from qgis.core import QgsVectorLayer

    from ...definitions.datasets import HANDLUNGSRAEUME
    from ..data import offline_copy, read_snapshot

    dataset = read_snapshot().dataset(HANDLUNGSRAEUME)
    layer = QgsVectorLayer(str(offline_copy(dataset).path), dataset.id, "ogr")
    return areas_from_layer(layer, "code", "name", project)


def areas_from_layer(layer, code_field="code", name_field="name", project=None):
    """``Area`` objects from a polygon layer (e.g. official boundaries), in EPSG:25833, by code."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeatureRequest, QgsGeometry

    from .store import WORKING_CRS

    request = QgsFeatureRequest()
    target = QgsCoordinateReferenceSystem(WORKING_CRS)
    if layer.crs().isValid() and layer.crs() != target:
        context = project.transformContext() if project is not None else QgsCoordinateTransformContext()
        request.setDestinationCrs(target, context)
    has_name = layer.fields().lookupField(name_field) >= 0
    areas = {}
    for feature in layer.getFeatures(request):
        code = str(feature[code_field])
        name = str(feature[name_field]) if has_name else code
        geometry = QgsGeometry(feature.geometry())
        if code in areas:  # several parts of one area: one geometry
            geometry = QgsGeometry.unaryUnion([areas[code].geometry, geometry])
        areas[code] = Area(code, name, geometry)
    return [areas[code] for code in sorted(areas, key=_code_order)]


def _code_order(code):
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 999, code)
