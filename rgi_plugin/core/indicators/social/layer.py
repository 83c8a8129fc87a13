"""Criterion 3 on the map: the Planungsräume with their Sozialstrukturatlas class (Schicht).

``create_social_layer`` copies the Planungsräume into a new memory layer with the field
``schicht``; Planungsräume without a class keep NULL and have their own legend class. The
class that counts for the criterion is outlined.
"""

from qgis.core import NULL, QgsCategorizedSymbolRenderer, QgsFeature, QgsFillSymbol, QgsRendererCategory, QgsVectorLayer, QgsWkbTypes

from ....definitions import properties
from ...common.features import add_features
from ...common.i18n import in_language
from ..criteria import SOCIAL_CLASS
from ..layers import IndicatorError, mark, require_fields

#: The field of the class in the plugin's social-atlas layer.
CLASS_FIELD = "schicht"
CLASS_COLOURS = {1: "#fff5eb", 2: "#fee6ce", 3: "#fdd0a2", 4: "#fdae6b", 5: "#fd8d3c", 6: "#e6550d", 7: "#a63603"}


def social_renderer(language=None, field_name=CLASS_FIELD, highlight=SOCIAL_CLASS):
    words = in_language(language)
    categories = []
    for value, colour in sorted(CLASS_COLOURS.items()):
        outline = {"outline_color": "#000000", "outline_width": "0.5"} if value == highlight else {
            "outline_color": "#ffffff", "outline_width": "0.1"}
        symbol = QgsFillSymbol.createSimple(dict({"color": colour}, **outline))
        label = words.translate("SocialAtlasLayer", "Class (Schicht) {value}").format(value=value)
        if value == highlight:
            label += words.translate("SocialAtlasLayer", " (GI criterion)")
        categories.append(QgsRendererCategory(value, symbol, label))
    symbol = QgsFillSymbol.createSimple(
        {"color": "#bdbdbd", "style": "b_diagonal", "outline_color": "#ffffff", "outline_width": "0.1"})
    categories.append(QgsRendererCategory(NULL, symbol, words.translate("SocialAtlasLayer", "no value")))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def create_social_layer(plr_layer, social, language=None):
    """A memory copy of the Planungsräume with the field ``schicht``, styled; not added to a project."""
    require_fields(plr_layer, ("plr_id",))
    words = in_language(language)
    uri = "{}?crs={}&field=plr_id:string(8)&field=plr_name:string&field={}:integer".format(
        QgsWkbTypes.displayString(plr_layer.wkbType()), plr_layer.crs().authid(), CLASS_FIELD)
    title = words.translate("SocialAtlasLayer", "Social structure atlas – class ({source})").format(source=social.label())
    layer = QgsVectorLayer(uri, title, "memory")
    has_name = plr_layer.fields().indexOf("plr_name") >= 0
    features = []
    for source in plr_layer.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(source.geometry())
        value = social.classes.get(source["plr_id"])
        feature.setAttributes([source["plr_id"], source["plr_name"] if has_name else NULL, NULL if value is None else value])
        features.append(feature)
    add_features(layer, features, IndicatorError)
    layer.setRenderer(social_renderer(words.language))
    mark(layer, properties.SOCIAL_ATLAS, source=social.source)
    return layer
