"""The report after storing an Lmb import in the shared workspace: what was stored, and every quota
that was not, with the reason (a school of another Bezirk, a school the workspace does not know)."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ...core.common.values import format_decimal
from ...workspace.lmb_store import OTHER_BEZIRK, UNKNOWN_SCHOOL


class LmbStoreReportDialog(QDialog):
    def __init__(self, report, imported=None, parent=None):
        """``report``: the ``LmbStoreReport``; ``imported``: the ``LmbImport`` it came from (for row numbers)."""
        super().__init__(parent)
        self.setObjectName("GemeinschaftsinitiativeLmbStoreReport")
        self.setWindowTitle(self.tr("Lmb quotas in the shared workspace"))
        self.resize(620, 480)
        self.report = report
        rows = {entry.key: entry.row for entry in imported.report.matched} if imported is not None else {}
        layout = QVBoxLayout(self)
        self.summaryLabel = QLabel(report.summary(), self)
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(self.summaryLabel)
        self.reportTree = QTreeWidget(self)
        self.reportTree.setHeaderLabels([self.tr("Row"), "BSN", self.tr("Quota"), self.tr("Note")])
        layout.addWidget(self.reportTree)
        values = imported.values if imported is not None else report.stored
        stored = [(rows.get(bsn), bsn, percent, "") for bsn, percent in sorted(report.stored.items())]
        other = [(rows.get(bsn), bsn, values.get(bsn), self.tr("school of Bezirk {nr}").format(nr=bezirk))
                 for bsn, reason, bezirk in report.not_stored if reason == OTHER_BEZIRK]
        unknown = [(rows.get(bsn), bsn, values.get(bsn), self.tr("not a school of the workspace"))
                   for bsn, reason, _ in report.not_stored if reason == UNKNOWN_SCHOOL]
        self._category(self.tr("Stored"), stored, False)
        self._category(self.tr("Schools of another Bezirk (not stored)"), other, True)
        self._category(self.tr("Unknown schools (not stored)"), unknown, True)
        header = self.reportTree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _category(self, title, entries, expanded):
        item = QTreeWidgetItem(["{} ({})".format(title, len(entries))])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.reportTree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        for row, bsn, percent, note in entries:
            child = QTreeWidgetItem(["" if row is None else str(row), bsn, "" if percent is None else format_decimal(percent), note])
            child.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.addChild(child)
        item.setExpanded(expanded and bool(entries))
        return item
