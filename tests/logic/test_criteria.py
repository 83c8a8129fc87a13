"""The GI criteria defaults: MSS attention rule, Lmb threshold, the schools that count."""

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from rgi_plugin.core.indicators.criteria import (
    DEFAULT_MSS_RULE,
    LMB_THRESHOLD_PERCENT,
    MssAttentionRule,
    is_public_primary_school,
    meets_lmb_threshold,
)

CASES = [  # (si_n, di_n, kom, expected)
    (4, 3, "gültig", True), (3, 1, "gültig", True), (2, 5, "gültig", True), (2, 3, "gültig", False),
    (2, 1, "gültig", False), (1, 5, "gültig", False), (None, None, "ungültig (EW unter 300)", None),
    (4, 5, "ungültig (Ausreißer)", None),
]


@pytest.mark.parametrize("status, dynamics, kom, expected", CASES)
def test_default_mss_rule(status, dynamics, kom, expected):
    assert DEFAULT_MSS_RULE.applies(status, dynamics, kom) is expected


@pytest.mark.parametrize("status, dynamics, kom, expected", CASES)
def test_mss_rule_expression_agrees_with_the_python_rule(qgis_app, status, dynamics, kom, expected):
    fields = QgsFields()
    for name, kind in (("si_n", QVariant.Int), ("di_n", QVariant.Int), ("kom", QVariant.String)):
        fields.append(QgsField(name, kind))
    feature = QgsFeature(fields)
    feature.setAttributes([status, dynamics, kom])
    context = QgsExpressionContext()
    context.setFeature(feature)
    value = QgsExpression(DEFAULT_MSS_RULE.expression()).evaluate(context)
    assert (None if value is None else bool(value)) is expected


def test_a_stricter_rule_is_a_parameter():
    strict = MssAttentionRule(statuses=frozenset({4}), statuses_if_negative_dynamics=frozenset())
    assert strict.applies(3, 5) is False and strict.applies(4, 1) is True
    assert strict.describe_de() == "Status sehr niedrig"
    assert DEFAULT_MSS_RULE.describe_de() == "Status niedrig oder sehr niedrig sowie Status mittel mit negativer Dynamik"
    assert DEFAULT_MSS_RULE.basis == "inferred"


@pytest.mark.parametrize("quota, expected", [(74.9, False), (75.0, True), (75.01, True), (100.0, True), (0.0, False), (None, None)])
def test_lmb_threshold_boundary(quota, expected):
    assert LMB_THRESHOLD_PERCENT == 75.0
    assert meets_lmb_threshold(quota) is expected


def test_only_public_primary_schools_count():
    assert is_public_primary_school("Grundschule", "öffentlich")
    assert not is_public_primary_school("Grundschule", "privat")
    assert not is_public_primary_school("Gymnasium", "öffentlich")
