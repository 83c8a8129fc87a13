"""QGIS search bar: "gi <text>" finds Handlungsräume and Ressortbeiträge."""

from qgis.core import QgsLocatorFilter, QgsLocatorResult
from qgis.PyQt.QtCore import QCoreApplication

from ..definitions.names import LOCATOR_NAME, LOCATOR_PREFIX


class GemeinschaftsinitiativeLocatorFilter(QgsLocatorFilter):
    """Results carry "area:<code>" or "programme:<name>"; ``on_trigger(kind, value)`` acts on them.

    Plain strings: a Python tuple kept in a result's QVariant does not survive the copies QGIS
    makes of results (it crashed QGIS 3.22 in the tests).
    """

    def __init__(self, catalogue_provider, on_trigger, parent=None):
        super().__init__(parent)
        self.catalogue_provider = catalogue_provider  # callable returning the AreaCatalogue or None
        self.on_trigger = on_trigger

    def clone(self):
        return GemeinschaftsinitiativeLocatorFilter(self.catalogue_provider, self.on_trigger)

    def name(self):
        return LOCATOR_NAME

    def displayName(self):  # noqa: N802 (QGIS API)
        return QCoreApplication.translate("GemeinschaftsinitiativeLocatorFilter", "Community Initiative")

    def prefix(self):
        return LOCATOR_PREFIX

    def flags(self):
        return QgsLocatorFilter.Flag.FlagFast

    def fetchResults(self, string, context, feedback):  # noqa: N802 (QGIS API)
        catalogue = self.catalogue_provider()
        if catalogue is None or not string.strip():
            return
        for code in catalogue.search(string):
            if feedback.isCanceled():
                return
            area = catalogue.area(code)
            result = QgsLocatorResult(self, area.label, "area:" + code)
            result.description = ", ".join(area.bezirke)
            result.group = QCoreApplication.translate("GemeinschaftsinitiativeLocatorFilter", "Action areas")
            self.resultFetched.emit(result)
        for programme in catalogue.search_programmes(string):
            result = QgsLocatorResult(self, programme.programme, "programme:" + programme.programme)
            result.group = QCoreApplication.translate("GemeinschaftsinitiativeLocatorFilter", "Ressortbeiträge")
            self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802 (QGIS API)
        kind, _, value = str(result.userData).partition(":")
        self.on_trigger(kind, value)
