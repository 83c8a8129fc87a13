"""The help text of ``rgi:criteria_overlay``: every parameter and every output field.

Parameter and field names are the documented interface; the text is built from the
algorithm's own parameter list and the output field tables, so it cannot miss one.
"""

from html import escape

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.indicators.criteria import DEFAULT_MSS_RULE
from ...core.overlay.output import CANDIDATE_AREA_FIELDS, PLANUNGSRAUM_FIELDS, SUMMARY_FIELDS, field_list

#: One explanation per parameter name (the dialog shows the short description next to it).
PARAMETER_HELP = {
    "PLANUNGSRAEUME": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Polygons of the Planungsräume. Whatever the CRS of the inputs, areas, "
                                                               "shares and distances are computed in EPSG:25833 (ETRS89 / UTM 33N, "
                                                               "metres), and the outputs are written in it; inputs in another CRS (e.g. "
                                                               "geographic or Web Mercator) are reprojected."),
    "PLR_ID_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Planungsraum id; integers that lost their leading zero are padded to 8 "
                                                             "digits."),
    "PLR_NAME_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Optional name, copied to plr_name; if the layer lacks it, "
                                                               "the names stay empty."),
    "MSS": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "MSS indices as a layer or table, joined by Planungsraum id. The placeholder -9999 "
                                                    "(FIS-Broker, GDI) means no value: such rows get no rating "
                                                    "(crit_mss NULL) and are counted in the log; so are rows without an id."),
    "MSS_ID_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Planungsraum id in the MSS data."),
    "MSS_STATUS_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Status index class (SI_N: 1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig; "
                                                                 "class names are accepted too)."),
    "MSS_DYNAMICS_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Dynamics index class (DI_N: 1 positiv, 3 stabil, 5 negativ)."),
    "MSS_VALIDITY_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Validity remark (KOM); rows whose value is not 'gültig' are invalid "
                                                                   "and give crit_mss NULL. Empty: every row with a status counts."),
    "MSS_POPULATION_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Population (EW), summed for candidate areas and the summary; "
                                                                     "German thousands (\"1.234\") are read as 1234."),
    "MSS_STATUSES": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Status classes that meet the MSS criterion on their own. Values: hoch, "
                                                             "mittel, niedrig, sehr niedrig."),
    "MSS_STATUSES_NEGATIVE": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Status classes that meet it only with negative dynamics (DI_N 5). "
                                                                      "'keine' (alone): no such class."),
    "SCHOOLS": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "School locations (points)."),
    "SCHOOL_ID_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "School number (BSN): joins the Lmb table and catchment areas "
                                                                "(written 01G24, 1G24 or 01g24 alike), and is listed in schools_above. "
                                                                "A number that occurs more than once is reported; every location counts."),
    "SCHOOL_FILTER": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Which schools count (default: public primary schools). Empty: all schools."),
    "LMB_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Lmb quota as a field of the schools, read by the rules of the Lmb import: "
                                                          "\"75,3\", \"75.3 %\", shares (0,753) when the whole field lies between 0 and 1. "
                                                          "Empty values and conflicting values of one school are listed in the log."),
    "LMB_TABLE": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Or: a table of Lmb quotas joined by school number: a CSV or XLSX file "
                                                          "(read exactly as the import dialog reads it: title lines, delimiter, encoding, "
                                                          "German numbers, shares, school years) or a layer. "
                                                          "Every row that is not used is listed in the log with its reason. "
                                                          "Use a field or a table, not both; with neither, "
                                                          "the school criterion has no data."),
    "LMB_TABLE_ID_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "School number in the Lmb table; empty: detected from the usual names "
                                                                   "(BSN, Schulnummer, Schul-Nr. …) or the content."),
    "LMB_TABLE_QUOTA_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Lmb quota in the Lmb table; empty: detected from the usual names "
                                                                      "(Lmb-Quote, Anteil lernmittelbefreit …; "
                                                                      "never a count such as Lmb Anzahl)."),
    "LMB_THRESHOLD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "A school meets criterion 2 at or above this quota."),
    "CATCHMENTS": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Optional catchment areas (Einschulbereiche). Without them a school counts for "
                                                           "the Planungsraum that contains it; with them, "
                                                           "for every Planungsraum its catchment area covers."),
    "CATCHMENT_SCHOOL_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "School number(s) of a catchment area (comma-separated). Empty: "
                                                                       "the schools lying inside it."),
    "CATCHMENT_MIN_SHARE": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "A catchment area counts for a Planungsraum when it covers at least "
                                                                    "this share of it, and some area at all (touching is not covering, "
                                                                    "also at 0 %). A catchment area that covers no Planungsraum so is "
                                                                    "listed in the log; its schools do not count."),
    "SOCIAL": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Optional social-atlas classes (Sozialstrukturatlas Schicht 1–7) as a CSV/XLSX file "
                                                       "(read as the social-atlas import reads it) or a layer, joined by Planungsraum id. "
                                                       "Duplicates, empty ids and classes outside 1–7 are listed in the log."),
    "SOCIAL_ID_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Planungsraum id in the social-atlas data; empty: detected (plr_id, PLR, "
                                                                "Planungsraum …)."),
    "SOCIAL_CLASS_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Class (Schicht) as a number or \"Schicht 7\"; empty: detected "
                                                                   "(Schicht, Klasse …)."),
    "SOCIAL_CLASS": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "The class that meets criterion 3; "
                                                             "a warning says when no Planungsraum has it."),
    "MIN_CRITERIA": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "How many criteria a Planungsraum must meet to be a candidate. "
                                                             "Only criteria with data can be met; n_criteria_data says how many had data."),
    "AREAS": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Optional current Handlungsräume to compare with; "
                                                      "parts with the same code form one area. If the layer has a field 'basis' "
                                                      "(the plugin's areas have it), areas drawn from the MSS criterion itself "
                                                      "(criteria_derived) are named in the log and in hr_note: "
                                                      "their MSS share is 100 % by construction."),
    "AREAS_CODE_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Code of the Handlungsraum (e.g. 06, 13a)."),
    "AREAS_NAME_FIELD": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Optional name of the Handlungsraum, copied to the summary."),
    "AREAS_MIN_SHARE": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "A Planungsraum lies in the current area that covers the largest part of "
                                                                "it, if that part is at least this share."),
    "ADJACENCY_DISTANCE": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Candidate Planungsräume at most this far apart "
                                                                   "(metres) form one candidate area: those that overlap or touch, "
                                                                   "along a border or at a corner (distance 0), "
                                                                   "and those separated by a gap up to this width, "
                                                                   "which bridges small gaps in the outlines. 0: only those that touch."),
    "DATA_NOTE": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Note written to data_note of every output and to the layer names. "
                                                          "Set automatically to 'Beispieldaten – keine amtlichen Werte' when the Lmb "
                                                          "values are example data (the table says so in its data, "
                                                          "or the layer is marked so)."),
    "OUTPUT": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Planungsräume with their criteria; fields below."),
    "CANDIDATES": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Adjacent candidate Planungsräume dissolved into numbered areas; fields below."),
    "SUMMARY": QT_TRANSLATE_NOOP("CriteriaOverlayHelp", "Table: one row per current Handlungsraum, one for the Planungsräume outside all "
                                                        "of them (with the candidates there), one for the whole city; fields below."),
}


