"""From a catalogue entry and one of its services to a valid, styled, attributed QGIS layer.

Runs inside a ``QgsTask`` (blocking requests through ``network``): first GetCapabilities
(is the service there, which version, is the layer/typename offered), then the QGIS provider
creates the layer, its fields are checked against the internal schema and all features are
downloaded, so that the main thread only adds a finished layer. Every problem is raised as a
``ServiceFailure``; a layer is returned only when it is valid.
"""

import json
import time
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsFeatureRequest, QgsField
from qgis.PyQt.QtCore import QVariant

from ...definitions import properties
from ..common import schema
from ..common.i18n import in_language
from ..common.metadata import layer_metadata
from ..data.styles import renderer_for
from . import layer_search, main_thread, network, ogc
from .failures import CANCELED, EMPTY, INVALID_LAYER, MALFORMED, MISSING_NAME, TIMEOUT, UNEXPECTED_SCHEMA, ServiceFailure

#: Layer properties: the report of a moved name, and the licence the service stated (JSON).
MOVED_PROPERTY = "gemeinschaftsinitiative/moved"
LICENCE_PROPERTY = "gemeinschaftsinitiative/service_licence"

#: Opacity of map images (WMS) so that the data below stay readable.
WMS_OPACITY = 0.75


@dataclass(frozen=True)
class Probe:
    """What GetCapabilities said about a service: the name to request, the version, and what
    else it told: a moved name found again (``moved``, a ``LayerSearch``) and the licence the
    service states (``licence``, a ``CapabilitiesLicence``; None when it states none)."""

    source: object
    name: str
    version: str
    url: str
    moved: object = None
    licence: object = None


def probe(source, timeout_ms, feedback=None, entry=None):
    """Ask the service for its capabilities; raise ``ServiceFailure`` unless the layer is offered.

    With ``entry``, a name the service no longer offers (or a typename the catalogue does not
    know) is looked for by name, title and keywords (``layer_search``): a unique match is used
    and reported, several or none fail with the candidates in the message.
    """
    url = ogc.capabilities_url(source)
    data = network.get(url, timeout_ms, feedback)
    capabilities = ogc.parse_capabilities(data, url, source.type)
    description = layer_search.parse_service_description(data, url, source.type)
    moved = None
    if source.name is None and source.type == "WFS" and entry is not None:
        moved = _search(description, source, entry, url)
        name = moved.name
    else:
        try:
            name = ogc.resolve_name(capabilities, source.name, url)
        except ServiceFailure as failure:
            if failure.kind != MISSING_NAME or entry is None:
                raise
            moved = _search(description, source, entry, url)
            name = moved.name
    version = capabilities.version if source.type == "WFS" and capabilities.version else source.version
    return Probe(source, name, version, url, moved, description.licence())


def _search(description, source, entry, url):
    search = layer_search.find_moved(description, source.name, tuple(entry.title.values()), entry.keywords, url)
    if search.outcome != layer_search.FOUND:
        raise ServiceFailure(MISSING_NAME, url, "{} not among the offered names; {}".format(source.name, search.details()),
                             name=source.name or "?", search=search)
    return search


def to_main_thread(layer):
    """Hand a layer made in a worker thread to the main thread (where QGIS keeps its layers).

    Layers from ``main_thread.create_layer`` live there already.
    """
    if layer.thread() != QgsApplication.instance().thread():
        layer.moveToThread(QgsApplication.instance().thread())
    return layer


def prepare_layer(entry, source, timeout_ms, page_size, feedback=None, progress=None, language=None, discarded=None):
    """Return a valid, decorated layer of ``entry`` from ``source`` (not added to any project).

    A layer that turns out unusable is not deleted in the worker thread: it is handed to the
    main thread and appended to ``discarded`` (if given), which the caller empties there.
    """
    progress = progress or (lambda value: None)
    found = probe(source, timeout_ms, feedback, entry)
    progress(10)
    title = entry.localized_title(language)
    if source.type == "WMS":
        layer = main_thread.create_layer("raster", ogc.wms_uri(source, found.name), title, "wms")
        if not layer.isValid():
            raise ServiceFailure(INVALID_LAYER, found.url, "the QGIS WMS provider refused layer {}".format(found.name))
    else:
        layer = main_thread.create_layer("vector", ogc.wfs_uri(source, found.name, found.version, page_size), title, "WFS")
        try:
            _check_wfs_layer(layer, entry, found, timeout_ms, feedback, progress)
        except ServiceFailure:
            if discarded is not None:
                discarded.append(to_main_thread(layer))
            raise
    decorate_layer(layer, entry, found, language)
    progress(100)
    return layer


