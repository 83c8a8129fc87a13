"""From the panel: the algorithm dialog prefilled with the loaded layers; results added, styled."""

import pytest
from qgis.core import (
    Qgis,
    QgsExpression,
    QgsExpressionContext,
    QgsFeatureRequest,
    QgsField,
    QgsLayerTreeModel,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsBrowserGuiModel, QgsLayerTreeView
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from rgi_plugin.controllers import overlay as overlay_launcher
from rgi_plugin.core import data as bundled
from rgi_plugin.core.areas.layer import prepare_area_layer
from rgi_plugin.core.areas.reading import read_area_catalogue
from rgi_plugin.core.overlay.output import EXAMPLE_DATA_NOTE
from rgi_plugin.definitions import properties
from rgi_plugin.definitions.processing import CRITERIA_OVERLAY_ID
from support.paths import REPO
from support.render import colours as sampled_colours
from support.render import render

LMB_CSV = REPO / "resources" / "data" / "lmb_beispieldaten.csv"


@pytest.fixture
def berlin_project(qgis_new_project):
    layers = bundled.load_datasets(["handlungsraeume", "schulen_2023", "mss_2021", "lor_plr_2021"], language="de")
    found = {layer.customProperty(properties.DATASET): layer for layer in layers}
    prepare_area_layer(found["handlungsraeume"], read_area_catalogue(), "de")  # as the panel shows them
    return found


def test_the_loaded_layers_fill_the_inputs(berlin_project):
    parameters = overlay_launcher.overlay_parameters()
    assert parameters["PLANUNGSRAEUME"] is berlin_project["lor_plr_2021"]
    assert parameters["MSS"] is berlin_project["mss_2021"]
    assert parameters["SCHOOLS"] is berlin_project["schulen_2023"]
    assert (parameters["AREAS"], parameters["AREAS_CODE_FIELD"], parameters["AREAS_NAME_FIELD"]) == (
        berlin_project["handlungsraeume"], "code", "name")
    assert "LMB_FIELD" not in parameters and "LMB_TABLE" not in parameters  # example values only when chosen


def test_without_loaded_layers_the_bundled_files_are_offered(qgis_new_project):
    parameters = overlay_launcher.overlay_parameters()
    snapshot = bundled.read_snapshot()
    assert parameters == {"PLANUNGSRAEUME": str(snapshot.dataset("lor_plr_2021").path),
                          "MSS": str(snapshot.dataset("mss_2021").path),
                          "SCHOOLS": str(snapshot.dataset("schulen_2023").path)}


def test_a_loaded_lmb_school_layer_is_preferred(berlin_project):
    schools = berlin_project["schulen_2023"]
    with_quota = schools.materialize(QgsFeatureRequest())
    with_quota.setName("Grundschulen – Lmb-Quote")
    with_quota.dataProvider().addAttributes([QgsField("lmb_quote", QVariant.Double)])
    with_quota.updateFields()
    with_quota.setCustomProperty(properties.INDICATOR, "lmb_schools")
    QgsProject.instance().addMapLayer(with_quota)
    parameters = overlay_launcher.overlay_parameters()
    assert parameters["SCHOOLS"] is with_quota and parameters["LMB_FIELD"] == "lmb_quote"


@pytest.fixture
def browser_model(qgis_iface, monkeypatch):
    """The dialog asks QGIS for its browser model, which the test double of QGIS lacks."""
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    yield model


def test_the_dialog_opens_prefilled(provider, berlin_project, browser_model, qtbot, output_dir):
    import processing

    # what open_overlay_dialog hands to processing.execAlgorithmDialog, which builds the dialog so
    dialog = processing.createAlgorithmDialog(CRITERIA_OVERLAY_ID, overlay_launcher.overlay_parameters())
    qtbot.addWidget(dialog)
    values = dialog.mainWidget().createProcessingParameters()
    assert values["PLANUNGSRAEUME"] == berlin_project["lor_plr_2021"].id()
    assert values["MSS"] == berlin_project["mss_2021"].id()
    assert values["SCHOOLS"] == berlin_project["schulen_2023"].id()
    assert values["AREAS"] == berlin_project["handlungsraeume"].id()
    assert values["MSS_STATUSES"] == ["niedrig", "sehr niedrig"] and values["MSS_STATUSES_NEGATIVE"] == ["mittel"]
    dialog.resize(900, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(output_dir / "criteria_overlay_dialog.png"))


def run_on_bundled(project_layers):
    import processing

    parameters = overlay_launcher.overlay_parameters()
    parameters.update({"LMB_TABLE": str(LMB_CSV), "OUTPUT": "memory:", "CANDIDATES": "memory:", "SUMMARY": "memory:"})
    return processing.run(CRITERIA_OVERLAY_ID, parameters)


def test_results_are_added_styled_into_the_plugin_group(provider, berlin_project, output_dir):
    results = run_on_bundled(berlin_project)
    added = overlay_launcher.add_results(results)
    assert [layer.customProperty(properties.OVERLAY_OUTPUT) for layer in added] == ["SUMMARY", "OUTPUT", "CANDIDATES"]
    group = bundled.plugin_group()
    names = [node.name() for node in group.children()]
    assert names[:3] == [added[2].name(), added[1].name(), added[0].name()]  # candidate areas on top
    for layer in added:
        assert EXAMPLE_DATA_NOTE in layer.name() and EXAMPLE_DATA_NOTE in layer.metadata().abstract()
    legend = [item.label() for item in added[1].renderer().legendSymbolItems()]
    assert legend == ["Candidate in a current Handlungsraum", "Candidate outside the current Handlungsräume (new)",
                      "In a current Handlungsraum, criteria not met", "Not a candidate"]
    # every Planungsraum falls in at most one of the classes before "not a candidate", in the right one
    rules = [rule for rule in added[1].renderer().rootRule().children() if not rule.isElse()]
    expressions = [QgsExpression(rule.filterExpression()) for rule in rules]
    context = QgsExpressionContext()
    matches = {label: 0 for label in legend}
    for feature in added[1].getFeatures():
        context.setFeature(feature)
        hits = [rule.label() for rule, expression in zip(rules, expressions) if expression.evaluate(context)]
        assert len(hits) <= 1
        matches[hits[0] if hits else "Not a candidate"] += 1
        if feature["candidate"]:
            assert hits == [legend[0] if feature["hr_code"] else legend[1]]
    assert sum(matches.values()) == 542 and matches[legend[0]] > 0 and matches[legend[2]] > 0
    render_overlay([added[2], added[1], berlin_project["handlungsraeume"]], output_dir / "criteria_overlay_map.png")  # tree order


def test_results_loaded_by_qgis_are_moved_not_duplicated(provider, berlin_project):
    results = run_on_bundled(berlin_project)
    QgsProject.instance().addMapLayer(results["OUTPUT"])  # as the dialog does with its outputs
    layer_id = results["OUTPUT"].id()
    overlay_launcher.add_results({"OUTPUT": layer_id})
    assert [layer.id() for layer in QgsProject.instance().mapLayers().values()].count(layer_id) == 1
    node = QgsProject.instance().layerTreeRoot().findLayer(layer_id)
    assert node.parent() is bundled.plugin_group()
    outputs = [layer for layer in QgsProject.instance().mapLayers().values() if layer.customProperty(properties.OVERLAY_OUTPUT)]
    assert outputs == [results["OUTPUT"]] and outputs[0].customProperty(properties.OVERLAY_OUTPUT) == "OUTPUT"


def render_overlay(layers, path):
    image = render(layers, QgsRectangle(380000, 5808000, 408000, 5830000), (900, 700), path)  # inner Berlin and the north-west
    colours = [QColor(rgb) for rgb in sampled_colours(image, 5)]
    # candidates inside current areas (dark red, a little transparent) are drawn
    assert any(c.red() > 150 and c.green() < 80 and c.blue() < 80 for c in colours)
    return image


@pytest.fixture
def layer_tree_view(qgis_iface, monkeypatch):
    """QGIS 3.44's Processing adds results through ``iface.layerTreeView()``, which the test
    double of QGIS lacks: a real view over the project's layer tree, as the desktop has."""
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view = QgsLayerTreeView()
    view.setModel(model)
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda view=view: view, raising=False)
    yield view
    # The view (with the proxy it keeps of the model) is deleted now, before the model: left to the
    # monkeypatched lambda and the garbage collector, it outlived the model and answered its header's
    # resize timer over a deleted model in pytest-qt's last processEvents (QGIS 3.44, once in a full run).
    sip.delete(view)
    del view, model


