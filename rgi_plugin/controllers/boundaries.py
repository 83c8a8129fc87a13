"""The boundaries of the Handlungsräume in QGIS: the bundled approximation, an official file, or
the boundaries derived from the Geoportal's map service, and the area layer that shows them."""

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog

from ..core import data
from ..core.areas.derived import (
    SHARES_LAYER,
    SPLIT,
    DerivationError,
    current_areas,
    derived_folder,
    planungsraeume_from_layer,
)
from ..core.areas.derived_file import derived_in_force, write_geopackage
from ..core.areas.derived_map import DeriveBoundariesTask
from ..core.areas.layer import match_codes, prepare_area_layer
from ..core.common import log, settings
from ..core.services.failures import ServiceFailure, failure_message
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
        self.derive_task = None
        self._derived = None  # the derived boundaries in force, read once per change (False: none)

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
        derived = self.derived()
        if official:
            layer = self._official_layer(official, settings.value(settings_keys.OFFICIAL_CODE_FIELD, "code"))
            if layer is None:
                return None
            data.add_to_project([layer])
        elif derived is not None:
            layer = self._derived_layer(derived)
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

    def derived(self):
        """The boundaries derived from the Geoportal's map that are in force, or None."""
        if self._derived is None:
            self._derived = derived_in_force() or False
        return self._derived or None

    def _derived_layer(self, derived):
        layer = derived.area_layer(self.tr("Handlungsräume ({label})").format(label=derived.label))
        prepare_area_layer(layer, self.catalogue_provider())
        metadata = layer.metadata()
        metadata.setTitle(layer.name())
        metadata.setAbstract(self.tr("Handlungsräume {label}: the Planungsräume (LOR 2021) the official map covers by more than "
                                     "half, assigned to the areas by overlap with the approximation and Bezirk. Not an official "
                                     "dataset. Shares per Planungsraum: layer {shares} in {path}.").format(
            label=derived.label, shares=SHARES_LAYER, path=derived.path))
        layer.setMetadata(metadata)
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
        derived = self.derived()
        if official:
            return self.tr("Boundaries: official file {path}").format(path=official)
        if derived is not None:
            return self.tr("Boundaries: {label}, at Planungsraum level.").format(label=derived.label) + " " + self.differences_text(derived)
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
        settings.set_value(settings_keys.DERIVED_BOUNDARIES_FILE, "")
        self._derived = None
        self._replace_area_layer()
        if unknown or missing:
            self._tell(Qgis.MessageLevel.Warning,
                   self.tr("Official boundaries used for {n} areas.").format(n=len(matched)),
                   self.tr("Codes not in the catalogue: {unknown}. Areas without a boundary in the file: {missing}.").format(
                       unknown=", ".join(unknown) or "–", missing=", ".join(missing) or "–"))
        return True

    def use_approximation(self):
        settings.set_value(settings_keys.OFFICIAL_BOUNDARY_FILE, "")
        settings.set_value(settings_keys.DERIVED_BOUNDARIES_FILE, "")
        self._derived = None
        self._replace_area_layer()

    # -- boundaries derived from the Geoportal's map --------------------------------------

    def differences_text(self, derived):
        """How the derived boundaries differ from the bundled approximation, for the panel."""
        approximation = {f["code"]: set((f["plr_ids"] or "").split(","))
                         for f in data.create_layer(data.read_snapshot().dataset(datasets.HANDLUNGSRAEUME)).getFeatures()}
        parts, same = [], 0
        for area in self.catalogue_provider().areas:
            new, old = set(derived.plr_ids.get(area.code, ())), approximation.get(area.code, set())
            if not new:
                parts.append(self.tr("{code} not on the map").format(code=area.code))
            elif new == old:
                same += 1
            else:
                change = " ".join(["+" + i for i in sorted(new - old)] + ["−" + i for i in sorted(old - new)])
                parts.append("{} {}".format(area.code, change))
        text = self.tr("Same as the approximation: {n} areas.").format(n=same)
        if parts:
            text += " " + self.tr("Differences: {list}.").format(list="; ".join(parts))
        return text

    def derive_boundaries(self, timeout_seconds=None):
        """Render the GI map of the Geoportal in tiles (a task) and derive the areas from it."""
        from ..core.services.catalogue import read_service_catalogue
        from ..core.services.loader import timeout_ms

        if self.derive_task is not None:
            return None
        services = read_service_catalogue()
        source = services.entry(datasets.GI_MAP_SERVICE).services[0]
        snapshot = data.read_snapshot()
        planungsraeume = planungsraeume_from_layer(data.create_layer(snapshot.dataset(datasets.LOR_PLR_2021)))
        approximation = data.create_layer(snapshot.dataset(datasets.HANDLUNGSRAEUME))
        self.derive_task = DeriveBoundariesTask(source.url, source.layer, planungsraeume,
                                                current_areas(approximation, self.catalogue_provider()),
                                                timeout_ms(services, timeout_seconds), on_finished=self._derived_done)
        QgsApplication.taskManager().addTask(self.derive_task)
        self._tell(Qgis.MessageLevel.Info, self.tr("Deriving the Handlungsräume from the map service {url} …").format(url=source.url))
        return self.derive_task

    def _derived_done(self, task, ok):
        self.derive_task = None
        if not ok:
            failure = task.failure
            text = (failure_message(failure, self.tr("Handlungsräume map")) if isinstance(failure, ServiceFailure)
                    else str(failure or self.tr("cancelled")))
            self._tell(Qgis.MessageLevel.Warning, self.tr("The boundaries could not be derived; nothing was changed."), text)
            return False
        result = task.result
        folder = derived_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            planungsraeume = {p.plr_id: p for p in task.planungsraeume}
            path = write_geopackage(result, planungsraeume, task.areas,
                                    folder / "handlungsraeume_abgeleitet_{}.gpkg".format(result.derived_on))
        except (OSError, DerivationError) as error:
            self._tell(Qgis.MessageLevel.Critical, self.tr("The derived boundaries could not be saved."), str(error))
            return False
        settings.set_value(settings_keys.DERIVED_BOUNDARIES_FILE, str(path))
        settings.set_value(settings_keys.OFFICIAL_BOUNDARY_FILE, "")
        self._derived = None
        self._replace_area_layer()
        findings = [f for f in result.findings if f.kind != SPLIT]
        details = "\n".join(f.message() for f in result.findings)
        log.info("Derived boundaries ({}), {} m per pixel, from {} ({}):\n{}".format(
            result.label, result.pixel_size, result.service_url, result.layer, details or "-"))
        found = sum(1 for ids in result.areas.values() if ids)
        if findings:
            self._tell(Qgis.MessageLevel.Warning,
                       self.tr("Boundaries {label}: {n} areas found; {m} findings need a look (partial coverage, ambiguity, "
                               "areas not on the map).").format(label=result.label, n=found, m=len(findings)), details)
        else:
            self._tell(Qgis.MessageLevel.Success, self.tr("Boundaries {label}: {n} areas found.").format(label=result.label, n=found),
                       details)
        return True

    def shutdown(self):
        if self.derive_task is not None:
            self.derive_task.on_finished = None
            self.derive_task.cancel()
            self.derive_task = None

