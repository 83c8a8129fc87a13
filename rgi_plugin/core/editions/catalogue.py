"""What an MSS edition is, and which exist: the plugin's one list of editions.

An edition is one publication of the Monitoring Soziale Stadtentwicklung: year, LOR scheme,
source, licence, geometry. There is one ``Edition`` per year, whatever delivers it:

- the bundled snapshot (``resources/data/datasets.json``: ``series`` ``mss``, ``year``,
  ``lor_scheme``, ``geometry_dataset``): MSS 2013 … 2021, usable offline;
- the service catalogue (``resources/services/catalogue.json``: the entries of the edition group
  ``definitions.datasets.MSS_EDITIONS`` with ``edition_year`` and ``lor_scheme``): MSS 2019 …
  2025 from the Geoportal. The layers panel's *MSS edition* chooser lists these editions, and
  the standard set loads the chosen one;
- a layer loaded from such an entry: while it is in the project, a served edition without a
  bundled copy (MSS 2023, 2025) has data, and the development, the change map and the overlay
  use it. For a year with a bundled copy the bundled data are used.

The facts are not repeated here: they come from the two files. ``known_editions`` is the whole
list (what the chooser offers), ``all_editions`` the editions with data here (what the
development, the change map and the overlay compute on).
"""

from dataclasses import dataclass, field, replace

from qgis.PyQt.QtCore import QCoreApplication

from ...definitions import datasets, properties
from ...definitions.datasets import LOR_2019, LOR_2021, MSS_EDITIONS
from ..common.errors import PluginError
from ..common.i18n import content_language, in_language

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

#: The series of the Monitoring Soziale Stadtentwicklung (``series`` in datasets.json).
MSS = "mss"
#: The edition the GI areas were drawn from (2018), and the base of the trend.
BASE_YEAR = 2017
#: Where an edition's data come from: the bundled snapshot, or a layer loaded from a service.
BUNDLED, SERVICE = "bundled", "service"

#: Layer property naming the dataset a layer was made from (bundled id or service catalogue id).
DATASET_PROPERTY = properties.DATASET


class EditionError(PluginError):
    """An edition cannot be found or read; the message says which and why."""


@dataclass(frozen=True)
class LorScheme:
    id: str
    planungsraeume: int
    geometry_dataset: str

    def label(self, language=None):
        words = in_language(language)
        if self.id == LOR_2019:
            return words.translate("Editions", "LOR before 2021 ({n} Planungsräume)").format(n=self.planungsraeume)
        return words.translate("Editions", "LOR 2021 ({n} Planungsräume)").format(n=self.planungsraeume)

    def short_label(self, language=None):
        words = in_language(language)
        if self.id == LOR_2019:
            return words.translate("Editions", "LOR before 2021")
        return words.translate("Editions", "LOR 2021")


SCHEMES = {
    LOR_2019: LorScheme(LOR_2019, 448, datasets.LOR_PLR_2019),
    LOR_2021: LorScheme(LOR_2021, 542, datasets.LOR_PLR_2021),
}


@dataclass(frozen=True)
class Edition:
    """One MSS edition. ``dataset_id`` names its bundled dataset, ``service_entry`` its entry in
    the service catalogue, ``layer_id`` a layer loaded from that entry ("" where there is none).
    ``source`` says where its data come from (``BUNDLED`` wins over a loaded layer); an edition
    that is only offered by a service and not loaded has none (``has_data`` is False)."""

    id: str
    year: int
    scheme: str
    source: str
    title: dict
    publisher: str
    licence: str
    licence_url: str
    attribution: str
    origin: str
    dataset_id: str = ""
    geometry_dataset: str = ""
    layer_id: str = ""
    notes: dict = field(default_factory=dict)
    service_entry: str = ""

    @property
    def has_data(self):
        return bool(self.dataset_id or self.layer_id)

    @property
    def label(self):
        return "MSS {}".format(self.year)

    @property
    def lor_scheme(self):
        return SCHEMES[self.scheme]

    @property
    def geometry_key(self):
        """Editions with the same key share their Planungsraum geometry (and so their area shares)."""
        if self.layer_id:
            return "layer:" + self.layer_id
        return self.geometry_dataset or self.dataset_id

    def localized_title(self, language=None):
        language = language or content_language()
        return self.title.get(language) or self.title.get("en") or self.label

    def describe(self, language=None):
        """One line: label, scheme, source, licence and attribution (for metadata and sheets)."""
        words = in_language(language)
        if self.source == BUNDLED:
            origin = words.translate("Editions", "bundled")
        else:
            origin = words.translate("Editions", "loaded from the service")
        return "{label} ({scheme}; {origin}): {attribution}, {licence}".format(
            label=self.label, scheme=self.lor_scheme.label(language), origin=origin, attribution=self.attribution, licence=self.licence)


