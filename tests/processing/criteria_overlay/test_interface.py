"""rgi:criteria_overlay as scripts see it: provider and algorithm names, the help, German, example marks."""

import pytest
from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from support.grid import IDS, by_id, memory_layer, parameters, schools


def test_provider_and_algorithm_identity(overlay):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("rgi")
    assert (provider.id(), provider.name()) == ("rgi", "Gemeinschaftsinitiative")
    assert not provider.icon().isNull() and provider.svgIconPath().endswith("resources/icons/gi.svg")
    algorithm = registry.algorithmById("rgi:criteria_overlay")
    assert (algorithm.name(), algorithm.displayName()) == ("criteria_overlay", "Criteria overlay")


def test_the_help_documents_every_parameter_and_output_field(overlay):
    from rgi_plugin.core.overlay.output import CANDIDATE_AREA_FIELDS, PLANUNGSRAUM_FIELDS, SUMMARY_FIELDS

    algorithm = QgsApplication.processingRegistry().algorithmById("rgi:criteria_overlay")
    text = algorithm.shortHelpString()
    for definition in algorithm.parameterDefinitions():
        assert "<b>{}</b>".format(definition.name()) in text
    for name, _, _ in PLANUNGSRAUM_FIELDS + CANDIDATE_AREA_FIELDS + SUMMARY_FIELDS:
        assert "<b>{}</b>".format(name) in text
    for output in algorithm.outputDefinitions():
        assert output.name() in text
    assert "inferred reading" in text and "Status niedrig oder sehr niedrig sowie Status mittel mit negativer Dynamik" in text


def test_the_algorithm_speaks_german_under_a_german_qgis(overlay):
    from rgi_plugin.core.common import i18n

    translator = i18n.install_translator("de")
    assert translator is not None, "compiled translation missing: run `make transcompile`"
    try:
        algorithm = QgsApplication.processingRegistry().algorithmById("rgi:criteria_overlay")
        assert algorithm.displayName() == "Kriterien-Überlagerung"
        assert "erschlossene Lesart" in algorithm.shortHelpString()
    finally:
        i18n.remove_translator(translator)


def test_a_school_layer_marked_as_example_labels_the_outputs(overlay):
    layer = schools()
    layer.setCustomProperty("gemeinschaftsinitiative/example", True)
    result = overlay(parameters(SCHOOLS=layer))
    assert {f["data_note"] for f in result["OUTPUT"].getFeatures()} == {"Beispieldaten – keine amtlichen Werte"}


def test_mss_classes_given_as_names_and_bad_classes(overlay):
    table = memory_layer("None", "MSS als Text", [("plr_id", QVariant.String), ("si_n", QVariant.String), ("di_n", QVariant.String),
                                                  ("kom", QVariant.String)],
                         [(None, [IDS["A"], "sehr niedrig", "stabil", "gültig"]), (None, [IDS["C"], "2", "negativ", "gültig"])])
    rows = by_id(overlay(parameters(MSS=table, MSS_POPULATION_FIELD=None))["OUTPUT"])
    assert (rows[IDS["A"]]["mss_status"], rows[IDS["A"]]["crit_mss"], rows[IDS["C"]]["crit_mss"]) == (4, True, True)
    wrong = memory_layer("None", "MSS falsch", [("plr_id", QVariant.String), ("si_n", QVariant.Int), ("di_n", QVariant.Int),
                                                ("kom", QVariant.String)], [(None, [IDS["A"], 7, 3, "gültig"])])
    with pytest.raises(QgsProcessingException, match=r"'7' / '3' is not an MSS status / dynamics class"):
        overlay(parameters(MSS=wrong, MSS_POPULATION_FIELD=None))
