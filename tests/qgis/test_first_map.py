"""The first map (issue 13): the 16 Handlungsräume, labelled, on a quiet context of Bezirke and
Planungsräume; at city scale the small ones (13a, 13d, 11) carry a marker so that they are seen."""

import pytest
from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from rgi_plugin.core import data
from rgi_plugin.core.areas.layer import prepare_area_layer
from rgi_plugin.core.areas.reading import read_area_catalogue


@pytest.fixture(scope="module")
def first_map(qgis_app):
    snapshot = data.read_snapshot()
    areas = data.create_layer(snapshot.dataset("handlungsraeume"), "de")
    prepare_area_layer(areas, read_area_catalogue(), "de")
    layers = [areas, data.create_layer(snapshot.dataset("bezirke"), "de"), data.create_layer(snapshot.dataset("lor_plr_2021"), "de")]
    QgsProject.instance().addMapLayers(layers)
    yield layers
    QgsProject.instance().removeAllMapLayers()


def render(layers, size):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[2].crs())
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(96)
    extent = layers[2].extent()
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    context = QgsExpressionContext()  # what the map canvas gives its renderers: @map_scale among others
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    settings.setExpressionContext(context)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return settings, job.renderedImage()


@pytest.mark.parametrize("size, name, small", [((960, 640), "1280x800", {"13a", "13b", "13d", "11"}),
                                               ((1240, 820), "1600x1000", {"13a", "13d", "11"})])
def test_small_areas_carry_a_marker_at_city_scale_and_large_ones_do_not(first_map, size, name, small, output_dir):
    """The marker rule, evaluated as the map canvas evaluates it (with its scale), on the Berlin view
    the first map opens with; the rendered map is kept for people to look at."""
    from qgis.core import QgsExpression

    settings, image = render(first_map, size)
    image.save(str(output_dir / "first_map_berlin_{}.png".format(name)))
    areas = first_map[0]
    marker_rule = areas.renderer().rootRule().children()[-1]
    assert marker_rule.symbol().symbolLayer(0).layerType() == "CentroidFill"
    expression = QgsExpression(marker_rule.filterExpression())
    context = settings.expressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(areas))
    marked = set()
    for feature in areas.getFeatures():
        context.setFeature(feature)
        if expression.evaluate(context):
            marked.add(feature["code"])
    assert marked == small
    # zoomed in on 13a, its marker goes: the area is large enough to be seen
    settings.setExtent(next(f for f in areas.getFeatures() if f["code"] == "13a").geometry().boundingBox().buffered(500))
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    context.setFeature(next(f for f in areas.getFeatures() if f["code"] == "13a"))
    assert not expression.evaluate(context)


def test_every_area_is_labelled_with_code_and_name(first_map):
    from qgis.core import QgsExpression

    areas = first_map[0]
    settings = areas.labeling().settings()
    assert settings.displayAll  # no label may give way to another
    expression = QgsExpression(settings.fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(areas))
    labels = []
    for feature in areas.getFeatures():
        context.setFeature(feature)
        labels.append(expression.evaluate(context))
    assert len(labels) == 16 and "06 Wedding" in labels and "13a Thermometersiedlung" in labels


def test_the_legend_lists_only_the_kinds_of_boundary_the_layer_has(first_map):
    """The bundled approximation has no boundary derived from the Geoportal's map: its legend does not offer one."""
    areas = first_map[0]
    labels = [item.label() for item in areas.renderer().legendSymbolItems()]
    bases = {feature["basis"] for feature in areas.getFeatures()}
    assert "wms_derived" not in bases and not any(label.startswith("Abgeleitet") for label in labels)
    assert len(labels) == len(bases) + 1 and labels[-1].startswith("Markierung")
