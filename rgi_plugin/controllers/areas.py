"""Everything about the Handlungsräume in QGIS: panel, map layer, pick tool, actions, locator.

The plugin creates one ``AreaController`` in ``initGui`` and calls ``unload`` in its own
``unload``; this class removes exactly what it added.
"""

from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QInputDialog, QMenu

from ..core.areas.catalogue import AreaCatalogueError, read_area_catalogue, user_catalogue_dir
from ..core.areas.details import area_figures, bundled_mss_records
from ..core.areas.documents import assign_local_file, resolve
from ..core.areas.layer import match_codes, prepare_area_layer
from ..core.common import settings
from ..core.data import bundled
from ..definitions import datasets, properties
from ..definitions import settings as settings_keys
from ..definitions.names import PICK_ACTION_OBJECT_NAME
from ..definitions.paths import ICONS_DIR
from ..gui.area_map import AreaHighlight, AreaPickTool, ConceptLayerActions, area_layers, code_field
from ..gui.locator import GemeinschaftsinitiativeLocatorFilter
from ..gui.messages import notify
from ..gui.opener import open_address
from .indicators import project_lmb, project_social_classes


class AreaController(QObject):
    def __init__(self, iface, menu_name, show_panel, show_official_map=None, parent=None):
        """``show_panel``: makes the dock visible; ``show_official_map``: loads the official GI map
        (WMS) for comparison, offered in the boundary menu when given."""
        super().__init__(parent)
        self.iface = iface
        self.menu_name = menu_name
        self.show_panel = show_panel
        self.show_official_map = show_official_map
        self._catalogue = None
        self.panel = None
        self.fact_sheets = None
        self._figure_layers = {}  # bundled layers read for the key figures, when not in the project
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
        self.locator = GemeinschaftsinitiativeLocatorFilter(self.catalogue_or_none, self.on_locator_result)
        iface.registerLocatorFilter(self.locator)

    def _tell(self, level, message, details=""):
        notify(self.iface.messageBar(), level, message, details)

    def unload(self):
        self._figure_layers.clear()  # Python-owned layers must not outlive the plugin (or QGIS)
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
            self._catalogue = read_area_catalogue(user_folder=user_catalogue_dir())
        return self._catalogue

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
        self.panel = AreasPanel(catalogue, self.figures_for)
        self.panel.areaSelected.connect(self.show_area)
        self.panel.zoomRequested.connect(self.show_area)
        self.panel.loadLayersRequested.connect(self.load_area_layers)
        self.panel.openDocumentRequested.connect(self.open_document)
        self.panel.assignLocalFileRequested.connect(self.assign_local_file)
        menu = QMenu(self.panel)
        menu.addAction(self.tr("Use an official boundary file…"), self.choose_official_boundaries)
        menu.addAction(self.tr("Use the bundled approximation"), self.use_approximation)
        if self.show_official_map is not None:
            menu.addAction(self.tr("Show the official map (WMS) for comparison"), self.show_official_map)
        self.panel.boundaryButton.setMenu(menu)
        from .fact_sheets import FactSheetActions

        self.fact_sheets = FactSheetActions(self.iface, lambda: self.catalogue, self.panel.current_code, self.panel)
        fact_menu = self.fact_sheets.menu(self.panel)
        fact_menu.addSeparator()
        fact_menu.addAction(self.tr("Export key figures of all areas (XLSX/CSV)…"), self.export_key_figures)
        self.panel.factSheetButton.setMenu(fact_menu)
        self._update_geometry_note()
        return self.panel

    def figures_for(self, area):
        """What the detail pane shows: composition figures plus the key figures of issue 5."""
        from ..core.areas.export import summary_html
        from ..core.areas.summary import summarise_area

        figures = area_figures(area, bundled_mss_records())
        try:
            summary = summarise_area([plr_id for plr_id, _ in figures["plr"]], self._layer(datasets.MSS_2021),
                                     self._layer(datasets.SCHULEN_2023), lmb=project_lmb(), social=project_social_classes(), name="")
            figures["summary"] = summary
            figures["summary_html"] = summary_html(summary)
        except bundled.BundledDataError as error:
            self._tell(Qgis.MessageLevel.Warning, self.tr("Key figures are not available."), str(error))
        return figures

    def _layer(self, dataset_id):
        """The project's layer of a bundled dataset, or one kept here for the figures."""
        layer = bundled.project_layer(dataset_id)
        if layer is None:
            if dataset_id not in self._figure_layers:
                self._figure_layers[dataset_id] = bundled.create_layer(bundled.read_snapshot().dataset(dataset_id))
            layer = self._figure_layers[dataset_id]
        return layer

    def export_key_figures(self, path=None):
        """The key figures of all areas as CSV or XLSX (by the file's extension)."""
        from ..core.areas.export import export_csv, export_xlsx

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), self.tr("Export key figures"),
                                                  str(Path.home() / "Kennzahlen_Handlungsraeume.xlsx"), "Excel (*.xlsx);;CSV (*.csv)")
            if not path:
                return None
        summaries = []
        for area in self.catalogue.areas:
            figures = self.figures_for(area)
            summary = figures.get("summary")
            if summary is None:
                return None
            summary.name = area.label
            summaries.append(summary)
        (export_xlsx if str(path).lower().endswith(".xlsx") else export_csv)(summaries, path)
        self._tell(Qgis.MessageLevel.Success,
               self.tr("Key figures of {n} areas written to {path}.").format(n=len(summaries), path=path))
        return path

    # -- the area layer -----------------------------------------------------------------

    def area_layer(self):
        layers = area_layers()
        return layers[0] if layers else None

    def ensure_area_layer(self):
        """The Handlungsräume layer of the project, added if missing; None if it cannot be."""
        layer = self.area_layer()
        if layer is not None:
            return layer
        official = settings.value(settings_keys.OFFICIAL_BOUNDARY_FILE, "")
        if official:
            layer = self._official_layer(official, settings.value(settings_keys.OFFICIAL_CODE_FIELD, "code"))
            if layer is None:
                return None
            bundled.add_to_project([layer])
        else:
            try:
                layer = bundled.load_datasets([datasets.HANDLUNGSRAEUME])[0]
            except bundled.BundledDataError as error:
                self._tell(Qgis.MessageLevel.Critical, self.tr("The Handlungsräume layer cannot be loaded."), str(error))
                return None
            prepare_area_layer(layer, self.catalogue)
        self.layer_actions.refresh()
        return layer

    def _official_layer(self, path, code_field):
        layer = QgsVectorLayer(str(path), self.tr("Handlungsräume (official boundaries: {name})").format(name=Path(path).name), "ogr")
        problem = ""
        if not layer.isValid():
            problem = self.tr("QGIS cannot read the file {path}.").format(path=path)
        elif layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            problem = self.tr("The file {path} holds no polygons.").format(path=path)
        elif layer.fields().indexFromName(code_field) < 0:
            problem = self.tr("The file {path} has no field {field}.").format(path=path, field=code_field)
        if problem:
            self._tell(Qgis.MessageLevel.Critical, problem, self.tr("Settings: {key} = {path}, {field_key} = {field}").format(
                key=settings_keys.OFFICIAL_BOUNDARY_FILE, path=path, field_key=settings_keys.OFFICIAL_CODE_FIELD, field=code_field))
            return None
        prepare_area_layer(layer, self.catalogue, code_field=code_field)
        return layer

    def _replace_area_layer(self):
        self.highlight.clear()
        project = QgsProject.instance()
        for layer in area_layers(project):
            project.removeMapLayer(layer.id())
        layer = self.ensure_area_layer()
        self._update_geometry_note()
        return layer

    def _update_geometry_note(self):
        if self.panel is None:
            return
        official = settings.value(settings_keys.OFFICIAL_BOUNDARY_FILE, "")
        if official:
            text = self.tr("Boundaries: official file {path}").format(path=official)
        else:
            text = self.tr("Boundaries: approximation from LOR 2021 and MSS 2021 (only 06 Wedding follows an official description).")
        self.panel.set_geometry_note(text)

    def choose_official_boundaries(self):
        path, _ = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), self.tr("Official boundaries of the Handlungsräume"), "",
            self.tr("Vector files (*.gpkg *.shp *.geojson *.json)"))
        if not path:
            return
        probe = QgsVectorLayer(path, "probe", "ogr")
        if not probe.isValid() or probe.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            self._tell(Qgis.MessageLevel.Critical,
                   self.tr("The file {path} is not a polygon layer QGIS can read.").format(path=path))
            return
        names = probe.fields().names()
        default = next((i for i, name in enumerate(names) if name.lower() in ("code", "hr_code", "nummer", "nr")), 0)
        field, ok = QInputDialog.getItem(self.iface.mainWindow(), self.tr("Code field"),
                                         self.tr("Which field holds the code of the Handlungsraum (01 … 13d)?"), names, default, False)
        if not ok:
            return
        self.set_official_boundaries(path, field)

    def set_official_boundaries(self, path, field):
        """Use an official file for the area geometry; report codes it lacks or does not know."""
        probe = QgsVectorLayer(str(path), "probe", "ogr")
        if not probe.isValid() or probe.fields().indexFromName(field) < 0:
            self._tell(Qgis.MessageLevel.Critical, self.tr("The file {path} has no field {field}.").format(path=path, field=field))
            return False
        matched, unknown, missing = match_codes([f[field] for f in probe.getFeatures()], self.catalogue)
        if not matched:
            self._tell(Qgis.MessageLevel.Critical,
                   self.tr("No code in the field {field} matches a Handlungsraum; the file is not used.").format(field=field),
                   self.tr("Values found: {values}").format(values=", ".join(unknown)))
            return False
        settings.set_value(settings_keys.OFFICIAL_BOUNDARY_FILE, str(path))
        settings.set_value(settings_keys.OFFICIAL_CODE_FIELD, field)
        self._replace_area_layer()
        if unknown or missing:
            self._tell(Qgis.MessageLevel.Warning,
                   self.tr("Official boundaries used for {n} areas.").format(n=len(matched)),
                   self.tr("Codes not in the catalogue: {unknown}. Areas without a boundary in the file: {missing}.").format(
                       unknown=", ".join(unknown) or "–", missing=", ".join(missing) or "–"))
        return True

    def use_approximation(self):
        settings.set_value(settings_keys.OFFICIAL_BOUNDARY_FILE, "")
        self._replace_area_layer()

    # -- selection between panel and map -------------------------------------------------

    def show_area(self, code):
        """Highlight and zoom the area on the map (adding the area layer if needed); '' clears."""
        layer = self.ensure_area_layer() if code else self.area_layer()
        if layer is not None:
            self.highlight.show(layer, code)
        else:
            self.highlight.clear()

    def activate_pick_tool(self):
        self.iface.mapCanvas().setMapTool(self.pick_tool)

    def on_area_picked(self, code):
        layer = self.area_layer()
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
                bundled.load_datasets(wanted)
            except bundled.BundledDataError as error:
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
