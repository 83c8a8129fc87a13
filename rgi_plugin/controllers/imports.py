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
from ..gui.messages import notify

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


def _tell_lmb(iface, level, text):
    notify(iface.messageBar(), level, text, title=_translate("Imports", "Lernmittelbefreiung"))


def _tell_social(iface, level, text):
    notify(iface.messageBar(), level, text, title=_translate("Imports", "Sozialstrukturatlas"))


def finish_lmb_import(iface, schools_layer, imported, embed=False, project=None, language=None):
    """Remember the import in the project, add the styled school layer to the plugin's group; return it."""
    project = project or QgsProject.instance()
    lmb.store_in_project(project, imported, embed)
    layer = lmb.create_lmb_school_layer(schools_layer, imported, language=language)
    data.add_to_project([layer], project)
    report = imported.report
    text = _translate("Imports", "{n} Lmb quotas imported, {problems} rows not used (listed in the report).").format(
        n=len(imported.values), problems=report.problem_count())
    if imported.example:
        text += " " + example_label(language)
    level = Qgis.MessageLevel.Warning if (report.problem_count() or imported.example) else Qgis.MessageLevel.Success
    _tell_lmb(iface, level, text)
    log.info("Lmb import from {} ({}): {}".format(imported.source, "embedded" if embed else "reference", report.summary()))
    return layer


def import_lmb_interactively(iface, schools_layer, parent=None):
    """Dialog → report → project entry and school layer. Returns the new layer or None."""
    try:
        schools = lmb.school_catalogue(schools_layer)
    except IndicatorError as error:
        _tell_lmb(iface, Qgis.MessageLevel.Warning, str(error))
        return None
    dialog = LmbImportDialog(schools, parent or iface.mainWindow())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    ImportReportDialog(dialog.imported.report, parent or iface.mainWindow()).exec()
    return finish_lmb_import(iface, schools_layer, dialog.imported, dialog.embed_values())


def restore_lmb_layer(iface, schools_layer, project=None, language=None):
    """After a project is opened: rebuild the Lmb school layer from the project's reference or values.

    Memory layers lose their features when a project is saved, so the layer is built anew and
    replaces the plugin's earlier Lmb layer(s). Returns the new layer, or None when the project
    has no Lmb entry or its file is missing (then the message bar says so).
    """
    project = project or QgsProject.instance()
    if lmb.stored_entry(project) is None:
        return None
    try:
        imported = lmb.restore_from_project(project, lmb.school_catalogue(schools_layer))
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
