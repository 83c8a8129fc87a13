"""The inputs of the criteria overlay: what each one is (checked and read in ``checks.py`` and the
modules that read them).

Sources are ``QgsFeatureSource`` objects: a ``QgsVectorLayer`` or the
``QgsProcessingFeatureSource`` of an algorithm. No widgets and no project here.
"""

from dataclasses import dataclass

from ..indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, MIN_CRITERIA, SOCIAL_CLASS


@dataclass
class PlanungsraumInput:
    source: object
    label: str
    id_field: str = "plr_id"
    name_field: str = ""


@dataclass
class MssInput:
    source: object
    label: str
    id_field: str = "plr_id"
    status_field: str = "si_n"
    dynamics_field: str = "di_n"
    validity_field: str = "kom"
    population_field: str = "ew"
    rule: object = DEFAULT_MSS_RULE


@dataclass
class SchoolInput:
    source: object
    label: str
    id_field: str = "bsn"
    filter_expression: str = ""
    lmb_field: str = ""
    threshold: float = LMB_THRESHOLD_PERCENT


@dataclass
class LmbTableInput:
    """An Lmb table: a layer or feature source, or the path of a CSV/XLSX file (read by the
    import dialog's reader); empty field names are detected as the dialog detects them."""

    source: object
    label: str
    id_field: str = ""
    quota_field: str = ""
    sheet: str = None


@dataclass
class CatchmentInput:
    source: object
    label: str
    school_field: str = ""
    min_share_percent: float = 10.0


@dataclass
class SocialInput:
    """A social-atlas table: a layer or feature source, or the path of a CSV/XLSX file; empty
    field names are detected as the social import detects them."""

    source: object
    label: str
    id_field: str = ""
    class_field: str = ""
    class_value: int = SOCIAL_CLASS
    sheet: str = None


@dataclass
class AreasInput:
    source: object
    label: str
    code_field: str = "code"
    name_field: str = ""
    min_share_percent: float = 50.0


@dataclass
class OverlayInputs:
    """Everything one run needs. ``crs`` is the working CRS (projected, in metres)."""

    planungsraeume: PlanungsraumInput
    mss: MssInput
    schools: SchoolInput
    crs: object
    lmb_table: LmbTableInput = None
    catchments: CatchmentInput = None
    social: SocialInput = None
    areas: AreasInput = None
    min_criteria: int = MIN_CRITERIA
    adjacency_distance: float = 1.0
    data_note: str = ""
    transform_context: object = None
    expression_context: object = None


# -- checks -------------------------------------------------------------------------------


# -- values -------------------------------------------------------------------------------


