"""The Handlungsräume, Ressortbeiträge and concept documents, read from ``resources/catalogue``.

The catalogue is data: three JSON files with a schema version, checked when read. A copy of a
file in the user's profile folder (``<profile>/gemeinschaftsinitiative_berlin/catalogue``)
takes precedence, so staff can extend it without touching the plugin.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...definitions.paths import CATALOGUE_DIR, profile_folder
from ..common.errors import PluginError
from ..common.i18n import in_language

SCHEMA_VERSION = 1
BASES = ("official_text", "name_match", "criteria_derived")
NUMBER_STATUSES = ("official", "inferred")
#: Whether the source names the areas of a Ressortbeitrag ("stated") or only the GI as a whole ("inferred").
APPLIES_BASES = ("stated", "inferred")
#: The statuses of a Ressortbeitrag, and how the panel and the fact sheets name them (one wording for both).
PROGRAMME_STATUS_LABELS = {
    "confirmed": QT_TRANSLATE_NOOP("Programmes", "confirmed contribution"),
    "context": QT_TRANSLATE_NOOP("Programmes", "named in the GI context"),
    "proposed_2018": QT_TRANSLATE_NOOP("Programmes", "proposed in 2018"),
}
PROGRAMME_STATUSES = tuple(PROGRAMME_STATUS_LABELS)
UNIT_ID_LENGTHS = {"plr": 8, "bzr": 6, "pgr": 4}
FILES = ("handlungsraeume.json", "ressortbeitraege.json", "konzepte.json")


def status_label(status, language=None):
    """How a Ressortbeitrag's status reads, in ``language`` (default: QGIS's)."""
    label = PROGRAMME_STATUS_LABELS.get(status)
    return in_language(language).translate("Programmes", label) if label else status


class AreaCatalogueError(PluginError):
    """The catalogue cannot be used; the message names the file, the entry and the problem."""


@dataclass(frozen=True)
class LorUnit:
    level: str
    id: str
    name: str


@dataclass(frozen=True)
class Handlungsraum:
    code: str
    name: str
    group: str
    bezirke: tuple
    number_status: str
    number_source: str
    basis: str
    units: tuple
    composition_note: str
    composition_source: str

    @property
    def approximate(self):
        """Every boundary not taken from an official description is an approximation."""
        return self.basis != "official_text"

    @property
    def label(self):
        return "{} {}".format(self.code, self.name)


@dataclass(frozen=True)
class AreaGroup:
    code: str
    name: str
    note: str


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    short: str
    lead: bool


@dataclass(frozen=True)
class Ressortbeitrag:
    id: str
    department: str
    programme: str
    description: str
    status: str
    source: str
    applies_to: object  # "all" or a tuple of area codes
    applies_note: str
    applies_basis: str = "inferred"  # "stated": the source names the areas; "inferred": it names the GI as a whole

    def applies(self, area_code):
        return self.applies_to == "all" or area_code in self.applies_to

    @property
    def inferred_for_area(self):
        """True when listing the programme for one area is an inference (shown as such)."""
        return self.applies_basis == "inferred"


@dataclass(frozen=True)
class ConceptDocument:
    area: str
    title: str
    year: str
    author: str
    url: str
    url_kind: str
    local_file: str
    note: str


@dataclass(frozen=True)
class AreaCatalogue:
    areas: tuple
    groups: tuple
    departments: tuple
    programmes: tuple
    documents: tuple
    files: dict = field(default_factory=dict)  # file name -> path it was read from

    def area(self, code):
        for area in self.areas:
            if area.code == code:
                return area
        raise KeyError(code)

    def group(self, code):
        for group in self.groups:
            if group.code == code:
                return group
        raise KeyError(code)

    def department(self, department_id):
        for department in self.departments:
            if department.id == department_id:
                return department
        return None

    def programmes_for(self, area_code):
        return [p for p in self.programmes if p.applies(area_code)]

    def programmes_by_department(self, area_code):
        """[(Department or None, [Ressortbeitrag, ...]), ...] in catalogue order, lead first."""
        groups = []
        for department in list(self.departments) + [None]:
            department_id = department.id if department else ""
            items = [p for p in self.programmes_for(area_code) if p.department == department_id]
            if items:
                groups.append((department, items))
        return groups

    def documents_for(self, area_code):
        return [d for d in self.documents if d.area == area_code]

    def search(self, query):
        """Codes of the areas matching every word of ``query`` (code, name, Bezirk, programme,
        department), in catalogue order. An empty query matches all areas."""
        words = [w for w in _fold(query).split() if w]
        result = []
        for area in self.areas:
            haystack = _fold(" ".join(self._search_texts(area)))
            if all(word in haystack for word in words):
                result.append(area.code)
        return result

    def search_programmes(self, query):
        words = [w for w in _fold(query).split() if w]
        if not words:
            return []
        found = []
        for programme in self.programmes:
            department = self.department(programme.department)
            text = _fold(" ".join([programme.programme, department.name if department else "", department.short if department else ""]))
            if all(word in text for word in words):
                found.append(programme)
        return found

    def _search_texts(self, area):
        texts = [area.code, area.name, " ".join(area.bezirke)]
        if area.group:
            group = self.group(area.group)
            texts += [group.code, group.name]
        for programme in self.programmes_for(area.code):
            texts.append(programme.programme)
            department = self.department(programme.department)
            if department:
                texts += [department.name, department.short]
        return texts


def _fold(text):
    """Lower-case and fold German umlauts so 'Marzahn', 'märkisches' and 'Maerkisches' match."""
    text = (text or "").casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    return text.replace("-", " ")


def user_catalogue_dir():
    """The user's copy of the catalogue, whose files take precedence over the bundled ones."""
    return profile_folder("catalogue")


