"""Column-mapping dialogs for the user's tables: Lmb quotas, and the Sozialstrukturatlas classes.

Thin over ``core.lmb_import`` / ``core.social_atlas``: the dialog reads the file, shows the
first rows, proposes the detected columns, and on OK runs the import. A file that cannot be
used keeps the dialog open with the reason; ``imported`` holds the import after ``accept``.
``import_lmb_interactively`` / ``import_social_interactively`` run the whole flow (dialog,
report, project entry, styled layer) for a menu entry or a dock button.
"""

from pathlib import Path

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem

from ..core.common import log
from ..core.common.i18n import content_language
from ..core.data import bundled
from ..core.indicators.lmb import layer as indicators
from ..core.indicators.lmb import reader as lmb_import
from ..core.indicators.social import reader as social_atlas
from ..core.tables import table as ti
from ..definitions import properties
from .forms import load_form
from .import_report_dialog import ImportReportDialog

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

PREVIEW_ROWS = 12


class LmbImportDialog(QDialog):
    """Choose a Lmb table and map its columns; ``imported`` is an ``LmbImport`` after OK."""

    def __init__(self, schools=None, parent=None, path=None):
        """``schools``: BSN -> bool (public primary) from ``indicators.school_catalogue``."""
        super().__init__(parent)
        load_form("lmb_import_dialog.ui", self)
        self.setObjectName("GemeinschaftsinitiativeLmbImport")
        self.resize(720, 680)
        self.reference = schools
        self.table = None
        self.imported = None
        self.scaleCombo.addItem(_translate("LmbImportDialog", "detected automatically"), ti.AUTO)
        self.scaleCombo.addItem(_translate("LmbImportDialog", "percent (75,3)"), ti.PERCENT)
        self.scaleCombo.addItem(_translate("LmbImportDialog", "shares (0,753)"), ti.SHARE)
        self._configure()
        self.browseButton.clicked.connect(self._browse)
        self.pathEdit.editingFinished.connect(self._path_changed)
        self.sheetCombo.activated.connect(self._sheet_changed)
        self.headerRowSpin.valueChanged.connect(self._header_row_changed)
        self.yearColumnCombo.currentIndexChanged.connect(self._fill_years)
        self.buttonBox.accepted.connect(self._import)
        self.buttonBox.rejected.connect(self.reject)
        self._set_table(None)
        if path:
            self.pathEdit.setText(str(path))
            self._path_changed()

    # -- what differs between the Lmb and the social-atlas dialog ---------------------------------

    def _configure(self):
        self.setWindowTitle(_translate("LmbImportDialog", "Import Lernmittelbefreiung quotas"))

    header_hints = lmb_import.HEADER_HINTS

    def _detect(self, table):
        mapping = lmb_import.detect_columns(table)
        return {"key": mapping.bsn_column, "value": mapping.quota_column, "year": mapping.school_year_column}

    def _run_import(self, table):
        mapping = lmb_import.LmbMapping(
            bsn_column=self.keyCombo.currentData(), quota_column=self.valueCombo.currentData(),
            school_year_column=self.yearColumnCombo.currentData(), school_year=self.yearCombo.currentData(),
            scale=self.scaleCombo.currentData(), sheet=table.sheet or None,
            header_row=None if table.header_detected else table.header_row)
        mapping.detected_by = {"bsn": "user", "quota": "user"}
        return lmb_import.import_lmb(table, mapping, self.reference)

    def embed_values(self):
        """True when the user wants the values stored in the project instead of the file path."""
        return self.embedCheck.isChecked()

    # -- file -------------------------------------------------------------------------------------

    def _browse(self):
        start = self.pathEdit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, _translate("LmbImportDialog", "Choose a table"), start,
                                              _translate("LmbImportDialog", "Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.pathEdit.setText(path)
            self._path_changed()

    def _path_changed(self, sheet=None, header_row=None):
        path = self.pathEdit.text().strip()
        if not path:
            self._set_table(None)
            return
        try:
            table = ti.read_table(path, sheet, header_row, self.header_hints)
        except ti.TableImportError as error:
            self._set_table(None, str(error), keep_header_row=header_row is not None)
            return
        self._set_table(table)

    def _sheet_changed(self):
        self._path_changed(self.sheetCombo.currentText())

    def _header_row_changed(self, row):
        """The user chose the header row: read the file again with it; the preview follows."""
        sheet = self.sheetCombo.currentText() if self.sheetCombo.count() else None
        self._path_changed(sheet, row)

    def _set_table(self, table, error="", keep_header_row=False):
        self.table = table
        self.errorLabel.setText(error)
        self.sheetCombo.clear()
        for combo in (self.keyCombo, self.valueCombo, self.yearColumnCombo):
            combo.clear()
        self.previewTable.clear()
        self.previewTable.setRowCount(0)
        self.previewTable.setColumnCount(0)
        has_table = table is not None
        for widget in (self.previewTable, self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)):
            widget.setEnabled(has_table)
        self.columnsGroup.setEnabled(has_table or keep_header_row)  # a bad header row can be chosen again
        if not has_table:
            self.formatLabel.setText("")
            return
        self.headerRowSpin.blockSignals(True)
        self.headerRowSpin.setValue(table.header_row)
        self.headerRowSpin.blockSignals(False)
        details = [table.describe()] + (["; ".join(table.comments)] if table.comments else [])
        text = " – ".join(details)
        if table.header_note():
            text += "\n" + table.header_note()
            above = ["“{}”".format(line if len(line) <= 70 else line[:69] + "…") for _, line in table.above_header[:3]]
            if above:
                text += " " + _translate("LmbImportDialog", "Above it: {rows}").format(rows="; ".join(above))
        self.formatLabel.setText(text)
        self.sheetCombo.addItems(table.sheets)
        self.sheetCombo.setCurrentText(table.sheet)
        self.sheetLabel.setVisible(bool(table.sheets))
        self.sheetCombo.setVisible(bool(table.sheets))
        detected = self._detect(table)
        none_text = _translate("LmbImportDialog", "— none —")
        for combo, role in ((self.keyCombo, "key"), (self.valueCombo, "value"), (self.yearColumnCombo, "year")):
            combo.blockSignals(True)
            combo.addItem(none_text, None)
            for header in table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(detected.get(role))) if detected.get(role) else 0)
            combo.blockSignals(False)
        self._fill_years()
        self._fill_preview(table)

    def _fill_years(self):
        self.yearCombo.clear()
        column = self.yearColumnCombo.currentData()
        years = lmb_import.school_years(self.table, column) if (self.table is not None and column) else []
        for year in reversed(years):  # latest first: the default
            self.yearCombo.addItem(year, year)
        self.yearCombo.setEnabled(bool(years))

    def _fill_preview(self, table):
        rows = table.rows[:PREVIEW_ROWS]
        self.previewTable.setColumnCount(len(table.headers))
        self.previewTable.setHorizontalHeaderLabels(table.headers)
        self.previewTable.setRowCount(len(rows))
        self.previewTable.setVerticalHeaderLabels([str(number) for number, _ in rows])
        for r, (_, cells) in enumerate(rows):
            for c in range(len(table.headers)):
                value = cells[c] if c < len(cells) else None
                self.previewTable.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.previewTable.resizeColumnsToContents()

    # -- import -----------------------------------------------------------------------------------

    def _import(self):
        if self.table is None:
            return
        try:
            self.imported = self._run_import(self.table)
        except ti.TableImportError as error:
            self.errorLabel.setText(str(error))
            return
        self.accept()


