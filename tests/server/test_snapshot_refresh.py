"""Refreshing the offline snapshot into the profile folder, and preferring the newest one."""

import datetime
import json

import pytest
from qgis.core import QgsApplication, QgsProject

from local_servers import free_port
from rgi_plugin.core import data as bundled
from rgi_plugin.core.data import offline
from rgi_plugin.core.services import failures as sf
from rgi_plugin.core.services import loader as service_loader
from rgi_plugin.core.services import refresh as snapshot_refresh
from rgi_plugin.definitions.paths import PLUGIN_DIR
from support.servers import moved

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def root(tmp_path, monkeypatch):
    """A profile's snapshot folder outside the plugin (the repository is the plugin folder here)."""
    folder = tmp_path / "profile" / "gemeinschaftsinitiative_berlin" / "snapshots"
    monkeypatch.setattr(offline, "refreshed_root", lambda: folder)
    return folder


def refresh(catalogue, root, qtbot, today=DAY, dataset_ids=None):
    done = []
    task = snapshot_refresh.SnapshotRefreshTask(catalogue, dataset_ids, root, 10000, today, "de",
                                                on_finished=lambda t, ok: done.append(ok))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    return task, done[0]


def features(path):
    return [json.loads(line.rstrip(",")) for line in path.read_text(encoding="utf-8").splitlines()[1:-1]]


def test_refresh_writes_a_dated_snapshot_equal_to_what_the_services_serve(server_catalogue, root, qtbot):
    task, ok = refresh(server_catalogue, root, qtbot)
    assert task.error is None and task.failures == {}, (task.error, {k: f.details for k, f in task.failures.items()})
    assert ok and task.folder == root / "2026-11-20"
    assert [p.name for p in root.iterdir()] == ["2026-11-20"]  # no staging folder left behind
    manifest = json.loads((task.folder / "manifest.json").read_text(encoding="utf-8"))
    snapshot = bundled.read_snapshot()
    # derived (handlungsraeume) or only bundled (the editions before 2021, Bezirke, social atlas): no service
    without_service = {"handlungsraeume", "bezirke", "lor_plr_2019", "mss_2013", "mss_2015", "mss_2017", "mss_2019", "gssa_2022"}
    assert {d.id for d in snapshot.datasets if not server_catalogue.providers_of(d.id)} == without_service
    served = {d.id: d.expected_count for d in snapshot.datasets if d.id not in without_service}
    assert {key: value["count"] for key, value in manifest["datasets"].items()} == served
    assert manifest["datasets"]["mss_2021"]["catalogue_entries"] == ["mss_2021_indizes", "mss_2021_indexind"]
    plr = {f["properties"]["plr_id"]: f["properties"] for f in features(task.folder / "lor_planungsraeume_2021.geojson")}
    shipped = {f["properties"]["plr_id"]: f["properties"] for f in features(snapshot.dataset("lor_plr_2021").path)}
    assert plr == shipped
    mss = {f["properties"]["plr_id"]: f["properties"] for f in features(task.folder / "mss_2021_planungsraeume.geojson")}
    assert mss["01100101"]["si_n"] == 2 and mss["01100101"]["s1"] == pytest.approx(4.22594)  # indices + joined indicators


def test_the_newest_snapshot_is_preferred_and_named(server_catalogue, root, qtbot, qgis_new_project):
    refresh(server_catalogue, root, qtbot, today=datetime.date(2026, 11, 2), dataset_ids=["lor_plr_2021", "lor_bzr_2021"])
    refresh(server_catalogue, root, qtbot, today=DAY, dataset_ids=["lor_plr_2021"])
    (root / ".staging-2026-12-01-deadbeef").mkdir()  # a refresh that never finished is ignored
    snapshot = bundled.read_snapshot()
    plr, bzr, mss = (bundled.offline_copy(snapshot.dataset(i)) for i in ("lor_plr_2021", "lor_bzr_2021", "mss_2021"))
    assert (plr.date, plr.refreshed) == ("2026-11-20", True)
    assert (bzr.date, bzr.refreshed) == ("2026-11-02", True)  # the newest snapshot that holds it
    assert (mss.date, mss.refreshed) == (snapshot.assembled, False)
    layer = bundled.load_datasets(["lor_plr_2021"], QgsProject.instance(), "de")[0]
    assert layer.featureCount() == 542 and layer.source().startswith(str(root / "2026-11-20"))
    assert "Offline-Stand: aktualisiert am 2026-11-20" in layer.metadata().abstract()
    assert layer.customProperty("gemeinschaftsinitiative/snapshot") == "2026-11-20"


def test_failure_offers_the_refreshed_snapshot_with_its_date(server_catalogue, root, qtbot):
    refresh(server_catalogue, root, qtbot, dataset_ids=["lor_plr_2021"])
    entry = server_catalogue.entry("lor_plr_2021")
    copy, edition = service_loader.offline_copy_for(entry)
    assert edition == ""  # the entry's own dataset
    failure = service_loader.LoadFailure(entry, [sf.ServiceFailure(sf.REFUSED, "http://127.0.0.1:9/x", "test")], copy)
    assert failure.message("en").endswith("You can use the offline snapshot refreshed on 2026-11-20 instead.")
    assert sf.offline_button_text(copy) == "Use offline snapshot of 2026-11-20"


def test_a_dataset_whose_services_fail_is_left_out_and_noted(server_catalogue, root, qtbot):
    broken = "http://127.0.0.1:{}/wfs".format(free_port())
    entries = [entry if entry.id != "schulen" else entry.with_services([moved(s, broken) for s in entry.services])
               for entry in server_catalogue.entries]
    task, ok = refresh(server_catalogue.replace_entries(entries), root, qtbot, dataset_ids=["lor_pgr_2021", "schulen_2023"])
    assert ok and task.written == ["lor_pgr_2021"] and task.failures["schulen_2023"].kind == sf.REFUSED
    manifest = json.loads((task.folder / "manifest.json").read_text(encoding="utf-8"))
    assert list(manifest["datasets"]) == ["lor_pgr_2021"] and manifest["failed"]["schulen_2023"].startswith("[refused]")


def test_same_day_refresh_replaces_the_folder_in_one_step(root):
    first = snapshot_refresh.write_snapshot(root, "2026-11-20", {"lor_pgr_2021": ("a.geojson", "{}", {"count": 1})})
    second = snapshot_refresh.write_snapshot(root, "2026-11-20", {"lor_bzr_2021": ("b.geojson", "{}", {"count": 2})})
    assert first == second and sorted(p.name for p in second.iterdir()) == ["b.geojson", "manifest.json"]
    assert [p.name for p in root.iterdir()] == ["2026-11-20"]


def test_never_into_the_plugin_folder():
    with pytest.raises(snapshot_refresh.RefreshError, match="inside the plugin folder"):
        snapshot_refresh.write_snapshot(PLUGIN_DIR / "resources" / "snapshots", "2026-11-20", {})
    assert not (PLUGIN_DIR / "resources" / "snapshots").exists()


def test_the_default_place_is_the_qgis_profile_folder(qgis_app):
    assert str(bundled.refreshed_root()).startswith(QgsApplication.qgisSettingsDirPath().rstrip("/"))
    assert str(bundled.refreshed_root()).endswith("gemeinschaftsinitiative_berlin/snapshots")
