"""The fact sheet as a QGIS print layout: A4, an atlas over the chosen Handlungsräume, PDF export.

The texts of each sheet are fields of a coverage layer (``fact_sheet.FactSheet``), so the
layout's labels are plain ``[% "field" %]`` expressions and a user can rearrange the layout in
QGIS's layout designer and save it as a template; a saved template is used next time.
"""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ...definitions import datasets, properties
from ..common.errors import PluginError
from ..common.features import add_attributes, add_features

LAYOUT_NAME = "GI-Steckbrief"
TEXT_FIELDS = ("code", "name", "title", "subtitle", "figures", "programmes", "documents", "sources", "notes")
CHART_FIELDS = ("mss_chart_path", "lmb_chart_path")
FONT_FAMILY = "DejaVu Sans"
RED = "#c8102e"
#: Short legend entries for the layers of the area map, by bundled dataset id.
LEGEND_NAMES = {datasets.MSS_2021: "MSS 2021: Statusindex", datasets.SCHULEN_2023: "Schulen (Okt. 2023)",
                datasets.LOR_BZR_2021: "Bezirksregionen"}


class FactSheetError(PluginError):
    """A fact sheet cannot be made or written; the message says why."""


def coverage_layer(sheets, geometries, chart_dir):
    """A memory layer with one feature per sheet (its texts and chart files) for the atlas.

    ``geometries`` maps area code to its ``QgsGeometry`` (EPSG:25833).
    """
    chart_dir = Path(chart_dir)
    chart_dir.mkdir(parents=True, exist_ok=True)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", "Handlungsraum (Abgrenzung)", "memory")
    add_attributes(layer, [QgsField(name, QVariant.String) for name in TEXT_FIELDS + CHART_FIELDS], FactSheetError)
    features = []
    for sheet in sheets:
        mss_path = chart_dir / "mss_{}.svg".format(sheet.code)
        lmb_path = chart_dir / "lmb_{}.svg".format(sheet.code)
        mss_path.write_text(sheet.mss_chart, encoding="utf-8")
        lmb_path.write_text(sheet.lmb_chart, encoding="utf-8")
        feature = QgsFeature(layer.fields())
        feature.setAttributes([getattr(sheet, name) for name in TEXT_FIELDS] + [str(mss_path), str(lmb_path)])
        geometry = geometries.get(sheet.code)
        if geometry is None or geometry.isEmpty():
            raise FactSheetError("no geometry for the Handlungsraum {}".format(sheet.code))
        feature.setGeometry(QgsGeometry(geometry))
        features.append(feature)
    add_features(layer, features, FactSheetError)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": RED, "outline_width": "0.8", "outline_style": "dash"})))
    return layer


def _mm(value):
    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutUnit.LayoutMillimeters)


def _place(item, x, y, width, height, item_id):
    # Size first: a map item moved while it has no size cannot take an extent afterwards (3.22).
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setId(item_id)
    return item


def _label(layout, item_id, text, x, y, width, height, size=8.5, bold=False, colour="#222222"):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(QColor(colour))
    label.setMarginX(0)
    label.setMarginY(0)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(label)
    return _place(label, x, y, width, height, item_id)


def _map(layout, item_id, layers, crs, extent, box):
    """A framed map item with a fixed layer set, placed at ``box`` (x, y, width, height in mm)."""
    item = QgsLayoutItemMap(layout)
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setCrs(crs)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    _place(item, *box, item_id)
    item.zoomToExtent(extent)
    return item


def _heading(layout, item_id, text, x, y, width):
    return _label(layout, item_id, text, x, y, width, 5, size=10, bold=True, colour=RED)


