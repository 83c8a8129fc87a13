"""Refresh the offline snapshot: current data of the bundled datasets from the live services.

Written into the user's QGIS profile folder (``data.offline.refreshed_root()``, never the plugin
folder) as ``snapshots/<date>/`` with a ``manifest.json``: first into a hidden staging folder,
then renamed in one step, so a reader sees a complete snapshot or none. The data pass through
the internal schema (``schema.clean_record``) and are written like the bundled files: GeoJSON
in EPSG:25833, sorted by id, one feature per line. ``data.offline.offline_copy`` then prefers them.
"""

import datetime
import json
import os
import shutil
import traceback
import uuid
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ...definitions.names import PLUGIN_ID
from ...definitions.paths import PLUGIN_DIR
from ..common import schema
from ..common.errors import PluginError
from ..data import offline
from ..data.snapshot import read_snapshot
from .failures import UNEXPECTED_SCHEMA, ServiceFailure
from .layers import prepare_layer, to_main_thread
from .tasks import ServiceTask, first_working


class RefreshError(PluginError):
    """The snapshot cannot be written where asked."""


def check_root(root):
    """Refuse a target inside the plugin folder (it is replaced on every plugin update)."""
    if root is None:
        raise RefreshError("QGIS has no profile folder to keep a snapshot in")
    root = Path(root).resolve()
    if root == PLUGIN_DIR or PLUGIN_DIR in root.parents:
        raise RefreshError("{} lies inside the plugin folder; snapshots belong in the QGIS profile folder".format(root))
    return root


def rows_of(layer):
    """``(properties, geometry_json)`` of every feature, in the internal schema (provider fields only)."""
    provider = layer.dataProvider()
    names = provider.fields().names()
    rows = []
    for feature in provider.getFeatures():
        record = {name: (None if value is None or value == "NULL" or (hasattr(value, "isNull") and value.isNull()) else value)
                  for name, value in zip(names, feature.attributes())}
        geometry = feature.geometry()
        rows.append((schema.clean_record(record), geometry.asJson(2) if not geometry.isNull() else "null"))
    return rows


def join_rows(base, extra, key):
    """Add the properties of ``extra`` rows to ``base`` rows with the same ``key`` (existing values win)."""
    by_key = {properties.get(key): properties for properties, _ in extra}
    for properties, _ in base:
        for name, value in by_key.get(properties.get(key), {}).items():
            properties.setdefault(name, value)
    return base


def feature_collection(name, rows, id_field):
    """GeoJSON text like the bundled files: EPSG:25833, sorted by ``id_field``, one feature a line."""
    def plain(value):
        return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)

    rows = sorted(rows, key=lambda row: str(row[0].get(id_field)))
    lines = ['{{"type":"FeatureCollection","name":{},"crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::25833"}}}},'
             '"features":['.format(json.dumps(name))]
    features = ['{{"type":"Feature","properties":{},"geometry":{}}}'.format(
        json.dumps({k: plain(v) for k, v in properties.items()}, ensure_ascii=False, separators=(",", ":")), geometry)
        for properties, geometry in rows]
    lines.append(",\n".join(features))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def _write(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def write_snapshot(root, date, files, failures=None):
    """Write ``files`` ({dataset id: (file name, text, info)}) as ``root/<date>/`` in one step."""
    root = check_root(root)
    root.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:8]
    staging = root / ".staging-{}-{}".format(date, token)
    staging.mkdir()
    try:
        datasets = {}
        for dataset_id, (file_name, text, info) in files.items():
            _write(staging / file_name, text)
            datasets[dataset_id] = dict(info, file=file_name)
        manifest = {"date": date, "created": datetime.datetime.now().isoformat(timespec="seconds"), "plugin": PLUGIN_ID,
                    "crs": "EPSG:25833", "datasets": datasets, "failed": failures or {}}
        _write(staging / offline.MANIFEST_FILE, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        final = root / date
        replaced = None
        if final.exists():
            replaced = root / ".replaced-{}-{}".format(date, token)
            final.rename(replaced)
        staging.rename(final)
        if replaced is not None:
            shutil.rmtree(replaced, ignore_errors=True)
        return final
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class SnapshotRefreshTask(ServiceTask):
    """Download the bundled datasets from their services and write a dated snapshot."""

    def __init__(self, catalogue, dataset_ids=None, root=None, timeout_ms=30000, today=None, language=None, on_finished=None):
        super().__init__(QCoreApplication.translate("SnapshotRefresh", "Refreshing the offline snapshot"), on_finished)
        self.catalogue, self.root, self.timeout_ms, self.language = catalogue, root, timeout_ms, language
        self.snapshot = read_snapshot()
        # By default every bundled dataset that a service delivers (a derived one, such as the
        # approximate Handlungsräume, has no service to refresh it from).
        self.dataset_ids = list(dataset_ids or [d.id for d in self.snapshot.datasets if catalogue.providers_of(d.id)])
        self.date = (today or datetime.date.today()).isoformat()
        self.folder, self.written, self.failures, self.error = None, [], {}, None

    def run(self):
        try:
            return self._refresh()
        except RefreshError as error:
            self.error = str(error)
        except Exception:  # noqa: BLE001 - reported to the user as a failed refresh, details in the log
            self.error = traceback.format_exc()
        return False

    def _refresh(self):
        root = check_root(self.root if self.root is not None else offline.refreshed_root())
        files = {}
        for number, dataset_id in enumerate(self.dataset_ids):
            if self.isCanceled():
                return False
            dataset = self.snapshot.dataset(dataset_id)
            try:
                files[dataset_id] = self._dataset_file(dataset)
            except ServiceFailure as failure:
                self.failures[dataset_id] = failure
            self.setProgress(100 * (number + 1) / len(self.dataset_ids))
        if not files or self.isCanceled():
            return False
        failed = {key: "[{}] {}".format(failure.kind, failure.url) for key, failure in self.failures.items()}
        self.folder = write_snapshot(root, self.date, files, failed)
        self.written = sorted(files)
        return True

    def _dataset_file(self, dataset):
        providers = self.catalogue.providers_of(dataset.id)
        if not providers:
            raise ServiceFailure(UNEXPECTED_SCHEMA, "-", "no catalogue entry provides {}".format(dataset.id), fields=[dataset.id_field])
        rows, sources = None, []
        for entry in providers:
            layer, source = self._first_working(entry)
            entry_rows = rows_of(layer)
            self.discarded.append(to_main_thread(layer))
            rows = entry_rows if rows is None else join_rows(rows, entry_rows, dataset.id_field)
            sources.append("{} ({})".format(source.url, source.name or "-"))
        if not rows or any(not properties.get(dataset.id_field) for properties, _ in rows):
            raise ServiceFailure(UNEXPECTED_SCHEMA, sources[0], "rows without {}".format(dataset.id_field), fields=[dataset.id_field])
        info = {"count": len(rows), "expected_count": dataset.expected_count, "source": "; ".join(sources),
                "catalogue_entries": [entry.id for entry in providers]}
        return dataset.file, feature_collection(dataset.id, rows, dataset.id_field), info

    def _first_working(self, entry):
        def attempt(source):
            return prepare_layer(entry, source, self.timeout_ms, self.catalogue.page_size, self.feedback, None, self.language,
                                 self.discarded)

        layer, source, failures = first_working(entry.services, attempt, self.feedback)
        if layer is None:
            raise failures[-1]
        return layer, source
