"""Fill an empty workspace with the data bundled with the plugin, every row marked as such.

Each row gets ``origin = 'bundle'`` and ``origin_source`` naming the bundled file; the geodata
rows name their dataset in ``gi.dataset_source`` (origin, licence, attribution from
``resources/data/datasets.json``). The catalogue is read by ``core.areas.reading.read_area_catalogue``
(the plugin folder's files only, not a profile copy), the geodata through QGIS from the bundled
GeoJSON files, the example Lmb quotas by ``core.indicators.lmb.reader.import_lmb`` (synthetic: marked
"Beispieldaten – keine amtlichen Werte" in every row). One transaction: all or nothing.
A workspace that already holds a catalogue is left untouched.
"""

from dataclasses import dataclass, field

from qgis.core import NULL, QgsVectorLayer

from ..core.areas import reading as bundled_catalogue
from ..core.data import BundledDataError, read_snapshot
from ..core.indicators.lmb.layer import school_catalogue
from ..core.indicators.lmb.reader import import_lmb
from ..definitions import datasets
from ..definitions.paths import CATALOGUE_DIR, EXAMPLE_LMB_FILE, PLUGIN_DIR
from . import catalogue_store, lmb_store
from .migrations import as_owner

#: bundled dataset id -> workspace table it fills.
TABLES = {datasets.LOR_PLR_2021: "planungsraum", datasets.MSS_2021: "mss", datasets.SCHULEN_2023: "school",
          datasets.HANDLUNGSRAEUME: "handlungsraum_boundary"}
MSS_EDITION = "MSS 2021"


@dataclass
class BundleReport:
    loaded: bool
    rows: dict = field(default_factory=dict)  # table -> rows written
    notes: list = field(default_factory=list)  # what a person should know (nothing dropped silently)
    lmb: object = None  # LmbStoreReport of the example quotas

    def lines(self):
        if not self.loaded:
            return ["The workspace already holds a catalogue; nothing was loaded."] + self.notes
        lines = ["{}: {} rows".format(table, count) for table, count in self.rows.items()]
        return lines + self.notes


def _relative(path):
    try:
        return str(path.relative_to(PLUGIN_DIR))
    except ValueError:
        return str(path)


def _value(value):
    return None if value == NULL or value is None else value


def _features(dataset):
    layer = QgsVectorLayer(str(dataset.path), dataset.id, "ogr")
    if not layer.isValid():
        raise BundledDataError("{}: QGIS could not read {}".format(dataset.id, dataset.path))
    names = layer.fields().names()
    for feature in layer.getFeatures():
        attributes = {name: _value(feature[name]) for name in names}
        yield attributes, bytes(feature.geometry().asWkb())


def load_bundle(session, with_example_lmb=True):
    """Load the bundled catalogue, geodata and (optionally) example Lmb quotas; a ``BundleReport``.

    Catalogue and geodata are written as ``gi_owner`` (``migrations.as_owner``), so an
    administrator who is no superuser fills the workspace too."""
    with session.transaction() as outer, as_owner(outer) as cursor:
        cursor.execute("SELECT count(*) FROM gi.handlungsraum")
        if cursor.fetchone()[0]:
            return BundleReport(False)
        report = BundleReport(True)
        snapshot = read_snapshot()
        for dataset in snapshot.datasets:
            cursor.execute("""INSERT INTO gi.dataset_source (dataset_id, title, edition, publisher, licence, attribution, source,
                                                             notes, origin, origin_source)
                              VALUES (%s, %s, %s, %s, %s, %s, %s, %s, 'bundle', %s)""",
                           (dataset.id, dataset.title.get("de", ""), dataset.edition, dataset.publisher, dataset.localized_licence("de"),
                            dataset.attribution, dataset.service, dataset.notes.get("de", ""), _relative(dataset.path)))
        catalogue = bundled_catalogue.read_area_catalogue(CATALOGUE_DIR)
        catalogue_store.write_catalogue(cursor, catalogue, "bundle", {name: _relative(path) for name, path in catalogue.files.items()})
        report.rows.update({"handlungsraum": len(catalogue.areas), "ressortbeitrag": len(catalogue.programmes),
                            "concept_document": len(catalogue.documents), "department": len(catalogue.departments)})
        report.rows["planungsraum"] = _load_planungsraeume(cursor, snapshot.dataset(datasets.LOR_PLR_2021))
        report.rows["mss"] = _load_mss(cursor, snapshot.dataset(datasets.MSS_2021))
        report.rows["school"] = _load_schools(cursor, snapshot.dataset(datasets.SCHULEN_2023), report)
        boundaries, composition = _load_boundaries(cursor, snapshot.dataset(datasets.HANDLUNGSRAEUME), catalogue)
        report.rows["handlungsraum_boundary"], report.rows["handlungsraum_composition"] = boundaries, composition
        for dataset_id, table in TABLES.items():
            expected = snapshot.dataset(dataset_id).expected_count
            if report.rows[table] != expected:
                raise BundledDataError("{}: {} rows loaded, {} expected".format(dataset_id, report.rows[table], expected))
    if with_example_lmb:
        report.lmb = _load_example_lmb(session, snapshot.dataset(datasets.SCHULEN_2023), report)
        report.rows["lmb_quota"] = len(report.lmb.stored)
    return report


