"""Where things are: the plugin's own folders and files, and its folder in the user's QGIS profile."""

from pathlib import Path

from .names import PLUGIN_ID

PLUGIN_DIR = Path(__file__).resolve().parent.parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
DATA_DIR = RESOURCES_DIR / "data"
ICONS_DIR = RESOURCES_DIR / "icons"
FORMS_DIR = PLUGIN_DIR / "forms"
I18N_DIR = PLUGIN_DIR / "i18n"
DATASETS_FILE = DATA_DIR / "datasets.json"
CATALOGUE_DIR = RESOURCES_DIR / "catalogue"
SERVICE_CATALOGUE_FILE = RESOURCES_DIR / "services" / "catalogue.json"
PLUGIN_ICON = ICONS_DIR / "gi.svg"

#: The synthetic example Lmb table (written by scripts/build_example_lmb.py).
EXAMPLE_LMB_FILE = DATA_DIR / "lmb_beispieldaten.csv"


def profile_folder(*parts):
    """The plugin's folder in the user's QGIS profile (``<profile>/gemeinschaftsinitiative_berlin``),
    or a path inside it; never the plugin folder, which every update replaces.

    None while QGIS has no profile folder (a script before ``initQgis``).
    """
    from qgis.core import QgsApplication

    profile = QgsApplication.qgisSettingsDirPath()
    return Path(profile, PLUGIN_ID, *parts) if profile else None
