"""Indicator layers: Lmb quotas on the primary schools (threshold 74.9 vs 75.0), MSS style variants, a map."""

import json
from collections import Counter

import pytest
from qgis.core import (
    NULL,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsLayerTree,
    QgsLegendModel,
    QgsLegendRenderer,
    QgsLegendSettings,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from rgi_plugin.core import data as bundled
from rgi_plugin.core.indicators import lmb as lmb_import
from rgi_plugin.core.indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, is_public_primary_school
from rgi_plugin.core.indicators.lmb import layer as indicators
from rgi_plugin.core.indicators.mss import styles as mss_styles
from rgi_plugin.definitions import properties
from rgi_plugin.definitions.paths import DATA_DIR, EXAMPLE_LMB_FILE
from support.paths import REPO
from support.render import render

DATA = REPO / "tests" / "data"


@pytest.fixture(scope="module")
def snapshot_layers(qgis_app):
    snapshot = bundled.read_snapshot()
    return {dataset_id: bundled.create_layer(snapshot.dataset(dataset_id), "de") for dataset_id in ("schulen_2023", "mss_2021")}


@pytest.fixture(scope="module")
def geojson_schools():
    with open(DATA_DIR / "schulen_2023-10.geojson", encoding="utf-8") as handle:
        return {f["properties"]["bsn"]: f["properties"] for f in json.load(handle)["features"]}


def legend_labels_per_feature(layer):
    """For each feature id: the legend labels of the rules that draw it (headings without a symbol left out)."""
    renderer = layer.renderer().clone()
    labels = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems() if item.symbol() is not None}
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    result = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        result[feature.id()] = sorted(labels[key] for key in renderer.legendKeysForFeature(feature, context) if key in labels)
    renderer.stopRender(context)
    return result


# -- schools and Lmb ------------------------------------------------------------------------------

def test_school_catalogue_marks_the_public_primary_schools(snapshot_layers, geojson_schools):
    catalogue = indicators.school_catalogue(snapshot_layers["schulen_2023"])
    expected = {bsn: is_public_primary_school(p["schulart"], p["traeger"]) for bsn, p in geojson_schools.items()}
    assert catalogue == expected
    assert sum(catalogue.values()) == 376


@pytest.fixture(scope="module")
def lmb(snapshot_layers):
    catalogue = indicators.school_catalogue(snapshot_layers["schulen_2023"])
    return lmb_import.import_lmb(DATA / "lmb_deutsche_dezimalzahlen.csv", None, catalogue)


def test_lmb_layer_holds_the_public_primary_schools_with_their_quota(snapshot_layers, lmb, geojson_schools):
    layer = indicators.create_lmb_school_layer(snapshot_layers["schulen_2023"], lmb, language="de")
    assert layer.isValid() and layer.crs().authid() == "EPSG:25833"
    assert layer.featureCount() == sum(is_public_primary_school(p["schulart"], p["traeger"]) for p in geojson_schools.values())
    quotas = {f["bsn"]: f["lmb_quote"] for f in layer.getFeatures() if f["lmb_quote"] != NULL}
    assert quotas == lmb.values
    assert layer.name() == "Grundschulen – Lmb-Quote"
    assert "Beispieldaten" not in layer.metadata().abstract()
    assert "lmb_deutsche_dezimalzahlen.csv (5 Werte verwendet); Schwelle 75 %" in layer.metadata().abstract()


def test_threshold_boundary_74_9_is_below_and_75_0_is_at_or_above(snapshot_layers, lmb):
    assert (lmb.values["01G32"], lmb.values["01G35"]) == (74.9, 75.0)
    layer = indicators.create_lmb_school_layer(snapshot_layers["schulen_2023"], lmb, language="de")
    by_bsn = {f["bsn"]: f.id() for f in layer.getFeatures()}
    labels = legend_labels_per_feature(layer)
    assert labels[by_bsn["01G32"]] == ["unter 75 %"]
    assert labels[by_bsn["01G35"]] == ["75 % und mehr (Kriterium erfüllt)"]
    assert labels[by_bsn["01G31"]] == ["75 % und mehr (Kriterium erfüllt)"]  # 75,3
    assert labels[by_bsn["01G36"]] == ["unter 75 %"]  # 60,5
    assert labels[by_bsn["01G01"]] == ["keine Lmb-Quote"]
    assert Counter(tuple(v) for v in labels.values()) == Counter(
        {("keine Lmb-Quote",): 371, ("unter 75 %",): 2, ("75 % und mehr (Kriterium erfüllt)",): 3})


