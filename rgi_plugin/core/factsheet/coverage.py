"""The coverage layer of the fact-sheet atlas: one feature per sheet with its texts and chart files."""

from pathlib import Path

from qgis.core import QgsFeature, QgsField, QgsFillSymbol, QgsGeometry, QgsSingleSymbolRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..common.features import add_attributes, add_features
from .items import RED
from .layout import FactSheetError

TEXT_FIELDS = ("code", "name", "title", "subtitle", "figures", "programmes", "documents", "sources", "notes")


CHART_FIELDS = ("mss_chart_path", "lmb_chart_path")


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
