"""Fact sheets (Steckbriefe) as PDF: content, pages, a map that is drawn, templates."""

import json
import shutil
import subprocess
import unicodedata

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from rgi_plugin.core.factsheet import export as fact_sheet_export
from rgi_plugin.core.factsheet.layout import FactSheetError
from rgi_plugin.core.factsheet.template import save_template
from support.paths import REPO
from support.pdf import pdf_info, pdf_pages, pdf_text

MM_TO_PX_AT_100DPI = 100 / 25.4


@pytest.fixture
def out_dir(tmp_path):
    return tmp_path


@pytest.fixture(scope="module")
def wedding_pdf(qgis_app, tmp_path_factory):
    path = tmp_path_factory.mktemp("sheet") / "Steckbrief_06.pdf"
    assert fact_sheet_export.generate(["06"], path) == [path]
    return path


def test_wedding_sheet_has_one_page_with_name_bezirk_programmes_and_attribution(wedding_pdf):
    assert pdf_pages(wedding_pdf) == 1
    text = " ".join(pdf_text(wedding_pdf).split())
    for expected in ("Handlungsraum 06 Wedding", "Bezirk Mitte", "Kennzahlen", "Einwohnerinnen und Einwohner: 142.102",
                     "Planungsräume: 15", "Sozialer Zusammenhalt / Quartiersmanagement", "Bonus-Programm",
                     "Integriertes Handlungskonzept (GI-IHK) 06 Wedding", "Amt für Statistik Berlin-Brandenburg",
                     "Geoportal Berlin / Monitoring Soziale Stadtentwicklung 2021", "Geoportal Berlin / Schulen",
                     "Quellen und Lizenzen", "Seite 1 von 1",
                     "Schulen (Stand Oktober 2023) – Geoportal Berlin / Schulen; Lizenz: in der Quelle nicht angegeben"):
        assert expected in text, expected
    assert "not stated" not in text and "derived from" not in text  # the licences in German, like the rest of the sheet


def test_the_sheet_has_a_title_and_its_text_is_text_not_outlines(wedding_pdf, output_dir):
    """Searchable, copyable, read out by a screen reader: on every QGIS version (3.40 draws
    layout labels as outlines unless told otherwise)."""
    shutil.copy(wedding_pdf, output_dir / "fact_sheet_06_wedding.pdf")  # with the matrix's outputs, to be read by a person
    info = pdf_info(wedding_pdf)
    assert info["Title"].strip() == "Steckbrief Handlungsraum 06 Wedding"
    fonts = subprocess.run(["pdffonts", str(wedding_pdf)], capture_output=True, text=True, check=True).stdout
    assert len(fonts.strip().splitlines()) > 2, "the PDF embeds no font: its text was drawn as outlines"
    words = pdf_text(wedding_pdf).split()
    assert len(words) > 150


def concept_urls():
    """{area code: web address of its concept document}, read from the catalogue file as it is shipped."""
    with open(REPO / "resources" / "catalogue" / "konzepte.json", encoding="utf-8") as handle:
        return {d["area"]: d["url"] for d in json.load(handle)["documents"] if d.get("url")}


def test_the_concepts_whole_web_address_is_on_the_sheet(wedding_pdf):
    """A web address has no space to break at: QGIS 3.40 and 3.44 drew it on one line, cut off at
    the column's edge (``…/service-u``), so nobody could type it from the printed sheet."""
    url = concept_urls()["06"]
    assert len(url) > 150
    assert url in "".join(pdf_text(wedding_pdf, layout=False).split())


def test_every_word_of_every_text_on_the_sheets_is_in_the_pdf(qgis_app, tmp_path):
    """No text is cut by its frame on any QGIS (a long word at the right edge, lines below the
    bottom): every word of every label, as QGIS evaluates it for the area, is in the PDF's text.
    06 has the longest list of Ressortbeiträge, 08 the longest web address."""
    from qgis.core import QgsLayoutItemLabel

    from rgi_plugin.core.factsheet.pdf import export_pdf

    project, layout = fact_sheet_export.prepare(["06", "08"])
    atlas, texts = layout.atlas(), []
    assert atlas.beginRender() and atlas.first()
    while True:
        texts.append({item.id(): item.currentText() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)})
        if not atlas.next():
            break
    atlas.endRender()
    path = export_pdf(layout, tmp_path / "sheets.pdf")[0]
    del layout
    project.clear()
    assert len(texts) == pdf_pages(path) == 2
    for page, labels in enumerate(texts, start=1):
        # NFKC: the font's ligatures (“Ö\ufb00entliche”) as the letters they stand for; without hyphens:
        # pdftotext joins a word broken at its hyphen (“Friedrichshain-|Kreuzberg”) without it
        words = set(unicodedata.normalize("NFKC", pdf_text(path, page, layout=False)).replace("-", "").split())
        missing = {item: [word for word in text.split() if word.replace("-", "") not in words] for item, text in labels.items()}
        assert {item: cut for item, cut in missing.items() if cut} == {}, page
        assert "https://www.berlin.de/" in labels["konzepte"]


