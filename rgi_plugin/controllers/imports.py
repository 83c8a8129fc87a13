"""The import flows of the user's tables: dialog, report, project entry, styled layer.

For the menu entries (``IndicatorController``) and for a project that is opened: the dialogs
only ask (``gui/imports/``); what happens with their answer happens here.
"""

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog

from ..core import data
from ..core import tables as ti
from ..core.common import log
from ..core.indicators import lmb
from ..core.indicators.layers import IndicatorError, indicator_layers
from ..core.indicators.lmb.example import example_label
from ..core.indicators.social.layer import create_social_layer
from ..definitions import properties
from ..gui.imports.lmb import LmbImportDialog
from ..gui.imports.report import ImportReportDialog
from ..gui.imports.social import SocialAtlasImportDialog
from ..gui.imports.workspace_report import LmbStoreReportDialog
from ..gui.messages import notify

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def _tell_lmb(iface, level, text):
    notify(iface.messageBar(), level, text, title=_translate("Imports", "Lernmittelbefreiung"))


def _tell_social(iface, level, text):
    notify(iface.messageBar(), level, text, title=_translate("Imports", "Sozialstrukturatlas"))


def finish_lmb_import(iface, schools_layer, imported, embed=False, project=None, language=None, workspace_summary=None,
                      not_stored=0, store_failed=False):
    """Remember the import in the project, add the styled school layer to the plugin's group; return it.

    ``workspace_summary``: when ``imported`` are quotas read from the shared workspace (the project
    then refers to the workspace), what the message bar says about them; ``not_stored``: how many
    quotas of the import were not stored there; ``store_failed``: the user asked to store the import
    in the workspace and that failed (the message before says why): the message says so, as the
    last one the user sees.
    """
    project = project or QgsProject.instance()
    from_workspace = workspace_summary is not None
    lmb.store_in_project(project, imported, embed, workspace=from_workspace)
    layer = lmb.create_lmb_school_layer(schools_layer, imported, language=language)
    if from_workspace:
        project.removeMapLayers([old.id() for old in indicator_layers(properties.LMB_SCHOOLS, project)])
    data.add_to_project([layer], project)
    report = imported.report
    if from_workspace:
        text, problems = workspace_summary, not_stored
    else:
        text = _translate("Imports", "{n} Lmb quotas imported, {problems} rows not used (listed in the report).").format(
            n=len(imported.values), problems=report.problem_count())
        problems = report.problem_count()
    if store_failed:
        text += " " + _translate("Imports", "They were not stored in the shared workspace (see the message before): this project "
                                            "refers to the file.")
    if imported.example:
        text += " " + example_label(language)
    level = Qgis.MessageLevel.Warning if (problems or imported.example or store_failed) else Qgis.MessageLevel.Success
    _tell_lmb(iface, level, text)
    mode = "workspace" if from_workspace else "embedded" if embed else "reference"
    log.info("Lmb import from {} ({}): {}".format(imported.source, mode, report.summary()))
    return layer


def show_stored_lmb(iface, workspace, schools_layer, report, imported, parent=None, schools=None):
    """After an import was stored for the login's Bezirk(e) (``report``): show what was not stored, and
    the quotas the workspace now holds (read back by the one Lmb reader). Returns the layer, or None
    when they cannot be read back (told why; the caller still holds the import)."""
    LmbStoreReportDialog(report, imported, parent or iface.mainWindow()).exec()
    try:
        stored = workspace.read_lmb(report.school_year, schools if schools is not None else lmb.school_catalogue(schools_layer))
    except ti.TableImportError as error:
        _tell_lmb(iface, Qgis.MessageLevel.Warning, str(error))
        return None
    return finish_lmb_import(iface, schools_layer, stored, workspace_summary=report.summary(), not_stored=len(report.not_stored))


