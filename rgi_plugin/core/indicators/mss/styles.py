"""Styling variants of an MSS layer: by status, by dynamics, by the combined class.

Works on any MSS layer in the internal schema (fields ``si_n``, ``di_n``, ``kom``), whatever
its edition: the bundled 2021 file or a 2023 layer from the live service. Rows the MSS marks
invalid (``kom`` not ``gültig``) or without a status are "keine Bewertung", never a class.
The "Gebiete mit besonderem Aufmerksamkeitsbedarf" (rule from ``criteria_defaults``, a
parameter) are outlined on top, drawn in a later symbol level than every fill.
"""

from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ....definitions import properties
from ...common.errors import PluginError
from ...common.i18n import content_language
from ...data.styles import MSS_NO_RATING, MSS_STATUS_CLASSES
from ..criteria import DEFAULT_MSS_RULE, MSS_DYNAMICS, MSS_VALID

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

STATUS, DYNAMICS, STATUS_DYNAMICS = "status", "dynamics", "status_dynamics"
VARIANTS = (STATUS, DYNAMICS, STATUS_DYNAMICS)
REQUIRED_FIELDS = ("si_n", "di_n", "kom")

VARIANT_LABELS = {
    STATUS: ("Statusindex", "Status index"),
    DYNAMICS: ("Dynamikindex", "Dynamics index"),
    STATUS_DYNAMICS: ("Status/Dynamik-Index", "Status/dynamics index"),
}

# Dynamics (di_n): code -> (English, colour); German names from criteria_defaults.
MSS_DYNAMICS_CLASSES = {1: ("positive", "#4dac26"), 3: ("stable", "#f0f0f0"), 5: ("negative", "#7b3294")}
DYNAMICS_SIGN = {1: "+", 3: "+/-", 5: "-"}
ATTENTION_LABEL = ("Gebiet mit besonderem Aufmerksamkeitsbedarf", "Area requiring special attention")
ATTENTION_COLOUR = "#000000"

VALID = "\"kom\" = '{}'".format(MSS_VALID)
NO_RATING_EXPRESSION = "\"kom\" IS NULL OR \"kom\" <> '{}' OR \"si_n\" IS NULL".format(MSS_VALID)


class MssStyleError(PluginError):
    """The layer cannot carry an MSS style (missing fields); the message says which."""


def variant_label(variant, language=None):
    german, english = VARIANT_LABELS[variant]
    return german if (language or content_language()) == "de" else english


def _fill(colour, style="solid"):
    symbol = QgsFillSymbol.createSimple({"color": colour, "style": style, "outline_color": "#ffffff", "outline_width": "0.1"})
    symbol.symbolLayer(0).setRenderingPass(0)
    return symbol


#: Combined class colours: the status colour, mixed with white for positive dynamics and with
#: purple for negative dynamics, so the status stays readable and worsening areas stand out.
POSITIVE_MIX = ("#ffffff", 0.35)
NEGATIVE_MIX = ("#54278f", 0.38)


def _mix(colour, other, share):
    a, b = QColor(colour), QColor(other)
    return QColor(*(round((1 - share) * x + share * y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))).name()


def combined_colour(status, dynamics):
    """Colour of the combined class ``status``/``dynamics`` (see ``POSITIVE_MIX``, ``NEGATIVE_MIX``)."""
    base = MSS_STATUS_CLASSES[status][2]
    if dynamics == 1:
        return _mix(base, *POSITIVE_MIX)
    if dynamics == 5:
        return _mix(base, *NEGATIVE_MIX)
    return QColor(base).name()


