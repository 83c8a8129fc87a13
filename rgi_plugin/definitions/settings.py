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


# Issue 12: the Geoportal as it is in 2026.
MSS_EDITION = "mss_edition"  # the MSS edition chosen in the panel (an entry id of mss_indizes); empty: the newest
CSW_URL = "csw_url"  # the metadata catalogue asked for successors; empty: Berlin's (core.services.csw.CSW_URL)
DERIVED_BOUNDARIES_FILE = "derived_boundaries_file"  # the GeoPackage of the boundaries derived from the GI map; empty: none


def licence_read(entry_id):
    """The licence a service stated in its capabilities (JSON with where and when it was read)."""
    return "licence_read/{}".format(entry_id)
