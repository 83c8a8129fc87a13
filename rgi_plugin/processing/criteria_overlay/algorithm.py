"""``rgi:criteria_overlay``: the GI criteria re-derived from current data, as a Processing algorithm.

The parameter names below and the output fields in ``core/overlay/output.py`` are a
documented interface (help text, README): people script them with ``qgis_process``. The
computation lives in ``core/overlay/``; this class (with ``parameters.py``) only maps parameters to it.
"""


from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.common.features import fields_of
from ...core.common.settings import to_bool
from ...core.indicators.criteria import (
    DEFAULT_MSS_RULE,
    LMB_THRESHOLD_PERCENT,
    MIN_CRITERIA,
    MSS_STATUS,
    PUBLIC_PRIMARY_SCHOOL_EXPRESSION,
    SOCIAL_CLASS,
)
from ...core.overlay.checks import CriteriaOverlayCanceled, CriteriaOverlayError
from ...core.overlay.output import (
    CANDIDATE_AREA_FIELDS,
    CANDIDATE_AREA_WKB,
    PLANUNGSRAUM_FIELDS,
    PLANUNGSRAUM_WKB,
    SUMMARY_FIELDS,
    SUMMARY_WKB,
    candidate_area_features,
    planungsraum_features,
    summary_features,
)
from ...core.overlay.run import run_criteria_overlay
from ...core.overlay.styles import style_output
from ...definitions import properties
from ...definitions.processing import CRITERIA_OVERLAY, OVERLAY_CANDIDATES, OVERLAY_PLANUNGSRAEUME, OVERLAY_SUMMARY
from ..base import GiAlgorithm
from .help import help_html
from .parameters import NO_STATUS, STATUS_NAMES, InputReader, table_file

#: Keeps the layer post-processors of the latest run alive until QGIS has used them.
_POST_PROCESSORS = {}


class OverlayLayerStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles an output when QGIS loads it (dialog, toolbox, model): name, legend, metadata."""

    def __init__(self, kind, note, description):
        super().__init__()
        self.kind, self.note, self.description = kind, note, description

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        style_output(layer, self.kind, self.note, self.description)


class CriteriaOverlayAlgorithm(GiAlgorithm):
    """The parameter names below are a documented interface (help text, README, ``qgis_process``
    scripts); how given values become ``OverlayInputs`` is in ``parameters.py``."""

    PLANUNGSRAEUME = "PLANUNGSRAEUME"
    PLR_ID_FIELD = "PLR_ID_FIELD"
    PLR_NAME_FIELD = "PLR_NAME_FIELD"
    MSS = "MSS"
    MSS_ID_FIELD = "MSS_ID_FIELD"
    MSS_STATUS_FIELD = "MSS_STATUS_FIELD"
    MSS_DYNAMICS_FIELD = "MSS_DYNAMICS_FIELD"
    MSS_VALIDITY_FIELD = "MSS_VALIDITY_FIELD"
    MSS_POPULATION_FIELD = "MSS_POPULATION_FIELD"
    MSS_STATUSES = "MSS_STATUSES"
    MSS_STATUSES_NEGATIVE = "MSS_STATUSES_NEGATIVE"
    SCHOOLS = "SCHOOLS"
    SCHOOL_ID_FIELD = "SCHOOL_ID_FIELD"
    SCHOOL_FILTER = "SCHOOL_FILTER"
    LMB_FIELD = "LMB_FIELD"
    LMB_TABLE = "LMB_TABLE"
    LMB_TABLE_ID_FIELD = "LMB_TABLE_ID_FIELD"
    LMB_TABLE_QUOTA_FIELD = "LMB_TABLE_QUOTA_FIELD"
    LMB_THRESHOLD = "LMB_THRESHOLD"
    CATCHMENTS = "CATCHMENTS"
    CATCHMENT_SCHOOL_FIELD = "CATCHMENT_SCHOOL_FIELD"
    CATCHMENT_MIN_SHARE = "CATCHMENT_MIN_SHARE"
    SOCIAL = "SOCIAL"
    SOCIAL_ID_FIELD = "SOCIAL_ID_FIELD"
    SOCIAL_CLASS_FIELD = "SOCIAL_CLASS_FIELD"
    SOCIAL_CLASS = "SOCIAL_CLASS"
    MIN_CRITERIA = "MIN_CRITERIA"
    AREAS = "AREAS"
    AREAS_CODE_FIELD = "AREAS_CODE_FIELD"
    AREAS_NAME_FIELD = "AREAS_NAME_FIELD"
    AREAS_MIN_SHARE = "AREAS_MIN_SHARE"
    ADJACENCY_DISTANCE = "ADJACENCY_DISTANCE"
    DATA_NOTE = "DATA_NOTE"
    OUTPUT = OVERLAY_PLANUNGSRAEUME
    CANDIDATES = OVERLAY_CANDIDATES
    SUMMARY = OVERLAY_SUMMARY

    def name(self):
        return CRITERIA_OVERLAY

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Criteria overlay")

    def shortDescription(self):  # noqa: N802 (QGIS API)
        return self.tr("Which Planungsräume meet the criteria of the Gemeinschaftsinitiative on current data.")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return help_html(self)

    def tags(self):
        return ["Gemeinschaftsinitiative", "Handlungsraum", "Planungsraum", "MSS", "Lernmittelbefreiung",
                "Sozialstrukturatlas", "criteria", "Kriterien", "Berlin"]

    # -- parameters -------------------------------------------------------------------------

    def _add(self, parameter, advanced=False):
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(parameter)

    def _field(self, name, description, default, parent, advanced=False):
        # Optional for Processing, so that scripts may leave out a field that has a default
        # (QGIS 3.22 rejects a missing value of a mandatory field parameter even then); an
        # empty value means the default, and the overlay checks that the field exists.
        self._add(QgsProcessingParameterField(name, description, default, parent, optional=True), advanced)

    def _number(self, name, description, default, minimum=0.0, maximum=100.0, integer=False, advanced=False):
        kind = QgsProcessingParameterNumber.Type.Integer if integer else QgsProcessingParameterNumber.Type.Double
        self._add(QgsProcessingParameterNumber(name, description, kind, default, False, minimum, maximum), advanced)

    def _statuses(self, name, description, codes, optional):
        options = STATUS_NAMES + ([NO_STATUS] if optional else [])
        parameter = QgsProcessingParameterEnum(
            name, description, options, allowMultiple=True, defaultValue=[MSS_STATUS[c] for c in sorted(codes)], optional=optional)
        parameter.setUsesStaticStrings(True)
        self._add(parameter)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        points = [QgsProcessing.SourceType.TypeVectorPoint]
        any_vector = [QgsProcessing.SourceType.TypeVector]
        self._add(QgsProcessingParameterFeatureSource(self.PLANUNGSRAEUME, self.tr("Planungsräume"), polygons))
        self._field(self.PLR_ID_FIELD, self.tr("Planungsraum id field"), "plr_id", self.PLANUNGSRAEUME)
        self._field(self.PLR_NAME_FIELD, self.tr("Planungsraum name field"), "plr_name", self.PLANUNGSRAEUME, advanced=True)

        self._add(QgsProcessingParameterFeatureSource(self.MSS, self.tr("MSS indices (layer or table)"), any_vector))
        self._field(self.MSS_ID_FIELD, self.tr("MSS: Planungsraum id field"), "plr_id", self.MSS, advanced=True)
        self._field(self.MSS_STATUS_FIELD, self.tr("MSS: status index field"), "si_n", self.MSS, advanced=True)
        self._field(self.MSS_DYNAMICS_FIELD, self.tr("MSS: dynamics index field"), "di_n", self.MSS, advanced=True)
        self._field(self.MSS_VALIDITY_FIELD, self.tr("MSS: validity field"), "kom", self.MSS, advanced=True)
        self._field(self.MSS_POPULATION_FIELD, self.tr("MSS: population field"), "ew", self.MSS, advanced=True)
        self._statuses(self.MSS_STATUSES, self.tr("MSS rule: status classes that count on their own"), DEFAULT_MSS_RULE.statuses, False)
        self._statuses(self.MSS_STATUSES_NEGATIVE, self.tr("MSS rule: status classes that count with negative dynamics"),
                       DEFAULT_MSS_RULE.statuses_if_negative_dynamics, True)

        self._add(QgsProcessingParameterFeatureSource(self.SCHOOLS, self.tr("Schools"), points))
        self._field(self.SCHOOL_ID_FIELD, self.tr("School number field"), "bsn", self.SCHOOLS, advanced=True)
        self._add(QgsProcessingParameterExpression(
            self.SCHOOL_FILTER, self.tr("Schools that count (filter)"), PUBLIC_PRIMARY_SCHOOL_EXPRESSION, self.SCHOOLS, optional=True))
        self._field(self.LMB_FIELD, self.tr("Lmb quota field of the schools"), None, self.SCHOOLS)
        self._add(QgsProcessingParameterFeatureSource(self.LMB_TABLE, self.tr("Lmb table (school number and quota)"), any_vector,
                                                      optional=True))
        self._field(self.LMB_TABLE_ID_FIELD, self.tr("Lmb table: school number field (empty: detected)"), None, self.LMB_TABLE)
        self._field(self.LMB_TABLE_QUOTA_FIELD, self.tr("Lmb table: quota field (empty: detected)"), None, self.LMB_TABLE)
        self._number(self.LMB_THRESHOLD, self.tr("Lmb threshold (percent)"), LMB_THRESHOLD_PERCENT)
        self._add(QgsProcessingParameterFeatureSource(
            self.CATCHMENTS, self.tr("Catchment areas (Einschulbereiche)"), polygons, optional=True), advanced=True)
        self._field(self.CATCHMENT_SCHOOL_FIELD, self.tr("Catchment areas: school number field"), None, self.CATCHMENTS, advanced=True)
        self._number(self.CATCHMENT_MIN_SHARE, self.tr("Catchment areas: minimum share of a Planungsraum (percent)"), 10.0, advanced=True)

        self._add(QgsProcessingParameterFeatureSource(self.SOCIAL, self.tr("Social atlas (layer or table)"), any_vector, optional=True))
        self._field(self.SOCIAL_ID_FIELD, self.tr("Social atlas: Planungsraum id field (empty: detected)"), None, self.SOCIAL)
        self._field(self.SOCIAL_CLASS_FIELD, self.tr("Social atlas: class field (empty: detected)"), None, self.SOCIAL)
        self._number(self.SOCIAL_CLASS, self.tr("Social atlas: class that counts"), SOCIAL_CLASS, 1, 7, integer=True)

        self._number(self.MIN_CRITERIA, self.tr("Minimum number of criteria"), MIN_CRITERIA, 1, 3, integer=True)
        self._add(QgsProcessingParameterFeatureSource(self.AREAS, self.tr("Current Handlungsräume"), polygons, optional=True))
        self._field(self.AREAS_CODE_FIELD, self.tr("Handlungsräume: code field"), "code", self.AREAS)
        self._field(self.AREAS_NAME_FIELD, self.tr("Handlungsräume: name field"), None, self.AREAS)
        self._number(self.AREAS_MIN_SHARE, self.tr("Handlungsräume: minimum share of a Planungsraum (percent)"), 50.0, advanced=True)
        self._number(self.ADJACENCY_DISTANCE, self.tr("Candidate areas: largest gap between neighbours (m)"), 1.0, 0.0, 1000.0,
                     advanced=True)
        self._add(QgsProcessingParameterString(self.DATA_NOTE, self.tr("Note on the data"), "", optional=True), advanced=True)

        self._add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Planungsräume with criteria"),
                                                    QgsProcessing.SourceType.TypeVectorPolygon))
        self._add(QgsProcessingParameterFeatureSink(
            self.CANDIDATES, self.tr("Candidate areas"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=True))
        self._add(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Summary per Handlungsraum"), QgsProcessing.SourceType.TypeVector, optional=True, createByDefault=True))
        for name, description in (
            ("MSS_COUNT", self.tr("Planungsräume meeting the MSS criterion")),
            ("SCHOOL_COUNT", self.tr("Planungsräume meeting the school criterion")),
            ("SOCIAL_COUNT", self.tr("Planungsräume meeting the social criterion")),
            ("CANDIDATE_COUNT", self.tr("Candidate Planungsräume")),
            ("CANDIDATE_AREA_COUNT", self.tr("Candidate areas")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    # -- run ----------------------------------------------------------------------------------

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API; runs in the main thread)
        """Notice whether the Lmb quotas come from a layer the plugin marked as example values.

        Tables say so inside their data (the reader finds the label); names play no part."""
        sources = [] if table_file(parameters.get(self.LMB_TABLE)) else [self.LMB_TABLE]
        if InputReader(self, parameters, context).field_name(self.LMB_FIELD, use_default=False):
            sources.append(self.SCHOOLS)
        self.example_lmb = False
        for name in sources:
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None:
                self.example_lmb |= to_bool(layer.customProperty(properties.EXAMPLE))
        return True

    def describe(self, inputs):
        """What the run used, for the metadata of the output layers."""
        lines = [
            self.tr("MSS rule: {}").format(inputs.mss.rule.describe_de() or "–"),
            self.tr("Lmb threshold: {} %").format(inputs.schools.threshold),
            self.tr("Schools that count: {}").format(inputs.schools.filter_expression or "–"),
            self.tr("Minimum number of criteria: {}").format(inputs.min_criteria),
        ]
        if inputs.social is not None:
            lines.append(self.tr("Social atlas class that counts: {}").format(inputs.social.class_value))
        return "\n".join(lines)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        inputs = InputReader(self, parameters, context).inputs(getattr(self, "example_lmb", False))
        try:
            result = run_criteria_overlay(inputs, feedback)
        except CriteriaOverlayError as error:
            raise QgsProcessingException(str(error)) from None
        except CriteriaOverlayCanceled:
            feedback.reportError(self.tr("Canceled: no output was written."))
            return {}
        if result.data_note:
            feedback.pushWarning(result.data_note)
        description = self.describe(inputs)
        outputs = {
            "MSS_COUNT": result.stats["crit_mss"],
            "SCHOOL_COUNT": result.stats["crit_school"],
            "SOCIAL_COUNT": result.stats["crit_social"],
            "CANDIDATE_COUNT": result.stats["candidates"],
            "CANDIDATE_AREA_COUNT": result.stats["candidate_areas"],
        }
        sinks = (
            (self.OUTPUT, PLANUNGSRAUM_FIELDS, PLANUNGSRAUM_WKB, planungsraum_features),
            (self.CANDIDATES, CANDIDATE_AREA_FIELDS, CANDIDATE_AREA_WKB, candidate_area_features),
            (self.SUMMARY, SUMMARY_FIELDS, SUMMARY_WKB, summary_features),
        )
        for number, (name, definition, wkb_type, features) in enumerate(sinks):
            sink, destination = self.parameterAsSink(parameters, name, context, fields_of(definition), wkb_type, inputs.crs)
            if sink is None:
                if name == self.OUTPUT:
                    raise QgsProcessingException(self.invalidSinkError(parameters, name))
                continue
            if not sink.addFeatures(list(features(result)), QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))
            feedback.setProgress(90 + 3 * (number + 1))
            if context.willLoadLayerOnCompletion(destination):
                styler = OverlayLayerStyler(name, result.data_note, description)
                _POST_PROCESSORS[name] = styler
                context.layerToLoadOnCompletionDetails(destination).setPostProcessor(styler)
            outputs[name] = destination
        return outputs
