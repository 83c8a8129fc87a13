"""Criteria overlay: which Planungsräume meet the GI criteria on today's data.

For every Planungsraum it decides the three criteria (MSS "besonderer Aufmerksamkeitsbedarf",
a primary school at or above the Lmb threshold, Sozialstrukturatlas class), counts those that
are met, marks candidates, dissolves adjacent candidates into candidate areas and compares
them with the current Handlungsräume. Pure ``qgis.core``: spatial index and prepared GEOS
geometries, no chain of processing algorithms, no widgets. Deterministic: everything is
ordered by Planungsraum id, area code or school number, never by input order.
"""

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication

from .areas import assign_areas, read_areas, report_derived_areas
from .assignment import assign_schools_by_catchment, assign_schools_by_location, read_catchments, set_school_criterion
from .candidates import count_criteria, dissolve_candidates
from .checks import Report
from .index import grid_of
from .mss import read_mss
from .output import EXAMPLE_DATA_NOTE
from .planungsraeume import read_planungsraeume
from .schools import read_schools
from .summary import summarise
from .tables import read_social


@dataclass
class OverlayResult:
    planungsraeume: list
    candidate_areas: list
    summary: list
    report: Report
    data_note: str = ""
    stats: dict = field(default_factory=dict)


class _Progress:
    def __init__(self, feedback):
        self.feedback = feedback

    def set(self, percent):
        if self.feedback is not None:
            self.feedback.setProgress(percent)


def run_criteria_overlay(inputs, feedback=None):
    """Run the overlay; return an ``OverlayResult`` or raise ``CriteriaOverlayError``."""
    report = Report(feedback)
    progress = _Progress(feedback)
    context = inputs.transform_context
    plrs = read_planungsraeume(inputs.planungsraeume, inputs.crs, context, report, feedback)
    progress.set(10)
    read_mss(inputs.mss, plrs, report, feedback)
    progress.set(15)
    plr_index = grid_of(p.geometry for p in plrs)
    schools, lmb = read_schools(inputs.schools, inputs.lmb_table, inputs.crs, context, inputs.expression_context, report, feedback)
    data_note = inputs.data_note or (EXAMPLE_DATA_NOTE if lmb is not None and lmb.example else "")
    progress.set(25)
    if inputs.catchments is not None:
        catchments = read_catchments(inputs.catchments, inputs.crs, context, feedback)
        assign_schools_by_catchment(plrs, plr_index, schools, catchments, inputs.catchments.min_share_percent, report, feedback)
    else:
        assign_schools_by_location(plrs, plr_index, schools, report, feedback)
    set_school_criterion(plrs, schools, inputs.schools.threshold, report)
    progress.set(45)
    if inputs.social is not None:
        read_social(inputs.social, plrs, report, feedback)
    areas = []
    if inputs.areas is not None:
        areas = read_areas(inputs.areas, inputs.crs, context, report, feedback)
        assign_areas(plrs, areas, inputs.areas.min_share_percent, report, feedback)
        report_derived_areas(areas, report)
    progress.set(60)
    count_criteria(plrs, inputs.min_criteria, report)
    candidate_areas = dissolve_candidates(plrs, areas, inputs.adjacency_distance, report, feedback)
    progress.set(90)
    summary = summarise(plrs, areas)
    stats = {
        "planungsraeume": len(plrs),
        "crit_mss": sum(p.crit_mss is True for p in plrs),
        "crit_school": sum(p.crit_school is True for p in plrs),
        "crit_social": sum(p.crit_social is True for p in plrs),
        "candidates": sum(p.candidate for p in plrs),
        "candidate_areas": len(candidate_areas),
    }
    report.info(
        QCoreApplication.translate(
            "CriteriaOverlay",
            "{plr} Planungsräume: MSS criterion met by {mss}, school criterion by {school}, social criterion by {social}; "
            "{candidates} candidates in {areas} candidate areas."
        ).format(plr=stats["planungsraeume"], mss=stats["crit_mss"], school=stats["crit_school"], social=stats["crit_social"],
                 candidates=stats["candidates"], areas=stats["candidate_areas"])
    )
    return OverlayResult(plrs, candidate_areas, summary, report, data_note, stats)


# -- criterion 2: schools ------------------------------------------------------------------


# -- current Handlungsräume ---------------------------------------------------------------


# -- candidates -----------------------------------------------------------------------------


# -- summary ----------------------------------------------------------------------------------


