"""Rows written into the plugin's memory layers land, or the plugin's error says which did not."""

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from rgi_plugin.core.common.errors import PluginError
from rgi_plugin.core.common.features import add_attributes, add_features
from rgi_plugin.core.factsheet.layout import FactSheetError
from rgi_plugin.core.indicators.layers import IndicatorError


def points():
    return QgsVectorLayer("Point?crs=EPSG:25833&field=n:integer", "Punkte", "memory")


def feature(layer, wkt, value):
    feature = QgsFeature(layer.fields())
    feature.setAttributes([value])
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    return feature


def test_rows_that_fit_are_all_written(qgis_app):
    layer = points()
    assert add_features(layer, [feature(layer, "POINT(1 2)", 1), feature(layer, "POINT(3 4)", 2)]) == 2
    assert layer.featureCount() == 2 and layer.extent().xMaximum() == 3


@pytest.mark.parametrize("error", [PluginError, IndicatorError, FactSheetError])
def test_a_refused_row_raises_the_plugins_error_with_the_reason(qgis_app, error):
    layer = points()
    with pytest.raises(error, match=r"QGIS refused rows of the layer “Punkte” \(1 rows to write\): .*LineString"):
        add_features(layer, [feature(layer, "LINESTRING(1 2, 3 4)", 1)], error)
    assert issubclass(error, PluginError)


def test_fields_are_added_or_the_refusal_is_raised(qgis_app, tmp_path):
    layer = points()
    add_attributes(layer, [QgsField("name", QVariant.String)])
    assert layer.fields().names() == ["n", "name"]
    table = tmp_path / "punkte.csv"
    table.write_text("x,y\n1,2\n", encoding="utf-8")
    read_only = QgsVectorLayer("file://{}?delimiter=,&xField=x&yField=y&crs=EPSG:25833".format(table), "Nur lesbar", "delimitedtext")
    assert read_only.isValid()
    with pytest.raises(IndicatorError, match="QGIS refused the fields name of the layer “Nur lesbar”"):
        add_attributes(read_only, [QgsField("name", QVariant.String)], IndicatorError)
    with pytest.raises(IndicatorError, match="QGIS refused rows of the layer “Nur lesbar”"):
        add_features(read_only, [QgsFeature(read_only.fields())], IndicatorError)
    assert read_only.featureCount() == 1
