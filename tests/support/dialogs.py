"""Answering the plugin's modal dialogs while they run (``exec``), as a person would: the dialog is
really shown and its event loop runs; a timer finds it by object name and acts on it."""

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication


def when_shown(object_name, action, seen=None, timeout_ms=10000):
    """Once a top-level widget named ``object_name`` is visible, call ``action(widget)`` (once).

    ``seen``: a list that gets the widget, so a test can assert the dialog appeared at all.
    """
    waited = [0]

    def poll():
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == object_name and widget.isVisible():
                if seen is not None:
                    seen.append(widget)
                action(widget)
                return
        waited[0] += 50
        if waited[0] < timeout_ms:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
