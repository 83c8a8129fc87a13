"""The description of the offline snapshot shipped in ``resources/data`` (``datasets.json``).

``datasets.json`` is the one owner of the facts about each bundled dataset (origin, licence,
attribution, expected size); this module reads and checks it.
"""

import json
from dataclasses import dataclass, field

from ...definitions.paths import DATA_DIR, DATASETS_FILE
from ..common.errors import PluginError
from ..common.i18n import localized


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
    licence: object  # the licence's short name, or {"de": …, "en": …} where it needs words
    licence_url: str
    licence_basis: str
    attribution: str
    service: str
    notes: dict = field(default_factory=dict)
    style: str = ""
    #: Editions (``core/editions``): the series (``mss``) and year a dataset is an edition of,
    #: the LOR scheme its Planungsraum ids belong to (``lor_2019``, ``lor_2021``) and, for a
    #: table without geometry, the dataset holding its geometry.
    series: str = ""
    year: int = 0
    lor_scheme: str = ""
    geometry_dataset: str = ""

    @property
    def path(self):
        return DATA_DIR / self.file

    def localized_title(self, language=None):
        return localized(self.title, language)

    def localized_licence(self, language=None):
        return localized(self.licence, language) if isinstance(self.licence, dict) else self.licence

    def localized_notes(self, language=None):
        return localized(self.notes, language)


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
        return localized(self.label, language)


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
