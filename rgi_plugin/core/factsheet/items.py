"""The building blocks of the fact-sheet layout: labels, headings, framed maps, chart pictures,
each placed in millimetres on the A4 page."""

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProperty,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

FONT_FAMILY = "DejaVu Sans"
RED = "#c8102e"


def font(size, bold=False):
    result = QFont(FONT_FAMILY)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def place(item, x, y, width, height, item_id):
    # Size first: a map item moved while it has no size cannot take an extent afterwards (3.22).
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setId(item_id)
    return item


def label(layout, item_id, text, x, y, width, height, size=8.5, bold=False, colour="#222222"):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setFontColor(QColor(colour))
    item.setMarginX(0)
    item.setMarginY(0)
    item.setHAlign(Qt.AlignmentFlag.AlignLeft)
    item.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(item)
    return place(item, x, y, width, height, item_id)


def heading(layout, item_id, text, x, y, width):
    return label(layout, item_id, text, x, y, width, 5, size=10, bold=True, colour=RED)


def framed_map(layout, item_id, layers, crs, extent, box):
    """A framed map item with a fixed layer set, placed at ``box`` (x, y, width, height in mm)."""
    item = QgsLayoutItemMap(layout)
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setCrs(crs)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    place(item, *box, item_id)
    item.zoomToExtent(extent)
    return item


def chart(layout, item_id, path_field, box):
    """An SVG picture whose file is the atlas feature's ``path_field`` (a chart per sheet)."""
    picture = QgsLayoutItemPicture(layout)
    picture.setMode(QgsLayoutItemPicture.Format.FormatSVG)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty.fromField(path_field))
    layout.addLayoutItem(picture)
    return place(picture, *box, item_id)
