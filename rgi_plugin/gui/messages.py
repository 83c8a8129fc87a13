"""Tell the user: the one way every part of the plugin does it.

A short text in QGIS's message bar under a title (the plugin's name unless a part names its
own: "Geoportal Berlin", "Lernmittelbefreiung"); when there are details, the text says they are
in the plugin's tab of QGIS's log panel, which gets the text and the details. An offer (a
button) ends the message when it is pressed and then does what it offers.
"""

from dataclasses import dataclass

from qgis.core import Qgis
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QPushButton

from ..core.common import log
from ..definitions.names import LOG_TAG

translate = QCoreApplication.translate  # pylupdate5 reads translate("Context", "text")

_LOG = {Qgis.MessageLevel.Critical: log.critical, Qgis.MessageLevel.Warning: log.warning}


@dataclass(frozen=True)
class Offer:
    """A button in a message: its text, what it does, and its object name (tests find it by that)."""

    text: str
    action: object  # callable without arguments
    name: str = ""


def details_hint():
    return translate("Messages", "Details are in the log tab '{tab}'.").format(tab=LOG_TAG)


def notify(bar, level, message, details="", title=None, offer=None, duration=None):
    """Show ``message`` in the message bar ``bar`` (``iface.messageBar()``) and log it with
    ``details``; ``offer``: an ``Offer`` (or a list of them) shown as buttons. Returns the
    message-bar item, if one was made (a message with an offer)."""
    title = title or translate("Messages", "Community Initiative")
    text = "{} {}".format(message, details_hint()) if details else message
    _LOG.get(level, log.info)("{}\n{}".format(message, details).strip())
    if offer is None:
        if duration is None:
            bar.pushMessage(title, text, level)
        else:
            bar.pushMessage(title, text, level, duration)
        return None
    item = QgsMessageBar.createMessage(title, text)
    for one in offer if isinstance(offer, (list, tuple)) else [offer]:
        button = QPushButton(one.text, item)
        button.setObjectName(one.name)
        button.clicked.connect(lambda _checked=False, action=one.action: (bar.popWidget(item), action()))
        item.layout().addWidget(button)
    if duration is None:
        bar.pushWidget(item, level)
    else:
        bar.pushWidget(item, level, duration)
    return item
