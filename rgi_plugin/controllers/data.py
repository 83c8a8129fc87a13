"""The bundled data in QGIS: datasets into the project, the overview map, MSS display, sources.

The plugin creates one ``DataController`` in ``initGui``; the dock's "Data" tab asks it
through its signals.
"""

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QObject, QTimer

from ..core import data
from ..core.common import log
from ..core.indicators.mss.styles import MssStyleError, apply_mss_style, is_mss_layer
from ..definitions import datasets, properties
from ..gui.messages import notify


class DataController(QObject):
    def __init__(self, iface, show_panel=None, parent=None, area_layer=None):
        """``show_panel``: a callable that makes the plugin's panel visible (the demo shows it);
        ``area_layer``: a callable giving the project's Handlungsräume layer, added (styled, the
        official boundaries if the user chose them) when missing."""
        super().__init__(parent)
        self.iface = iface
        self.show_panel = show_panel
        self.area_layer = area_layer
        self.sources_dialog = None

    def unload(self):
        if self.sources_dialog is not None:
            self.sources_dialog.close()
            self.sources_dialog.deleteLater()
            self.sources_dialog = None

    def _tell(self, level, message, details=""):
        notify(self.iface.messageBar(), level, message, details)

    def snapshot(self):
        """The description of the bundled data, or None (and a message) when it cannot be read."""
        try:
            return data.read_snapshot()
        except data.BundledDataError as error:
            self._tell(Qgis.MessageLevel.Critical, self.tr("The bundled data description cannot be read."), str(error))
            return None

    def load_datasets(self, dataset_ids):
        """Load bundled datasets into the project; report failures, add nothing invalid."""
        try:
            layers = data.load_datasets(dataset_ids)
        except data.BundledDataError as error:
            self._tell(Qgis.MessageLevel.Critical, self.tr("Bundled data could not be loaded."), str(error))
            return []
        log.info("Loaded bundled datasets: {}".format(", ".join(dataset_ids)))
        return layers

    def open_demo(self):
        """Show the first map and the panel; return the layers (top first).

        The Handlungsräume, labelled, on a quiet context of Bezirke and Planungsräume, Berlin as a
        whole (the small areas 13a–13d carry a marker); the schools and the MSS 2021 are loaded
        switched off. Layers of these datasets already in the project are kept, not doubled.
        """
        if self.show_panel is not None:
            self.show_panel()  # first, so the map is fitted to what remains
        project = QgsProject.instance()
        present = {layer.customProperty(properties.DATASET): layer for layer in project.mapLayers().values()}
        own_areas = self.area_layer is not None
        wanted = [d for d in data.DEMO_DATASETS if d not in present and not (own_areas and d == datasets.HANDLUNGSRAEUME)]
        if wanted and not self.load_datasets(wanted):
            return []
        areas = self.area_layer() if own_areas else None
        present = {layer.customProperty(properties.DATASET): layer for layer in project.mapLayers().values()}
        layers = [areas if d == datasets.HANDLUNGSRAEUME and areas is not None else present.get(d) for d in data.DEMO_DATASETS]
        layers = [layer for layer in layers if layer is not None]
        for layer in layers:
            node = project.layerTreeRoot().findLayer(layer.id())
            if node is not None:
                node.setItemVisibilityChecked(layer.customProperty(properties.DATASET) in data.DEMO_VISIBLE or layer is areas)
        context = present.get(datasets.LOR_PLR_2021)
        if context is not None:
            self.zoom_to_layer(context)
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
            extent.scale(1.10)  # room for the labels of the areas at the edge of Berlin (01 in Spandau)
            canvas.setExtent(extent)
            canvas.refresh()

        fit()
        QTimer.singleShot(150, fit)

    def style_mss_layers(self, variant):
        """Show every MSS layer of the project by status, dynamics or the combined class."""
        styled = 0
        for layer in QgsProject.instance().mapLayers().values():
            if not is_mss_layer(layer):
                continue
            try:
                apply_mss_style(layer, variant)
            except MssStyleError as error:
                self._tell(Qgis.MessageLevel.Warning, str(error))
                continue
            layer.emitStyleChanged()  # the layer tree redraws its legend
            layer.triggerRepaint()
            styled += 1
        if not styled:
            self._tell(Qgis.MessageLevel.Info, self.tr("No MSS layer in the project: load one from the data list first."))
        return styled

    def show_sources(self):
        snapshot = self.snapshot()
        if snapshot is None:
            return
        from ..gui.sources_dialog import SourcesDialog

        if self.sources_dialog is None:
            self.sources_dialog = SourcesDialog(snapshot, self.iface.mainWindow())
        self.sources_dialog.show()
        self.sources_dialog.raise_()
