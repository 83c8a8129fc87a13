#!/usr/bin/python3
"""Build the plugin's bundled offline snapshot from ``../shared/data`` (``make data``).

Writes the GeoJSON files named in ``resources/data/datasets.json`` in EPSG:25833, in the
plugin's internal schema (``rgi_plugin.core.common.schema``). The output is deterministic: features
sorted by id, coordinates rounded to centimetres, one feature per line, so a rebuild from the
same sources gives byte-identical files and a changed source gives a readable diff.

Run with the Python that sees QGIS: ``/usr/bin/python3 scripts/build_data.py [--shared DIR]``.
"""

import argparse
import csv
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rgi_plugin.core.common.schema import normalise_lor_id, normalise_record, split_bezirk_label  # noqa: E402
from rgi_plugin.core.indicators.criteria import MSS_DYNAMICS, MSS_STATUS  # noqa: E402

TARGET_CRS = "EPSG:25833"
COORD_DECIMALS = 2  # centimetres; the LOR sources are simplified far beyond that


class BuildError(Exception):
    pass


def read_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def make_transformer(source_crs):
    """Return a function mapping (x, y) in ``source_crs`` to EPSG:25833, via QGIS/PROJ."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
        QgsPointXY,
    )

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(source_crs),
        QgsCoordinateReferenceSystem(TARGET_CRS),
        QgsCoordinateTransformContext(),
    )

    def apply(x, y):
        point = transform.transform(QgsPointXY(x, y))
        return point.x(), point.y()

    return apply


def map_coordinates(coords, func):
    """Apply ``func`` to every position of a GeoJSON coordinate array (any nesting)."""
    if coords and isinstance(coords[0], (int, float)):
        x, y = func(coords[0], coords[1])
        return [round(x, COORD_DECIMALS), round(y, COORD_DECIMALS)]
    return [map_coordinates(part, func) for part in coords]


def project_geometry(geometry, transformer):
    return {"type": geometry["type"], "coordinates": map_coordinates(geometry["coordinates"], transformer)}


def identity(x, y):
    return x, y


def write_feature_collection(path, name, features):
    """Write features deterministically (the callers sort them), one feature per line."""
    header = {
        "type": "FeatureCollection",
        "name": name,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25833"}},
    }
    lines = [json.dumps(feature, ensure_ascii=False, separators=(",", ":")) for feature in features]
    text = json.dumps(header, ensure_ascii=False, separators=(",", ":"))[:-1]
    text += ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def feature(properties, geometry):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def build_planungsraeume(shared, transformer):
    source = read_json(shared / "lor_2021" / "lor_plr_2021_simplified_wgs84.geojson")
    result = []
    for item in source["features"]:
        record = normalise_record(item["properties"])
        plr_id = record["plr_id"]
        bez_id, bez_name = split_bezirk_label(record["bez"])
        props = {
            "plr_id": plr_id,
            "plr_name": record["plr_name"],
            "bzr_id": plr_id[:6],
            "bzr_name": record["bzr_name"],
            "pgr_id": plr_id[:4],
            "pgr_name": record["pgr_name"],
            "bez_id": bez_id,
            "bez_name": bez_name,
        }
        if bez_id != plr_id[:2]:
            raise BuildError("Planungsraum {} lies in Bezirk {} by its id but {} by its label".format(plr_id, plr_id[:2], bez_id))
        result.append(feature(props, project_geometry(item["geometry"], transformer)))
    return sorted(result, key=lambda f: f["properties"]["plr_id"])


def build_dissolved_units(shared, filename, id_field, name_field, transformer):
    source = read_json(shared / "lor_2021" / filename)
    length = {"bzr_id": 6, "pgr_id": 4}[id_field]
    result = []
    for item in source["features"]:
        record = item["properties"]
        bez_id, bez_name = split_bezirk_label(record["bez"])
        props = {
            id_field: normalise_lor_id(record["id"], length),
            name_field: record[name_field],
            "bez_id": bez_id,
            "bez_name": bez_name,
        }
        result.append(feature(props, project_geometry(item["geometry"], transformer)))
    return sorted(result, key=lambda f: f["properties"][id_field])


#: The MSS files mark "no value" in invalid rows with this sentinel; it becomes NULL.
MSS_NO_VALUE = "-9999"


def _number(text, kind):
    text = text.strip()
    if text in ("", MSS_NO_VALUE):
        return None
    return kind(text)


MSS_INDEX_TYPES = {"zeit": int, "ew": int, "si_n": int, "di_n": int, "sdi_n": int}


def read_mss_table(path, numeric):
    """Read an MSS CSV into {plr_id: record} in the internal schema; ``numeric`` types columns."""
    rows = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            record = normalise_record(raw)
            for key, value in list(record.items()):
                if key in numeric:
                    record[key] = _number(value, numeric[key])
            if record["plr_id"] in rows:
                raise BuildError("{}: Planungsraum {} appears twice".format(path.name, record["plr_id"]))
            rows[record["plr_id"]] = record
    return rows


def indicator_types(header):
    types = {}
    for column in header:
        name = column.lower()
        if name[:1] in ("s", "d") and name[1:2].isdigit():
            types[name] = float if "_" not in name else int
    return types


def build_mss(shared, planungsraeume):
    folder = shared / "mss_2021"
    indices = read_mss_table(folder / "mss_2021_indizes.csv", MSS_INDEX_TYPES)
    with open(folder / "mss_2021_index_indikatoren.csv", encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    indicators = read_mss_table(folder / "mss_2021_index_indikatoren.csv", indicator_types(header))

    geometry_by_id = {f["properties"]["plr_id"]: f["geometry"] for f in planungsraeume}
    unmatched = sorted(set(indices) - set(geometry_by_id)) + sorted(set(indicators) - set(indices))
    if unmatched:
        raise BuildError("MSS rows without a Planungsraum or without indices: " + ", ".join(unmatched))

    result = []
    for plr_id in sorted(indices):
        props = dict(indices[plr_id])
        props.pop("bez_id", None)
        props["bez_id"] = plr_id[:2]
        for key, value in indicators[plr_id].items():
            if key not in props:
                props[key] = value
        result.append(feature(props, geometry_by_id[plr_id]))
    return result


def build_schulen(shared):
    source = read_json(shared / "schulen" / "schulen_fisbroker_2023-10.geojson")
    crs = source.get("crs", {}).get("properties", {}).get("name", "")
    if not crs.endswith("25833"):
        raise BuildError("schools are expected in EPSG:25833, found {!r}".format(crs))
    result = []
    for item in source["features"]:
        props = normalise_record(item["properties"])
        result.append(feature(props, project_geometry(item["geometry"], identity)))
    return sorted(result, key=lambda f: (f["properties"]["bsn"], f["properties"]["schulname"]))


def build_handlungsraeume(planungsraeume_file, mss_features):
    """Area footprints from the catalogue's LOR composition (rgi_plugin.core.area_geometry)."""
    from qgis.core import QgsVectorLayer

    from rgi_plugin.core.areas.geometry import AREA_FIELDS, area_records
    from rgi_plugin.core.areas.reading import read_area_catalogue

    layer = QgsVectorLayer(str(planungsraeume_file), "plr", "ogr")
    if not layer.isValid():
        raise BuildError("cannot read {}".format(planungsraeume_file))
    geometries = {f["plr_id"]: f.geometry() for f in layer.getFeatures()}
    mss_by_id = {f["properties"]["plr_id"]: f["properties"] for f in mss_features}
    result = []
    for attributes, geometry in area_records(read_area_catalogue(), geometries, mss_by_id):
        # GEOS versions (QGIS 3.22 vs 3.44) start the rings of a union at different vertices:
        # the normal form makes the bytes the same on every supported QGIS
        geometry.normalize()
        geojson = json.loads(geometry.asJson(COORD_DECIMALS))
        result.append(feature({name: attributes[name] for name in AREA_FIELDS}, geojson))
    return result


