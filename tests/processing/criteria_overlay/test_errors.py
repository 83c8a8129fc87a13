"""rgi:criteria_overlay refuses bad input with a message that says what is wrong, and cancels."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QVariant

from support.grid import IDS, SCHOOLS, memory_layer, parameters, rectangle, school_point


def fails(overlay, match, **overrides):
    with pytest.raises(QgsProcessingException, match=match):
        overlay(parameters(**overrides))


@pytest.mark.parametrize("parameter, field", [
    ("PLR_ID_FIELD", "lor_id"), ("MSS_STATUS_FIELD", "status"), ("MSS_VALIDITY_FIELD", "gueltigkeit"),
    ("SCHOOL_ID_FIELD", "schulnummer"), ("SOCIAL_CLASS_FIELD", "klasse"), ("AREAS_CODE_FIELD", "nummer"),
])
def test_a_missing_field_is_named_with_its_layer(overlay, parameter, field):
    with pytest.raises(QgsProcessingException) as error:
        overlay(parameters(**{parameter: field}))
    message = str(error.value)
    assert "'{}'".format(field) in message and "is missing in" in message and "Fields there:" in message


def test_the_default_fields_are_required_too(overlay):
    table = memory_layer("None", "MSS ohne KOM", [("plr_id", QVariant.String), ("si_n", QVariant.Int), ("di_n", QVariant.Int)],
                         [(None, [IDS["A"], 4, 3])])
    fails(overlay, r"The field 'kom' is missing in 'MSS ohne KOM'", MSS=table)
    # an explicitly empty validity field means: every row with a status counts
    result = overlay(parameters(MSS=table, MSS_VALIDITY_FIELD="", MSS_POPULATION_FIELD=None))
    assert result["MSS_COUNT"] == 1
    assert all(f["ew"] is None or f["ew"].isNull() for f in result["OUTPUT"].getFeatures())


def test_a_missing_field_in_the_school_filter(overlay):
    fails(overlay, r"The field 'schulform' is missing in 'Schulen \(Test\)'", SCHOOL_FILTER="\"schulform\" = 'Grundschule'")
    fails(overlay, r"not a valid expression", SCHOOL_FILTER="\"schulart\" = = 'Grundschule'")
    fails(overlay, r"No school of 'Schulen \(Test\)' passes the filter", SCHOOL_FILTER="\"schulart\" = 'Kita'")


def test_wrong_geometry_types(overlay):
    points = memory_layer("Point", "Punkte statt Flächen", [("plr_id", QVariant.String)], [(school_point("A", 0), [IDS["A"]])])
    fails(overlay, r"'Punkte statt Flächen' must hold polygons, but it holds points", PLANUNGSRAEUME=points)
    squares = memory_layer("Polygon", "Flächen statt Punkte", [("bsn", QVariant.String)], [(rectangle(0, 0, 1, 1), ["01G01"])])
    fails(overlay, r"'Flächen statt Punkte' must hold points, but it holds polygons", SCHOOLS=squares)
    fails(overlay, r"must hold polygons, but it holds points", AREAS=points)


def test_empty_layers(overlay):
    empty_polygons = memory_layer("Polygon", "Leere Planungsräume", [("plr_id", QVariant.String)], [])
    fails(overlay, r"'Leere Planungsräume' has no features", PLANUNGSRAEUME=empty_polygons)
    empty_table = memory_layer("None", "Leere MSS-Tabelle", [("plr_id", QVariant.String)], [])
    fails(overlay, r"'Leere MSS-Tabelle' has no features", MSS=empty_table)
    empty_points = memory_layer("Point", "Keine Schulen", [("bsn", QVariant.String)], [])
    fails(overlay, r"'Keine Schulen' has no features", SCHOOLS=empty_points)


def test_tables_whose_ids_match_nothing(overlay):
    old_ids = memory_layer("None", "MSS mit alten Ids", [("plr_id", QVariant.String), ("si_n", QVariant.Int), ("di_n", QVariant.Int),
                                                         ("kom", QVariant.String), ("ew", QVariant.Int)],
                           [(None, ["0110{:04d}".format(n), 4, 3, "gültig", 100]) for n in range(5)])
    fails(overlay, r"The ids of 'MSS mit alten Ids' match none of the Planungsräume \(ids there: 01100000", MSS=old_ids)
    social = memory_layer("None", "Schichten 2013", [("plr_id", QVariant.String), ("schicht", QVariant.Int)], [(None, ["09999999", 7])])
    fails(overlay, r"The ids of 'Schichten 2013' match none of the Planungsräume", SOCIAL=social)
    lmb = memory_layer("None", "Lmb-Tabelle", [("bsn", QVariant.String), ("lmb_quote", QVariant.Double)], [(None, ["99G99", 80.0])])
    fails(overlay, r"The school numbers of 'Lmb-Tabelle' match none of the schools", LMB_FIELD=None, LMB_TABLE=lmb)


def test_ids_that_are_not_planungsraum_ids(overlay):
    table = memory_layer("None", "MSS kaputt", [("plr_id", QVariant.String), ("si_n", QVariant.Int), ("di_n", QVariant.Int),
                                                ("kom", QVariant.String)], [(None, ["Mitte", 4, 3, "gültig"])])
    fails(overlay, r"'MSS kaputt' holds 'Mitte', which is not an 8-digit Planungsraum id", MSS=table, MSS_POPULATION_FIELD=None)


def test_duplicates_and_conflicts(overlay):
    twice = memory_layer("None", "MSS doppelt", [("plr_id", QVariant.String), ("si_n", QVariant.Int), ("di_n", QVariant.Int),
                                                 ("kom", QVariant.String)],
                         [(None, [IDS["A"], 4, 3, "gültig"]), (None, [IDS["A"], 1, 3, "gültig"])])
    fails(overlay, r"'MSS doppelt' holds these Planungsraum ids more than once: " + IDS["A"], MSS=twice, MSS_POPULATION_FIELD=None)
    lmb = memory_layer("None", "Lmb widersprüchlich", [("bsn", QVariant.String), ("lmb_quote", QVariant.Double)],
                       [(None, ["01G01", 80.0]), (None, ["01G01", 20.0])])
    # conflicting quotas are listed and not used, as in the import dialog; here nothing is left
    fails(overlay, r"^'Lmb widersprüchlich' has no usable Lmb quota for the schools that pass the filter: BSN listed more than "
                   r"once with different values \(not used\): 01G01 \(feature 1\), 01G01 \(feature 2\)$", LMB_FIELD=None, LMB_TABLE=lmb)


def test_lmb_field_and_table_together_is_ambiguous(overlay):
    lmb = memory_layer("None", "Lmb", [("bsn", QVariant.String), ("lmb_quote", QVariant.Double)],
                       [(None, [bsn, q]) for _, bsn, _, _, q in SCHOOLS])
    fails(overlay, r"either as a field of the schools or as a table, not both", LMB_TABLE=lmb)


def test_layers_that_do_not_overlap(overlay):
    far = memory_layer("Point", "Schulen in Hamburg", [("bsn", QVariant.String), ("schulart", QVariant.String),
                                                       ("traeger", QVariant.String), ("lmb_quote", QVariant.Double)],
                       [(rectangle(500, 500, 501, 501).centroid(), ["02G01", "Grundschule", "öffentlich", 80.0])])
    fails(overlay, r"None of the schools lies in a Planungsraum", SCHOOLS=far)
    areas = memory_layer("Polygon", "Handlungsräume woanders", [("code", QVariant.String)], [(rectangle(500, 500, 501, 501), ["01"])])
    fails(overlay, r"No current Handlungsraum covers any Planungsraum", AREAS=areas, AREAS_NAME_FIELD=None)


def test_unmatched_ids_and_lost_schools_are_reported_not_dropped(overlay):
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append  # the overlay reports through this method
    overlay(parameters(), feedback)
    text = "\n".join(warnings)
    assert "1 Planungsräume have no row in 'MSS (Test)'" in text and IDS["H"] in text
    assert "1 ids of 'MSS (Test)' match no Planungsraum and are not used: 09999999" in text
    assert "1 schools lie in no Planungsraum and are not counted: 09G99" in text
    assert "Sozialstrukturatlas (Test)" in text and IDS["D"] in text


def test_cancel_writes_nothing(overlay):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    result = overlay(parameters(), feedback)
    assert "OUTPUT" not in (result or {})
