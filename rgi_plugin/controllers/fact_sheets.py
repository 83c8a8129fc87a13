"""The panel's "Steckbrief (PDF)" menu: one area, all areas, layout designer, template."""

from pathlib import Path

from qgis.core import Qgis, QgsFeedback, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, QUrl
from qgis.PyQt.QtWidgets import QFileDialog, QMenu, QProgressDialog

from ..core.factsheet import export as fact_sheet_export
from ..core.factsheet.layout import LAYOUT_NAME, FactSheetError
from ..core.factsheet.template import save_template
from ..definitions.paths import profile_folder
from ..gui.messages import Offer, notify
from ..gui.opener import open_address
from .indicators import project_lmb


class FactSheetActions(QObject):
    def __init__(self, iface, catalogue_provider, current_code, parent=None, lmb=project_lmb):
        super().__init__(parent)
        self.iface = iface
        self.catalogue_provider = catalogue_provider
        self.lmb = lmb  # callable: the project's LmbImport or None
        self.current_code = current_code  # callable: the code selected in the panel

    def _tell(self, level, message, details="", offer=None):
        notify(self.iface.messageBar(), level, message, details, offer=offer)

    def menu(self, parent):
        menu = QMenu(parent)
        menu.addAction(self.tr("Fact sheet of the selected area…"), self.export_selected)
        menu.addAction(self.tr("Fact sheets of all areas, one file…"), lambda: self.export_all(True))
        menu.addAction(self.tr("Fact sheets of all areas, one file each…"), lambda: self.export_all(False))
        menu.addSeparator()
        menu.addAction(self.tr("Open the layout in the layout designer"), self.open_designer)
        menu.addAction(self.tr("Save the adjusted layout as template"), self.save_as_template)
        menu.addAction(self.tr("Use the built-in layout again"), self.reset_template)
        return menu

    # -- export -------------------------------------------------------------------------

    def export_selected(self):
        code = self.current_code()
        if not code:
            self._tell(Qgis.MessageLevel.Warning, self.tr("Select a Handlungsraum first."))
            return None
        path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), self.tr("Save fact sheet"),
                                              str(Path.home() / "Steckbrief_{}.pdf".format(code)), "PDF (*.pdf)")
        return self.export([code], path, True) if path else None

    def export_all(self, one_file):
        codes = [area.code for area in self.catalogue_provider().areas]
        if one_file:
            path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), self.tr("Save fact sheets"),
                                                  str(Path.home() / "Steckbriefe_Handlungsraeume.pdf"), "PDF (*.pdf)")
        else:
            path = QFileDialog.getExistingDirectory(self.iface.mainWindow(), self.tr("Folder for the fact sheets"), str(Path.home()))
        return self.export(codes, path, one_file) if path else None

    def export(self, codes, path, one_file):
        """Write the sheets with a progress dialog; offer to open the result. Returns the files."""
        feedback = QgsFeedback()
        progress = QProgressDialog(self.tr("Creating fact sheets…"), self.tr("Cancel"), 0, 100, self.iface.mainWindow())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(feedback.cancel)
        feedback.progressChanged.connect(lambda value: (progress.setValue(int(value)), QCoreApplication.processEvents()))
        try:
            files = fact_sheet_export.generate(codes, path, one_file, lmb=self.lmb(), catalogue=self.catalogue_provider(),
                                               feedback=feedback)
        except (FactSheetError, OSError) as error:
            self._tell(Qgis.MessageLevel.Critical, self.tr("The fact sheets could not be created."), str(error))
            return []
        finally:
            progress.canceled.disconnect(feedback.cancel)  # closing the dialog emits canceled
            progress.close()
        if feedback.isCanceled():
            self._tell(Qgis.MessageLevel.Warning, self.tr("Creating the fact sheets was cancelled."))
            return []
        self._offer_to_open(files)
        return files

    def _offer_to_open(self, files):
        target = files[0] if len(files) == 1 else files[0].parent
        text = self.tr("{n} fact sheet file(s) written: {path}").format(n=len(files), path=target)
        offer = Offer(self.tr("Open"), lambda: open_address(QUrl.fromLocalFile(str(target)).toString()), "openFactSheetButton")
        self._tell(Qgis.MessageLevel.Success, text, offer=offer)

    # -- layout designer and template ---------------------------------------------------

    def open_designer(self):
        """The layout for the selected area (or all) in the user's project, in the designer."""
        code = self.current_code()
        codes = [code] if code else [area.code for area in self.catalogue_provider().areas]
        project = QgsProject.instance()
        existing = project.layoutManager().layoutByName(LAYOUT_NAME)
        if existing is not None:
            project.layoutManager().removeLayout(existing)
        chart_dir = profile_folder("steckbrief_diagramme")
        try:
            _, layout = fact_sheet_export.prepare(codes, self.lmb(), self.catalogue_provider(), chart_dir, project)
        except FactSheetError as error:
            self._tell(Qgis.MessageLevel.Critical, self.tr("The fact sheets could not be created."), str(error))
            return None
        project.layoutManager().addLayout(layout)
        self.iface.openLayoutDesigner(layout)
        return layout

    def save_as_template(self):
        layout = QgsProject.instance().layoutManager().layoutByName(LAYOUT_NAME)
        if layout is None:
            self._tell(Qgis.MessageLevel.Warning, self.tr("Open the layout in the layout designer first."))
            return False
        try:
            save_template(layout, fact_sheet_export.template_path())
        except FactSheetError as error:
            self._tell(Qgis.MessageLevel.Critical, str(error))
            return False
        self._tell(Qgis.MessageLevel.Success,
               self.tr("Template saved; fact sheets now use it: {path}").format(path=fact_sheet_export.template_path()))
        return True

    def reset_template(self):
        path = fact_sheet_export.template_path()
        if path.exists():
            path.unlink()
        self._tell(Qgis.MessageLevel.Info, self.tr("Fact sheets use the built-in layout again."))
