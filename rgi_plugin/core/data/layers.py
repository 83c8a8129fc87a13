"""A bundled dataset as a layer: valid, styled, carrying its source in its metadata; the plugin's
group in the layer tree and where each layer goes in it."""

import json

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

from ...definitions import datasets, properties
from ...definitions.names import LAYER_GROUP_NAME
from ..common.i18n import in_language
from ..common.metadata import layer_metadata as dataset_metadata
from .offline import offline_copy
from .snapshot import BundledDataError, read_snapshot
from .styles import labeling_for, renderer_for


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
                            [dataset.localized_licence(words.language), dataset.licence_url])


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
    labeling = labeling_for(dataset.style)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
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


#: The first map, top to bottom: the Handlungsräume on a quiet context of Bezirke and Planungsräume
#: (issue 13); the schools and the MSS 2021 come along switched off, a tick away.
DEMO_DATASETS = (datasets.HANDLUNGSRAEUME, datasets.BEZIRKE, datasets.LOR_PLR_2021, datasets.SCHULEN_2023, datasets.MSS_2021)
#: ... of which these are shown at first.
DEMO_VISIBLE = (datasets.HANDLUNGSRAEUME, datasets.BEZIRKE, datasets.LOR_PLR_2021)


#: Where a layer goes in the plugin's group: points on top, map images, outlines, filled areas (MSS).
def _rank(layer):
    if not isinstance(layer, QgsVectorLayer):
        return 1
    if layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry:
        return 0
    return 3 if layer.customProperty(properties.DATASET, "").startswith("mss") else 2


def add_to_group(layer, project=None):
    """Add a valid layer to the plugin's group, below layers that should stay above it."""
    project = project or QgsProject.instance()
    group = plugin_group(project)
    rank = _rank(layer)
    position = 0
    for index, node in enumerate(group.children()):
        other = getattr(node, "layer", lambda: None)()
        if other is not None and _rank(other) <= rank:
            position = index + 1
    project.addMapLayer(layer, False)
    group.insertLayer(position, layer)
    return layer


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


