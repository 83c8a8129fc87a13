"""The hand-built grid of the criteria overlay tests, where every flag is known.

The grid: eight 1 km squares in EPSG:25833, ids 01100101..01100108 (A..H), bottom row A B C D
(x 0..4 km), top row E F G H. Each square's MSS row, schools and social class are chosen so
that every case of every criterion occurs once; the expected values are written down per
square below, worked out by hand from the rules in the algorithm's help.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

SIDE = 1000.0
X0, Y0 = 390000.0, 5815000.0
IDS = {name: "011001{:02d}".format(n) for n, name in enumerate("ABCDEFGH", start=1)}
CELLS = {name: (n % 4, n // 4) for n, name in enumerate("ABCDEFGH")}
# (si_n, di_n, kom, ew) per square; H has no MSS row; the table also holds an unknown id.
MSS_ROWS = {
    "A": (4, 3, "gültig", 1000), "B": (3, 1, "gültig", 2000), "C": (2, 5, "gültig", 3000),
    "D": (2, 3, "gültig", 4000), "E": (1, 5, "gültig", 5000), "F": (None, None, "ungültig (EW unter 300)", 200),
    "G": (4, 5, "ungültig (Ausreißer)", 7000),
}
# (square, bsn, schulart, traeger, quota): which schools count and with which quota.
SCHOOLS = [
    ("A", "01G01", "Grundschule", "öffentlich", 80.0),
    ("B", "01G02", "Grundschule", "öffentlich", 74.9),
    ("B", "01G03", "Grundschule", "öffentlich", None),
    ("D", "01G04", "Grundschule", "öffentlich", 75.0),
    ("E", "01P01", "Grundschule", "privat", 95.0),
    ("F", "01Y01", "Gymnasium", "öffentlich", 90.0),
    ("F", "01G05", "Grundschule", "öffentlich", 76.0),
    ("G", "01G06", "Grundschule", "öffentlich", 80.0),
    ("H", "01G07", "Grundschule", "öffentlich", 85.0),
]
SOCIAL = {"A": 7, "B": 6, "C": 7, "E": 7, "F": 5, "G": 7, "H": 7}
# What the rules give, square by square (True/False/None = met/not met/no data).
EXPECTED = {
    #     crit_mss, crit_school, crit_social, n_criteria_data, n_criteria, candidate
    "A": (True, True, True, 3, 3, True),
    "B": (True, None, False, 2, 1, False),  # 74.9 % beside a school without a quota: unknown
    "C": (True, None, True, 2, 2, True),
    "D": (False, True, None, 2, 1, False),
    "E": (False, None, True, 2, 1, False),
    "F": (None, True, False, 2, 1, False),
    "G": (None, True, True, 2, 2, True),
    "H": (None, True, True, 2, 2, True),
}


def square(name, crs_transform=None):
    col, row = CELLS[name]
    x, y = X0 + col * SIDE, Y0 + row * SIDE
    return QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + SIDE, y + SIDE))


def rectangle(x1, y1, x2, y2):
    """A rectangle in grid units (km from the grid origin)."""
    a, b, c, d = X0 + x1 * SIDE, Y0 + y1 * SIDE, X0 + x2 * SIDE, Y0 + y2 * SIDE
    return QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(a, b, c, d))


def memory_layer(geometry, name, fields, rows, crs="EPSG:25833"):
    """A memory layer; ``rows`` are (geometry or None, [values])."""
    uri = "{}?crs={}".format(geometry, crs) if geometry != "None" else "None"
    layer = QgsVectorLayer(uri, name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(field_name, kind) for field_name, kind in fields])
    layer.updateFields()
    features = []
    for geom, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        if geom is not None:
            feature.setGeometry(geom)
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    assert layer.isValid() and layer.featureCount() == len(rows)
    return layer


def transformed(geometry, target):
    copy = QgsGeometry(geometry)
    copy.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25833"), QgsCoordinateReferenceSystem(target),
                                          QgsProject.instance()))
    return copy


def planungsraeume(crs="EPSG:25833", integer_ids=False, order="ABCDEFGH"):
    kind = QVariant.Int if integer_ids else QVariant.String
    rows = []
    for name in order:
        geometry = square(name) if crs == "EPSG:25833" else transformed(square(name), crs)
        rows.append((geometry, [int(IDS[name]) if integer_ids else IDS[name], "Quadrat " + name]))
    return memory_layer("Polygon", "Planungsräume (Test)", [("plr_id", kind), ("plr_name", QVariant.String)], rows, crs)


def mss_table(integer_ids=True, extra_id="09999999", order="ABCDEFG"):
    fields = [("PLR_ID", QVariant.Int if integer_ids else QVariant.String), ("SI_N", QVariant.Int), ("DI_N", QVariant.Int),
              ("KOM", QVariant.String), ("EW", QVariant.Int)]
    rows = [(None, [int(IDS[n]) if integer_ids else IDS[n], *MSS_ROWS[n]]) for n in order]
    if extra_id:
        rows.append((None, [int(extra_id) if integer_ids else extra_id, 3, 3, "gültig", 999]))
    return memory_layer("None", "MSS (Test)", fields, rows)


def school_point(name, number):
    col, row = CELLS[name]
    return QgsGeometry.fromWkt("POINT({} {})".format(X0 + (col + 0.2 + 0.15 * number) * SIDE, Y0 + (row + 0.5) * SIDE))


def schools(crs="EPSG:25833", quota_kind=QVariant.Double, with_outside=True, order=None):
    rows = []
    entries = list(enumerate(SCHOOLS))
    if order == "reversed":
        entries.reverse()
    for number, (name, bsn, schulart, traeger, quota) in entries:
        point = school_point(name, number % 4)
        if crs != "EPSG:25833":
            point = transformed(point, crs)
        value = quota if quota_kind == QVariant.Double or quota is None else "{:.1f} %".format(quota).replace(".", ",")
        rows.append((point, [bsn, schulart, traeger, value]))
    if with_outside:
        outside = QgsGeometry.fromWkt("POINT({} {})".format(X0 + 50 * SIDE, Y0))
        rows.append((outside if crs == "EPSG:25833" else transformed(outside, crs), ["09G99", "Grundschule", "öffentlich", None]))
    fields = [("bsn", QVariant.String), ("schulart", QVariant.String), ("traeger", QVariant.String), ("lmb_quote", quota_kind)]
    return memory_layer("Point", "Schulen (Test)", fields, rows, crs)


def social_table():
    rows = [(None, [IDS[n], value]) for n, value in SOCIAL.items()]
    return memory_layer("None", "Sozialstrukturatlas (Test)", [("plr_id", QVariant.String), ("schicht", QVariant.Int)], rows)


def current_areas():
    """Area 01 covers A and B exactly; area 02 covers 60 % of C and 20 % of D."""
    rows = [(rectangle(0, 0, 2, 1), ["01", "Erster Handlungsraum"]),
            (rectangle(2, 0, 2.6, 1), ["02", "Zweiter Handlungsraum"]),
            (rectangle(3, 0, 3.2, 1), ["02", "Zweiter Handlungsraum"])]
    return memory_layer("Polygon", "Handlungsräume (Test)", [("code", QVariant.String), ("name", QVariant.String)], rows)


def parameters(**overrides):
    values = {
        "PLANUNGSRAEUME": planungsraeume(), "MSS": mss_table(), "SCHOOLS": schools(), "LMB_FIELD": "lmb_quote",
        "SOCIAL": social_table(), "AREAS": current_areas(), "AREAS_NAME_FIELD": "name",
        "OUTPUT": "memory:", "CANDIDATES": "memory:", "SUMMARY": "memory:",
    }
    values.update(overrides)
    return values


def by_id(layer, key="plr_id"):
    return {f[key]: f for f in layer.getFeatures()}


def value(feature, name):
    result = feature[name]
    return None if result is None or (hasattr(result, "isNull") and result.isNull()) else result