@pytest.mark.parametrize("quota, expected", [(74.9, False), (74.99, False), (75.0, True), (75.3, True), (None, None)])
def test_threshold_expression_on_single_values(qgis_app, quota, expected):
    fields = QgsFields()
    fields.append(QgsField(indicators.QUOTA_FIELD, QVariant.Double))
    feature = QgsFeature(fields)
    feature.setAttributes([quota])
    context = QgsExpressionContext()
    context.setFeature(feature)
    result = QgsExpression(indicators.threshold_expression(LMB_THRESHOLD_PERCENT)).evaluate(context)
    assert (None if result is None else bool(result)) == expected


def test_legend_is_readable_in_german_and_english(snapshot_layers, lmb):
    german = indicators.create_lmb_school_layer(snapshot_layers["schulen_2023"], lmb, language="de")
    assert [i.label() for i in german.renderer().legendSymbolItems()] == [
        "Lernmittelbefreiung (Lmb-Quote) 2023/24" if lmb.school_year else "Lernmittelbefreiung (Lmb-Quote)",
        "75 % und mehr (Kriterium erfüllt)", "unter 75 %", "keine Lmb-Quote"]
    english = indicators.lmb_renderer(72.5, "en")
    assert [i.label() for i in english.legendSymbolItems()][1:] == ["72.5 % or more (criterion met)", "below 72.5 %", "no Lmb quota"]


def test_example_data_is_labelled_in_name_metadata_and_legend(snapshot_layers, tmp_path):
    example = tmp_path / "quoten.csv"  # marked as example inside the data, as the bundled table is
    example.write_bytes("# Beispieldaten – keine amtlichen Werte\n".encode("utf-8") + (DATA / "lmb_schuljahre.csv").read_bytes())
    data = lmb_import.import_lmb(example, None, indicators.school_catalogue(snapshot_layers["schulen_2023"]))
    layer = indicators.create_lmb_school_layer(snapshot_layers["schulen_2023"], data, language="de")
    label = "Beispieldaten – keine amtlichen Werte"
    assert layer.name() == "Grundschulen – Lmb-Quote 2023/24 (Beispieldaten – keine amtlichen Werte)"
    assert label in layer.metadata().title() and label in layer.metadata().abstract() and label in layer.metadata().rights()
    assert layer.renderer().legendSymbolItems()[0].label() == "Lernmittelbefreiung (Lmb-Quote) 2023/24 – " + label
    assert layer.customProperty(properties.EXAMPLE) is True
    notes = {f["bsn"]: f["data_note"] for f in layer.getFeatures() if f["data_note"] != NULL}
    assert notes == {"01G24": label, "01G25": label}  # the schools that have an example value


def test_all_schools_when_not_filtered_and_a_clear_error_for_a_wrong_layer(snapshot_layers, lmb, qgis_app):
    assert indicators.create_lmb_school_layer(snapshot_layers["schulen_2023"], lmb, primary_only=False).featureCount() == 902
    wrong = QgsVectorLayer("Point?crs=EPSG:25833&field=bsn:string", "Punkte", "memory")
    with pytest.raises(indicators.IndicatorError, match="The layer “Punkte” lacks the fields schulart, traeger."):
        indicators.create_lmb_school_layer(wrong, lmb)


# -- MSS style variants ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def mss_features():
    with open(DATA_DIR / "mss_2021_planungsraeume.geojson", encoding="utf-8") as handle:
        return {f["properties"]["plr_id"]: f["properties"] for f in json.load(handle)["features"]}


@pytest.mark.parametrize("variant", mss_styles.VARIANTS)
def test_mss_variants_rate_valid_rows_outline_attention_and_leave_invalid_rows_unrated(snapshot_layers, mss_features, variant):
    layer = snapshot_layers["mss_2021"].clone()
    mss_styles.apply_mss_style(layer, variant, "de")
    labels = legend_labels_per_feature(layer)
    ids = {f.id(): f["plr_id"] for f in layer.getFeatures()}
    attention = "Gebiet mit besonderem Aufmerksamkeitsbedarf"
    for fid, found in labels.items():
        props = mss_features[ids[fid]]
        expected_attention = bool(DEFAULT_MSS_RULE.applies(props["si_n"], props["di_n"], props["kom"]))
        assert (attention in found) == expected_attention
        classes = [label for label in found if label != attention]
        if props["kom"] != "gültig":
            assert classes == ["keine Bewertung"]
        else:
            assert len(classes) == 1 and classes != ["keine Bewertung"]
    assert sum(found == ["keine Bewertung"] for found in labels.values()) == 6
    assert sum(attention in found for found in labels.values()) == sum(
        bool(DEFAULT_MSS_RULE.applies(p["si_n"], p["di_n"], p["kom"])) for p in mss_features.values()) == 129


