"""The Planungsräume of the criteria overlay: read and checked, each with the values and flags
the overlay finds for it."""

from dataclasses import dataclass, field

from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..common.values import is_null
from .checks import CriteriaOverlayError, check_canceled, listed, plr_id, polygon_key_fields, request_for


@dataclass
class Planungsraum:
    """One Planungsraum: its input, and the values and flags the overlay finds for it."""

    plr_id: str
    plr_name: str
    geometry: object
    size: float = None
    engine: object = None
    ew: int = None
    mss_status: int = None
    mss_dynamics: int = None
    mss_kom: str = None
    crit_mss: bool = None
    school_keys: set = field(default_factory=set)
    n_schools: int = 0
    n_schools_lmb: int = 0
    n_schools_above: int = 0
    lmb_max: float = None
    schools_above: str = None
    lmb_quotas: str = None
    crit_school: bool = None
    social_class: int = None
    crit_social: bool = None
    n_criteria_data: int = 0
    n_criteria: int = 0
    candidate: bool = False
    area_id: int = None
    hr_code: str = None
    hr_share_pct: float = 0.0

    @property
    def area(self):
        """Area in square metres of the working CRS (0 without geometry), computed once."""
        if self.size is None:
            self.size = self.geometry.area() if self.geometry is not None else 0.0
        return self.size

    def prepared(self):
        """A prepared GEOS engine for fast repeated tests against this Planungsraum."""
        if self.engine is None:
            self.engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
            self.engine.prepareGeometry()
        return self.engine


def read_planungsraeume(inp, crs, transform_context, report, feedback=None):
    """The Planungsräume sorted by id; raise for a wrong layer, a missing or a duplicate id."""
    source = inp.source
    id_index, name_index, attributes = polygon_key_fields(source, inp.id_field, inp.name_field, inp.label)
    by_id = {}
    duplicates = set()
    without_geometry = []
    for n, feature in enumerate(source.getFeatures(request_for(source, attributes, crs, transform_context))):
        check_canceled(feedback, n)
        key = plr_id(feature.attribute(id_index), inp.label)
        if key is None:
            raise CriteriaOverlayError(
                QCoreApplication.translate("CriteriaOverlay", "A feature of '{layer}' has no Planungsraum id (field '{field}').").format(
                    layer=inp.label, field=inp.id_field
                )
            )
        if key in by_id:
            duplicates.add(key)
            continue
        geometry = feature.geometry()
        if geometry.isEmpty():  # also true for a null geometry
            without_geometry.append(key)
        name = feature.attribute(name_index) if name_index is not None else None
        by_id[key] = Planungsraum(key, None if is_null(name) else str(name), geometry)
    if duplicates:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "'{layer}' holds these Planungsraum ids more than once: {ids}.").format(
                layer=inp.label, ids=listed(sorted(duplicates))
            )
        )
    if without_geometry:
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay", "Planungsräume without geometry (no school or area can lie in them): {ids}"
            ).format(ids=listed(sorted(without_geometry)))
        )
    return [by_id[key] for key in sorted(by_id)]
