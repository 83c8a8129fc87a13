"""The workspace schema on a real PostgreSQL 15/PostGIS: migrations, bundled data, roles, RLS."""

import csv
import shutil
from dataclasses import replace

import psycopg2
import pytest

from rgi_plugin.core.areas import reading as bundled_catalogue
from rgi_plugin.core.areas.catalogue import PROGRAMME_STATUSES
from rgi_plugin.core.indicators.criteria import LMB_THRESHOLD_PERCENT
from rgi_plugin.core.indicators.lmb.reader import import_lmb
from rgi_plugin.definitions.paths import EXAMPLE_LMB_FILE
from rgi_plugin.workspace import bundle, catalogue_store, lmb_store, migrations
from rgi_plugin.workspace.catalogue_store import read_catalogue
from rgi_plugin.workspace.connection import WorkspacePermissionError, WorkspaceSchemaError
from support.workspace import copy_of_template

EXAMPLE_LABEL = "Beispieldaten – keine amtlichen Werte"


def example_rows():
    """bsn -> quota of the bundled example table, read here with the csv module."""
    with open(EXAMPLE_LMB_FILE, encoding="utf-8") as handle:
        return {row["bsn"]: float(row["lmb_quote"]) for row in csv.DictReader(handle, delimiter=";")}


# -- migrations ------------------------------------------------------------------------------

def test_migrations_are_recorded_and_a_second_run_changes_nothing(workspace):
    admin = workspace.session("gi_admin")
    assert migrations.apply_migrations(admin) == []
    rows = admin.query("SELECT version, name, checksum FROM gi_meta.schema_migrations ORDER BY version")
    assert [(m.version, m.name, m.checksum) for m in migrations.available()] == rows
    assert migrations.check_version(admin) == migrations.latest_version() == "0004"


def test_an_edited_migration_is_refused(workspace, tmp_path):
    folder = tmp_path / "sql"
    shutil.copytree(migrations.SQL_DIR, folder)
    path = folder / "0001_workspace.sql"
    path.write_text(path.read_text(encoding="utf-8") + "\n-- edited\n", encoding="utf-8")
    with pytest.raises(WorkspaceSchemaError, match="0001_workspace.sql"):
        migrations.apply_migrations(workspace.session("gi_admin"), folder)


def test_a_new_migration_is_applied_once_in_order(pg_cluster, tmp_path):
    target = copy_of_template(pg_cluster)
    folder = tmp_path / "sql"
    shutil.copytree(migrations.SQL_DIR, folder)
    (folder / "0099_note.sql").write_text("CREATE TABLE gi.migration_probe (id integer);", encoding="utf-8")
    admin = target.session("gi_admin")
    assert migrations.apply_migrations(admin, folder) == ["0099"]
    assert migrations.apply_migrations(admin, folder) == []
    assert admin.query("SELECT count(*) FROM gi_meta.schema_migrations")[0][0] == 5
    assert migrations.check_version(admin, folder) == "0099"
    target.close()


def test_an_empty_database_is_set_up_from_scratch(pg_cluster):
    pg_cluster.create_database("gi_fresh")
    from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession

    admin = WorkspaceSession(WorkspaceConfig(service="gi-test-gi_admin", dbname="gi_fresh"))
    with pytest.raises(WorkspaceSchemaError):
        migrations.check_version(admin)
    assert migrations.apply_migrations(admin) == ["0001", "0002", "0003", "0004"]
    assert admin.query("SELECT count(*) FROM gi.bezirk")[0][0] == 12
    admin.close()


def test_allowed_values_are_those_of_the_catalogue_reader(workspace):
    """The CHECK constraints accept exactly the values catalogue.py accepts."""
    admin = workspace.session("gi_admin")

    def accepted(sql, value):
        try:
            with admin.transaction() as cursor:
                cursor.execute(sql, (value,))
                cursor.execute("ROLLBACK")  # never keep the probe
                cursor.execute("BEGIN")
            return True
        except Exception:
            return False

    area = ("INSERT INTO gi.handlungsraum (code, name, bezirke, number_status, basis) VALUES ('zz', 'Probe', '{}', "
            "'inferred', %s)")
    assert [b for b in bundled_catalogue.BASES if accepted(area, b)] == list(bundled_catalogue.BASES)
    assert not accepted(area, "guessed")
    number = "INSERT INTO gi.handlungsraum (code, name, bezirke, number_status, basis) VALUES ('zz', 'P', '{}', %s, 'name_match')"
    assert [s for s in bundled_catalogue.NUMBER_STATUSES if accepted(number, s)] == list(bundled_catalogue.NUMBER_STATUSES)
    assert not accepted(number, "rumoured")
    programme = "INSERT INTO gi.ressortbeitrag (id, programme, applies_basis, status) VALUES ('zz', 'P', 'stated', %s)"
    assert [s for s in PROGRAMME_STATUSES if accepted(programme, s)] == list(PROGRAMME_STATUSES)
    assert not accepted(programme, "planned")
    basis = "INSERT INTO gi.ressortbeitrag (id, programme, status, applies_basis) VALUES ('zz', 'P', 'context', %s)"
    assert [b for b in bundled_catalogue.APPLIES_BASES if accepted(basis, b)] == list(bundled_catalogue.APPLIES_BASES)
    assert not accepted(basis, "guessed")
    unit = "INSERT INTO gi.handlungsraum_unit (area_code, position, level, unit_id) VALUES ('01', 99, %s)"
    for level, length in bundled_catalogue.UNIT_ID_LENGTHS.items():
        assert accepted(unit.replace("%s", "'{}', %s".format(level)), "1" * length)
        assert not accepted(unit.replace("%s", "'{}', %s".format(level)), "1" * (length + 1))


