"""Lmb quotas and QGIS projects in the workspace, as the panel uses them, against the real
PostgreSQL/PostGIS of the tests: an import stored for the login's Bezirk with the report of what was
not stored; key figures, fact sheets and the criteria overlay reading the workspace's quotas through
the one Lmb reader; a project saved in and opened from the database, never carrying quotas."""

import csv

import pytest
from qgis.core import NULL, Qgis, QgsApplication, QgsProject

from rgi_plugin.controllers.areas import AreaController
from rgi_plugin.controllers.imports import import_lmb_interactively
from rgi_plugin.controllers.indicators import IndicatorController, bundled_layer
from rgi_plugin.controllers.workspace import WorkspaceController
from rgi_plugin.controllers.workspace_views import WorkspaceViews
from rgi_plugin.core.indicators import lmb
from rgi_plugin.definitions import datasets, properties
from rgi_plugin.definitions.paths import EXAMPLE_LMB_FILE
from rgi_plugin.gui.imports.lmb import LmbImportDialog
from support.dialogs import when_shown
from support.tables import school_catalogue
from support.widgets import messages

YEAR = "2024/25"
QUOTA = 90.0
#: A school of Mitte the test takes out of the workspace (so that the workspace does not know it).
REMOVED_SCHOOL = "01G10"


@pytest.fixture(scope="module")
def quota_file(tmp_path_factory):
    """Every example school at 90 % for 2024/25, written with the csv module; bsn -> quota."""
    with open(EXAMPLE_LMB_FILE, encoding="utf-8") as handle:
        schools = [row["bsn"] for row in csv.DictReader(handle, delimiter=";")]
    path = tmp_path_factory.mktemp("lmb") / "lmb_2024.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Schulnummer", "Lmb-Quote", "Schuljahr"])
        writer.writerows([bsn, "90,0", YEAR] for bsn in schools)
    assert REMOVED_SCHOOL in schools
    return path, schools


@pytest.fixture(scope="module")
def removed_school(workspace):
    workspace.admin_sql("DELETE FROM gi.lmb_quota WHERE bsn = %s; DELETE FROM gi.school WHERE bsn = %s", (REMOVED_SCHOOL, REMOVED_SCHOOL))
    return REMOVED_SCHOOL


@pytest.fixture
def login(gi_iface, qtbot):
    made = []

    def make(test_workspace, name):
        workspace = WorkspaceController(gi_iface, config=test_workspace.config(name))
        indicators = IndicatorController(gi_iface, "&Gemeinschaftsinitiative", workspace=workspace)
        made.append((workspace, indicators))
        return workspace, indicators

    def release(pair):
        made.remove(pair)
        pair[1].unload()
        pair[0].unload()

    make.release = release
    yield make
    for workspace, indicators in made:
        indicators.unload()
        workspace.unload()


def lmb_values(layer):
    return {f["bsn"]: f["lmb_quote"] for f in layer.getFeatures() if f["lmb_quote"] != NULL}


def test_only_a_bezirk_editor_is_offered_to_store_the_import(workspace, login, qtbot):
    anna, _ = login(workspace, "anna_mitte")
    rita, _ = login(workspace, "rita_reader")
    anna.catalogue_source()
    rita.catalogue_source()
    assert anna.lmb_bezirke() == "Mitte" and rita.lmb_bezirke() == ""
    offered = LmbImportDialog(school_catalogue(), workspace_bezirke="Mitte")
    qtbot.addWidget(offered)
    assert offered.offers_workspace and "the quotas of Mitte" in offered.workspaceCheck.text()
    not_offered = LmbImportDialog(school_catalogue(), workspace_bezirke="")
    qtbot.addWidget(not_offered)
    assert not not_offered.offers_workspace and not not_offered.store_in_workspace()


