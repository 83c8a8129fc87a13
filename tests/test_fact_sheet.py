"""Fact sheets (Steckbriefe) as PDF: content, pages, a map that is drawn, templates."""

import subprocess

import pytest
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtWidgets import QPushButton

from rgi_plugin.core.factsheet import export as fact_sheet_export
from rgi_plugin.core.factsheet.charts import bar_chart_svg, histogram
from rgi_plugin.core.factsheet.layout import FactSheetError
from rgi_plugin.core.factsheet.template import save_template

MM_TO_PX_AT_100DPI = 100 / 25.4


def pdf_text(path, page=None):
    command = ["pdftotext", "-layout"]
    if page:
        command += ["-f", str(page), "-l", str(page)]
    return subprocess.run(command + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in info.splitlines() if ":" in line)


def pdf_pages(path):
    return int(pdf_info(path)["Pages"])


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
                     "Quellen und Lizenzen", "Seite 1 von 1"):
        assert expected in text, expected


def test_the_sheet_has_a_title_and_its_text_is_text_not_outlines(wedding_pdf):
    """Searchable, copyable, read out by a screen reader: on every QGIS version (3.40 draws
    layout labels as outlines unless told otherwise)."""
    info = pdf_info(wedding_pdf)
    assert info["Title"].strip() == "Steckbrief Handlungsraum 06 Wedding"
    fonts = subprocess.run(["pdffonts", str(wedding_pdf)], capture_output=True, text=True, check=True).stdout
    assert len(fonts.strip().splitlines()) > 2, "the PDF embeds no font: its text was drawn as outlines"
    words = pdf_text(wedding_pdf).split()
    assert len(words) > 150


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


def test_all_areas_in_one_pdf_one_sheet_each(qgis_app, out_dir):
    from rgi_plugin.core.areas.reading import read_area_catalogue

    codes = [a.code for a in read_area_catalogue().areas]
    path = out_dir / "alle.pdf"
    fact_sheet_export.generate(codes, path)
    assert pdf_pages(path) == 16
    assert "Handlungsraum 01 Falkenhagener Feld" in pdf_text(path, 1)
    last = " ".join(pdf_text(path, 16).split())
    assert "Handlungsraum 13d Kosmosviertel" in last and "Seite 16 von 16" in last and "Teil von 13 Stadtrand Süd" in last


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


def test_charts_are_deterministic_svg_and_the_histogram_bins_at_75():
    bars = [("hoch", 0, "#f2f2f2"), ("sehr niedrig", 11, "#c62a1a")]
    assert bar_chart_svg(bars, "Titel") == bar_chart_svg(bars, "Titel")
    assert "<svg" in bar_chart_svg(bars, "Titel") and ">11<" in bar_chart_svg(bars, "Titel")
    assert "keine Daten" in bar_chart_svg([("a", 0, "#000")], "T", empty_text="keine Daten")
    assert histogram([74.9, 75.0, 100.0, 0.0, 24.99, 25.0], (0, 25, 50, 75, 100)) == [2, 1, 1, 2]


def test_panel_menu_exports_the_selected_area_and_offers_to_open_it(qgis_app, qgis_iface, qgis_new_project, monkeypatch, out_dir, qtbot):
    from qgis.core import Qgis

    from rgi_plugin.controllers import fact_sheets as fact_sheet_actions
    from rgi_plugin.core.areas.reading import read_area_catalogue
    from rgi_plugin.gui import opener

    catalogue = read_area_catalogue()
    actions = fact_sheet_actions.FactSheetActions(qgis_iface, lambda: catalogue, lambda: "06")
    menu = actions.menu(None)
    titles = [a.text() for a in menu.actions() if a.text()]
    assert len(titles) == 6
    target = out_dir / "Steckbrief_06.pdf"
    monkeypatch.setattr(fact_sheet_actions.QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF (*.pdf)"))
    pushed = []
    monkeypatch.setattr(qgis_iface.messageBar(), "pushWidget", lambda widget, level: pushed.append((widget, level)), raising=False)
    files = actions.export_selected()
    assert files == [target] and pdf_pages(target) == 1
    widget, level = pushed[0]
    assert level == Qgis.Success and str(target) in widget.text()
    opened = []
    monkeypatch.setattr(opener, "QDesktopServices", type("D", (), {"openUrl": staticmethod(lambda url: opened.append(url.toLocalFile()))}))
    button = next(b for b in widget.findChildren(QPushButton))
    button.click()
    assert opened == [str(target)]


def test_without_a_selection_the_panel_asks_for_one(qgis_app, qgis_iface):
    from qgis.core import Qgis

    from rgi_plugin.controllers.fact_sheets import FactSheetActions
    from rgi_plugin.core.areas.reading import read_area_catalogue

    qgis_iface.messageBar().clear_messages()
    assert FactSheetActions(qgis_iface, read_area_catalogue, lambda: "").export_selected() is None
    assert "Select a Handlungsraum first." in qgis_iface.messageBar().get_messages(Qgis.Warning)[0]
