"""The fact sheet as a QGIS print layout: A4, an atlas over the chosen Handlungsräume.

The texts of each sheet are fields of a coverage layer (``coverage.py``), so the layout's labels
are plain ``[% "field" %]`` expressions and a user can rearrange the layout in QGIS's layout
designer and save it as a template (``template.py``); a saved template is used next time.
German, like the documents the Senate publishes.
"""

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)

from ...definitions import datasets, properties
from ..common.errors import PluginError
from .items import RED, chart, font, framed_map, heading, label, place

LAYOUT_NAME = "GI-Steckbrief"
#: Short legend entries for the layers of the area map, by bundled dataset id.
LEGEND_NAMES = {datasets.MSS_2021: "MSS 2021: Statusindex", datasets.SCHULEN_2023: "Schulen (Okt. 2023)",
                datasets.LOR_BZR_2021: "Bezirksregionen"}


class FactSheetError(PluginError):
    """A fact sheet cannot be made or written; the message says why."""


def build_layout(project, coverage, map_layers, overview_layers, berlin_extent):
    """A new A4 fact-sheet layout in ``project`` with the atlas over ``coverage``.

    ``map_layers``: layers of the area map, top first; ``overview_layers``: of the Berlin map.
    """
    layout = _page(project)
    _header(layout)
    area_map = framed_map(layout, "karte", map_layers, coverage.crs(), berlin_extent, (12, 29, 120, 104))
    area_map.setAtlasDriven(True)
    area_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    area_map.setAtlasMargin(0.12)
    _overview(layout, area_map, overview_layers, coverage.crs(), berlin_extent)
    heading(layout, "kennzahlen_titel", "Kennzahlen", 137, 79, 61)
    label(layout, "kennzahlen", '[% "figures" %]', 137, 85, 61, 62, size=7.5)
    _legend(layout, area_map, map_layers)
    chart(layout, "diagramm_mss", "mss_chart_path", (12, 170, 56, 40))
    chart(layout, "diagramm_entwicklung", "dev_chart_path", (70, 169, 72, 42))
    chart(layout, "diagramm_lmb", "lmb_chart_path", (144, 170, 54, 40))
    _texts(layout)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setPageNameExpression('"code"')
    atlas.setFilenameExpression("'Steckbrief_' || \"code\"")
    atlas.setEnabled(True)
    return layout


def _page(project):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(LAYOUT_NAME)
    # what the layout designer's PDF export offers first: text as text, with the metadata
    text_format = Qgis.TextRenderFormat.AlwaysText
    layout.setCustomProperty("pdfTextFormat", int(getattr(text_format, "value", text_format)))
    layout.setCustomProperty("pdfIncludeMetadata", True)
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    return layout


def _header(layout):
    band = QgsLayoutItemShape(layout)
    band.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    band.setSymbol(QgsFillSymbol.createSimple({"color": RED, "outline_style": "no"}))
    layout.addLayoutItem(band)
    place(band, 0, 0, 210, 6, "band")
    label(layout, "title", '[% "title" %]', 12, 11, 186, 9, size=17, bold=True)
    label(layout, "subtitle", '[% "subtitle" %]', 12, 21, 186, 5, size=9, colour="#444444")


def _overview(layout, area_map, layers, crs, extent):
    """Berlin at city scale: light outlines, the Handlungsräume filled, the area map's frame on top."""
    for layer in layers:
        if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            filled = layer.customProperty(properties.DATASET) == datasets.HANDLUNGSRAEUME
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "200,16,46,150" if filled else "255,255,255,0", "outline_color": "#9e9e9e" if not filled else RED,
                 "outline_width": "0.1", "style": "solid" if filled else "no"})))
    overview = framed_map(layout, "uebersicht", layers, crs, extent, (137, 29, 61, 46))
    frame = overview.overview()
    frame.setLinkedMap(area_map)
    frame.setFrameSymbol(QgsFillSymbol.createSimple({"color": "200,16,46,90", "outline_color": RED, "outline_width": "0.6"}))


def _legend(layout, area_map, map_layers):
    """The legend of the area map, in three columns, with short names; its layer tree is its own
    (``setAutoUpdateModel(False)`` gives the legend a tree it owns and a template keeps)."""
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legende")
    legend.setLinkedMap(area_map)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in map_layers:
        root.addLayer(layer).setName(LEGEND_NAMES.get(layer.customProperty(properties.DATASET), layer.name()))
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(True)
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(5)
    for style, size, bold in ((QgsLegendStyle.Style.Title, 8.5, True), (QgsLegendStyle.Style.Group, 7.5, True),
                              (QgsLegendStyle.Style.Subgroup, 7, True), (QgsLegendStyle.Style.SymbolLabel, 6.5, False)):
        legend.rstyle(style).setMargin(QgsLegendStyle.Side.Top, 0.8)
        legend.setStyleFont(style, font(size, bold))
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)
    place(legend, 12, 135, 120, 32, "legende")
    return legend


def _texts(layout):
    heading(layout, "ressort_titel", "Ressortbeiträge", 12, 213, 120)
    label(layout, "ressortbeitraege", '[% "programmes" %]', 12, 219, 120, 38, size=7)
    heading(layout, "konzept_titel", "Handlungskonzept", 137, 213, 61)
    label(layout, "konzepte", '[% "documents" %]', 137, 219, 61, 38, size=6.5)
    heading(layout, "quellen_titel", "Quellen und Lizenzen", 12, 258, 186)
    label(layout, "quellen", '[% "sources" %]', 12, 264, 186, 16, size=5.5)
    label(layout, "hinweise", '[% "notes" %]', 12, 280, 186, 8, size=6, colour="#8a0b20")
    label(layout, "fusszeile",
          "Seite [% @atlas_featurenumber %] von [% @atlas_totalfeatures %] · Stand [% format_date(now(), 'dd.MM.yyyy') %]"
          " · erstellt mit dem QGIS-Plugin Gemeinschaftsinitiative Berlin",
          12, 289, 186, 4, size=6, colour="#666666")
