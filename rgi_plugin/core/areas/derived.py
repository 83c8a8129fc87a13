"""The Handlungsräume derived from the Geoportal's official map (WMS) at Planungsraum level.

The GI areas are published only as a map image (``k_gemeinschaftsinitiative_quartier``, no WFS,
no GetFeatureInfo). ``derived_map.DeriveBoundariesTask`` renders that WMS over Berlin in tiles (GetMap,
transparent PNG) at a resolution that gives the smallest Planungsraum ``MIN_PIXELS_PER_PLR``
pixels, rasterises the LOR 2021 Planungsräume on the same grid, and counts for every
Planungsraum the share of its pixels the map covers. Then, in ``assign``:

1. a Planungsraum whose share is above ``threshold`` (default 50 %) is covered; shares between
   ``noise`` and ``1 - noise`` are partial and reported either way;
2. covered Planungsräume that touch form connected regions;
3. a region goes to the one Handlungsraum whose current approximation it overlaps in the same
   Bezirk; a region that meets several is split by Bezirk, then by the approximation (each
   Planungsraum to the one candidate whose approximation holds it); what stays ambiguous, and
   a region that meets none, is reported and left out, never guessed.

The result replaces the approximation in the user's profile (a GeoPackage written by
``write_geopackage``), labelled "abgeleitet aus dem Kartendienst des Geoportals (date)", with
the per-Planungsraum shares kept as attributes.

This module holds the model and the assignment (``assign``) and reads the result in force;
``derived_map`` renders the map and counts the pixels (the task), ``derived_file`` writes the
GeoPackage. Pure ``qgis.core`` plus numpy; the requests go through ``network.get`` (QGIS's
network stack), so the task's ``run`` never touches widgets.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from qgis.core import QgsFeature, QgsGeometry, QgsSpatialIndex, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

translate = QCoreApplication.translate

DEFAULT_THRESHOLD = 0.5
#: Shares below this (or above 1 minus it) are edge noise of two renderers drawing one border.
DEFAULT_NOISE = 0.05
#: Two Planungsräume closer than this (metres) are neighbours in one region.
TOUCH_DISTANCE = 1.0
#: The label every derived boundary carries (the date is filled in).
SOURCE_LABEL = "abgeleitet aus dem Kartendienst des Geoportals ({date})"

# Kinds of findings (stable identifiers for the log, the panel and the tests).
PARTIAL = "partial"
AMBIGUOUS = "ambiguous"
UNMATCHED = "unmatched"
MISSING = "missing"
SPLIT = "split"

AREA_LAYER = "handlungsraeume"
SHARES_LAYER = "planungsraum_anteile"


class DerivationError(Exception):
    """The derivation cannot run or its result cannot be written; the message says why."""


@dataclass(frozen=True)
class Planungsraum:
    plr_id: str
    name: str
    bezirk: str
    geometry: QgsGeometry


@dataclass(frozen=True)
class CurrentArea:
    """A Handlungsraum as the plugin draws it today (the approximation): code, Bezirke, geometry."""

    code: str
    name: str
    bezirke: tuple
    geometry: QgsGeometry
    plr_ids: tuple = ()


@dataclass(frozen=True)
class Finding:
    kind: str
    plr_ids: tuple
    codes: tuple
    shares: tuple = ()  # (plr_id, share) for partial coverage

    def message(self):
        plrs = ", ".join(self.plr_ids)
        codes = ", ".join(self.codes)
        if self.kind == PARTIAL:
            shares = ", ".join("{} {:.0%}".format(plr_id, share) for plr_id, share in self.shares)
            if self.codes:
                return translate("DerivedBoundaries", "Partly covered, assigned to {codes}: {shares}").format(codes=codes, shares=shares)
            return translate("DerivedBoundaries", "Partly covered, below the threshold, not assigned: {shares}").format(shares=shares)
        if self.kind == AMBIGUOUS:
            return translate("DerivedBoundaries", "Ambiguous, not assigned: {plrs} could belong to {codes}").format(plrs=plrs, codes=codes)
        if self.kind == UNMATCHED:
            return translate("DerivedBoundaries", "Covered on the map but no Handlungsraum of the same Bezirk overlaps: {plrs}").format(
                plrs=plrs)
        if self.kind == MISSING:
            return translate("DerivedBoundaries", "Not found on the map: {codes}").format(codes=codes)
        return translate("DerivedBoundaries", "A covered region shared by {codes} was split by Bezirk and approximation: {plrs}").format(
            codes=codes, plrs=plrs)


@dataclass
class Derivation:
    """What ``assign`` made of the shares: the composition per code and every finding."""

    areas: dict  # code -> tuple of plr ids
    shares: dict  # plr_id -> share covered (0 … 1)
    findings: list = field(default_factory=list)
    threshold: float = DEFAULT_THRESHOLD
    derived_on: str = ""
    service_url: str = ""
    layer: str = ""
    pixel_size: float = 0.0

    @property
    def label(self):
        return SOURCE_LABEL.format(date=self.derived_on)

    def findings_of(self, kind):
        return [finding for finding in self.findings if finding.kind == kind]

    def code_of(self, plr_id):
        for code, ids in self.areas.items():
            if plr_id in ids:
                return code
        return ""

    def differences(self, current):
        """{code: (added, removed)} against today's areas (``CurrentArea`` with plr_ids), changed codes only."""
        changes = {}
        for area in current:
            new, old = set(self.areas.get(area.code, ())), set(area.plr_ids)
            if new != old:
                changes[area.code] = (tuple(sorted(new - old)), tuple(sorted(old - new)))
        return changes


# -- from shares to Handlungsräume ----------------------------------------------------------------


