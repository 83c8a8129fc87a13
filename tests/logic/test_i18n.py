"""English source strings, a complete German translation, the language of QGIS."""

import subprocess
import xml.etree.ElementTree as ET

from qgis.PyQt.QtCore import QCoreApplication

from rgi_plugin.core import data as bundled
from rgi_plugin.core.common import i18n
from support.paths import PLUGIN_ID, REPO

TS_FILE = REPO / "i18n" / (PLUGIN_ID + "_de.ts")


def messages(ts_path):
    tree = ET.parse(ts_path)
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in tree.iter("context") for message in context.iter("message")}


def test_every_string_has_a_finished_german_translation():
    unfinished = [source for (_, source), translation in messages(TS_FILE).items()
                  if not (translation.text or "").strip() or translation.get("type") in ("unfinished", "obsolete", "vanished")]
    assert unfinished == []


def test_translation_source_is_up_to_date_with_the_code(tmp_path):
    """pylupdate5 over the code finds no string that the committed .ts lacks (`make transup`)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "rgi_plugin").rglob("*.py")) + sorted(str(p) for p in (REPO / "forms").glob("*.ui"))
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS_FILE))


def test_translator_switches_plugin_strings_to_german_and_back(qgis_app):
    probe = ("GemeinschaftsinitiativePlugin", "Community Initiative panel")
    assert QCoreApplication.translate(*probe) == "Community Initiative panel"
    translator = i18n.install_translator("de")
    try:
        assert QCoreApplication.translate(*probe) == "Bedienfeld Gemeinschaftsinitiative"
    finally:
        i18n.remove_translator(translator)
    assert QCoreApplication.translate(*probe) == "Community Initiative panel"


def test_no_translator_for_a_language_without_translation(qgis_app):
    assert i18n.install_translator("fr") is None


def test_data_titles_follow_the_content_language(monkeypatch):
    dataset = bundled.read_snapshot().dataset("lor_plr_2021")
    assert dataset.localized_title("de") == "LOR-Planungsräume 2021"
    assert dataset.localized_title("en") == "LOR planning areas (Planungsräume) 2021"
    monkeypatch.setattr(i18n, "qgis_language", lambda: "fr")
    assert i18n.content_language() == "en"


def test_a_named_language_reads_the_same_translations_whatever_qgis_speaks(qgis_app):
    """The one channel: a fact sheet asks for German under an English QGIS and gets the .ts's German."""
    from rgi_plugin.core.indicators.lmb.example import EXAMPLE_MARK, example_label

    assert QCoreApplication.translate("MssStyles", "high") == "high"  # no German translator installed
    assert i18n.in_language("de").translate("MssStyles", "high") == "hoch"
    assert i18n.in_language("en").translate("MssStyles", "high") == "high"
    assert example_label("de") == EXAMPLE_MARK  # the screen's German label is the mark in the data
    assert example_label("en") == "example data – not official values"
