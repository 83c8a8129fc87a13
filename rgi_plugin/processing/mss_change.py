"""``rgi:mss_change``: the MSS status and dynamics change of every Planungsraum between two editions.

Parameter and output field names are a documented interface (help, README). The computation
is in ``core/editions/change.py``; this class maps parameters to it. Editions are read in
``prepareAlgorithm`` (main thread: an edition loaded from a service is a layer of the project),
the geometry work runs in ``processAlgorithm``.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProject,
)

from ..core.editions.catalogue import BASE_YEAR, EditionError, all_editions
from ..core.editions.change import mss_change
from ..core.editions.change_output import CHANGE_WKB, change_features, change_fields, change_metadata, field_list, style_change_layer
from ..core.editions.store import WORKING_CRS, EditionStore, table_problems
from ..definitions.processing import MSS_CHANGE
from .base import GiAlgorithm, edition_parameter

#: Keeps the post-processor of the latest run alive until QGIS has used it.
_POST_PROCESSORS = {}


class ChangeLayerStyler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, result):
        super().__init__()
        self.result = result

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        style_change_layer(layer, self.result)


def edition_labels(project=None):
    """The editions a run can choose from: bundled ones and those loaded into the project."""
    return [edition.label for edition in all_editions(project)]


class MssChangeAlgorithm(GiAlgorithm):
    FROM = "FROM"
    TO = "TO"
    OUTPUT = "OUTPUT"

    def __init__(self):
        super().__init__()
        self.editions = []
        self.store = None
        self.result = None

    def name(self):
        return MSS_CHANGE

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("MSS change between two editions")

    def shortDescription(self):  # noqa: N802 (QGIS API)
        return self.tr("Status class change (−3…+3) and dynamics of every Planungsraum between two MSS editions.")

    def tags(self):
        return ["Gemeinschaftsinitiative", "MSS", "Monitoring Soziale Stadtentwicklung", "Planungsraum", "change",
                "Veränderung", "edition", "Ausgabe", "Berlin"]

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        rows = "".join("<li><b>{}</b> ({}): {}</li>".format(name, kind, meaning) for name, kind, meaning in field_list())
        return self.tr(
            "<p>Compares two editions of the Monitoring Soziale Stadtentwicklung. One feature per Planungsraum of the "
            "later edition.</p>"
            "<p><b>Same LOR scheme</b> (MSS 2013, 2015, 2017, 2019 on the Planungsräume before 2021; 2021 and later on "
            "LOR 2021): the tables are joined by Planungsraum id; si_change is the difference of the status classes "
            "(−3 … +3).</p>"
            "<p><b>Different schemes</b> (e.g. 2017 → 2021): ids are never joined. The earlier status is the mean class of "
            "the overlapping Planungsräume weighted by area; si_change is a decimal number. The method is written into "
            "the output's metadata and the METHOD output.</p>"
            "<p>FROM, TO: the editions (e.g. “MSS 2017”, “MSS 2019”); MSS 2023 or 2025 can be chosen once loaded "
            "through the plugin's service catalogue.</p><p>Output fields:</p><ul>{}</ul>").format(rows)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        labels = edition_labels(QgsProject.instance())
        base = "MSS {}".format(BASE_YEAR)
        for name, description, default in ((self.FROM, self.tr("Earlier edition"), base if base in labels else labels[0]),
                                           (self.TO, self.tr("Later edition"), labels[-1])):
            parameter = QgsProcessingParameterEnum(name, description, labels, defaultValue=default)
            parameter.setUsesStaticStrings(True)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("MSS change"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputString("METHOD", self.tr("Method")))
        for name, description in (("COMPARED", self.tr("Planungsräume compared")),
                                  ("LOWER", self.tr("Planungsräume with a lower status")),
                                  ("HIGHER", self.tr("Planungsräume with a higher status")),
                                  ("SAME", self.tr("Planungsräume with the same status"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API; main thread)
        before, after = edition_parameter(self, parameters, self.FROM, context), edition_parameter(self, parameters, self.TO, context)
        if before.year == after.year:
            raise QgsProcessingException(self.tr("Choose two different editions (both are {}).").format(before.label))
        self.store = EditionStore(context.project() or QgsProject.instance())
        try:
            for edition in (before, after):  # read here: a service edition is a layer of the project
                self.store.rows(edition)
                self.store.planungsraeume(edition)
        except EditionError as error:
            raise QgsProcessingException(str(error)) from None
        self.editions = [before, after]
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        before, after = self.editions
        try:
            result = mss_change(before, after, self.store)
        except EditionError as error:
            raise QgsProcessingException(str(error)) from None
        feedback.pushInfo(result.describe())
        for edition in (before, after):
            for text in table_problems(edition, self.store.table(edition)):
                feedback.pushWarning(text)
        for label, missing in ((before.label, result.counts["from_without_geometry"]), (after.label, result.counts["to_without_geometry"])):
            if missing:
                feedback.pushWarning(self.tr("{edition}: rows without a Planungsraum geometry, not used: {ids}").format(
                    edition=label, ids=", ".join(missing)))
        not_compared = [row.plr_id for row in result.rows if row.si_change is None]
        if not_compared:
            feedback.pushInfo(self.tr("{n} Planungsräume are not rated in one of the editions (no change): {ids}").format(
                n=len(not_compared), ids=", ".join(not_compared)))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, change_fields(), CHANGE_WKB,
                                                 QgsCoordinateReferenceSystem(WORKING_CRS))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if not sink.addFeatures(list(change_features(result)), QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        if context.willLoadLayerOnCompletion(destination):
            styler = ChangeLayerStyler(result)
            _POST_PROCESSORS[self.OUTPUT] = styler
            context.layerToLoadOnCompletionDetails(destination).setPostProcessor(styler)
        self.result, self.destination = result, destination
        counts = result.counts
        return {self.OUTPUT: destination, "METHOD": result.describe(), "COMPARED": counts["compared"],
                "LOWER": counts["lower"], "HIGHER": counts["higher"], "SAME": counts["same"]}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API; main thread, the sink is closed)
        """Write the method into the metadata of a GeoPackage output, so that it stays with the file."""
        destination = getattr(self, "destination", "") or ""
        self.store = None  # the layers it read go now, on the main thread, not with the algorithm object
        if self.result is None or not destination.lower().split("|")[0].endswith(".gpkg"):
            return {}
        from qgis.core import QgsProviderRegistry

        provider = QgsProviderRegistry.instance().providerMetadata("ogr")
        uri = destination
        if "|layername=" not in destination:
            sublayers = provider.querySublayers(destination)
            uri = sublayers[0].uri() if len(sublayers) == 1 else destination
        saved, message = provider.saveLayerMetadata(uri, change_metadata(self.result))
        if not saved:
            feedback.pushWarning(self.tr("The method could not be written into the file's metadata: {}").format(message))
        return {}
