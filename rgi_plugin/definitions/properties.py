"""Keys the plugin writes into layers (custom properties) and projects (entries), with their values.

A saved project keeps them, so they are a stored interface: change one only with a migration.
"""

from .names import PLUGIN_ID

_PREFIX = "gemeinschaftsinitiative/"

#: Layer custom properties.
DATASET = _PREFIX + "dataset"  # the bundled dataset or service catalogue entry a layer was made from
SNAPSHOT = _PREFIX + "snapshot"  # the date of the offline snapshot a bundled layer was read from
SERVICE = _PREFIX + "service"  # the service generation a service layer came from (gdi, fisbroker)
CODE_FIELD = _PREFIX + "code_field"  # the field holding the area code of a Handlungsräume layer
MSS_STYLE = _PREFIX + "mss_style"  # the MSS styling variant a layer shows
INDICATOR = _PREFIX + "indicator"  # which indicator layer this is (values below)
EXAMPLE = _PREFIX + "example"  # True when an indicator layer shows the synthetic example values
SOURCE = _PREFIX + "source"  # the file an indicator layer's values came from
OVERLAY_OUTPUT = _PREFIX + "criteria_overlay"  # which output of the criteria overlay a layer is
MSS_CHANGE_OUTPUT = _PREFIX + "mss_change"  # an output of rgi:mss_change (value: its method)
OVERLAY_COMPARISON = _PREFIX + "criteria_overlay_compare"  # the entered/left output of rgi:criteria_overlay_compare

#: Values of ``INDICATOR``.
LMB_SCHOOLS = "lmb_schools"
LMB_THRESHOLD = "lmb_threshold"  # the workspace's threshold view: at or above 75 %, no quota
SOCIAL_ATLAS = "social_atlas"

#: Project entries: scope and keys (``QgsProject.writeEntry``).
PROJECT_SCOPE = PLUGIN_ID
LMB_SOURCE_ENTRY = "lmb/source"  # the Lmb table of the project: a file reference or the embedded values
