"""The workspace in the panel, against the real PostgreSQL/PostGIS of the tests: choosing it, which
catalogue is in use and why, setting it up, coordinators' edits (and a dropped connection)."""

from dataclasses import replace

import pytest
from qgis.core import Qgis, QgsSettings

from rgi_plugin.controllers.areas import AreaController
from rgi_plugin.controllers.workspace import WorkspaceController
from rgi_plugin.controllers.workspace_views import WorkspaceViews
from rgi_plugin.core.areas.reading import read_area_catalogue as read_bundled
from rgi_plugin.definitions.names import SETTINGS_PREFIX
from rgi_plugin.workspace import catalogue_store
from rgi_plugin.workspace.connection import WorkspaceConfig, read_config
from support.dialogs import when_shown
from support.widgets import messages, visible_codes


@pytest.fixture
def wired(gi_iface, qtbot):
    """The plugin's workspace parts as plugin.py wires them: controller, views, areas panel with its bar."""
    made = []

    def make(config=None):
        workspace = WorkspaceController(gi_iface, config=config)
        views = WorkspaceViews(gi_iface, workspace)
        areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: None, read_catalogue=workspace.catalogue)
        workspace.catalogueChanged.connect(lambda source: areas.show_catalogue(source.catalogue))
        panel = areas.create_panel()
        qtbot.addWidget(panel)
        bar = panel.add_bar(views.create_bar(panel))
        tab = views.create_panel()
        qtbot.addWidget(tab)
        parts = type("Parts", (), {"workspace": workspace, "views": views, "areas": areas, "panel": panel, "bar": bar, "tab": tab})
        made.append(parts)
        return parts

    yield make
    for parts in made:
        parts.views.unload()
        parts.workspace.unload()
        parts.areas.unload()


def terminate(workspace, session):
    assert workspace.admin_sql("SELECT pg_terminate_backend(%s)", (session.backend_pid,)) == [(True,)]


# -- choosing the workspace ------------------------------------------------------------------

def test_without_a_workspace_the_panel_says_the_bundled_catalogue_is_in_use(wired):
    parts = wired()
    assert parts.workspace.catalogue_source().origin == "bundled"
    assert len(visible_codes(parts.panel)) == 16
    assert parts.bar.originLabel.text() == "Catalogue: bundled data"
    assert "no shared workspace is configured" in parts.tab.catalogueLabel.text()
    assert not parts.bar.editButton.isVisibleTo(parts.panel)
    assert not parts.tab.setUpButton.isVisibleTo(parts.tab)


def test_the_user_checks_and_chooses_a_workspace_in_the_panel_and_no_password_is_stored(workspace, wired, gi_iface):
    parts = wired()
    parts.tab.serviceEdit.setText("gi-test-anna_mitte")
    parts.tab.databaseEdit.setText(workspace.dbname)
    parts.tab.checkButton.click()
    assert parts.tab.checkLabel.text().endswith(
        "Login anna_mitte: keeps the Lmb quotas of Mitte; keeps the concept documents of the areas 06, 07.</span>")
    assert read_config() == WorkspaceConfig()  # checking changes nothing
    parts.tab.applyButton.click()
    assert read_config() == WorkspaceConfig(service="gi-test-anna_mitte", dbname=workspace.dbname)
    qsettings = QgsSettings()
    qsettings.beginGroup(SETTINGS_PREFIX)
    stored = {key: qsettings.value(key) for key in qsettings.allKeys()}
    qsettings.endGroup()
    assert not [key for key in stored if "pass" in key.lower()] and "Geheim" not in repr(stored)
    assert parts.workspace.catalogue_source().origin == "workspace"
    assert parts.bar.originLabel.text() == "Catalogue: shared workspace"
    assert "Catalogue from the shared workspace (service=gi-test-anna_mitte)" in parts.tab.catalogueLabel.text()
    assert parts.tab.loginLabel.text() == (
        "Login anna_mitte: keeps the Lmb quotas of Mitte; keeps the concept documents of the areas 06, 07.")
    assert len(visible_codes(parts.panel)) == 16
    assert parts.bar.editButton.isVisibleTo(parts.panel)  # a Bezirk editor: the concept documents of her Bezirk's areas
    # back to the bundled data: an empty form
    for edit in (parts.tab.serviceEdit, parts.tab.databaseEdit):
        edit.clear()
    parts.tab.applyButton.click()
    assert read_config() == WorkspaceConfig() and parts.workspace.catalogue_source().origin == "bundled"
    assert messages(gi_iface, Qgis.MessageLevel.Warning) == []


