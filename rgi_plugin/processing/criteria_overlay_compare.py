"""``rgi:criteria_overlay_compare``: the criteria overlay on two MSS editions, and which Planungsräume
entered or left the candidate set (e.g. MSS 2017, the basis of 2018, against the newest edition).

Each run uses its edition's own Planungsräume and MSS table (``core/editions/overlay.py``), the
schools, the user's Lmb table and the inferred GESIx classes; the computation is the criteria
overlay of ``core/criteria_overlay.py``. Parameter and field names are a documented interface.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpressionContext,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProject,
    QgsVectorLayer,
)

from ..core import data as bundled
from ..core.areas.derived_file import derived_in_force
from ..core.common.features import fields_of
from ..core.common.settings import to_bool
from ..core.editions.catalogue import BASE_YEAR, EditionError, all_editions
from ..core.editions.overlay import compare, run_edition
from ..core.editions.overlay_output import COMPARISON_WKB, comparison_features, comparison_fields, field_list, style_comparison_layer
from ..core.editions.store import WORKING_CRS, EditionStore
from ..core.indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, MIN_CRITERIA, PUBLIC_PRIMARY_SCHOOL_EXPRESSION
from ..core.overlay.checks import CriteriaOverlayCanceled, CriteriaOverlayError
from ..core.overlay.output import EXAMPLE_DATA_NOTE, PLANUNGSRAUM_FIELDS, PLANUNGSRAUM_WKB, planungsraum_features
from ..core.overlay.styles import PLANUNGSRAEUME, style_output
from ..definitions import properties
from ..definitions.datasets import HANDLUNGSRAEUME, SCHULEN_2023
from ..definitions.processing import CRITERIA_OVERLAY_COMPARE
from .base import GiAlgorithm, edition_parameter
from .criteria_overlay.parameters import table_file

_POST_PROCESSORS = {}


class ComparisonStyler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, comparison, notes):
        super().__init__()
        self.comparison, self.notes = comparison, notes

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        style_comparison_layer(layer, self.comparison, self.notes)


class RunStyler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, label, note, description):
        super().__init__()
        self.label, self.note, self.description = label, note, description

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        style_output(layer, PLANUNGSRAEUME, self.note, self.description)
        layer.setName("{} – {}".format(layer.name(), self.label))


class CriteriaOverlayCompareAlgorithm(GiAlgorithm):
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    SCHOOLS = "SCHOOLS"
    LMB_TABLE = "LMB_TABLE"
    LMB_TABLE_ID_FIELD = "LMB_TABLE_ID_FIELD"
    LMB_TABLE_QUOTA_FIELD = "LMB_TABLE_QUOTA_FIELD"
    LMB_THRESHOLD = "LMB_THRESHOLD"
    SOCIAL = "SOCIAL"
    MIN_CRITERIA = "MIN_CRITERIA"
    AREAS = "AREAS"
    OUTPUT = "OUTPUT"
    BEFORE_OUTPUT = "BEFORE_OUTPUT"
    AFTER_OUTPUT = "AFTER_OUTPUT"

    def __init__(self):
        super().__init__()
        self.editions, self.store, self.example_lmb = [], None, False

    def name(self):
        return CRITERIA_OVERLAY_COMPARE

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Criteria overlay: compare two MSS editions")

    def shortDescription(self):  # noqa: N802 (QGIS API)
        return self.tr("Runs the criteria overlay on two MSS editions and lists the Planungsräume that entered or left the candidate set.")

    def tags(self):
        return ["Gemeinschaftsinitiative", "Handlungsraum", "MSS", "criteria", "Kriterien", "edition", "Ausgabe", "Berlin"]

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        rows = "".join("<li><b>{}</b> ({}): {}</li>".format(name, kind, meaning) for name, kind, meaning in field_list())
        return self.tr(
            "<p>Runs the criteria overlay (as <i>rgi:criteria_overlay</i>) on each edition's own Planungsräume: MSS 2013–2019 "
            "on the Planungsräume before 2021, 2021 and later on LOR 2021. BEFORE = MSS 2017 reproduces the basis of 2018.</p>"
            "<p>Criteria: the MSS rule (inferred default: status niedrig or sehr niedrig, or mittel with negative dynamics); "
            "a public primary school at or above the Lmb threshold (only with an LMB_TABLE; its values stay local); the social "
            "criterion (SOCIAL): the GESIx of the Gesundheits- und Sozialstrukturatlas 2022 split into seven equal-count classes, "
            "class 7 = the lowest values. This is an <b>inferred</b> stand-in for Schicht 7 of the 2013 atlas: GESIx 2013 for "
            "editions up to 2017, GESIx 2022 after; on LOR 2021 by the class of the old Planungsraum covering most of each new "
            "one.</p>"
            "<p>OUTPUT lists the Planungsräume that entered (candidate only in AFTER) or left (only in BEFORE) with the "
            "deciding values of their edition. Across LOR schemes nothing is joined by id: a Planungsraum entered when "
            "BEFORE's candidates cover less than half of it, and left when AFTER's do.</p><p>Output fields:</p><ul>{}</ul>").format(rows)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        labels = [edition.label for edition in all_editions(QgsProject.instance())]
        base = "MSS {}".format(BASE_YEAR)
        for name, description, default in ((self.BEFORE, self.tr("Earlier edition"), base if base in labels else labels[0]),
                                           (self.AFTER, self.tr("Later edition"), labels[-1])):
            parameter = QgsProcessingParameterEnum(name, description, labels, defaultValue=default)
            parameter.setUsesStaticStrings(True)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools (empty: the bundled schools of October 2023)"), [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True))
        any_vector = [QgsProcessing.SourceType.TypeVector]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LMB_TABLE, self.tr("Lmb table (school number and quota)"), any_vector, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LMB_TABLE_ID_FIELD, self.tr("Lmb table: school number field"), None, self.LMB_TABLE, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LMB_TABLE_QUOTA_FIELD, self.tr("Lmb table: quota field"), None, self.LMB_TABLE, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.LMB_THRESHOLD, self.tr("Lmb threshold (percent)"), QgsProcessingParameterNumber.Type.Double,
            LMB_THRESHOLD_PERCENT, False, 0, 100))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SOCIAL, self.tr("Social criterion from the GESIx (inferred classes)"), True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_CRITERIA, self.tr("Minimum number of criteria"), QgsProcessingParameterNumber.Type.Integer, MIN_CRITERIA, False, 1, 3))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Current Handlungsräume (empty: the boundaries derived from the Geoportal's map when in use, "
                                "else the bundled approximation)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Planungsräume entered or left"), QgsProcessing.SourceType.TypeVectorPolygon))
        for name, description in ((self.BEFORE_OUTPUT, self.tr("Planungsräume with criteria, earlier edition")),
                                  (self.AFTER_OUTPUT, self.tr("Planungsräume with criteria, later edition"))):
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, description, QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=False))
        for name, description in (("ENTERED", self.tr("Planungsräume entered")), ("LEFT", self.tr("Planungsräume left")),
                                  ("BEFORE_CANDIDATES", self.tr("Candidates in the earlier edition")),
                                  ("AFTER_CANDIDATES", self.tr("Candidates in the later edition"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API; main thread)
        before, after = edition_parameter(self, parameters, self.BEFORE, context), edition_parameter(self, parameters, self.AFTER, context)
        if before.year == after.year:
            raise QgsProcessingException(self.tr("Choose two different editions (both are {}).").format(before.label))
        self.editions = [before, after]
        self.store = EditionStore(context.project() or QgsProject.instance())
        for edition in self.editions:
            self.store.materialize(edition)  # a service edition is a project layer: copied here, in the main thread
        # example values say so in their data (the table reader finds the label) or in the layer's property
        self.example_lmb = False
        if table_file(parameters.get(self.LMB_TABLE)) is None:
            layer = self.parameterAsVectorLayer(parameters, self.LMB_TABLE, context)
            self.example_lmb = layer is not None and to_bool(layer.customProperty(properties.EXAMPLE))
        return True

    def _field(self, parameters, name, context):
        """The chosen field; empty: detected by the table reader."""
        fields = self.parameterAsFields(parameters, name, context)
        return fields[0] if fields else ""

    def _lmb_table(self, parameters, context):
        """The Lmb table: the path of a CSV/XLSX file (the plugin's reader) or a feature source; None."""
        given = table_file(parameters.get(self.LMB_TABLE))
        if given is not None:
            return given
        return self.parameterAsSource(parameters, self.LMB_TABLE, context), None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        schools = self.parameterAsSource(parameters, self.SCHOOLS, context)
        expression_context = self.createExpressionContext(parameters, context, schools) if schools is not None else \
            self.createExpressionContext(parameters, context)
        if schools is None:
            schools = QgsVectorLayer(str(bundled.offline_copy(bundled.read_snapshot().dataset(SCHULEN_2023)).path),
                                     bundled.read_snapshot().dataset(SCHULEN_2023).localized_title(), "ogr")
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        derived = derived_in_force() if areas is None else None
        if derived is not None:  # the user chose them in the panel (Boundaries menu)
            areas = derived.area_layer()
            feedback.pushInfo("Handlungsräume: {} ({})".format(derived.label, derived.path))
        elif areas is None:
            dataset = bundled.read_snapshot().dataset(HANDLUNGSRAEUME)
            areas = QgsVectorLayer(str(bundled.offline_copy(dataset).path), dataset.localized_title(), "ogr")
        lmb, sheet = self._lmb_table(parameters, context)
        options = dict(
            lmb_table=lmb, lmb_sheet=sheet, lmb_fields=(self._field(parameters, self.LMB_TABLE_ID_FIELD, context),
                                                        self._field(parameters, self.LMB_TABLE_QUOTA_FIELD, context)),
            areas=areas, rule=DEFAULT_MSS_RULE, threshold=self.parameterAsDouble(parameters, self.LMB_THRESHOLD, context),
            min_criteria=self.parameterAsInt(parameters, self.MIN_CRITERIA, context),
            social=self.parameterAsBoolean(parameters, self.SOCIAL, context), school_filter=PUBLIC_PRIMARY_SCHOOL_EXPRESSION,
            transform_context=context.transformContext(),
        )
        note = EXAMPLE_DATA_NOTE if self.example_lmb else ""
        runs = []
        try:
            for number, edition in enumerate(self.editions):
                feedback.pushInfo(self.tr("Criteria overlay on {}").format(edition.label))
                options["expression_context"] = QgsExpressionContext(expression_context)
                run = run_edition(edition, self.store, schools, feedback, **options)
                run.result.data_note = run.result.data_note or note
                note = run.result.data_note
                for text in run.notes:
                    feedback.pushInfo(text)
                runs.append(run)
                feedback.setProgress(40 * (number + 1))
        except CriteriaOverlayError as error:
            raise QgsProcessingException(str(error)) from None
        except EditionError as error:
            raise QgsProcessingException(str(error)) from None
        except CriteriaOverlayCanceled:
            feedback.reportError(self.tr("Canceled: no output was written."))
            return {}
        if note:
            feedback.pushWarning(note)
        comparison = compare(*runs)
        feedback.pushInfo(comparison.describe())
        notes = sorted({text for run in runs for text in run.notes}) + ([note] if note else [])
        crs = QgsCoordinateReferenceSystem(WORKING_CRS)
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, comparison_fields(), COMPARISON_WKB, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if not sink.addFeatures(list(comparison_features(comparison, note)), QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        if context.willLoadLayerOnCompletion(destination):
            _POST_PROCESSORS[self.OUTPUT] = ComparisonStyler(comparison, notes)
            context.layerToLoadOnCompletionDetails(destination).setPostProcessor(_POST_PROCESSORS[self.OUTPUT])
        outputs = {self.OUTPUT: destination, "ENTERED": len(comparison.entered), "LEFT": len(comparison.left),
                   "BEFORE_CANDIDATES": len(runs[0].candidates()), "AFTER_CANDIDATES": len(runs[1].candidates())}
        for name, run in ((self.BEFORE_OUTPUT, runs[0]), (self.AFTER_OUTPUT, runs[1])):
            sink, run_destination = self.parameterAsSink(parameters, name, context, fields_of(PLANUNGSRAUM_FIELDS),
                                                         PLANUNGSRAUM_WKB, crs)
            if sink is None:
                continue
            if not sink.addFeatures(list(planungsraum_features(run.result)), QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))
            if context.willLoadLayerOnCompletion(run_destination):
                _POST_PROCESSORS[name] = RunStyler(run.edition.label, note, "\n".join(run.notes))
                context.layerToLoadOnCompletionDetails(run_destination).setPostProcessor(_POST_PROCESSORS[name])
            outputs[name] = run_destination
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API; main thread)
        self.store = None  # the layers it read go now, not with the algorithm object
        return {}
