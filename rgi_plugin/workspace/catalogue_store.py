"""The catalogue in the workspace: read as the same ``AreaCatalogue`` the bundled JSON gives, written
by the Senate coordinators, each change one transaction that is checked like the JSON files.

Reading is one query of ``gi.catalogue_document``: the three "files" as one JSON document that
statement triggers rebuild in the transaction of every change (``gi.catalogue_json()``), with a
version; the result goes through ``catalogue.build_catalogue``, the checks the bundled reader
uses. A session re-reads the document only when its version changed, and the first read of a
QGIS session uses the document kept in the profile (``kept_document``) while it is current. An
edit writes its rows, reads the catalogue back inside the same transaction and runs the same
checks: an edit that would make the catalogue invalid is rolled back with the checker's message.
"""

import json
from dataclasses import dataclass
from pathlib import PurePosixPath

from qgis.PyQt.QtCore import QCoreApplication

from ..core.areas import reading as bundled_catalogue
from .connection import WorkspaceDataError, WorkspaceError, WorkspacePermissionError

_translate = QCoreApplication.translate

#: What the catalogue's messages and ``AreaCatalogue.files`` name instead of a JSON file.
TABLE_PATHS = (PurePosixPath("gi.handlungsraum"), PurePosixPath("gi.ressortbeitrag"), PurePosixPath("gi.concept_document"))


def _build(data):
    return bundled_catalogue.build_catalogue(data["areas"], data["programmes"], data["documents"], *TABLE_PATHS)


def _read_with(cursor):
    cursor.execute("SELECT document FROM gi.catalogue_document")
    return _build(cursor.fetchone()[0])


#: The document (as text) only when it differs from the one held (version and time of change).
READ_IF_CHANGED_SQL = """SELECT version, changed_at::text,
                                CASE WHEN (version, changed_at) IS DISTINCT FROM (%s, %s::timestamptz) THEN document::text END
                         FROM gi.catalogue_document"""


def read_catalogue(session, keep=None):
    """The catalogue of the workspace; ``AreaCatalogueError`` if it does not pass the checks.

    A session keeps the last catalogue it read with the document's version: a re-read costs one
    small round trip and returns the same (immutable) object while nothing changed; any change
    (made in any session) raises the version in its own transaction, so it is seen on the next
    read. ``keep`` (a ``kept_document.KeptDocument``) holds the last document between QGIS sessions: the first
    read of a session then transfers only the version when the catalogue is unchanged, and the
    kept text goes through the same checks as a transferred one.
    """
    version, changed_at, cached = session.cache.get("catalogue", (None, None, None))
    kept = keep.load() if (cached is None and keep is not None) else None
    if kept is not None:
        version, changed_at = kept[0], kept[1]
    new_version, new_changed_at, text = session.query(READ_IF_CHANGED_SQL, (version, changed_at))[0]
    if text is None and cached is not None:
        return cached
    if text is None:
        try:
            catalogue = _build(json.loads(kept[2]))
        except (ValueError, KeyError, TypeError, bundled_catalogue.AreaCatalogueError):
            keep.forget()  # a damaged kept copy: read the workspace's document instead
            return read_catalogue(session)
    else:
        catalogue = _build(json.loads(text))
        if keep is not None:
            keep.save(new_version, new_changed_at, text)
    session.cache["catalogue"] = (new_version, new_changed_at, catalogue)
    return catalogue


@dataclass(frozen=True)
class CatalogueSource:
    """The catalogue in use, where it came from, and why the workspace was not used (if so)."""

    catalogue: object
    origin: str  # "workspace" or "bundled"
    error: object = None  # the WorkspaceError when the workspace was configured but not usable


def catalogue_or_bundled(session, bundled_reader=bundled_catalogue.read_area_catalogue, keep=None):
    """The workspace's catalogue; the bundled one (and the reason) when the workspace fails."""
    if session is None or not session.config.configured:
        return CatalogueSource(bundled_reader(), "bundled")
    try:
        catalogue = read_catalogue(session, keep)
        if not catalogue.areas:
            raise WorkspaceDataError(_translate("Workspace", "The shared workspace holds no catalogue yet (an administrator fills "
                                                             "it with “Set up workspace”)."))
        return CatalogueSource(catalogue, "workspace")
    except (WorkspaceError, bundled_catalogue.AreaCatalogueError) as error:
        if isinstance(error, bundled_catalogue.AreaCatalogueError):
            error = WorkspaceDataError(_translate("Workspace", "The catalogue in the shared workspace is not valid: {reason}").format(
                reason=error), str(error))
        return CatalogueSource(bundled_reader(), "bundled", error)


# -- writing ---------------------------------------------------------------------------------

def _check_after(cursor):
    """Inside the edit's transaction: the catalogue as it would be must pass the checks."""
    try:
        return _read_with(cursor)
    except bundled_catalogue.AreaCatalogueError as error:
        raise WorkspaceDataError(_translate("Workspace", "The change was not saved: {reason}").format(reason=error), str(error)) from error


