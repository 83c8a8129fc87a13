"""Lernmittelbefreiung quotas in the workspace: stored for the user's Bezirk, confidential.

``store_import`` takes what ``core.indicators.lmb.reader.import_lmb`` read (the one reader of Lmb tables)
and stores, in one transaction, the quotas of the schools of the Bezirke the login may edit
(membership of ``gi_bezirk_NN``). Every value is stored or reported with its reason: a school
of another Bezirk, a school the workspace does not know. Row-level security in the database
enforces the same limit; this module only keeps the import from failing on it as a whole.

Readers and coordinators see only ``gi.lmb_threshold`` (at or above 75 %, no quota):
``read_thresholds``.

``read_import`` gives the quotas the login may see back as an ``LmbImport``, read by the one
reader of Lmb tables from the rows of ``gi.lmb_quota``: the key figures, the fact sheets, the
school layer and (through that layer) the criteria overlay use the workspace's quotas exactly
as they use a file's.
"""

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication

from ..core import tables as ti
from ..core.indicators.lmb.columns import LmbMapping
from ..core.indicators.lmb.example import EXAMPLE_MARK
from ..core.indicators.lmb.reader import import_lmb
from .connection import WorkspaceDataError, WorkspacePermissionError

_translate = QCoreApplication.translate

OTHER_BEZIRK = "other_bezirk"
UNKNOWN_SCHOOL = "unknown_school"


@dataclass
class LmbStoreReport:
    school_year: str
    bezirke: tuple  # the Bezirk numbers the login may edit
    stored: dict = field(default_factory=dict)  # bsn -> percent
    not_stored: list = field(default_factory=list)  # (bsn, reason, Bezirk number or "")

    def count(self, reason):
        return sum(1 for entry in self.not_stored if entry[1] == reason)

    def summary(self):
        return _translate("Workspace", "{stored} Lmb quotas stored in the shared workspace for {bezirke}, school year {year}; "
                                       "{other} of schools of another Bezirk and {unknown} of unknown schools not stored.").format(
            stored=len(self.stored), bezirke=", ".join(self.bezirke), year=self.school_year,
            other=self.count(OTHER_BEZIRK), unknown=self.count(UNKNOWN_SCHOOL))


def editable_bezirke(session):
    """The Bezirk numbers whose quotas this login may see and change."""
    return tuple(row[0] for row in session.query("SELECT nr FROM gi.editable_bezirke() AS nr ORDER BY nr"))


def store_import(session, result, school_year=None, origin="workspace", origin_source=""):
    """Store an ``LmbImport`` for the login's Bezirk(e); returns an ``LmbStoreReport``.

    The school year is the import's (or ``school_year``); a quota already stored for the same
    school and year is replaced. Nothing is stored if anything fails.
    """
    from psycopg2.extras import execute_values

    year = str(school_year or result.school_year or "").strip()
    if not year:
        raise WorkspaceDataError(_translate("Workspace", "The Lmb table names no school year: choose the school year to "
                                                         "store the quotas under."))
    note = EXAMPLE_MARK if result.example else ""
    source = str(getattr(result, "source", "") or "")
    with session.transaction() as cursor:
        cursor.execute("SELECT nr FROM gi.editable_bezirke() AS nr ORDER BY nr")
        bezirke = tuple(row[0] for row in cursor.fetchall())
        if not bezirke:
            raise WorkspacePermissionError(_translate("Workspace", "Your login edits no Bezirk in the shared workspace, so it "
                                                                   "cannot store Lmb quotas."))
        report = LmbStoreReport(year, bezirke)
        cursor.execute("SELECT bsn, bezirk_nr FROM gi.school WHERE bsn = ANY(%s)", (sorted(result.values),))
        school_bezirk = dict(cursor.fetchall())
        rows = []
        for bsn, percent in sorted(result.values.items()):
            bezirk = school_bezirk.get(bsn)
            if bezirk is None:
                report.not_stored.append((bsn, UNKNOWN_SCHOOL, ""))
            elif bezirk not in bezirke:
                report.not_stored.append((bsn, OTHER_BEZIRK, bezirk))
            else:
                rows.append((bsn, year, percent, bool(result.example), note, source, origin, origin_source))
                report.stored[bsn] = percent
        if rows:
            execute_values(cursor, """
                INSERT INTO gi.lmb_quota (bsn, school_year, quota_percent, example, data_note, source, origin, origin_source)
                VALUES %s
                ON CONFLICT (bsn, school_year) DO UPDATE SET quota_percent = EXCLUDED.quota_percent,
                    example = EXCLUDED.example, data_note = EXCLUDED.data_note, source = EXCLUDED.source,
                    origin = EXCLUDED.origin, origin_source = EXCLUDED.origin_source""", rows, page_size=1000)
    return report


def school_years(session, view="gi.lmb_threshold"):
    return [row[0] for row in session.query("SELECT DISTINCT school_year FROM {} ORDER BY 1".format(view))]


def read_quotas(session, school_year):
    """bsn -> percent of the quotas this login may see (its Bezirk(e)); raises for a reader."""
    rows = session.query("SELECT bsn, quota_percent FROM gi.lmb_quota WHERE school_year = %s ORDER BY bsn", (school_year,))
    return {bsn: float(percent) for bsn, percent in rows}


#: The columns of the table ``read_import`` hands to the Lmb reader (named as a user's export would be).
IMPORT_HEADERS = ("bsn", "lmb_quote", "schuljahr", "hinweis")


def latest_school_year(session):
    """The latest school year with quotas this login may see, or None."""
    rows = session.query("SELECT school_year FROM gi.lmb_quota GROUP BY school_year ORDER BY school_year DESC LIMIT 1")
    return rows[0][0] if rows else None


def read_import(session, school_year=None, schools=None):
    """The quotas of ``school_year`` (default: the latest) this login may see, as an ``LmbImport``.

    Read by ``import_lmb`` (the one reader of Lmb tables) from the rows of ``gi.lmb_quota``:
    ``schools`` (BSN -> public primary school) checks the numbers as for a file. Row-level
    security decides which rows there are: a Bezirk's own, none for a reader.
    """
    try:
        year = school_year or latest_school_year(session)
        rows = session.query("""SELECT bsn, quota_percent, school_year, data_note FROM gi.lmb_quota WHERE school_year = %s
                                ORDER BY bsn""", (year,)) if year else []
    except WorkspacePermissionError as error:
        raise WorkspacePermissionError(_translate("Workspace", "Your login sees no Lmb quotas in the shared workspace, only whether a "
                                                               "school is at or above the threshold."), error.details) from error
    label = "gi.lmb_quota ({})".format(session.config.describe())
    table = ti.Table(path=label, headers=list(IMPORT_HEADERS), file_format="workspace",
                     rows=[(number, [bsn, float(quota), school_year, note or None])
                           for number, (bsn, quota, school_year, note) in enumerate(rows, start=1)])
    mapping = LmbMapping(bsn_column="bsn", quota_column="lmb_quote", school_year_column="schuljahr", school_year=year,
                         scale=ti.PERCENT)
    return import_lmb(table, mapping, schools)


def read_thresholds(session, school_year):
    """bsn -> True (at or above the threshold) / False, for every school with a quota."""
    rows = session.query("SELECT bsn, at_or_above_threshold FROM gi.lmb_threshold WHERE school_year = %s ORDER BY bsn",
                         (school_year,))
    return dict(rows)
