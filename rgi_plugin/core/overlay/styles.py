"""How the results of the criteria overlay look on the map: candidates versus current areas.

Used by the algorithm (when QGIS loads its outputs) and by the overlay launcher, so the
results look the same however they were made. A note such as "Beispieldaten – keine amtlichen
Werte" goes into the layer name and the metadata.
"""

from qgis.core import QgsFillSymbol, QgsLayerMetadata, QgsRuleBasedRenderer
from qgis.PyQt.QtCore import QCoreApplication

from ...definitions import properties
from ...definitions.names import METADATA_VOCABULARY
from ...definitions.processing import OVERLAY_CANDIDATES, OVERLAY_PLANUNGSRAEUME, OVERLAY_SUMMARY

#: Output kinds, as the algorithm names its outputs.
PLANUNGSRAEUME = OVERLAY_PLANUNGSRAEUME
CANDIDATE_AREAS = OVERLAY_CANDIDATES
SUMMARY = OVERLAY_SUMMARY


def layer_title(kind, note=""):
    titles = {
        PLANUNGSRAEUME: QCoreApplication.translate("CriteriaOverlayStyles", "Criteria overlay: Planungsräume"),
        CANDIDATE_AREAS: QCoreApplication.translate("CriteriaOverlayStyles", "Criteria overlay: candidate areas"),
        SUMMARY: QCoreApplication.translate("CriteriaOverlayStyles", "Criteria overlay: summary per Handlungsraum"),
    }
    title = titles[kind]
    return "{} ({})".format(title, note) if note else title


def _fill(colour, outline="#ffffff", width="0.15", style="solid"):
    return QgsFillSymbol.createSimple({"color": colour, "style": style, "outline_color": outline, "outline_width": width})


def planungsraum_renderer():
    """Candidates inside and outside the current areas, and current areas that no longer qualify."""
    root = QgsRuleBasedRenderer.Rule(None)
    rules = (
        ('"candidate" AND "hr_code" IS NOT NULL', _fill("#b2182b"),
         QCoreApplication.translate("CriteriaOverlayStyles", "Candidate in a current Handlungsraum")),
        ('"candidate" AND "hr_code" IS NULL', _fill("#fd8d3c", outline="#a63603", width="0.3"),
         QCoreApplication.translate("CriteriaOverlayStyles", "Candidate outside the current Handlungsräume (new)")),
        ('NOT "candidate" AND "hr_code" IS NOT NULL', _fill("#92c5de", style="b_diagonal", outline="#4393c3"),
         QCoreApplication.translate("CriteriaOverlayStyles", "In a current Handlungsraum, criteria not met")),
    )
    for expression, symbol, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expression, label=label))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        _fill("#ffffff", outline="#bdbdbd", width="0.1", style="no"), elseRule=True,
        label=QCoreApplication.translate("CriteriaOverlayStyles", "Not a candidate")))
    return QgsRuleBasedRenderer(root)


def candidate_area_renderer():
    """Candidate areas as outlines: solid where they overlap a current area, dashed where new."""
    overlapping = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#67001f", "outline_width": "0.8", "outline_width_unit": "MM"})
    new = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#d6604d", "outline_width": "0.8", "outline_width_unit": "MM", "outline_style": "dash"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(overlapping, filterExp='"overlap_pct" > 0', label=QCoreApplication.translate(
        "CriteriaOverlayStyles", "Candidate area overlapping current Handlungsräume")))
    root.appendChild(QgsRuleBasedRenderer.Rule(new, elseRule=True, label=QCoreApplication.translate(
        "CriteriaOverlayStyles", "Candidate area outside the current Handlungsräume")))
    return QgsRuleBasedRenderer(root)


def style_output(layer, kind, note="", description=""):
    """Name, renderer and metadata for an output layer of the overlay; returns the layer."""
    layer.setName(layer_title(kind, note))
    if kind == PLANUNGSRAEUME:
        layer.setRenderer(planungsraum_renderer())
    elif kind == CANDIDATE_AREAS:
        layer.setRenderer(candidate_area_renderer())
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setTitle(layer_title(kind, note))
    metadata.setAbstract("\n\n".join(part for part in (note, description) if part))
    metadata.setKeywords({METADATA_VOCABULARY: ["Berlin", "Gemeinschaftsinitiative", "criteria_overlay"]})
    layer.setMetadata(metadata)
    layer.setCustomProperty(properties.OVERLAY_OUTPUT, kind)
    layer.triggerRepaint()
    return layer
