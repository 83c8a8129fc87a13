"""Renderers for the plugin's layers, by the style name a dataset or catalogue entry names.

Legend labels are in the language asked for (default: QGIS's), through the plugin's
translations; the MSS status classes are drawn by ``indicators/mss/styles.py``, their owner.
"""

from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsRuleBasedRenderer, QgsSingleSymbolRenderer

from ..common.i18n import in_language
from ..indicators.criteria import PUBLIC_PRIMARY_SCHOOL_EXPRESSION
from ..indicators.mss.styles import status_renderer


def _outline(colour, width):
    return QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": colour, "outline_width": str(width), "outline_width_unit": "MM"}
    )


def _school_renderer(language):
    words = in_language(language)
    primary = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#1f4e9c", "outline_color": "#ffffff", "outline_width": "0.2", "size": "1.8"}
    )
    other = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#8c8c8c", "outline_color": "#ffffff", "outline_width": "0.1", "size": "1.0"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(primary, filterExp=PUBLIC_PRIMARY_SCHOOL_EXPRESSION,
                                               label=words.translate("Styles", "Public primary school")))
    root.appendChild(QgsRuleBasedRenderer.Rule(other, elseRule=True, label=words.translate("Styles", "Other school")))
    return QgsRuleBasedRenderer(root)


def renderer_for(style_name, language=None):
    """Return a new renderer for a style name from ``datasets.json``, or None for the default.

    Legend labels are in ``language`` (``de`` or ``en``; default: the QGIS language).
    """
    if style_name == "planungsraum":
        return QgsSingleSymbolRenderer(_outline("#7f7f7f", 0.15))
    if style_name == "bezirksregion":
        return QgsSingleSymbolRenderer(_outline("#4d4d4d", 0.35))
    if style_name == "prognoseraum":
        return QgsSingleSymbolRenderer(_outline("#262626", 0.6))
    if style_name == "bezirk":
        return QgsSingleSymbolRenderer(_outline("#262626", 0.8))
    if style_name == "mss_status":
        return status_renderer(language)
    if style_name == "schule":
        return _school_renderer(language)
    return None


def labeling_for(style_name):
    """Labels a bundled layer carries from the start, or None: the Bezirke their names, quietly."""
    if style_name != "bezirk":
        return None
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor

    settings = QgsPalLayerSettings()
    settings.fieldName = "bez_name"
    settings.autoWrapLength = 12
    text = QgsTextFormat()
    text.setSize(8)
    text.setColor(QColor("#5a5a5a"))
    italic = text.font()
    italic.setItalic(True)
    text.setFont(italic)
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.priority = 1  # the Handlungsräume's labels win where they meet
    # a Bezirk covers the whole city: as an obstacle it would push every other label away from everywhere
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(False)
    settings.setObstacleSettings(obstacle)
    return QgsVectorLayerSimpleLabeling(settings)
