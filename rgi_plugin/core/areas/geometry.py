"""Footprints of the Handlungsräume, built from their LOR composition in the catalogue.

``official_text`` and ``name_match`` areas are the union of their LOR units;
``criteria_derived`` areas keep only the Planungsräume of their named units that meet the MSS
criterion (domain.md, section 3). Everything but ``official_text`` is an approximation.
"""

from ..indicators.criteria import DEFAULT_MSS_RULE

#: Field names of the area layer, in order (the internal schema of a Handlungsraum feature).
AREA_FIELDS = ("code", "name", "group_code", "bezirk", "number_status", "basis", "approximate", "plr_ids", "n_plr", "ew", "mss_edition")

#: MSS edition the criteria-derived footprints are computed with (the GI itself used MSS 2017).
MSS_EDITION = "MSS 2021"


def unit_plr_ids(unit, all_plr_ids):
    """The Planungsräume (8-digit ids) inside a LOR unit of any level, sorted."""
    return sorted(plr_id for plr_id in all_plr_ids if plr_id.startswith(unit.id))


def area_plr_ids(area, all_plr_ids, mss_by_id, rule=DEFAULT_MSS_RULE):
    """The Planungsräume that make up ``area``.

    ``mss_by_id`` maps plr_id to a dict with ``si_n``, ``di_n``, ``kom`` (used only for
    criteria-derived areas).
    """
    ids = sorted({plr_id for unit in area.units for plr_id in unit_plr_ids(unit, all_plr_ids)})
    if area.basis == "criteria_derived":
        ids = [plr_id for plr_id in ids if plr_id in mss_by_id and rule.applies(
            mss_by_id[plr_id]["si_n"], mss_by_id[plr_id]["di_n"], mss_by_id[plr_id]["kom"]) is True]
    return ids


def area_records(catalogue, plr_geometries, mss_by_id, rule=DEFAULT_MSS_RULE):
    """[(attributes, QgsGeometry)] for every area, in catalogue order.

    ``plr_geometries`` maps plr_id to its ``QgsGeometry``; ``mss_by_id`` maps plr_id to a dict
    with ``si_n``, ``di_n``, ``kom`` and ``ew``.
    """
    from qgis.core import QgsGeometry

    records = []
    for area in catalogue.areas:
        ids = area_plr_ids(area, plr_geometries.keys(), mss_by_id, rule)
        if not ids:
            raise ValueError("area {} has no Planungsraum (composition {})".format(area.code, area.basis))
        geometry = QgsGeometry.unaryUnion([plr_geometries[plr_id] for plr_id in ids])
        attributes = {
            "code": area.code,
            "name": area.name,
            "group_code": area.group,
            "bezirk": ", ".join(area.bezirke),
            "number_status": area.number_status,
            "basis": area.basis,
            "approximate": area.approximate,
            "plr_ids": ",".join(ids),
            "n_plr": len(ids),
            "ew": sum(mss_by_id.get(plr_id, {}).get("ew") or 0 for plr_id in ids),
            "mss_edition": MSS_EDITION if area.basis == "criteria_derived" else "",
        }
        records.append((attributes, geometry))
    return records
