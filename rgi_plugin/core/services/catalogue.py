"""The catalogue of Geoportal Berlin services (``resources/services/catalogue.json``).

One entry per dataset with its ordered sources: GDI service, legacy FIS-Broker service, then
the bundled offline snapshot, which is only referenced by its id in ``datasets.json``. Editions
of one dataset (MSS 2019 … 2025) name their group in ``edition_of``; the newest is the default.
What an MSS edition is (bundled or served, its year and LOR scheme) is said in one place,
``core/editions/catalogue.py``, which reads the entries of the group ``mss_indizes`` from here.
A copy in the user's profile (``user_catalogue_file``) takes precedence over the bundled file:
services found through the Geoportal's metadata catalogue are taken into it. This module reads
and checks the file; loading is in ``loader.py``.
"""

import json
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from ...definitions.datasets import LOR_2019, LOR_2021, LOR_SCHEMES
from ...definitions.paths import SERVICE_CATALOGUE_FILE, profile_folder
from ..common import schema
from ..common.errors import PluginError
from ..common.i18n import localized
from ..data.snapshot import BundledDataError, read_snapshot

SERVICE_TYPES = ("WMS", "WFS")
#: The order fallbacks must follow: a service the user took from the metadata catalogue (CSW)
#: first, then GDI, then the legacy FIS-Broker.
GENERATIONS = ("found", "gdi", "fisbroker")
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
    licence: str = None  # a source with a licence of its own (the legacy FIS-Broker); None: the entry's
    licence_url: str = None
    licence_basis: str = None

    @property
    def name(self):
        """Typename (WFS) or layer name (WMS); None: read from GetCapabilities."""
        return self.typename if self.type == "WFS" else self.layer

    @property
    def host(self):
        return urlsplit(self.url).netloc

    @property
    def generation_label(self):
        return {"found": "CSW", "gdi": "GDI Berlin", "fisbroker": "FIS-Broker"}[self.generation]


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
    licence_status: str = "unverified"
    edition_of: str = ""  # edition group (e.g. "mss_indizes"); "" for a dataset without editions
    edition_year: int = None
    lor_scheme: str = ""  # definitions.datasets.LOR_2021 or LOR_2019: which Planungsraum ids the data carry
    geometry_entry: str = ""  # the entry whose geometry the ids refer to (MSS 2019 -> lor_plr_2019)
    keywords: tuple = ()  # what the dataset is called, to find it when its layer name moves

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

    def licence_of(self, source):
        """(licence, url, basis) that applies to data from ``source``: its own, else the entry's."""
        if source is not None and source.licence:
            return source.licence, source.licence_url or "", source.licence_basis or ""
        return self.licence, self.licence_url, self.licence_basis

    def with_services(self, services):
        """A copy with other services (tests and the local benchmark point it elsewhere)."""
        return replace(self, services=tuple(services))


@dataclass(frozen=True)
class ServiceCatalogue:
    entries: tuple
    standard_set: tuple  # entry ids; an edition group stands for its newest edition
    timeout_seconds: float
    page_size: int
    standard_groups: tuple = ()  # standard_set as written: entry ids or edition groups
    path: str = ""  # the file it was read from (the bundled one or the user's copy)

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

    def editions(self, group):
        """The entries of an edition group, newest first."""
        found = [entry for entry in self.entries if entry.edition_of == group]
        return sorted(found, key=lambda entry: entry.edition_year or 0, reverse=True)

    def edition_groups(self):
        return tuple(dict.fromkeys(entry.edition_of for entry in self.entries if entry.edition_of))

    def standard_ids(self, chosen=None):
        """The standard set as entry ids; ``chosen`` maps an edition group to the chosen entry id
        (missing or unknown: the newest edition)."""
        chosen = chosen or {}
        ids = []
        for item in self.standard_groups or self.standard_set:
            editions = [entry.id for entry in self.editions(item)]
            if editions:
                ids.append(chosen.get(item) if chosen.get(item) in editions else editions[0])
            elif any(entry.id == item for entry in self.entries):
                ids.append(item)
        return tuple(ids)

    def replace_entries(self, entries):
        entries = tuple(entries)
        resolved = replace(self, entries=entries)
        return replace(resolved, standard_set=resolved.standard_ids())


