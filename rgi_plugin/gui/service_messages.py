"""Message-bar items for the Geoportal services: a failure with the offer of the offline copy.

The texts come from ``core.service_failures`` (testable without widgets); this module only
builds the message-bar item with its button. Details always go to the log tab.
"""

from qgis.core import Qgis
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QPushButton

from ..core.common import log
from ..core.services.failures import CANCELED, offline_button_text

translate = QCoreApplication.translate  # pylupdate5 reads translate("Context", "text")


def push_load_failure(message_bar, failure, use_offline, language=None):
    """Show ``failure`` (a ``LoadFailure``); its button calls ``use_offline(failure)``. Return the item."""
    text = "{} {}".format(failure.message(language),
                          translate("ServiceMessageBar", "Details are in the log tab 'Gemeinschaftsinitiative'."))
    item = QgsMessageBar.createMessage(translate("ServiceMessageBar", "Geoportal Berlin"), text)
    if failure.offline is not None and failure.kind != CANCELED:
        button = QPushButton(offline_button_text(failure.offline), item)
        button.setObjectName("useOfflineButton")

        def clicked():
            message_bar.popWidget(item)
            use_offline(failure)

        button.clicked.connect(clicked)
        item.layout().addWidget(button)
    level = Qgis.MessageLevel.Info if failure.kind == CANCELED else Qgis.MessageLevel.Warning
    message_bar.pushWidget(item, level, 0)
    return item


def push_info(message_bar, text, level=Qgis.MessageLevel.Info, duration=6):
    message_bar.pushMessage(translate("ServiceMessageBar", "Geoportal Berlin"), text, level, duration)
    (log.warning if level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical) else log.info)(text)
