"""Geometry of the criteria overlay: prepared GEOS engines and how much of a Planungsraum an area covers."""

from qgis.core import QgsGeometry

SQUARE_METRES_PER_KM2 = 1_000_000.0


#: Half the side of the square that stands for a school in the point-in-polygon test (metres).
PROBE = 1e-6


def prepared(geometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


def intersection_area(a, b):
    result = a.intersection(b)
    if result.isNull():
        result = a.makeValid().intersection(b.makeValid())
    return 0.0 if result.isNull() else result.area()


def share_covered(plr, geometry, engine):
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
    return min(1.0, intersection_area(plr.geometry, geometry) / plr.area)
