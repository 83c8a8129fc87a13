"""The plugin's own names: what QGIS, its settings, its log and its tests know it by."""

#: Folder name of the installed plugin (also the zip name and the key in ``qgis.utils.plugins``).
PLUGIN_ID = "gemeinschaftsinitiative_berlin"

#: Prefix of every key this plugin stores in ``QgsSettings``.
SETTINGS_PREFIX = PLUGIN_ID

#: Name of the plugin's own tab in QGIS's "Log Messages" panel (same in every language).
LOG_TAG = "Gemeinschaftsinitiative"

#: Keyword vocabulary of the layer metadata the plugin writes.
METADATA_VOCABULARY = "gemeinschaftsinitiative"

#: Name of the QGIS search-bar (locator) filter; users type its prefix ``gi``.
LOCATOR_NAME = "gemeinschaftsinitiative"
LOCATOR_PREFIX = "gi"

#: Object names, so that QGIS, tests and the lifecycle check can find what the plugin added.
DOCK_OBJECT_NAME = "GemeinschaftsinitiativeDock"
TOGGLE_ACTION_OBJECT_NAME = "GemeinschaftsinitiativeToggleDock"
SOURCES_ACTION_OBJECT_NAME = "GemeinschaftsinitiativeSourcesAction"
REFRESH_ACTION_OBJECT_NAME = "GemeinschaftsinitiativeRefreshSnapshotAction"
PICK_ACTION_OBJECT_NAME = "GemeinschaftsinitiativePickArea"
LMB_ACTION_OBJECT_NAME = "GemeinschaftsinitiativeLmbImportAction"
SOCIAL_ACTION_OBJECT_NAME = "GemeinschaftsinitiativeSocialImportAction"

#: The plugin's group in the layer tree.
LAYER_GROUP_NAME = "Gemeinschaftsinitiative"
