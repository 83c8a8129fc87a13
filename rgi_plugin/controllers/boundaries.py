"""The boundaries of the Handlungsräume in QGIS: the bundled approximation or an official file, and
the area layer that shows them in the project."""

from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog

from ..core import data
from ..core.areas.layer import match_codes, prepare_area_layer
from ..core.common import settings
from ..definitions import datasets
from ..definitions import settings as settings_keys
from ..gui.area_map import area_layers
from ..gui.messages import notify


class AreaBoundaries(QObject):
    #: An area layer was added to the project (the layer).
    layerAdded = pyqtSignal(object)
    #: The boundaries were switched (the area layer was replaced); the note says which are used.
    replaced = pyqtSignal(str)

    def __init__(self, iface, catalogue_provider, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.catalogue_provider = catalogue_provider  # callable: the AreaCatalogue

    def _tell(self, level, message, details=""):
        notify(self.iface.messageBar(), level, message, details)

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
            data.add_to_project([layer])
        else:
            try:
                layer = data.load_datasets([datasets.HANDLUNGSRAEUME])[0]
            except data.BundledDataError as error:
                self._tell(Qgis.MessageLevel.Critical, self.tr("The Handlungsräume layer cannot be loaded."), str(error))
                return None
            prepare_area_layer(layer, self.catalogue_provider())
        self.layerAdded.emit(layer)
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
        prepare_area_layer(layer, self.catalogue_provider(), code_field=code_field)
        return layer

    def _replace_area_layer(self):
        project = QgsProject.instance()
        for layer in area_layers(project):
            project.removeMapLayer(layer.id())
        layer = self.ensure_area_layer()
        self.replaced.emit(self.note())
        return layer

    def note(self):
        """Which boundaries are used, for the panel."""
        official = settings.value(settings_keys.OFFICIAL_BOUNDARY_FILE, "")
        if official:
            return self.tr("Boundaries: official file {path}").format(path=official)
        return self.tr("Boundaries: approximation from LOR 2021 and MSS 2021 (only 06 Wedding follows an official description).")

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
        matched, unknown, missing = match_codes([f[field] for f in probe.getFeatures()], self.catalogue_provider())
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

