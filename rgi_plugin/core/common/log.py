"""Messages to the plugin's own tab in QGIS's "Log Messages" panel."""

from qgis.core import Qgis, QgsMessageLog

from ...definitions.names import LOG_TAG


def info(message):
    QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Info)


def warning(message):
    QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)


def critical(message):
    QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Critical)
