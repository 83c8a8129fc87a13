"""A uniform-grid index of bounding boxes for the criteria overlay.

For a few hundred to a few hundred thousand boxes of similar size (Planungsräume, schools,
areas) a plain grid in Python answers "which boxes may touch this one" faster than
``QgsSpatialIndex`` through the Python bindings (each of its calls costs microseconds), and
it answers in a fixed order (ascending ids), which keeps the overlay deterministic.
"""

import math


class GridIndex:
    """Boxes ``(xmin, ymin, xmax, ymax)`` by integer id; queries return ascending ids."""

    def __init__(self, boxes):
        self.boxes = {number: box for number, box in boxes if box is not None}
        sizes = [max(b[2] - b[0], 0.0) * max(b[3] - b[1], 0.0) for b in self.boxes.values()]
        mean_area = sum(sizes) / len(sizes) if sizes else 0.0
        self.cell = max(math.sqrt(mean_area), 1.0)
        self.cells = cells = {}
        cell = self.cell
        floor = math.floor
        for number, (xmin, ymin, xmax, ymax) in self.boxes.items():
            for cx in range(floor(xmin / cell), floor(xmax / cell) + 1):
                for cy in range(floor(ymin / cell), floor(ymax / cell) + 1):
                    if (cx, cy) in cells:
                        cells[cx, cy].append(number)
                    else:
                        cells[cx, cy] = [number]

    def _keys(self, xmin, ymin, xmax, ymax):
        cell = self.cell
        for cx in range(math.floor(xmin / cell), math.floor(xmax / cell) + 1):
            for cy in range(math.floor(ymin / cell), math.floor(ymax / cell) + 1):
                yield cx, cy

    def intersecting(self, xmin, ymin, xmax, ymax):
        """Ids whose box touches the given box."""
        boxes = self.boxes
        cell = self.cell
        cells = (math.floor(xmax / cell) - math.floor(xmin / cell) + 1) * (math.floor(ymax / cell) - math.floor(ymin / cell) + 1)
        if cells > len(boxes):  # a query larger than the index: look at every box once
            found = boxes.keys()
        else:
            found = set()
            for key in self._keys(xmin, ymin, xmax, ymax):
                found.update(self.cells.get(key, ()))
        return sorted(n for n in found if boxes[n][0] <= xmax and boxes[n][2] >= xmin and boxes[n][1] <= ymax and boxes[n][3] >= ymin)

    def at(self, x, y):
        """Ids whose box holds the point."""
        boxes = self.boxes
        candidates = self.cells.get((math.floor(x / self.cell), math.floor(y / self.cell)), ())
        return sorted(n for n in candidates if boxes[n][0] <= x <= boxes[n][2] and boxes[n][1] <= y <= boxes[n][3])


def box_of(geometry, grow=0.0):
    """The bounding box of a QgsGeometry as a tuple (None for an empty geometry)."""
    if geometry is None or geometry.isEmpty():
        return None
    rectangle = geometry.boundingBox()
    return (rectangle.xMinimum() - grow, rectangle.yMinimum() - grow, rectangle.xMaximum() + grow, rectangle.yMaximum() + grow)


def grid_of(geometries, grow=0.0):
    """A GridIndex of ``geometries`` (ids are their positions)."""
    return GridIndex((number, box_of(geometry, grow)) for number, geometry in enumerate(geometries))