def test_an_import_is_stored_for_the_bezirk_and_every_other_row_is_reported(workspace, login, quota_file, removed_school, gi_iface):
    path, in_file = quota_file
    anna, _ = login(workspace, "anna_mitte")
    anna.catalogue_source()
    mitte = sorted(bsn for bsn in in_file if bsn.startswith("01") and bsn != removed_school)
    others = sorted(bsn for bsn in in_file if not bsn.startswith("01"))
    shown = {}

    def import_dialog(dialog):
        dialog.open_path(path)
        dialog.workspaceCheck.setChecked(True)
        shown["year"] = dialog.workspace_school_year()
        dialog.buttonBox.accepted.emit()

    def store_report(dialog):
        shown["summary"] = dialog.summaryLabel.text()
        shown["categories"] = [dialog.reportTree.topLevelItem(i).text(0) for i in range(dialog.reportTree.topLevelItemCount())]
        unknown = dialog.reportTree.topLevelItem(2)
        shown["unknown"] = [(unknown.child(i).text(0), unknown.child(i).text(1)) for i in range(unknown.childCount())]
        dialog.reject()

    when_shown("GemeinschaftsinitiativeLmbImport", import_dialog)
    when_shown("GemeinschaftsinitiativeImportReport", lambda dialog: dialog.reject())
    when_shown("GemeinschaftsinitiativeLmbStoreReport", store_report)
    layer = import_lmb_interactively(gi_iface, bundled_layer(datasets.SCHULEN_2023), workspace=anna)

    assert shown["year"] == YEAR
    assert shown["categories"] == ["Stored ({})".format(len(mitte)), "Schools of another Bezirk (not stored) ({})".format(len(others)),
                                   "Unknown schools (not stored) (1)"]
    row_of_removed = in_file.index(removed_school) + 2  # the header is row 1
    assert shown["unknown"] == [(str(row_of_removed), removed_school)]
    stored = workspace.admin_sql("SELECT bsn, quota_percent, changed_by FROM gi.lmb_quota WHERE school_year = %s ORDER BY bsn", (YEAR,))
    assert [row[0] for row in stored] == mitte
    assert {float(row[1]) for row in stored} == {QUOTA} and {row[2] for row in stored} == {"anna_mitte"}
    # the project refers to the workspace (no values, no path, no connection); the layer shows what it holds
    entry = lmb.stored_entry(QgsProject.instance())
    assert (entry["mode"], entry["school_year"], entry["path"], "values" in entry) == ("workspace", YEAR, "", False)
    assert lmb_values(layer) == {bsn: QUOTA for bsn in mitte if school_catalogue()[bsn]}
    assert "from the shared workspace" in layer.metadata().abstract()
    warning = messages(gi_iface, Qgis.MessageLevel.Warning)[-1]
    assert warning.startswith("Lernmittelbefreiung:{} Lmb quotas stored in the shared workspace for 01, school year {}".format(
        len(mitte), YEAR))


def test_a_reopened_project_shows_each_login_only_its_bezirk(workspace, login, quota_file, tmp_path, gi_iface):
    """After the import above: the project, opened by Mitte's editor, by Neukölln's and by a reader."""
    project = QgsProject.instance()
    entry = {"version": 1, "mode": "workspace", "path": "", "mapping": {}, "school_year": YEAR, "example": False}
    import json

    project.writeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, json.dumps(entry))
    target = tmp_path / "gi.qgz"
    assert project.write(str(target))
    seen = {}
    for name in ("anna_mitte", "bert_neukoelln", "rita_reader"):
        pair = login(workspace, name)
        project.clear()
        assert project.read(str(target))  # readProject: the indicator controller rebuilds the Lmb layer
        layers = [layer for layer in project.mapLayers().values()
                  if layer.customProperty(properties.INDICATOR) == properties.LMB_SCHOOLS]
        seen[name] = [lmb_values(layer) for layer in layers]
        login.release(pair)
        project.clear()
    assert len(seen["anna_mitte"]) == 1 and {bsn[:2] for bsn in seen["anna_mitte"][0]} == {"01"}
    assert set(seen["anna_mitte"][0].values()) == {QUOTA}
    assert seen["bert_neukoelln"] == [{}]  # nothing of 2024/25 was stored for Neukölln, and Mitte's are not his
    assert seen["rita_reader"] == []  # a reader sees no quota at all, and is told so
    assert messages(gi_iface, Qgis.MessageLevel.Warning)[-1] == (
        "Lernmittelbefreiung:Your login sees no Lmb quotas in the shared workspace, only whether a school is at or above the "
        "threshold.")


