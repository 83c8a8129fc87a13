"""Load Qt Designer forms from ``forms/`` at runtime (no generated ui_*.py)."""

from qgis.PyQt import uic

from ..definitions.paths import FORMS_DIR


def load_form(name, widget):
    """Build the widgets of ``forms/<name>`` into ``widget`` and return it."""
    uic.loadUi(str(FORMS_DIR / name), widget)
    return widget
