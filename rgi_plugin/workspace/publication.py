"""The public GI map as a QGIS project for QGIS Server: areas, MSS and schools, never a quota.

The project's layers read the workspace through a service name (normally one whose login is a
plain ``gi_reader``, which has no right on the quota table at all), are styled and carry the
source, licence and attribution of their bundled dataset. ``check_publishable`` refuses a
project with a confidential table or a quota-like field, whoever built it; ``write_project``
runs it before writing.
"""

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsProject, QgsRectangle, QgsVectorLayer

from ..core.areas import layer as area_layer
from ..core.common.errors import PluginError
from ..core.data import layer_metadata, read_snapshot
from ..core.data.styles import renderer_for
from ..core.indicators.mss import styles as mss_styles
from ..definitions import datasets

#: Workspace relations that never go into a published project.
CONFIDENTIAL_RELATIONS = ("lmb_quota", "lmb_quota_school", "lmb_threshold")
#: Field names that would carry (or reveal) a quota.
CONFIDENTIAL_FIELD_MARKERS = ("quota", "quote", "lmb", "lernmittel", "threshold")


class PublicationError(PluginError):
    """The project cannot be published; the message says which layer and why."""


@dataclass(frozen=True)
class PublishedLayer:
    name: str  # the layer name in WMS/WFS (typename)
    relation: str  # table or view in schema gi
    key: str
    dataset_id: str  # bundled dataset whose source, licence and attribution it carries


LAYERS = (
    PublishedLayer("gi_handlungsraeume", "handlungsraum_map", "code", datasets.HANDLUNGSRAEUME),
    PublishedLayer("mss_2021", "mss_map", "map_id", datasets.MSS_2021),
    PublishedLayer("schulen", "school_map", "bsn", datasets.SCHULEN_2023),
)
TITLE = "Gemeinschaftsinitiative Berlin – Handlungsräume, MSS 2021, Schulen"


def build_layers(config, catalogue, language="de"):
    """The published layers, read from the workspace of ``config``; raises if one is invalid."""
    snapshot = read_snapshot()
    layers = []
    for published in LAYERS:
        layer = QgsVectorLayer(config.layer_uri(published.relation, key=published.key), published.name, "postgres")
        if not layer.isValid():
            raise PublicationError("{}: the workspace relation gi.{} cannot be read ({})".format(
                published.name, published.relation, config.describe()))
        dataset = snapshot.dataset(published.dataset_id)
        layer.setMetadata(layer_metadata(dataset, language))
        layer.setAttribution(dataset.attribution)
        layer.setTitle(dataset.localized_title(language))
        if published.dataset_id == datasets.HANDLUNGSRAEUME:
            area_layer.prepare_area_layer(layer, catalogue, language)
        elif published.dataset_id == datasets.MSS_2021:
            mss_styles.apply_mss_style(layer, language=language)
        else:
            layer.setRenderer(renderer_for(dataset.style, language))
        layers.append(layer)
    return layers


def relation_of(layer):
    uri = QgsDataSourceUri(layer.source())
    return uri.table()


def check_publishable(project):
    """Raise ``PublicationError`` when a layer of ``project`` is or carries something confidential."""
    for layer in project.mapLayers().values():
        if layer.providerType() == "postgres" and relation_of(layer) in CONFIDENTIAL_RELATIONS:
            raise PublicationError("{}: gi.{} is confidential and is never published".format(layer.name(), relation_of(layer)))
        if "password=" in layer.source():
            raise PublicationError("{}: the layer source holds a password".format(layer.name()))
        fields = layer.fields().names() if hasattr(layer, "fields") else []
        for name in fields:
            if any(marker in name.lower() for marker in CONFIDENTIAL_FIELD_MARKERS):
                raise PublicationError("{}: the field {} may carry a quota".format(layer.name(), name))


def configure_services(project, layers):
    """WMS, WFS (and thereby OGC API Features) for exactly ``layers``."""
    ids = [layer.id() for layer in layers]
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", TITLE)
    project.writeEntry("WMSServiceAbstract", "/", "Öffentliche Karte der Gemeinschaftsinitiative aus dem gemeinsamen "
                                                  "Arbeitsbereich. Die Abgrenzungen der Handlungsräume sind Näherungen "
                                                  "(siehe Feld 'basis'); Lernmittelbefreiungsquoten sind nicht enthalten.")
    project.writeEntry("WMSCrsList", "/", ["EPSG:25833", "EPSG:4326", "EPSG:3857"])
    project.writeEntry("WMSRootName", "/", "gemeinschaftsinitiative")
    project.writeEntry("WFSLayers", "/", ids)
    for layer_id in ids:
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, 2)
    if layers:
        extent = QgsRectangle(layers[0].extent())
        for layer in layers[1:]:
            extent.combineExtentWith(layer.extent())
        project.writeEntry("WMSExtent", "/", [str(v) for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())])


def write_project(config, path, catalogue, language="de"):
    """Write the public GI map project to ``path`` (``.qgs``); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    try:
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
        project.setTitle(TITLE)
        layers = build_layers(config, catalogue, language)
        for layer in layers:
            project.addMapLayer(layer)
        check_publishable(project)
        configure_services(project, layers)
        if not project.write(str(path)):
            raise PublicationError("cannot write {}: {}".format(path, project.error()))
    finally:
        project.clear()
    return path