def show_workspace_lmb(iface, workspace, schools_layer, project=None):
    """The Lmb criterion of the shared workspace as this login may see it: the quotas of its
    Bezirk(e) as the Lmb school layer (the project then refers to the workspace), or – for a login
    that keeps no Bezirk's quotas – the threshold view. Returns the layer or None (told why)."""
    project = project or QgsProject.instance()
    bezirke = workspace.lmb_bezirke()
    if not bezirke:
        layer = workspace.threshold_layer()
        if layer is not None:
            project.removeMapLayers([old.id() for old in indicator_layers(properties.LMB_THRESHOLD, project)])
            data.add_to_project([layer], project)
            _tell_lmb(iface, Qgis.MessageLevel.Info, _translate(
                "Imports", "Your login sees whether a school's Lmb quota is at or above the threshold, not the quota: the quotas are "
                           "kept by the Bezirke."))
        return layer
    try:
        imported = workspace.read_lmb(None, lmb.school_catalogue(schools_layer))
    except (ti.TableImportError, IndicatorError) as error:
        _tell_lmb(iface, Qgis.MessageLevel.Warning, str(error))
        return None
    if not imported.values:
        _tell_lmb(iface, Qgis.MessageLevel.Info, _translate("Imports", "The shared workspace holds no Lmb quotas of {bezirke} yet.").format(
            bezirke=bezirke))
        return None
    summary = _translate("Imports", "{n} Lmb quotas of {bezirke}, school year {year}, from the shared workspace.").format(
        n=len(imported.values), bezirke=bezirke, year=imported.school_year)
    return finish_lmb_import(iface, schools_layer, imported, project=project, workspace_summary=summary)


def import_lmb_interactively(iface, schools_layer, parent=None, workspace=None):
    """Dialog → report → (the shared workspace →) project entry and school layer. Returns the new layer or None.

    When storing in the workspace fails, the import is kept in the project as a file reference
    (nothing of it is lost) and the message bar says why it was not stored.
    """
    try:
        schools = lmb.school_catalogue(schools_layer)
    except IndicatorError as error:
        _tell_lmb(iface, Qgis.MessageLevel.Warning, str(error))
        return None
    bezirke = workspace.lmb_bezirke() if workspace is not None else ""
    dialog = LmbImportDialog(schools, parent or iface.mainWindow(), workspace_bezirke=bezirke)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    ImportReportDialog(dialog.imported.report, parent or iface.mainWindow()).exec()
    if dialog.store_in_workspace():
        report = workspace.store_lmb(dialog.imported, dialog.workspace_school_year())
        if report is None:
            return finish_lmb_import(iface, schools_layer, dialog.imported, dialog.embed_values(), store_failed=True)
        layer = show_stored_lmb(iface, workspace, schools_layer, report, dialog.imported, parent, schools)
        if layer is not None:
            return layer
    return finish_lmb_import(iface, schools_layer, dialog.imported, dialog.embed_values())


def restore_lmb_layer(iface, schools_layer, project=None, language=None, workspace_reader=None):
    """After a project is opened: rebuild the Lmb school layer from the project's reference or values.

    Memory layers lose their features when a project is saved, so the layer is built anew and
    replaces the plugin's earlier Lmb layer(s). Returns the new layer, or None when the project
    has no Lmb entry or its file is missing (then the message bar says so).
    """
    project = project or QgsProject.instance()
    if lmb.stored_entry(project) is None:
        return None
    try:
        imported = lmb.restore_from_project(project, lmb.school_catalogue(schools_layer), workspace_reader)
        layer = lmb.create_lmb_school_layer(schools_layer, imported, language=language)
    except (ti.TableImportError, IndicatorError) as error:
        _tell_lmb(iface, Qgis.MessageLevel.Warning, str(error))
        return None
    project.removeMapLayers([old.id() for old in indicator_layers(properties.LMB_SCHOOLS, project)])
    data.add_to_project([layer], project)
    return layer


def finish_social_import(iface, plr_layer, imported, project=None, language=None):
    """Add the Planungsräume with their Schicht to the plugin's group (if anything matched); return the layer."""
    if not imported.classes:
        _tell_social(iface, Qgis.MessageLevel.Warning, imported.report.summary())
        return None
    layer = create_social_layer(plr_layer, imported, language)
    data.add_to_project([layer], project or QgsProject.instance())
    level = Qgis.MessageLevel.Warning if imported.report.problem_count() else Qgis.MessageLevel.Success
    _tell_social(iface, level, imported.report.summary())
    log.info("Sozialstrukturatlas import from {}: {}".format(imported.source, imported.report.summary()))
    return layer


def import_social_interactively(iface, plr_layer, parent=None):
    """Dialog → report → layer of the Planungsräume with their Schicht. Returns the layer or None."""
    ids = [feature["plr_id"] for feature in plr_layer.getFeatures()] if plr_layer.fields().indexOf("plr_id") >= 0 else []
    dialog = SocialAtlasImportDialog(ids, parent or iface.mainWindow())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    ImportReportDialog(dialog.imported.report, parent or iface.mainWindow()).exec()
    return finish_social_import(iface, plr_layer, dialog.imported)
