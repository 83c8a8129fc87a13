"""Fixtures of the live tests: the plugin's own service catalogue (never a user's copy)."""

import pytest

from rgi_plugin.core.services import catalogue as services
from rgi_plugin.definitions.paths import SERVICE_CATALOGUE_FILE


@pytest.fixture(scope="session")
def catalogue(qgis_app):
    return services.read_service_catalogue(SERVICE_CATALOGUE_FILE)
