"""Issue 5 in the plugin: menu imports, the demo's example data, key figures in the panel, MSS variants."""

import csv

from rgi_plugin.controllers.areas import AreaController
from rgi_plugin.controllers.data import DataController
from rgi_plugin.controllers.indicators import IndicatorController, project_lmb
from rgi_plugin.core import data as bundled
from rgi_plugin.core.indicators.lmb.example import EXAMPLE_MARK_EN


def test_example_lmb_is_loaded_labelled_and_remembered_by_the_project(gi_iface):
    indicators = IndicatorController(gi_iface, "&Gemeinschaftsinitiative")
    try:
        layer = indicators.load_example_lmb()
        assert EXAMPLE_MARK_EN in layer.name()  # the UI language of this test run
        assert layer.featureCount() == 376  # the public Grundschulen of the bundled schools
        restored = project_lmb()
        assert restored is not None and restored.example and len(restored.values) == 376
    finally:
        indicators.unload()


def test_panel_key_figures_use_the_projects_lmb_table(gi_iface, qtbot, tmp_path):
    indicators = IndicatorController(gi_iface, "&Gemeinschaftsinitiative")
    areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: None)
    try:
        panel = areas.create_panel()
        qtbot.addWidget(panel)
        panel.select_area("06")
        before = panel.figuresBrowser.toPlainText()  # the key figures have their own tab
        assert "Key figures" in before and EXAMPLE_MARK_EN not in before
        indicators.load_example_lmb()
        panel.select_area("")
        panel.select_area("06")
        after = panel.figuresBrowser.toPlainText()
        assert EXAMPLE_MARK_EN in after
        path = areas.key_figures.export(str(tmp_path / "kennzahlen.csv"))
        with open(path, encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        assert len(rows) == 1 + 16 and rows[6][0] == "06 Wedding"
    finally:
        areas.unload()
        indicators.unload()


def test_mss_variant_restyles_the_projects_mss_layers(gi_iface):
    data = DataController(gi_iface)
    assert data.style_mss_layers("dynamics") == 0  # no MSS layer yet: the user is told
    (mss,) = bundled.load_datasets(["mss_2021"])
    assert data.style_mss_layers("dynamics") == 1
    labels = [item.label() for item in mss.renderer().legendSymbolItems()]
    assert any("negativ" in label or "negative" in label for label in labels)


def test_panel_key_figures_show_the_schicht_distribution_after_a_social_atlas_import(gi_iface, qtbot):
    from rgi_plugin.controllers.imports import finish_social_import
    from rgi_plugin.controllers.indicators import bundled_layer
    from rgi_plugin.core.indicators import social as social_atlas
    from support.paths import REPO

    plr = bundled_layer("lor_plr_2021")
    imported = social_atlas.import_social_table(REPO / "tests" / "data" / "sozialatlas_lor2021.csv",
                                                [f["plr_id"] for f in plr.getFeatures()])
    areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: None)
    try:
        panel = areas.create_panel()
        qtbot.addWidget(panel)
        panel.select_area("06")
        assert "class 7" not in panel.figuresBrowser.toPlainText()
        assert finish_social_import(gi_iface, plr, imported) is not None
        panel.select_area("")
        panel.select_area("06")
        text = panel.figuresBrowser.toPlainText()
        assert "Planning areas class 7\n2" in text  # 01300730 and 01300731 ("Schicht 7") lie in Wedding
    finally:
        areas.unload()
