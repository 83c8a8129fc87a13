"""What the panel says about one Handlungsraum: figures from the data, facts from the catalogue."""

from collections import Counter
from functools import lru_cache
from html import escape

from qgis.PyQt.QtCore import QCoreApplication

from ...definitions import datasets
from ..common.values import format_german
from ..indicators.criteria import DEFAULT_MSS_RULE, MSS_NOT_RATED, MSS_STATUS, MSS_VALID
from ..indicators.mss.reader import MssFields, read_mss_table
from .catalogue import status_label
from .geometry import area_plr_ids


@lru_cache(maxsize=1)
def bundled_mss_records():
    """{plr_id: {plr_name, ew, si_n, di_n, kom}} of the MSS 2021 (the newest snapshot, else the
    bundled copy), read once by the one MSS reader (``mss_table``)."""
    from ..data.layers import create_layer
    from ..data.snapshot import read_snapshot

    layer = create_layer(read_snapshot().dataset(datasets.MSS_2021))
    table = read_mss_table(layer, MssFields(name_field="plr_name"))
    return {plr_id: {"plr_name": row.name, "ew": row.ew, "si_n": row.status, "di_n": row.dynamics, "kom": row.kom}
            for plr_id, row in table.rows.items()}


def status_mix(plr_ids, mss_records):
    """How many of ``plr_ids`` the MSS rates in each status class (None: rows it does not rate)."""
    mix = Counter()
    for plr_id in plr_ids:
        record = mss_records.get(plr_id, {})
        mix[record.get("si_n") if record.get("kom") == MSS_VALID and record.get("si_n") is not None else None] += 1
    return mix


def area_figures(area, mss_records, rule=DEFAULT_MSS_RULE, plr_ids=None):
    """Planungsräume, population and MSS status mix of an area: from its catalogue composition,
    or from ``plr_ids`` (the boundaries derived from the Geoportal's map, when in force)."""
    ids = sorted(plr_ids) if plr_ids is not None else area_plr_ids(area, mss_records.keys(), mss_records, rule)
    mix = status_mix(ids, mss_records)
    return {
        "plr": [(plr_id, mss_records[plr_id]["plr_name"]) for plr_id in ids],
        "population": sum(mss_records[plr_id]["ew"] or 0 for plr_id in ids),
        "status_mix": [(MSS_STATUS[code], mix[code]) for code in sorted(MSS_STATUS) if mix[code]]
        + ([(MSS_NOT_RATED, mix[None])] if mix[None] else []),
    }



def area_details_html(area, catalogue, figures):
    """HTML for the detail pane (the documents get their own buttons beside it)."""
    thousands = format_german(figures["population"])
    rows = [
        (QCoreApplication.translate("AreaDetails", "Bezirk"), escape(", ".join(area.bezirke))),
        (QCoreApplication.translate("AreaDetails", "Population (MSS 2021)"), thousands),
        (QCoreApplication.translate("AreaDetails", "MSS 2021 status"),
         escape(", ".join("{} {}".format(n, name) for name, n in figures["status_mix"]))),
        (QCoreApplication.translate("AreaDetails", "Planungsräume"), "{}: <small>{}</small>".format(
            len(figures["plr"]), escape(", ".join("{} {}".format(name, plr_id) for plr_id, name in figures["plr"])))),
    ]
    parts = ["<h3>{}</h3>".format(escape(area.label))]
    if area.group:
        group = catalogue.group(area.group)
        parts.append("<p>{}</p>".format(escape(
            QCoreApplication.translate("AreaDetails", "Part of {code} {name}").format(code=group.code, name=group.name))))
    # small print for the long parts, so that the overview fits a 1280×800 screen (issue 13)
    if area.approximate:
        parts.append("<p style='color:#8a0b20'><small><b>{}</b> {}</small></p>".format(
            escape(QCoreApplication.translate("AreaDetails", "Approximate boundary.")), escape(area.composition_note)))
    else:
        parts.append("<p><small>{}</small></p>".format(escape(area.composition_note)))
    parts.append("<table cellpadding='1'>" + "".join(
        "<tr><td valign='top' width='30%'><b>{}</b></td><td>{}</td></tr>".format(escape(k), v) for k, v in filter(None, rows)) + "</table>")
    return "\n".join(parts)


def area_key_figures_html(figures):
    """The key figures of issue 5 (their own tab of the panel), or a note that there are none."""
    if not figures.get("summary_html"):
        return "<p>{}</p>".format(escape(QCoreApplication.translate("AreaDetails", "Key figures are not available.")))
    # rows closer together than in the export's table: the panel's tab must fit a 1280×800 screen
    table = figures["summary_html"].replace("cellpadding='2'", "cellpadding='0'")
    return "<h4>{}</h4>{}".format(escape(QCoreApplication.translate("AreaDetails", "Key figures")), table)


def area_programmes_html(area, catalogue):
    """HTML of the area's Ressortbeiträge and the sources of its number and boundary (their own
    tab of the panel, so that each part fits a 1280×800 screen without scrolling)."""
    parts = ["<h4>{}</h4>".format(escape(QCoreApplication.translate("AreaDetails", "Ressortbeiträge")))]
    inferred = False
    for department, programmes in catalogue.programmes_by_department(area.code):
        title = department.name if department else QCoreApplication.translate("AreaDetails", "Department not stated in the source")
        items = "; ".join("{} <i>({})</i>{}".format(escape(p.programme), escape(status_label(p.status)),
                                                    "*" if p.inferred_for_area else "") for p in programmes)
        inferred |= any(p.inferred_for_area for p in programmes)
        parts.append("<p style='margin-top:1px;margin-bottom:1px'><b>{}</b>: {}</p>".format(escape(title), items))
    if inferred:
        parts.append("<p><small>{}</small></p>".format(escape(QCoreApplication.translate(
            "AreaDetails", "* Assigned to this area by inference: the source names the programme for the "
                           "Gemeinschaftsinitiative as a whole, not for single areas."))))
    number = (QCoreApplication.translate("AreaDetails", "official") if area.number_status == "official"
              else QCoreApplication.translate("AreaDetails", "inferred"))
    parts.append("<h4>{}</h4><p><small>{}: {} – {}<br>{}: {}</small></p>".format(
        escape(QCoreApplication.translate("AreaDetails", "Sources")),
        escape(QCoreApplication.translate("AreaDetails", "Number")), escape(number), escape(area.number_source),
        escape(QCoreApplication.translate("AreaDetails", "Boundary")), escape(area.composition_source)))
    return "\n".join(parts)
