"""Working in the shared workspace: catalogue edits, dropped connections, concurrent sessions."""

import json
import threading
from dataclasses import replace

import pytest

from rgi_plugin.core.areas.catalogue import ConceptDocument, Ressortbeitrag
from rgi_plugin.core.areas.reading import read_area_catalogue as read_bundled
from rgi_plugin.core.indicators.lmb.reader import import_lmb
from rgi_plugin.definitions.paths import EXAMPLE_LMB_FILE
from rgi_plugin.workspace import catalogue_store, lmb_store
from rgi_plugin.workspace.connection import (
    WorkspaceConfig,
    WorkspaceConnectionLost,
    WorkspaceDataError,
    WorkspacePermissionError,
    WorkspaceSession,
    WorkspaceUnavailable,
)
from rgi_plugin.workspace.kept_document import KeptDocument
from support.workspace import BEZIRK_EDITORS, copy_of_template

NEW_PROGRAMME = Ressortbeitrag("lesefoerderung-06", "SenBJF", "Leseförderung Wedding", "Probe eines Koordinators", "context",
                               "Protokoll der Lenkungsrunde (Beispiel)", ("06",), "nur 06", "stated")


def terminate(test_workspace, session):
    pid = session.backend_pid
    assert pid
    assert test_workspace.admin_sql("SELECT pg_terminate_backend(%s)", (pid,)) == [(True,)]


# -- catalogue edits -------------------------------------------------------------------------

def test_a_coordinator_edits_and_a_district_user_sees_it_on_re_reading(workspace):
    anna = workspace.session("anna_mitte")
    before = catalogue_store.read_catalogue(anna)
    assert "lesefoerderung-06" not in [p.id for p in before.programmes]
    carl = workspace.session("carl_coordinator")
    catalogue_store.save_programme(carl, NEW_PROGRAMME)
    document_id, _ = catalogue_store.save_document(carl, ConceptDocument(
        "06", "Fortschreibung GI-IHK 06 Wedding", "2026", "Bezirksamt Mitte, SPK", "", "document", r"\\share\ihk06.pdf", ""))
    after = catalogue_store.read_catalogue(anna)
    assert [p for p in after.programmes_for("06") if p.id == NEW_PROGRAMME.id] == [NEW_PROGRAMME]
    assert NEW_PROGRAMME.id not in [p.id for p in after.programmes_for("07")]
    assert after.documents_for("06")[-1].title == "Fortschreibung GI-IHK 06 Wedding"
    # a change to an existing programme replaces it (by id); who and when are kept
    catalogue_store.save_programme(carl, replace(NEW_PROGRAMME, status="confirmed", applies_to=("06", "07")))
    again = catalogue_store.read_catalogue(anna)
    changed = [p for p in again.programmes if p.id == NEW_PROGRAMME.id]
    assert changed == [replace(NEW_PROGRAMME, status="confirmed", applies_to=("06", "07"))]
    assert workspace.admin_sql("SELECT created_by, changed_by, origin FROM gi.ressortbeitrag WHERE id = %s", (NEW_PROGRAMME.id,)) == [
        ("carl_coordinator", "carl_coordinator", "workspace")]
    log = workspace.admin_sql("SELECT operation, changed_by FROM gi.change_log WHERE table_name = 'ressortbeitrag' AND row_key = %s "
                              "ORDER BY id", (NEW_PROGRAMME.id,))
    assert log == [("INSERT", "carl_coordinator"), ("UPDATE", "carl_coordinator")]
    assert workspace.admin_sql("SELECT changed_by FROM gi.concept_document WHERE id = %s", (document_id,)) == [("carl_coordinator",)]


def test_a_re_read_without_change_returns_the_same_catalogue_and_any_change_is_seen(workspace):
    anna, carl = workspace.session("anna_mitte"), workspace.session("carl_coordinator")
    first = catalogue_store.read_catalogue(anna)
    assert catalogue_store.read_catalogue(anna) is first  # nothing changed: the session's copy
    document_id, _ = catalogue_store.save_document(carl, ConceptDocument("03", "Notiz", "", "", "", "document", "", ""))
    changed = catalogue_store.read_catalogue(anna)
    assert changed is not first and [d.title for d in changed.documents_for("03")][-1] == "Notiz"
    workspace.admin_sql("DELETE FROM gi.concept_document WHERE id = %s", (document_id,))  # a change made outside the plugin
    assert catalogue_store.read_catalogue(anna) == first


