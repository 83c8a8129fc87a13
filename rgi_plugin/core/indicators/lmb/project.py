"""The Lmb table of a project: stored with it as a reference to the file or as embedded values.

The quotas are internal data of the administration (not public): the project keeps a
*reference* to the file (path + column mapping) in its custom entries, or, if the user chooses,
the values themselves (*embedded*), or – when the import was stored in the shared workspace –
a reference to the workspace's quotas of a school year (*workspace*; the connection is the
user's own setting, never in the project):

    scope ``gemeinschaftsinitiative_berlin``, key ``lmb/source``: JSON
    {"version": 1, "mode": "reference" | "embedded" | "workspace", "path": ..., "mapping": {...},
     "school_year": ..., "example": bool, "values": {bsn: percent} (embedded only)}

The path is stored through ``QgsProject.writePath`` (relative when the project uses relative
paths).
"""

import json
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ....definitions import properties
from ... import tables as ti
from ...common.values import format_decimal
from .columns import LmbMapping
from .reader import LmbImport, import_lmb

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def store_in_project(project, result, embed=False, workspace=False):
    """Remember the import in ``project``: a reference to the file, the values (``embed``), or
    the quotas of its school year in the shared workspace (``workspace``)."""
    entry = {
        "version": 1,
        "mode": "workspace" if workspace else "embedded" if embed else "reference",
        "path": "" if workspace else project.writePath(str(result.source)),
        "mapping": result.mapping.to_dict(),
        "school_year": result.school_year,
        "example": result.example,
    }
    if embed:
        entry["values"] = dict(sorted(result.values.items()))
    project.writeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, json.dumps(entry, ensure_ascii=False))
    project.setDirty(True)
    return entry


def stored_entry(project):
    """The stored entry (dict) or None."""
    text, found = project.readEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY, "")
    if not found or not text:
        return None
    try:
        entry = json.loads(text)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) and entry.get("version") == 1 else None


def restore_from_project(project, schools=None, workspace_reader=None):
    """The Lmb values the project refers to (re-read from the file or the workspace, or embedded);
    None if none.

    ``workspace_reader(school_year, schools)`` reads the workspace's quotas as an ``LmbImport``
    (the plugin's connection); without it a project referring to the workspace cannot be read.
    Raises ``TableImportError`` when the referenced file is missing or no longer readable, or
    the workspace cannot be read.
    """
    entry = stored_entry(project)
    if entry is None:
        return None
    if entry.get("mode") == "workspace":
        if workspace_reader is None:
            raise ti.TableImportError(_translate("LmbImport", "The Lmb quotas of this project are in the shared workspace, "
                                                              "and no workspace is configured."))
        return workspace_reader(entry.get("school_year"), schools)
    path = project.readPath(entry.get("path", ""))
    mapping = LmbMapping.from_dict(entry.get("mapping", {}))
    if entry.get("mode") == "embedded":
        values = {str(k): float(v) for k, v in entry.get("values", {}).items()}
        description = _translate("LmbImport", "values embedded in the project")
        report = ti.ImportReport(source=path, table_description=description, key_label="BSN",
                                 columns={"bsn": mapping.bsn_column, "quota": mapping.quota_column,
                                          "school_year": mapping.school_year_column})
        report.rows_read = len(values)
        report.example = bool(entry.get("example"))
        report.matched = [ti.ReportEntry(None, bsn, format_decimal(v)) for bsn, v in sorted(values.items())]
        return LmbImport(values=values, report=report, mapping=mapping, source=path,
                         school_year=entry.get("school_year"), example=report.example)
    if not Path(path).is_file():
        message = _translate("LmbImport", "The Lmb table of this project was not found: {path}. Import it again.")
        raise ti.TableImportError(message.format(path=path))
    mapping.school_year = entry.get("school_year", mapping.school_year)
    return import_lmb(path, mapping, schools)


def remove_from_project(project):
    project.removeEntry(properties.PROJECT_SCOPE, properties.LMB_SOURCE_ENTRY)