def test_a_qgis_authentication_configuration_chosen_in_the_panel_logs_in(pg_cluster, workspace, wired):
    from support.workspace import PASSWORD, PASSWORD_LOGIN, store_basic_config

    authcfg = store_basic_config("GI panel test", PASSWORD_LOGIN, PASSWORD)
    parts = wired()
    parts.tab.authSelect.setConfigId(authcfg)
    parts.tab.hostEdit.setText("127.0.0.1")
    parts.tab.portEdit.setText(str(pg_cluster.port))
    parts.tab.databaseEdit.setText(workspace.dbname)
    parts.tab.checkButton.click()
    assert "Login {}: reads".format(PASSWORD_LOGIN) in parts.tab.checkLabel.text()
    parts.tab.applyButton.click()
    assert read_config() == WorkspaceConfig(authcfg=authcfg, host="127.0.0.1", port=str(pg_cluster.port), dbname=workspace.dbname)
    assert parts.workspace.catalogue_source().origin == "workspace"
    qsettings = QgsSettings()
    qsettings.beginGroup(SETTINGS_PREFIX)
    stored = [str(qsettings.value(key)) for key in qsettings.allKeys()]
    qsettings.endGroup()
    assert PASSWORD not in " ".join(stored)  # the password stays in QGIS's encrypted store


def test_an_unreachable_workspace_falls_back_and_the_panel_says_why(pg_cluster, wired, gi_iface):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    parts = wired(WorkspaceConfig(service="gi-test-anna_mitte", port=str(port)))
    source = parts.workspace.catalogue_source()
    assert source.origin == "bundled" and source.catalogue == read_bundled()
    assert len(visible_codes(parts.panel)) == 16  # the user keeps working on the bundled catalogue
    assert parts.bar.originLabel.text() == "Catalogue: bundled data – the shared workspace cannot be used"
    assert "cannot be reached" in parts.bar.originLabel.toolTip()
    assert "because the shared workspace cannot be used" in parts.tab.catalogueLabel.text()
    warnings = messages(gi_iface, Qgis.MessageLevel.Warning)
    assert len(warnings) == 1 and "cannot be reached" in warnings[0] and "Details are in the log tab" in warnings[0]


# -- setting it up ---------------------------------------------------------------------------

def test_an_administrator_sets_up_an_empty_database_from_the_panel(pg_cluster, wired, monkeypatch, gi_iface):
    from qgis.PyQt.QtWidgets import QMessageBox

    pg_cluster.create_database("gi_panel_setup")
    parts = wired(WorkspaceConfig(service="gi-test-gi_admin", dbname="gi_panel_setup"))
    assert parts.workspace.catalogue_source().origin == "bundled"
    assert "holds no GI workspace yet" in parts.tab.loginLabel.text()
    assert parts.tab.setUpButton.isVisibleTo(parts.tab) and parts.tab.setUpButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    parts.tab.setUpButton.click()
    assert parts.workspace.catalogue_source().origin == "workspace"
    assert parts.workspace.catalogue().areas == read_bundled().areas
    assert "administrator" in parts.tab.loginLabel.text()
    assert messages(gi_iface, Qgis.MessageLevel.Success)[-1].startswith(
        "Shared workspace:The shared workspace is set up (version 0004). It was filled with the bundled catalogue")
    origins = pg_cluster.execute("SELECT DISTINCT origin FROM gi.ressortbeitrag", "gi_panel_setup")
    assert origins == [("bundle",)]


def test_readers_and_editors_are_not_offered_the_set_up(workspace, wired):
    for login in ("rita_reader", "anna_mitte", "carl_coordinator"):
        parts = wired(workspace.config(login))
        parts.workspace.catalogue_source()
        parts.views.refresh()
        assert not parts.tab.setUpButton.isVisibleTo(parts.tab), login


# -- coordinators edit the catalogue ---------------------------------------------------------

def fill_programme(dialog, programme_id, name, areas):
    dialog.idEdit.setText(programme_id)
    dialog.programmeEdit.setText(name)
    dialog.departmentCombo.setCurrentIndex(dialog.departmentCombo.findData("SenBJF"))
    dialog.descriptionEdit.setPlainText("Lesepaten an den Grundschulen")
    dialog.sourceEdit.setText("Protokoll der Lenkungsrunde (Beispiel)")
    dialog._check_areas(areas)


