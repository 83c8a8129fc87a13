"""The grid index of the criteria overlay answers like a brute-force search, in ascending order."""

import random

import pytest

from rgi_plugin.core.overlay.index import GridIndex


def boxes(count, seed, size):
    rng = random.Random(seed)
    result = []
    for number in range(count):
        x, y = rng.uniform(0, 10000), rng.uniform(0, 10000)
        result.append((number, (x, y, x + rng.uniform(0, size), y + rng.uniform(0, size))))
    return result


def brute(items, xmin, ymin, xmax, ymax):
    return [n for n, b in items if b[0] <= xmax and b[2] >= xmin and b[1] <= ymax and b[3] >= ymin]


@pytest.mark.parametrize("size", [1.0, 300.0, 5000.0])
def test_grid_queries_equal_brute_force(size):
    items = boxes(500, 6, size)
    index = GridIndex(items)
    rng = random.Random(60)
    for _ in range(200):
        x, y, w, h = rng.uniform(-500, 10500), rng.uniform(-500, 10500), rng.uniform(0, 3000), rng.uniform(0, 3000)
        assert index.intersecting(x, y, x + w, y + h) == brute(items, x, y, x + w, y + h)
        assert index.at(x, y) == brute(items, x, y, x, y)


def test_an_empty_index_and_degenerate_boxes():
    assert GridIndex([]).intersecting(0, 0, 1e6, 1e6) == []
    points = GridIndex([(0, (5.0, 5.0, 5.0, 5.0)), (1, (5.0, 5.0, 5.0, 5.0)), (2, None)])
    assert points.at(5.0, 5.0) == [0, 1] and points.intersecting(0, 0, 4, 4) == []
