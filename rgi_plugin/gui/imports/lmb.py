"""The column-mapping dialog of a Lernmittelbefreiung table: school number, quota, scale, school year."""

from qgis.PyQt.QtWidgets import QCheckBox, QComboBox

from ...core import tables as ti
from ...core.indicators import lmb
from .table import TableImportDialog


class LmbImportDialog(TableImportDialog):
    """Choose a Lmb table and map its columns; ``imported`` is an ``LmbImport`` after OK."""

    header_hints = lmb.HEADER_HINTS

    def __init__(self, schools=None, parent=None, path=None):
        """``schools``: BSN -> bool (public primary) from ``core/indicators/lmb.school_catalogue``."""
        super().__init__(parent)
        self.reference = schools
        self.setObjectName("GemeinschaftsinitiativeLmbImport")
        self.setWindowTitle(self.tr("Import Lernmittelbefreiung quotas"))
        self.keyLabel.setText(self.tr("School number (BSN):"))
        self.valueLabel.setText(self.tr("Lmb quota:"))
        self.scaleCombo, self.yearColumnCombo, self.yearCombo = QComboBox(), QComboBox(), QComboBox()
        self.scaleCombo.addItem(self.tr("detected automatically"), ti.AUTO)
        self.scaleCombo.addItem(self.tr("percent (75,3)"), ti.PERCENT)
        self.scaleCombo.addItem(self.tr("shares (0,753)"), ti.SHARE)
        self.columnsLayout.addRow(self.tr("Values are:"), self.scaleCombo)
        self.columnsLayout.addRow(self.tr("School year column:"), self.yearColumnCombo)
        self.columnsLayout.addRow(self.tr("School year:"), self.yearCombo)
        self.embedCheck = QCheckBox(self.tr("Store the values in the project (otherwise the project keeps only the path of the file)"))
        self.mainLayout.insertWidget(self.mainLayout.indexOf(self.errorLabel), self.embedCheck)
        self.yearColumnCombo.currentIndexChanged.connect(self._fill_years)
        self.start(path)

    def column_combos(self):
        return super().column_combos() + [(self.yearColumnCombo, "year")]

    def detect(self, table):
        mapping = lmb.detect_columns(table)
        return {"key": mapping.bsn_column, "value": mapping.quota_column, "year": mapping.school_year_column}

    def table_changed(self):
        self._fill_years()

    def _fill_years(self):
        self.yearCombo.clear()
        column = self.yearColumnCombo.currentData()
        years = lmb.school_years(self.table, column) if (self.table is not None and column) else []
        for year in reversed(years):  # latest first: the default
            self.yearCombo.addItem(year, year)
        self.yearCombo.setEnabled(bool(years))

    def run_import(self, table):
        mapping = lmb.LmbMapping(
            bsn_column=self.keyCombo.currentData(), quota_column=self.valueCombo.currentData(),
            school_year_column=self.yearColumnCombo.currentData(), school_year=self.yearCombo.currentData(),
            scale=self.scaleCombo.currentData(), sheet=table.sheet or None,
            header_row=None if table.header_detected else table.header_row)
        mapping.detected_by = {"bsn": "user", "quota": "user"}
        return lmb.import_lmb(table, mapping, self.reference)

    def embed_values(self):
        return self.embedCheck.isChecked()
