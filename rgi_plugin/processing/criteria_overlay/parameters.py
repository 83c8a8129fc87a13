"""The parameters of ``rgi:criteria_overlay``: their names (a documented interface: help text,
README, scripts with ``qgis_process``), their declaration, and how given values become the
overlay's ``OverlayInputs``."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import data
from ...core import tables as ti
from ...core.indicators.criteria import (
    MSS_STATUS,
    MssAttentionRule,
)
from ...core.overlay.inputs import (
    AreasInput,
    CatchmentInput,
    LmbTableInput,
    MssInput,
    OverlayInputs,
    PlanungsraumInput,
    SchoolInput,
    SocialInput,
)
from ...core.overlay.output import EXAMPLE_DATA_NOTE

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

#: MSS status class names in code order: the values of MSS_STATUSES / MSS_STATUSES_NEGATIVE.
STATUS_NAMES = [MSS_STATUS[code] for code in sorted(MSS_STATUS)]
STATUS_CODES = {name: code for code, name in MSS_STATUS.items()}
#: The extra value of MSS_STATUSES_NEGATIVE meaning "no class" (a command line cannot pass an empty list).
NO_STATUS = "keine"

def working_crs():
    """The CRS the overlay computes and writes in, whatever the inputs' CRS: Berlin's official
    ETRS89 / UTM zone 33N (EPSG:25833), in metres, with areas and distances true to a few
    hundredths of a percent in Berlin. Inputs in another CRS (geographic, Web Mercator, Soldner)
    are reprojected on reading, so that areas (km², shares) and the neighbour gap are real metres."""
    return QgsCoordinateReferenceSystem(data.read_snapshot().crs)


def table_file(value):
    """(path, sheet) when a parameter value names a CSV or XLSX file (read by the plugin's own
    table reader, as the import dialog reads it); None for layers and other sources."""
    if not isinstance(value, str) or not value:
        return None
    path, _, options = value.partition("|")
    if not ti.is_table_file(path):
        return None
    sheet = options.split("=", 1)[1] if options.startswith("layername=") else None
    return path, sheet


class InputReader:
    """The values given to one run, read into ``OverlayInputs``; raises ``QgsProcessingException``."""

    def __init__(self, alg, parameters, context):
        self.alg, self.parameters, self.context = alg, parameters, context

    def source(self, name):
        source = self.alg.parameterAsSource(self.parameters, name, self.context)
        if source is None and not self.alg.parameterDefinition(name).flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            raise QgsProcessingException(_translate("CriteriaOverlayAlgorithm", "The input '{}' cannot be read.").format(
                self.alg.parameterDefinition(name).description()))
        return source

    def label(self, source, name):
        return source.sourceName() or self.alg.parameterDefinition(name).description()

    def explicitly_empty(self, name):
        return name in self.parameters and self.parameters[name] in (None, "", [], ())

    def field_name(self, name, use_default=True):
        """The chosen field. Left out: the parameter's default. Given as empty (None, ""): no
        field, or the default where the overlay needs one (``use_default``)."""
        if self.explicitly_empty(name):
            return (self.alg.parameterDefinition(name).defaultValue() or "") if use_default else ""
        fields = self.alg.parameterAsFields(self.parameters, name, self.context)
        return fields[0] if fields else ""

    def optional_field(self, name):
        return self.field_name(name, use_default=False)

    def number(self, name):
        return self.alg.parameterAsDouble(self.parameters, name, self.context)

    def school_filter(self):
        """The filter as given ("" for all schools). QGIS would swap an empty or broken
        expression for the default silently; the overlay reports a broken one instead."""
        value = self.parameters.get(self.alg.SCHOOL_FILTER)
        if isinstance(value, str):
            return value.strip()
        if value is None and self.alg.SCHOOL_FILTER in self.parameters:
            return ""
        return self.alg.parameterAsExpression(self.parameters, self.alg.SCHOOL_FILTER, self.context) or ""

    def status_codes(self, name):
        """MSS status codes chosen; an explicitly empty choice means none (not the default)."""
        if self.explicitly_empty(name):
            return frozenset()
        chosen = self.alg.parameterAsEnumStrings(self.parameters, name, self.context)
        if NO_STATUS in chosen and len(chosen) > 1:
            message = _translate("CriteriaOverlayAlgorithm", "{parameter}: choose '{none}' alone or status classes, not both.")
            raise QgsProcessingException(message.format(parameter=name, none=NO_STATUS))
        return frozenset(STATUS_CODES[s] for s in chosen if s != NO_STATUS)

    def table(self, name):
        """A table input: (the path of a CSV/XLSX file or a feature source, its label, the sheet), or None."""
        given = table_file(self.parameters.get(name))
        if given is not None:
            path, sheet = given
            return path, Path(path).name, sheet
        source = self.source(name)
        return None if source is None else (source, self.label(source, name), None)

    def inputs(self, example_lmb=False):
        """Read the parameters into an ``OverlayInputs``, or raise QgsProcessingException."""
        alg = self.alg
        plr_source = self.source(alg.PLANUNGSRAEUME)
        plr_name_field = self.optional_field(alg.PLR_NAME_FIELD)
        if plr_name_field and plr_source.fields().lookupField(plr_name_field) < 0:
            plr_name_field = ""  # names are a convenience: a layer without them is fine
        mss_source = self.source(alg.MSS)
        rule = MssAttentionRule(statuses=self.status_codes(alg.MSS_STATUSES),
                                statuses_if_negative_dynamics=self.status_codes(alg.MSS_STATUSES_NEGATIVE))
        schools_source = self.source(alg.SCHOOLS)
        inputs = OverlayInputs(
            planungsraeume=PlanungsraumInput(plr_source, self.label(plr_source, alg.PLANUNGSRAEUME), self.field_name(alg.PLR_ID_FIELD),
                                             plr_name_field),
            mss=MssInput(mss_source, self.label(mss_source, alg.MSS), self.field_name(alg.MSS_ID_FIELD),
                         self.field_name(alg.MSS_STATUS_FIELD), self.field_name(alg.MSS_DYNAMICS_FIELD),
                         self.optional_field(alg.MSS_VALIDITY_FIELD), self.optional_field(alg.MSS_POPULATION_FIELD), rule),
            schools=SchoolInput(schools_source, self.label(schools_source, alg.SCHOOLS), self.field_name(alg.SCHOOL_ID_FIELD),
                                self.school_filter(), self.optional_field(alg.LMB_FIELD), self.number(alg.LMB_THRESHOLD)),
            crs=working_crs(),
            min_criteria=alg.parameterAsInt(self.parameters, alg.MIN_CRITERIA, self.context),
            adjacency_distance=self.number(alg.ADJACENCY_DISTANCE),
            data_note=(alg.parameterAsString(self.parameters, alg.DATA_NOTE, self.context) or "").strip(),
            transform_context=self.context.transformContext(),
            expression_context=alg.createExpressionContext(self.parameters, self.context, schools_source),
        )
        self._optional_inputs(inputs)
        if not inputs.data_note and example_lmb:
            inputs.data_note = EXAMPLE_DATA_NOTE
        return inputs

    def _optional_inputs(self, inputs):
        """The Lmb table, catchment areas, social atlas and current areas, where given."""
        alg = self.alg
        lmb_table = self.table(alg.LMB_TABLE)
        if lmb_table is not None:
            source, label, sheet = lmb_table
            inputs.lmb_table = LmbTableInput(source, label, self.optional_field(alg.LMB_TABLE_ID_FIELD),
                                             self.optional_field(alg.LMB_TABLE_QUOTA_FIELD), sheet)
        catchments = self.source(alg.CATCHMENTS)
        if catchments is not None:
            inputs.catchments = CatchmentInput(catchments, self.label(catchments, alg.CATCHMENTS),
                                               self.optional_field(alg.CATCHMENT_SCHOOL_FIELD), self.number(alg.CATCHMENT_MIN_SHARE))
        social = self.table(alg.SOCIAL)
        if social is not None:
            source, label, sheet = social
            inputs.social = SocialInput(source, label, self.optional_field(alg.SOCIAL_ID_FIELD),
                                        self.optional_field(alg.SOCIAL_CLASS_FIELD),
                                        alg.parameterAsInt(self.parameters, alg.SOCIAL_CLASS, self.context), sheet)
        areas = self.source(alg.AREAS)
        if areas is not None:
            inputs.areas = AreasInput(areas, self.label(areas, alg.AREAS), self.field_name(alg.AREAS_CODE_FIELD),
                                      self.optional_field(alg.AREAS_NAME_FIELD), self.number(alg.AREAS_MIN_SHARE))