def _fields_html(title, definition):
    items = "".join("<li><b>{}</b> ({}): {}</li>".format(escape(name), kind, escape(meaning))
                    for name, kind, meaning in field_list(definition))
    return "<h3>{}</h3><ul>{}</ul>".format(escape(title), items)


def help_html(algorithm):
    """The shortHelpString of ``algorithm`` (a CriteriaOverlayAlgorithm)."""
    intro = QCoreApplication.translate(
        "CriteriaOverlayHelp",
        "<p>Re-derives the Planungsräume that meet the criteria of the Gemeinschaftsinitiative from current data: "
        "(1) MSS <i>Gebiet mit besonderem Aufmerksamkeitsbedarf</i>, (2) a primary school with a Lernmittelbefreiung "
        "quota at or above the threshold, (3) the social-atlas class. A Planungsraum is a candidate when it meets at "
        "least the minimum number of criteria; a criterion without data (NULL) is neither met nor failed. Neighbouring "
        "candidates form candidate areas, which are compared with the current Handlungsräume.</p>"
    )
    rule = QCoreApplication.translate(
        "CriteriaOverlayHelp",
        "<p><b>The MSS rule is a parameter.</b> Its default, {rule}, is an <b>inferred reading</b>: the exact MSS rule for "
        "'besonderer Aufmerksamkeitsbedarf' was not found in the published sources.</p>"
    ).format(rule=escape(DEFAULT_MSS_RULE.describe_de()))
    parts = [intro, rule, "<h3>{}</h3><ul>".format(escape(QCoreApplication.translate("CriteriaOverlayHelp", "Parameters")))]
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        parts.append("<li><b>{}</b> – {}: {}</li>".format(
            escape(name), escape(definition.description()),
            escape(QCoreApplication.translate("CriteriaOverlayHelp", PARAMETER_HELP[name]))))
    parts.append("</ul>")
    parts.append(_fields_html(QCoreApplication.translate("CriteriaOverlayHelp", "Fields of OUTPUT (Planungsräume)"), PLANUNGSRAUM_FIELDS))
    parts.append(_fields_html(QCoreApplication.translate("CriteriaOverlayHelp", "Fields of CANDIDATES (candidate areas)"),
                              CANDIDATE_AREA_FIELDS))
    parts.append(_fields_html(QCoreApplication.translate("CriteriaOverlayHelp", "Fields of SUMMARY (table)"), SUMMARY_FIELDS))
    parts.append("<p>{}</p>".format(escape(QCoreApplication.translate(
        "CriteriaOverlayHelp",
        "Numbers returned as well: MSS_COUNT, SCHOOL_COUNT, SOCIAL_COUNT (Planungsräume meeting each criterion), "
        "CANDIDATE_COUNT, CANDIDATE_AREA_COUNT."))))
    return "".join(parts)
