"""What every algorithm of the ``rgi`` provider shares: its translation context (the class name,
as ``pylupdate5`` records ``self.tr`` in a class), a fresh instance for each run, the plugin's icon."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..definitions.paths import PLUGIN_ICON


class GiAlgorithm(QgsProcessingAlgorithm):
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self):
        return QIcon(str(PLUGIN_ICON))
