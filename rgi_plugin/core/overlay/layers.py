"""Reading the layers of the criteria overlay (Planungsräume, schools, current areas,
catchment areas) into plain Python objects, with their checks; the tables joined by id are
read in ``criteria_overlay_tables``.
"""

from dataclasses import dataclass, field

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..indicators.lmb.reader import normalise_bsn
from ..tables.table import layer_cell
from .inputs import (
    CriteriaOverlayError,
    check_canceled,
    check_expression,
    field_index,
    is_null,
    listed,
    plr_id,
    request_for,
    require_features,
    require_geometry,
)
from .tables import read_lmb_field, read_lmb_table


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


@dataclass
class School:
    """A school that passes the filter; ``key`` is unique, ``join_key`` its school number."""

    key: str
    join_key: str
    bsn: str
    point: object
    quota: float = None


@dataclass
class Area:
    code: str
    name: str
    geometry: object
    basis: str = None  # how its boundary was drawn (the areas layer's ``basis`` field), if known


class Report:
    """Collects what the run found worth saying, and passes it on to the feedback."""

    def __init__(self, feedback=None):
        self.feedback = feedback
        self.warnings = []
        self.infos = []

    def warning(self, text):
        self.warnings.append(text)
        if self.feedback is not None:
            self.feedback.pushWarning(text)

    def info(self, text):
        self.infos.append(text)
        if self.feedback is not None:
            self.feedback.pushInfo(text)


def _single_point(geometry):
    if geometry.isMultipart():
        parts = geometry.asGeometryCollection()
        return parts[0] if parts else QgsGeometry()
    return geometry


def _polygon_key_fields(source, key_field, name_field, label):
    """Check a polygon input with features; return (key index, name index or None, attributes to read)."""
    require_geometry(source, QgsWkbTypes.GeometryType.PolygonGeometry, label)
    require_features(source, label)
    key_index = field_index(source, key_field, label)
    name_index = field_index(source, name_field, label) if name_field else None
    return key_index, name_index, [key_index] + ([name_index] if name_index is not None else [])


def read_planungsraeume(inp, crs, transform_context, report, feedback=None):
    """The Planungsräume sorted by id; raise for a wrong layer, a missing or a duplicate id."""
    source = inp.source
    id_index, name_index, attributes = _polygon_key_fields(source, inp.id_field, inp.name_field, inp.label)
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