def _load_planungsraeume(cursor, dataset):
    count = 0
    for attributes, wkb in _features(dataset):
        cursor.execute("""INSERT INTO gi.planungsraum (plr_id, plr_name, bzr_id, bzr_name, pgr_id, pgr_name, bez_id, bez_name,
                                                       geom, dataset_id, origin, origin_source)
                          VALUES (%s, %s, %s, %s, %s, %s, %s, %s, ST_Multi(ST_GeomFromWKB(%s, 25833)), %s, 'bundle', %s)""",
                       (attributes["plr_id"], attributes["plr_name"], attributes["bzr_id"], attributes["bzr_name"],
                        attributes["pgr_id"], attributes["pgr_name"], attributes["bez_id"], attributes["bez_name"], wkb,
                        dataset.id, _relative(dataset.path)))
        count += 1
    return count


MSS_COLUMNS = ("zeit", "ew", "si_n", "si_v", "di_n", "di_v", "sdi", "sdi_n", "sdi_v", "kom")


def _load_mss(cursor, dataset):
    count = 0
    for attributes, _ in _features(dataset):
        cursor.execute("""INSERT INTO gi.mss (plr_id, edition, {}, dataset_id, origin, origin_source)
                          VALUES (%s, %s, {}, %s, 'bundle', %s)""".format(", ".join(MSS_COLUMNS), ", ".join(["%s"] * len(MSS_COLUMNS))),
                       (attributes["plr_id"], MSS_EDITION) + tuple(attributes[c] for c in MSS_COLUMNS)
                       + (dataset.id, _relative(dataset.path)))
        count += 1
    return count


SCHOOL_COLUMNS = ("schulart", "traeger", "schultyp", "bezirk", "ortsteil", "plz", "strasse", "hausnr", "internet")


def _load_schools(cursor, dataset, report):
    count = 0
    cursor.execute("SELECT nr, name FROM gi.bezirk")
    names = dict(cursor.fetchall())
    for attributes, wkb in _features(dataset):
        bsn = attributes["bsn"]
        if names.get(bsn[:2]) != attributes["bezirk"]:
            report.notes.append("School {} ({}): its number belongs to {} ({}), its address lies in {}; its Lmb quota "
                                "belongs to {}.".format(bsn, attributes["schulname"], bsn[:2], names.get(bsn[:2]),
                                                         attributes["bezirk"], names.get(bsn[:2])))
        cursor.execute("""INSERT INTO gi.school (bsn, bezirk_nr, name, {}, geom, dataset_id, origin, origin_source)
                          VALUES (%s, %s, %s, {}, ST_GeomFromWKB(%s, 25833), %s, 'bundle', %s)""".format(
                           ", ".join(SCHOOL_COLUMNS), ", ".join(["%s"] * len(SCHOOL_COLUMNS))),
                       (bsn, bsn[:2], attributes["schulname"]) + tuple(attributes[c] or "" for c in SCHOOL_COLUMNS)
                       + (wkb, dataset.id, _relative(dataset.path)))
        count += 1
    return count


def _load_boundaries(cursor, dataset, catalogue):
    boundaries = composition = 0
    for attributes, wkb in _features(dataset):
        code = attributes["code"]
        official = catalogue.area(code).basis == "official_text"
        cursor.execute("""INSERT INTO gi.handlungsraum_boundary (area_code, status, basis, mss_edition, ew, source, geom,
                                                                 origin, origin_source)
                          VALUES (%s, %s, %s, %s, %s, %s, ST_Multi(ST_GeomFromWKB(%s, 25833)), 'bundle', %s)""",
                       (code, "official" if official else "approximation", attributes["basis"], attributes["mss_edition"] or "",
                        attributes["ew"], dataset.attribution, wkb, _relative(dataset.path)))
        boundaries += 1
        for plr_id in (attributes["plr_ids"] or "").split(","):
            cursor.execute("""INSERT INTO gi.handlungsraum_composition (area_code, plr_id, status, derived_by, mss_edition,
                                                                        origin, origin_source)
                              VALUES (%s, %s, %s, %s, %s, 'bundle', %s)""",
                           (code, plr_id, "official" if official else "derived", attributes["basis"],
                            attributes["mss_edition"] or "", _relative(dataset.path)))
            composition += 1
    return boundaries, composition


def _load_example_lmb(session, schools_dataset, report):
    schools = school_catalogue(QgsVectorLayer(str(schools_dataset.path), "schools", "ogr"))
    result = import_lmb(EXAMPLE_LMB_FILE, schools=schools)
    if result.report.problem_count():
        report.notes.append("Example Lmb table: " + result.report.summary())
    stored = lmb_store.store_import(session, result, origin="bundle", origin_source=_relative(EXAMPLE_LMB_FILE))
    for bsn, reason, bezirk in stored.not_stored:
        report.notes.append("Example Lmb quota of {} not stored: {} {}".format(bsn, reason, bezirk))
    return stored
