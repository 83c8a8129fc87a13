"""What a login that keeps no Bezirk's quotas sees of the Lmb criterion: the threshold view.

``gi.lmb_threshold`` says per school and school year only whether the quota is at or above the
threshold (75 %), never the quota; every GI role reads it. ``threshold_layer`` shows it as a
layer of the workspace (``postgres`` provider, the connection without a password), styled like
the Lmb school layer's classes, marked as example data where the rows are.
"""

from qgis.core import QgsMarkerSymbol, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.common.i18n import in_language
from ..core.common.metadata import layer_metadata
from ..core.common.values import format_decimal
from ..core.indicators.criteria import LMB_THRESHOLD_PERCENT
from ..core.indicators.layers import mark
from ..core.indicators.lmb.example import example_label
from ..core.indicators.lmb.layer import AT_OR_ABOVE_STYLE, BELOW_STYLE
from ..definitions import properties
from .connection import WorkspaceDataError

_translate = QCoreApplication.translate

RELATION = "lmb_threshold"
KEY = '"bsn","school_year"'


def latest_threshold_year(session):
    """(school year, any example rows) of the latest year in the threshold view, or (None, False)."""
    rows = session.query("""SELECT school_year, bool_or(example) FROM gi.lmb_threshold GROUP BY school_year
                            ORDER BY school_year DESC LIMIT 1""")
    return (rows[0][0], bool(rows[0][1])) if rows else (None, False)


def threshold_layer(config, school_year, example=False, language=None):
    """A layer of ``gi.lmb_threshold`` for ``school_year``: the schools at or above the threshold and below."""
    words = in_language(language)
    limit = "{} %".format(format_decimal(LMB_THRESHOLD_PERCENT, words.language))
    name = words.translate("LmbLayer", "Schools – Lmb at or above {limit} {year}").format(limit=limit, year=school_year)
    if example:
        name += " ({})".format(example_label(words.language))
    layer = QgsVectorLayer(config.layer_uri(RELATION, key=KEY), name, "postgres")
    if not layer.isValid():
        raise WorkspaceDataError(_translate("Workspace", "The threshold view of the shared workspace cannot be read ({where}).").format(
            where=config.describe()))
    layer.setSubsetString("\"school_year\" = '{}'".format(str(school_year).replace("'", "''")))
    heading = words.translate("LmbLayer", "Lernmittelbefreiung {year}: at or above the threshold").format(year=school_year)
    if example:
        heading += " – " + example_label(words.language)
    parent = QgsRuleBasedRenderer.Rule(None, label=heading)
    for expression, (colour, size, outline), label in (
            ('"at_or_above_threshold"', AT_OR_ABOVE_STYLE, words.translate("LmbLayer", "{limit} or more (criterion met)").format(
                limit=limit)),
            ('NOT "at_or_above_threshold"', BELOW_STYLE, words.translate("LmbLayer", "below {limit}").format(limit=limit))):
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "outline_color": outline, "outline_width": "0.35", "size": size})
        parent.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expression, label=label))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(parent)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    text = [words.translate("LmbLayer", "Whether a school's Lmb quota is at or above {limit} (school year {year}), from the shared "
                                        "workspace (gi.lmb_threshold); the quotas themselves are kept by the Bezirke.").format(
        limit=limit, year=school_year)]
    if example:
        text.insert(0, example_label(words.language))
    layer.setMetadata(layer_metadata(properties.LMB_THRESHOLD, name, words.language, "\n".join(text),
                                     [example_label(words.language)] if example else []))
    mark(layer, properties.LMB_THRESHOLD, example, "gi.lmb_threshold")
    return layer
