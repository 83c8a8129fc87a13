"""The coverage layer of the fact-sheet atlas: one feature per sheet with its texts and chart files."""

from pathlib import Path

from qgis.core import QgsFeature, QgsField, QgsFillSymbol, QgsGeometry, QgsSingleSymbolRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..common.features import add_attributes, add_features
from .items import RED
from .layout import FactSheetError

#: Key of the geometry of the overview page (all areas) in ``geometries``.
OVERVIEW = ""

TEXT_FIELDS = ("code", "name", "title", "subtitle", "figures", "programmes", "documents", "sources", "notes", "kind")


CHART_FIELDS = ("mss_chart_path", "lmb_chart_path", "dev_chart_path")


#: A blank picture where a sheet has no such chart (the overview page).
EMPTY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"/>\n'


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
        paths = []
        for prefix, svg in (("mss", sheet.mss_chart), ("lmb", sheet.lmb_chart), ("entwicklung", sheet.dev_chart)):
            path = chart_dir / "{}_{}.svg".format(prefix, sheet.code or "alle")
            path.write_text(svg or EMPTY_SVG, encoding="utf-8")
            paths.append(str(path))
        feature = QgsFeature(layer.fields())
        feature.setAttributes([getattr(sheet, name) for name in TEXT_FIELDS] + paths)
        geometry = geometries.get(sheet.code) if sheet.kind == "area" else geometries.get(OVERVIEW)
        if geometry is None or geometry.isEmpty():
            raise FactSheetError("no geometry for the Handlungsraum {}".format(sheet.code))
        feature.setGeometry(QgsGeometry(geometry))
        features.append(feature)
    add_features(layer, features, FactSheetError)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": RED, "outline_width": "0.8", "outline_style": "dash"})))
    return layer