class SocialAtlasImportDialog(LmbImportDialog):
    """Choose a Planungsraum table (id + Schicht); ``imported`` is a ``SocialImport`` after OK."""

    header_hints = social_atlas.HEADER_HINTS

    def __init__(self, plr_ids_2021, parent=None, path=None):
        self.plr_ids_2021 = set(plr_ids_2021)
        super().__init__(None, parent, path)
        self.setObjectName("GemeinschaftsinitiativeSocialImport")

    def _configure(self):
        self.setWindowTitle(_translate("SocialAtlasImportDialog", "Import Sozialstrukturatlas classes"))
        self.keyLabel.setText(_translate("SocialAtlasImportDialog", "Planungsraum id:"))
        self.valueLabel.setText(_translate("SocialAtlasImportDialog", "Class (Schicht):"))
        for widget in (self.scaleLabel, self.scaleCombo, self.yearColumnLabel, self.yearColumnCombo,
                       self.yearLabel, self.yearCombo, self.embedCheck):
            widget.setVisible(False)

    def _detect(self, table):
        mapping = social_atlas.detect_columns(table)
        return {"key": mapping.id_column, "value": mapping.class_column}

    def _run_import(self, table):
        mapping = social_atlas.SocialMapping(id_column=self.keyCombo.currentData(), class_column=self.valueCombo.currentData(),
                                             sheet=table.sheet or None, detected_by={"id": "user", "class": "user"},
                                             header_row=None if table.header_detected else table.header_row)
        return social_atlas.import_social_table(table, self.plr_ids_2021, mapping)

    def embed_values(self):
        return False


