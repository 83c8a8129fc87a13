"""The outputs of the criteria overlay: field names and types (a documented interface).

Whoever scripts the algorithm (``qgis_process``, models) relies on these names; change them
only together with the algorithm's help text and the README.
"""

from operator import attrgetter

from qgis.core import QgsFeature, QgsWkbTypes
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..common.features import as_multi
from ..common.features import field_list as common_field_list
from ..indicators.lmb.example import EXAMPLE_MARK

#: Carried by every output made from the bundled synthetic Lmb values (the mark in their data).
EXAMPLE_DATA_NOTE = EXAMPLE_MARK


#: Planungsräume output: (name, type, meaning).
PLANUNGSRAUM_FIELDS = (
    ("plr_id", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "Planungsraum id, 8 digits")),
    ("plr_name", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "name of the Planungsraum (if a name field was given)")),
    ("ew", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "population (MSS population field)")),
    ("mss_status", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "MSS status index class (1 hoch … 4 sehr niedrig)")),
    ("mss_dynamics", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "MSS dynamics index class (1 positiv, 3 stabil, 5 negativ)")),
    ("mss_kom", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "MSS validity remark (kom)")),
    ("crit_mss", "bool", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "criterion 1: MSS rule met; NULL without a valid MSS rating")),
    ("n_schools", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "schools passing the filter assigned to the Planungsraum")),
    ("n_schools_lmb", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "of these, schools with an Lmb quota")),
    ("n_schools_above", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "of these, schools at or above the threshold")),
    ("lmb_max", "float", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "highest Lmb quota (percent) of the assigned schools")),
    ("schools_above", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "school numbers at or above the threshold")),
    ("lmb_quotas", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "every assigned school with its Lmb quota in percent, e.g. "
                                                                     "'01G24 81.5; 01G28 –' (–: no quota)")),
    ("crit_school", "bool", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "criterion 2: a school at or above the threshold; "
                                                                       "false only when every school there has a quota below it; "
                                                                       "NULL otherwise")),
    ("social_class", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "social-atlas class (Schicht)")),
    ("crit_social", "bool", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "criterion 3: the class that counts; NULL without data")),
    ("n_criteria_data", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "criteria with data (0–3)")),
    ("n_criteria", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "criteria met (0–3)")),
    ("candidate", "bool", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "at least the minimum number of criteria met")),
    ("area_id", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "candidate area the Planungsraum belongs to")),
    ("hr_code", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "current Handlungsraum it lies in")),
    ("hr_share_pct", "float",
     QT_TRANSLATE_NOOP("CriteriaOverlayFields", "share of the Planungsraum inside its best-covering current area")),
    ("data_note", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "note on the data, e.g. that Lmb values are examples")),
)

#: Candidate areas output.
CANDIDATE_AREA_FIELDS = (
    ("area_id", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "number of the candidate area (ordered by lowest Planungsraum id)")),
    ("n_plr", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "number of Planungsräume")),
    ("plr_ids", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "their ids")),
    ("ew", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "population")),
    ("area_km2", "float", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "size in km²")),
    ("hr_codes", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "current Handlungsräume its Planungsräume lie in")),
    ("n_plr_in_hr", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "its Planungsräume inside a current area")),
    ("overlap_km2", "float", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "overlap with the current Handlungsräume in km²")),
    ("overlap_pct", "float", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "overlap as a share of its size")),
    ("data_note", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "note on the data")),
)

#: Summary table (no geometry).
SUMMARY_FIELDS = (
    ("kind", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "'handlungsraum', 'outside' (in no current area) or 'total'")),
    ("hr_code", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "code of the current Handlungsraum")),
    ("hr_name", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "its name (if a name field was given)")),
    ("n_plr", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "Planungsräume")),
    ("ew", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "population")),
    ("n_plr_mss", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "Planungsräume meeting the MSS criterion")),
    ("n_plr_school", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "Planungsräume meeting the school criterion")),
    ("n_plr_social", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "Planungsräume meeting the social criterion")),
    ("n_plr_candidate", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "Planungsräume meeting the minimum number of criteria")),
    ("ew_candidate", "int", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "their population")),
    ("pct_plr_candidate", "float", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "share of Planungsräume meeting the criteria (percent)")),
    ("pct_ew_candidate", "float", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "share of population living there (percent)")),
    ("candidate_plr_ids", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "ids of those Planungsräume")),
    ("hr_note", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "note on the current area, e.g. that its boundary is drawn from the MSS "
                                                                  "criterion (its MSS share is then 100 % by construction)")),
    ("data_note", "str", QT_TRANSLATE_NOOP("CriteriaOverlayFields", "note on the data")),
)

CANDIDATE_AREA_WKB = QgsWkbTypes.Type.MultiPolygon
SUMMARY_WKB = QgsWkbTypes.Type.NoGeometry


def _writer(definition, note, multi=True):
    """A function making a QgsFeature of a record, in the field order of ``definition``;
    with ``multi``, single geometries become multi-geometries."""
    names = [name for name, _, _ in definition]
    note_index = names.index("data_note")
    getter = attrgetter(*[name for name in names if name != "data_note"])
    note = note or None

    lists = any(name in ("plr_ids",) for name in names)

    def make(record, geometry=None):
        values = list(getter(record))
        if lists:
            values = [", ".join(v) if isinstance(v, list) else v for v in values]
        values.insert(note_index, note)
        feature = QgsFeature()
        feature.setAttributes(values)
        if geometry is not None and not geometry.isNull():
            feature.setGeometry(as_multi(geometry) if multi else geometry)
        return feature

    return make


#: The Planungsräume are written as MultiPolygon whatever their input declares: a layer declared
#: "Polygon" may hold multi-part features (GeoJSON, reprojected or repaired geometries), and a
#: GeoPackage table must declare the type it holds (else parts are lost or the file is not
#: conformant). Every geometry is converted to multi-part before it is written.
PLANUNGSRAUM_WKB = QgsWkbTypes.Type.MultiPolygon


def planungsraum_features(result):
    make = _writer(PLANUNGSRAUM_FIELDS, result.data_note)
    return (make(plr, plr.geometry) for plr in result.planungsraeume)


def candidate_area_features(result):
    make = _writer(CANDIDATE_AREA_FIELDS, result.data_note)
    return (make(area, area.geometry) for area in result.candidate_areas)


def summary_features(result):
    make = _writer(SUMMARY_FIELDS, result.data_note)
    return (make(row) for row in result.summary)


def field_list(definition):
    """``(name, type, meaning)`` with the meaning in the user's language (help text, README)."""
    return common_field_list(definition, "CriteriaOverlayFields")
