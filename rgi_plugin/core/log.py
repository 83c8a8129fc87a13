"""Messages to the plugin's own tab in QGIS's "Log Messages" panel."""

from qgis.core import Qgis, QgsMessageLog

from ..definitions import LOG_TAG


def info(message):
    QgsMessageLog.logMessage(message, LOG_TAG, Qgis.Info)


def warning(message):
    QgsMessageLog.logMessage(message, LOG_TAG, Qgis.Warning)


def critical(message):
    QgsMessageLog.logMessage(message, LOG_TAG, Qgis.Critical)
