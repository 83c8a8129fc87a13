"""What the column-mapping dialogs of the user's tables share: file, sheet, header row, preview.

``TableImportDialog`` reads the file with the table reader of ``core/tables``, shows the first
rows and proposes the detected key and value columns; on OK it runs the import. A file that
cannot be used keeps the dialog open with the reason; ``imported`` holds the import after
``accept``. A table kind (``LmbImportDialog``, ``SocialAtlasImportDialog``) names its columns,
detects them and runs its importer; it adds the widgets only it needs.
"""

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem

from ...core import tables as ti
from ..forms import load_form

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

PREVIEW_ROWS = 12


class TableImportDialog(QDialog):
    """Choose a table file and map its key and value columns (a kind of table fills in the rest)."""

    #: Groups of column-name patterns a header row names (see ``core/tables/header.py``).
    header_hints = ()

    def __init__(self, parent=None):
        """A kind of table adds its widgets, then calls ``start``."""
        super().__init__(parent)
        load_form("table_import_dialog.ui", self)
        self.resize(720, 680)
        self.table = None
        self.imported = None
        self.browseButton.clicked.connect(self._browse)
        self.pathEdit.editingFinished.connect(self._path_changed)
        self.sheetCombo.activated.connect(self._sheet_changed)
        self.headerRowSpin.valueChanged.connect(self._header_row_changed)
        self.buttonBox.accepted.connect(self._import)
        self.buttonBox.rejected.connect(self.reject)

    def start(self, path=None):
        """Show the empty dialog, then read ``path`` if given."""
        self._set_table(None)
        if path:
            self.open_path(path)

    def open_path(self, path):
        """Read ``path`` as if the user had typed it."""
        self.pathEdit.setText(str(path))
        self._path_changed()

    # -- what a kind of table says ----------------------------------------------------------------

    def detect(self, table):
        """The detected columns: {"key": ..., "value": ..., other roles of the kind}."""
        raise NotImplementedError

    def run_import(self, table):
        """Import ``table`` with the columns the user chose; raise ``TableImportError``."""
        raise NotImplementedError

    def column_combos(self):
        """(combo, role) of every column choice; the kind adds its own to the key and value."""
        return [(self.keyCombo, "key"), (self.valueCombo, "value")]

    def table_changed(self):
        """Called after a table was read (or none could be): the kind updates its own widgets."""

    def embed_values(self):
        """True when the user wants the values stored in the project instead of the file path."""
        return False

    # -- file -------------------------------------------------------------------------------------

    def _browse(self):
        start = self.pathEdit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, _translate("TableImportDialog", "Choose a table"), start,
                                              _translate("TableImportDialog", "Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.open_path(path)

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
        for combo, _ in self.column_combos():
            combo.clear()
        self.previewTable.clear()
        self.previewTable.setRowCount(0)
        self.previewTable.setColumnCount(0)
        has_table = table is not None
        for widget in (self.previewTable, self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)):
            widget.setEnabled(has_table)
        self.columnsGroup.setEnabled(has_table or keep_header_row)  # a bad header row can be chosen again
        if has_table:
            self._show_table(table)
        else:
            self.formatLabel.setText("")
        self.table_changed()

    def _show_table(self, table):
        self.headerRowSpin.blockSignals(True)
        self.headerRowSpin.setValue(table.header_row)
        self.headerRowSpin.blockSignals(False)
        self.formatLabel.setText(self._format_text(table))
        self.sheetCombo.addItems(table.sheets)
        self.sheetCombo.setCurrentText(table.sheet)
        self.sheetLabel.setVisible(bool(table.sheets))
        self.sheetCombo.setVisible(bool(table.sheets))
        detected = self.detect(table)
        none_text = _translate("TableImportDialog", "— none —")
        for combo, role in self.column_combos():
            combo.blockSignals(True)
            combo.addItem(none_text, None)
            for header in table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(detected.get(role))) if detected.get(role) else 0)
            combo.blockSignals(False)
        self._fill_preview(table)

    @staticmethod
    def _format_text(table):
        details = [table.describe()] + (["; ".join(table.comments)] if table.comments else [])
        text = " – ".join(details)
        if table.header_note():
            text += "\n" + table.header_note()
            above = ["“{}”".format(line if len(line) <= 70 else line[:69] + "…") for _, line in table.above_header[:3]]
            if above:
                text += " " + _translate("TableImportDialog", "Above it: {rows}").format(rows="; ".join(above))
        return text

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
            self.imported = self.run_import(self.table)
        except ti.TableImportError as error:
            self.errorLabel.setText(str(error))
            return
        self.accept()