def _next_position(cursor, table):
    cursor.execute("SELECT coalesce(max(position), 0) + 1 FROM gi.{}".format(table))
    return cursor.fetchone()[0]


@dataclass(frozen=True)
class Stamp:
    """Who created and last changed a catalogue row, and when (set by the database)."""

    created_by: str
    created_at: object
    changed_by: str
    changed_at: object


_STAMPED = {"ressortbeitrag": "id", "concept_document": "id"}


def _now_and(session, sql, parameters):
    """In one snapshot: the workspace's catalogue as it is now, and the rows of ``sql``."""
    with session.transaction(reading=True) as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        try:
            catalogue = _read_with(cursor)
        except bundled_catalogue.AreaCatalogueError as error:
            raise WorkspaceDataError(_translate("Workspace", "The catalogue in the shared workspace is not valid: {reason}").format(
                reason=error), str(error)) from error
        cursor.execute(sql, parameters)
        return catalogue, cursor.fetchall()


def locate_programme(session, programme):
    """The ``Stamp`` of a Ressortbeitrag as the editor sees it, or None when the workspace's differs now.

    ``programme`` comes from the catalogue read earlier; when someone changed or removed it since,
    an edit of what the editor sees would silently undo their change, so it is not offered.
    """
    current, rows = _now_and(session, "SELECT created_by, created_at, changed_by, changed_at FROM gi.ressortbeitrag "
                                      "WHERE id = %s", (programme.id,))
    if not rows or programme not in current.programmes:
        return None
    return Stamp(*rows[0])


def locate_document(session, shown, document):
    """(workspace id, ``Stamp``) of a concept document of catalogue ``shown``, or None when the area's documents
    in the workspace are no longer those of ``shown``: the catalogue names a document by its place among them,
    which gives its id only while nobody added, removed, moved or changed one since – else an edit could land
    on another document or undo someone's change."""
    current, rows = _now_and(session, """SELECT id, created_by, created_at, changed_by, changed_at FROM gi.concept_document
                                          WHERE area_code = %s ORDER BY position, id""", (document.area,))
    documents = shown.documents_for(document.area)
    if current.documents_for(document.area) != documents or len(rows) != len(documents):
        return None
    places = [place for place, candidate in enumerate(documents) if candidate is document] or \
        [place for place, candidate in enumerate(documents) if candidate == document]
    if not places:
        return None
    row = rows[places[0]]
    return row[0], Stamp(*row[1:])


def _check_unchanged(cursor, table, key, since, name=None):
    """Inside an edit: the row is as the editor saw it (``since``: its ``changed_at`` then), else refuse.

    A new row (``since`` is None) must not exist yet: an id given twice would replace another
    person's entry. ``name``: what the messages call the entry (its key when not given).
    """
    cursor.execute("SELECT changed_by, changed_at FROM gi.{} WHERE {} = %s FOR UPDATE".format(table, _STAMPED[table]), (key,))
    row = cursor.fetchone()
    if since is None:
        if row is not None:
            raise WorkspaceDataError(_translate("Workspace", "The id {id} is taken already (by {who}); choose another id.").format(
                id=key, who=row[0]))
        return
    if row is None:
        cursor.execute("SELECT 1 FROM gi.{} WHERE {} = %s".format(table, _STAMPED[table]), (key,))
        if cursor.fetchone() is not None:  # there, but row-level security keeps it from this login's changes
            raise WorkspacePermissionError(_translate("Workspace", "Your login may not change the entry “{id}”.").format(
                id=name or key))
        raise WorkspaceDataError(_translate("Workspace", "The entry “{id}” was removed from the shared workspace after you "
                                                         "opened it; your edit was not saved.").format(id=name or key))
    if row[1] != since:
        raise WorkspaceDataError(_translate("Workspace", "{who} changed the entry “{id}” at {when}, after you opened it; your edit "
                                                         "was not saved. Reopen the entry to see the change.").format(
            who=row[0], id=name or key, when=row[1].strftime("%d.%m.%Y %H:%M:%S") if row[1] else "–"))


def save_programme(session, programme, origin="workspace", origin_source="", seen=False, since=None):
    """Add or change a Ressortbeitrag (by its id), its areas included; returns the new catalogue.

    ``seen``: check the row first: a new one (``since`` None) must not exist, an existing one
    must be unchanged since ``since`` (its ``changed_at`` when the editor opened it).
    """
    with session.transaction() as cursor:
        if seen:
            _check_unchanged(cursor, "ressortbeitrag", programme.id, since)
        _upsert_programme(cursor, programme, None, origin, origin_source)
        return _check_after(cursor)


def delete_programme(session, programme_id):
    with session.transaction() as cursor:
        cursor.execute("DELETE FROM gi.ressortbeitrag WHERE id = %s", (programme_id,))
        return _check_after(cursor)


