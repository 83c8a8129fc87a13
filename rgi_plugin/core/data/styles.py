"""Renderers for the plugin's layers, by the style name a dataset entry names.

Legend labels are German or English following QGIS; class boundaries come from the data's
own codes (MSS ``si_n``), never from position in a list.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
)

from ..common.i18n import content_language
from ..indicators.criteria import MSS_STATUS, MSS_VALID, PUBLIC_PRIMARY_SCHOOL_EXPRESSION

# MSS status index (si_n): code -> (German, English, colour); German names: criteria_defaults.
MSS_STATUS_CLASSES = {
    code: (MSS_STATUS[code], english, colour)
    for code, english, colour in ((1, "high", "#f2f2f2"), (2, "medium", "#fdd49e"), (3, "low", "#fc8d59"), (4, "very low", "#c62a1a"))
}
MSS_NO_RATING = ("keine Bewertung", "no rating", "#bdbdbd")

#: Expression giving the status class of a valid MSS row, 0 for rows marked invalid in ``kom``.
MSS_STATUS_EXPRESSION = "CASE WHEN \"kom\" = '{}' THEN \"si_n\" ELSE 0 END".format(MSS_VALID)


def _label(pair, language):
    return pair[0] if language == "de" else pair[1]


def _outline(colour, width):
    return QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": colour, "outline_width": str(width), "outline_width_unit": "MM"}
    )


def _mss_status_renderer(language):
    categories = []
    for code in sorted(MSS_STATUS_CLASSES):
        german, english, colour = MSS_STATUS_CLASSES[code]
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.1"})
        categories.append(QgsRendererCategory(code, symbol, _label((german, english), language)))
    symbol = QgsFillSymbol.createSimple(
        {"color": MSS_NO_RATING[2], "style": "b_diagonal", "outline_color": "#ffffff", "outline_width": "0.1"}
    )
    categories.append(QgsRendererCategory(0, symbol, _label(MSS_NO_RATING[:2], language)))
    return QgsCategorizedSymbolRenderer(MSS_STATUS_EXPRESSION, categories)


def _school_renderer(language):
    primary = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#1f4e9c", "outline_color": "#ffffff", "outline_width": "0.2", "size": "1.8"}
    )
    other = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#8c8c8c", "outline_color": "#ffffff", "outline_width": "0.1", "size": "1.0"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            primary,
            filterExp=PUBLIC_PRIMARY_SCHOOL_EXPRESSION,
            label=_label(("Öffentliche Grundschule", "Public primary school"), language),
        )
    )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(other, elseRule=True, label=_label(("Andere Schule", "Other school"), language))
    )
    return QgsRuleBasedRenderer(root)


def renderer_for(style_name, language=None):
    """Return a new renderer for a style name from ``datasets.json``, or None for the default.

    Legend labels are in ``language`` (``de`` or ``en``; default: the QGIS language).
    """
    language = language or content_language()
    if style_name == "planungsraum":
        return QgsSingleSymbolRenderer(_outline("#7f7f7f", 0.15))
    if style_name == "bezirksregion":
        return QgsSingleSymbolRenderer(_outline("#4d4d4d", 0.35))
    if style_name == "prognoseraum":
        return QgsSingleSymbolRenderer(_outline("#262626", 0.6))
    if style_name == "mss_status":
        return _mss_status_renderer(language)
    if style_name == "schule":
        return _school_renderer(language)
    return None
