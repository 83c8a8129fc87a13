"""Keys of the plugin's settings in ``QgsSettings``, below ``names.SETTINGS_PREFIX``."""

DOCK_VISIBLE = "dock_visible"  # was the panel open when QGIS last closed?
SERVICE_TIMEOUT = "service_timeout_seconds"  # seconds without an answer before a request gives up
OFFICIAL_BOUNDARY_FILE = "area_geometry_file"  # an official boundary file of the Handlungsräume
OFFICIAL_CODE_FIELD = "area_code_field"  # the field holding the area code in that file


def concept_file(area_code):
    """The local file a user assigned to an area's concept document."""
    return "concept_files/{}".format(area_code)


def workspace(field):
    """Where and who of the shared workspace: ``field`` of ``workspace.connection.WorkspaceConfig``."""
    return "workspace/{}".format(field)
