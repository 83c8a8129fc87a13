"""The catalogue of Geoportal Berlin services (``resources/services/catalogue.json``).

One entry per dataset with its ordered sources: GDI service, legacy FIS-Broker service, then
the bundled offline snapshot, which is only referenced by its id in ``datasets.json``. This
module reads and checks the file; loading is in ``loader.py``.
"""

import json
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from ...definitions.paths import SERVICE_CATALOGUE_FILE
from ..common import schema
from ..common.errors import PluginError
from ..common.i18n import localized
from ..data.snapshot import BundledDataError, read_snapshot

SERVICE_TYPES = ("WMS", "WFS")
GENERATIONS = ("gdi", "fisbroker")  # the order fallbacks must follow
STATUSES = ("verified", "unverified")


class ServiceCatalogueError(PluginError):
    """The service catalogue cannot be used; the message says where and why."""


@dataclass(frozen=True)
class ServiceSource:
    generation: str
    type: str
    url: str
    version: str
    crs: str
    format: str
    status: str
    basis: str
    typename: str = None
    layer: str = None

    @property
    def name(self):
        """Typename (WFS) or layer name (WMS); None: read from GetCapabilities."""
        return self.typename if self.type == "WFS" else self.layer

    @property
    def host(self):
        return urlsplit(self.url).netloc

    @property
    def generation_label(self):
        return {"gdi": "GDI Berlin", "fisbroker": "FIS-Broker"}[self.generation]


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    title: dict
    edition: str
    schema: str
    style: str
    licence: str
    licence_url: str
    attribution: str
    licence_basis: str
    metadata_page: str
    metadata_page_status: str
    services: tuple
    bundled_dataset: str = None
    info_page: str = ""
    notes: dict = field(default_factory=dict)

    @property
    def type(self):
        return self.services[0].type

    @property
    def verified(self):
        """True when every service of the entry is verified."""
        return all(source.status == "verified" for source in self.services)

    def localized_title(self, language=None):
        return localized(self.title, language)

    def localized_notes(self, language=None):
        return localized(self.notes, language)

    def with_services(self, services):
        """A copy with other services (tests and the local benchmark point it elsewhere)."""
        return replace(self, services=tuple(services))


@dataclass(frozen=True)
class ServiceCatalogue:
    entries: tuple
    standard_set: tuple
    timeout_seconds: float
    page_size: int

    def entry(self, entry_id):
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def providers_of(self, dataset_id):
        """WFS entries whose offline fallback is the bundled dataset ``dataset_id``, in catalogue order.

        These deliver the data of a snapshot refresh (a WMS gives only pictures).
        """
        return [entry for entry in self.entries if entry.bundled_dataset == dataset_id and entry.type == "WFS"]

    def replace_entries(self, entries):
        return replace(self, entries=tuple(entries))


def _source(entry_id, raw):
    known = {"generation", "type", "url", "version", "crs", "format", "status", "basis", "typename", "layer"}
    unknown = set(raw) - known - {"kind"}
    if unknown:
        raise ServiceCatalogueError("{}: unknown service keys {}".format(entry_id, sorted(unknown)))
    source = ServiceSource(**{key: raw.get(key) for key in known if key in raw})
    if source.type not in SERVICE_TYPES or source.generation not in GENERATIONS or source.status not in STATUSES:
        raise ServiceCatalogueError("{}: bad type/generation/status in {}".format(entry_id, raw))
    if source.type == "WFS" and not source.typename:
        raise ServiceCatalogueError("{}: a WFS source needs a typename".format(entry_id))
    if source.crs != "EPSG:25833":
        raise ServiceCatalogueError("{}: CRS {} is not the native EPSG:25833".format(entry_id, source.crs))
    if not source.url.startswith("https://") and not source.url.startswith("http://"):
        raise ServiceCatalogueError("{}: not a web address: {}".format(entry_id, source.url))
    return source


def _entry(raw, bundled_ids):
    entry_id = raw["id"]
    services, bundled_dataset = [], None
    for position, item in enumerate(raw["sources"]):
        if item.get("kind") == "bundled":
            if position != len(raw["sources"]) - 1:
                raise ServiceCatalogueError("{}: the bundled snapshot must be the last fallback".format(entry_id))
            if item["dataset"] not in bundled_ids:
                raise ServiceCatalogueError("{}: bundled dataset {!r} is not in datasets.json".format(entry_id, item["dataset"]))
            bundled_dataset = item["dataset"]
        elif item.get("kind") == "service":
            services.append(_source(entry_id, item))
        else:
            raise ServiceCatalogueError("{}: source kind must be 'service' or 'bundled': {}".format(entry_id, item))
    if not services:
        raise ServiceCatalogueError("{}: no service".format(entry_id))
    order = [GENERATIONS.index(source.generation) for source in services]
    if order != sorted(order):
        raise ServiceCatalogueError("{}: fallbacks must go GDI -> FIS-Broker -> bundled".format(entry_id))
    try:
        schema.required_fields(raw["schema"])
    except ValueError as error:
        raise ServiceCatalogueError("{}: {}".format(entry_id, error)) from error
    values = {key: raw[key] for key in ("id", "title", "edition", "schema", "style", "licence", "licence_url",
                                        "attribution", "licence_basis", "metadata_page", "metadata_page_status")}
    return CatalogueEntry(services=tuple(services), bundled_dataset=bundled_dataset, info_page=raw.get("info_page", ""),
                          notes=raw.get("notes", {}), **values)


def read_service_catalogue(path=SERVICE_CATALOGUE_FILE, snapshot=None):
    """Read and check the service catalogue; raise ``ServiceCatalogueError`` if unusable."""
    try:
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
        if raw.get("schema_version") != 1:
            raise ServiceCatalogueError("{}: unsupported schema_version {!r}".format(path, raw.get("schema_version")))
        snapshot = snapshot or read_snapshot()
        bundled_ids = {dataset.id for dataset in snapshot.datasets}
        entries = tuple(_entry(item, bundled_ids) for item in raw["datasets"])
        ids = [entry.id for entry in entries]
        if len(set(ids)) != len(ids):
            raise ServiceCatalogueError("{}: duplicate dataset ids".format(path))
        standard = tuple(raw["standard_set"])
        if not set(standard) <= set(ids):
            raise ServiceCatalogueError("{}: standard_set names unknown ids {}".format(path, sorted(set(standard) - set(ids))))
        defaults = raw["defaults"]
        return ServiceCatalogue(entries, standard, float(defaults["timeout_seconds"]), int(defaults["page_size"]))
    except ServiceCatalogueError:
        raise
    except (OSError, ValueError, KeyError, TypeError, BundledDataError) as error:
        raise ServiceCatalogueError("{}: {}".format(path, error)) from error
