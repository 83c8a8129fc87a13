"""The offline snapshot shipped in ``resources/data``: what it holds and how it becomes layers.

``resources/data/datasets.json`` is the one owner of the facts about each bundled dataset
(origin, licence, attribution, expected size); this module reads it and turns a dataset into a
styled ``QgsVectorLayer`` that carries those facts in its metadata.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ...definitions import datasets, properties
from ...definitions.names import LAYER_GROUP_NAME
from ...definitions.paths import DATA_DIR, DATASETS_FILE, profile_folder
from ..common.errors import PluginError
from ..common.i18n import content_language, in_language
from ..common.metadata import layer_metadata as dataset_metadata
from .styles import renderer_for


class BundledDataError(PluginError):
    """A bundled dataset could not be read; the message says which and why."""


@dataclass(frozen=True)
class BundledDataset:
    id: str
    file: str
    title: dict
    geometry: str
    id_field: str
    name_field: str
    expected_count: int
    edition: str
    publisher: str
    licence: str
    licence_url: str
    licence_basis: str
    attribution: str
    service: str
    notes: dict = field(default_factory=dict)
    style: str = ""

    @property
    def path(self):
        return DATA_DIR / self.file

    def localized_title(self, language=None):
        language = language or content_language()
        return self.title.get(language) or self.title["en"]

    def localized_notes(self, language=None):
        language = language or content_language()
        return self.notes.get(language) or self.notes.get("en", "")


@dataclass(frozen=True)
class Snapshot:
    label: dict
    assembled: str
    crs: str
    datasets: tuple

    def dataset(self, dataset_id):
        for dataset in self.datasets:
            if dataset.id == dataset_id:
                return dataset
        raise KeyError(dataset_id)

    def localized_label(self, language=None):
        language = language or content_language()
        return self.label.get(language) or self.label["en"]


def read_snapshot(path=DATASETS_FILE):
    """Read the description of the bundled snapshot; raise ``BundledDataError`` if unusable."""
    try:
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
        if raw.get("schema_version") != 1:
            raise BundledDataError("{}: unsupported schema_version {!r}".format(path, raw.get("schema_version")))
        datasets = tuple(BundledDataset(**entry) for entry in raw["datasets"])
        info = raw["snapshot"]
        return Snapshot(label=info["label"], assembled=info["assembled"], crs=info["crs"], datasets=datasets)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BundledDataError("{}: {}".format(path, error)) from error


def layer_metadata(dataset, language=None):
    """QGIS layer metadata carrying the dataset's source, licence and attribution."""
    words = in_language(language)
    abstract = "{}\n\n{}: {}\n{}: {}\n{}: {}".format(
        dataset.localized_notes(words.language),
        words.translate("LayerMetadata", "Source"), dataset.service,
        words.translate("LayerMetadata", "Publisher"), dataset.publisher,
        words.translate("LayerMetadata", "Edition"), dataset.edition,
    )
    return dataset_metadata(dataset.id, dataset.localized_title(words.language), words.language, abstract, [dataset.attribution],
                            [dataset.licence, dataset.licence_url])


def create_layer(dataset, language=None):
    """Return a valid, styled layer for a bundled dataset, or raise ``BundledDataError``.

    The data come from the newest refreshed snapshot in the user's profile folder that holds
    the dataset, else from the copy bundled with the plugin (see ``offline_copy``); the layer's
    metadata say which. The layer is not added to any project: the caller adds it only once it
    is known valid.
    """
    copy = offline_copy(dataset)
    if not copy.path.exists():
        raise BundledDataError("{}: file {} is missing from the plugin".format(dataset.id, copy.path))
    layer = QgsVectorLayer(str(copy.path), dataset.localized_title(language), "ogr")
    if not layer.isValid():
        # Not layer.error(): on an invalid OGR layer it crashes QGIS 3.22. The bundled files
        # are GeoJSON, so the JSON parser gives the precise reason.
        raise BundledDataError("{}: QGIS could not read {} ({})".format(dataset.id, copy.path, _geojson_problem(copy.path)))
    metadata = layer_metadata(dataset, language)
    metadata.setAbstract("{}\n{}".format(metadata.abstract(), copy.describe(language)))
    layer.setMetadata(metadata)
    layer.setAttribution(dataset.attribution)
    layer.setCustomProperty(properties.DATASET, dataset.id)
    layer.setCustomProperty(properties.SNAPSHOT, copy.date)
    renderer = renderer_for(dataset.style, language)
    if renderer is not None:
        layer.setRenderer(renderer)
    return layer


def _geojson_problem(path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        return str(error)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        return "not a GeoJSON FeatureCollection"
    return "no readable features"


def plugin_group(project=None):
    """The plugin's layer-tree group in ``project`` (created at the top if missing)."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(LAYER_GROUP_NAME)
    if group is None:
        group = root.insertGroup(0, LAYER_GROUP_NAME)
    return group


def project_layer(dataset_id, project=None):
    """The project's layer of a bundled dataset (or catalogue entry), or None."""
    project = project or QgsProject.instance()
    return next((layer for layer in project.mapLayers().values() if layer.customProperty(properties.DATASET) == dataset_id), None)


def add_to_project(layers, project=None):
    """Add valid layers to the plugin's group; the first in ``layers`` ends up on top."""
    project = project or QgsProject.instance()
    group = plugin_group(project)
    for layer in reversed(layers):
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
    return layers


#: Order of the demo map from top to bottom.
DEMO_DATASETS = (datasets.SCHULEN_2023, datasets.LOR_BZR_2021, datasets.MSS_2021)


def load_datasets(dataset_ids, project=None, language=None):
    """Create and add the layers of the given bundled datasets, all or nothing.

    Returns the added layers. If any dataset fails, none is added and ``BundledDataError``
    says which one failed and why.
    """
    snapshot = read_snapshot()
    try:
        datasets = [snapshot.dataset(dataset_id) for dataset_id in dataset_ids]
    except KeyError as error:
        raise BundledDataError("no bundled dataset with the id {}".format(error)) from error
    layers = [create_layer(dataset, language) for dataset in datasets]
    return add_to_project(layers, project)


# -- refreshed snapshots in the user's QGIS profile folder ------------------------------------

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
