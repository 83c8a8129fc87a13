"""Settings live under one prefix; booleans come back as booleans whatever QSettings stored."""

import pytest
from qgis.core import QgsSettings

from rgi_plugin.core.common import settings
from rgi_plugin.definitions.names import SETTINGS_PREFIX


@pytest.mark.parametrize(
    "stored, expected",
    [(True, True), (False, False), ("true", True), ("false", False), ("False", False), ("1", True), ("0", False),
     (1, True), (0, False), ("yes", True), ("", False)],
)
def test_to_bool_normalises_what_qsettings_returns(stored, expected):
    assert settings.to_bool(stored) is expected


def test_to_bool_default_for_missing_value():
    assert settings.to_bool(None, default=True) is True


def test_values_are_stored_under_the_plugin_prefix(qgis_app):
    settings.remove_all()
    settings.set_value("show_dock", False)
    keys = [k for k in QgsSettings().allKeys() if "show_dock" in k]
    assert keys == [SETTINGS_PREFIX + "/show_dock"]
    assert settings.bool_value("show_dock", default=True) is False
    settings.remove_all()
    assert settings.bool_value("show_dock", default=True) is True
