"""The key figures of the Handlungsräume in QGIS: for the panel's detail pane, and exported for all areas.

Computed on the project's bundled layers (MSS 2021, schools) where they are loaded, else on
layers read for the purpose; with the project's Lmb table and social-atlas classes.
"""

from pathlib import Path

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QFileDialog

from ..core import data
from ..core.areas.derived_file import derived_in_force
from ..core.areas.details import area_figures, bundled_mss_records
from ..definitions import datasets, properties
from ..gui.messages import notify
from .indicators import project_lmb, project_social_classes


class KeyFigures(QObject):
    def __init__(self, iface, catalogue_provider, parent=None, lmb=project_lmb):
        super().__init__(parent)
        self.iface = iface
        self.catalogue_provider = catalogue_provider  # callable: the AreaCatalogue
        self.lmb = lmb  # callable: the project's LmbImport or None
        self._figure_layers = {}  # bundled layers read for the key figures, when not in the project
        self._cache, self._cache_state = {}, None

    def unload(self):
        self._cache.clear()
        self._figure_layers.clear()  # Python-owned layers must not outlive the plugin (or QGIS)

    def _tell(self, level, message, details=""):
        notify(self.iface.messageBar(), level, message, details)

    def _state(self):
        """What the figures depend on besides the area: the project's layers and its Lmb table entry."""
        project = QgsProject.instance()
        lmb_entry, _ok = project.readEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, "")
        return tuple(sorted(project.mapLayers())), lmb_entry, project.fileName()

    def figures_for(self, area):
        """What the detail pane shows, kept per area while the project's layers and Lmb table stay the
        same (switching areas in the panel then only redraws: issue 13 asks for under 100 ms)."""
        state = self._state()
        if state != self._cache_state:
            self._cache, self._cache_state = {}, state
        if area.code not in self._cache:
            self._cache[area.code] = self._compute(area)
        return self._cache[area.code]

    def _compute(self, area):
        """Composition figures plus the key figures of issue 5."""
        from ..core.areas.export import summary_html
        from ..core.areas.summary import summarise_area

        derived = derived_in_force()
        figures = area_figures(area, bundled_mss_records(), plr_ids=derived.plr_ids.get(area.code) if derived is not None else None)
        try:
            summary = summarise_area([plr_id for plr_id, _ in figures["plr"]], self._layer(datasets.MSS_2021),
                                     self._layer(datasets.SCHULEN_2023), lmb=self.lmb(), social=project_social_classes(), name="")
            figures["summary"] = summary
            figures["summary_html"] = summary_html(summary)
        except data.BundledDataError as error:
            self._tell(Qgis.MessageLevel.Warning, self.tr("Key figures are not available."), str(error))
        return figures

    def _layer(self, dataset_id):
        """The project's layer of a bundled dataset, or one kept here for the figures."""
        layer = data.project_layer(dataset_id)
        if layer is None:
            if dataset_id not in self._figure_layers:
                self._figure_layers[dataset_id] = data.create_layer(data.read_snapshot().dataset(dataset_id))
            layer = self._figure_layers[dataset_id]
        return layer

    def export(self, path=None):
        """The key figures of all areas as CSV or XLSX (by the file's extension)."""
        from ..core.areas.export import export_csv, export_xlsx

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), self.tr("Export key figures"),
                                                  str(Path.home() / "Kennzahlen_Handlungsraeume.xlsx"), "Excel (*.xlsx);;CSV (*.csv)")
            if not path:
                return None
        summaries = []
        for area in self.catalogue_provider().areas:
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

