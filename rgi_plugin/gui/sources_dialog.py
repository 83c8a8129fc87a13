"""A dialog that shows where every bundled dataset comes from and under which licence."""

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..core.data.sources import service_licences_html, sources_html


class SourcesDialog(QDialog):
    def __init__(self, snapshot, parent=None, catalogue=None):
        super().__init__(parent)
        self.setObjectName("GemeinschaftsinitiativeSources")
        self.setWindowTitle(self.tr("Sources and licences"))
        self.resize(640, 560)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        html = sources_html(snapshot)
        catalogue = catalogue or self._service_catalogue()
        if catalogue is not None:
            from ..core.services.loader import licence_read

            html += "\n" + service_licences_html(catalogue, licence_read)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    @staticmethod
    def _service_catalogue():
        from ..core.common import log
        from ..core.services import catalogue as services

        try:
            return services.read_service_catalogue()
        except services.ServiceCatalogueError as error:
            log.warning("Sources dialog without the service licences: {}".format(error))
            return None
