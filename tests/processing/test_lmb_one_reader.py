"""One Lmb file, four ways in: the import dialog, rgi:criteria_overlay (LMB_TABLE), the fact sheet
and the panel's key figures give the same quota for every school.

``lmb_export_wedding.csv`` looks like an export of the administration: two title lines above
the header, Windows-1252, semicolons, a count column before the quota, shares with a decimal
comma, school numbers written ``1G25``, ``01g27``, ``01 G 38``, a repeated row, a conflict, two
school years and a "Summe" row. The quotas of the 15 public primary schools of 06 Wedding
below are written down from the file by hand (share × 100, latest school year).
"""

from qgis.core import NULL, QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from rgi_plugin.core import data as bundled
from rgi_plugin.core.areas.reading import read_area_catalogue
from rgi_plugin.core.indicators.lmb import layer as indicators
from rgi_plugin.definitions import properties
from rgi_plugin.processing.provider import GemeinschaftsinitiativeProvider
from support.paths import REPO

LMB_FILE = REPO / "tests" / "data" / "lmb_export_wedding.csv"
#: 06 Wedding's public primary schools with a usable quota (01G29: empty; 01G36: two different values).
WEDDING = {"01G25": 81.5, "01G27": 74.9, "01G28": 75.0, "01G31": 80.0, "01G32": 68.0, "01G35": 88.1, "01G37": 77.0,
           "01G38": 90.0, "01G39": 52.1, "01G41": 70.3, "01G43": 76.6, "01G45": 35.0, "01G48": 61.2}
WEDDING_SCHOOLS = set(WEDDING) | {"01G29", "01G36"}




def parse_quotas(text):
    """``"01G25 81.5; 01G29 –"`` -> {"01G25": 81.5} (schools without a quota left out)."""
    pairs = [part.split(" ") for part in (text or "").split("; ") if part]
    return {bsn: float(quota) for bsn, quota in pairs if quota != "–"}


def test_the_same_lmb_file_gives_the_same_quotas_in_dialog_overlay_fact_sheet_and_key_figures(gi_iface, qtbot, qgis_processing):
    import processing
    from rgi_plugin.controllers.areas import AreaController
    from rgi_plugin.controllers.imports import finish_lmb_import
    from rgi_plugin.controllers.indicators import bundled_layer, project_lmb
    from rgi_plugin.core.factsheet import export as fact_sheet_export
    from rgi_plugin.core.factsheet.content import fact_sheet
    from rgi_plugin.gui.imports.lmb import LmbImportDialog

    # 1. the import dialog, as the user leaves it (detected header row and columns)
    schools_layer = bundled_layer("schulen_2023")
    dialog = LmbImportDialog(indicators.school_catalogue(schools_layer), path=LMB_FILE)
    qtbot.addWidget(dialog)
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    from_dialog = {bsn: q for bsn, q in dialog.imported.values.items() if bsn in WEDDING_SCHOOLS}
    assert from_dialog == WEDDING
    finish_lmb_import(gi_iface, schools_layer, dialog.imported, project=QgsProject.instance())

    # 2. the panel's key figures of 06 Wedding (the project's Lmb table)
    areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: None)
    try:
        panel = areas.create_panel()
        qtbot.addWidget(panel)
        summary = areas.key_figures.figures_for(areas.catalogue.area("06"))["summary"]
    finally:
        areas.unload()
    assert dict(summary.counted) == WEDDING  # BSN -> Lmb quota of each school counted

    # 3. the fact sheet of 06 Wedding: the schools on its map, and its figures
    catalogue = read_area_catalogue()
    project, layout = fact_sheet_export.prepare(["06"], project_lmb(), catalogue)
    try:
        lmb_layers = [layer for layer in project.mapLayers().values()
                      if layer.customProperty(properties.INDICATOR) == "lmb_schools"]
        assert len(lmb_layers) == 1
        on_map = {f["bsn"]: f["lmb_quote"] for f in lmb_layers[0].getFeatures() if f["bsn"] in WEDDING_SCHOOLS}
        assert {bsn: q for bsn, q in on_map.items() if q != NULL} == WEDDING
        snapshot = bundled.read_snapshot()
        mss, schools = (bundled.create_layer(snapshot.dataset(d), "de") for d in ("mss_2021", "schulen_2023"))
        sheet = fact_sheet(catalogue.area("06"), catalogue, mss, schools, project_lmb())
        assert "mit Lmb-Quote: 13, davon ≥ 75 %: 7" in sheet.figures
        assert "mittlere Lmb-Quote: 71,5 %" in sheet.figures  # (81.5 + 74.9 + … + 61.2) / 13 = 71.52
    finally:
        del layout
        project.clear()

    # 4. rgi:criteria_overlay with the file as LMB_TABLE (columns detected, as in the dialog)
    provider = GemeinschaftsinitiativeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    try:
        result = processing.run("rgi:criteria_overlay", {
            "PLANUNGSRAEUME": str(snapshot.dataset("lor_plr_2021").path), "MSS": str(snapshot.dataset("mss_2021").path),
            "SCHOOLS": str(snapshot.dataset("schulen_2023").path), "LMB_TABLE": str(LMB_FILE),
            "OUTPUT": "memory:", "CANDIDATES": "memory:", "SUMMARY": "memory:"})
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    from_overlay = {}
    for feature in result["OUTPUT"].getFeatures():
        from_overlay.update(parse_quotas(feature["lmb_quotas"]))
    assert {bsn: q for bsn, q in from_overlay.items() if bsn in WEDDING_SCHOOLS} == WEDDING
