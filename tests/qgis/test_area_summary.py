"""Per-area summary, checked for Wedding against a computation straight from the GeoJSON files."""

import csv
import json

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsProject,
    QgsVectorLayer,
)

from rgi_plugin.core import data as bundled
from rgi_plugin.core.areas import export as area_export
from rgi_plugin.core.areas import summary as area_summary
from rgi_plugin.core.indicators import lmb as lmb_import
from rgi_plugin.core.indicators import social as social_atlas
from rgi_plugin.core.indicators.criteria import DEFAULT_MSS_RULE, LMB_THRESHOLD_PERCENT, is_public_primary_school
from rgi_plugin.core.indicators.lmb import layer as indicators
from rgi_plugin.definitions.paths import DATA_DIR
from support.paths import REPO

DATA = REPO / "tests" / "data"
#: 06 Wedding (domain.md): Bezirksregionen Osloer Straße, Brunnenstraße Nord, Wedding Zentrum.
WEDDING_BZR = ("013007", "013008", "014010")


def _features(name):
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)["features"]


def _inside(point, geometry):
    """Even-odd ray casting over every ring of a (Multi)Polygon: independent of QGIS/GEOS."""
    x, y = point
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    inside = False
    for polygon in polygons:
        for ring in polygon:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
    return inside


@pytest.fixture(scope="module")
def by_hand():
    """The Wedding figures computed from the raw files, without the plugin's code paths."""
    plr = [f for f in _features("mss_2021_planungsraeume.geojson") if f["properties"]["plr_id"][:6] in WEDDING_BZR]
    rated = [f["properties"] for f in plr if f["properties"]["kom"] == "gültig"]
    attention = [p for p in rated if DEFAULT_MSS_RULE.applies(p["si_n"], p["di_n"], p["kom"])]
    schools = sorted(
        f["properties"]["bsn"] for f in _features("schulen_2023-10.geojson")
        if is_public_primary_school(f["properties"]["schulart"], f["properties"]["traeger"])
        and any(_inside(f["geometry"]["coordinates"], p["geometry"]) for p in plr))
    return {
        "plr_ids": sorted(f["properties"]["plr_id"] for f in plr),
        "population": sum(f["properties"]["ew"] for f in plr),
        "rated": len(rated),
        "attention": len(attention),
        "attention_population": sum(p["ew"] for p in attention),
        "rated_population": sum(p["ew"] for p in rated),
        "schools": schools,
    }


def test_the_hand_computation_itself_matches_the_published_list(by_hand):
    # 14 Planungsräume; all rated; all but Nordufer (status mittel, dynamics positiv) need attention.
    assert len(by_hand["plr_ids"]) == 14 and by_hand["population"] == 133459
    assert (by_hand["rated"], by_hand["attention"]) == (14, 13)
    assert len(by_hand["schools"]) == 15 and "01G25" in by_hand["schools"] and "02G01" not in by_hand["schools"]


@pytest.fixture(scope="module")
def layers(qgis_app):
    snapshot = bundled.read_snapshot()
    return {d: bundled.create_layer(snapshot.dataset(d), "de") for d in ("mss_2021", "schulen_2023", "lor_plr_2021")}


@pytest.fixture(scope="module")
def lmb(layers, tmp_path_factory):
    path = tmp_path_factory.mktemp("lmb") / "quoten.csv"
    path.write_text("BSN;Lmb-Quote\n01G25;80,0\n01G27;74,9\n01G28;75,0\n01G29;60\n02G01;90\n01K01;95\n", encoding="utf-8")
    return lmb_import.import_lmb(path, None, indicators.school_catalogue(layers["schulen_2023"]))


@pytest.fixture(scope="module")
def social():
    ids = {f["properties"]["plr_id"] for f in _features("lor_planungsraeume_2021.geojson")}
    return social_atlas.import_social_table(DATA / "sozialatlas_lor2021.csv", ids)


@pytest.fixture(scope="module")
def wedding(layers, lmb, social, by_hand):
    return area_summary.summarise_area(by_hand["plr_ids"], layers["mss_2021"], layers["schulen_2023"], lmb, social,
                                       name="06 Wedding", language="de")


def test_wedding_figures_match_the_hand_computation(wedding, by_hand, lmb):
    assert wedding.found == by_hand["plr_ids"] and wedding.missing == []
    assert wedding.population == by_hand["population"]
    assert (wedding.rated, wedding.attention) == (by_hand["rated"], by_hand["attention"])
    assert wedding.attention_share == pytest.approx(by_hand["attention"] / by_hand["rated"])
    assert wedding.attention_population_share == pytest.approx(by_hand["attention_population"] / by_hand["rated_population"])
    assert wedding.schools == len(by_hand["schools"])
    quotas = [lmb.values[bsn] for bsn in by_hand["schools"] if bsn in lmb.values]
    assert wedding.schools_with_quota == len(quotas) == 4
    assert wedding.schools_at_threshold == sum(q >= LMB_THRESHOLD_PERCENT for q in quotas) == 2  # 80,0 and 75,0; not 74,9
    assert wedding.mean_quota == pytest.approx(sum(quotas) / len(quotas)) == pytest.approx((80 + 74.9 + 75 + 60) / 4)
    assert wedding.quotas == sorted(quotas)


