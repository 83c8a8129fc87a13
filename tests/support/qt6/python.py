"""The scanner of Python sources: ``ast``, with every Qt/QGIS name resolved against the running PyQt/QGIS."""

import ast
from pathlib import Path

from qgis.core import Qgis

from ..paths import REPO
from .rules import (
    MOVED_OUT_OF_WIDGETS,
    REMOVED_CLASSES,
    REMOVED_MODULES,
    RENAMED_ENUMS,
    UNDERSCORE_METHODS,
    WIDGETS_IMPORT_ONLY,
    Finding,
    _import_target,
    _is_enum_type,
    _is_enum_value,
    _is_qt_module,
    _is_walkable,
    _scoped_suggestion,
)

PYTHON_RULES = {"unscoped-enum", "renamed-enum", "missing-api", "exec_", "pyqt-import", "moved-class", "removed-class",
                "desktop", "qvariant-type", "qvariant-null", "qdatetime", "fontmetrics-width", "signal-overload",
                "add-action", "compiled-resources"}


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


