"""All Handlungsräume side by side: one sortable table, the trend rule below it, export to XLSX/CSV."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.common.i18n import content_language
from ..core.common.values import format_decimal, format_german
from ..core.editions.side_by_side import table


class _Item(QTableWidgetItem):
    """A cell that sorts by its value (numbers as numbers, empty cells last)."""

    def __init__(self, value, text):
        super().__init__(text)
        self.value = value

    def __lt__(self, other):  # noqa: D105 (Qt's sort asks this)
        mine, theirs = self.value, getattr(other, "value", None)
        if mine is None or theirs is None:
            return theirs is None and mine is not None
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return str(mine) < str(theirs)


class SideBySideDialog(QDialog):
    #: The user asked to export the table (XLSX/CSV).
    exportRequested = pyqtSignal()

    def __init__(self, rows, rule, parent=None):
        super().__init__(parent)
        self.setObjectName("GemeinschaftsinitiativeSideBySide")
        self.setWindowTitle(self.tr("Handlungsräume side by side"))
        self.resize(1180, 620)
        headers, kinds, values = table(rows, rule)
        self.table = QTableWidget(len(values), len(headers), self)
        self.table.setObjectName("sideBySideTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, line in enumerate(values):
            for column, (value, kind) in enumerate(zip(line, kinds)):
                item = _Item(value, self._text(value, kind))
                if kind != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if kind == "text" and isinstance(value, str) and len(value) > 30:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for column, kind in enumerate(kinds):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220 if kind == "text" else 120))
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.setWordWrap(True)
        rule_label = QLabel("<small>{}</small>".format(rule.describe()), self)
        rule_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export (XLSX/CSV)…"), self)
        self.export_button.setObjectName("exportSideBySideButton")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.exportRequested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(rule_label)
        layout.addWidget(buttons)

    @staticmethod
    def _text(value, kind):
        if value is None:
            return ""
        german = content_language() == "de"
        if kind == "int" and isinstance(value, int):
            return format_german(value) if german else "{:,}".format(value)
        if kind == "percent" and isinstance(value, float):
            return format_decimal(value, "de" if german else "en")
        return str(value)
