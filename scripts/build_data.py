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
    missing = sorted(set(files) - set(outputs))
    if missing:
        raise BuildError("datasets.json names datasets this script cannot build: " + ", ".join(missing))
    for dataset_id, features in outputs.items():
        write_feature_collection(files[dataset_id], dataset_id, features)
        print("{:<14} {:>4} features -> {}".format(dataset_id, len(features), files[dataset_id]))


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