def _components(ids, geometries):
    """Connected groups of ``ids`` (Planungsräume closer than TOUCH_DISTANCE), each sorted."""
    index = QgsSpatialIndex()
    order = sorted(ids)
    for number, plr_id in enumerate(order):
        feature = QgsFeature(number)
        feature.setGeometry(geometries[plr_id])
        index.addFeature(feature)
    parent = list(range(len(order)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for number, plr_id in enumerate(order):
        box = geometries[plr_id].boundingBox().buffered(TOUCH_DISTANCE)
        for other in index.intersects(box):
            if other > number and geometries[plr_id].distance(geometries[order[other]]) <= TOUCH_DISTANCE:
                parent[root(other)] = root(number)
    groups = defaultdict(list)
    for number, plr_id in enumerate(order):
        groups[root(number)].append(plr_id)
    return sorted((tuple(group) for group in groups.values()), key=lambda group: group[0])


def _candidates(plr_ids, planungsraeume, areas):
    """Codes whose approximation overlaps the Planungsräume and lists their Bezirk."""
    bezirke = {planungsraeume[plr_id].bezirk for plr_id in plr_ids}
    union = QgsGeometry.unaryUnion([planungsraeume[plr_id].geometry for plr_id in plr_ids])
    found = []
    for area in areas:
        if not bezirke & set(area.bezirke):
            continue
        overlap = union.intersection(area.geometry)
        if not overlap.isEmpty() and overlap.area() > 0:
            found.append(area.code)
    return found


def _holds(area, plr):
    overlap = plr.geometry.intersection(area.geometry)
    return not overlap.isEmpty() and overlap.area() >= 0.5 * plr.geometry.area()


def assign(shares, planungsraeume, areas, threshold=DEFAULT_THRESHOLD, noise=DEFAULT_NOISE):
    """A ``Derivation`` from the covered shares: ``planungsraeume`` maps plr_id -> ``Planungsraum``,
    ``areas`` are today's ``CurrentArea`` in catalogue order."""
    result = Derivation({area.code: () for area in areas}, dict(shares), threshold=threshold)
    covered = sorted(plr_id for plr_id, share in shares.items() if share > threshold)
    composition = defaultdict(set)
    by_code = {area.code: area for area in areas}
    for region in _components(covered, {plr_id: planungsraeume[plr_id].geometry for plr_id in covered}):
        codes = _candidates(region, planungsraeume, areas)
        if len(codes) == 1:
            composition[codes[0]].update(region)
            continue
        if not codes:
            result.findings.append(Finding(UNMATCHED, region, ()))
            continue
        # several: split by Bezirk, then by the approximation that holds each Planungsraum
        by_bezirk = defaultdict(list)
        for plr_id in region:
            by_bezirk[planungsraeume[plr_id].bezirk].append(plr_id)
        split = False
        for part in by_bezirk.values():
            part_codes = _candidates(part, planungsraeume, areas)
            if len(part_codes) == 1:
                composition[part_codes[0]].update(part)
                split = True
                continue
            if not part_codes:
                result.findings.append(Finding(UNMATCHED, tuple(part), ()))
                continue
            ambiguous = []
            for plr_id in part:
                holders = [code for code in part_codes if _holds(by_code[code], planungsraeume[plr_id])]
                if len(holders) == 1:
                    composition[holders[0]].add(plr_id)
                    split = True
                else:
                    ambiguous.append(plr_id)
            if ambiguous:
                result.findings.append(Finding(AMBIGUOUS, tuple(ambiguous), tuple(part_codes)))
        if split:
            result.findings.append(Finding(SPLIT, region, tuple(codes)))
    result.areas = {area.code: tuple(sorted(composition.get(area.code, ()))) for area in areas}
    partial_assigned, partial_left = defaultdict(list), []
    for plr_id, share in sorted(shares.items()):
        if noise <= share <= 1 - noise:
            code = result.code_of(plr_id)
            (partial_assigned[code] if code else partial_left).append((plr_id, share))
    for code, items in sorted(partial_assigned.items()):
        result.findings.append(Finding(PARTIAL, tuple(p for p, _ in items), (code,), tuple(items)))
    if partial_left:
        result.findings.append(Finding(PARTIAL, tuple(p for p, _ in partial_left), (), tuple(partial_left)))
    missing = tuple(code for code, ids in result.areas.items() if not ids)
    if missing:
        result.findings.append(Finding(MISSING, (), missing))
    return result


def planungsraeume_from_layer(layer):
    """``Planungsraum`` records of a LOR 2021 layer with ``plr_id``, ``plr_name``, ``bez_name``."""
    return [Planungsraum(f["plr_id"], f["plr_name"], f["bez_name"], QgsGeometry(f.geometry())) for f in layer.getFeatures()
            if f.hasGeometry() and QgsWkbTypes.geometryType(f.geometry().wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry]


def current_areas(layer, catalogue):
    """Today's areas (``CurrentArea``) from the area layer, Bezirke from the catalogue, in its order."""
    geometries = {f["code"]: f for f in layer.getFeatures()}
    found = []
    for area in catalogue.areas:
        feature = geometries.get(area.code)
        if feature is None:
            continue
        ids = tuple((feature["plr_ids"] or "").split(",")) if layer.fields().indexFromName("plr_ids") >= 0 else ()
        found.append(CurrentArea(area.code, area.name, tuple(area.bezirke), QgsGeometry(feature.geometry()), tuple(i for i in ids if i)))
    return found



# -- the derived boundaries in force --------------------------------------------------------------

def derived_folder():
    """Where derived boundaries are kept: the user's QGIS profile folder (None without one)."""
    from ...definitions.paths import profile_folder

    return profile_folder("abgrenzung")