def test_the_threshold_of_the_view_is_the_criterion_threshold(workspace):
    rows = workspace.admin_sql("SELECT DISTINCT threshold_percent FROM gi.lmb_threshold")
    assert [float(r[0]) for r in rows] == [LMB_THRESHOLD_PERCENT]


def test_no_column_level_grants_and_forced_rls(workspace):
    columns = workspace.admin_sql("""SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                                     JOIN pg_namespace n ON n.oid = c.relnamespace
                                     WHERE n.nspname = 'gi' AND a.attacl IS NOT NULL""")
    assert columns == []
    assert workspace.admin_sql("SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = 'gi.lmb_quota'::regclass") == [
        (True, True)]


# -- the bundled data --------------------------------------------------------------------------

def test_bundled_data_loaded_completely_each_row_marked(pg_cluster, workspace):
    report = pg_cluster.bundle_report
    assert report.loaded
    assert report.rows == {"handlungsraum": 16, "ressortbeitrag": 15, "concept_document": 16, "department": 9,
                           "planungsraum": 542, "mss": 542, "school": 902, "handlungsraum_boundary": 16,
                           "handlungsraum_composition": report.rows["handlungsraum_composition"], "lmb_quota": 376}
    tables = ["dataset_source", "area_group", "handlungsraum", "handlungsraum_unit", "department", "ressortbeitrag",
              "ressortbeitrag_area", "concept_document", "planungsraum", "mss", "school", "handlungsraum_boundary",
              "handlungsraum_composition", "lmb_quota"]
    for table in tables:
        rows = workspace.admin_sql("SELECT origin, origin_source = '', count(*) FROM gi.{} GROUP BY 1, 2".format(table))
        listed = any(p.applies_to != "all" for p in bundled_catalogue.read_area_catalogue().programmes)
        expected = [] if table == "ressortbeitrag_area" and not listed else [("bundle", False)]
        assert [(origin, empty) for origin, empty, _ in rows] == expected, table
    sources = workspace.admin_sql("SELECT DISTINCT origin_source FROM gi.ressortbeitrag")
    assert sources == [("resources/catalogue/ressortbeitraege.json",)]
    assert workspace.admin_sql("SELECT DISTINCT dataset_id FROM gi.school") == [("schulen_2023",)]
    # the composition is the bundled layer's plr_ids, area by area
    composition = workspace.admin_sql("""SELECT area_code, string_agg(plr_id, ',' ORDER BY plr_id) FROM gi.handlungsraum_composition
                                         GROUP BY 1 ORDER BY 1""")
    import json

    from rgi_plugin.definitions.paths import DATA_DIR

    features = json.loads((DATA_DIR / "handlungsraeume_naeherung.geojson").read_text(encoding="utf-8"))["features"]
    assert composition == sorted((f["properties"]["code"], f["properties"]["plr_ids"]) for f in features)


def test_example_quotas_are_labelled_in_every_row(workspace):
    rows = workspace.admin_sql("SELECT bsn, quota_percent, example, data_note FROM gi.lmb_quota")
    assert {bsn: float(q) for bsn, q, _, _ in rows} == example_rows()
    assert {(example, note) for _, _, example, note in rows} == {(True, EXAMPLE_LABEL)}


def test_the_school_whose_address_lies_in_another_bezirk_is_reported(pg_cluster):
    notes = pg_cluster.bundle_report.notes
    assert len(notes) == 1 and "08B05" in notes[0] and "Neukölln" in notes[0] and "Mitte" in notes[0]


