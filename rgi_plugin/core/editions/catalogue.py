"""Which MSS editions exist, and the facts of each: year, LOR scheme, source, licence, geometry.

The facts are not repeated here: a bundled edition takes them from its entry in
``resources/data/datasets.json`` (``series``, ``year``, ``lor_scheme``, ``geometry_dataset``),
an edition loaded from a service from its entry in ``resources/services/catalogue.json``. An
MSS layer loaded through the service catalogue (MSS 2023, 2025) joins the list as long as it is
in the project.
"""

import re
from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QCoreApplication

from ...definitions import datasets, properties
from ..common.errors import PluginError
from ..common.i18n import content_language, in_language

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

#: The series of the Monitoring Soziale Stadtentwicklung (``series`` in datasets.json).
MSS = "mss"
#: The LOR schemes: the Planungsräume before the reform of 2021 (447/448) and LOR 2021 (542).
LOR_2019, LOR_2021 = "lor_2019", "lor_2021"
#: The edition the GI areas were drawn from (2018), and the base of the trend.
BASE_YEAR = 2017
#: Where an edition's data comes from.
BUNDLED, SERVICE = "bundled", "service"

#: Layer property naming the dataset a layer was made from (bundled id or service catalogue id).
DATASET_PROPERTY = properties.DATASET
#: Service catalogue entries of MSS index layers: ``mss_<year>_indizes``.
SERVICE_ENTRY = re.compile(r"^mss_(\d{4})_indizes$")


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


SCHEMES = {
    LOR_2019: LorScheme(LOR_2019, 448, datasets.LOR_PLR_2019),
    LOR_2021: LorScheme(LOR_2021, 542, datasets.LOR_PLR_2021),
}


@dataclass(frozen=True)
class Edition:
    """One MSS edition. ``dataset_id`` names the bundled dataset, ``layer_id`` a loaded layer."""

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
        publisher=dataset.publisher, licence=dataset.licence, licence_url=dataset.licence_url,
        attribution=dataset.attribution, origin=dataset.service, dataset_id=dataset.id, geometry_dataset=geometry,
        notes=dict(dataset.notes))


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


def service_edition(layer, catalogue=None):
    """The edition of an MSS index layer loaded from the service catalogue, or None."""
    entry_id = layer.customProperty(DATASET_PROPERTY) or ""
    match = SERVICE_ENTRY.match(str(entry_id))
    if not match or not layer.isValid():
        return None
    from ..services.catalogue import ServiceCatalogueError, read_service_catalogue

    try:
        entry = (catalogue or read_service_catalogue()).entry(entry_id)
    except (ServiceCatalogueError, KeyError):
        return None
    return Edition(
        id="mss_{}".format(match.group(1)), year=int(match.group(1)), scheme=LOR_2021, source=SERVICE,
        title=dict(entry.title), publisher="", licence=entry.licence, licence_url=entry.licence_url or "",
        attribution=entry.attribution, origin=layer.source(), layer_id=layer.id(), notes=dict(entry.notes))


def project_editions(project, catalogue=None):
    """Editions loaded from services into ``project`` (one per year: the first layer found)."""
    found = {}
    for layer in project.mapLayers().values():
        edition = service_edition(layer, catalogue)
        if edition is not None and edition.year not in found:
            found[edition.year] = edition
    return [found[year] for year in sorted(found)]


def all_editions(project=None, snapshot=None):
    """Bundled editions and those loaded into ``project``, oldest first; a bundled edition wins."""
    editions = {edition.year: edition for edition in bundled_editions(snapshot)}
    if project is not None:
        for edition in project_editions(project):
            editions.setdefault(edition.year, edition)
    return [editions[year] for year in sorted(editions)]


def find_edition(edition_id, project=None):
    """The edition with ``edition_id`` (``mss_2017``) or ``year`` (2017); raise ``EditionError``."""
    for edition in all_editions(project):
        if edition.id == edition_id or str(edition.year) == str(edition_id):
            return edition
    raise EditionError(_translate("Editions", "There is no MSS edition {edition}. Known editions: {known}.").format(
        edition=edition_id, known=", ".join(e.label for e in all_editions(project))))
