"""The inputs of the criteria overlay: what each one is, and how it is checked and read.

Every check raises ``CriteriaOverlayError`` with a message a person can act on (which layer,
which field, what was found). Sources are ``QgsFeatureSource`` objects: a ``QgsVectorLayer``
or the ``QgsProcessingFeatureSource`` of an algorithm. No widgets and no project here.
"""

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeatureRequest,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..common.errors import PluginError
from ..data.schema import normalise_lor_id
from ..indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, MIN_CRITERIA, SOCIAL_CLASS

#: How many ids a message lists before it says "…".
MAX_LISTED = 10


class CriteriaOverlayError(PluginError):
    """An input of the criteria overlay cannot be used; the message says why."""


class CriteriaOverlayCanceled(PluginError):
    """The user canceled the run (not an error of the inputs: nothing is written)."""


@dataclass
class PlanungsraumInput:
    source: object
    label: str
    id_field: str = "plr_id"
    name_field: str = ""


@dataclass
class MssInput:
    source: object
    label: str
    id_field: str = "plr_id"
    status_field: str = "si_n"
    dynamics_field: str = "di_n"
    validity_field: str = "kom"
    population_field: str = "ew"
    rule: object = DEFAULT_MSS_RULE


@dataclass
class SchoolInput:
    source: object
    label: str
    id_field: str = "bsn"
    filter_expression: str = ""
    lmb_field: str = ""
    threshold: float = LMB_THRESHOLD_PERCENT


@dataclass
class LmbTableInput:
    """An Lmb table: a layer or feature source, or the path of a CSV/XLSX file (read by the
    import dialog's reader); empty field names are detected as the dialog detects them."""

    source: object
    label: str
    id_field: str = ""
    quota_field: str = ""
    sheet: str = None


@dataclass
class CatchmentInput:
    source: object
    label: str
    school_field: str = ""
    min_share_percent: float = 10.0


@dataclass
class SocialInput:
    """A social-atlas table: a layer or feature source, or the path of a CSV/XLSX file; empty
    field names are detected as the social import detects them."""

    source: object
    label: str
    id_field: str = ""
    class_field: str = ""
    class_value: int = SOCIAL_CLASS
    sheet: str = None


@dataclass
class AreasInput:
    source: object
    label: str
    code_field: str = "code"
    name_field: str = ""
    min_share_percent: float = 50.0


@dataclass
class OverlayInputs:
    """Everything one run needs. ``crs`` is the working CRS (projected, in metres)."""

    planungsraeume: PlanungsraumInput
    mss: MssInput
    schools: SchoolInput
    crs: object
    lmb_table: LmbTableInput = None
    catchments: CatchmentInput = None
    social: SocialInput = None
    areas: AreasInput = None
    min_criteria: int = MIN_CRITERIA
    adjacency_distance: float = 1.0
    data_note: str = ""
    transform_context: object = None
    expression_context: object = None


# -- checks -------------------------------------------------------------------------------


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


# -- values -------------------------------------------------------------------------------


_PLAIN_TYPES = (str, int, float, bool)


def is_null(value):
    """True for None and QGIS NULL (a null QVariant arrives as None or as a NULL object)."""
    if value is None:
        return True
    if type(value) in _PLAIN_TYPES:
        return False
    is_null_method = getattr(value, "isNull", None)
    return bool(is_null_method()) if callable(is_null_method) else False


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


def text_key(value):
    """A join key of free text (school number, area code): stripped, upper case; None if empty."""
    if type(value) is str:
        value = value.strip()
        return value.upper() if value else None
    if is_null(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text.upper() if text else None


def check_canceled(feedback, number=0):
    """Raise ``CriteriaOverlayCanceled`` when the user canceled; asks every 64th ``number`` only."""
    if number % 64 == 0 and feedback is not None and feedback.isCanceled():
        raise CriteriaOverlayCanceled()