def test_a_loaded_workspace_is_not_loaded_twice(workspace):
    admin = workspace.session("gi_admin")
    assert not bundle.load_bundle(admin).loaded
    assert admin.query("SELECT count(*) FROM gi.handlungsraum")[0][0] == 16


def test_the_catalogue_from_the_workspace_equals_the_bundled_one(workspace):
    from_workspace = read_catalogue(workspace.session("rita_reader"))
    bundled = bundled_catalogue.read_area_catalogue()
    for part in ("areas", "groups", "departments", "programmes", "documents"):
        assert getattr(from_workspace, part) == getattr(bundled, part), part
    assert str(from_workspace.files["ressortbeitraege.json"]) == "gi.ressortbeitrag"


# -- roles and row-level security ---------------------------------------------------------------

def test_a_bezirk_editor_sees_only_the_quotas_of_their_bezirk(workspace):
    expected = {bsn: q for bsn, q in example_rows().items() if bsn.startswith("01")}
    anna = workspace.session("anna_mitte")
    assert lmb_store.editable_bezirke(anna) == ("01",)
    assert lmb_store.read_quotas(anna, "2023/24") == expected
    assert len(expected) > 10
    seen = anna.query("SELECT DISTINCT bezirk_nr FROM gi.lmb_quota_school")
    assert seen == [("01",)]


def test_a_bezirk_editor_changes_only_the_quotas_of_their_bezirk(workspace):
    anna = workspace.session("anna_mitte")
    neukoelln_before = workspace.admin_sql("SELECT bsn, quota_percent FROM gi.lmb_quota WHERE bsn LIKE '08%' ORDER BY 1")
    with anna.transaction() as cursor:
        cursor.execute("UPDATE gi.lmb_quota SET quota_percent = 99 WHERE bsn LIKE '08%'")
        assert cursor.rowcount == 0  # invisible rows are not touched
        cursor.execute("DELETE FROM gi.lmb_quota WHERE bsn LIKE '08%'")
        assert cursor.rowcount == 0
    with pytest.raises(WorkspacePermissionError):
        with anna.transaction() as cursor:  # writing a Neukölln school's quota: refused by the policy
            cursor.execute("INSERT INTO gi.lmb_quota (bsn, school_year, quota_percent) VALUES ('08G01', '2024/25', 50)")
    with pytest.raises(WorkspacePermissionError):
        with anna.transaction() as cursor:  # moving a Mitte row to a Neukölln school: refused too
            cursor.execute("UPDATE gi.lmb_quota SET bsn = '08G01' WHERE bsn = '01G01'")
    assert workspace.admin_sql("SELECT bsn, quota_percent FROM gi.lmb_quota WHERE bsn LIKE '08%' ORDER BY 1") == neukoelln_before


def test_an_import_is_stored_for_the_editors_bezirk_and_the_rest_reported(workspace):
    result = import_lmb(EXAMPLE_LMB_FILE)
    result.values = {bsn: round(min(q + 1.0, 100.0), 1) for bsn, q in result.values.items()}
    result.values["99Z99"] = 50.0  # a school the workspace does not know
    bert = workspace.session("bert_neukoelln")
    report = lmb_store.store_import(bert, result)
    neukoelln = {bsn for bsn in example_rows() if bsn.startswith("08")}
    assert set(report.stored) == neukoelln
    assert report.count(lmb_store.OTHER_BEZIRK) == 376 - len(neukoelln)
    assert [entry for entry in report.not_stored if entry[1] == lmb_store.UNKNOWN_SCHOOL] == [("99Z99", "unknown_school", "")]
    assert lmb_store.read_quotas(bert, "2023/24") == {bsn: result.values[bsn] for bsn in neukoelln}
    stamped = workspace.admin_sql("SELECT DISTINCT changed_by FROM gi.lmb_quota WHERE bsn LIKE '08%'")
    assert stamped == [("bert_neukoelln",)]
    others = workspace.admin_sql("SELECT bsn, quota_percent FROM gi.lmb_quota WHERE bsn NOT LIKE '08%'")
    assert {bsn: float(q) for bsn, q in others} == {b: q for b, q in example_rows().items() if not b.startswith("08")}