def test_wedding_schicht_distribution_and_editions(wedding):
    assert wedding.schicht == {7: 2, 6: 1, 2: 1, area_summary.NO_CLASS: 10}
    assert wedding.editions == [
        "Monitoring Soziale Stadtentwicklung 2021 (Indizes): MSS 2021 (Datenstand 31.12.2020)",
        "Schulen (Stand Oktober 2023): Oktober 2023",
        "Lmb: quoten.csv",
        "Sozialstrukturatlas: sozialatlas_lor2021.csv",
    ]


def test_ids_are_normalised_and_unknown_ids_reported(layers):
    summary = area_summary.summarise_area([1300730, "01300731", "99999999"], layers["mss_2021"])
    assert summary.found == ["01300730", "01300731"] and summary.missing == ["99999999"]
    assert summary.schools == 0 and summary.schicht is None and summary.mean_quota is None


def test_same_schools_with_planungsraum_geometry_and_schools_in_another_crs(layers, lmb, by_hand, wedding):
    other = area_summary.summarise_area(by_hand["plr_ids"], layers["mss_2021"], layers["schulen_2023"], lmb,
                                        plr_layer=layers["lor_plr_2021"])
    assert (other.schools, other.schools_at_threshold) == (wedding.schools, wedding.schools_at_threshold)
    source = layers["schulen_2023"]
    wgs84 = QgsVectorLayer("Point?crs=EPSG:4326", "Schulen WGS84", "memory")
    wgs84.dataProvider().addAttributes(source.fields().toList())
    wgs84.updateFields()
    transform = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    features = []
    for school in source.getFeatures():
        feature = QgsFeature(wgs84.fields())
        geometry = school.geometry()
        geometry.transform(transform)
        feature.setGeometry(geometry)
        feature.setAttributes(school.attributes())
        features.append(feature)
    wgs84.dataProvider().addFeatures(features)
    moved = area_summary.summarise_area(by_hand["plr_ids"], layers["mss_2021"], wgs84, lmb)
    assert (moved.schools, moved.schools_with_quota, moved.schools_at_threshold) == (15, 4, 2)


def test_export_csv_and_xlsx(wedding, layers, tmp_path):
    gesundbrunnen = area_summary.summarise_area(["01300733"], layers["mss_2021"], name="Gesundbrunnen")
    csv_path = area_export.export_csv([wedding, gesundbrunnen], tmp_path / "gebiete.csv", "de")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [row["Gebiet"] for row in rows] == ["06 Wedding", "Gesundbrunnen"]
    first = rows[0]
    assert first["Einwohner"] == "133459" and first["Planungsräume"] == "14"
    assert first["Anteil Planungsräume mit besonderem Aufmerksamkeitsbedarf (%)"] == "92,9"  # 13 of 14
    assert (first["Öffentliche Grundschulen"], first["davon Lmb-Quote ab Schwelle"], first["Mittlere Lmb-Quote (%)"]) == ("15", "2", "72,5")
    assert (first["Planungsräume Schicht 7"], first["Planungsräume ohne Schicht"]) == ("2", "10")
    assert rows[1]["Planungsräume Schicht 7"] == "" and rows[1]["Einwohner"] == "11665"

    import openpyxl

    xlsx_path = area_export.export_xlsx([wedding, gesundbrunnen], tmp_path / "gebiete.xlsx", "de")
    sheet = openpyxl.load_workbook(xlsx_path).active
    header = [cell.value for cell in sheet[1]]
    values = dict(zip(header, [cell.value for cell in sheet[2]]))
    assert sheet.title == "Zusammenfassung"
    assert values["Einwohner"] == 133459 and values["Mittlere Lmb-Quote (%)"] == pytest.approx(72.5)
    assert values["Datenstände"].startswith("Monitoring Soziale Stadtentwicklung 2021")


def test_example_lmb_is_labelled_in_the_summary(layers, by_hand, tmp_path):
    path = tmp_path / "quoten.csv"
    path.write_text("bsn;lmb_quote;hinweis\n01G25;80,0;Beispieldaten – keine amtlichen Werte\n", encoding="utf-8")
    example = lmb_import.import_lmb(path)
    summary = area_summary.summarise_area(by_hand["plr_ids"], layers["mss_2021"], layers["schulen_2023"], example, language="de")
    assert summary.example_lmb
    assert "Beispieldaten – keine amtlichen Werte" in area_export.summary_html(summary, "de")
    headers, rows = area_export.summary_table([summary], "de")
    assert rows[0][headers.index("Hinweis")] == "Beispieldaten – keine amtlichen Werte"


def test_panel_text_is_readable(wedding, qgis_app, qtbot, output_dir):
    from qgis.PyQt.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(area_export.summary_html(wedding, "de"))
    text = browser.toPlainText()
    assert "Einwohner\n133.459" in text and "Mittlere Lmb-Quote (%)\n72,5" in text
    browser.resize(420, 520)
    browser.show()
    browser.grab().save(str(output_dir / "area_summary_panel.png"))