def test_an_invalid_edit_is_refused_whole(workspace):
    carl = workspace.session("carl_coordinator")
    before = catalogue_store.read_catalogue(carl)
    for bad in (replace(NEW_PROGRAMME, id="p-unknown-area", applies_to=("06", "99")),
                replace(NEW_PROGRAMME, id="p-unknown-department", department="SenXYZ"),
                replace(NEW_PROGRAMME, id="p-bad-status", status="planned")):
        with pytest.raises(WorkspaceDataError):
            catalogue_store.save_programme(carl, bad)
    assert catalogue_store.read_catalogue(carl) == before


def test_an_edit_the_catalogue_checks_refuse_is_rolled_back(workspace):
    """The database accepts the rows, the plugin's catalogue checks do not: nothing is saved."""
    carl = workspace.session("carl_coordinator")
    before = catalogue_store.read_catalogue(carl)
    with pytest.raises(WorkspaceDataError, match="13a"):
        with carl.transaction() as cursor:  # an area without LOR units: 'composition has no LOR units'
            cursor.execute("DELETE FROM gi.handlungsraum_unit WHERE area_code = '13a'")
            catalogue_store._check_after(cursor)
    assert catalogue_store.read_catalogue(carl) == before


def test_district_editors_cannot_edit_the_catalogue(workspace):
    with pytest.raises(WorkspacePermissionError):
        catalogue_store.save_programme(workspace.session("anna_mitte"), replace(NEW_PROGRAMME, id="not-allowed"))


# -- dropped connections ---------------------------------------------------------------------

def test_a_connection_dropped_mid_edit_saves_nothing_and_a_retry_saves_once(workspace):
    carl = workspace.session("carl_coordinator")
    edit = replace(NEW_PROGRAMME, id="drop-mid-edit")
    with pytest.raises(WorkspaceConnectionLost) as raised:
        with carl.transaction() as cursor:
            catalogue_store._upsert_programme(cursor, edit, None, "workspace", "")
            terminate(workspace, carl)
            cursor.execute("SELECT 1")  # the next statement of the same edit meets the dropped connection
    assert "was lost" in str(raised.value) and raised.value.details
    assert workspace.admin_sql("SELECT count(*) FROM gi.ressortbeitrag WHERE id = 'drop-mid-edit'") == [(0,)]
    assert not carl.connected
    catalogue_store.save_programme(carl, edit)  # the caller still holds the edit: the retry reconnects
    assert workspace.admin_sql("SELECT count(*) FROM gi.ressortbeitrag WHERE id = 'drop-mid-edit'") == [(1,)]


def test_a_connection_dropped_while_idle_gives_the_clear_error_and_the_bundled_fallback(workspace):
    anna = workspace.session("anna_mitte")
    assert catalogue_store.catalogue_or_bundled(anna).origin == "workspace"
    terminate(workspace, anna)
    source = catalogue_store.catalogue_or_bundled(anna)
    assert source.origin == "bundled"
    assert isinstance(source.error, WorkspaceConnectionLost)
    assert "was lost; nothing was changed" in str(source.error) and source.error.details  # a read: no change to lose
    assert source.catalogue == read_bundled()
    again = catalogue_store.catalogue_or_bundled(anna)  # the next read connects anew
    assert again.origin == "workspace" and again.error is None


def test_a_dropped_lmb_import_stores_nothing(workspace):
    anna = workspace.session("anna_mitte")
    before = lmb_store.read_quotas(anna, "2023/24")
    result = import_lmb(EXAMPLE_LMB_FILE)
    result.values = {bsn: 1.0 for bsn in result.values}
    terminate(workspace, anna)
    with pytest.raises(WorkspaceConnectionLost):
        lmb_store.store_import(anna, result)
    assert lmb_store.read_quotas(anna, "2023/24") == before
    assert set(lmb_store.store_import(anna, result).stored.values()) == {1.0}


def test_an_unreachable_workspace_falls_back_to_the_bundled_catalogue(pg_cluster):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    session = WorkspaceSession(WorkspaceConfig(service="gi-test-anna_mitte", port=str(port)), connect_timeout=2)
    source = catalogue_store.catalogue_or_bundled(session)
    assert source.origin == "bundled" and isinstance(source.error, WorkspaceUnavailable)
    assert "cannot be reached" in str(source.error)


