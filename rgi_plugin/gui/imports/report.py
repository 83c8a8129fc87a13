"""The report after an import: what was used, and every row that was not, with the reason."""

from html import escape

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QTreeWidgetItem

from ...core import tables as ti
from ...core.common.i18n import content_language
from ...core.common.table_files import write_csv
from ...core.indicators.lmb.example import example_label
from ..forms import load_form


class ImportReportDialog(QDialog):
    def __init__(self, report, parent=None):
        super().__init__(parent)
        load_form("import_report_dialog.ui", self)
        self.setObjectName("GemeinschaftsinitiativeImportReport")
        self.report = report
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save report…"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self._fill()

    def _fill(self):
        report = self.report
        self.exampleLabel.setVisible(report.example)
        self.exampleLabel.setText(example_label())
        self.summaryLabel.setText(report.summary())
        self.detailsLabel.setText(self._details_html())
        self.reportTree.headerItem().setText(1, report.key_label)
        self.reportTree.clear()
        used = self._category(self.tr("Used"), report.matched, False)
        listed = 0
        for name, excluding in ti.CATEGORIES:
            entries = report.entries(name)
            if entries:
                listed += 1
                self._category(ti.category_title(name, report.key_label), entries, excluding).setExpanded(excluding)
        used.setExpanded(listed == 0)  # nothing else to show: show what was used
        header = self.reportTree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _category(self, title, entries, excluding):
        item = QTreeWidgetItem(["{} ({})".format(title, len(entries))])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if excluding:
            item.setForeground(0, QBrush(QColor("#b2182b")))
        self.reportTree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        for entry in entries:
            child = QTreeWidgetItem(["" if entry.row is None else str(entry.row), entry.key, entry.value, entry.note])
            child.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.addChild(child)
        return item

    def _details_html(self):
        report = self.report
        roles = {"bsn": self.tr("school number"), "quota": self.tr("quota"), "school_year": self.tr("school year"),
                 "id": self.tr("Planungsraum id"), "class": self.tr("class")}
        columns = ", ".join("{}: <i>{}</i>".format(escape(roles.get(role, role)), escape(str(column)))
                            for role, column in report.columns.items() if column)
        lines = [
            "{}: {}".format(escape(self.tr("File")), escape(report.source)),
            escape(report.table_description),
            "{}: {}".format(escape(self.tr("Columns")), columns),
        ]
        if report.scale:
            scale = self.tr("percent") if report.scale == ti.PERCENT else self.tr("shares")
            lines.append("{}: {} ({})".format(escape(self.tr("Values read as")), escape(scale), escape(report.scale_reason)))
        lines.extend(escape(note) for note in report.notes)
        return "<br>".join(lines)

    def _save(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.save_csv(path)

    def save_csv(self, path):
        """The report as a semicolon CSV (UTF-8 with BOM): category, row, key, value, note."""
        headers = [self.tr("Category"), self.tr("Row"), self.report.key_label, self.tr("Value"), self.tr("Note")]
        return write_csv(path, headers, self.report.as_rows(), content_language())