def _check_wfs_layer(layer, entry, found, timeout_ms, feedback, progress):
    source = found.source
    _check_canceled(feedback, found.url)
    if not layer.isValid():
        url = ogc.describe_url(source, found.name, found.version)
        ogc.check_xml_answer(network.get(url, timeout_ms, feedback), url, "DescribeFeatureType")
        raise ServiceFailure(INVALID_LAYER, url,
                             "the QGIS WFS provider refused {} although DescribeFeatureType answered".format(found.name))
    progress(20)
    source_fields = [(f.name(), f.type() == QVariant.String) for f in layer.fields()]
    missing = schema.missing_fields(entry.schema, source_fields)
    if missing:
        raise ServiceFailure(UNEXPECTED_SCHEMA, ogc.describe_url(source, found.name, found.version),
                             "missing {}; the layer has {}".format(missing, [name for name, _ in source_fields]), fields=missing)
    count, errors, timed_out = _download(layer, timeout_ms, feedback, progress)
    _check_canceled(feedback, found.url)
    url = ogc.feature_url(source, found.name, found.version)
    if timed_out:
        raise ServiceFailure(TIMEOUT, url, "no feature for {} s while downloading; {} received".format(timeout_ms / 1000, count),
                             seconds=round(timeout_ms / 1000))
    expected = None if errors or count == 0 else _announced_count(source, found, timeout_ms, feedback)
    if errors or count == 0 or (expected is not None and count < expected):
        # The provider only says that something went wrong, or stopped early (a truncated
        # answer can end "cleanly" after the last complete feature): ask the service why.
        ogc.check_feature_answer(network.get(url, timeout_ms, feedback), url)
        if count == 0:
            raise ServiceFailure(EMPTY, url, "the provider read no feature")
        if errors:
            raise ServiceFailure(INVALID_LAYER, url, "provider errors: {}".format(errors))
        raise ServiceFailure(MALFORMED, url, "{} of {} announced features arrived".format(count, expected),
                             what="{} of {} features".format(count, expected))
    _add_internal_names(layer, source_fields)


def _announced_count(source, found, timeout_ms, feedback):
    """How many features the service says it has (RESULTTYPE=hits); None if it cannot say."""
    url = ogc.hits_url(source, found.name, found.version)
    try:
        return ogc.parse_hits(network.get(url, timeout_ms, feedback), url)
    except ServiceFailure as failure:
        if failure.kind == CANCELED:
            raise
        return None  # hits are optional in WFS; the download itself was fine


def _download(layer, timeout_ms, feedback, progress):
    """Read all features once (the provider keeps them), watching for cancel and silence."""
    request = QgsFeatureRequest()
    request.setTimeout(int(timeout_ms))
    provider = layer.dataProvider()
    count, last = 0, time.monotonic()
    for _ in provider.getFeatures(request):
        count += 1
        last = time.monotonic()
        if count % 100 == 0:
            progress(20 + 75 * (1 - 1 / (1 + count / 500)))
            if feedback is not None and feedback.isCanceled():
                break
    timed_out = (time.monotonic() - last) * 1000 >= 0.9 * timeout_ms
    return count, provider.errors() if provider.hasErrors() else [], timed_out


def _check_canceled(feedback, url):
    if feedback is not None and feedback.isCanceled():
        raise ServiceFailure(CANCELED, url, "cancelled by the user")


def _add_internal_names(layer, source_fields):
    """Virtual fields with the internal names (``PLR_ID`` -> ``plr_id`` padded, ``NAME`` -> ``schulname``)."""
    by_internal = {schema.internal_field_name(name): name for name, _ in source_fields}
    for internal, expression in schema.virtual_fields(source_fields).items():
        if internal in schema.LOR_ID_LENGTHS:
            field = QgsField(internal, QVariant.String)
        else:
            original = layer.fields().field(by_internal[internal])
            field = QgsField(internal, original.type(), original.typeName())
        layer.addExpressionField(expression, field)


def decorate_layer(layer, entry, found, language=None):
    """Style, metadata, attribution and the plugin's markers for a service layer."""
    words = in_language(language)
    language = words.language
    source = found.source
    lines = [
        entry.localized_notes(language),
        "",
        "{}: {} ({}, {} {})".format(words.translate("LayerMetadata", "Source"), source.url, source.generation_label,
                                    source.type, found.name),
        "{}: {}".format(words.translate("LayerMetadata", "Edition"), entry.edition),
        "{}: {}".format(words.translate("LayerMetadata", "Catalogue status"), source.status),
    ]
    licence, licence_url, basis = entry.licence_of(source)
    lines.append("{}: {} ({}: {}; {})".format(words.translate("LayerMetadata", "Licence"), licence,
                                             words.translate("LayerMetadata", "Basis of the licence statement"), basis,
                                             entry.licence_status))
    if found.licence is not None:
        lines.append("{}: {} ({})".format(words.translate("LayerMetadata", "Licence stated by the service"),
                                          found.licence.text, found.licence.origin()))
    if found.moved is not None:
        lines.append(found.moved.message(entry.localized_title(language)))
    licences = [licence, licence_url] + (["{} ({})".format(found.licence.text, found.licence.origin())] if found.licence else [])
    links = [("GetCapabilities", "OGC:{}".format(source.type), found.url)]
    if entry.metadata_page:
        links.append(("Metadata", "WWW:LINK", entry.metadata_page))
    layer.setMetadata(layer_metadata(entry.id, entry.localized_title(language), language, "\n".join(lines), [entry.attribution],
                                     [item for item in licences if item], links))
    layer.setAttribution(entry.attribution)
    layer.setAttributionUrl(entry.metadata_page or source.url)
    layer.setCustomProperty(properties.DATASET, entry.id)
    layer.setCustomProperty(properties.SERVICE, source.generation)
    layer.setCustomProperty(MOVED_PROPERTY, found.moved.message(entry.localized_title(language)) if found.moved else "")
    if found.licence is not None:
        layer.setCustomProperty(LICENCE_PROPERTY, json.dumps({"text": found.licence.text, "origin": found.licence.origin(),
                                                             "licence_id": found.licence.licence_id}, ensure_ascii=False))
    if source.type == "WMS":
        layer.renderer().setOpacity(WMS_OPACITY)
    else:
        renderer = renderer_for(entry.style, language)
        if renderer is not None:
            layer.setRenderer(renderer)