def test_the_map_on_the_sheet_is_drawn(wedding_pdf, tmp_path, output_dir):
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(wedding_pdf), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    image.save(str(output_dir / "fact_sheet_06_wedding.png"))
    left, top, width, height = (int(v * MM_TO_PX_AT_100DPI) for v in (14, 31, 116, 100))
    colours = {image.pixel(x, y) for x in range(left, left + width, 3) for y in range(top, top + height, 3)}
    assert len(colours) > 40, "the map area of the sheet looks blank"
    very_low = QColor("#c62a1a").rgb()
    share = sum(1 for x in range(left, left + width, 3) for y in range(top, top + height, 3) if image.pixel(x, y) == very_low)
    assert share > 200  # Wedding is mostly "sehr niedrig": its Planungsräume are drawn in that colour


def test_an_approximate_area_says_so_on_its_sheet(qgis_app, out_dir):
    path = out_dir / "09.pdf"
    fact_sheet_export.generate(["09"], path)
    text = " ".join(pdf_text(path).split())
    assert "Handlungsraum 09 Neukölln-Nord" in text and "Abgrenzung angenähert" in text
    assert "Gebietsnummer abgeleitet" in text


@pytest.mark.slow  # all 16 sheets in one PDF
def test_all_areas_in_one_pdf_start_with_the_areas_side_by_side(qgis_app, out_dir, output_dir):
    from rgi_plugin.core.areas.reading import read_area_catalogue

    codes = [a.code for a in read_area_catalogue().areas]
    path = out_dir / "alle.pdf"
    fact_sheet_export.generate(codes, path)
    assert pdf_pages(path) == 17
    first = " ".join(pdf_text(path, 1).split())
    assert "Die Handlungsräume im Vergleich" in first and "Alle Handlungsräume im Vergleich" in first
    for expected in ("Wedding 142.102", "Kosmosviertel 5.660", "↗ verbessert", "Trend seit MSS 2017", "Schätzung nach", "2013–2019",
                     "Monitoring Soziale Stadtentwicklung 2013", "Seite 1 von 17"):
        assert expected in first, expected
    # the overview page leaves out what belongs to one area (its programmes, legend, concept)
    assert "Sozialer Zusammenhalt / Quartiersmanagement" not in first and "Legende" not in first
    assert "Handlungskonzept" not in first
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", str(path), str(out_dir / "p1")], check=True)
    page = QImage(str(out_dir / "p1.png"))
    page.save(str(output_dir / "fact_sheets_overview_page.png"))
    # its map: every area labelled with its code (as text) on the Bezirke, and not the 900 blue school
    # points of the area pages' map, which buried the areas
    words = first.split()
    for code in codes:
        assert words.count(code) >= 2, code  # in the table and on the map
    assert "Steglitz-Zehlendorf" in first and "Treptow-Köpenick" in first
    px = 80 / 25.4
    blue = sum(1 for x in range(int(12 * px), int(132 * px)) for y in range(int(29 * px), int(133 * px))
               if (lambda c: c.blue() > 120 and c.red() < 80 and c.green() < 110)(QColor(page.pixel(x, y))))
    assert blue < 20, blue
    assert "Handlungsraum 01 Falkenhagener Feld" in pdf_text(path, 2)
    for page, code in enumerate(codes, start=2):  # each concept's whole address, the longest 218 characters (08)
        assert concept_urls()[code] in "".join(pdf_text(path, page, layout=False).split()), code
    last = " ".join(pdf_text(path, 17).split())
    assert "Handlungsraum 13d Kosmosviertel" in last and "Seite 17 von 17" in last and "Teil von 13 Stadtrand Süd" in last
    assert "Alle Handlungsräume im Vergleich" not in last


def test_the_side_by_side_page_cuts_no_header_and_fits_the_page(qgis_app):
    """Every word of every header fits its column (the table clips what does not), with the Lmb column too."""
    from qgis.core import QgsLayoutUtils

    from rgi_plugin.core.factsheet import overview

    headers = ["Nr.", "Handlungsraum", "Einwohner (MSS 2021)", "PLR (MSS 2021)", "Status niedrig/sehr niedrig MSS 2017 (%)",
               "Status niedrig/sehr niedrig MSS 2021 (%)", "Veränderung (Pp.)", "Trend seit MSS 2017", "Öffentliche Grundschulen",
               "davon Lmb ≥ 75 %", "Ressortbeiträge", "Hinweis"]
    kinds = ["text", "text", "int", "int", "percent", "percent", "percent", "text", "int", "int", "int", "text"]
    cells = [["06", "Wedding", "142.102", "15", "100", "93,8", "-6,2", "↘ verschlechtert", "15", "3", "15", "Schätzung nach"]]
    widths = overview.column_widths(headers, kinds, cells)
    header_font = overview.font(overview.HEADER_SIZE, True)
    for header, width in zip(headers, widths):
        assert all(QgsLayoutUtils.textWidthMM(header_font, word) < width for word in header.split()), header
    assert sum(widths) + 2 * overview.CELL_MARGIN * len(widths) <= overview.PAGE_WIDTH + 0.01
    # the note column keeps room for "Schätzung nach Flächenanteil:", and the name column for Neu-Hohenschönhausen
    content_font = overview.font(overview.CONTENT_SIZE)
    assert widths[-1] > QgsLayoutUtils.textWidthMM(content_font, "Flächenanteil:")
    assert widths[1] > QgsLayoutUtils.textWidthMM(content_font, "Neu-Hohenschönhausen")
    assert widths[7] > QgsLayoutUtils.textWidthMM(content_font, "↘ verschlechtert")  # the trend on one line


