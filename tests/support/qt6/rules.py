"""What the scanner knows of Qt 6: removed and renamed names, and how enums are told apart."""

import enum
import importlib
from dataclasses import dataclass

#: Modules whose names the scanner resolves against the running PyQt/QGIS.
QT_MODULE_ROOTS = ("qgis", "PyQt5", "PyQt6")

#: Values Qt 6 removed under their Qt 5 name: (class, old name) -> the Qt 6 spelling.
RENAMED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}

#: Classes Qt 6 removed, with what to use instead.
REMOVED_CLASSES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen(), QWidget.screen())",
    "QGLWidget": "QOpenGLWidget",
    "QGLFormat": "QSurfaceFormat",
    "QMatrix": "QTransform",
    "QTextCodec": "Python's codecs",
    "QStringRef": "str",
    "QLinkedList": "a Python list",
    "QSound": "QSoundEffect",
    "QDirModel": "QFileSystemModel",
    "qApp": "QApplication.instance()",
}

#: Classes in QtGui under Qt 6 that QGIS also keeps importable from qgis.PyQt.QtWidgets; QGIS
#: before 3.34 has them only there.
WIDGETS_IMPORT_ONLY = {"QAction", "QActionGroup", "QShortcut"}

#: Classes Qt 6 moved out of QtWidgets without a QGIS compatibility import.
MOVED_OUT_OF_WIDGETS = {"QFileSystemModel", "QUndoCommand", "QUndoStack", "QUndoGroup", "QOpenGLWidget"}

#: Methods PyQt6 only knows without the trailing underscore (PyQt5 knows both spellings).
UNDERSCORE_METHODS = {"exec_": "exec", "print_": "print"}

#: Qt modules Qt 6 dropped.
REMOVED_MODULES = {"QtWebKit", "QtWebKitWidgets", "QtScript", "QtXmlPatterns"}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    rule: str
    message: str

    def __str__(self):
        return "{}:{}: {}: {}".format(self.path, self.line, self.rule, self.message)


def _is_enum_type(obj):
    """A Python enum class, or an enum type of PyQt5/QGIS 3's sip bindings."""
    return isinstance(obj, enum.EnumMeta) or type(obj).__name__ == "enumtype"


def _is_enum_value(obj):
    return isinstance(obj, enum.Enum) or _is_enum_type(type(obj))


def _is_walkable(obj):
    """Modules and classes: what an attribute chain of static names passes through."""
    return isinstance(obj, type) or type(obj).__name__ == "module"


def _import_target(module, name=None):
    """The object ``from module import name`` (or ``import module``) binds, or None."""
    try:
        imported = importlib.import_module(module)
    except ImportError:
        return None
    if name is None:
        return imported
    if hasattr(imported, name):
        return getattr(imported, name)
    try:
        return importlib.import_module(module + "." + name)
    except ImportError:
        return None


def _is_qt_module(module):
    return bool(module) and module.split(".")[0] in QT_MODULE_ROOTS


def _scoped_suggestion(owner_name, owner, value_name, value):
    """How to write ``owner.value_name`` scoped, e.g. ``Qt.AlignmentFlag.AlignLeft``."""
    enum_type = type(value)
    for candidate in [enum_type.__name__] + sorted(dir(owner)):
        if getattr(owner, candidate, None) is enum_type:
            return "{}.{}.{}".format(owner_name, candidate, value_name)
    return "the enum {}".format(getattr(enum_type, "__qualname__", enum_type.__name__))