def test_a_coordinator_adds_a_ressortbeitrag_from_the_panel_and_a_district_user_sees_it(workspace, wired, gi_iface):
    carl = wired(workspace.config("carl_coordinator"))
    anna = wired(workspace.config("anna_mitte"))
    assert carl.workspace.may_edit_catalogue() and not anna.workspace.may_edit_catalogue()
    assert carl.bar.editButton.isVisibleTo(carl.panel)
    carl.panel.select_area("06")
    assert {"newProgrammeAction", "changeProgrammeMenu", "newDocumentAction", "changeDocumentMenu"} <= set(menu_actions(carl.bar))
    carl.panel.select_area("06")
    anna.panel.select_area("06")
    dialog = carl.views.edit_programme(None, "06", run=False)
    assert dialog.checked_areas() == ("06",)
    fill_programme(dialog, "lesepaten-06", "Lesepaten Wedding", ["06", "07"])
    assert dialog.try_save() and dialog.result() == dialog.DialogCode.Accepted
    saved = [p for p in carl.workspace.catalogue().programmes if p.id == "lesepaten-06"]
    assert saved and saved[0].applies_to == ("06", "07") and saved[0].department == "SenBJF"
    assert "Lesepaten Wedding" in carl.panel.programmesBrowser.toPlainText()  # the coordinator's panel at once
    assert "Lesepaten Wedding" not in anna.panel.programmesBrowser.toPlainText()
    anna.bar.reloadButton.click()  # the district user reads again
    assert "Lesepaten Wedding" in anna.panel.programmesBrowser.toPlainText()
    assert anna.panel.current_code() == "06"
    assert workspace.admin_sql("SELECT created_by, changed_by, origin FROM gi.ressortbeitrag WHERE id = 'lesepaten-06'") == [
        ("carl_coordinator", "carl_coordinator", "workspace")]
    # changing it shows who and when, and keeps the id
    changed = carl.views.edit_programme(saved[0], run=False)
    assert changed.idEdit.isReadOnly() and "Created by carl_coordinator on" in changed.stampLabel.text()
    changed.statusCombo.setCurrentIndex(changed.statusCombo.findData("confirmed"))
    assert changed.try_save()
    assert [p.status for p in carl.workspace.catalogue().programmes if p.id == "lesepaten-06"] == ["confirmed"]


def test_an_invalid_or_taken_edit_keeps_the_dialog_open_with_the_reason(workspace, wired):
    carl = wired(workspace.config("carl_coordinator"))
    dialog = carl.views.edit_programme(None, "", run=False)
    fill_programme(dialog, "Lesepaten 06", "Lesepaten", ["06"])
    assert not dialog.try_save() and "lower-case letters" in dialog.errorLabel.text()
    fill_programme(dialog, "bonus-programm", "Lesepaten", ["06"])
    assert not dialog.try_save() and "taken already" in dialog.errorLabel.text()
    dialog._check_areas([])
    dialog.idEdit.setText("lesepaten-leer")
    assert not dialog.try_save() and "Choose the Handlungsräume" in dialog.errorLabel.text()
    before = catalogue_store.read_catalogue(workspace.session("rita_reader"))
    assert "lesepaten-leer" not in [p.id for p in before.programmes]


def test_an_entry_changed_by_someone_else_meanwhile_is_not_overwritten(workspace, wired):
    carl = wired(workspace.config("carl_coordinator"))
    programme = carl.workspace.catalogue().programmes[0]
    dialog = carl.views.edit_programme(programme, run=False)
    other = workspace.session("carl_coordinator")
    catalogue_store.save_programme(other, replace(programme, description="von jemand anderem"))
    dialog.descriptionEdit.setPlainText("meine Änderung")
    assert not dialog.try_save()
    assert "after you opened it" in dialog.errorLabel.text()
    assert dialog.descriptionEdit.toPlainText() == "meine Änderung"  # the edit is still there
    assert [p.description for p in catalogue_store.read_catalogue(other).programmes if p.id == programme.id] == ["von jemand anderem"]


