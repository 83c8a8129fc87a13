"""The social atlas as a layer: classes read from a service layer, the Planungsräume with their Schicht."""

import json

import pytest
from qgis.core import NULL, QgsVectorLayer

from rgi_plugin.core import data as bundled
from rgi_plugin.core.indicators import social as social_atlas
from rgi_plugin.core.indicators.layers import IndicatorError
from rgi_plugin.core.indicators.social.layer import create_social_layer
from rgi_plugin.definitions.paths import DATA_DIR
from support.paths import DATA


@pytest.fixture(scope="module")
def plr_ids():
    with open(DATA_DIR / "lor_planungsraeume_2021.geojson", encoding="utf-8") as handle:
        return {f["properties"]["plr_id"] for f in json.load(handle)["features"]}


def test_classes_from_a_service_layer(qgis_app):
    """A GESIx-like layer as the service would deliver it (field names are a parameter)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833&field=PLR_ID:integer&field=gesix_schicht:string", "GESIx 2022", "memory")
    layer.dataProvider().addAttributes([])
    from qgis.core import QgsFeature

    features = []
    for plr_id, value in ((1100101, "7"), (1100102, "Schicht 2"), (1100103, "x"), (1100104, NULL)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([plr_id, value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    classes, problems = social_atlas.classes_from_layer(layer, "gesix_schicht", id_field="PLR_ID")
    assert classes == {"01100101": 7, "01100102": 2}
    assert problems == ["01100103", "01100104"]  # the text "x" and the empty class, by the table reader's rules
    with pytest.raises(IndicatorError, match="lacks the fields schicht"):
        social_atlas.classes_from_layer(layer, "schicht", id_field="PLR_ID")


def test_social_layer_carries_the_classes_and_highlights_schicht_7(qgis_app, plr_ids):
    plr = bundled.create_layer(bundled.read_snapshot().dataset("lor_plr_2021"), "de")
    result = social_atlas.import_social_table(DATA / "sozialatlas_lor2021.csv", plr_ids)
    layer = create_social_layer(plr, result, "de")
    assert layer.isValid() and layer.featureCount() == 542
    values = {f["plr_id"]: f["schicht"] for f in layer.getFeatures() if f["schicht"] != NULL}
    assert values == result.classes
    labels = [item.label() for item in layer.renderer().legendSymbolItems()]
    assert labels[6] == "Schicht 7 (GI-Kriterium)" and labels[-1] == "keine Angabe"
