"""``rgi:fact_sheet``: fact sheets (Steckbriefe) of Handlungsräume as PDF, for batch and qgis_process."""

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core import data
from ..core.areas.reading import AreaCatalogueError, read_area_catalogue, user_catalogue_dir
from ..core.factsheet.export import generate
from ..core.factsheet.layout import FactSheetError
from ..definitions.datasets import SCHULEN_2023
from ..definitions.processing import FACT_SHEET
from .base import GiAlgorithm


class FactSheetAlgorithm(GiAlgorithm):
    AREAS = "AREAS"
    LMB_TABLE = "LMB_TABLE"
    LMB_WORKSPACE = "LMB_WORKSPACE"
    ONE_FILE = "ONE_FILE"
    OUTPUT = "OUTPUT"
    FILES = "FILES"

    def name(self):
        return FACT_SHEET

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Fact sheets of Handlungsräume (PDF)")

    def flags(self):
        # Print layouts are graphics scenes: they must be built and exported on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes an A4 fact sheet (Steckbrief, in German) for each chosen Handlungsraum from the bundled data: "
            "map of the area with the MSS 2021 status and the schools, overview map, key figures, charts of the MSS "
            "mix and the Lmb distribution, Ressortbeiträge, concept document, sources and licences.\n\n"
            "AREAS: codes separated by commas (e.g. 06,13d); empty means all 16 areas.\n"
            "LMB_TABLE: optional CSV/XLSX with school number and Lmb quota (stays local; columns are detected).\n"
            "LMB_WORKSPACE: true takes the Lmb quotas from the shared workspace configured in the plugin (those of your "
            "login's Bezirk, latest school year) instead of a table. With a workspace configured, the catalogue "
            "(Ressortbeiträge, concepts) is read from it too; the log says which catalogue was used.\n"
            "ONE_FILE: true writes one PDF with one page per area to OUTPUT; false writes Steckbrief_<code>.pdf "
            "files into a folder named like OUTPUT without its extension.\n"
            "Output FILES: the number of PDF files written.\n\n"
            "A layout template saved from the panel is used when it exists. Boundaries other than 06 Wedding are "
            "approximations, and the sheets say so.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterString(self.AREAS, self.tr("Area codes (comma-separated; empty: all)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFile(self.LMB_TABLE, self.tr("Lernmittelbefreiung table (CSV or XLSX)"),
                                                     optional=True, fileFilter="CSV/XLSX (*.csv *.xlsx)"))
        self.addParameter(QgsProcessingParameterBoolean(self.LMB_WORKSPACE, self.tr("Lmb quotas from the shared workspace"), False,
                                                        optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.ONE_FILE, self.tr("All sheets in one PDF"), True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Fact sheet PDF"), "PDF (*.pdf)"))
        self.addOutput(QgsProcessingOutputNumber(self.FILES, self.tr("Number of PDF files written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..workspace.connection import WorkspaceSession, read_config

        config = read_config()
        with WorkspaceSession(config) as session:
            catalogue = self._catalogue(session if config.configured else None, feedback)
            text = self.parameterAsString(parameters, self.AREAS, context) or ""
            codes = [code.strip() for code in text.split(",") if code.strip()] or [area.code for area in catalogue.areas]
            path = self.parameterAsFile(parameters, self.LMB_TABLE, context)
            if self.parameterAsBoolean(parameters, self.LMB_WORKSPACE, context):
                if path:
                    raise QgsProcessingException(self.tr("Give the Lmb quotas either as a table or from the shared workspace, not both."))
                lmb = self._workspace_lmb(session if config.configured else None, feedback)
            else:
                lmb = self._lmb(path, feedback)
        return self._write(parameters, context, feedback, catalogue, codes, lmb)

    def _write(self, parameters, context, feedback, catalogue, codes, lmb):
        one_file = self.parameterAsBoolean(parameters, self.ONE_FILE, context)
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        target = output if one_file else output.with_suffix("")
        feedback.pushInfo(self.tr("Fact sheets for: {codes}").format(codes=", ".join(codes)))
        try:
            files = generate(codes, target, one_file, lmb=lmb, catalogue=catalogue, feedback=feedback)
        except (FactSheetError, OSError) as error:
            raise QgsProcessingException(str(error)) from error
        for path in files:
            feedback.pushInfo(str(path))
        return {self.OUTPUT: str(files[0] if one_file else target), self.FILES: len(files)}

    def _catalogue(self, session, feedback):
        """The workspace's catalogue when one is configured (else, or when it fails, the bundled one: said in the log)."""
        from ..workspace.catalogue_store import catalogue_or_bundled

        try:
            source = catalogue_or_bundled(session, lambda: read_area_catalogue(user_folder=user_catalogue_dir()))
        except AreaCatalogueError as error:
            raise QgsProcessingException(str(error)) from error
        if source.origin == "workspace":
            feedback.pushInfo(self.tr("Catalogue from the shared workspace ({where}).").format(where=session.config.describe()))
        elif source.error is not None:
            feedback.reportError(self.tr("Catalogue: the bundled data, because the shared workspace cannot be used: {reason}").format(
                reason=source.error))
        return source.catalogue

    def _workspace_lmb(self, session, feedback):
        from ..core.indicators import lmb
        from ..workspace import lmb_store
        from ..workspace.connection import WorkspaceError

        if session is None:
            raise QgsProcessingException(self.tr("No shared workspace is configured in the plugin."))
        # the layer only for the school list: a refusal raised below keeps this frame alive in its traceback (past
        # the end of QGIS in a test run), and a layer freed after QGIS has ended crashes the interpreter
        schools = lmb.school_catalogue(data.create_layer(data.read_snapshot().dataset(SCHULEN_2023)))
        try:
            imported = lmb_store.read_import(session, None, schools)
        except WorkspaceError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("Lmb quotas from the shared workspace: {label} ({n} schools).").format(
            label=imported.label("de"), n=len(imported.values)))
        return imported

    def _lmb(self, path, feedback):
        if not path:
            return None
        from ..core.indicators import lmb
        from ..core.tables import TableImportError

        schools = data.create_layer(data.read_snapshot().dataset(SCHULEN_2023))
        try:
            imported = lmb.import_lmb(path, None, lmb.school_catalogue(schools))
        except TableImportError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(imported.report.summary())
        return imported