def _bundled(dataset):
    geometry = dataset.geometry_dataset
    return Edition(
        id=dataset.id, year=int(dataset.year), scheme=dataset.lor_scheme, source=BUNDLED, title=dict(dataset.title),
        publisher=dataset.publisher, licence=dataset.localized_licence(), licence_url=dataset.licence_url,
        attribution=dataset.attribution, origin=dataset.service, dataset_id=dataset.id, geometry_dataset=geometry,
        notes=dict(dataset.notes))


def _served(entry, layer=None):
    """The edition a service catalogue entry offers; with ``layer``: loaded, its data that layer."""
    return Edition(
        id="mss_{}".format(entry.edition_year), year=int(entry.edition_year), scheme=entry.lor_scheme, source=SERVICE,
        title=dict(entry.title), publisher="", licence=entry.licence, licence_url=entry.licence_url or "",
        attribution=entry.attribution, origin=layer.source() if layer is not None else entry.services[0].url,
        layer_id=layer.id() if layer is not None else "", notes=dict(entry.notes), service_entry=entry.id)


def bundled_editions(snapshot=None):
    """The MSS editions of the bundled snapshot, oldest first."""
    from ..data import read_snapshot

    snapshot = snapshot or read_snapshot()
    editions = []
    for dataset in snapshot.datasets:
        if dataset.series != MSS:
            continue
        if dataset.lor_scheme not in SCHEMES or not dataset.year:
            raise EditionError("datasets.json, {}: an MSS edition needs a year and a LOR scheme ({})".format(
                dataset.id, ", ".join(SCHEMES)))
        editions.append(_bundled(dataset))
    return sorted(editions, key=lambda edition: edition.year)


def _service_catalogue(catalogue=None):
    """The service catalogue in force, or None when it cannot be read (the bundled editions stay)."""
    if catalogue is not None:
        return catalogue
    from ..common import log
    from ..services.catalogue import ServiceCatalogueError, read_service_catalogue

    try:
        return read_service_catalogue()
    except ServiceCatalogueError as error:
        log.warning("MSS editions without the services: {}".format(error))
        return None


def served_entries(catalogue):
    """{year: entry} of the service catalogue's MSS editions (the entries of ``MSS_EDITIONS``; the
    catalogue's reader makes sure each has a year and a LOR scheme)."""
    entries = {}
    for entry in catalogue.editions(MSS_EDITIONS):
        entries.setdefault(int(entry.edition_year), entry)
    return entries


def service_edition(layer, catalogue=None):
    """The edition of an MSS index layer loaded from the service catalogue, or None."""
    entry_id = str(layer.customProperty(DATASET_PROPERTY) or "")
    if not entry_id or not layer.isValid():
        return None
    catalogue = _service_catalogue(catalogue)
    if catalogue is None:
        return None
    try:
        entry = catalogue.entry(entry_id)
    except KeyError:
        return None
    if entry.edition_of != MSS_EDITIONS:
        return None
    return _served(entry, layer)


def project_editions(project, catalogue=None):
    """Editions loaded from services into ``project`` (one per year: the first layer found)."""
    catalogue = _service_catalogue(catalogue)
    found = {}
    for layer in project.mapLayers().values() if catalogue is not None else ():
        edition = service_edition(layer, catalogue)
        if edition is not None and edition.year not in found:
            found[edition.year] = edition
    return [found[year] for year in sorted(found)]


def known_editions(project=None, snapshot=None, catalogue=None):
    """Every MSS edition, oldest first, one per year: bundled, offered by a service, or loaded.

    A bundled edition keeps its data and facts and gains the service entry of its year; an edition
    only a service offers has data while a layer of it is in ``project``."""
    from ..data import read_snapshot

    snapshot = snapshot or read_snapshot()
    editions = {edition.year: edition for edition in bundled_editions(snapshot)}
    catalogue = _service_catalogue(catalogue)
    if catalogue is not None:
        for year, entry in served_entries(catalogue).items():
            edition = editions.get(year)
            editions[year] = replace(edition, service_entry=entry.id) if edition is not None else _served(entry)
    if project is not None:
        for loaded in project_editions(project, catalogue):
            edition = editions.get(loaded.year)
            if edition is None or not edition.has_data:
                editions[loaded.year] = loaded
    return [editions[year] for year in sorted(editions)]


def service_editions(catalogue=None, snapshot=None):
    """The editions a service delivers, newest first (the layers panel's chooser)."""
    return sorted((e for e in known_editions(None, snapshot, catalogue) if e.service_entry), key=lambda e: -e.year)


def all_editions(project=None, snapshot=None, catalogue=None):
    """The editions with data here, oldest first: bundled, and those loaded into ``project``."""
    return [edition for edition in known_editions(project, snapshot, catalogue) if edition.has_data]


def find_edition(edition_id, project=None):
    """The edition with ``edition_id`` (``mss_2017``) or ``year`` (2017); raise ``EditionError``."""
    for edition in all_editions(project):
        if edition.id == edition_id or str(edition.year) == str(edition_id):
            return edition
    raise EditionError(_translate("Editions", "There is no MSS edition {edition}. Known editions: {known}.").format(
        edition=edition_id, known=", ".join(e.label for e in all_editions(project))))
