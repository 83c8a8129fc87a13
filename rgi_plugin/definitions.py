"""Names and paths that the whole plugin shares: one owner for each."""

from pathlib import Path

#: Folder name of the installed plugin (also the zip name and the key in ``qgis.utils.plugins``).
PLUGIN_ID = "gemeinschaftsinitiative_berlin"

#: Prefix of every key this plugin stores in ``QgsSettings``.
SETTINGS_PREFIX = "gemeinschaftsinitiative_berlin"

#: Name of the plugin's own tab in QGIS's "Log Messages" panel (same in every language).
LOG_TAG = "Gemeinschaftsinitiative"

#: Object names, so that QGIS, tests and the lifecycle check can find what the plugin added.
DOCK_OBJECT_NAME = "GemeinschaftsinitiativeDock"
TOGGLE_ACTION_OBJECT_NAME = "GemeinschaftsinitiativeToggleDock"
LAYER_GROUP_NAME = "Gemeinschaftsinitiative"

PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
DATA_DIR = RESOURCES_DIR / "data"
ICONS_DIR = RESOURCES_DIR / "icons"
FORMS_DIR = PLUGIN_DIR / "forms"
I18N_DIR = PLUGIN_DIR / "i18n"
DATASETS_FILE = DATA_DIR / "datasets.json"
CATALOGUE_DIR = RESOURCES_DIR / "catalogue"