# -- the editions before 2021: MSS 2013–2019 and the social atlas on the pre-2021 LOR -----------

#: Years of the MSS editions on the pre-2021 LOR in ``mss_history``.
MSS_HISTORY_YEARS = (2013, 2015, 2017, 2019)
#: The dynamics symbols of the MSS 2013–2019 tables and their codes (as ``di_n`` of MSS 2021).
MSS_DYNAMICS_CODES = {"+": 1, "+/-": 3, "-": 5}


def _features_of(shared, relative, transformer):
    """(properties, QgsGeometry in EPSG:25833, GeoJSON geometry in EPSG:25833) of a source file."""
    from qgis.core import QgsGeometry, QgsJsonUtils

    source = read_json(shared / relative)
    result = []
    for item in source["features"]:
        geojson = project_geometry(item["geometry"], transformer)
        features = QgsJsonUtils.stringToFeatureList(json.dumps({"type": "FeatureCollection", "features": [feature({}, geojson)]}))
        if len(features) != 1 or features[0].geometry().isEmpty():
            raise BuildError("{}: a feature without a readable geometry: {}".format(relative, item["properties"]))
        result.append((item["properties"], QgsGeometry(features[0].geometry()), geojson))
    return result


def build_bezirke(shared, transformer):
    """The 12 Bezirke: ``bez_id``, ``bez_name``; returns (GeoJSON features, {bez_id: QgsGeometry})."""
    result, geometries = [], {}
    for properties, geometry, geojson in _features_of(shared, "mss_history/berlin_bezirke_wgs84.geojson", transformer):
        bez_id = normalise_lor_id(properties["id"], 2)
        if bez_id in geometries:
            raise BuildError("Bezirk {} appears twice".format(bez_id))
        geometries[bez_id] = geometry
        result.append(feature({"bez_id": bez_id, "bez_name": properties["name"]}, geojson))
    if len(result) != 12:
        raise BuildError("expected the 12 Bezirke, found {}".format(len(result)))
    return sorted(result, key=lambda f: f["properties"]["bez_id"]), geometries