def test_a_dropped_connection_keeps_the_edit_in_the_dialog_falls_back_and_a_retry_saves_it(workspace, wired, gi_iface):
    carl = wired(workspace.config("carl_coordinator"))
    carl.panel.select_area("06")
    document = carl.workspace.catalogue().documents_for("06")[0]
    dialog = carl.views.edit_document(document, run=False)
    assert "Created by gi_admin" in dialog.stampLabel.text()
    dialog.localFileEdit.setText(r"\\fileserver\gi\GI-IHK-06.pdf")
    terminate(workspace, carl.workspace.session)
    assert not dialog.try_save()
    assert "was lost; this change was not saved" in dialog.errorLabel.text()
    assert dialog.localFileEdit.text() == r"\\fileserver\gi\GI-IHK-06.pdf"  # nothing typed is lost
    assert carl.workspace.catalogue_source().origin == "bundled"
    assert carl.bar.originLabel.text() == "Catalogue: bundled data – the shared workspace cannot be used"
    assert "was lost" in messages(gi_iface, Qgis.MessageLevel.Critical)[-1]
    assert workspace.admin_sql("SELECT local_file FROM gi.concept_document WHERE area_code = '06'") == [("",)]
    assert dialog.try_save()  # the connection is back: Save again
    assert carl.workspace.catalogue_source().origin == "workspace"
    assert carl.workspace.catalogue().documents_for("06")[0].local_file == r"\\fileserver\gi\GI-IHK-06.pdf"
    assert workspace.admin_sql("SELECT changed_by FROM gi.concept_document WHERE area_code = '06'") == [("carl_coordinator",)]


def test_a_new_concept_document_through_the_running_dialog(workspace, wired):
    carl = wired(workspace.config("carl_coordinator"))
    carl.panel.select_area("03")
    seen = []

    def fill_and_save(dialog):
        dialog.titleEdit.setText("Fortschreibung GI-IHK 03")
        dialog.yearEdit.setText("2026")
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Save).click()

    when_shown("GemeinschaftsinitiativeDocumentDialog", fill_and_save, seen)
    carl.bar.newDocumentRequested.emit("03")  # what the bar's menu entry emits
    assert seen and seen[0].areaCombo.currentData() == "03"
    assert [d.title for d in carl.workspace.catalogue().documents_for("03")][-1] == "Fortschreibung GI-IHK 03"
    from qgis.PyQt.QtWidgets import QLabel

    shown = {label.text(): label.toolTip() for label in carl.panel.documentsBox.findChildren(QLabel)}
    assert "Fortschreibung GI-IHK 03" in shown  # the panel lists it at once, its year in the tooltip
    assert shown["Fortschreibung GI-IHK 03"].startswith("Fortschreibung GI-IHK 03 · 2026")


# -- someone else changed the catalogue after it was read --------------------------------------

def changed_warnings(iface):
    return [text for text in messages(iface, Qgis.MessageLevel.Warning) if "after the catalogue was read" in text]


def test_a_ressortbeitrag_changed_since_the_catalogue_was_read_is_not_opened_with_the_old_text(workspace, wired, gi_iface):
    carl = wired(workspace.config("carl_coordinator"))
    shown = [p for p in carl.workspace.catalogue().programmes if p.id == "bonus-programm"][0]
    other = workspace.session("carl_coordinator")
    catalogue_store.save_programme(other, replace(shown, description="Neu gefasst von jemand anderem"))
    assert carl.views.edit_programme(shown, run=False) is None  # its form would show (and save) the old description
    assert changed_warnings(gi_iface) == ["Shared workspace:The Ressortbeitrag “{}” was changed or removed in the shared workspace "
                                          "after the catalogue was read. Press “Read again” and open it once more.".format(
                                              shown.programme)]
    assert workspace.admin_sql("SELECT description FROM gi.ressortbeitrag WHERE id = 'bonus-programm'") == [
        ("Neu gefasst von jemand anderem",)]
    carl.bar.reloadButton.click()
    current = [p for p in carl.workspace.catalogue().programmes if p.id == "bonus-programm"][0]
    dialog = carl.views.edit_programme(current, run=False)
    assert dialog.descriptionEdit.toPlainText() == "Neu gefasst von jemand anderem"
    assert "last changed by carl_coordinator" in dialog.stampLabel.text()


def add_document(session, area, title):
    """Another coordinator's new concept document of ``area`` (appended to its documents)."""
    from rgi_plugin.core.areas.catalogue import ConceptDocument

    return catalogue_store.save_document(session, ConceptDocument(area, title, "2026", "Bezirksamt (Beispiel)", "", "document", "",
                                                                  ""))[0]


def area_documents(workspace, area):
    return workspace.admin_sql("SELECT id, title, year, note, changed_by FROM gi.concept_document WHERE area_code = %s "
                               "ORDER BY position, id", (area,))


