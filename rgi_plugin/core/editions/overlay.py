"""The criteria overlay on one MSS edition, and which Planungsräume entered or left the candidates.

``edition_inputs`` builds the inputs of ``criteria_overlay.run_criteria_overlay`` for an edition:
its own Planungsräume and MSS table, the schools, the user's Lmb table (if any) and, on the
Planungsräume before 2021, the social atlas as criterion 3. The atlas of 2013 had classes
(*Schicht* 1–7, 7 = lowest social status) that are not open data; the open GESIx is a
continuous index, where low values mark disadvantage. The stand-in is **inferred** and says so:
the Planungsräume are split into seven equal-count classes by GESIx, class 7 the lowest values.
GESIx 2013 serves the editions up to 2017 (the GI used the atlas of 2013), GESIx 2022 later ones
on the same scheme. Editions on LOR 2021 get no social criterion (the atlas is on the old ids,
which are never joined to LOR 2021).

``compare`` lists the Planungsräume that entered or left the candidate set between two runs:
on the same scheme by id, across schemes by area (a Planungsraum entered when candidates of
the earlier run cover less than half of it; it left when candidates of the later run do).
"""

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...definitions.datasets import GSSA_2022
from ..indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, MIN_CRITERIA, PUBLIC_PRIMARY_SCHOOL_EXPRESSION, SOCIAL_CLASS
from ..overlay.inputs import AreasInput, LmbTableInput, MssInput, OverlayInputs, PlanungsraumInput, SchoolInput, SocialInput
from ..overlay.run import run_criteria_overlay
from .shares import PlanungsraumIndex, overlaps
from .store import WORKING_CRS, plain

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

ENTERED, LEFT = "entered", "left"
#: Equal-count classes of the GESIx stand-in for the Schicht of the 2013 atlas.
GESIX_CLASSES = 7
#: Across schemes: a Planungsraum counts as covered by the other run's candidates from this share on.
COVERED_FROM = 0.5


def gesix_year(edition):
    """The GESIx year used with ``edition``: 2013 up to MSS 2017 (the GI's basis), 2022 after."""
    return 2013 if edition.year <= 2017 else 2022


