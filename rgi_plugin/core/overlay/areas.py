"""The current Handlungsräume in the criteria overlay: read, each Planungsraum given the area that
covers it most, and those drawn from the MSS criterion itself named as such."""

from dataclasses import dataclass

from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..common.values import is_null
from .checks import CriteriaOverlayError, check_canceled, listed, polygon_key_fields, request_for
from .geometry import prepared, share_covered
from .index import box_of, grid_of


@dataclass
class Area:
    code: str
    name: str
    geometry: object
    basis: str = None  # how its boundary was drawn (the areas layer's ``basis`` field), if known


#: The field of an areas layer that says how each boundary was drawn (the plugin's areas layer
#: has it: ``official_text``, ``name_match`` or ``criteria_derived``, see resources/catalogue).
BASIS_FIELD = "basis"


def read_areas(inp, crs, transform_context, report, feedback=None):
    """The current Handlungsräume by code (parts with the same code joined), sorted by code."""
    source = inp.source
    code_index, name_index, attributes = polygon_key_fields(source, inp.code_field, inp.name_field, inp.label)
    basis_index = source.fields().lookupField(BASIS_FIELD)
    if basis_index >= 0:
        attributes = attributes + [basis_index]
    parts, names, bases, without_code = {}, {}, {}, 0
    features = sorted(source.getFeatures(request_for(source, attributes, crs, transform_context)), key=lambda f: f.id())
    for n, feature in enumerate(features):
        check_canceled(feedback, n)
        value = feature.attribute(code_index)
        code = None if is_null(value) else str(int(value) if isinstance(value, float) and value.is_integer() else value).strip()
        geometry = feature.geometry()
        if not code or geometry.isEmpty():
            without_code += 1
            continue
        parts.setdefault(code, []).append(QgsGeometry(geometry))
        if name_index is not None and not is_null(feature.attribute(name_index)) and code not in names:
            names[code] = str(feature.attribute(name_index))
        if basis_index >= 0 and not is_null(feature.attribute(basis_index)) and code not in bases:
            bases[code] = str(feature.attribute(basis_index)).strip()
    if without_code:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "{n} features of '{layer}' have no code or no geometry and are not used.").format(
                n=without_code, layer=inp.label
            )
        )
    areas = []
    for code in sorted(parts):
        geometries = parts[code]
        geometry = geometries[0] if len(geometries) == 1 else QgsGeometry.unaryUnion(geometries)
        areas.append(Area(code, names.get(code), geometry, bases.get(code)))
    return areas


def assign_areas(plrs, areas, min_share_percent, report, feedback=None):
    """hr_code: the area covering the largest share of the Planungsraum, if at least the minimum."""
    engines = [prepared(a.geometry) for a in areas]
    area_index = grid_of(a.geometry for a in areas)
    touched = set()
    for number, plr in enumerate(plrs):
        check_canceled(feedback, number)
        best_share, best_code = 0.0, None
        if plr.area > 0:
            for j in area_index.intersecting(*box_of(plr.geometry)):
                share = share_covered(plr, areas[j].geometry, engines[j])
                if share > best_share + 1e-9:
                    best_share, best_code = share, areas[j].code
        plr.hr_share_pct = round(best_share * 100.0, 1)
        if best_code is not None and best_share * 100.0 >= min_share_percent:
            plr.hr_code = best_code
            touched.add(best_code)
    if areas and not touched:
        raise CriteriaOverlayError(
            QCoreApplication.translate(
                "CriteriaOverlay", "No current Handlungsraum covers any Planungsraum. Do the layers cover the same place?"
            )
        )
    lonely = [a.code for a in areas if a.code not in touched]
    if lonely:
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay", "Current Handlungsräume that cover no Planungsraum by the minimum share: {ids}"
            ).format(ids=listed(lonely))
        )


#: The basis of an area boundary drawn from the MSS criterion itself (resources/catalogue/README.md).
CRITERIA_DERIVED = "criteria_derived"


#: ``hr_note`` of such an area in the summary (German, like the other notes in the outputs).
CRITERIA_DERIVED_NOTE = "Abgrenzung aus dem MSS-Kriterium abgeleitet: MSS-Anteil 100 % per Konstruktion, kein Befund"


def report_derived_areas(areas, report):
    """Say which current areas are drawn from the MSS criterion: comparing with them cannot show anything about it."""
    derived = [a.code for a in areas if a.basis == CRITERIA_DERIVED]
    if derived:
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay",
                "{n} of the {total} current Handlungsräume are drawn from the MSS criterion itself (basis criteria_derived): "
                "their share of Planungsräume meeting the MSS criterion is 100 % by construction, not a finding: {ids}").format(
                n=len(derived), total=len(areas), ids=listed(derived))
        )
