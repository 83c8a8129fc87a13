"""Fixtures of the Processing tests: the overlay run through processing.run."""

import pytest
from qgis.core import QgsApplication

from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider


@pytest.fixture(scope="module")
def overlay(qgis_processing):
    """processing.run with the plugin's provider registered (removed again afterwards)."""
    import processing

    provider = GemeinschaftsinitiativeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield lambda params, feedback=None: processing.run("rgi:criteria_overlay", params, feedback=feedback)
    QgsApplication.processingRegistry().removeProvider(provider)