# -- the whole flow, for the plugin's menu entries and dock buttons ---------------------------------

def finish_lmb_import(iface, schools_layer, imported, embed=False, project=None, language=None):
    """Remember the import in the project, add the styled school layer to the plugin's group; return it."""
    project = project or QgsProject.instance()
    lmb_import.store_in_project(project, imported, embed)
    layer = indicators.create_lmb_school_layer(schools_layer, imported, language=language)
    bundled.add_to_project([layer], project)
    report = imported.report
    text = _translate("LmbImportDialog", "{n} Lmb quotas imported, {problems} rows not used (listed in the report).").format(
        n=len(imported.values), problems=report.problem_count())
    if imported.example:
        text += " " + lmb_import.EXAMPLE_LABEL["de" if (language or content_language()) == "de" else "en"]
    level = Qgis.MessageLevel.Warning if (report.problem_count() or imported.example) else Qgis.MessageLevel.Success
    iface.messageBar().pushMessage(_translate("LmbImportDialog", "Lernmittelbefreiung"), text, level)
    log.info("Lmb import from {} ({}): {}".format(imported.source, "embedded" if embed else "reference", report.summary()))
    return layer


def import_lmb_interactively(iface, schools_layer, parent=None):
    """Dialog → report → project entry and school layer. Returns the new layer or None."""
    try:
        schools = indicators.school_catalogue(schools_layer)
    except indicators.IndicatorError as error:
        iface.messageBar().pushMessage(_translate("LmbImportDialog", "Lernmittelbefreiung"), str(error), Qgis.MessageLevel.Warning)
        return None
    dialog = LmbImportDialog(schools, parent or iface.mainWindow())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    ImportReportDialog(dialog.imported.report, parent or iface.mainWindow()).exec()
    return finish_lmb_import(iface, schools_layer, dialog.imported, dialog.embed_values())


def restore_lmb_layer(iface, schools_layer, project=None, language=None):
    """After a project is opened: rebuild the Lmb school layer from the project's reference or values.

    Memory layers lose their features when a project is saved, so the layer is built anew and
    replaces the plugin's earlier Lmb layer(s). Returns the new layer, or None when the project
    has no Lmb entry or its file is missing (then the message bar says so).
    """
    project = project or QgsProject.instance()
    if lmb_import.stored_entry(project) is None:
        return None
    try:
        imported = lmb_import.restore_from_project(project, indicators.school_catalogue(schools_layer))
        layer = indicators.create_lmb_school_layer(schools_layer, imported, language=language)
    except (ti.TableImportError, indicators.IndicatorError) as error:
        iface.messageBar().pushMessage(_translate("LmbImportDialog", "Lernmittelbefreiung"), str(error), Qgis.MessageLevel.Warning)
        log.warning("Lmb layer not restored: {}".format(error))
        return None
    stale = [layer_id for layer_id, old in project.mapLayers().items()
             if old.customProperty(properties.INDICATOR) == properties.LMB_SCHOOLS]
    project.removeMapLayers(stale)
    bundled.add_to_project([layer], project)
    return layer


def finish_social_import(iface, plr_layer, imported, project=None, language=None):
    """Add the Planungsräume with their Schicht to the plugin's group (if anything matched); return the layer."""
    if not imported.classes:
        iface.messageBar().pushMessage(_translate("SocialAtlasImportDialog", "Sozialstrukturatlas"),
                                       imported.report.summary(), Qgis.MessageLevel.Warning)
        return None
    layer = social_atlas.create_social_layer(plr_layer, imported, language)
    bundled.add_to_project([layer], project or QgsProject.instance())
    iface.messageBar().pushMessage(_translate("SocialAtlasImportDialog", "Sozialstrukturatlas"), imported.report.summary(),
                                   Qgis.MessageLevel.Warning if imported.report.problem_count() else Qgis.MessageLevel.Success)
    log.info("Sozialstrukturatlas import from {}: {}".format(imported.source, imported.report.summary()))
    return layer


def import_social_interactively(iface, plr_layer, parent=None):
    """Dialog → report → layer of the Planungsräume with their Schicht. Returns the layer or None."""
    ids = [feature["plr_id"] for feature in plr_layer.getFeatures()] if plr_layer.fields().indexOf("plr_id") >= 0 else []
    dialog = SocialAtlasImportDialog(ids, parent or iface.mainWindow())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    ImportReportDialog(dialog.imported.report, parent or iface.mainWindow()).exec()
    return finish_social_import(iface, plr_layer, dialog.imported)
