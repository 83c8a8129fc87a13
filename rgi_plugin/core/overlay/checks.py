"""The checks of the criteria overlay's inputs, and what a run reports.

Every check raises ``CriteriaOverlayError`` with a message a person can act on (which layer,
which field, what was found); what a run finds worth saying, but can go on with, goes into the
``Report`` (warnings and notes, passed on to Processing's log).
"""

from qgis.core import QgsCoordinateTransformContext, QgsExpression, QgsFeatureRequest, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..common.errors import PluginError
from ..common.schema import normalise_lor_id
from ..common.values import is_null

#: How many ids a message lists before it says "…".
MAX_LISTED = 10


class CriteriaOverlayError(PluginError):
    """An input of the criteria overlay cannot be used; the message says why."""


class CriteriaOverlayCanceled(PluginError):
    """The user canceled the run (not an error of the inputs: nothing is written)."""


def listed(values):
    """``a, b, c`` for messages, cut after ``MAX_LISTED`` values."""
    values = [str(v) for v in values]
    text = ", ".join(values[:MAX_LISTED])
    if len(values) > MAX_LISTED:
        text += ", … (+{})".format(len(values) - MAX_LISTED)
    return text


def field_index(source, field_name, label):
    """Index of ``field_name`` in ``source`` (case-insensitive); raise if it is missing."""
    index = source.fields().lookupField(field_name)
    if index < 0:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "The field '{field}' is missing in '{layer}'. Fields there: {fields}.").format(
                field=field_name, layer=label, fields=listed(source.fields().names()) or "–"
            )
        )
    return index


def require_geometry(source, geometry_type, label):
    """Raise unless ``source`` holds geometries of ``geometry_type`` (a QgsWkbTypes.GeometryType)."""
    found = QgsWkbTypes.geometryType(source.wkbType())
    if found == geometry_type:
        return
    names = {
        QgsWkbTypes.GeometryType.PointGeometry: QCoreApplication.translate("CriteriaOverlay", "points"),
        QgsWkbTypes.GeometryType.LineGeometry: QCoreApplication.translate("CriteriaOverlay", "lines"),
        QgsWkbTypes.GeometryType.PolygonGeometry: QCoreApplication.translate("CriteriaOverlay", "polygons"),
    }
    no_geometry = QCoreApplication.translate("CriteriaOverlay", "no geometry")
    raise CriteriaOverlayError(
        QCoreApplication.translate("CriteriaOverlay", "'{layer}' must hold {expected}, but it holds {found}.").format(
            layer=label, expected=names[geometry_type], found=names.get(found, no_geometry)
        )
    )


def require_features(source, label):
    if source.featureCount() == 0:
        raise CriteriaOverlayError(QCoreApplication.translate("CriteriaOverlay", "'{layer}' has no features.").format(layer=label))


def request_for(source, attributes, crs=None, transform_context=None, geometry=True):
    """A feature request for ``attributes`` (indices), in ``crs`` when the source has another one."""
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(sorted(set(attributes)))
    if not geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    elif crs is not None and source.sourceCrs().isValid() and source.sourceCrs() != crs:
        request.setDestinationCrs(crs, transform_context or QgsCoordinateTransformContext())
    return request


def check_expression(text, source, label):
    """Parse a filter expression over ``source``; raise for a syntax error or an unknown field."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "The school filter '{expression}' is not a valid expression: {error}").format(
                expression=text, error=expression.parserErrorString()
            )
        )
    for name in sorted(expression.referencedColumns()):
        if name != QgsFeatureRequest.ALL_ATTRIBUTES:
            field_index(source, name, label)
    return expression


def plr_id(value, label):
    """The 8-digit Planungsraum id of ``value``; None when empty; raise when it is no id."""
    if type(value) is str and len(value) == 8 and value.isdigit():
        return value  # the usual case, already normalised
    if is_null(value):
        return None
    try:
        return normalise_lor_id(value, 8)
    except ValueError:
        raise CriteriaOverlayError(
            QCoreApplication.translate("CriteriaOverlay", "'{layer}' holds {value}, which is not an 8-digit Planungsraum id.").format(
                layer=label, value=repr(value)
            )
        ) from None




def check_canceled(feedback, number=0):
    """Raise ``CriteriaOverlayCanceled`` when the user canceled; asks every 64th ``number`` only."""
    if number % 64 == 0 and feedback is not None and feedback.isCanceled():
        raise CriteriaOverlayCanceled()


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


def polygon_key_fields(source, key_field, name_field, label):
    """Check a polygon input with features; return (key index, name index or None, attributes to read)."""
    require_geometry(source, QgsWkbTypes.GeometryType.PolygonGeometry, label)
    require_features(source, label)
    key_index = field_index(source, key_field, label)
    name_index = field_index(source, name_field, label) if name_field else None
    return key_index, name_index, [key_index] + ([name_index] if name_index is not None else [])
