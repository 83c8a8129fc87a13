"""The schools of the criteria overlay: those that pass the filter, with their Lmb quota read by
the import dialog's reader (a table, or the schools' own field)."""

from dataclasses import dataclass

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..common.values import is_null
from ..indicators.lmb.columns import normalise_bsn
from ..tables import layer_cell
from .checks import (
    CriteriaOverlayError,
    check_canceled,
    check_expression,
    field_index,
    listed,
    request_for,
    require_features,
    require_geometry,
)
from .tables import read_lmb_field, read_lmb_table


@dataclass
class School:
    """A school that passes the filter; ``key`` is unique, ``join_key`` its school number."""

    key: str
    join_key: str
    bsn: str
    point: object
    quota: float = None


def _single_point(geometry):
    if geometry.isMultipart():
        parts = geometry.asGeometryCollection()
        return parts[0] if parts else QgsGeometry()
    return geometry


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
    request = _request(inp, [id_index] + [i for i in (lmb_index, note_index) if i is not None and i >= 0], crs, transform_context,
                       expression_context)
    schools, without_geometry, field_rows = _located_schools(source, request, id_index, lmb_index, note_index, feedback)
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
        _give_quotas(schools, imported, report)
    else:
        report.warning(
            QCoreApplication.translate("CriteriaOverlay", "No Lmb quotas given (field or table): the school criterion has no data.")
        )
    schools.sort(key=lambda s: s.key)
    return schools, imported


def _request(inp, attributes, crs, transform_context, expression_context):
    """The request for the schools that pass the filter, with the attributes the filter needs."""
    source = inp.source
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
    return request


def _located_schools(source, request, id_index, lmb_index, note_index, feedback):
    """The schools with a location, the numbers of those without, and the rows of their own Lmb field."""
    schools, without_geometry, field_rows, keys = [], [], [], set()
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
    return schools, without_geometry, field_rows


def _give_quotas(schools, imported, report):
    for school in schools:
        school.quota = imported.values.get(school.join_key)
    missing = sorted(s.bsn or "#" + s.key for s in schools if s.quota is None)
    if missing:
        report.info(
            QCoreApplication.translate("CriteriaOverlay", "{n} schools that pass the filter have no Lmb quota: {ids}").format(
                n=len(missing), ids=listed(missing)
            )
        )


def _school_catalogue(source, id_index, counting):
    """Every school number of the layer -> True when a school with it passes the filter."""
    request = request_for(source, [id_index], geometry=False)
    numbers = {normalise_bsn(f.attribute(id_index)) for f in source.getFeatures(request)}
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
