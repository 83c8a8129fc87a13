"""How the Handlungsräume developed over the MSS editions, in QGIS: the panel's "Development" tab,
all areas side by side (table and export) and the MSS change map.

The figures of all areas in all editions are computed once (``core/editions``) and kept until the
editions or the boundaries change: an edition loaded from a service joins, one removed leaves; a
switch between the approximation, an official boundary file and the boundaries derived from the
Geoportal's map starts afresh. Switching areas in
the panel then only draws the chart.
"""

from html import escape
from pathlib import Path

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.areas.derived_file import derived_in_force
from ..core.common import settings
from ..core.editions.catalogue import EditionError, all_editions
from ..core.editions.chart import development_chart_svg
from ..core.editions.development import ESTIMATE_ABOVE, DevelopmentCalculator, areas_from_layer, bundled_areas
from ..core.editions.side_by_side import edition_span
from ..core.editions.store import EditionStore
from ..core.editions.trend import DEFAULT_TREND_RULE
from ..definitions import settings as settings_keys
from ..definitions.processing import MSS_CHANGE, PROVIDER_ID
from ..gui.area_map import area_layers, code_field
from ..gui.messages import notify


class DevelopmentController(QObject):
    def __init__(self, iface, catalogue_provider, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.catalogue_provider = catalogue_provider  # callable: the AreaCatalogue
        self.rule = DEFAULT_TREND_RULE
        self._developments = None  # {code: AreaDevelopment}
        self._key = None
        self._store = None
        self.dialog = None

    def unload(self):
        self.forget()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def forget(self):
        """Drop the computed figures (boundaries switched, an edition came or went)."""
        self._developments = None
        self._key = None
        self._store = None

    def _tell(self, level, message, details=""):
        notify(self.iface.messageBar(), level, message, details)

    # -- the figures ----------------------------------------------------------------------

    @staticmethod
    def _boundaries():
        """Which boundaries the figures use: the official file the user chose (its path), the
        boundaries derived from the Geoportal's map ("derived:" and its file), else the bundled
        approximation (whether or not its layer is in the project)."""
        official = settings.value(settings_keys.OFFICIAL_BOUNDARY_FILE, "") or ""
        derived = settings.value(settings_keys.DERIVED_BOUNDARIES_FILE, "") or ""
        return official or ("derived:" + derived if derived else "bundled")

    def _areas(self):
        boundaries = self._boundaries()
        if boundaries.startswith("derived:"):
            derived = derived_in_force()
            if derived is not None:  # as the key figures and the sheets: an area the map did not show keeps the approximation
                areas = areas_from_layer(derived.area_layer(), "code", "name", QgsProject.instance())
                known = {area.code for area in areas}
                return areas + [area for area in bundled_areas() if area.code not in known]
            return bundled_areas()
        layers = area_layers()
        if boundaries != "bundled" and layers:
            return areas_from_layer(layers[0], code_field(layers[0]), "name", QgsProject.instance())
        return bundled_areas()

    def store(self):
        """The editions' data read so far (kept until ``forget``: bundled files do not change, and a
        service edition is known by its layer)."""
        if self._store is None:
            self._store = EditionStore(QgsProject.instance())
        return self._store

    def read_steps(self):
        """One step per edition that reads its table and Planungsräume into the store: the panel's
        warm-up runs them one per turn of the event loop, so QGIS never waits for more than one file.
        A step that fails leaves it to ``developments`` to say why."""
        def read(edition):
            try:
                self.store().table(edition)
                self.store().planungsraeume(edition)
            except EditionError:
                pass

        return [lambda edition=edition: read(edition) for edition in all_editions(QgsProject.instance())]

    def developments(self):
        """{code: AreaDevelopment} of every area over every edition; None (with a message) on failure."""
        project = QgsProject.instance()
        editions = all_editions(project)
        boundaries = self._boundaries()
        official = boundaries != "bundled" and not boundaries.startswith("derived:")
        official_layer = [layer.id() for layer in area_layers()] if official else []
        key = (tuple((e.id, e.layer_id) for e in editions), boundaries, tuple(official_layer))
        if self._developments is None or key != self._key:
            try:
                areas = self._areas()
                calculator = DevelopmentCalculator(areas, self.store())
                usable, problems = calculator.usable(editions)
                if problems:
                    self._tell(Qgis.MessageLevel.Warning, self.tr("{n} MSS edition(s) cannot be used; the development is shown "
                                                                  "without them.").format(n=len(problems)), "\n".join(problems))
                self._developments = {d.code: d for d in calculator.development(usable)}
                self._key = key
            except EditionError as error:
                self._tell(Qgis.MessageLevel.Warning, self.tr("The development over the MSS editions is not available."), str(error))
                self._developments, self._key = None, None
        return self._developments

    def development_for(self, code):
        """``(chart_svg, html, details)`` for the panel, or None: the chart, the short rule and
        estimates below it, and the whole rule and the editions' sources (its tooltip)."""
        developments = self.developments()
        development = developments.get(code) if developments else None
        if development is None:
            return None
        trend = self.rule.assess(development)
        return development_chart_svg(development, trend), self.development_html(development), self.development_details(development)

    def development_html(self, development):
        """The text below the chart: the rule in one sentence, and which figures are estimates."""
        parts = ["<small>{}</small>".format(escape(self.rule.short()))]
        estimated = [f.edition for f in development.figures if f.partial_share is not None and f.partial_share > ESTIMATE_ABOVE]
        if estimated:
            parts.append("<small style='color:#8a0b20'>{}</small>".format(escape(self.tr(
                "* Estimate for {editions}: the area cuts through Planungsräume of these editions; their inhabitants are "
                "counted by area share.").format(editions=edition_span(estimated)))))
        return "<br>".join(parts)

    def development_details(self, development):
        """The whole rule and the editions used, with their sources."""
        return "{}\n\n{}".format(self.rule.describe(), self.tr("Editions: {editions}").format(
            editions="; ".join(f.edition.describe() for f in development.figures)))

    # -- all areas side by side -------------------------------------------------------------

    def side_by_side_rows(self):
        """The rows of the table of all areas (catalogue order), or None."""
        from ..core.editions.side_by_side import schools_in_areas, side_by_side
        from .indicators import bundled_layer, project_lmb

        developments = self.developments()
        if developments is None:
            return None
        catalogue = self.catalogue_provider()
        ordered = [developments[a.code] for a in catalogue.areas if a.code in developments]
        lmb = project_lmb()
        areas = self._areas()
        from ..definitions.datasets import SCHULEN_2023

        schools = schools_in_areas(areas, bundled_layer(SCHULEN_2023), lmb.values if lmb is not None else None)
        return side_by_side(ordered, catalogue, schools, self.rule, example_lmb=bool(lmb is not None and lmb.example))

    def show_side_by_side(self):
        rows = self.side_by_side_rows()
        if rows is None:
            return None
        from ..gui.side_by_side_dialog import SideBySideDialog

        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = SideBySideDialog(rows, self.rule, self.iface.mainWindow())
        self.dialog.exportRequested.connect(lambda: self.export_side_by_side(rows=rows))
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def export_side_by_side(self, path=None, rows=None):
        """All areas side by side as XLSX or CSV (by the file's extension); returns the path or None."""
        from ..core.editions.side_by_side import export_csv, export_xlsx

        rows = rows or self.side_by_side_rows()
        if rows is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), self.tr("Export all areas side by side"),
                                                  str(Path.home() / "Handlungsraeume_im_Vergleich.xlsx"), "Excel (*.xlsx);;CSV (*.csv)")
            if not path:
                return None
        try:
            (export_xlsx if str(path).lower().endswith(".xlsx") else export_csv)(rows, path)
        except OSError as error:
            self._tell(Qgis.MessageLevel.Critical, self.tr("The table could not be written."), str(error))
            return None
        self._tell(Qgis.MessageLevel.Success, self.tr("{n} areas side by side written to {path}.").format(n=len(rows), path=path))
        return path

    # -- the MSS change map -------------------------------------------------------------------

    def open_change_map(self):
        """The Processing dialog of rgi:mss_change (its result is styled as a diverging map)."""
        import processing

        return processing.execAlgorithmDialog("{}:{}".format(PROVIDER_ID, MSS_CHANGE), {})
