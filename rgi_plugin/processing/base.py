"""What every algorithm of the ``rgi`` provider shares: its translation context (the class name,
as ``pylupdate5`` records ``self.tr`` in a class), a fresh instance for each run, the plugin's icon;
and the MSS edition an algorithm's edition parameter names."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.editions.catalogue import all_editions
from ..definitions.paths import PLUGIN_ICON


class GiAlgorithm(QgsProcessingAlgorithm):
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self):
        return QIcon(str(PLUGIN_ICON))


def edition_parameter(algorithm, parameters, name, context):
    """The ``Edition`` chosen in the enum parameter ``name`` (its label), among the editions of the
    context's project (a service edition is a layer there); ``QgsProcessingException`` if gone."""
    label = algorithm.parameterAsEnumString(parameters, name, context)
    for edition in all_editions(context.project() or QgsProject.instance()):
        if edition.label == label:
            return edition
    raise QgsProcessingException(QCoreApplication.translate("EditionParameter", "{parameter}: there is no edition {label}.").format(
        parameter=name, label=label))
