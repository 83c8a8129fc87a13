"""The first page of the fact sheets of all areas: the Handlungsräume side by side.

The atlas gets one more feature before the areas, of kind ``overview`` (all areas as its
geometry, so the map shows Berlin with every area). On that page the items of an area sheet
(figures, charts, legend, overview map, Ressortbeiträge, concept) are left out of the export,
and the table of all areas (``core/editions/side_by_side``) is shown; on the area pages the
other way round. Data-defined "exclude from exports", so a user's layout template keeps it.
"""

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemTextTable,
    QgsLayoutObject,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsProperty,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QColor

from ..common.values import format_decimal, format_german
from .items import font, framed_map, heading, label, place

TABLE_ID = "vergleich_tabelle"
#: The map of the overview page: every area labelled on the Bezirke and Planungsräume, nothing else
#: (the area map of the sheets, with schools and MSS, would bury 16 areas under 900 schools).
ALL_AREAS_MAP = "karte_alle"
#: Items of an area's sheet that the overview page leaves out.
AREA_ITEMS = ("karte", "legende", "uebersicht", "diagramm_mss", "diagramm_entwicklung",
              "diagramm_lmb", "ressort_titel", "ressortbeitraege", "konzept_titel", "konzepte")
IS_OVERVIEW = "\"kind\" = 'overview'"


def _exclude(item, expression):
    item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
                                             QgsProperty.fromExpression(expression))


def _cell(value, kind):
    if value is None:
        return ""
    if kind == "int" and isinstance(value, int):
        return format_german(value)
    if kind == "percent" and isinstance(value, float):
        return format_decimal(value, "de")
    return str(value)


#: Column widths in mm on the A4 page (186 mm wide; each column also has its cell margins): code and
#: name fixed, the others as wide as their longest header word at least, the note what is left.
WIDTHS = {0: 5, 1: 27}
PAGE_WIDTH, CELL_MARGIN, NUMBER_WIDTH, TREND_WIDTH, NOTE_MIN = 186, 0.5, 12.5, 16, 15
HEADER_SIZE, CONTENT_SIZE = 5, 6


def column_widths(headers, kinds, cells=()):
    """Widths in mm in which no header word is cut (German headers hold long words: Ressortbeiträge)
    and no cell of ``cells`` (rows of texts) wraps, but for the name and the note."""
    header_font, content_font = font(HEADER_SIZE, True), font(CONTENT_SIZE)
    widths = []
    for index, (header, kind) in enumerate(zip(headers, kinds)):
        longest = max((QgsLayoutUtils.textWidthMM(header_font, word) + 0.6 for word in header.split()), default=0)
        if index not in WIDTHS and index != len(headers) - 1:
            longest = max([longest] + [QgsLayoutUtils.textWidthMM(content_font, row[index]) + 0.6 for row in cells])
        widths.append(max(WIDTHS.get(index, TREND_WIDTH if kind == "text" else NUMBER_WIDTH), longest))
    widths[-1] = max(NOTE_MIN, PAGE_WIDTH - 2 * CELL_MARGIN * len(headers) - sum(widths[:-1]))
    return widths


def _format(size, bold=False):
    text = QgsTextFormat()
    text.setFont(font(size, bold))
    text.setSize(size)
    text.setColor(QColor("#222222"))
    return text


def add_overview_items(layout, headers, kinds, values, map_layers=(), extent=None):
    """The table of all areas on the overview page, its map of ``map_layers`` (top first) where the
    area map stands on the other pages, and the area items left out there."""
    if map_layers:
        _add_all_areas_map(layout, list(map_layers), extent)
    for item_id in AREA_ITEMS:
        item = layout.itemById(item_id)
        if item is not None:
            _exclude(item, IS_OVERVIEW)
    title = heading(layout, "vergleich_titel", "Alle Handlungsräume im Vergleich", 12, 136, 186)
    _exclude(title, "NOT ({})".format(IS_OVERVIEW))
    table = QgsLayoutItemTextTable(layout)
    cells = [[_cell(value, kind) for value, kind in zip(row, kinds)] for row in values]
    columns = []
    for header, width in zip(headers, column_widths(headers, kinds, cells)):
        column = QgsLayoutTableColumn(header)
        column.setWidth(width)
        columns.append(column)
    table.setColumns(columns)
    table.setContents(cells)
    table.setHeaderTextFormat(_format(HEADER_SIZE, True))
    table.setContentTextFormat(_format(CONTENT_SIZE))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setCellMargin(CELL_MARGIN)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9e9e9e"))
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.HeaderLeft)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    place(frame, 12, 143, 186, 113, TABLE_ID)
    _exclude(frame, "NOT ({})".format(IS_OVERVIEW))
    return table


def _add_all_areas_map(layout, map_layers, extent):
    box = (12, 29, 120, 104)
    area_map = layout.itemById("karte")
    if area_map is not None:  # a user's template may have moved the area map
        position, size = area_map.positionWithUnits(), area_map.sizeWithUnits()
        box = (position.x(), position.y(), size.width(), size.height())
    item = framed_map(layout, ALL_AREAS_MAP, map_layers, map_layers[0].crs(), extent or map_layers[-1].extent(), box)
    _exclude(item, "NOT ({})".format(IS_OVERVIEW))
    return item


def has_overview_items(layout):
    """Whether a layout (e.g. a user's template) can show the overview page."""
    return layout.itemById(TABLE_ID) is not None


__all__ = ["ALL_AREAS_MAP", "AREA_ITEMS", "TABLE_ID", "add_overview_items", "has_overview_items", "label"]