def test_a_reader_and_a_coordinator_see_only_the_threshold_view(workspace):
    rows = example_rows()
    for login in ("rita_reader", "carl_coordinator"):
        session = workspace.session(login)
        with pytest.raises(WorkspacePermissionError):
            session.query("SELECT * FROM gi.lmb_quota")
        with pytest.raises(WorkspacePermissionError):
            session.query("SELECT * FROM gi.lmb_quota_school")
        with pytest.raises(WorkspacePermissionError):
            lmb_store.store_import(session, import_lmb(EXAMPLE_LMB_FILE))
        thresholds = lmb_store.read_thresholds(session, "2023/24")
        assert set(thresholds) == set(rows)
        columns = [c[0] for c in session.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'gi' AND table_name = 'lmb_threshold'")]
        assert not any("quota" in c for c in columns)
    # 74.9 is below, 75.0 at the threshold: checked on the bundled values
    assert {bsn: flag for bsn, flag in thresholds.items()} == {bsn: q >= 75.0 for bsn, q in rows.items()}


def test_the_reader_cannot_edit_the_catalogue(workspace):
    with pytest.raises(WorkspacePermissionError):
        workspace.session("rita_reader").query("UPDATE gi.ressortbeitrag SET programme = 'x'")
    with pytest.raises(WorkspacePermissionError):
        workspace.session("rita_reader").query("DELETE FROM gi.concept_document")
    with pytest.raises(WorkspacePermissionError):
        workspace.session("anna_mitte").query("UPDATE gi.ressortbeitrag SET programme = 'x'")  # a Bezirk editor neither


def test_a_bezirk_editor_keeps_the_concept_documents_of_their_bezirks_areas_only(workspace):
    """The SPK of a Bezirk keeps its areas' concept documents (row-level security, forced); everyone reads them all."""
    from rgi_plugin.core.areas.catalogue import ConceptDocument
    from rgi_plugin.workspace.status import read_status

    anna = workspace.session("anna_mitte")  # Mitte: areas 06 and 07
    assert read_status(anna).document_areas == ("06", "07")
    assert read_status(workspace.session("bert_neukoelln")).document_areas == ("09", "13c")
    assert read_status(workspace.session("carl_coordinator")).document_areas == ()  # coordinators keep all, by their role
    assert workspace.admin_sql("SELECT relrowsecurity, relforcerowsecurity FROM pg_class "
                               "WHERE oid = 'gi.concept_document'::regclass") == [(True, True)]
    new = ConceptDocument("07", "Quartiersprofil Moabit-Nord", "2026", "Bezirksamt Mitte, SPK", "", "document", "", "")
    new_id, catalogue = catalogue_store.save_document(anna, new)
    assert new in catalogue.documents_for("07")
    (wedding_id,) = [row[0] for row in workspace.admin_sql("SELECT id FROM gi.concept_document WHERE area_code = '06'")]
    catalogue_store.save_document(anna, replace(catalogue.documents_for("06")[0], note="vom SPK Mitte ergänzt"), wedding_id)
    assert workspace.admin_sql("SELECT note, created_by, changed_by FROM gi.concept_document WHERE id = %s", (wedding_id,)) == [
        ("vom SPK Mitte ergänzt", "gi_admin", "anna_mitte")]
    assert workspace.admin_sql("SELECT changed_by, new_row ->> 'note' FROM gi.change_log WHERE table_name = 'concept_document' "
                               "AND row_key = %s ORDER BY id DESC LIMIT 1", (str(wedding_id),)) == [
        ("anna_mitte", "vom SPK Mitte ergänzt")]
    before = workspace.admin_sql("SELECT * FROM gi.concept_document ORDER BY id")
    with pytest.raises(WorkspacePermissionError):  # an area of Neukölln
        catalogue_store.save_document(anna, replace(new, area="09"))
    with pytest.raises(WorkspacePermissionError):  # moving Mitte's document to Neukölln
        catalogue_store.save_document(anna, replace(new, area="09"), new_id)
    (neukoelln_id,) = [row[0] for row in workspace.admin_sql("SELECT id FROM gi.concept_document WHERE area_code = '09'")]
    neukoelln = catalogue_store.read_catalogue(anna).documents_for("09")[0]
    stamp = catalogue_store.locate_document(anna, catalogue_store.read_catalogue(anna), neukoelln)[1]
    with pytest.raises(WorkspacePermissionError, match="may not change the entry"):
        catalogue_store.save_document(anna, replace(neukoelln, note="x"), neukoelln_id, since=stamp.changed_at)
    assert anna.query("DELETE FROM gi.concept_document WHERE area_code = '09' RETURNING id") == []  # not hers: nothing
    assert workspace.admin_sql("SELECT * FROM gi.concept_document ORDER BY id") == before
    assert len(catalogue_store.read_catalogue(workspace.session("rita_reader")).documents) == len(before)  # all read all


def test_the_password_login_connects_only_with_its_password(pg_cluster, workspace):
    base = dict(host="127.0.0.1", port=pg_cluster.port, dbname=workspace.dbname, user="paula_password", connect_timeout=5)
    with pytest.raises(psycopg2.OperationalError, match="password"):
        psycopg2.connect(**base).close()
    connection = psycopg2.connect(password="Geheim-2026", **base)
    connection.close()