def read_schools(inp, lmb_table, crs, transform_context, expression_context, report, feedback=None):
    """The schools that pass the filter, with their Lmb quota (percent) or None, and the
    ``LmbImport`` that gave the quotas (None without any): a table (file or layer) or the
    schools' own field, both read by the import dialog's reader."""
    source = inp.source
    require_geometry(source, QgsWkbTypes.GeometryType.PointGeometry, inp.label)
    require_features(source, inp.label)
    id_index = field_index(source, inp.id_field, inp.label)
    lmb_index = field_index(source, inp.lmb_field, inp.label) if inp.lmb_field else None
    if lmb_index is not None and lmb_table is not None:
        raise CriteriaOverlayError(
            QCoreApplication.translate(
                "CriteriaOverlay", "Give the Lmb quotas either as a field of the schools or as a table, not both."
            )
        )
    note_index = source.fields().lookupField("data_note") if lmb_index is not None else -1
    attributes = [id_index] + [i for i in (lmb_index, note_index) if i is not None and i >= 0]
    if inp.filter_expression.strip():
        expression = check_expression(inp.filter_expression, source, inp.label)
        if QgsFeatureRequest.ALL_ATTRIBUTES in expression.referencedColumns():
            attributes += list(range(len(source.fields())))
        attributes += [source.fields().lookupField(name) for name in expression.referencedColumns()]
    request = request_for(source, [i for i in attributes if i >= 0], crs, transform_context)
    if inp.filter_expression.strip():
        request.setFilterExpression(inp.filter_expression)
        if expression_context is not None:
            request.setExpressionContext(expression_context)
    schools = []
    without_geometry = []
    field_rows = []
    keys = set()
    for n, feature in enumerate(source.getFeatures(request)):
        check_canceled(feedback, n)
        raw = feature.attribute(id_index)
        bsn = "" if is_null(raw) else str(raw).strip()
        if lmb_index is not None:
            note = feature.attribute(note_index) if note_index >= 0 else None
            field_rows.append((feature.id(), [layer_cell(raw), layer_cell(feature.attribute(lmb_index)), layer_cell(note)]))
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            without_geometry.append(bsn or "#{}".format(feature.id()))
            continue
        join_key = normalise_bsn(bsn)
        key = join_key if join_key and join_key not in keys else "{}#{}".format(join_key or "", feature.id())
        keys.add(key)
        schools.append(School(key, join_key, bsn, _single_point(geometry)))
    if not schools:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "No school of '{layer}' passes the filter '{expression}'.").format(
                layer=inp.label, expression=inp.filter_expression
            )
        )
    report.info(QCoreApplication.translate("CriteriaOverlay", "{n} schools pass the filter.").format(n=len(schools)))
    if without_geometry:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "Schools without a location are not used: {ids}").format(
                ids=listed(without_geometry))
        )
    _report_repeated_numbers(schools, inp.label, report)
    imported = None
    if lmb_table is not None or lmb_index is not None:
        catalogue = _school_catalogue(source, id_index, {s.join_key for s in schools if s.join_key})
        if lmb_table is not None:
            imported = read_lmb_table(lmb_table, catalogue, report)
        else:
            names = source.fields().names()
            imported = read_lmb_field(inp.label, names[id_index], names[lmb_index], field_rows, catalogue, report)
        for school in schools:
            school.quota = imported.values.get(school.join_key)
        missing = sorted(s.bsn or "#" + s.key for s in schools if s.quota is None)
        if missing:
            report.info(
                QCoreApplication.translate("CriteriaOverlay", "{n} schools that pass the filter have no Lmb quota: {ids}").format(
                    n=len(missing), ids=listed(missing)
                )
            )
    else:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "No Lmb quotas given (field or table): the school criterion has no data.")
        )
    schools.sort(key=lambda s: s.key)
    return schools, imported


def _school_catalogue(source, id_index, counting):
    """Every school number of the layer -> True when a school with it passes the filter."""
    request = request_for(source, [id_index], geometry=False)
    numbers = {normalise_bsn(None if is_null(f.attribute(id_index)) else f.attribute(id_index)) for f in source.getFeatures(request)}
    return {number: number in counting for number in numbers if number}


def _report_repeated_numbers(schools, label, report):
    counts = {}
    for school in schools:
        if school.join_key:
            counts[school.join_key] = counts.get(school.join_key, 0) + 1
    repeated = ["{} ({}×)".format(key, n) for key, n in sorted(counts.items()) if n > 1]
    if repeated:
        report.warning(
            QCoreApplication.translate(
                "CriteriaOverlay",
                "School numbers that occur more than once in '{layer}' (every location counts, with the one quota of the "
                "school): {ids}").format(layer=label, ids=listed(repeated))
        )


#: The field of an areas layer that says how each boundary was drawn (the plugin's areas layer
#: has it: ``official_text``, ``name_match`` or ``criteria_derived``, see resources/catalogue).
BASIS_FIELD = "basis"


def read_areas(inp, crs, transform_context, report, feedback=None):
    """The current Handlungsräume by code (parts with the same code joined), sorted by code."""
    source = inp.source
    code_index, name_index, attributes = _polygon_key_fields(source, inp.code_field, inp.name_field, inp.label)
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


def read_catchments(inp, crs, transform_context, feedback=None):
    """Catchment polygons with the school numbers they name (empty set: found by location)."""
    source = inp.source
    require_geometry(source, QgsWkbTypes.GeometryType.PolygonGeometry, inp.label)
    require_features(source, inp.label)
    school_index = field_index(source, inp.school_field, inp.label) if inp.school_field else None
    catchments = []
    features = sorted(source.getFeatures(request_for(source, [school_index] if school_index is not None else [], crs, transform_context)),
                      key=lambda f: f.id())
    for n, feature in enumerate(features):
        check_canceled(feedback, n)
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        keys = None
        if school_index is not None:
            value = feature.attribute(school_index)
            parts = [] if is_null(value) else str(value).replace(";", ",").split(",")
            keys = {normalise_bsn(part) for part in parts if normalise_bsn(part)}
        catchments.append((QgsGeometry(geometry), keys))
    return catchments
