"""How an MSS layer looks: by status, by dynamics, by the combined class; the MSS colours and labels.

Works on any MSS layer in the internal schema (fields ``si_n``, ``di_n``, ``kom``), whatever
its edition: the bundled 2021 file or a 2023 layer from the live service. Rows the MSS marks
invalid (``kom`` not ``gültig``) or without a status are "keine Bewertung", never a class.
The "Gebiete mit besonderem Aufmerksamkeitsbedarf" (rule from ``indicators/criteria.py``, a
parameter) are outlined on top, drawn in a later symbol level than every fill. Class boundaries
come from the data's own codes, never from position in a list; legend labels are in the
language asked for (default: QGIS's), through the plugin's translations.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QColor

from ....definitions import properties
from ...common.errors import PluginError
from ...common.i18n import in_language
from ..criteria import DEFAULT_MSS_RULE, MSS_VALID

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

STATUS, DYNAMICS, STATUS_DYNAMICS = "status", "dynamics", "status_dynamics"
VARIANTS = (STATUS, DYNAMICS, STATUS_DYNAMICS)
REQUIRED_FIELDS = ("si_n", "di_n", "kom")

_VARIANT_LABELS = {
    STATUS: QT_TRANSLATE_NOOP("MssStyles", "Status index"),
    DYNAMICS: QT_TRANSLATE_NOOP("MssStyles", "Dynamics index"),
    STATUS_DYNAMICS: QT_TRANSLATE_NOOP("MssStyles", "Status/dynamics index"),
}

#: Status index (si_n): code -> colour, name (the MSS's class names are German: ``criteria.MSS_STATUS``).
STATUS_CLASSES = {1: ("#f2f2f2", QT_TRANSLATE_NOOP("MssStyles", "high")), 2: ("#fdd49e", QT_TRANSLATE_NOOP("MssStyles", "medium")),
                  3: ("#fc8d59", QT_TRANSLATE_NOOP("MssStyles", "low")), 4: ("#c62a1a", QT_TRANSLATE_NOOP("MssStyles", "very low"))}
#: Dynamics index (di_n): code -> colour, name, sign.
DYNAMICS_CLASSES = {1: ("#4dac26", QT_TRANSLATE_NOOP("MssStyles", "positive"), "+"),
                    3: ("#f0f0f0", QT_TRANSLATE_NOOP("MssStyles", "stable"), "+/-"),
                    5: ("#7b3294", QT_TRANSLATE_NOOP("MssStyles", "negative"), "-")}
NO_RATING_COLOUR = "#bdbdbd"
_NO_RATING = QT_TRANSLATE_NOOP("MssStyles", "no rating")
_ATTENTION = QT_TRANSLATE_NOOP("MssStyles", "Area requiring special attention")
ATTENTION_COLOUR = "#000000"

VALID = "\"kom\" = '{}'".format(MSS_VALID)
NO_RATING_EXPRESSION = "\"kom\" IS NULL OR \"kom\" <> '{}' OR \"si_n\" IS NULL".format(MSS_VALID)
#: Expression giving the status class of a valid MSS row, 0 for rows marked invalid in ``kom``.
STATUS_EXPRESSION = "CASE WHEN \"kom\" = '{}' THEN \"si_n\" ELSE 0 END".format(MSS_VALID)


class MssStyleError(PluginError):
    """The layer cannot carry an MSS style (missing fields); the message says which."""


def variant_label(variant, language=None):
    return in_language(language).translate("MssStyles", _VARIANT_LABELS[variant])


def status_name(code, language=None):
    return in_language(language).translate("MssStyles", STATUS_CLASSES[code][1])


def dynamics_name(code, language=None):
    return in_language(language).translate("MssStyles", DYNAMICS_CLASSES[code][1])


def no_rating_label(language=None):
    return in_language(language).translate("MssStyles", _NO_RATING)


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
    base = STATUS_CLASSES[status][0]
    if dynamics == 1:
        return _mix(base, *POSITIVE_MIX)
    if dynamics == 5:
        return _mix(base, *NEGATIVE_MIX)
    return QColor(base).name()


def _classes(variant, language):
    """(expression, colour, label) for the classes of a variant, in legend order."""
    if variant == STATUS:
        return [("{} AND \"si_n\" = {}".format(VALID, code), colour, status_name(code, language))
                for code, (colour, _) in sorted(STATUS_CLASSES.items())]
    if variant == DYNAMICS:
        return [("{} AND \"si_n\" IS NOT NULL AND \"di_n\" = {}".format(VALID, code), colour, dynamics_name(code, language))
                for code, (colour, _, _) in sorted(DYNAMICS_CLASSES.items())]
    if variant == STATUS_DYNAMICS:
        label = in_language(language).translate("MssStyles", "{code}{sign} – status {status}, dynamics {dynamics}")
        return [("{} AND \"si_n\" = {} AND \"di_n\" = {}".format(VALID, status, dynamics), combined_colour(status, dynamics),
                 label.format(code=status, sign=DYNAMICS_CLASSES[dynamics][2], status=status_name(status, language),
                              dynamics=dynamics_name(dynamics, language)))
                for status in sorted(STATUS_CLASSES) for dynamics in sorted(DYNAMICS_CLASSES)]
    raise ValueError("unknown MSS style variant: {!r}".format(variant))


def mss_renderer(variant=STATUS, language=None, rule=DEFAULT_MSS_RULE, outline_attention=True):
    """A rule-based renderer for ``variant``; invalid rows as "keine Bewertung"; attention outlined."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, label in _classes(variant, language):
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colour), filterExp=expression, label=label))
    no_rating = _fill("#e6e6e6")
    hatch = QgsFillSymbol.createSimple({"color": "#8c8c8c", "style": "b_diagonal", "outline_style": "no"})
    no_rating.appendSymbolLayer(hatch.symbolLayer(0).clone())
    root.appendChild(QgsRuleBasedRenderer.Rule(no_rating, filterExp=NO_RATING_EXPRESSION, label=no_rating_label(language)))
    if outline_attention:
        outline = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": ATTENTION_COLOUR, "outline_width": "0.6", "outline_width_unit": "MM"})
        outline.symbolLayer(0).setRenderingPass(1)
        root.appendChild(QgsRuleBasedRenderer.Rule(outline, filterExp=rule.expression(), description=rule.describe_de(),
                                                   label=in_language(language).translate("MssStyles", _ATTENTION)))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    return renderer


def status_renderer(language=None):
    """The status classes as categories (the bundled MSS layer's style ``mss_status``), invalid rows hatched."""
    categories = []
    for code, (colour, _) in sorted(STATUS_CLASSES.items()):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.1"})
        categories.append(QgsRendererCategory(code, symbol, status_name(code, language)))
    symbol = QgsFillSymbol.createSimple(
        {"color": NO_RATING_COLOUR, "style": "b_diagonal", "outline_color": "#ffffff", "outline_width": "0.1"})
    categories.append(QgsRendererCategory(0, symbol, no_rating_label(language)))
    return QgsCategorizedSymbolRenderer(STATUS_EXPRESSION, categories)


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