def test_outputs_loaded_by_processing_are_styled_by_the_algorithm(provider, berlin_project, layer_tree_view):
    import processing

    parameters = overlay_launcher.overlay_parameters()
    parameters.update({"LMB_TABLE": str(LMB_CSV), "OUTPUT": "TEMPORARY_OUTPUT", "CANDIDATES": "TEMPORARY_OUTPUT",
                       "SUMMARY": "TEMPORARY_OUTPUT"})
    results = processing.runAndLoadResults(CRITERIA_OVERLAY_ID, parameters)
    project = QgsProject.instance()
    loaded = {name: project.mapLayer(results[name]) for name in ("OUTPUT", "CANDIDATES", "SUMMARY")}
    assert all(layer is not None for layer in loaded.values())
    assert loaded["OUTPUT"].name() == "Criteria overlay: Planungsräume ({})".format(EXAMPLE_DATA_NOTE)
    assert loaded["CANDIDATES"].customProperty(properties.OVERLAY_OUTPUT) == "CANDIDATES"
    assert [r.label() for r in loaded["OUTPUT"].renderer().rootRule().children()][0] == "Candidate in a current Handlungsraum"
    assert "MSS rule: Status niedrig oder sehr niedrig" in loaded["SUMMARY"].metadata().abstract()


def test_without_the_provider_the_user_is_told(qgis_iface, qgis_new_project):
    assert not overlay_launcher.algorithm_available()
    qgis_iface.messageBar().clear_messages()
    assert overlay_launcher.open_overlay_dialog(qgis_iface) == {}
    messages = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert any("The criteria overlay is not available." in text for text in messages)
