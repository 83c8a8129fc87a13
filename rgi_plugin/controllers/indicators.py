"""The indicator overlays in QGIS: Lmb and Sozialstrukturatlas import, restored with the project.

The plugin creates one ``IndicatorController`` in ``initGui``; ``unload`` removes what it added.
"""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QAction

from ..core import data
from ..core.indicators.layers import indicator_layers
from ..core.indicators.social.layer import CLASS_FIELD
from ..definitions import datasets, properties
from ..definitions.names import LMB_ACTION_OBJECT_NAME, SOCIAL_ACTION_OBJECT_NAME
from ..definitions.paths import EXAMPLE_LMB_FILE


def bundled_layer(dataset_id):
    """The project's layer of a bundled dataset, else a new one (not added to the project)."""
    return data.project_layer(dataset_id) or data.create_layer(data.read_snapshot().dataset(dataset_id))


def project_lmb(workspace_reader=None):
    """The Lmb quotas of this project (the user's file, the values embedded, or the shared
    workspace's through ``workspace_reader``), or None.

    A missing or unreadable file (or an unreachable workspace) gives None here; opening the
    project already said why.
    """
    from ..core.indicators import lmb
    from ..core.tables import TableImportError

    try:
        return lmb.restore_from_project(QgsProject.instance(), workspace_reader=workspace_reader)
    except TableImportError:
        return None


def project_social_classes():
    """Planungsraum id -> Schicht from the Sozialstrukturatlas layer imported into this project."""
    from ..core.indicators import social

    for layer in indicator_layers(properties.SOCIAL_ATLAS):
        classes, _problems = social.classes_from_layer(layer, CLASS_FIELD)
        return classes
    return None


class IndicatorController(QObject):
    def __init__(self, iface, menu_name, parent=None, workspace=None):
        """``workspace``: the ``WorkspaceController`` (Lmb imports stored there, projects referring to it)."""
        super().__init__(parent)
        self.iface = iface
        self.menu_name = menu_name
        self.workspace = workspace
        main_window = iface.mainWindow()
        self.lmb_action = QAction(self.tr("Import Lernmittelbefreiung quotas…"), main_window)
        self.lmb_action.setObjectName(LMB_ACTION_OBJECT_NAME)
        self.lmb_action.triggered.connect(self.import_lmb)
        self.social_action = QAction(self.tr("Import Sozialstrukturatlas classes…"), main_window)
        self.social_action.setObjectName(SOCIAL_ACTION_OBJECT_NAME)
        self.social_action.triggered.connect(self.import_social)
        for action in (self.lmb_action, self.social_action):
            iface.addPluginToWebMenu(menu_name, action)
        QgsProject.instance().readProject.connect(self.restore)

    def unload(self):
        QgsProject.instance().readProject.disconnect(self.restore)
        for action in (self.lmb_action, self.social_action):
            self.iface.removePluginWebMenu(self.menu_name, action)
            action.deleteLater()

    def import_lmb(self):
        from .imports import import_lmb_interactively

        return import_lmb_interactively(self.iface, bundled_layer(datasets.SCHULEN_2023), workspace=self.workspace)

    def import_social(self):
        from .imports import import_social_interactively

        return import_social_interactively(self.iface, bundled_layer(datasets.LOR_PLR_2021))

    def load_example_lmb(self):
        """The synthetic example quotas (labelled as such everywhere), for the demo only."""
        from ..core.indicators import lmb
        from .imports import finish_lmb_import

        schools = bundled_layer(datasets.SCHULEN_2023)
        imported = lmb.import_lmb(EXAMPLE_LMB_FILE, None, lmb.school_catalogue(schools))
        return finish_lmb_import(self.iface, schools, imported)

    def restore(self, *args):
        """Memory layers lose their features on save: rebuild the Lmb layer from the project entry."""
        from ..core.indicators import lmb
        from .imports import restore_lmb_layer

        if lmb.stored_entry(QgsProject.instance()) is None:
            return None
        return restore_lmb_layer(self.iface, bundled_layer(datasets.SCHULEN_2023), workspace_reader=self.workspace_reader())

    def workspace_reader(self):
        """Reads the workspace's Lmb quotas for a project that refers to them (None without a workspace)."""
        return self.workspace.read_lmb if self.workspace is not None and self.workspace.configured else None

    def project_lmb(self):
        """The project's Lmb quotas, from the workspace where the project refers to it."""
        return project_lmb(self.workspace_reader())