def build_layout(project, coverage, map_layers, overview_layers, berlin_extent):
    """A new A4 fact-sheet layout in ``project`` with the atlas over ``coverage``.

    ``map_layers``: layers of the area map, top first; ``overview_layers``: of the Berlin map.
    """
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(LAYOUT_NAME)
    # what the layout designer's PDF export offers first: text as text, with the metadata
    text_format = Qgis.TextRenderFormat.AlwaysText
    layout.setCustomProperty("pdfTextFormat", int(getattr(text_format, "value", text_format)))
    layout.setCustomProperty("pdfIncludeMetadata", True)
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)

    band = QgsLayoutItemShape(layout)
    band.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    band.setSymbol(QgsFillSymbol.createSimple({"color": RED, "outline_style": "no"}))
    layout.addLayoutItem(band)
    _place(band, 0, 0, 210, 6, "band")
    _label(layout, "title", '[% "title" %]', 12, 11, 186, 9, size=17, bold=True)
    _label(layout, "subtitle", '[% "subtitle" %]', 12, 21, 186, 5, size=9, colour="#444444")

    area_map = _map(layout, "karte", map_layers, coverage.crs(), berlin_extent, (12, 29, 120, 104))
    area_map.setAtlasDriven(True)
    area_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    area_map.setAtlasMargin(0.12)

    for layer in overview_layers:
        if layer.geometryType() == 2:  # polygons: light outlines at city scale, areas filled
            filled = layer.customProperty(properties.DATASET) == datasets.HANDLUNGSRAEUME
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "200,16,46,150" if filled else "255,255,255,0", "outline_color": "#9e9e9e" if not filled else RED,
                 "outline_width": "0.1", "style": "solid" if filled else "no"})))
    overview = _map(layout, "uebersicht", overview_layers, coverage.crs(), berlin_extent, (137, 29, 61, 46))
    frame = overview.overview()
    frame.setLinkedMap(area_map)
    frame.setFrameSymbol(QgsFillSymbol.createSimple({"color": "200,16,46,90", "outline_color": RED, "outline_width": "0.6"}))

    _heading(layout, "kennzahlen_titel", "Kennzahlen", 137, 79, 61)
    _label(layout, "kennzahlen", '[% "figures" %]', 137, 85, 61, 62, size=7.5)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legende")
    legend.setLinkedMap(area_map)
    legend.setAutoUpdateModel(False)
    tree = QgsLayerTree()
    for layer in map_layers:
        node = tree.addLayer(layer)
        node.setName(LEGEND_NAMES.get(layer.customProperty(properties.DATASET), layer.name()))
    legend.model().setRootGroup(tree)
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(True)
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(5)
    for style, size, bold in ((QgsLegendStyle.Style.Title, 8.5, True), (QgsLegendStyle.Style.Group, 7.5, True),
                              (QgsLegendStyle.Style.Subgroup, 7, True), (QgsLegendStyle.Style.SymbolLabel, 6.5, False)):
        legend.rstyle(style).setMargin(QgsLegendStyle.Side.Top, 0.8)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)
    _place(legend, 12, 135, 120, 32, "legende")
    layout._gi_legend_tree = tree  # the legend does not own its root group: keep it alive

    for item_id, field, x in (("diagramm_mss", "mss_chart_path", 12), ("diagramm_lmb", "lmb_chart_path", 107)):
        picture = QgsLayoutItemPicture(layout)
        picture.setMode(QgsLayoutItemPicture.Format.FormatSVG)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        picture.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty.fromField(field))
        layout.addLayoutItem(picture)
        _place(picture, x, 170, 91, 43, item_id)

    _heading(layout, "ressort_titel", "Ressortbeiträge", 12, 216, 120)
    _label(layout, "ressortbeitraege", '[% "programmes" %]', 12, 222, 120, 38, size=7)
    _heading(layout, "konzept_titel", "Handlungskonzept", 137, 216, 61)
    _label(layout, "konzepte", '[% "documents" %]', 137, 222, 61, 38, size=6.5)

    _heading(layout, "quellen_titel", "Quellen und Lizenzen", 12, 262, 186)
    _label(layout, "quellen", '[% "sources" %]', 12, 268, 186, 12, size=6)
    _label(layout, "hinweise", '[% "notes" %]', 12, 280, 186, 8, size=6, colour="#8a0b20")
    _label(layout, "fusszeile",
           "Seite [% @atlas_featurenumber %] von [% @atlas_totalfeatures %] · Stand [% format_date(now(), 'dd.MM.yyyy') %]"
           " · erstellt mit dem QGIS-Plugin Gemeinschaftsinitiative Berlin",
           12, 289, 186, 4, size=6, colour="#666666")

    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setPageNameExpression('"code"')
    atlas.setFilenameExpression("'Steckbrief_' || \"code\"")
    atlas.setEnabled(True)
    return layout


def load_template(project, template_path, coverage, map_layers, overview_layers):
    """A layout from a saved template, bound to this run's coverage and map layers."""
    document = QDomDocument()
    with open(template_path, encoding="utf-8") as handle:
        if not document.setContent(handle.read()):
            raise FactSheetError("the template {} is not a QGIS layout template".format(template_path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise FactSheetError("the template {} could not be loaded".format(template_path))
    layout.setName(LAYOUT_NAME)
    for item_id, layers in (("karte", map_layers), ("uebersicht", overview_layers)):
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


def export_pdf(layout, path, one_file=True, feedback=None):
    """Export the atlas to one PDF (``path``) or one PDF per area (files in ``path``'s folder).

    Returns the list of files written.
    """
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200
    # Text stays text (searchable, copyable, read by screen readers). The default is outlines;
    # QGIS 3.22 still drew layout labels as text regardless, later versions follow the setting.
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.rasterizeWholeImage = False
    atlas = layout.atlas()
    path = Path(path)
    if one_file:
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings, feedback)
        written = [path]
    else:
        path.mkdir(parents=True, exist_ok=True)
        result, error = QgsLayoutExporter.exportToPdfs(atlas, str(path / "steckbrief.pdf"), settings, feedback)
        written = sorted(path.glob("Steckbrief_*.pdf"))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise FactSheetError("PDF export failed ({}): {}".format(result, error))
    return written


def describe_pdf(path, title):
    """Write the document properties (title, author, language) into a written PDF.

    QGIS's atlas export to one file writes none (it sets them only for single-layout exports,
    from the project's metadata, which a user's project must not be changed for); GDAL's PDF
    driver adds them as an incremental update, as QGIS itself does for georeferencing.
    """
    from osgeo import gdal

    dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_UPDATE)
    if dataset is None:
        raise FactSheetError("the PDF {} could not be opened to write its title".format(path))
    dataset.SetMetadataItem("TITLE", title)
    dataset.SetMetadataItem("AUTHOR", "Ressortübergreifende Gemeinschaftsinitiative Berlin")
    dataset.SetMetadataItem("SUBJECT", "Steckbrief der Gemeinschaftsinitiative (Handlungsraum)")
    dataset = None  # closing writes the update
