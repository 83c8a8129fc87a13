"""The Processing provider of the plugin: stable id ``rgi``, shown as "Gemeinschaftsinitiative"."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..definitions import ICONS_DIR
from .criteria_overlay.algorithm import CriteriaOverlayAlgorithm
from .fact_sheet import FactSheetAlgorithm

#: Scripts and models refer to the algorithms as ``rgi:<name>``; never change it.
PROVIDER_ID = "rgi"
ICON_PATH = ICONS_DIR / "gi.svg"


class GemeinschaftsinitiativeProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Gemeinschaftsinitiative"

    def longName(self):  # noqa: N802 (QGIS API)
        return "Gemeinschaftsinitiative Berlin"

    def icon(self):
        return QIcon(str(ICON_PATH))

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return str(ICON_PATH)

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        self.addAlgorithm(CriteriaOverlayAlgorithm())
        self.addAlgorithm(FactSheetAlgorithm())