def _read(name, folders):
    for folder in folders:
        path = Path(folder) / name
        if path.exists():
            try:
                with open(path, encoding="utf-8") as handle:
                    data = json.load(handle)
            except (OSError, ValueError) as error:
                raise AreaCatalogueError("{}: {}".format(path, error)) from error
            if data.get("schema_version") != SCHEMA_VERSION:
                raise AreaCatalogueError("{}: schema_version {!r} is not {}".format(path, data.get("schema_version"), SCHEMA_VERSION))
            return data, path
    raise AreaCatalogueError("{} not found in {}".format(name, ", ".join(str(f) for f in folders)))


def read_area_catalogue(folder=None, user_folder=None):
    """Read and check the catalogue; ``user_folder`` files take precedence over ``folder``."""
    folders = [f for f in (user_folder, folder or CATALOGUE_DIR) if f]
    areas_data, areas_path = _read("handlungsraeume.json", folders)
    programmes_data, programmes_path = _read("ressortbeitraege.json", folders)
    documents_data, documents_path = _read("konzepte.json", folders)
    return build_catalogue(areas_data, programmes_data, documents_data, areas_path, programmes_path, documents_path)


def build_catalogue(areas_data, programmes_data, documents_data, areas_path, programmes_path, documents_path):
    """Check the three files' contents (as read from JSON) and build the catalogue.

    The paths name where each part came from (messages and ``Catalogue.files``); the shared
    workspace passes its table names, so both sources go through the same checks.
    """
    try:
        groups = tuple(AreaGroup(g["code"], g["name"], g.get("note", "")) for g in areas_data["groups"])
        areas = tuple(_area(entry, areas_path) for entry in areas_data["areas"])
        departments = tuple(Department(d["id"], d["name"], d.get("short", ""), bool(d.get("lead"))) for d in programmes_data["departments"])
        programmes = tuple(_programme(entry) for entry in programmes_data["programmes"])
        documents = tuple(ConceptDocument(d["area"], d["title"], d.get("year", ""), d.get("author", ""), d.get("url", ""),
                                          d.get("url_kind", "document"), d.get("local_file", ""), d.get("note", ""))
                          for d in documents_data["documents"])
    except KeyError as error:
        raise AreaCatalogueError("catalogue entry without the field {}".format(error)) from error
    catalogue = AreaCatalogue(areas, groups, departments, programmes, documents,
                          {"handlungsraeume.json": areas_path, "ressortbeitraege.json": programmes_path, "konzepte.json": documents_path})
    _check_references(catalogue, programmes_path, documents_path)
    return catalogue