@pytest.mark.parametrize("change", ["edited", "removed", "added"])
def test_a_concept_document_is_not_opened_when_the_areas_documents_changed_since_the_catalogue_was_read(
        workspace, wired, gi_iface, change):
    """The catalogue names a document by its place among its area's documents: once they changed, that
    place may be another document (or none), and the form would show an old text. The user is told
    to read again; nothing is written; after "Read again" the document opens as it is now and saves."""
    area = {"edited": "09", "removed": "10", "added": "11"}[change]
    other = workspace.session("carl_coordinator")
    add_document(other, area, "Zweites Konzept {}".format(area))
    carl = wired(workspace.config("carl_coordinator"))
    first, second = carl.workspace.catalogue().documents_for(area)
    if change == "edited":
        second_id, stamp = catalogue_store.locate_document(other, carl.workspace.catalogue(), second)
        catalogue_store.save_document(other, replace(second, note="von jemand anderem ergänzt"), second_id, since=stamp.changed_at)
    elif change == "removed":  # the first one: the second is now the first of the area
        workspace.admin_sql("DELETE FROM gi.concept_document WHERE id = %s", (area_documents(workspace, area)[0][0],))
    else:
        add_document(other, area, "Drittes Konzept {}".format(area))
    before = area_documents(workspace, area)
    gi_iface.messageBar().clear_messages()
    assert carl.views.edit_document(second, run=False) is None
    label = carl.workspace.catalogue().area(area).label
    assert changed_warnings(gi_iface) == ["Shared workspace:The concept documents of {} were changed in the shared workspace after "
                                          "the catalogue was read. Press “Read again” and open the document once more.".format(label)]
    assert messages(gi_iface, Qgis.MessageLevel.Critical) == []
    assert area_documents(workspace, area) == before  # nothing written
    carl.bar.reloadButton.click()
    current = [d for d in carl.workspace.catalogue().documents_for(area) if d.title == second.title]
    assert len(current) == 1
    dialog = carl.views.edit_document(current[0], run=False)
    assert dialog.noteEdit.text() == ("von jemand anderem ergänzt" if change == "edited" else "")
    dialog.yearEdit.setText("2027")
    assert dialog.try_save()
    assert area_documents(workspace, area) == [
        (row[0], row[1], "2027", row[3], "carl_coordinator") if row[1] == second.title else row for row in before]


def test_the_edit_stays_in_the_dialog_when_someone_removes_or_changes_the_document_meanwhile(workspace, wired, gi_iface):
    other = workspace.session("carl_coordinator")
    add_document(other, "12", "Zweites Konzept 12")
    carl = wired(workspace.config("carl_coordinator"))
    first, second = carl.workspace.catalogue().documents_for("12")
    dialog = carl.views.edit_document(second, run=False)
    dialog.noteEdit.setText("meine Ergänzung")
    add_document(other, "12", "Drittes Konzept 12")  # another document of the area: no conflict, the edit lands on its own
    assert dialog.try_save()
    assert [(title, note) for _, title, _, note, _ in area_documents(workspace, "12")] == [
        (first.title, first.note), ("Zweites Konzept 12", "meine Ergänzung"), ("Drittes Konzept 12", "")]

    second = [d for d in carl.workspace.catalogue().documents_for("12") if d.title == "Zweites Konzept 12"][0]
    dialog = carl.views.edit_document(second, run=False)
    dialog.noteEdit.setText("noch eine Ergänzung")
    second_id, stamp = catalogue_store.locate_document(other, catalogue_store.read_catalogue(other), second)
    catalogue_store.save_document(other, replace(second, year="2030"), second_id, since=stamp.changed_at)
    assert not dialog.try_save()
    assert dialog.errorLabel.text().startswith("carl_coordinator changed the entry “Zweites Konzept 12” at ")
    assert dialog.errorLabel.text().endswith(", after you opened it; your edit was not saved. Reopen the entry to see the change.")
    assert dialog.noteEdit.text() == "noch eine Ergänzung"  # the edit is still there

    workspace.admin_sql("DELETE FROM gi.concept_document WHERE id = %s", (second_id,))
    assert not dialog.try_save()
    assert dialog.errorLabel.text() == ("The entry “Zweites Konzept 12” was removed from the shared workspace after you opened it; "
                                        "your edit was not saved.")
    assert dialog.noteEdit.text() == "noch eine Ergänzung" and dialog.isVisible() is False and dialog.result() == 0
    assert [title for _, title, _, _, _ in area_documents(workspace, "12")] == [first.title, "Drittes Konzept 12"]  # not saved as new


