"""Area shares: how much of each Planungsraum lies inside a polygon.

The one spatial step between editions: a Handlungsraum (drawn on LOR 2021) meets the
Planungsräume of any scheme through the share of each Planungsraum's area inside it, and the
Planungsräume of two schemes meet through their overlaps. Never a join of ids across schemes.
Pure ``qgis.core`` (GEOS), bounding boxes first, prepared geometries, no Processing.
"""

from qgis.core import QgsFeature, QgsSpatialIndex

from ..overlay.geometry import intersection_area, prepared

#: Shares below this are treated as 0: slivers along boundaries that two differently simplified
#: outlines of the same line leave (up to 0.8 % of a Planungsraum in the bundled data).
SLIVER = 0.01


class PlanungsraumIndex:
    """A spatial index over the Planungsräume of one geometry (``{plr_id: Planungsraum}``)."""

    def __init__(self, planungsraeume):
        self.items = [planungsraeume[plr_id] for plr_id in sorted(planungsraeume)]
        self.by_id = dict(planungsraeume)
        self.index = QgsSpatialIndex()
        for number, plr in enumerate(self.items):
            feature = QgsFeature(number)
            feature.setGeometry(plr.geometry)
            self.index.addFeature(feature)

    def candidates(self, geometry):
        return [self.items[i] for i in sorted(self.index.intersects(geometry.boundingBox()))]


def shares_inside(geometry, index):
    """[(plr_id, share of its area inside ``geometry``)] for every Planungsraum touching it, by id."""
    engine = prepared(geometry)
    result = []
    for plr in index.candidates(geometry):
        other = plr.geometry.constGet()
        if plr.area <= 0 or not engine.intersects(other):
            continue
        if engine.contains(other):
            share = 1.0
        elif engine.touches(other):
            continue
        else:
            share = min(1.0, intersection_area(plr.geometry, geometry) / plr.area)
        if share >= SLIVER:
            result.append((plr.plr_id, share))
    return result


def overlaps(geometry, index):
    """[(plr_id, overlap area in m²)] of the Planungsräume of ``index`` covering at least ``SLIVER``
    of ``geometry``'s area, by id."""
    engine = prepared(geometry)
    minimum = SLIVER * geometry.area()
    result = []
    for plr in index.candidates(geometry):
        other = plr.geometry.constGet()
        if not engine.intersects(other) or engine.touches(other):
            continue
        area = plr.area if engine.contains(other) else intersection_area(plr.geometry, geometry)
        if area > 0 and area >= minimum:
            result.append((plr.plr_id, area))
    return result
