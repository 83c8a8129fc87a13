"""A user's own fact-sheet layout: saved from the layout designer as a template, used next time."""

from pathlib import Path

from qgis.core import QgsLayoutItemMap, QgsPrintLayout, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

from ...definitions.paths import profile_folder
from .layout import LAYOUT_NAME, FactSheetError


def template_path():
    """Where a user's adjusted layout is kept; used instead of the built-in layout if present."""
    return profile_folder("steckbrief_vorlage.qpt")


def load_template(project, template_path, coverage, map_layers):
    """A layout from a saved template, bound to this run's coverage and map layers
    (``map_layers``: {map item id: layers, top first})."""
    document = QDomDocument()
    with open(template_path, encoding="utf-8") as handle:
        if not document.setContent(handle.read()):
            raise FactSheetError("the template {} is not a QGIS layout template".format(template_path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise FactSheetError("the template {} could not be loaded".format(template_path))
    layout.setName(LAYOUT_NAME)
    for item_id, layers in map_layers.items():
        item = layout.itemById(item_id)
        if isinstance(item, QgsLayoutItemMap):
            item.setLayers(layers)
            item.setKeepLayerSet(True)
    layout.atlas().setCoverageLayer(coverage)
    layout.atlas().setEnabled(True)
    return layout


def save_template(layout, template_path):
    Path(template_path).parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(template_path), QgsReadWriteContext()):
        raise FactSheetError("the template could not be written to {}".format(template_path))
