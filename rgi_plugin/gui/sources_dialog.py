"""A dialog that shows where every bundled dataset comes from and under which licence."""

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..core.data.sources import sources_html


class SourcesDialog(QDialog):
    def __init__(self, snapshot, parent=None):
        super().__init__(parent)
        self.setObjectName("GemeinschaftsinitiativeSources")
        self.setWindowTitle(self.tr("Sources and licences"))
        self.resize(640, 560)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(sources_html(snapshot))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