def gesix_classes(values, classes=GESIX_CLASSES):
    """{plr_id: class 1..classes} by equal counts; class ``classes`` holds the lowest values.

    ``values``: {plr_id: GESIx or None}; Planungsräume without a value get no class. Ties are
    broken by id, so the result does not depend on input order.
    """
    ranked = sorted(((value, plr_id) for plr_id, value in values.items() if value is not None), reverse=True)
    count = len(ranked)
    return {plr_id: 1 + (position * classes) // count for position, (_, plr_id) in enumerate(ranked)}


def social_layer(store, edition):
    """A table (``plr_id``, ``schicht``, ``gesix``) of the inferred classes for ``edition``, and its note.

    On the Planungsräume before 2021 the classes join by id (the atlas's own scheme). On LOR 2021
    each Planungsraum takes the class of the old Planungsraum covering most of its area, if that
    covers at least half of it (area shares, no id joined); ``gesix`` then is that one's value.
    """
    from ..data import offline_copy, read_snapshot

    year = gesix_year(edition)
    dataset = read_snapshot().dataset(GSSA_2022)
    source = QgsVectorLayer(str(offline_copy(dataset).path), dataset.id, "ogr")
    column = "gesix_{}".format(year)
    values = {}
    for feature in source.getFeatures():
        value = plain(feature[column])
        values[feature["plr_id"]] = None if value is None else float(value)
    classes = gesix_classes(values)
    note = _translate(
        "Editions",
        "Social criterion: GESIx {year} of the Gesundheits- und Sozialstrukturatlas 2022, the Planungsräume split into {n} "
        "equal-count classes, class {n} = the lowest values (most disadvantaged). An inferred stand-in for Schicht 7 of "
        "the 2013 atlas, not an official class.").format(year=year, n=GESIX_CLASSES)
    if edition.scheme != dataset.lor_scheme:
        index = PlanungsraumIndex(store.dataset_planungsraeume(dataset.geometry_dataset))
        transferred = {}
        for plr_id, plr in store.planungsraeume(edition).items():
            pieces = sorted(overlaps(plr.geometry, index), key=lambda piece: (-piece[1], piece[0]))
            if pieces and plr.area > 0 and pieces[0][1] / plr.area >= COVERED_FROM:
                transferred[plr_id] = pieces[0][0]
        classes = {plr_id: classes.get(old) for plr_id, old in transferred.items()}
        values = {plr_id: values.get(old) for plr_id, old in transferred.items()}
        note += " " + _translate(
            "Editions",
            "Transferred to {scheme} by area: each Planungsraum takes the class of the Planungsraum before 2021 that covers "
            "most of it, if it covers at least half (no id joined); {n} Planungsräume got a class.").format(
            scheme=edition.lor_scheme.label(), n=sum(1 for value in classes.values() if value is not None))
    table = QgsVectorLayer("None", "GESIx {} ({})".format(year, _translate("Editions", "inferred classes")), "memory")
    table.dataProvider().addAttributes([QgsField("plr_id", QVariant.String), QgsField("schicht", QVariant.Int),
                                        QgsField("gesix", QVariant.Double)])
    table.updateFields()
    features = []
    for plr_id in sorted(values):
        feature = QgsFeature(table.fields())
        feature.setAttributes([plr_id, classes.get(plr_id), values[plr_id]])
        features.append(feature)
    table.dataProvider().addFeatures(features)
    return table, note


@dataclass
class EditionRun:
    """One overlay run on an edition: its inputs' description and the ``OverlayResult``."""

    edition: object
    result: object
    notes: list = field(default_factory=list)
    geometry: dict = field(default_factory=dict)  # plr_id -> store.Planungsraum

    def candidates(self):
        return {plr.plr_id for plr in self.result.planungsraeume if plr.candidate}


def edition_inputs(edition, store, schools, lmb_table=None, lmb_fields=("", ""), lmb_sheet=None, areas=None,
                   rule=DEFAULT_MSS_RULE, threshold=LMB_THRESHOLD_PERCENT, min_criteria=MIN_CRITERIA, social=True,
                   school_filter=PUBLIC_PRIMARY_SCHOOL_EXPRESSION, transform_context=None, expression_context=None):
    """``(OverlayInputs, notes)`` for ``edition``; sources are layers or Processing feature sources, the Lmb
    table may also be the path of a CSV/XLSX file (read by the plugin's table reader, columns detected)."""
    plr_layer = store.geometry_layer(edition)
    mss_layer = store.table_layer(edition)
    validity = "kom" if mss_layer.fields().lookupField("kom") >= 0 else ""
    label = "{} – {}".format(edition.label, edition.lor_scheme.label())
    inputs = OverlayInputs(
        planungsraeume=PlanungsraumInput(plr_layer, label, "plr_id", "plr_name"),
        mss=MssInput(mss_layer, edition.label, "plr_id", "si_n", "di_n", validity, "ew", rule),
        schools=SchoolInput(schools, schools.sourceName() or "schools", "bsn", school_filter, "", threshold),
        crs=QgsCoordinateReferenceSystem(WORKING_CRS),
        min_criteria=min_criteria,
        transform_context=transform_context,
        expression_context=expression_context,
    )
    notes = []
    if lmb_table is not None:
        label = Path(lmb_table).name if isinstance(lmb_table, (str, Path)) else (lmb_table.sourceName() or "Lmb")
        inputs.lmb_table = LmbTableInput(str(lmb_table) if isinstance(lmb_table, Path) else lmb_table, label,
                                         lmb_fields[0], lmb_fields[1], lmb_sheet)
    if social:
        table, note = social_layer(store, edition)
        inputs.social = SocialInput(table, table.name(), "plr_id", "schicht", SOCIAL_CLASS, None)
        notes.append(note)
    if areas is not None:
        inputs.areas = AreasInput(areas, areas.sourceName() or "Handlungsräume", "code", "name"
                                  if areas.fields().lookupField("name") >= 0 else "")
    return inputs, notes


def run_edition(edition, store, schools, feedback=None, **options):
    """Run the criteria overlay on ``edition``; returns an ``EditionRun`` (raises ``CriteriaOverlayError``)."""
    inputs, notes = edition_inputs(edition, store, schools, **options)
    result = run_criteria_overlay(inputs, feedback)
    return EditionRun(edition, result, notes, store.planungsraeume(edition))


@dataclass
class ComparisonRow:
    change: str  # ENTERED or LEFT
    edition: object  # the edition whose Planungsraum and values the row shows
    plr: object  # criteria_overlay_read.Planungsraum of that run
    other_cover_pct: float  # share of its area covered by the other run's candidates
    other_plr_ids: str  # the other run's overlapping Planungsräume (across schemes: with share, * = candidate)


@dataclass
class Comparison:
    before: EditionRun
    after: EditionRun
    rows: list

    @property
    def entered(self):
        return [row for row in self.rows if row.change == ENTERED]

    @property
    def left(self):
        return [row for row in self.rows if row.change == LEFT]

    def describe(self):
        if self.before.edition.scheme == self.after.edition.scheme:
            return _translate("Editions", "{before} → {after} on the same Planungsräume: entered = candidate in {after}, not "
                                          "in {before}; left = the reverse (joined by Planungsraum id).").format(
                before=self.before.edition.label, after=self.after.edition.label)
        return _translate(
            "Editions",
            "{before} → {after} on different LOR schemes (no id joined): entered = a candidate Planungsraum of {after} "
            "covered less than half by candidates of {before}; left = a candidate of {before} covered less than half by "
            "candidates of {after}. other_cover_pct gives that cover.").format(
            before=self.before.edition.label, after=self.after.edition.label)


def compare(before, after):
    """The Planungsräume that entered or left the candidate set from run ``before`` to ``after``."""
    rows = []
    if before.edition.scheme == after.edition.scheme:
        before_ids, after_ids = before.candidates(), after.candidates()
        for plr in after.result.planungsraeume:
            if plr.plr_id in after_ids and plr.plr_id not in before_ids:
                rows.append(ComparisonRow(ENTERED, after.edition, plr, 0.0, plr.plr_id))
        for plr in before.result.planungsraeume:
            if plr.plr_id in before_ids and plr.plr_id not in after_ids:
                rows.append(ComparisonRow(LEFT, before.edition, plr, 0.0, plr.plr_id))
    else:
        rows += _across(after, before, ENTERED)
        rows += _across(before, after, LEFT)
    rows.sort(key=lambda row: (row.change != ENTERED, row.plr.plr_id))
    return Comparison(before, after, rows)


def _across(run, other, change):
    other_candidates = other.candidates()
    index = PlanungsraumIndex(other.geometry)
    rows = []
    for plr in run.result.planungsraeume:
        if not plr.candidate or plr.plr_id not in run.geometry:
            continue
        own = run.geometry[plr.plr_id]
        pieces = overlaps(own.geometry, index)
        covered = sum(area for other_id, area in pieces if other_id in other_candidates)
        share = covered / own.area if own.area > 0 else 0.0
        if share < COVERED_FROM:
            listed = ", ".join("{}{} ({:.0f} %)".format(other_id, "*" if other_id in other_candidates else "", 100.0 * area / own.area)
                               for other_id, area in pieces)
            rows.append(ComparisonRow(change, run.edition, plr, round(100.0 * share, 1), listed))
    return rows


__all__ = ["ENTERED", "LEFT", "Comparison", "ComparisonRow", "EditionRun", "compare", "edition_inputs", "gesix_classes",
           "run_edition", "social_layer"]
