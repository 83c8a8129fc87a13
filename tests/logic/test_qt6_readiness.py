"""The plugin has no Qt5-only idioms: the same sources run on Qt 5 (QGIS 3.22 to 3.44) and Qt 6 (QGIS 4).

What the scanner looks for is in ``support/qt6`` (its docstring lists the rules).
"""

import re
from pathlib import Path

import pytest

from support.paths import REPO
from support.qt6 import FORM_RULES, PYTHON_RULES, scan_form, scan_python

FIXTURES = REPO / "tests" / "data" / "qt6"



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