def test_key_figures_fact_sheets_and_the_overlay_read_the_workspace_quotas(workspace, login, gi_iface, qgis_processing):
    import processing
    from rgi_plugin.controllers.imports import show_workspace_lmb
    from rgi_plugin.controllers.overlay import overlay_parameters
    from rgi_plugin.core.factsheet.content import fact_sheet
    from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider

    anna, indicators = login(workspace, "anna_mitte")
    anna.catalogue_source()
    schools = bundled_layer(datasets.SCHULEN_2023)
    imported = anna.read_lmb(YEAR, lmb.school_catalogue(schools))
    assert imported.workspace and set(imported.values.values()) == {QUOTA}
    QgsProject.instance().clear()
    layer = show_workspace_lmb(gi_iface, anna, schools)  # the Workspace tab's "Show Lmb": the latest year, 2024/25
    assert messages(gi_iface, Qgis.MessageLevel.Success)[-1] == (
        "Lernmittelbefreiung:{} Lmb quotas of Mitte, school year {}, from the shared workspace.".format(len(imported.values), YEAR))
    assert lmb_values(layer) == {bsn: QUOTA for bsn in imported.values if school_catalogue()[bsn]}
    areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: None, read_catalogue=anna.catalogue, lmb=indicators.project_lmb)
    try:
        wedding = anna.catalogue().area("06")
        summary = areas.key_figures.figures_for(wedding)["summary"]
        assert summary.schools_with_quota > 0 and set(summary.quotas) == {QUOTA}
        assert summary.schools_at_threshold == summary.schools_with_quota
        sheet = fact_sheet(wedding, anna.catalogue(), areas.key_figures._layer(datasets.MSS_2021), schools, lmb=indicators.project_lmb())
        assert "mit Lmb-Quote: {}, davon ≥ 75 %: {}".format(summary.schools_with_quota, summary.schools_with_quota) in sheet.figures
        assert "gemeinsamer Arbeitsbereich, nur die Quoten des Bezirks" in sheet.sources
    finally:
        areas.unload()
    # the overlay dialog is prefilled with the Lmb layer, whose quotas came from the workspace
    parameters = overlay_parameters(QgsProject.instance())
    assert parameters["SCHOOLS"] is layer and parameters["LMB_FIELD"] == "lmb_quote"
    provider = GemeinschaftsinitiativeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    try:
        result = processing.run("rgi:criteria_overlay", dict(parameters, OUTPUT="memory:", CANDIDATES="memory:", SUMMARY="memory:"))
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    output = result["OUTPUT"]
    output = output if not isinstance(output, str) else QgsProject.instance().mapLayer(output)
    rated = {f["plr_id"] for f in output.getFeatures() if f["crit_school"] != NULL}
    assert rated and {plr_id[:2] for plr_id in rated} == {"01"}  # quotas only where Mitte's editor keeps them
    assert all(f["crit_school"] for f in output.getFeatures() if f["plr_id"] in rated)


def test_a_reader_sees_the_threshold_view_and_no_quota(workspace, login, gi_iface):
    from rgi_plugin.controllers.imports import show_workspace_lmb

    rita, _ = login(workspace, "rita_reader")
    rita.catalogue_source()
    QgsProject.instance().clear()
    layer = show_workspace_lmb(gi_iface, rita, bundled_layer(datasets.SCHULEN_2023))
    assert layer.isValid() and layer.providerType() == "postgres" and "password" not in layer.source()
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    names = layer.fields().names()
    assert "at_or_above_threshold" in names and not [n for n in names if "quota" in n]
    flags = {f["bsn"]: f["at_or_above_threshold"] for f in layer.getFeatures()}
    expected = dict(workspace.admin_sql("SELECT bsn, quota_percent >= 75 FROM gi.lmb_quota WHERE school_year = %s", (YEAR,)))
    assert flags == expected and len(flags) == len(expected) > 0  # 2024/25 (the latest year), whoever stored it
    assert layer.name() == "Schools – Lmb at or above 75 % {}".format(YEAR)
    assert "your login sees whether" in messages(gi_iface, Qgis.MessageLevel.Info)[-1].lower()
    QgsProject.instance().clear()


# -- projects in the workspace -----------------------------------------------------------------

