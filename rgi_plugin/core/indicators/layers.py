"""What the indicator layers share: their error, the fields their source must have, the marks
they carry (``definitions/properties.py``) and how a project's indicator layer is found."""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ...definitions import properties
from ..common.errors import PluginError

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


class IndicatorError(PluginError):
    """An indicator layer cannot be built; the message says why (for the user)."""


def require_fields(layer, required):
    """Raise ``IndicatorError`` naming the fields of ``required`` that ``layer`` lacks."""
    missing = [name for name in required if layer.fields().indexOf(name) < 0]
    if missing:
        raise IndicatorError(_translate("Indicators", "The layer “{layer}” lacks the fields {fields}.").format(
            layer=layer.name(), fields=", ".join(missing)))


def mark(layer, kind, example=False, source=""):
    """Mark ``layer`` as the plugin's indicator layer of ``kind`` (``properties.LMB_SCHOOLS``, ...)."""
    layer.setCustomProperty(properties.INDICATOR, kind)
    layer.setCustomProperty(properties.EXAMPLE, bool(example))
    layer.setCustomProperty(properties.SOURCE, source or "")


def indicator_layers(kind, project=None):
    """The project's indicator layers of ``kind``, in no particular order."""
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values() if layer.customProperty(properties.INDICATOR) == kind]
