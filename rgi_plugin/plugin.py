"""The plugin class QGIS talks to: ``initGui`` adds, ``unload`` removes exactly that."""

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .controllers.areas import AreaController
from .controllers.indicators import IndicatorController
from .core.common import log, settings
from .core.common.i18n import install_translator, remove_translator
from .core.data import bundled
from .definitions import datasets
from .definitions import settings as settings_keys
from .definitions.names import REFRESH_ACTION_OBJECT_NAME, SOURCES_ACTION_OBJECT_NAME, TOGGLE_ACTION_OBJECT_NAME
from .definitions.paths import PLUGIN_ICON
from .gui.messages import notify


class GemeinschaftsinitiativePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.layers_panel = None
        self.refresh_action = None
        self.translator = None
        self.toggle_action = None
        self.sources_action = None
        self.dock = None
        self.sources_dialog = None
        self.web_submenu = None
        self.areas = None
        self.indicators = None

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

        self.sources_action = QAction(self.tr("Sources and licences…"), main_window)
        self.sources_action.setObjectName(SOURCES_ACTION_OBJECT_NAME)
        self.sources_action.triggered.connect(self.show_sources)

        self.refresh_action = QAction(self.tr("Refresh offline snapshot…"), main_window)
        self.refresh_action.setObjectName(REFRESH_ACTION_OBJECT_NAME)
        self.refresh_action.triggered.connect(self.refresh_snapshot)

        self.iface.addPluginToWebMenu(self.menu_name(), self.toggle_action)
        self.iface.addPluginToWebMenu(self.menu_name(), self.sources_action)
        self.iface.addPluginToWebMenu(self.menu_name(), self.refresh_action)
        self.web_submenu = next(
            (w for w in self.toggle_action.associatedWidgets() if isinstance(w, QMenu) and w.title() == self.menu_name()), None
        )
        self.iface.addWebToolBarIcon(self.toggle_action)
        self.areas = AreaController(self.iface, self.menu_name(), lambda: self.toggle_action.setChecked(True))
        self.indicators = IndicatorController(self.iface, self.menu_name())
        if settings.bool_value(settings_keys.DOCK_VISIBLE):
            self.toggle_action.setChecked(True)  # the panel was open when QGIS last closed

    def unload(self):
        for controller in (self.areas, self.indicators):
            if controller is not None:
                controller.unload()
                controller.deleteLater()
        for action in (self.toggle_action, self.sources_action, self.refresh_action):
            if action is None:
                continue
            self.iface.removePluginWebMenu(self.menu_name(), action)
        # QGIS 3.22 takes the emptied submenu out of the Web menu but does not delete it.
        if self.web_submenu is not None and not self.web_submenu.actions():
            self.web_submenu.deleteLater()
        if self.toggle_action is not None:
            self.iface.removeWebToolBarIcon(self.toggle_action)
            self.toggle_action.toggled.disconnect(self.set_dock_visible)
            self.toggle_action.deleteLater()
        for action in (self.sources_action, self.refresh_action):
            if action is not None:
                action.deleteLater()
        if self.layers_panel is not None:
            self.layers_panel.shutdown()  # cancels running tasks and detaches their callbacks
        if self.sources_dialog is not None:
            self.sources_dialog.close()
            self.sources_dialog.deleteLater()
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.toggle_action = self.sources_action = self.dock = self.sources_dialog = self.translator = None
        self.web_submenu = self.areas = self.indicators = self.layers_panel = self.refresh_action = None

    # -- dock ----------------------------------------------------------------------------

    def dock_widget(self):
        """The dock panel, created on first use."""
        if self.dock is None:
            from .gui.dock import GemeinschaftsinitiativeDock

            snapshot = self._snapshot()
            if snapshot is None:
                return None
            self.dock = GemeinschaftsinitiativeDock(snapshot, self.iface.mainWindow())
            self.dock.setToggleVisibilityAction(self.toggle_action)
            self.dock.loadRequested.connect(self.load_datasets)
            self.dock.demoRequested.connect(self.open_demo)
            self.dock.sourcesRequested.connect(self.show_sources)
            self.dock.mssVariantChosen.connect(self.style_mss_layers)
            self.dock.overlayRequested.connect(self.open_criteria_overlay)
            panel = self.areas.create_panel() if self.areas is not None else None
            if panel is not None:
                self.dock.set_areas_panel(panel)
            self._add_layers_panel()
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        return self.dock

    def _add_layers_panel(self):
        """The Geoportal services part of the panel ("Layers" tab)."""
        from .core.services.catalogue import CatalogueError
        from .gui.layers_panel import LayersPanel

        try:
            self.layers_panel = LayersPanel(self.iface.messageBar(), parent=self.dock)
        except CatalogueError as error:
            self._report_error(self.tr("The service catalogue cannot be read."), str(error))
            return
        self.dock.add_part(self.layers_panel, self.tr("Layers"))
        if self.areas is not None and self.areas.panel is not None:
            self.areas.panel.boundaryButton.menu().addAction(
                self.tr("Show the official map (WMS) for comparison"),
                lambda: self.layers_panel.loader.load([datasets.GI_MAP_SERVICE]))

    def refresh_snapshot(self):
        """Download the current data of the bundled datasets into the user's profile folder."""
        if self.dock_widget() is not None and self.layers_panel is not None:
            self.layers_panel.refresh_snapshot()

    def set_dock_visible(self, visible):
        dock = self.dock_widget() if visible else self.dock
        if dock is not None:
            dock.setUserVisible(visible)
        settings.set_value(settings_keys.DOCK_VISIBLE, bool(visible))

    # -- actions -------------------------------------------------------------------------

    def _snapshot(self):
        try:
            return bundled.read_snapshot()
        except bundled.BundledDataError as error:
            self._report_error(self.tr("The bundled data description cannot be read."), str(error))
            return None

    def load_datasets(self, dataset_ids):
        """Load bundled datasets into the project; report failures, add nothing invalid."""
        try:
            layers = bundled.load_datasets(dataset_ids)
        except bundled.BundledDataError as error:
            self._report_error(self.tr("Bundled data could not be loaded."), str(error))
            return []
        log.info("Loaded bundled datasets: {}".format(", ".join(dataset_ids)))
        return layers

    def open_demo(self):
        """Show the overview map of the bundled Berlin data and the panel; return the layers."""
        if self.toggle_action is not None:
            self.toggle_action.setChecked(True)  # first, so the map is fitted to what remains
        layers = self.load_datasets(list(bundled.DEMO_DATASETS))
        if layers:
            self.zoom_to_layer(layers[-1])
        return layers

    def zoom_to_layer(self, layer):
        """Fit the map to ``layer``, also after a dock that is just opening has taken its room.

        The canvas keeps its scale when it is resized, and the project takes the CRS of its
        first layer only after events are processed; so the fit is done again once Qt has laid
        out the window, computed then, and only if the layer is still in the project.
        """
        canvas = self.iface.mapCanvas()
        layer_id = layer.id()

        def fit():
            current = QgsProject.instance().mapLayer(layer_id)
            if current is None:
                return
            extent = canvas.mapSettings().layerExtentToOutputExtent(current, current.extent())
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()

        fit()
        QTimer.singleShot(150, fit)

    def open_criteria_overlay(self):
        """The Processing dialog of rgi:criteria_overlay, prefilled with the loaded layers."""
        from .controllers.overlay import open_overlay_dialog

        return open_overlay_dialog(self.iface)

    def style_mss_layers(self, variant):
        """Show every MSS layer of the project by status, dynamics or the combined class."""
        from .core.indicators.mss.styles import MssStyleError, apply_mss_style, is_mss_layer

        styled = 0
        for layer in QgsProject.instance().mapLayers().values():
            if is_mss_layer(layer):
                try:
                    apply_mss_style(layer, variant)
                    layer.emitStyleChanged()  # the layer tree redraws its legend
                    layer.triggerRepaint()
                    styled += 1
                except MssStyleError as error:
                    notify(self.iface, Qgis.MessageLevel.Warning, str(error))
        if not styled:
            notify(self.iface, Qgis.MessageLevel.Info, self.tr("No MSS layer in the project: load one from the data list first."))
        return styled

    def show_sources(self):
        snapshot = self._snapshot()
        if snapshot is None:
            return
        from .gui.sources_dialog import SourcesDialog

        if self.sources_dialog is None:
            self.sources_dialog = SourcesDialog(snapshot, self.iface.mainWindow())
        self.sources_dialog.show()
        self.sources_dialog.raise_()

    def _report_error(self, message, details):
        notify(self.iface, Qgis.MessageLevel.Critical, message, details)
