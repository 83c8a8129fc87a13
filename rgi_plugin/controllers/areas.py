"""Everything about the Handlungsräume in QGIS: panel, map layer, pick tool, actions, locator.

The plugin creates one ``AreaController`` in ``initGui`` and calls ``unload`` in its own
``unload``; this class removes exactly what it added.
"""


from qgis.core import Qgis, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMenu

from ..core import data
from ..core.areas.documents import assign_local_file, resolve
from ..core.areas.layer import prepare_area_layer
from ..core.areas.reading import AreaCatalogueError, read_area_catalogue, user_catalogue_dir
from ..definitions import datasets, properties
from ..definitions.names import PICK_ACTION_OBJECT_NAME
from ..definitions.paths import ICONS_DIR
from ..gui.area_map import AreaHighlight, AreaPickTool, ConceptLayerActions, area_layers, code_field
from ..gui.locator import GemeinschaftsinitiativeLocatorFilter
from ..gui.messages import notify
from ..gui.opener import open_address
from .boundaries import AreaBoundaries
from .development import DevelopmentController
from .indicators import project_lmb
from .key_figures import KeyFigures


class AreaController(QObject):
    def __init__(self, iface, menu_name, show_panel, show_official_map=None, parent=None, read_catalogue=None, lmb=None):
        """``show_panel``: makes the dock visible; ``show_official_map``: loads the official GI map
        (WMS) for comparison, offered in the boundary menu when given; ``read_catalogue``: reads
        the catalogue in use (default: the bundled files, the user's copies first); ``lmb``: the
        project's Lmb quotas (default: ``indicators.project_lmb``)."""
        super().__init__(parent)
        self.iface = iface
        self.menu_name = menu_name
        self.show_panel = show_panel
        self.show_official_map = show_official_map
        self.read_catalogue = read_catalogue or (lambda: read_area_catalogue(user_folder=user_catalogue_dir()))
        self.lmb = lmb or project_lmb
        self._catalogue = None
        self.panel = None
        self._warm_up = []
        self.fact_sheets = None
        self.key_figures = KeyFigures(iface, lambda: self.catalogue, self, lmb=self.lmb)
        self.boundaries = AreaBoundaries(iface, lambda: self.catalogue, self)
        self.development = DevelopmentController(iface, lambda: self.catalogue, self)
        canvas = iface.mapCanvas()

        self.pick_action = QAction(QIcon(str(ICONS_DIR / "pick_area.svg")), self.tr("Select Handlungsraum on the map"), iface.mainWindow())
        self.pick_action.setObjectName(PICK_ACTION_OBJECT_NAME)
        self.pick_action.setCheckable(True)
        self.pick_tool = AreaPickTool(canvas)
        self.pick_tool.setAction(self.pick_action)
        self.pick_tool.areaPicked.connect(self.on_area_picked)
        self.highlight = AreaHighlight(canvas)
        self.pick_action.triggered.connect(self.activate_pick_tool)
        iface.addPluginToWebMenu(menu_name, self.pick_action)
        iface.addWebToolBarIcon(self.pick_action)

        self.layer_actions = ConceptLayerActions(self.tr("Open concept"), self.open_concept_for_code, self)
        self.boundaries.layerAdded.connect(self.layer_actions.refresh)
        self.boundaries.replaced.connect(self._boundaries_replaced)
        self.locator = GemeinschaftsinitiativeLocatorFilter(self.catalogue_or_none, self.on_locator_result)
        iface.registerLocatorFilter(self.locator)
        # an MSS edition loaded from a service joins the development (and leaves it) with its layer
        self._development_refresh = QTimer(self)
        self._development_refresh.setSingleShot(True)
        self._development_refresh.timeout.connect(self._refresh_development)
        QgsProject.instance().layersAdded.connect(self._layers_changed)
        QgsProject.instance().layersRemoved.connect(self._layers_changed)

    def _tell(self, level, message, details=""):
        notify(self.iface.messageBar(), level, message, details)

    def unload(self):
        QgsProject.instance().layersAdded.disconnect(self._layers_changed)
        QgsProject.instance().layersRemoved.disconnect(self._layers_changed)
        self._development_refresh.stop()
        self.boundaries.shutdown()
        self._warm_up = []
        self.key_figures.unload()
        self.development.unload()
        self.highlight.clear()
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)
            if hasattr(self.iface, "actionPan"):
                self.iface.actionPan().trigger()  # leave the user with QGIS's own Pan tool
        self.iface.removePluginWebMenu(self.menu_name, self.pick_action)
        self.iface.removeWebToolBarIcon(self.pick_action)
        self.pick_action.deleteLater()
        self.pick_tool.deleteLater()
        self.layer_actions.remove_all()
        self.iface.deregisterLocatorFilter(self.locator)
        self.locator = None
        self.panel = None

    # -- catalogue ----------------------------------------------------------------------

    @property
    def catalogue(self):
        if self._catalogue is None:
            self._catalogue = self.read_catalogue()
        return self._catalogue

    def show_catalogue(self, catalogue):
        """Another catalogue is in use (the workspace's read again or edited, or the bundled fallback)."""
        self._catalogue = catalogue
        if self.panel is not None:
            self.panel.set_catalogue(catalogue)
        for layer in area_layers():  # the concept action follows the documents
            prepare_area_layer(layer, catalogue, code_field=code_field(layer))

    def catalogue_or_none(self):
        try:
            return self.catalogue
        except AreaCatalogueError:
            return None

    def create_panel(self):
        """The Handlungsräume part of the dock, or None (with a message) if the catalogue is broken."""
        from ..gui.areas_panel import AreasPanel

        try:
            catalogue = self.catalogue
        except AreaCatalogueError as error:
            self._tell(Qgis.MessageLevel.Critical, self.tr("The catalogue of the Handlungsräume cannot be read."), str(error))
            return None
        self.panel = AreasPanel(catalogue, self.key_figures.figures_for, self.development.development_for)
        self.panel.areaSelected.connect(self.show_area)
        self.panel.zoomRequested.connect(self.show_area)
        self.panel.loadLayersRequested.connect(self.load_area_layers)
        self.panel.openDocumentRequested.connect(self.open_document)
        self.panel.assignLocalFileRequested.connect(self.assign_local_file)
        self.panel.compareRequested.connect(self.development.show_side_by_side)
        self.panel.changeMapRequested.connect(self.development.open_change_map)
        menu = QMenu(self.panel)
        menu.addAction(self.tr("Derive boundaries from the Geoportal"), self.boundaries.derive_boundaries)
        menu.addAction(self.tr("Use an official boundary file…"), self.boundaries.choose_official_boundaries)
        menu.addAction(self.tr("Use the bundled approximation"), self.boundaries.use_approximation)
        if self.show_official_map is not None:
            menu.addAction(self.tr("Show the official map (WMS) for comparison"), self.show_official_map)
        self.panel.boundaryButton.setMenu(menu)
        from .fact_sheets import FactSheetActions

        self.fact_sheets = FactSheetActions(self.iface, lambda: self.catalogue, self.panel.current_code, self.panel, lmb=self.lmb)
        fact_menu = self.fact_sheets.menu(self.panel)
        fact_menu.addSeparator()
        fact_menu.addAction(self.tr("Export key figures of all areas (XLSX/CSV)…"), self.key_figures.export)
        fact_menu.addAction(self.tr("All areas side by side (table, XLSX/CSV)…"), self.development.show_side_by_side)
        self.panel.factSheetButton.setMenu(fact_menu)
        self.panel.set_geometry_note(self.boundaries.note())
        self._warm_up = self.development.read_steps() + [self.development.developments] + [
            lambda area=area: self.key_figures.figures_for(area) for area in catalogue.areas]
        QTimer.singleShot(500, self._warm_up_step)
        return self.panel

    def _warm_up_step(self):
        """Compute the figures of the areas one by one while the user looks at the panel, so that
        switching areas only redraws (issue 13: under 100 ms); one step per turn of the event loop."""
        if self.panel is None or not self._warm_up:
            self._warm_up = []
            return
        self._warm_up.pop(0)()
        QTimer.singleShot(0, self._warm_up_step)

    def _boundaries_replaced(self, note):
        self.highlight.clear()
        if self.panel is not None:
            self.panel.set_geometry_note(note)
            self.panel.refresh_details()  # the key figures and the development of the new boundaries

    def _layers_changed(self, *_):
        if self.panel is not None:
            self._development_refresh.start(0)  # once per turn of the event loop, however many layers came

    def _refresh_development(self):
        if self.panel is not None and not sip.isdeleted(self.panel):
            self.panel.refresh_development()

    # -- selection between panel and map -------------------------------------------------

    def show_area(self, code):
        """Highlight and zoom the area on the map (adding the area layer if needed); '' clears."""
        layer = self.boundaries.ensure_area_layer() if code else self.boundaries.area_layer()
        if layer is not None:
            self.highlight.show(layer, code)
        else:
            self.highlight.clear()

    def activate_pick_tool(self):
        self.iface.mapCanvas().setMapTool(self.pick_tool)

    def on_area_picked(self, code):
        layer = self.boundaries.area_layer()
        if layer is not None:
            self.highlight.show(layer, code, zoom=False)
        self.show_panel()
        if self.panel is not None:
            self.panel.select_area(code, emit=False)

    def on_locator_result(self, kind, value):
        self.show_panel()
        if self.panel is None:
            return
        if kind == "area":
            self.panel.set_search("")
            self.panel.select_area(value)
        else:
            self.panel.set_search(value)

    def load_area_layers(self, code):
        """The area layer, MSS 2021 and the schools (those not yet in the project), then zoom."""
        present = {layer.customProperty(properties.DATASET) for layer in QgsProject.instance().mapLayers().values()}
        wanted = [dataset for dataset in (datasets.SCHULEN_2023, datasets.MSS_2021) if dataset not in present]
        if wanted:
            try:
                data.load_datasets(wanted)
            except data.BundledDataError as error:
                self._tell(Qgis.MessageLevel.Critical, self.tr("Bundled data could not be loaded."), str(error))
        self.show_area(code)

    # -- documents ----------------------------------------------------------------------

    def open_document(self, document):
        address = resolve(document)
        if address.problem:
            level = Qgis.MessageLevel.Warning if address.url else Qgis.MessageLevel.Critical
            self._tell(level, "{}: {}".format(document.title, address.problem))
        if address.url:
            refused = open_address(address.url)
            if refused:
                self._tell(Qgis.MessageLevel.Critical, "{}: {}".format(document.title, refused))
                return False
            return True
        return False

    def open_concept_for_code(self, code):
        documents = self.catalogue.documents_for(code)
        if not documents:
            self._tell(Qgis.MessageLevel.Warning,
                   self.tr("No concept document is recorded for the Handlungsraum {code}.").format(code=code))
            return False
        return self.open_document(documents[0])

    def assign_local_file(self, document):
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), document.title, "",
                                              self.tr("Documents (*.pdf *.docx *.odt);;All files (*)"))
        if path:
            self.set_local_file(document, path)

    def set_local_file(self, document, path):
        assign_local_file(document.area, path)
        for layer in area_layers():
            prepare_area_layer(layer, self.catalogue, code_field=code_field(layer))
        self._tell(Qgis.MessageLevel.Info,
               self.tr("{title} now opens the local file {path}.").format(title=document.title, path=path))
