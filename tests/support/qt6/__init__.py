"""A scanner of Qt5-only idioms: the same sources must run on Qt 5 (QGIS 3.22 to 3.44) and Qt 6 (QGIS 4).

A scanner reads the plugin's Python sources with ``ast`` (not by text search) and its Qt
Designer forms with an XML parser, and reports every idiom that Qt 6 / PyQt6 no longer accepts,
with file and line. What it looks for follows what QGIS's own migration script
(``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` in the QGIS source) rewrites or warns about,
restricted to forms that also work on QGIS 3.22, the oldest QGIS the plugin supports:

- ``unscoped-enum``: an enum value read from its class (``Qt.AlignLeft``, ``QDialog.Accepted``,
  ``QgsWkbTypes.PolygonGeometry``). PyQt6 only knows the scoped form
  (``Qt.AlignmentFlag.AlignLeft``), which PyQt5 and the QGIS 3 bindings accept as well. The
  scanner asks the running PyQt/QGIS which enum a value belongs to, so no list goes stale.
  ``QVariant.String`` and its siblings are the exception: ``QVariant.Type`` does not exist in
  PyQt6 and QGIS's Qt 6 builds put exactly these names back (QGIS pull request 55954).
- ``renamed-enum``: values Qt 6 removed under their old name (``Qt.MidButton``, ...).
- ``missing-api``: a Qt or QGIS name the code reaches through classes (``Qt.AlignmentFlag.AlignLeft``)
  that this QGIS does not have. Run by the version matrix, it proves the scoped names on every
  supported QGIS.
- ``exec_``: ``exec_()``/``print_()`` are gone in PyQt6; ``exec()``/``print()`` exist in both.
- ``pyqt-import``: ``PyQt5``/``PyQt6``/``sip`` imported directly instead of through ``qgis.PyQt``,
  the all-in-one ``qgis.PyQt.Qt`` module, and the QtWebKit modules Qt 6 dropped.
- ``moved-class``: ``QAction``, ``QActionGroup``, ``QShortcut`` live in QtGui in Qt 6, but QGIS
  before 3.34 offers them only in ``qgis.PyQt.QtWidgets``, and QGIS's Qt 6 builds keep them
  importable from there (QGIS pull requests 55658, 57467): import them from QtWidgets. Classes Qt 6
  moved to QtGui without such a shim (``QFileSystemModel``, ``QUndoStack``, ...) must not come
  from QtWidgets.
- ``removed-class``: ``QRegExp`` (use ``QRegularExpression``), ``QDesktopWidget``, ``QTextCodec``,
  ``QGLWidget``, ... and ``qApp`` (use ``QApplication.instance()``).
- ``desktop``: ``QApplication.desktop()`` returns the removed ``QDesktopWidget``.
- ``qvariant-type``: ``QVariant.Type`` (absent in PyQt6); ``qvariant-null``: ``QVariant()`` and
  ``QVariant(QVariant.Int)`` as NULL (use ``NULL`` from qgis.core).
- ``qdatetime``: ``QDateTime(y, m, d, h, min, s, ms, spec)`` and ``QDateTime(QDate(...))``.
- ``fontmetrics-width``: ``QFontMetrics.width()`` (use ``horizontalAdvance()``).
- ``signal-overload``: picking a signal's ``str`` overload (``activated[str]``), gone in Qt 6.
- ``add-action``: ``addAction(icon, text, receiver, slot)``, the fragile overload.
- ``compiled-resources``: importing ``resources_rc`` style modules (no pyrcc in PyQt6).
- Forms: ``ui-enum`` for an enum or flag value that is not ``Class::Value`` (PyQt5's uic reads no
  other form; PyQt6's maps these to the scoped names) or that names no enum value of that
  class; ``ui-removed-class`` for widgets Qt 6 removed.
"""

from .forms import FORM_RULES, scan_form
from .python import PYTHON_RULES, scan_python
from .rules import Finding

__all__ = ["FORM_RULES", "PYTHON_RULES", "Finding", "scan_form", "scan_python"]
