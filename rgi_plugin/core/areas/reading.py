"""Reading and checking the catalogue files in ``resources/catalogue`` (the user's copies first).

The catalogue is data: three JSON files with a schema version, checked when read. A copy of a
file in the user's profile folder (``<profile>/gemeinschaftsinitiative_berlin/catalogue``)
takes precedence, so staff can extend it without touching the plugin.
"""

import json
from pathlib import Path

from ...definitions.paths import CATALOGUE_DIR, profile_folder
from ..common.errors import PluginError
from .catalogue import (
    PROGRAMME_STATUSES,
    AreaCatalogue,
    AreaGroup,
    ConceptDocument,
    Department,
    Handlungsraum,
    LorUnit,
    Ressortbeitrag,
)

SCHEMA_VERSION = 1


BASES = ("official_text", "name_match", "criteria_derived")


NUMBER_STATUSES = ("official", "inferred")


#: Whether the source names the areas of a Ressortbeitrag ("stated") or only the GI as a whole ("inferred").
APPLIES_BASES = ("stated", "inferred")


UNIT_ID_LENGTHS = {"plr": 8, "bzr": 6, "pgr": 4}


#: The three files of the catalogue.
AREAS_FILE, PROGRAMMES_FILE, DOCUMENTS_FILE = "handlungsraeume.json", "ressortbeitraege.json", "konzepte.json"


class AreaCatalogueError(PluginError):
    """The catalogue cannot be used; the message names the file, the entry and the problem."""


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
    areas_data, areas_path = _read(AREAS_FILE, folders)
    programmes_data, programmes_path = _read(PROGRAMMES_FILE, folders)
    documents_data, documents_path = _read(DOCUMENTS_FILE, folders)
    return build_catalogue(areas_data, programmes_data, documents_data, areas_path, programmes_path, documents_path)


def build_catalogue(areas_data, programmes_data, documents_data, areas_path, programmes_path, documents_path):
    """Check the three files' contents (as read from JSON) and build the catalogue.

    The paths name where each part came from (messages and ``AreaCatalogue.files``); the shared
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
                          {AREAS_FILE: areas_path, PROGRAMMES_FILE: programmes_path, DOCUMENTS_FILE: documents_path})
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