def test_the_sheet_shows_the_development_since_mss_2017(wedding_pdf, tmp_path):
    """The chart of the editions (a picture in its box) and the trend rule in the notes."""
    text = " ".join(pdf_text(wedding_pdf).split())
    assert "Trend: Anteil Status niedrig/sehr niedrig, neueste MSS-Ausgabe gegen MSS 2017, ±5 Prozentpunkte" in text
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(wedding_pdf), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    left, top, width, height = (int(v * MM_TO_PX_AT_100DPI) for v in (70, 170, 72, 43))
    colours = [QColor(image.pixel(x, y)).name() for x in range(left, left + width, 2) for y in range(top, top + height, 2)]
    # five stacked bars, mostly "sehr niedrig" (#c62a1a), and the green "verbessert" of Wedding's trend
    assert colours.count("#c62a1a") > 150
    assert any(QColor(c).green() > 120 and QColor(c).red() < 60 and QColor(c).blue() < 110 for c in colours)


def test_one_file_per_area(qgis_app, out_dir):
    files = fact_sheet_export.generate(["06", "13c"], out_dir / "einzeln", one_file=False)
    assert [f.name for f in files] == ["Steckbrief_06.pdf", "Steckbrief_13c.pdf"]
    assert all(pdf_pages(f) == 1 for f in files)
    assert "Gropiusstadt" in pdf_text(files[1])


def test_unknown_code_is_refused(qgis_app, out_dir):
    with pytest.raises(FactSheetError, match="99"):
        fact_sheet_export.generate(["06", "99"], out_dir / "x.pdf")


def test_a_saved_template_is_used_next_time(qgis_app, out_dir, monkeypatch):
    template = out_dir / "vorlage.qpt"
    monkeypatch.setattr(fact_sheet_export, "template_path", lambda: template)
    project, layout = fact_sheet_export.prepare(["06"])
    layout.itemById("title").setText('Steckbrief [% "code" %] (angepasste Vorlage)')
    save_template(layout, template)
    project.clear()
    path = out_dir / "mit_vorlage.pdf"
    fact_sheet_export.generate(["06"], path)
    assert "Steckbrief 06 (angepasste Vorlage)" in pdf_text(path)




def test_10_ressortbeitraege_assigned_by_inference_say_so_in_panel_and_sheet(qgis_app):
    from rgi_plugin.core import data as bundled
    from rgi_plugin.core.areas.details import area_programmes_html
    from rgi_plugin.core.areas.reading import read_area_catalogue
    from rgi_plugin.core.factsheet.content import fact_sheet

    catalogue = read_area_catalogue()
    area = catalogue.area("06")
    html = area_programmes_html(area, catalogue)
    assert "Bonus-Programm <i>(named in the GI context)</i>*" in html
    assert "Europa im Quartier <i>(named in the GI context)</i>" in html
    assert "Europa im Quartier <i>(named in the GI context)</i>*" not in html  # its source names the 13 areas
    assert ("* Assigned to this area by inference: the source names the programme for the Gemeinschaftsinitiative as a "
            "whole, not for single areas.") in html
    snapshot = bundled.read_snapshot()
    mss, schools = (bundled.create_layer(snapshot.dataset(d), "de") for d in ("mss_2021", "schulen_2023"))
    sheet = fact_sheet(area, catalogue, mss, schools)
    assert "Bonus-Programm (im GI-Zusammenhang genannt)*" in sheet.programmes
    assert "Europa im Quartier (im GI-Zusammenhang genannt)\n" in sheet.programmes
    assert sheet.programmes.endswith("* Gebietszuordnung abgeleitet: die Quelle nennt die GI insgesamt, nicht einzelne Gebiete.")


def test_the_sheet_names_the_sources_of_the_editions_it_charts(wedding_pdf):
    text = " ".join(pdf_text(wedding_pdf).split())
    assert ("Entwicklung: Amt für Statistik Berlin-Brandenburg / SenSBW, Monitoring Soziale Stadtentwicklung 2013–2019 "
            "(CC BY 3.0 DE); Geometrie: Amt für Statistik Berlin-Brandenburg: LOR Planungsräume (Stand 2019) (CC BY 3.0 DE)") in text