def _classes(variant, language):
    """(expression, colour, label) for the classes of a variant, in legend order."""
    de = language == "de"
    if variant == STATUS:
        return [("{} AND \"si_n\" = {}".format(VALID, code), colour, german if de else english)
                for code, (german, english, colour) in sorted(MSS_STATUS_CLASSES.items())]
    if variant == DYNAMICS:
        return [("{} AND \"si_n\" IS NOT NULL AND \"di_n\" = {}".format(VALID, code), colour,
                 MSS_DYNAMICS[code] if de else english)
                for code, (english, colour) in sorted(MSS_DYNAMICS_CLASSES.items())]
    if variant == STATUS_DYNAMICS:
        classes = []
        for status in sorted(MSS_STATUS_CLASSES):
            for dynamics in sorted(MSS_DYNAMICS_CLASSES):
                german_status, english_status, _ = MSS_STATUS_CLASSES[status]
                if de:
                    label = "{}{} – Status {}, Dynamik {}".format(
                        status, DYNAMICS_SIGN[dynamics], german_status, MSS_DYNAMICS[dynamics])
                else:
                    label = "{}{} – status {}, dynamics {}".format(status, DYNAMICS_SIGN[dynamics], english_status,
                                                                  MSS_DYNAMICS_CLASSES[dynamics][0])
                expression = "{} AND \"si_n\" = {} AND \"di_n\" = {}".format(VALID, status, dynamics)
                classes.append((expression, combined_colour(status, dynamics), label))
        return classes
    raise ValueError("unknown MSS style variant: {!r}".format(variant))


def mss_renderer(variant=STATUS, language=None, rule=DEFAULT_MSS_RULE, outline_attention=True):
    """A rule-based renderer for ``variant``; invalid rows as "keine Bewertung"; attention outlined."""
    language = language or content_language()
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, label in _classes(variant, language):
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colour), filterExp=expression, label=label))
    no_rating = _fill("#e6e6e6")
    hatch = QgsFillSymbol.createSimple({"color": "#8c8c8c", "style": "b_diagonal", "outline_style": "no"})
    no_rating.appendSymbolLayer(hatch.symbolLayer(0).clone())
    root.appendChild(QgsRuleBasedRenderer.Rule(
        no_rating, filterExp=NO_RATING_EXPRESSION, label=MSS_NO_RATING[0] if language == "de" else MSS_NO_RATING[1]))
    if outline_attention:
        outline = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": ATTENTION_COLOUR, "outline_width": "0.6", "outline_width_unit": "MM"})
        outline.symbolLayer(0).setRenderingPass(1)
        label = ATTENTION_LABEL[0] if language == "de" else ATTENTION_LABEL[1]
        root.appendChild(QgsRuleBasedRenderer.Rule(outline, filterExp=rule.expression(), label=label,
                                                   description=rule.describe_de()))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    return renderer


def is_mss_layer(layer):
    """True for a vector layer with the MSS fields (any edition, bundled or from a service)."""
    return isinstance(layer, QgsVectorLayer) and all(layer.fields().indexOf(name) >= 0 for name in REQUIRED_FIELDS)


def apply_mss_style(layer, variant=STATUS, language=None, rule=DEFAULT_MSS_RULE, outline_attention=True):
    """Style an MSS layer of any edition; raise ``MssStyleError`` if it lacks the MSS fields."""
    missing = [name for name in REQUIRED_FIELDS if layer.fields().indexOf(name) < 0]
    if missing:
        raise MssStyleError(_translate("MssStyles", "The layer “{layer}” lacks the MSS fields {fields}.")
                            .format(layer=layer.name(), fields=", ".join(missing)))
    layer.setRenderer(mss_renderer(variant, language, rule, outline_attention))
    layer.setCustomProperty(properties.MSS_STYLE, variant)
    layer.triggerRepaint()
    return layer


def mss_edition(layer):
    """The MSS data date of a layer from its ``zeit`` field (202012 -> '12/2020'), or ''."""
    index = layer.fields().indexOf("zeit")
    if index < 0:
        return ""
    values = {value for value in layer.uniqueValues(index) if value is not None and str(value).isdigit()}
    if not values:
        return ""
    latest = str(max(int(v) for v in values))
    return "{}/{}".format(latest[4:6], latest[:4]) if len(latest) == 6 else latest