def test_a_project_saved_in_the_workspace_opens_for_a_reader_without_embedded_quotas(workspace, login, gi_iface, monkeypatch):
    from qgis.PyQt.QtWidgets import QInputDialog

    carl, _ = login(workspace, "carl_coordinator")
    carl.catalogue_source()
    views = WorkspaceViews(gi_iface, carl)
    project = QgsProject.instance()
    project.clear()
    schools = bundled_layer(datasets.SCHULEN_2023)
    project.addMapLayer(schools)
    schools_name = schools.name()
    values = {"01G01": 81.5}
    entry = {"version": 1, "mode": "embedded", "path": "", "mapping": {}, "school_year": YEAR, "example": False, "values": values}
    import json

    project.writeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, json.dumps(entry))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("GI Arbeitskarte Mitte", True))
    uri = views.ask_save_project()
    assert uri.startswith("postgresql:") and "service=gi-test-carl_coordinator" in uri and "project=GI" in uri
    assert "password" not in uri
    QgsApplication.processEvents()  # the guard puts the embedded values back once the save is done
    assert lmb.stored_entry(project)["values"] == values  # the saver's own project keeps them
    assert "were not saved into the shared workspace" in messages(gi_iface, Qgis.MessageLevel.Warning)[-1]
    assert workspace.admin_sql("SELECT name, created_by FROM gi.qgis_projects") == [("GI Arbeitskarte Mitte", "carl_coordinator")]
    views.unload()

    rita, _ = login(workspace, "rita_reader")
    rita.catalogue_source()
    reader_views = WorkspaceViews(gi_iface, rita)
    assert [name for name, _, _ in rita.projects.project_names()] == ["GI Arbeitskarte Mitte"]
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *args: (items[0], True))
    project.clear()
    assert reader_views.ask_open_project() is not None
    assert [layer.name() for layer in project.mapLayers().values()] == [schools_name]
    assert lmb.stored_entry(project) is None  # the values never reached the workspace
    # a reader may not save there: told clearly, nothing changed
    assert rita.projects.save_project("Leserin") is None
    assert "could not be saved in the shared workspace" in messages(gi_iface, Qgis.MessageLevel.Critical)[-1]
    assert workspace.admin_sql("SELECT count(*) FROM gi.qgis_projects") == [(1,)]
    reader_views.unload()
    project.clear()


# -- a dropped connection ----------------------------------------------------------------------

def test_a_connection_dropped_before_storing_keeps_the_import_in_the_project_and_says_so(workspace, login, quota_file, gi_iface):
    """The editor stores an import and the connection drops: nothing is stored, the catalogue falls back to the
    bundled one, and the import is not lost – the project refers to the file, as without a workspace – and the
    last message about it says that it was not stored in the workspace."""
    path, in_file = quota_file
    anna, _ = login(workspace, "anna_mitte")
    anna.catalogue_source()
    before = workspace.admin_sql("SELECT bsn, quota_percent, changed_by, changed_at FROM gi.lmb_quota ORDER BY bsn, school_year")

    def import_dialog(dialog):
        dialog.open_path(path)
        dialog.workspaceCheck.setChecked(True)
        assert workspace.admin_sql("SELECT pg_terminate_backend(%s)", (anna.session.backend_pid,)) == [(True,)]
        dialog.buttonBox.accepted.emit()

    when_shown("GemeinschaftsinitiativeLmbImport", import_dialog)
    when_shown("GemeinschaftsinitiativeImportReport", lambda dialog: dialog.reject())
    layer = import_lmb_interactively(gi_iface, bundled_layer(datasets.SCHULEN_2023), workspace=anna)

    assert workspace.admin_sql("SELECT bsn, quota_percent, changed_by, changed_at FROM gi.lmb_quota ORDER BY bsn, school_year") == before
    assert anna.catalogue_source().origin == "bundled"
    critical = messages(gi_iface, Qgis.MessageLevel.Critical)
    assert len(critical) == 1 and "was lost; this change was not saved" in critical[0]
    entry = lmb.stored_entry(QgsProject.instance())
    assert (entry["mode"], entry["path"]) == ("reference", str(path))
    assert lmb_values(layer) == {bsn: QUOTA for bsn in in_file if school_catalogue()[bsn]}
    last = messages(gi_iface, Qgis.MessageLevel.Warning)[-1]
    assert last == ("Lernmittelbefreiung:{} Lmb quotas imported, 0 rows not used (listed in the report). They were not stored "
                    "in the shared workspace (see the message before): this project refers to the file.".format(len(in_file)))
