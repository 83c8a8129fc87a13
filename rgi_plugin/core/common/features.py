"""Writing into the layers the plugin builds (memory layers): every row lands, or the caller hears
which did not. A provider that refuses rows returns False; the plugin never ignores that."""

from qgis.core import QgsField, QgsFields, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from .errors import PluginError

#: The field types of the plugin's documented outputs, as their definitions name them.
FIELD_TYPES = {"str": QVariant.String, "int": QVariant.Int, "float": QVariant.Double, "bool": QVariant.Bool}

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def fields_of(definition):
    """``QgsFields`` of an output's definition: ``(name, type, meaning)`` rows, type a key of ``FIELD_TYPES``."""
    fields = QgsFields()
    for name, kind, _ in definition:
        fields.append(QgsField(name, FIELD_TYPES[kind]))
    return fields


def field_list(definition, context):
    """``(name, type, meaning)`` of an output's definition, the meaning (``QT_TRANSLATE_NOOP`` in
    ``context``) in the user's language: for help texts and the README."""
    return [(name, kind, _translate(context, meaning)) for name, kind, meaning in definition]


def as_multi(geometry):
    """A copy of ``geometry`` as a multi-geometry: an output declared Multi… takes every feature."""
    geometry = QgsGeometry(geometry)
    if not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry


def add_attributes(layer, fields, error=PluginError):
    """Add ``fields`` (``QgsField`` list) to ``layer``'s provider; raise ``error`` when refused."""
    provider = layer.dataProvider()
    if not provider.addAttributes(list(fields)):
        raise error(_translate("Features", "QGIS refused the fields {fields} of the layer “{layer}”: {reason}").format(
            fields=", ".join(field.name() for field in fields), layer=layer.name(), reason=provider.lastError() or "–"))
    layer.updateFields()


def add_features(layer, features, error=PluginError):
    """Add all ``features`` to ``layer``'s provider and update its extent; raise ``error`` when
    the provider refuses any of them (nothing is dropped silently)."""
    features = list(features)
    provider = layer.dataProvider()
    added, _ = provider.addFeatures(features)
    if not added:
        raise error(_translate("Features", "QGIS refused rows of the layer “{layer}” ({count} rows to write): {reason}").format(
            layer=layer.name(), count=len(features), reason=provider.lastError() or "–"))
    layer.updateExtents()
    return len(features)
