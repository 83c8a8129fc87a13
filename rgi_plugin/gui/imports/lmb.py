"""The column-mapping dialog of a Lernmittelbefreiung table: school number, quota, scale, school year."""

from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit

from ...core import tables as ti
from ...core.indicators import lmb
from .table import TableImportDialog


class LmbImportDialog(TableImportDialog):
    """Choose a Lmb table and map its columns; ``imported`` is an ``LmbImport`` after OK."""

    header_hints = lmb.HEADER_HINTS

    def __init__(self, schools=None, parent=None, path=None, workspace_bezirke=""):
        """``schools``: BSN -> bool (public primary) from ``core/indicators/lmb.school_catalogue``;
        ``workspace_bezirke``: the Bezirke whose quotas the login keeps in the shared workspace
        (offers to store the import there; empty: no such offer)."""
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
        self.workspaceCheck = QCheckBox(self.tr("Store in the shared workspace (the quotas of {bezirke}; other rows are listed, "
                                                "not stored)").format(bezirke=workspace_bezirke))
        self.workspaceCheck.setObjectName("workspaceCheck")
        self.workspaceYearEdit = QLineEdit()
        self.workspaceYearEdit.setObjectName("workspaceYearEdit")
        self.workspaceYearEdit.setPlaceholderText(self.tr("e.g. 2023/24"))
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("School year in the workspace:")))
        year_row.addWidget(self.workspaceYearEdit)
        for widget in (self.workspaceCheck,):
            self.mainLayout.insertWidget(self.mainLayout.indexOf(self.errorLabel), widget)
        self.mainLayout.insertLayout(self.mainLayout.indexOf(self.errorLabel), year_row)
        self.offers_workspace = bool(workspace_bezirke)
        self.workspaceCheck.setVisible(self.offers_workspace)
        for index in range(year_row.count()):
            year_row.itemAt(index).widget().setVisible(bool(workspace_bezirke))
        self.workspaceCheck.toggled.connect(self._workspace_toggled)
        self._workspace_toggled(False)
        self.yearColumnCombo.currentIndexChanged.connect(self._fill_years)
        self.yearCombo.currentIndexChanged.connect(self._year_changed)
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
        imported = lmb.import_lmb(table, mapping, self.reference)
        if self.store_in_workspace() and not self.workspace_school_year():
            raise ti.TableImportError(self.tr("The table names no school year: enter the school year to store the quotas under "
                                              "in the shared workspace."))
        return imported

    def embed_values(self):
        return self.embedCheck.isChecked() and not self.store_in_workspace()

    def _workspace_toggled(self, checked):
        self.embedCheck.setEnabled(not checked)  # the project then refers to the workspace
        self.workspaceYearEdit.setEnabled(checked)

    def _year_changed(self):
        year = self.yearCombo.currentData()
        if year:
            self.workspaceYearEdit.setText(str(year))

    def store_in_workspace(self):
        """True when the user asked to store the import in the shared workspace."""
        return self.offers_workspace and self.workspaceCheck.isChecked()

    def workspace_school_year(self):
        """The school year to store the quotas under (the file's, or what the user typed)."""
        return self.workspaceYearEdit.text().strip() or None
