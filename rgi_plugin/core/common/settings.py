"""The plugin's settings in ``QgsSettings``, all under one prefix."""

from qgis.core import QgsSettings

from ...definitions.names import SETTINGS_PREFIX

_TRUE_STRINGS = {"1", "true", "yes", "on"}


def to_bool(value, default=False):
    """Normalise what QSettings hands back (``True``, ``"false"``, ``"1"``, ``None``) to a bool."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    return str(value).strip().lower() in _TRUE_STRINGS


def _key(name):
    return "{}/{}".format(SETTINGS_PREFIX, name)


def value(name, default=None):
    return QgsSettings().value(_key(name), default)


def bool_value(name, default=False):
    return to_bool(QgsSettings().value(_key(name), default), default)


def set_value(name, new_value):
    QgsSettings().setValue(_key(name), new_value)


def remove_all():
    """Remove every key of this plugin (used by tests and by a reset)."""
    settings = QgsSettings()
    settings.remove(SETTINGS_PREFIX)