def _area(entry, path):
    composition = entry["composition"]
    where = "{}: area {}".format(path.name, entry.get("code"))
    if composition["basis"] not in BASES:
        raise AreaCatalogueError("{}: basis {!r} is not one of {}".format(where, composition["basis"], ", ".join(BASES)))
    if entry["number_status"] not in NUMBER_STATUSES:
        raise AreaCatalogueError("{}: number_status {!r} is not one of {}".format(
            where, entry["number_status"], ", ".join(NUMBER_STATUSES)))
    units = []
    for unit in composition["units"]:
        if UNIT_ID_LENGTHS.get(unit["level"]) != len(unit["id"]) or not unit["id"].isdigit():
            raise AreaCatalogueError("{}: LOR unit {!r} is not a {} id".format(where, unit["id"], unit["level"]))
        units.append(LorUnit(unit["level"], unit["id"], unit.get("name", "")))
    if not units:
        raise AreaCatalogueError("{}: composition has no LOR units".format(where))
    return Handlungsraum(entry["code"], entry["name"], entry.get("group", ""), tuple(entry["bezirke"]), entry["number_status"],
                         entry.get("number_source", ""), composition["basis"], tuple(units), composition.get("note", ""),
                         composition.get("source", ""))


def _programme(entry):
    if entry["status"] not in PROGRAMME_STATUSES:
        raise AreaCatalogueError("ressortbeitraege.json: programme {}: status {!r} is not one of {}".format(
            entry.get("id"), entry["status"], ", ".join(PROGRAMME_STATUSES)))
    applies = entry["applies_to"]
    applies = "all" if applies == "all" else tuple(applies)
    # without a word on it, "all" is an inference from a source that names the GI as a whole
    basis = entry.get("applies_basis", "inferred" if applies == "all" else "stated")
    if basis not in APPLIES_BASES:
        raise AreaCatalogueError("ressortbeitraege.json: programme {}: applies_basis {!r} is not one of {}".format(
            entry.get("id"), basis, ", ".join(APPLIES_BASES)))
    return Ressortbeitrag(entry["id"], entry.get("department", ""), entry["programme"], entry.get("description", ""),
                          entry["status"], entry.get("source", ""), applies, entry.get("applies_note", ""), basis)


def _check_references(catalogue, programmes_path, documents_path):
    codes = {area.code for area in catalogue.areas}
    if len(codes) != len(catalogue.areas):
        raise AreaCatalogueError("handlungsraeume.json: an area code appears twice")
    group_codes = {group.code for group in catalogue.groups}
    for area in catalogue.areas:
        if area.group and area.group not in group_codes:
            raise AreaCatalogueError("handlungsraeume.json: area {} names the unknown group {}".format(area.code, area.group))
    department_ids = {department.id for department in catalogue.departments}
    for programme in catalogue.programmes:
        if programme.department and programme.department not in department_ids:
            raise AreaCatalogueError("{}: programme {} names the unknown department {!r}".format(
                programmes_path.name, programme.id, programme.department))
        if programme.applies_to != "all":
            unknown = sorted(set(programme.applies_to) - codes)
            if unknown:
                raise AreaCatalogueError("{}: programme {} applies to unknown areas {}".format(
                    programmes_path.name, programme.id, ", ".join(unknown)))
    for document in catalogue.documents:
        if document.area not in codes:
            raise AreaCatalogueError("{}: document {!r} belongs to the unknown area {}".format(
                documents_path.name, document.title, document.area))