def test_mss_class_labels_follow_the_codes(snapshot_layers):
    layer = snapshot_layers["mss_2021"].clone()
    by_plr = {f["plr_id"]: f.id() for f in layer.getFeatures()}
    expected = {  # 01100101: si_n 2, di_n 5 (2-); 01100102: 1, 3 (1+/-)
        "status": (["mittel"], ["hoch"]),
        "dynamics": (["negativ"], ["stabil"]),
        "status_dynamics": (["2- – Status mittel, Dynamik negativ"], ["1+/- – Status hoch, Dynamik stabil"]),
    }
    attention = "Gebiet mit besonderem Aufmerksamkeitsbedarf"
    for variant, (first, second) in expected.items():
        labels = legend_labels_per_feature(mss_styles.apply_mss_style(layer, variant, "de"))
        assert labels[by_plr["01100101"]] == sorted(first + [attention])
        assert labels[by_plr["01100102"]] == second
    legend = [i.label() for i in mss_styles.mss_renderer(mss_styles.DYNAMICS, "en").legendSymbolItems()]
    assert legend == ["positive", "stable", "negative", "no rating", "Area requiring special attention"]
    assert len(mss_styles.mss_renderer(mss_styles.STATUS_DYNAMICS, "de").legendSymbolItems()) == 12 + 2


def test_mss_style_needs_the_mss_fields_and_reads_the_edition(snapshot_layers, qgis_app):
    wrong = QgsVectorLayer("Polygon?crs=EPSG:25833&field=plr_id:string", "PLR", "memory")
    with pytest.raises(mss_styles.MssStyleError, match="lacks the MSS fields si_n, di_n, kom"):
        mss_styles.apply_mss_style(wrong)
    assert mss_styles.mss_edition(snapshot_layers["mss_2021"]) == "12/2020"


# -- what a person sees ---------------------------------------------------------------------------

def test_map_with_mss_and_schools_renders(snapshot_layers, output_dir):
    data = lmb_import.import_lmb(EXAMPLE_LMB_FILE, None, indicators.school_catalogue(snapshot_layers["schulen_2023"]))
    schools = indicators.create_lmb_school_layer(snapshot_layers["schulen_2023"], data, language="de")
    mss = mss_styles.apply_mss_style(snapshot_layers["mss_2021"].clone(), mss_styles.STATUS, "de")
    assert "Beispieldaten – keine amtlichen Werte" in schools.name()
    image = render([schools, mss], mss.extent().buffered(500), (1000, 760), output_dir / "indicators_map.png")
    # zoomed on Wedding, where the outlines and school classes can be told apart
    wedding = [f.geometry().boundingBox() for f in mss.getFeatures() if f["plr_id"][:6] in ("013007", "013008", "014010")]
    extent = wedding[0]
    for box in wedding[1:]:
        extent.combineExtentWith(box)
    render([schools, mss], extent.buffered(300), (1000, 760), output_dir / "indicators_map_wedding.png")
    _save_legend([schools, mss], output_dir / "indicators_legend.png")
    colours = Counter(image.pixelColor(x, y).name() for x in range(0, 1000, 5) for y in range(0, 760, 5))
    assert colours["#ffffff"] < 0.8 * sum(colours.values())  # something was drawn
    assert colours[indicators.AT_OR_ABOVE_STYLE[0]] > 0 and colours[indicators.BELOW_STYLE[0]] > 0


def _save_legend(layers, path):
    tree = QgsLayerTree()
    for layer in layers:
        tree.addLayer(layer)
    model = QgsLegendModel(tree)  # kept in a name: the renderer does not own it
    renderer = QgsLegendRenderer(model, QgsLegendSettings())
    image = QImage(QSize(900, 900), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    context = QgsRenderContext.fromQPainter(painter)
    context.setScaleFactor(image.dotsPerMeterX() / 1000.0)
    painter.scale(context.scaleFactor(), context.scaleFactor())
    renderer.drawLegend(context)
    painter.end()
    image.save(str(path))