def _bezirk_of(geometry, bezirke):
    """The id of the Bezirk holding a point inside ``geometry`` (None if none does)."""
    point = geometry.pointOnSurface()
    found = [bez_id for bez_id, outline in bezirke.items() if outline.contains(point)]
    return found[0] if len(found) == 1 else None


def read_history_table(path):
    """The rows of an MSS 2013–2019 table (or the social atlas), in file order, ids normalised."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_lor_2019(shared, transformer, bezirke, named_ids, bezirk_names):
    """The 448 Planungsräume of the pre-2021 LOR (LOR 2019), ids as the MSS tables use them.

    The source gives two polygons the id 06010102 (both are called "Schloßstraße": one in
    Steglitz-Zehlendorf, one in Charlottenburg-Wilmersdorf). A polygon whose id names another
    Bezirk than the one it lies in gets the id of the only Planungsraum of that name and Bezirk
    that the tables list (``named_ids``: {(bez_id, name): {plr_id}}) and the geometry lacks; the
    correction is written into the feature (``id_note``). Anything else that does not fit stops
    the build.
    """
    items = []
    for properties, geometry, geojson in _features_of(shared, "mss_history/lor_plr_2019_wgs84.geojson", transformer):
        items.append([normalise_lor_id(properties["id"], 8), properties["name"], geometry, geojson, None])
    present = {item[0] for item in items}
    corrected = []
    for item in items:
        plr_id, name, geometry = item[0], item[1], item[2]
        located = _bezirk_of(geometry, bezirke)
        if located == plr_id[:2]:
            continue
        candidates = sorted(named_ids.get((located, name), set()) - present)
        if sum(1 for other in items if other[0] == plr_id) < 2 or len(candidates) != 1:
            raise BuildError("Planungsraum {} {} lies in Bezirk {}, not in the Bezirk of its id".format(plr_id, name, located))
        item[0] = candidates[0]
        item[4] = ("Id in der Quelle {old} (doppelt vergeben, wie beim gleichnamigen Planungsraum in Bezirk {old_bez}); "
                   "die Fläche liegt in Bezirk {bez}, dort führen MSS und Sozialstrukturatlas „{name}“ als {new}.").format(
            old=plr_id, old_bez=plr_id[:2], bez=located, name=name, new=candidates[0])
        present.add(candidates[0])
        corrected.append("{} -> {} ({})".format(plr_id, candidates[0], name))
    ids = [item[0] for item in items]
    if len(set(ids)) != len(ids):
        raise BuildError("LOR 2019: ids still appear twice: {}".format(sorted({i for i in ids if ids.count(i) > 1})))
    result = []
    for plr_id, name, _geometry, geojson, note in items:
        props = {"plr_id": plr_id, "plr_name": name, "bez_id": plr_id[:2], "bez_name": bezirk_names[plr_id[:2]], "id_note": note}
        result.append(feature(props, geojson))
    return sorted(result, key=lambda f: f["properties"]["plr_id"]), corrected


def _int_count(text, where):
    value = float(text)
    if not value.is_integer() or value < 0:
        raise BuildError("{}: {!r} is not a number of inhabitants".format(where, text))
    return int(value)


def build_mss_history(shared, year, plr_2019):
    """An MSS edition 2013–2019 as a table (no geometry) in the internal schema of MSS 2021.

    ``si_n``/``si_v`` status class, ``di_n``/``di_v`` dynamics class (1 positiv, 3 stabil,
    5 negativ), ``sdi`` the combined class (``3-``), ``ew`` inhabitants. Every row must match a
    Planungsraum of ``plr_2019`` and carry consistent codes and names; otherwise the build stops.
    """
    path = shared / "mss_history" / "mss_{}_index.csv".format(year)
    names = {f["properties"]["plr_id"]: f["properties"]["plr_name"] for f in plr_2019}
    result, seen = [], set()
    for row in read_history_table(path):
        plr_id = normalise_lor_id(row["id"], 8)
        where = "{} {}".format(path.name, plr_id)
        if plr_id in seen:
            raise BuildError("{}: appears twice".format(where))
        seen.add(plr_id)
        if plr_id not in names:
            raise BuildError("{}: no Planungsraum of LOR 2019 has this id".format(where))
        status = _int_count(row["status_index"], where)
        if MSS_STATUS.get(status) != row["status_index_class"]:
            raise BuildError("{}: status {!r} does not match class {!r}".format(where, row["status_index"], row["status_index_class"]))
        dynamics = MSS_DYNAMICS_CODES.get(row["dynamic_index"])
        if dynamics is None or MSS_DYNAMICS[dynamics] != row["dynamic_index_class"]:
            raise BuildError("{}: dynamics {!r} / {!r} unknown".format(where, row["dynamic_index"], row["dynamic_index_class"]))
        if row["status_dynamic_index"] != "{}{}".format(status, row["dynamic_index"]):
            raise BuildError("{}: combined class {!r} does not match".format(where, row["status_dynamic_index"]))
        props = {
            "plr_id": plr_id,
            "plr_name": row["name"],
            "ew": _int_count(row["inhabitants"], where),
            "si_n": status,
            "si_v": row["status_index_class"],
            "di_n": dynamics,
            "di_v": row["dynamic_index_class"],
            "sdi": row["status_dynamic_index"],
            "sdi_v": row["status_dynamic_index_class"],
            "bez_id": plr_id[:2],
        }
        result.append(feature(props, None))
    without_row = sorted(set(names) - seen)
    return sorted(result, key=lambda f: f["properties"]["plr_id"]), without_row


#: Social atlas columns (source name -> internal name); all values are indices (floats).
GSSA_COLUMNS = {"GESIx_2013": "gesix_2013", "GESIx_2022": "gesix_2022", "ESIx_2013": "esix_2013", "ESIx_2022": "esix_2022",
                "DI_2013": "dim1_2013", "DI_2022": "dim1_2022", "DII_2013": "dim2_2013", "DII_2022": "dim2_2022",
                "DIII_2013": "dim3_2013", "DIII_2022": "dim3_2022"}


def build_gssa(shared, plr_2019):
    """The Gesundheits- und Sozialstrukturatlas 2022 per Planungsraum (pre-2021 LOR), as a table.

    Every row is kept; empty cells are NULL (the atlas rates no uninhabited Planungsraum).
    """
    path = shared / "sozialatlas" / "gssa_2022_planungsraeume.csv"
    known = {f["properties"]["plr_id"] for f in plr_2019}
    rows = read_history_table(path)
    if set(rows[0]) != {"plrID", "plrNAME"} | set(GSSA_COLUMNS):
        raise BuildError("{}: unexpected columns {}".format(path.name, sorted(rows[0])))
    result, seen = [], set()
    for row in rows:
        plr_id = normalise_lor_id(row["plrID"], 8)
        if plr_id in seen or plr_id not in known:
            raise BuildError("{} {}: {}".format(path.name, plr_id, "appears twice" if plr_id in seen else "not a Planungsraum of LOR 2019"))
        seen.add(plr_id)
        props = {"plr_id": plr_id, "plr_name": row["plrNAME"]}
        for source, name in GSSA_COLUMNS.items():
            props[name] = float(row[source]) if row[source].strip() else None
        props["bez_id"] = plr_id[:2]
        result.append(feature(props, None))
    return sorted(result, key=lambda f: f["properties"]["plr_id"]), sorted(known - seen)


def named_table_ids(shared):
    """{(bez_id, name): {plr_id}} of the pre-2021 tables (MSS 2013–2019 and the social atlas)."""
    named = {}
    for year in MSS_HISTORY_YEARS:
        for row in read_history_table(shared / "mss_history" / "mss_{}_index.csv".format(year)):
            plr_id = normalise_lor_id(row["id"], 8)
            named.setdefault((plr_id[:2], row["name"]), set()).add(plr_id)
    return named


def build_editions(shared, transformer):
    """The datasets of the editions before 2021; returns ({dataset id: features}, report lines)."""
    bezirke, bezirk_geometries = build_bezirke(shared, transformer)
    names = {f["properties"]["bez_id"]: f["properties"]["bez_name"] for f in bezirke}
    plr_2019, corrected = build_lor_2019(shared, transformer, bezirk_geometries, named_table_ids(shared), names)
    outputs = {"bezirke": bezirke, "lor_plr_2019": plr_2019}
    report = ["lor_plr_2019: id corrected " + item for item in corrected]
    for year in MSS_HISTORY_YEARS:
        rows, without_row = build_mss_history(shared, year, plr_2019)
        outputs["mss_{}".format(year)] = rows
        report.append("mss_{}: all {} rows joined; {} Planungsräume of LOR 2019 have no row (not rated): {}".format(
            year, len(rows), len(without_row), ", ".join(without_row)))
    gssa, without_row = build_gssa(shared, plr_2019)
    outputs["gssa_2022"] = gssa
    empty = [f["properties"]["plr_id"] for f in gssa if f["properties"]["gesix_2013"] is None]
    report.append("gssa_2022: all {} rows kept; {} without values (NULL): {}; Planungsräume without a row: {}".format(
        len(gssa), len(empty), ", ".join(empty), ", ".join(without_row) or "none"))
    return outputs, report


def build(shared, out_dir):
    catalogue = read_json(out_dir / "datasets.json")
    files = {entry["id"]: out_dir / entry["file"] for entry in catalogue["datasets"]}
    from_wgs84 = make_transformer("EPSG:4326")

    planungsraeume = build_planungsraeume(shared, from_wgs84)
    outputs = {
        "lor_plr_2021": planungsraeume,
        "lor_bzr_2021": build_dissolved_units(shared, "lor_bzr_2021_simplified_wgs84.geojson", "bzr_id", "bzr_name", from_wgs84),
        "lor_pgr_2021": build_dissolved_units(shared, "lor_pgr_2021_simplified_wgs84.geojson", "pgr_id", "pgr_name", from_wgs84),
        "mss_2021": build_mss(shared, planungsraeume),
        "schulen_2023": build_schulen(shared),
    }
    write_feature_collection(files["lor_plr_2021"], "lor_plr_2021", planungsraeume)
    outputs["handlungsraeume"] = build_handlungsraeume(files["lor_plr_2021"], outputs["mss_2021"])
    editions, report = build_editions(shared, from_wgs84)
    outputs.update(editions)
    missing = sorted(set(files) - set(outputs))
    if missing:
        raise BuildError("datasets.json names datasets this script cannot build: " + ", ".join(missing))
    for dataset_id, features in outputs.items():
        write_feature_collection(files[dataset_id], dataset_id, features)
        print("{:<14} {:>4} features -> {}".format(dataset_id, len(features), files[dataset_id]))
    for line in report:
        print(line)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(REPO.parent / "shared" / "data"),
                        help="folder with the source data (default: ../shared/data)")
    parser.add_argument("--out", default=str(REPO / "resources" / "data"), help="output folder (default: resources/data)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "SOURCES.md").exists():
        print("error: {} does not look like the shared data folder (no SOURCES.md)".format(shared), file=sys.stderr)
        return 2

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        build(shared, Path(args.out))
    except BuildError as error:
        print("error: {}".format(error), file=sys.stderr)
        return 1
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