def test_a_connection_dropped_while_idle_falls_back_on_the_next_read_and_read_again_returns(workspace, wired, gi_iface):
    anna = wired(workspace.config("anna_mitte"))
    anna.panel.select_area("06")
    assert anna.workspace.catalogue_source().origin == "workspace"
    terminate(workspace, anna.workspace.session)
    anna.bar.reloadButton.click()
    assert anna.workspace.catalogue_source().origin == "bundled"
    assert anna.bar.originLabel.text() == "Catalogue: bundled data – the shared workspace cannot be used"
    assert len(visible_codes(anna.panel)) == 16 and anna.panel.current_code() == "06"  # the user keeps working
    warning = messages(gi_iface, Qgis.MessageLevel.Warning)[-1]
    assert warning.startswith("Shared workspace:The connection to the shared workspace (service=gi-test-anna_mitte")
    assert "was lost; nothing was changed. Until it is back the bundled data are used (the next read connects anew)." in warning
    assert "this change was not saved" not in warning  # nothing was being saved
    anna.bar.reloadButton.click()
    assert anna.workspace.catalogue_source().origin == "workspace"
    assert anna.bar.originLabel.text() == "Catalogue: shared workspace"


def test_a_connection_dropped_before_an_entry_is_opened_falls_back_and_opens_nothing(workspace, wired, gi_iface):
    carl = wired(workspace.config("carl_coordinator"))
    document = carl.workspace.catalogue().documents_for("05")[0]
    terminate(workspace, carl.workspace.session)
    assert carl.views.edit_document(document, run=False) is None
    assert carl.workspace.catalogue_source().origin == "bundled"
    assert not carl.bar.editButton.isVisibleTo(carl.panel)  # no editing on the bundled catalogue
    assert "was lost; nothing was changed" in messages(gi_iface, Qgis.MessageLevel.Critical)[-1]


# -- the SPK of a Bezirk keeps its areas' concept documents --------------------------------------

def menu_actions(bar):
    bar.menu.aboutToShow.emit()  # what opening the menu does
    return {(action.menu().objectName() if action.menu() is not None else action.objectName()) or action.text(): action
            for action in bar.menu.actions()}


def test_a_bezirk_editor_keeps_the_concept_documents_of_her_bezirks_areas_from_the_panel(workspace, wired):
    anna = wired(workspace.config("anna_mitte"))
    rita = wired(workspace.config("rita_reader"))
    assert not anna.workspace.may_edit_catalogue() and anna.workspace.document_areas() == ("06", "07")
    assert anna.bar.editButton.isVisibleTo(anna.panel) and not rita.bar.editButton.isVisibleTo(rita.panel)
    assert anna.bar.editButton.toolTip() == "Add or change the concept documents of your Bezirk's areas in the shared workspace"
    anna.panel.select_area("07")
    actions = menu_actions(anna.bar)
    assert "newProgrammeAction" not in actions and "changeProgrammeMenu" not in actions  # Ressortbeiträge: the Senate's
    assert actions["newDocumentAction"].isEnabled() and actions["changeDocumentMenu"].isEnabled()
    dialog = anna.views.edit_document(None, "07", run=False)
    assert [dialog.areaCombo.itemData(i) for i in range(dialog.areaCombo.count())] == ["06", "07"]  # only her Bezirk's
    assert dialog.areaCombo.currentData() == "07"
    dialog.titleEdit.setText("Quartiersprofil Moabit-Nord (SPK Mitte)")
    dialog.yearEdit.setText("2026")
    assert dialog.try_save()
    assert workspace.admin_sql("SELECT created_by, origin FROM gi.concept_document WHERE title = 'Quartiersprofil Moabit-Nord "
                               "(SPK Mitte)'") == [("anna_mitte", "workspace")]
    rita.bar.reloadButton.click()
    assert "Quartiersprofil Moabit-Nord (SPK Mitte)" in [d.title for d in rita.workspace.catalogue().documents_for("07")]
    # an area of another Bezirk: nothing to add or change, and the menu says why
    anna.panel.select_area("09")
    actions = menu_actions(anna.bar)
    assert not actions["newDocumentAction"].isEnabled() and not actions["changeDocumentMenu"].isEnabled()
    assert actions["notKeptNote"].text() == "The concept documents of 09 are kept by its Bezirk and the Senate's coordinators"
    assert not actions["notKeptNote"].isEnabled()