def save_document(session, document, document_id=None, origin="workspace", origin_source="", since=None):
    """Add a concept document, or change the one with ``document_id``; returns (id, catalogue).

    ``since``: for a change, the document's ``changed_at`` when the editor opened it (checked).
    """
    with session.transaction() as cursor:
        if document_id is not None and since is not None:
            _check_unchanged(cursor, "concept_document", document_id, since, document.title)
        document_id = _upsert_document(cursor, document, document_id, None, origin, origin_source)
        return document_id, _check_after(cursor)


def _upsert_programme(cursor, programme, position, origin, origin_source):
    if position is None:
        cursor.execute("SELECT position FROM gi.ressortbeitrag WHERE id = %s", (programme.id,))
        row = cursor.fetchone()
        position = row[0] if row else _next_position(cursor, "ressortbeitrag")
    applies_all = programme.applies_to == "all"
    cursor.execute(
        """INSERT INTO gi.ressortbeitrag (id, department_id, programme, description, status, source, applies_to_all,
                                          applies_basis, applies_note, position, origin, origin_source)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
           ON CONFLICT (id) DO UPDATE SET department_id = EXCLUDED.department_id, programme = EXCLUDED.programme,
               description = EXCLUDED.description, status = EXCLUDED.status, source = EXCLUDED.source,
               applies_to_all = EXCLUDED.applies_to_all, applies_basis = EXCLUDED.applies_basis,
               applies_note = EXCLUDED.applies_note, origin = EXCLUDED.origin, origin_source = EXCLUDED.origin_source""",
        (programme.id, programme.department or None, programme.programme, programme.description, programme.status,
         programme.source, applies_all, programme.applies_basis, programme.applies_note, position, origin, origin_source))
    cursor.execute("DELETE FROM gi.ressortbeitrag_area WHERE programme_id = %s", (programme.id,))
    if not applies_all:
        for number, code in enumerate(programme.applies_to):
            cursor.execute("""INSERT INTO gi.ressortbeitrag_area (programme_id, area_code, position, origin, origin_source)
                              VALUES (%s, %s, %s, %s, %s)""", (programme.id, code, number, origin, origin_source))


def _upsert_document(cursor, document, document_id, position, origin, origin_source):
    values = (document.area, document.title, document.year, document.author, document.url, document.url_kind,
              document.local_file, document.note, origin, origin_source)
    if document_id is None:
        position = position if position is not None else _next_position(cursor, "concept_document")
        cursor.execute("""INSERT INTO gi.concept_document (area_code, title, year, author, url, url_kind, local_file, note,
                                                           origin, origin_source, position)
                          VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id""", values + (position,))
        return cursor.fetchone()[0]
    cursor.execute("""UPDATE gi.concept_document SET area_code = %s, title = %s, year = %s, author = %s, url = %s,
                          url_kind = %s, local_file = %s, note = %s, origin = %s, origin_source = %s
                      WHERE id = %s""", values + (document_id,))
    if cursor.rowcount != 1:
        raise WorkspaceDataError(_translate("Workspace", "The concept document {id} no longer exists in the workspace.").format(
            id=document_id))
    return document_id


def write_catalogue(cursor, catalogue, origin, origin_sources):
    """Insert a whole catalogue (into an empty workspace), in its order.

    ``origin_sources``: file name (``handlungsraeume.json`` ...) -> text naming the source file.
    """
    areas_source = origin_sources["handlungsraeume.json"]
    programmes_source = origin_sources["ressortbeitraege.json"]
    documents_source = origin_sources["konzepte.json"]
    for number, group in enumerate(catalogue.groups):
        cursor.execute("""INSERT INTO gi.area_group (code, name, note, position, origin, origin_source)
                          VALUES (%s, %s, %s, %s, %s, %s)""", (group.code, group.name, group.note, number, origin, areas_source))
    for number, area in enumerate(catalogue.areas):
        cursor.execute(
            """INSERT INTO gi.handlungsraum (code, name, group_code, bezirke, number_status, number_source, basis,
                                             composition_note, composition_source, position, origin, origin_source)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
            (area.code, area.name, area.group or None, list(area.bezirke), area.number_status, area.number_source, area.basis,
             area.composition_note, area.composition_source, number, origin, areas_source))
        for position, unit in enumerate(area.units):
            cursor.execute("""INSERT INTO gi.handlungsraum_unit (area_code, position, level, unit_id, name, origin, origin_source)
                              VALUES (%s, %s, %s, %s, %s, %s, %s)""",
                           (area.code, position, unit.level, unit.id, unit.name, origin, areas_source))
    for number, department in enumerate(catalogue.departments):
        cursor.execute("""INSERT INTO gi.department (id, name, short, lead, position, origin, origin_source)
                          VALUES (%s, %s, %s, %s, %s, %s, %s)""",
                       (department.id, department.name, department.short, department.lead, number, origin, programmes_source))
    for number, programme in enumerate(catalogue.programmes):
        _upsert_programme(cursor, programme, number, origin, programmes_source)
    for number, document in enumerate(catalogue.documents):
        _upsert_document(cursor, document, None, number, origin, documents_source)
