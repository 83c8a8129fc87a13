"""The boundaries derived from the Geoportal's map, in use: Boundaries menu → task against the
local QGIS Server's map of known areas → the area layer, the panel (with its differences from
the approximation), the key figures, the criteria overlay and the fact sheets all use them."""

import json
import subprocess
from datetime import date

import pytest
from qgis.core import QgsProject

from rgi_plugin.controllers import overlay as overlay_launcher
from rgi_plugin.controllers.areas import AreaController
from rgi_plugin.core import data as bundled
from rgi_plugin.core.areas import derived as db
from rgi_plugin.core.areas.layer import is_area_layer
from rgi_plugin.core.common import settings
from rgi_plugin.core.factsheet import export as fact_sheet_export
from rgi_plugin.core.services import catalogue as services
from rgi_plugin.core.services import csw
from rgi_plugin.core.services import found as found_services
from rgi_plugin.definitions import settings as settings_keys
from rgi_plugin.definitions.paths import EXAMPLE_LMB_FILE
from rgi_plugin.definitions.processing import CRITERIA_OVERLAY_ID
from support.maps import known_composition
from support.paths import REPO


@pytest.fixture
def controller(gi_iface, qtbot):
    areas = AreaController(gi_iface, "&Gemeinschaftsinitiative", lambda: None)
    qtbot.addWidget(areas.create_panel())
    yield areas
    areas.unload()


@pytest.fixture
def map_in_catalogue(map_services):
    """The user's catalogue copy names the local map of known areas as the GI map service."""
    copy = services.user_catalogue_file()
    offer = csw.ServiceOffer("WMS", map_services.url("gi_known"), "", "OGC:WMS")
    record = csw.Record("test-gi-map", "Test: GI-Karte bekannter Gebiete", "", (), "dataset", (offer,), "ISO 19139")
    found_services.take_into_catalogue("gi_handlungsraeume", record, offer, "http://127.0.0.1/csw", target=copy)
    yield copy
    copy.unlink()
    derived = db.derived_folder() / "handlungsraeume_abgeleitet_{}.gpkg".format(date.today().isoformat())
    if derived.exists():
        derived.unlink()


def test_derived_boundaries_replace_the_approximation_everywhere(controller, gi_iface, map_in_catalogue, provider,
                                                                  qtbot, tmp_path, output_dir):
    known = known_composition()
    controller.boundaries.ensure_area_layer()
    task = controller.boundaries.derive_boundaries(timeout_seconds=20)
    assert task is not None
    qtbot.waitUntil(lambda: controller.boundaries.derive_task is None, timeout=120000)
    label = "abgeleitet aus dem Kartendienst des Geoportals ({})".format(date.today().isoformat())

    # the area layer of the project
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values() if is_area_layer(lyr)]
    assert layer.name() == "Handlungsräume ({})".format(label)
    assert {f["code"]: f["plr_ids"].split(",") for f in layer.getFeatures()} == known
    assert {f["basis"] for f in layer.getFeatures()} == {"wms_derived"}
    assert settings.value(settings_keys.DERIVED_BOUNDARIES_FILE).endswith(".gpkg")

    # the panel: the label and how the result differs from the approximation
    note = controller.panel.geometryLabel.text()
    assert note.startswith("Boundaries: {}, at Planungsraum level.".format(label))
    assert "Same as the approximation: 12 areas." in note
    assert "Differences: 02 +05200525; 09 −08100104; 11 +10100101; 13d +09300920." in note
    controller.panel.grab().save(str(output_dir / "derived_boundaries_panel.png"))

    # the key figures of the panel
    eleven = controller.catalogue.area("11")
    assert [plr_id for plr_id, _ in controller.key_figures.figures_for(eleven)["plr"]] == ["10100101", "10100102"]

    # the development over the MSS editions: MSS 2021 counts the inhabitants of the derived Planungsräume
    population = mss_2021_population()
    assert controller.development.developments()["11"].of_year(2021).population == pytest.approx(
        population["10100101"] + population["10100102"], rel=1e-6)

    # the criteria overlay compares with the derived areas
    bundled.load_datasets(["schulen_2023", "mss_2021", "lor_plr_2021"], language="de")
    parameters = overlay_launcher.overlay_parameters()
    assert parameters["AREAS"] is layer
    import processing

    parameters.update({"LMB_TABLE": str(EXAMPLE_LMB_FILE), "OUTPUT": "memory:", "CANDIDATES": "memory:", "SUMMARY": "memory:"})
    summary = processing.run(CRITERIA_OVERLAY_ID, parameters)["SUMMARY"]
    counts = {f["hr_code"]: f["n_plr"] for f in summary.getFeatures() if f["hr_code"]}  # the row without a code: all of Berlin
    assert counts == {code: len(ids) for code, ids in known.items()}

    # the fact sheets
    pdf = tmp_path / "steckbrief_11.pdf"
    fact_sheet_export.generate(["11"], pdf, one_file=True, catalogue=controller.catalogue)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Planungsräume: 2" in text and label in text
    # its sources name the Geoportal's map the boundary came from, not the bundled approximation
    assert "Handlungsräume der Gemeinschaftsinitiative – Geoportal Berlin / Ressortübergreifende" in text
    assert "(Näherung)" not in text and "Näherung nach Amt für Statistik" not in text
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(output_dir / "derived_boundaries_sheet_11")],
                   check=True)

    # back to the approximation
    controller.boundaries.use_approximation()
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values() if is_area_layer(lyr)]
    assert {f["basis"] for f in layer.getFeatures()} != {"wms_derived"} and "approximation" in controller.panel.geometryLabel.text()
    approximated = [plr_id for plr_id, _ in controller.key_figures.figures_for(eleven)["plr"]]
    assert "10100101" not in approximated
    assert controller.development.developments()["11"].of_year(2021).population == pytest.approx(
        sum(population[plr_id] for plr_id in approximated), rel=1e-6)


def mss_2021_population():
    """{plr_id: inhabitants} of the bundled MSS 2021, read with the json module."""
    features = json.loads((REPO / "resources" / "data" / "mss_2021_planungsraeume.geojson").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["plr_id"]: f["properties"]["ew"] for f in features}
