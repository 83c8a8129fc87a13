"""Tell the user: a short text in the message bar, the details in the plugin's log tab."""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core.common import log

_LOG = {Qgis.MessageLevel.Critical: log.critical, Qgis.MessageLevel.Warning: log.warning}


def notify(iface, level, message, details=""):
    title = QCoreApplication.translate("Messages", "Community Initiative")
    text = message
    if details:
        text += " " + QCoreApplication.translate("Messages", "Details are in the log tab 'Gemeinschaftsinitiative'.")
    iface.messageBar().pushMessage(title, text, level)
    _LOG.get(level, log.info)("{}\n{}".format(message, details).strip())
