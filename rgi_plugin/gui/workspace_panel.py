"""The "Workspace" part of the panel: which catalogue is in use, the connection, set-up, projects.

A view (form in ``forms/workspace_panel.ui``): it shows what the workspace controller
(``controllers/workspace.py``) reports and asks through its signals; it connects to nothing
itself. The form has no password field: who logs in comes from the service (libpq's own
means) or a QGIS authentication configuration.
"""

from html import escape

from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..workspace.connection import WorkspaceConfig
from .forms import load_form

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls
_OK, _BAD = "#1a7f37", "#b3261e"


def _coloured(text, colour):
    return '<span style="color:{}">{}</span>'.format(colour, escape(text))


class WorkspacePanel(QWidget):
    #: The user asks to try the connection in the form (a ``WorkspaceConfig``).
    checkRequested = pyqtSignal(object)
    #: The user asks to use the connection in the form from now on (a ``WorkspaceConfig``; empty: none).
    applyRequested = pyqtSignal(object)
    setUpRequested = pyqtSignal()
    reloadRequested = pyqtSignal()
    #: The user asks to see the workspace's Lmb criterion (quotas of the Bezirk, or the threshold view).
    loadLmbRequested = pyqtSignal()
    saveProjectRequested = pyqtSignal()
    openProjectRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        load_form("workspace_panel.ui", self)
        self.setObjectName("GemeinschaftsinitiativeWorkspacePanel")
        self.authSelect = QgsAuthConfigSelect(self, "postgres")
        self.authSelect.setObjectName("authSelect")
        self.authSelect.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no room for its hidden message
        self.authLayout.addWidget(self.authSelect)
        self.checkButton.clicked.connect(lambda: self.checkRequested.emit(self.config()))
        self.applyButton.clicked.connect(lambda: self.applyRequested.emit(self.config()))
        self.setUpButton.clicked.connect(self.setUpRequested)
        self.reloadButton.clicked.connect(self.reloadRequested)
        self.loadLmbButton.clicked.connect(self.loadLmbRequested)
        self.saveProjectButton.clicked.connect(self.saveProjectRequested)
        self.openProjectButton.clicked.connect(self.openProjectRequested)
        self.show_state(None, None, WorkspaceConfig())

    # -- the form ------------------------------------------------------------------------------

    def config(self):
        """The connection in the form."""
        return WorkspaceConfig(service=self.serviceEdit.text().strip(), authcfg=self.authSelect.configId(),
                               host=self.hostEdit.text().strip(), port=self.portEdit.text().strip(),
                               dbname=self.databaseEdit.text().strip())

    def set_config(self, config):
        self.serviceEdit.setText(config.service)
        self.authSelect.setConfigId(config.authcfg)
        self.hostEdit.setText(config.host)
        self.portEdit.setText(config.port)
        self.databaseEdit.setText(config.dbname)

    def show_check(self, status, error):
        """The result of "Check connection": who the login is, or why it failed."""
        if error is not None:
            self.checkLabel.setText(_coloured(str(error), _BAD))
        else:
            self.checkLabel.setText(_coloured(status.describe(), _OK))

    # -- what is in use ------------------------------------------------------------------------

    def show_state(self, source, status, config):
        """The catalogue in use and why; the login; what the login may do here."""
        self.catalogueLabel.setText(describe_source(source, config))
        self.loginLabel.setText(escape(status.describe()) if status is not None else "")
        self.loginLabel.setVisible(status is not None)
        in_use = source is not None and source.origin == "workspace"
        self.reloadButton.setEnabled(config.configured)
        self.loadLmbButton.setEnabled(in_use and status is not None)
        self.setUpButton.setVisible(status is not None and status.admin)
        self.setUpButton.setEnabled(status is not None and status.admin)
        may_save = in_use and status is not None and (status.coordinator or bool(status.bezirke))
        self.saveProjectButton.setEnabled(may_save)
        self.saveProjectButton.setToolTip(self.tr("Save the current QGIS project in the shared workspace") if may_save else
                                          self.tr("Coordinators and Bezirk editors save projects in the workspace"))
        self.openProjectButton.setEnabled(in_use)


def describe_source(source, config):
    """Which catalogue is in use, and why (rich text for the panel)."""
    if source is None:
        return escape(_translate("WorkspacePanel", "The catalogue has not been read yet."))
    if source.origin == "workspace":
        text = _translate("WorkspacePanel", "Catalogue from the shared workspace ({where}).")
        return _coloured(text.format(where=config.describe()), _OK)
    if not config.configured:
        return escape(_translate("WorkspacePanel", "Catalogue: the bundled data (no shared workspace is configured)."))
    return _coloured(_translate("WorkspacePanel", "Catalogue: the bundled data, because the shared workspace cannot be used: "
                                                  "{reason}").format(reason=source.error), _BAD)
