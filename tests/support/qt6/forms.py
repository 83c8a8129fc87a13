"""The scanner of Qt Designer forms: enum and set values as PyQt5's and PyQt6's uic read them."""

import importlib
import re
import xml.parsers.expat
from pathlib import Path

from ..paths import REPO
from .rules import REMOVED_CLASSES, Finding, _is_enum_value, _scoped_suggestion

FORM_RULES = {"ui-enum", "ui-removed-class"}

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