def test_no_workspace_configured_is_the_bundled_catalogue_without_an_error():
    source = catalogue_store.catalogue_or_bundled(WorkspaceSession(WorkspaceConfig()))
    assert source.origin == "bundled" and source.error is None


# -- many sessions at once -------------------------------------------------------------------

def test_twenty_concurrent_sessions_importing_and_reading_stay_consistent(pg_cluster):
    """12 Bezirk editors import their quotas (alternately all 80 % and all 10 %) while 8 readers read
    the threshold view and the catalogue: every read sees each Bezirk wholly before or after an
    import, never half; at the end every Bezirk holds its last import."""
    target = copy_of_template(pg_cluster, "gi_concurrency")
    target.admin_sql("UPDATE gi.lmb_quota SET quota_percent = 10")  # a uniform start: every Bezirk below
    rounds = 6
    result = import_lmb(EXAMPLE_LMB_FILE)
    by_bezirk = {}
    for bsn in result.values:
        by_bezirk.setdefault(bsn[:2], []).append(bsn)
    errors, observations = [], []
    start = threading.Barrier(20)
    done = threading.Event()

    def editor(login, bezirk):
        try:
            session = target.session(login)
            start.wait(30)
            for number in range(rounds):
                mine = replace(result, values={bsn: (80.0 if number % 2 == 0 else 10.0) for bsn in result.values})
                report = lmb_store.store_import(session, mine)
                assert set(report.stored) == set(by_bezirk[bezirk])
            session.close()
        except Exception as error:  # reported below
            errors.append((login, repr(error)))

    def reader(number):
        try:
            session = target.session("rita_reader")
            start.wait(30)
            while not done.is_set():
                flags = lmb_store.read_thresholds(session, "2023/24")
                observations.append(flags)
                catalogue = catalogue_store.read_catalogue(session)
                assert len(catalogue.areas) == 16
            session.close()
        except Exception as error:
            errors.append(("reader{}".format(number), repr(error)))

    editors = [threading.Thread(target=editor, args=(login, login[-2:])) for login in BEZIRK_EDITORS]
    readers = [threading.Thread(target=reader, args=(n,)) for n in range(8)]
    for thread in editors + readers:
        thread.start()
    for thread in editors:
        thread.join(120)
    done.set()
    for thread in readers:
        thread.join(60)
    target.close()
    assert errors == []
    assert len(observations) >= 8
    for flags in observations:
        assert len(flags) == 376
        for bezirk, schools in by_bezirk.items():
            assert len({flags[bsn] for bsn in schools}) == 1, bezirk  # never half an import
    final = target.admin_sql("SELECT DISTINCT quota_percent FROM gi.lmb_quota")
    assert [float(q) for (q,) in final] == [10.0]  # the last round (6th) of every editor
    assert target.admin_sql("SELECT count(*) FROM gi.lmb_quota") == [(376,)]


# -- the catalogue kept between QGIS sessions ------------------------------------------------

def test_the_first_read_of_a_session_uses_the_kept_document_while_it_is_current(workspace, tmp_path):
    anna, carl = workspace.session("anna_mitte"), workspace.session("carl_coordinator")
    keep = KeptDocument(tmp_path, anna.config)
    first = catalogue_store.read_catalogue(anna, keep)
    version, changed_at, text = keep.load()
    assert json.loads(text)["areas"]["areas"][5]["code"] == "06"
    # mark the kept copy: a new session that uses it (instead of a transfer) shows the mark
    keep.save(version, changed_at, text.replace('"Wedding"', '"Wedding (kept)"', 1))
    anna.cache.clear()  # a new QGIS session
    assert catalogue_store.read_catalogue(anna, keep).area("06").name == "Wedding (kept)"
    # a change made meanwhile: the version differs, the document is transferred and kept anew
    catalogue_store.save_document(carl, ConceptDocument("06", "Neu", "", "", "", "document", "", ""))
    anna.cache.clear()
    changed = catalogue_store.read_catalogue(anna, keep)
    assert changed.area("06").name == "Wedding" and changed.documents_for("06")[-1].title == "Neu"
    assert keep.load()[0] == version + 1 and changed != first
    # a damaged kept copy is not used (and not kept)
    keep.path.write_text('{"version": %d, "changed_at": "%s"}\n{"areas": ' % keep.load()[:2], encoding="utf-8")
    anna.cache.clear()
    assert catalogue_store.read_catalogue(anna, keep) == changed
    assert keep.load() is None
