"""Which language the plugin speaks, and its one translation channel.

Strings are English in the code and German in ``i18n/*.ts`` (compiled to ``.qm``). Text of the
user interface follows the language of QGIS: widgets and messages use ``tr()`` or
``QCoreApplication.translate`` (the translator ``install_translator`` puts in place). Text that
must be in one language whatever QGIS speaks -- the German fact sheets' legends and figures, or
a layer built for a named language -- asks ``in_language(language).translate(context, text)``,
which reads the same ``.ts``. German *content* is not translated at all: the fact sheets' own
text, the notes written into output data and the domain terms stay German literals (README,
"Strings"), and texts that data files carry in both languages are picked with
``localized`` (by default in ``content_language()``).
"""

import threading

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ...definitions.names import PLUGIN_ID
from ...definitions.paths import I18N_DIR


def qgis_language():
    """Two-letter code of the language QGIS runs in (``de``, ``en``, ...)."""
    locale = QgsApplication.locale() or ""
    if not locale or locale == "C":
        # Before QGIS sets its locale (e.g. in a headless script), fall back to its setting.
        locale = QgsSettings().value("locale/userLocale", "") or QLocale().name()
    return locale[:2].lower()


def content_language():
    """The language of texts the plugin writes: German under a German QGIS, English otherwise."""
    return "de" if qgis_language() == "de" else "en"


def localized(texts, language=None):
    """The text of a data file's {"de": ..., "en": ...} in ``language`` (default: the content
    language), else the English one ('' when there is none)."""
    return texts.get(language or content_language()) or texts.get("en", "")


def translation_file(language):
    return I18N_DIR / "{}_{}.qm".format(PLUGIN_ID, language)


def _load(language):
    """A QTranslator of the plugin's .qm for ``language``, or None when there is none."""
    path = translation_file(language)
    if not path.exists():
        return None
    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def install_translator(language=None):
    """Install the plugin's translator for ``language`` (default: QGIS's); return it or None."""
    translator = _load(language or qgis_language())
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


class Words:
    """The plugin's translations in one language: ``translate(context, text)``, as pylupdate5 reads it."""

    def __init__(self, language, translator):
        self.language, self._translator = language, translator

    def translate(self, context, text):
        if self._translator is None:
            return text  # English, the language of the source strings (or no translation there)
        try:
            found = self._translator.translate(context, text)
        except UnicodeEncodeError:  # PyQt5 hands these char* arguments on as ASCII; Qt reads them as UTF-8
            found = self._translator.translate(context.encode("utf-8"), text.encode("utf-8"))
        return found or text


_words = {}
_lock = threading.Lock()


def in_language(language=None):
    """The plugin's translations in ``language`` (``de``, ``en``; None: ``content_language()``).

    Independent of the translator installed for the user interface, so that a fact sheet is
    German under an English QGIS; usable from worker threads.
    """
    language = language or content_language()
    with _lock:
        if language not in _words:
            _words[language] = Words(language, None if language == "en" else _load(language))
        return _words[language]
