"""The plugin has no Qt5-only idioms: the same sources run on Qt 5 (QGIS 3.22 to 3.44) and Qt 6 (QGIS 4).

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

import ast
import enum
import importlib
import re
import xml.parsers.expat
from dataclasses import dataclass
from pathlib import Path

import pytest
from qgis.core import Qgis

from conftest import REPO

FIXTURES = REPO / "tests" / "data" / "qt6"

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


# -- Python sources ---------------------------------------------------------------------------


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


class _Scanner(ast.NodeVisitor):
    def __init__(self, path, tree):
        self.path = path
        self.findings = []
        self.parents = {}
        for parent in ast.walk(tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
        self.names = {}  # name bound by an import of a Qt/QGIS module -> the object
        self.qt_names = set()  # every name imported from a Qt/QGIS module, resolved or not
        self.metrics = set()  # names assigned a QFontMetrics
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if _is_qt_module(alias.name):
                        bound = alias.asname or alias.name.split(".")[0]
                        target = alias.name if alias.asname else bound
                        self.qt_names.add(bound)
                        self.names[bound] = _import_target(target)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and _is_qt_module(node.module):
                for alias in node.names:
                    bound = alias.asname or alias.name
                    self.qt_names.add(bound)
                    self.names[bound] = _import_target(node.module, alias.name)
            elif isinstance(node, ast.Assign) and self._makes_font_metrics(node.value):
                self.metrics.update(target.id for target in node.targets if isinstance(target, ast.Name))

    def report(self, node, rule, message):
        self.findings.append(Finding(self.path, node.lineno, rule, message))

    # imports

    def visit_Import(self, node):
        for alias in node.names:
            self._check_module(node, alias.name)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        module = node.module or ""
        if node.level == 0:
            self._check_module(node, module)
        for alias in node.names:
            self._check_module(node, module + "." + alias.name if module else alias.name, imported_name=True)
            if alias.name in REMOVED_CLASSES:
                self.report(node, "removed-class", "{} does not exist in Qt 6; use {}".format(alias.name, REMOVED_CLASSES[alias.name]))
            if alias.name in WIDGETS_IMPORT_ONLY and module.endswith("QtGui"):
                self.report(node, "moved-class", "import {} from qgis.PyQt.QtWidgets: QGIS before 3.34 has it only there, "
                                                 "and QGIS's Qt 6 builds keep it there too".format(alias.name))
            if alias.name in MOVED_OUT_OF_WIDGETS and module.endswith("QtWidgets"):
                self.report(node, "moved-class", "{} is not in QtWidgets under Qt 6".format(alias.name))
        self.generic_visit(node)

    def _check_module(self, node, module, imported_name=False):
        parts = module.split(".")
        if not imported_name and parts[0] in ("PyQt4", "PyQt5", "PyQt6", "sip"):
            self.report(node, "pyqt-import", "import {} through qgis.PyQt".format(module))
        if not imported_name and module == "qgis.PyQt.Qt":
            self.report(node, "pyqt-import", "PyQt6 has no all-in-one Qt module; import from qgis.PyQt.QtCore/QtGui/QtWidgets")
        if parts[-1] in REMOVED_MODULES and (imported_name or len(parts) > 1) and _is_qt_module(module):
            self.report(node, "pyqt-import", "{} does not exist in Qt 6".format(parts[-1]))
        if parts[-1].endswith("_rc"):
            self.report(node, "compiled-resources", "PyQt6 has no compiled resources ({}); load files by path".format(module))

    # definitions and names

    def visit_FunctionDef(self, node):
        if node.name in UNDERSCORE_METHODS:
            self.report(node, "exec_", "name the method {}() (PyQt6 has no {}())".format(UNDERSCORE_METHODS[node.name], node.name))
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Name(self, node):
        if node.id in REMOVED_CLASSES and isinstance(node.ctx, ast.Load):
            self.report(node, "removed-class", "{} does not exist in Qt 6; use {}".format(node.id, REMOVED_CLASSES[node.id]))

    # attribute chains: Qt.AlignLeft, QtCore.Qt.AlignmentFlag.AlignLeft, dialog.exec_

    def visit_Attribute(self, node):
        if node.attr in UNDERSCORE_METHODS:
            self.report(node, "exec_", "use {}() (PyQt6 has no {}())".format(UNDERSCORE_METHODS[node.attr], node.attr))
        parent = self.parents.get(node)
        if not (isinstance(parent, ast.Attribute) and parent.value is node):
            self._check_chain(node)
        self.generic_visit(node)

    def _check_chain(self, node):
        chain = []
        current = node
        while isinstance(current, ast.Attribute):
            chain.append(current.attr)
            current = current.value
        if not isinstance(current, ast.Name) or current.id not in self.qt_names:
            return
        chain.reverse()
        spelled = [current.id] + chain
        for index, member in enumerate(spelled):
            for owner in spelled[:index]:
                if (owner, member) in RENAMED_ENUMS:
                    self.report(node, "renamed-enum", "{} is gone in Qt 6; use {}".format(
                        ".".join(spelled[:index + 1]), RENAMED_ENUMS[owner, member]))
                    return
        if "Type" in spelled[1:] and spelled[spelled.index("Type", 1) - 1] == "QVariant":
            self.report(node, "qvariant-type", "QVariant.Type does not exist in PyQt6; write QVariant.<type> (QVariant.String, ...), "
                                               "which QGIS provides on Qt 6 too")
            return
        obj = self.names.get(current.id)
        if obj is None:
            if not isinstance(node.ctx, ast.Store):
                self.report(node, "missing-api", "{} cannot be imported on this QGIS".format(current.id))
            return
        for index, attr in enumerate(chain):
            if not _is_walkable(obj):
                return
            owner = obj
            if not hasattr(owner, attr):
                if not isinstance(node.ctx, ast.Store):
                    self.report(node, "missing-api", "{} does not exist on QGIS {}".format(
                        ".".join(spelled[:index + 2]), Qgis.QGIS_VERSION))
                return
            obj = getattr(owner, attr)
            if _is_enum_value(obj) and not _is_enum_type(owner) and _is_walkable(owner):
                if getattr(owner, "__name__", "") == "QVariant" and type(obj).__name__ == "Type":
                    return  # QVariant.String etc.: see the module docstring
                owner_spelled = ".".join(spelled[:index + 1])
                self.report(node, "unscoped-enum", "{}.{}: write {}".format(
                    owner_spelled, attr, _scoped_suggestion(owner_spelled, owner, attr, obj)))
                return

    # calls

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "QVariant":
            if not node.args and not node.keywords:
                self.report(node, "qvariant-null", "QVariant() as NULL: use NULL from qgis.core")
            elif (len(node.args) == 1 and isinstance(node.args[0], ast.Attribute)
                  and isinstance(node.args[0].value, ast.Name) and node.args[0].value.id == "QVariant"):
                self.report(node, "qvariant-null", "QVariant(QVariant.<type>) as NULL: use NULL from qgis.core")
        if isinstance(func, ast.Name) and func.id == "QDateTime":
            if len(node.args) == 8:
                self.report(node, "qdatetime",
                            "QDateTime(y, m, d, h, min, s, ms, spec) is gone in Qt 6: QDateTime(QDate(...), QTime(...), spec)")
            elif (len(node.args) == 1 and isinstance(node.args[0], ast.Call) and isinstance(node.args[0].func, ast.Name)
                  and node.args[0].func.id == "QDate"):
                self.report(node, "qdatetime", "QDateTime(QDate(...)) is gone in Qt 6: QDateTime(QDate(...), QTime(0, 0))")
        if isinstance(func, ast.Attribute):
            if func.attr == "desktop" and not node.args:
                self.report(node, "desktop", "desktop() returns QDesktopWidget, which Qt 6 removed; use QScreen")
            if func.attr == "width" and self._makes_font_metrics(func.value):
                self.report(node, "fontmetrics-width", "QFontMetrics.width() is gone in Qt 6: horizontalAdvance()")
            if func.attr == "width" and isinstance(func.value, ast.Name) and func.value.id in self.metrics:
                self.report(node, "fontmetrics-width", "QFontMetrics.width() is gone in Qt 6: horizontalAdvance()")
            if func.attr == "addAction" and len(node.args) >= 4:
                self.report(node, "add-action", "addAction(icon, text, receiver, slot) is fragile across Qt 5/6: "
                                                "create the QAction, then addAction(action)")
        self.generic_visit(node)

    @staticmethod
    def _makes_font_metrics(node):
        if not isinstance(node, ast.Call):
            return False
        func = node.func
        return ((isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF"))
                or (isinstance(func, ast.Attribute) and func.attr == "fontMetrics"))

    def visit_Subscript(self, node):
        if isinstance(node.value, ast.Attribute):
            key = node.slice
            if (isinstance(key, ast.Name) and key.id == "str") or (
                    isinstance(key, ast.Constant) and isinstance(key.value, str) and ("QString" in key.value or key.value == "str")):
                self.report(node, "signal-overload", "{}[str]: Qt 6 dropped the str overloads of signals "
                                                     "(e.g. textActivated instead of activated[str])".format(node.value.attr))
        self.generic_visit(node)


def scan_python(path, text=None):
    """The Qt5-only idioms in one Python file, in line order."""
    path = Path(path)
    text = path.read_text(encoding="utf-8") if text is None else text
    name = str(path.relative_to(REPO)) if REPO in path.parents else str(path)
    tree = ast.parse(text, filename=name)
    scanner = _Scanner(name, tree)
    scanner.visit(tree)
    return sorted(set(scanner.findings), key=lambda f: (f.line, f.rule, f.message))


# -- Qt Designer forms ------------------------------------------------------------------------

_UI_VALUE = re.compile(r"^([A-Za-z_]\w*)::([A-Za-z_]\w*)$")


def _ui_class(name):
    from qgis.PyQt import QtCore, QtGui, QtWidgets
    if name == "Qt":
        return QtCore.Qt
    for module in (QtWidgets, QtGui, QtCore, importlib.import_module("qgis.gui")):
        if isinstance(getattr(module, name, None), type):
            return getattr(module, name)
    return None


def _ui_value_problem(value):
    """Why PyQt5's or PyQt6's uic cannot read the enum or flag value ``value``, or None."""
    match = _UI_VALUE.match(value)
    if not match:
        return "{!r} is not Class::Value, the only form PyQt5's uic reads (PyQt6's maps it to the scoped name)".format(value)
    class_name, member = match.groups()
    owner = _ui_class(class_name)
    if owner is None:
        return "{}: no Qt or QGIS class {}".format(value, class_name)
    found = getattr(owner, member, None)
    if not _is_enum_value(found):
        return "{}: {} has no enum value {}".format(value, class_name, member)
    if not _scoped_suggestion(class_name, owner, member, found).startswith(class_name + "."):
        return "{}: the value has no scoped name in {}".format(value, class_name)
    return None


def scan_form(path):
    """The Qt5-only idioms in one Qt Designer form, in line order."""
    path = Path(path)
    name = str(path.relative_to(REPO)) if REPO in path.parents else str(path)
    findings = []
    open_values = []  # [element name, line, text parts] of the enum/set being read
    parser = xml.parsers.expat.ParserCreate()

    def start(tag, attributes):
        if tag == "widget" and attributes.get("class") in REMOVED_CLASSES:
            findings.append(Finding(name, parser.CurrentLineNumber, "ui-removed-class", "{} does not exist in Qt 6; use {}".format(
                attributes["class"], REMOVED_CLASSES[attributes["class"]])))
        if tag in ("enum", "set"):
            open_values.append([tag, parser.CurrentLineNumber, []])

    def text(data):
        if open_values:
            open_values[-1][2].append(data)

    def end(tag):
        if tag in ("enum", "set") and open_values:
            _, line, parts = open_values.pop()
            for value in "".join(parts).split("|"):
                problem = _ui_value_problem(value.strip())
                if problem:
                    findings.append(Finding(name, line, "ui-enum", problem))

    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    parser.EndElementHandler = end
    parser.Parse(path.read_bytes(), True)
    return sorted(set(findings), key=lambda f: (f.line, f.rule, f.message))


# -- what is scanned --------------------------------------------------------------------------

PYTHON_RULES = {"unscoped-enum", "renamed-enum", "missing-api", "exec_", "pyqt-import", "moved-class", "removed-class",
                "desktop", "qvariant-type", "qvariant-null", "qdatetime", "fontmetrics-width", "signal-overload",
                "add-action", "compiled-resources"}
FORM_RULES = {"ui-enum", "ui-removed-class"}


def plugin_python_files():
    """The Python files the plugin ships (as in the zip: __init__.py and the rgi_plugin package)."""
    return [REPO / "__init__.py"] + sorted((REPO / "rgi_plugin").rglob("*.py"))


def plugin_forms():
    return sorted((REPO / "forms").glob("*.ui"))


def expected_findings(path, comment):
    """(line, rule) pairs a fixture announces with ``<comment> expect: rule, rule`` on the line."""
    marker = re.compile(re.escape(comment) + r"\s*expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)")
    expected = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        match = marker.search(line)
        if match:
            expected.update((number, rule.strip()) for rule in match.group(1).split(",") if rule.strip())
    return expected


# -- the scanner itself -----------------------------------------------------------------------


def test_scanner_reports_every_qt5_only_idiom_of_the_bad_sample():
    sample = FIXTURES / "qt5_only_code.py"
    expected = expected_findings(sample, "#")
    found = {(finding.line, finding.rule) for finding in scan_python(sample)}
    assert found == expected, "\n".join(str(f) for f in scan_python(sample))
    assert {rule for _, rule in expected} == PYTHON_RULES  # each rule is shown to fire


def test_scanner_accepts_the_spellings_that_work_on_qt5_and_qt6():
    sample = FIXTURES / "portable_code.py"
    assert [str(finding) for finding in scan_python(sample)] == []


def test_findings_name_file_line_and_the_fix():
    findings = scan_python(FIXTURES / "qt5_only_code.py")
    align = [f for f in findings if f.rule == "unscoped-enum" and "Qt.AlignLeft" in f.message]
    assert len(align) == 1
    assert str(align[0]).startswith("tests/data/qt6/qt5_only_code.py:{}: unscoped-enum: ".format(align[0].line))
    assert align[0].message.endswith("write Qt.AlignmentFlag.AlignLeft")
    exporter = [f for f in findings if "QgsLayoutExporter.Success" in f.message]
    assert [f.message.split("write ")[-1] for f in exporter] == ["QgsLayoutExporter.ExportResult.Success"]


def test_form_scanner_reports_values_uic_cannot_read():
    sample = FIXTURES / "qt5_only_form.ui"
    expected = expected_findings(sample, "<!--")
    found = {(finding.line, finding.rule) for finding in scan_form(sample)}
    assert found == expected, "\n".join(str(f) for f in scan_form(sample))
    assert {rule for _, rule in expected} == FORM_RULES


# -- the plugin -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", plugin_python_files(), ids=lambda path: str(path.relative_to(REPO)))
def test_plugin_source_has_no_qt5_only_idioms(path):
    assert [str(finding) for finding in scan_python(path)] == []


@pytest.mark.parametrize("path", plugin_forms(), ids=lambda path: path.name)
def test_plugin_form_has_no_qt5_only_idioms(path):
    assert [str(finding) for finding in scan_form(path)] == []


def test_the_scan_covers_every_file_the_plugin_ships(plugin_zip):
    import zipfile
    with zipfile.ZipFile(plugin_zip) as archive:
        shipped = {name.split("/", 1)[1] for name in archive.namelist() if name.endswith((".py", ".ui"))}
    scanned = {str(path.relative_to(REPO)) for path in plugin_python_files() + plugin_forms()}
    assert scanned == shipped


def test_metadata_declares_qt6_support():
    import configparser
    config = configparser.ConfigParser()
    config.read(REPO / "metadata.txt", encoding="utf-8")
    assert config["general"].get("supportsQt6") == "True"
