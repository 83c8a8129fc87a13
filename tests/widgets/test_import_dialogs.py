"""The column-mapping dialogs of the user's tables (Lmb, social atlas) and the import report."""

import json

import pytest
from qgis.PyQt.QtWidgets import QDialogButtonBox

from rgi_plugin.definitions.paths import DATA_DIR
from support.paths import DATA
from support.tables import school_catalogue


@pytest.fixture(scope="module")
def schools():
    return school_catalogue()


@pytest.fixture(scope="module")
def catalogue(schools):
    return schools


def test_import_dialog_proposes_the_columns_and_imports(qgis_app, qtbot, schools, output_dir):
    from qgis.PyQt.QtWidgets import QDialog

    from rgi_plugin.gui.imports.lmb import LmbImportDialog
    from rgi_plugin.gui.imports.report import ImportReportDialog

    dialog = LmbImportDialog(schools, path=DATA / "lmb_gemischt.csv")
    qtbot.addWidget(dialog)
    assert (dialog.keyCombo.currentData(), dialog.valueCombo.currentData(), dialog.yearColumnCombo.currentData()) == (
        "Schulnummer", "Anteil lernmittelbefreit (%)", "Schuljahr")
    assert [dialog.yearCombo.itemText(i) for i in range(dialog.yearCombo.count())] == ["2023/24", "2022/23"]
    assert dialog.formatLabel.text() == "CSV, encoding Windows-1252 (Latin-1), delimiter semicolon"
    assert dialog.previewTable.rowCount() == 12 and dialog.previewTable.item(2, 1).text() == "Brüder-Grimm-Grundschule"
    dialog.show()
    dialog.grab().save(str(output_dir / "lmb_import_dialog.png"))
    dialog.buttonBox.button(QDialogButtonBox.Ok).click()
    assert dialog.result() == QDialog.Accepted
    imported = dialog.imported
    assert imported.values == {"01G25": 80.0, "01G27": 74.9, "01G28": 75.0, "01G35": 88.1, "01K01": 52.4}

    report = ImportReportDialog(imported.report)
    qtbot.addWidget(report)
    tree = report.reportTree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles == [
        "Used (5)",
        "Unknown BSN (not in the reference layer; not used) (1)",
        "BSN listed more than once with different values (not used) (2)",
        "BSN listed more than once with the same value (counted once) (1)",
        "Rows of another school year (not used) (1)",
        "Empty values (not used) (1)",
        "Text in a number column (not used) (1)",
        "Values out of range (not used) (1)",
        "Matched, but not a public primary school (not part of the criterion) (1)",
    ]
    assert report.summaryLabel.text() == "13 rows read: 5 used, 7 not used; repeated rows counted once: 1 (all listed below)."
    assert not report.exampleLabel.isVisibleTo(report)
    report.resize(760, 620)
    report.show()
    report.grab().save(str(output_dir / "import_report_dialog.png"))
    saved = report.save_csv(output_dir / "import_report.csv")
    with open(saved, encoding="utf-8-sig") as handle:
        assert len(handle.read().strip().splitlines()) == 1 + len(imported.report.as_rows()) == 1 + 5 + 9


def test_import_dialog_keeps_open_with_the_reason(qgis_app, qtbot, schools):

    from rgi_plugin.gui.imports.lmb import LmbImportDialog

    dialog = LmbImportDialog(schools, path=DATA / "lmb_leer.csv")
    qtbot.addWidget(dialog)
    assert dialog.errorLabel.text() == "lmb_leer.csv is empty."
    assert not dialog.buttonBox.button(QDialogButtonBox.Ok).isEnabled()
    dialog.pathEdit.setText(str(DATA / "lmb_ohne_bsn.csv"))
    dialog.pathEdit.editingFinished.emit()
    assert dialog.keyCombo.currentData() is None and dialog.valueCombo.currentData() == "Quote"
    dialog.show()
    dialog.buttonBox.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and dialog.imported is None
    assert dialog.errorLabel.text().startswith("lmb_ohne_bsn.csv has no column with school numbers (BSN).")
    dialog.keyCombo.setCurrentIndex(dialog.keyCombo.findData("Schule"))
    dialog.buttonBox.button(QDialogButtonBox.Ok).click()  # names are not school numbers: listed, not dropped
    assert dialog.imported.values == {}
    assert [e.key for e in dialog.imported.report.entries("unknown_key")] == ["Gottfried-Röhl-Grundschule", "Brüder-Grimm-Grundschule"]


def test_social_import_dialog_reports_an_old_lor_table(qgis_app, qtbot, output_dir):

    from rgi_plugin.gui.imports.report import ImportReportDialog
    from rgi_plugin.gui.imports.social import SocialAtlasImportDialog

    with open(DATA_DIR / "lor_planungsraeume_2021.geojson", encoding="utf-8") as handle:
        ids = {f["properties"]["plr_id"] for f in json.load(handle)["features"]}
    dialog = SocialAtlasImportDialog(ids, path=DATA / "sozialatlas_lor_alt.csv")
    qtbot.addWidget(dialog)
    assert (dialog.keyCombo.currentData(), dialog.valueCombo.currentData()) == ("Planungsraum", "Schicht")
    assert not hasattr(dialog, "yearCombo")  # the social-atlas table has no school year
    dialog.buttonBox.button(QDialogButtonBox.Ok).click()
    report = ImportReportDialog(dialog.imported.report)
    qtbot.addWidget(report)
    assert "(447 LOR)" in report.detailsLabel.text()
    assert report.reportTree.topLevelItem(1).text(0) == "Planungsraum ids from before 2021 (447 LOR; not joined) (6)"
    report.show()
    report.grab().save(str(output_dir / "social_import_report_dialog.png"))


def test_7_the_dialog_finds_the_header_row_and_lets_the_user_choose_another(qgis_app, qtbot, catalogue, output_dir):

    from rgi_plugin.gui.imports.lmb import LmbImportDialog

    dialog = LmbImportDialog(catalogue, path=DATA / "lmb_titelzeile.csv")
    qtbot.addWidget(dialog)
    assert dialog.headerRowSpin.value() == 4
    assert [dialog.previewTable.horizontalHeaderItem(c).text() for c in range(dialog.previewTable.columnCount())] == [
        "Schulnummer", "Schulname", "Lmb Anzahl", "Lmb-Quote Schuljahr 2023/24"]
    assert dialog.valueCombo.currentData() == "Lmb-Quote Schuljahr 2023/24"
    assert "Header in row 4; rows 1–3 above it are skipped." in dialog.formatLabel.text()
    dialog.show()
    dialog.grab().save(str(output_dir / "lmb_import_dialog_title_rows.png"))
    dialog.headerRowSpin.setValue(5)  # the user's choice: the preview follows
    assert dialog.previewTable.horizontalHeaderItem(0).text() == "01G24"
    assert dialog.previewTable.rowCount() == 2
    dialog.headerRowSpin.setValue(4)
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.imported.values == {"01G24": 81.5, "01G28": 74.9, "01G40": 75.0}
    assert dialog.imported.mapping.header_row == 4
