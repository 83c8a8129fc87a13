"""The import flows: an Lmb import stored with the project and shown as a layer, restored when the
project is opened; a social-atlas import added only when something matched."""

import json
import shutil

import pytest
from qgis.core import NULL, Qgis, QgsProject, QgsVectorLayer

from rgi_plugin.core import data as bundled
from rgi_plugin.core.indicators import lmb as lmb_import
from rgi_plugin.core.indicators import social as social_atlas
from rgi_plugin.definitions import properties
from rgi_plugin.definitions.paths import DATA_DIR, EXAMPLE_LMB_FILE
from support.paths import DATA
from support.tables import school_catalogue


@pytest.fixture(scope="module")
def schools():
    return school_catalogue()


@pytest.fixture(scope="module")
def plr_ids():
    with open(DATA_DIR / "lor_planungsraeume_2021.geojson", encoding="utf-8") as handle:
        return {f["properties"]["plr_id"] for f in json.load(handle)["features"]}


def test_finishing_an_import_stores_the_reference_and_adds_the_styled_layer(qgis_iface, qgis_new_project, schools):
    from rgi_plugin.controllers.imports import finish_lmb_import, import_lmb_interactively
    from rgi_plugin.core import data as bundled

    qgis_iface.messageBar().clear_messages()
    project = QgsProject.instance()
    layer_source = bundled.create_layer(bundled.read_snapshot().dataset("schulen_2023"), "de")
    imported = lmb_import.import_lmb(EXAMPLE_LMB_FILE, None, schools)
    layer = finish_lmb_import(qgis_iface, layer_source, imported, embed=False, project=project, language="de")
    assert project.mapLayer(layer.id()) is layer and layer.featureCount() == 376
    assert "Beispieldaten – keine amtlichen Werte" in layer.name()
    assert lmb_import.stored_entry(project)["mode"] == "reference"
    messages = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert messages == ["Lernmittelbefreiung:376 Lmb quotas imported, 0 rows not used (listed in the report). "
                        "Beispieldaten – keine amtlichen Werte"]
    # a layer that is not a schools layer: a message, no dialog, no layer
    wrong = QgsVectorLayer("Point?crs=EPSG:25833&field=bsn:string", "Punkte", "memory")
    assert import_lmb_interactively(qgis_iface, wrong) is None
    assert qgis_iface.messageBar().get_messages(Qgis.Warning)[-1] == (
        "Lernmittelbefreiung:The layer “Punkte” lacks the fields schulart, traeger.")
    project.removeAllMapLayers()


def test_restoring_the_lmb_layer_after_the_project_is_opened(qgis_iface, qgis_new_project, schools, tmp_path):
    from rgi_plugin.controllers.imports import finish_lmb_import, restore_lmb_layer
    from rgi_plugin.core import data as bundled

    qgis_iface.messageBar().clear_messages()
    project = QgsProject.instance()
    source = bundled.create_layer(bundled.read_snapshot().dataset("schulen_2023"), "de")
    path = tmp_path / "quoten.csv"
    shutil.copy(DATA / "lmb_semikolon_latin1.csv", path)
    first = finish_lmb_import(qgis_iface, source, lmb_import.import_lmb(path, None, schools), project=project)
    first_id = first.id()
    second = restore_lmb_layer(qgis_iface, source, project)
    assert project.mapLayer(first_id) is None and project.mapLayer(second.id()) is second
    assert {f["bsn"]: f["lmb_quote"] for f in second.getFeatures() if f["lmb_quote"] != NULL} == {
        "01G24": 81.5, "01G28": 74.9, "01G40": 75.0, "02G18": 62.3, "12G02": 48.0}
    path.unlink()
    qgis_iface.messageBar().clear_messages()
    assert restore_lmb_layer(qgis_iface, source, project) is None
    assert "was not found" in qgis_iface.messageBar().get_messages(Qgis.Warning)[0]
    assert [layer.customProperty(properties.INDICATOR) for layer in project.mapLayers().values()] == ["lmb_schools"]
    project.removeAllMapLayers()


def test_finishing_a_social_import_adds_a_layer_only_when_something_matched(qgis_iface, qgis_new_project, plr_ids):
    from qgis.core import Qgis, QgsProject

    from rgi_plugin.controllers.imports import finish_social_import

    qgis_iface.messageBar().clear_messages()
    plr = bundled.create_layer(bundled.read_snapshot().dataset("lor_plr_2021"), "de")
    old = social_atlas.import_social_table(DATA / "sozialatlas_lor_alt.csv", plr_ids)
    assert finish_social_import(qgis_iface, plr, old) is None
    assert QgsProject.instance().mapLayers() == {}
    assert qgis_iface.messageBar().get_messages(Qgis.Warning) == [
        "Sozialstrukturatlas:6 rows read: 0 used, 6 not used (listed below)."]
    new = social_atlas.import_social_table(DATA / "sozialatlas_lor2021.csv", plr_ids)
    layer = finish_social_import(qgis_iface, plr, new, language="de")
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.name() == "Sozialstrukturatlas – Schicht (sozialatlas_lor2021.csv)"
    QgsProject.instance().removeAllMapLayers()