def _source(entry_id, raw, keywords=()):
    known = {"generation", "type", "url", "version", "crs", "format", "status", "basis", "typename", "layer", "licence",
             "licence_url", "licence_basis"}
    unknown = set(raw) - known - {"kind"}
    if unknown:
        raise ServiceCatalogueError("{}: unknown service keys {}".format(entry_id, sorted(unknown)))
    source = ServiceSource(**{key: raw.get(key) for key in known if key in raw})
    if source.type not in SERVICE_TYPES or source.generation not in GENERATIONS or source.status not in STATUSES:
        raise ServiceCatalogueError("{}: bad type/generation/status in {}".format(entry_id, raw))
    if source.type == "WFS" and not source.typename and not keywords:
        raise ServiceCatalogueError("{}: a WFS source needs a typename (or the entry's keywords to find it by)".format(entry_id))
    if source.licence and not source.licence_basis:
        raise ServiceCatalogueError("{}: a source's own licence needs its basis".format(entry_id))
    if source.crs != "EPSG:25833":
        raise ServiceCatalogueError("{}: CRS {} is not the native EPSG:25833".format(entry_id, source.crs))
    if not source.url.startswith("https://") and not source.url.startswith("http://"):
        raise ServiceCatalogueError("{}: not a web address: {}".format(entry_id, source.url))
    return source


#: How a user's catalogue copy taken before the schemes had their ids spells them.
_EARLIER_SCHEME_SPELLING = {"LOR 2021": LOR_2021, "LOR 2019": LOR_2019}


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
            services.append(_source(entry_id, item, raw.get("keywords", ())))
        else:
            raise ServiceCatalogueError("{}: source kind must be 'service' or 'bundled': {}".format(entry_id, item))
    if not services:
        raise ServiceCatalogueError("{}: no service".format(entry_id))
    order = [GENERATIONS.index(source.generation) for source in services]
    if order != sorted(order):
        raise ServiceCatalogueError("{}: fallbacks must go found (CSW) -> GDI -> FIS-Broker -> bundled".format(entry_id))
    if raw.get("licence_status", "unverified") not in STATUSES:
        raise ServiceCatalogueError("{}: bad licence_status {!r}".format(entry_id, raw.get("licence_status")))
    if bool(raw.get("edition_of")) != bool(raw.get("edition_year")):
        raise ServiceCatalogueError("{}: an edition needs both edition_of and edition_year".format(entry_id))
    raw = dict(raw, lor_scheme=_EARLIER_SCHEME_SPELLING.get(raw.get("lor_scheme", ""), raw.get("lor_scheme", "")))
    if raw["lor_scheme"] not in LOR_SCHEMES + ("",) or (raw.get("edition_of") and not raw["lor_scheme"]):
        raise ServiceCatalogueError("{}: lor_scheme must be one of {} (an edition needs one): {!r}".format(
            entry_id, ", ".join(LOR_SCHEMES), raw["lor_scheme"]))
    try:
        schema.required_fields(raw["schema"])
    except ValueError as error:
        raise ServiceCatalogueError("{}: {}".format(entry_id, error)) from error
    values = {key: raw[key] for key in ("id", "title", "edition", "schema", "style", "licence", "licence_url",
                                        "attribution", "licence_basis", "metadata_page", "metadata_page_status")}
    extra = {key: raw[key] for key in ("licence_status", "edition_of", "edition_year", "lor_scheme", "geometry_entry") if key in raw}
    return CatalogueEntry(services=tuple(services), bundled_dataset=bundled_dataset, info_page=raw.get("info_page", ""),
                          notes=raw.get("notes", {}), keywords=tuple(raw.get("keywords", ())), **extra, **values)


def user_catalogue_file():
    """The user's copy of the service catalogue in the QGIS profile folder (None without a profile)."""
    return profile_folder("services", "catalogue.json")


def active_catalogue_file():
    """The catalogue file in force: the user's copy when there is one, else the bundled one."""
    user = user_catalogue_file()
    return user if user is not None and user.is_file() else SERVICE_CATALOGUE_FILE


def read_service_catalogue(path=None, snapshot=None):
    """Read and check the service catalogue (default: ``active_catalogue_file()``); raise
    ``ServiceCatalogueError`` if unusable."""
    path = path or active_catalogue_file()
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
        groups = {entry.edition_of for entry in entries if entry.edition_of}
        if not set(standard) <= set(ids) | groups:
            raise ServiceCatalogueError("{}: standard_set names unknown ids {}".format(path, sorted(set(standard) - set(ids) - groups)))
        for entry in entries:
            if entry.geometry_entry and entry.geometry_entry not in ids:
                raise ServiceCatalogueError("{}: {} names an unknown geometry_entry {!r}".format(path, entry.id, entry.geometry_entry))
        defaults = raw["defaults"]
        catalogue = ServiceCatalogue(entries, standard, float(defaults["timeout_seconds"]), int(defaults["page_size"]), standard,
                                     str(path))
        return replace(catalogue, standard_set=catalogue.standard_ids())
    except ServiceCatalogueError:
        raise
    except (OSError, ValueError, KeyError, TypeError, BundledDataError) as error:
        raise ServiceCatalogueError("{}: {}".format(path, error)) from error
