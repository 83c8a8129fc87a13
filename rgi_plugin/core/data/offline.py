"""The offline copies of the bundled datasets: refreshed snapshots in the user's QGIS profile
(``services/refresh.py`` writes them), else the copy bundled with the plugin."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ...definitions.paths import DATA_DIR, profile_folder
from ..common.i18n import in_language
from .snapshot import read_snapshot

#: Name of the description file in each refreshed snapshot folder.
MANIFEST_FILE = "manifest.json"


_DATE_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def refreshed_root():
    """Where refreshed snapshots live: the user's QGIS profile folder, never the plugin folder.

    None while QGIS has no profile folder (a script before ``initQgis``).
    """
    return profile_folder("snapshots")


@dataclass(frozen=True)
class RefreshedSnapshot:
    date: str
    folder: Path
    datasets: dict  # dataset id -> {"file", "count", "source", ...}

    def path(self, dataset_id):
        return self.folder / self.datasets[dataset_id]["file"]


def refreshed_snapshots(root=None):
    """Complete refreshed snapshots, newest first; folders being written or damaged are skipped."""
    root = Path(root) if root is not None else refreshed_root()
    if root is None or not root.is_dir():
        return []
    found = []
    for folder in root.iterdir():
        if not folder.is_dir() or not _DATE_FOLDER.match(folder.name):
            continue
        try:
            manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
            datasets = {key: value for key, value in manifest["datasets"].items() if (folder / value["file"]).is_file()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        if datasets and manifest.get("date") == folder.name:
            found.append(RefreshedSnapshot(folder.name, folder, datasets))
    return sorted(found, key=lambda snapshot: snapshot.date, reverse=True)


@dataclass(frozen=True)
class OfflineCopy:
    """The offline data used for a dataset: a refreshed snapshot or the bundled copy."""

    dataset_id: str
    path: Path
    date: str
    refreshed: bool
    source: str = ""

    def describe(self, language=None):
        words = in_language(language)
        if self.refreshed:
            text = words.translate("OfflineData", "Offline data: snapshot refreshed on {date} from {source} ({folder})")
            return text.format(date=self.date, source=self.source, folder=self.path.parent)
        return words.translate("OfflineData", "Offline data: bundled with the plugin ({date})").format(date=self.date)


def offline_copy(dataset, root=None):
    """The newest refreshed snapshot holding ``dataset``, else the copy bundled with the plugin."""
    for snapshot in refreshed_snapshots(root):
        if dataset.id in snapshot.datasets:
            entry = snapshot.datasets[dataset.id]
            return OfflineCopy(dataset.id, snapshot.path(dataset.id), snapshot.date, True, entry.get("source", ""))
    return OfflineCopy(dataset.id, DATA_DIR / dataset.file, read_snapshot().assembled, False, dataset.service)
