"""Qt5-only idioms, one or more per line, for tests/test_qt6_readiness.py (never imported).

Each line that the scanner must report ends with a comment ``expect:`` and the rules it breaks;
every other line must pass. The file only has to parse, not to run.
"""

import PyQt5.QtCore  # expect: pyqt-import
import resources_rc  # expect: compiled-resources
import sip  # expect: pyqt-import
from PyQt5.QtWidgets import QWidget  # expect: pyqt-import
from qgis.core import NULL, QgsLayoutExporter, QgsWkbTypes
from qgis.PyQt.Qt import QColor  # expect: pyqt-import
from qgis.PyQt import QtCore, QtWebKit  # expect: pyqt-import
from qgis.PyQt.QtCore import QDate, QDateTime, QRegExp, Qt, QVariant  # expect: removed-class
from qgis.PyQt.QtGui import QAction, QFont, QFontMetrics, QPainter  # expect: moved-class
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDialog, QFileSystemModel, QMessageBox, QSizePolicy, qApp  # expect: moved-class, removed-class


class Dialog(QDialog):
    def exec_(self):  # expect: exec_
        return super().exec_()  # expect: exec_


def everything(widget, menu, field, box, painter):
    widget.setAlignment(Qt.AlignLeft)  # expect: unscoped-enum
    widget.setAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignTop)  # expect: unscoped-enum
    answer = QMessageBox.question(widget, "?", "?", QMessageBox.Yes | QMessageBox.No)  # expect: unscoped-enum
    policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)  # expect: unscoped-enum
    polygons = field.geometryType() == QgsWkbTypes.PolygonGeometry  # expect: unscoped-enum
    done = QgsLayoutExporter.Success  # expect: unscoped-enum
    accepted = Dialog().exec_() == QDialog.Accepted  # expect: exec_, unscoped-enum
    role = Qt.ItemDataRole.BackgroundColorRole  # expect: renamed-enum
    button = Qt.MidButton  # expect: renamed-enum
    painter.setRenderHint(QPainter.HighQualityAntialiasing)  # expect: renamed-enum
    typo = Qt.AlignmentFlag.AlignLefft  # expect: missing-api
    kind = QVariant.Type.Int  # expect: qvariant-type
    empty = QVariant()  # expect: qvariant-null
    empty_int = QVariant(QVariant.Int)  # expect: qvariant-null
    stamp = QDateTime(2024, 1, 2, 3, 4, 5, 6, Qt.TimeSpec.UTC)  # expect: qdatetime
    midnight = QDateTime(QDate(2024, 1, 2))  # expect: qdatetime
    screen = QApplication.desktop()  # expect: desktop
    width = QFontMetrics(QFont()).width("Wedding")  # expect: fontmetrics-width
    metrics = widget.fontMetrics()
    other = metrics.width("Wedding")  # expect: fontmetrics-width
    box.activated[str].connect(print)  # expect: signal-overload
    box.currentIndexChanged["QString"].connect(print)  # expect: signal-overload
    menu.addAction(QAction(), "Konzept öffnen", widget, print)  # expect: add-action
    pattern = QRegExp("[0-9]+")  # expect: removed-class
    qApp.processEvents()  # expect: removed-class
    return (answer, policy, polygons, done, accepted, role, button, typo, kind, empty, empty_int, stamp, midnight,
            screen, width, other, pattern, NULL, QColor, QWidget, QComboBox, QFileSystemModel, PyQt5, resources_rc,
            sip, QtWebKit)
