"""The Processing provider of the plugin: stable id ``rgi``, shown as "Gemeinschaftsinitiative"."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..definitions.paths import PLUGIN_ICON
from ..definitions.processing import PROVIDER_ID
from .criteria_overlay.algorithm import CriteriaOverlayAlgorithm
from .criteria_overlay_compare import CriteriaOverlayCompareAlgorithm
from .fact_sheet import FactSheetAlgorithm
from .mss_change import MssChangeAlgorithm


class GemeinschaftsinitiativeProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Gemeinschaftsinitiative"

    def longName(self):  # noqa: N802 (QGIS API)
        return "Gemeinschaftsinitiative Berlin"

    def icon(self):
        return QIcon(str(PLUGIN_ICON))

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return str(PLUGIN_ICON)

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        self.addAlgorithm(CriteriaOverlayAlgorithm())
        self.addAlgorithm(CriteriaOverlayCompareAlgorithm())
        self.addAlgorithm(FactSheetAlgorithm())
        self.addAlgorithm(MssChangeAlgorithm())
