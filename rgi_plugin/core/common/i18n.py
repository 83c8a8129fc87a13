"""Which language the plugin speaks: the QGIS user interface language."""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ...definitions.names import PLUGIN_ID
from ...definitions.paths import I18N_DIR

SUPPORTED_LANGUAGES = ("de", "en")


def qgis_language():
    """Two-letter code of the language QGIS runs in (``de``, ``en``, ...)."""
    locale = QgsApplication.locale() or ""
    if not locale or locale == "C":
        # Before QGIS sets its locale (e.g. in a headless script), fall back to its setting.
        locale = QgsSettings().value("locale/userLocale", "") or QLocale().name()
    return locale[:2].lower()


def content_language():
    """Language for texts kept in data files (titles, notes): German or English."""
    return "de" if qgis_language() == "de" else "en"


def translation_file(language):
    return I18N_DIR / "{}_{}.qm".format(PLUGIN_ID, language)


def install_translator(language=None):
    """Install the plugin's translator for ``language`` (default: QGIS's); return it or None."""
    language = language or qgis_language()
    path = translation_file(language)
    if not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
