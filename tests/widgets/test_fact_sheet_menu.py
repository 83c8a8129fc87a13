"""The panel's fact-sheet menu: the selected area's sheet written, the user offered to open it."""

import pytest
from qgis.PyQt.QtWidgets import QPushButton

from rgi_plugin.controllers import fact_sheets as fact_sheet_actions
from rgi_plugin.gui import opener
from support.pdf import pdf_pages


@pytest.fixture
def out_dir(tmp_path):
    return tmp_path


def test_panel_menu_exports_the_selected_area_and_offers_to_open_it(qgis_app, qgis_iface, qgis_new_project, monkeypatch, out_dir, qtbot):
    from qgis.core import Qgis

    from rgi_plugin.core.areas.reading import read_area_catalogue

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
