"""The spellings that work on Qt 5 (QGIS 3.22 to 3.44) and Qt 6 (QGIS 4), for
tests/test_qt6_readiness.py (never imported): the scanner must report nothing here."""

from qgis.core import NULL, Qgis, QgsField, QgsLayoutExporter, QgsWkbTypes
from qgis.PyQt import QtCore, sip
from qgis.PyQt.QtCore import QDate, QDateTime, QRegularExpression, Qt, QTime, QVariant
from qgis.PyQt.QtGui import QFont, QFontMetrics, QPainter
from qgis.PyQt.QtWidgets import QAction, QActionGroup, QApplication, QDialog, QMessageBox, QShortcut, QSizePolicy


class Dialog(QDialog):
    def exec(self):
        return super().exec()


def everything(widget, menu, box, painter, layer):
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft)
    widget.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignTop)
    answer = QMessageBox.question(widget, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    polygons = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    done = QgsLayoutExporter.ExportResult.Success
    level = Qgis.MessageLevel.Warning
    accepted = Dialog().exec() == QDialog.DialogCode.Accepted
    role = Qt.ItemDataRole.BackgroundRole
    button = Qt.MouseButton.MiddleButton
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    field = QgsField("code", QVariant.String)
    stamp = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt.TimeSpec.UTC)
    screen = QApplication.primaryScreen()
    width = QFontMetrics(QFont()).horizontalAdvance("Wedding")
    box.textActivated.connect(print)
    action = QAction("Konzept öffnen", widget)
    menu.addAction(action)
    group = QActionGroup(widget)
    shortcut = QShortcut(widget)
    pattern = QRegularExpression("[0-9]+")
    app = QApplication.instance()
    deleted = sip.isdeleted(widget)
    return (answer, policy, polygons, done, level, accepted, role, button, field, stamp, screen, width, group, shortcut,
            pattern, app, deleted, NULL)
