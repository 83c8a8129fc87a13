"""The plugin class QGIS talks to: ``initGui`` adds, ``unload`` removes exactly that.

It builds the actions and the controllers, composes the dock from their panels and hands the
dock's requests to them; the flows themselves live in ``controllers/``.
"""

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .controllers.areas import AreaController
from .controllers.data import DataController
from .controllers.indicators import IndicatorController
from .controllers.workspace import WorkspaceController
from .controllers.workspace_views import WorkspaceViews
from .core.common import settings
from .core.common.i18n import install_translator, remove_translator
from .definitions import datasets
from .definitions import settings as settings_keys
from .definitions.names import REFRESH_ACTION_OBJECT_NAME, SOURCES_ACTION_OBJECT_NAME, TOGGLE_ACTION_OBJECT_NAME
from .definitions.paths import PLUGIN_ICON
from .gui.messages import notify


class GemeinschaftsinitiativePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.toggle_action = self.sources_action = self.refresh_action = None
        self.web_submenu = None
        self.dock = None
        self.data = self.areas = self.indicators = self.services = None
        self.workspace = self.workspace_views = None

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("GemeinschaftsinitiativePlugin", text)

    def menu_name(self):
        return self.tr("&Community Initiative")

    # -- lifecycle -----------------------------------------------------------------------

    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the Processing provider ``rgi``; qgis_process calls only this method."""
        if self.provider is None:
            from .processing.provider import GemeinschaftsinitiativeProvider

            self.provider = GemeinschaftsinitiativeProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.translator = install_translator()
        self.initProcessing()
        main_window = self.iface.mainWindow()

        self.toggle_action = QAction(QIcon(str(PLUGIN_ICON)), self.tr("Community Initiative panel"), main_window)
        self.toggle_action.setObjectName(TOGGLE_ACTION_OBJECT_NAME)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(self.tr("Show or hide the Community Initiative panel"))
        self.toggle_action.toggled.connect(self.set_dock_visible)
        self.data = DataController(self.iface, self.show_panel)

        self.sources_action = QAction(self.tr("Sources and licences…"), main_window)
        self.sources_action.setObjectName(SOURCES_ACTION_OBJECT_NAME)
        self.sources_action.triggered.connect(self.data.show_sources)

        self.refresh_action = QAction(self.tr("Refresh offline snapshot…"), main_window)
        self.refresh_action.setObjectName(REFRESH_ACTION_OBJECT_NAME)
        self.refresh_action.triggered.connect(self.refresh_snapshot)

        for action in (self.toggle_action, self.sources_action, self.refresh_action):
            self.iface.addPluginToWebMenu(self.menu_name(), action)
        self.web_submenu = next(
            (w for w in self.toggle_action.associatedWidgets() if isinstance(w, QMenu) and w.title() == self.menu_name()), None
        )
        self.iface.addWebToolBarIcon(self.toggle_action)
        self.workspace = WorkspaceController(self.iface)
        self.workspace_views = WorkspaceViews(self.iface, self.workspace)
        self.indicators = IndicatorController(self.iface, self.menu_name(), workspace=self.workspace)
        self.areas = AreaController(self.iface, self.menu_name(), self.show_panel, self.show_official_map,
                                    read_catalogue=self.workspace.catalogue, lmb=self.indicators.project_lmb)
        self.data.area_layer = self.areas.boundaries.ensure_area_layer  # the first map shows the Handlungsräume
        self.workspace.catalogueChanged.connect(self.show_catalogue)
        if settings.bool_value(settings_keys.DOCK_VISIBLE):
            self.toggle_action.setChecked(True)  # the panel was open when QGIS last closed

    def unload(self):
        if self.workspace is not None:
            self.workspace.catalogueChanged.disconnect(self.show_catalogue)
        for controller in (self.areas, self.indicators, self.data, self.workspace_views, self.workspace):
            if controller is not None:
                controller.unload()
                controller.deleteLater()
        if self.services is not None:
            self.services.shutdown()  # cancels running tasks and detaches their callbacks
            self.services.deleteLater()
        for action in (self.toggle_action, self.sources_action, self.refresh_action):
            if action is not None:
                self.iface.removePluginWebMenu(self.menu_name(), action)
        # QGIS 3.22 takes the emptied submenu out of the Web menu but does not delete it.
        if self.web_submenu is not None and not self.web_submenu.actions():
            self.web_submenu.deleteLater()
        if self.toggle_action is not None:
            self.iface.removeWebToolBarIcon(self.toggle_action)
            self.toggle_action.toggled.disconnect(self.set_dock_visible)
        for action in (self.toggle_action, self.sources_action, self.refresh_action):
            if action is not None:
                action.deleteLater()
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.toggle_action = self.sources_action = self.refresh_action = self.dock = self.translator = None
        self.web_submenu = self.data = self.areas = self.indicators = self.services = None
        self.workspace = self.workspace_views = None

    # -- dock ----------------------------------------------------------------------------

    def dock_widget(self):
        """The dock panel, created on first use from the controllers' parts."""
        if self.dock is None:
            from .gui.dock import GemeinschaftsinitiativeDock

            snapshot = self.data.snapshot()
            if snapshot is None:
                return None
            self.dock = GemeinschaftsinitiativeDock(snapshot, self.iface.mainWindow())
            self.dock.setToggleVisibilityAction(self.toggle_action)
            self.dock.loadRequested.connect(self.data.load_datasets)
            self.dock.demoRequested.connect(self.data.open_demo)
            self.dock.sourcesRequested.connect(self.data.show_sources)
            self.dock.mssVariantChosen.connect(self.data.style_mss_layers)
            self.dock.overlayRequested.connect(self.open_criteria_overlay)
            panel = self.areas.create_panel() if self.areas is not None else None
            if panel is not None:
                self.dock.set_areas_panel(panel)
                panel.add_bar(self.workspace_views.create_bar(panel))
            services = self.services_controller()
            if services is not None:
                self.dock.add_part(services.create_panel(self.dock), self.tr("Layers"))
            self.dock.add_part(self.workspace_views.create_panel(self.dock), self.tr("Workspace"))
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        return self.dock

    def set_dock_visible(self, visible):
        dock = self.dock_widget() if visible else self.dock
        if dock is not None:
            dock.setUserVisible(visible)
        settings.set_value(settings_keys.DOCK_VISIBLE, bool(visible))

    def show_panel(self):
        if self.toggle_action is not None:
            self.toggle_action.setChecked(True)

    # -- the controllers' meeting points -------------------------------------------------

    def services_controller(self):
        """The Geoportal services, created on first use; None (with a message) when the catalogue is broken."""
        if self.services is None:
            from .controllers.services import ServicesController
            from .core.services.catalogue import ServiceCatalogueError

            try:
                self.services = ServicesController(self.iface.messageBar())
            except ServiceCatalogueError as error:
                notify(self.iface.messageBar(), Qgis.MessageLevel.Critical, self.tr("The service catalogue cannot be read."), str(error))
        return self.services

    def show_catalogue(self, source):
        """The workspace's catalogue was read again or edited, or the bundled one stands in for it."""
        if self.areas is not None:
            self.areas.show_catalogue(source.catalogue)

    def refresh_snapshot(self):
        """Download the current data of the bundled datasets into the user's profile folder."""
        services = self.services_controller()
        return services.refresh_snapshot() if services is not None else None

    def show_official_map(self):
        """The official GI map (WMS) from the Geoportal, to compare with the bundled approximation."""
        services = self.services_controller()
        return services.load([datasets.GI_MAP_SERVICE]) if services is not None else []

    def open_criteria_overlay(self):
        """The Processing dialog of rgi:criteria_overlay, prefilled with the loaded layers."""
        from .controllers.overlay import open_overlay_dialog

        return open_overlay_dialog(self.iface)
