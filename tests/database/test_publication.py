"""The public GI map from the workspace through a real QGIS Server: no quota ever reaches it."""

import json
import re
import urllib.request

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from local_servers import MapServer, free_port
from rgi_plugin.workspace import catalogue_store, publication
from support.workspace import FOLDER, copy_of_template

CONFIDENTIAL = re.compile(r"quot|lmb|lernmittel|threshold|schwelle|beispieldaten", re.I)


@pytest.fixture(scope="module")
def published(pg_cluster, output_dir):
    target = copy_of_template(pg_cluster, "gi_publish")
    config = target.config("rita_reader")
    catalogue = catalogue_store.read_catalogue(target.session("rita_reader"))
    project = publication.write_project(config, FOLDER / "publish" / "gi_karte.qgs", catalogue)
    server = MapServer(project, free_port(), output_dir / "workspace_qgis_mapserver.log", FOLDER / "pg_service.conf").start()
    yield server, target
    server.stop()
    target.close()


def get(server, query):
    url = server.url + query if query.startswith("?") else "http://127.0.0.1:{}{}".format(server.port, query)
    with urllib.request.urlopen(url, timeout=60) as answer:
        assert answer.status == 200, url
        return answer.headers.get("Content-Type", ""), answer.read()


def test_the_project_holds_the_three_public_layers_and_no_password(published):
    server, _ = published
    text = server.project.read_text(encoding="utf-8")
    assert "password" not in text.lower()
    assert "service='gi-test-rita_reader'" in text
    sources = re.findall(r"<datasource>([^<]+)</datasource>", text)
    relations = sorted(re.search(r'table="gi"\.\"?([a-z_]+)', source.replace("&quot;", '"')).group(1) for source in sources)
    assert relations == ["handlungsraum_map", "mss_map", "school_map"]


def test_capabilities_carry_no_quota(published):
    server, _ = published
    for service in ("WMS", "WFS"):
        _, body = get(server, "?SERVICE={}&REQUEST=GetCapabilities".format(service))
        text = body.decode("utf-8")
        names = re.findall(r"<Name>([^<]+)</Name>", text)
        assert {"gi_handlungsraeume", "mss_2021", "schulen"} <= set(names)
        assert not CONFIDENTIAL.search(text.replace("Lernmittelbefreiungsquoten sind nicht enthalten", "")), service
    _, schema = get(server, "?SERVICE=WFS&VERSION=1.1.0&REQUEST=DescribeFeatureType&TYPENAME=schulen,gi_handlungsraeume,mss_2021")
    assert 'name="bsn"' in schema.decode("utf-8")
    assert not CONFIDENTIAL.search(schema.decode("utf-8"))


def test_get_feature_gives_every_school_and_no_quota(published):
    server, target = published
    _, body = get(server, "?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=schulen&OUTPUTFORMAT=application/json")
    features = json.loads(body)["features"]
    assert len(features) == 902
    properties = set().union(*(f["properties"] for f in features))
    assert not [p for p in properties if CONFIDENTIAL.search(p)]
    assert "created_by" not in properties and "changed_by" not in properties  # no login names in public
    assert not CONFIDENTIAL.search(body.decode("utf-8"))
    quotas = {str(q) for (q,) in target.admin_sql("SELECT quota_percent FROM gi.lmb_quota WHERE quota_percent <> round(quota_percent)")}
    values = {str(v) for f in features for v in f["properties"].values()}
    assert not quotas & values


def test_ogc_api_features_lists_the_same_collections_without_quota(published):
    server, _ = published
    _, body = get(server, "/wfs3/collections.json")
    collections = [c["id"] for c in json.loads(body)["collections"]]
    assert sorted(collections) == ["gi_handlungsraeume", "mss_2021", "schulen"]
    _, items = get(server, "/wfs3/collections/schulen/items.json?limit=1000")
    data = json.loads(items)
    assert len(data["features"]) == 902
    assert not CONFIDENTIAL.search(items.decode("utf-8"))


def test_the_map_renders(published, output_dir):
    server, _ = published
    content_type, png = get(server, "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=mss_2021,gi_handlungsraeume,schulen&STYLES="
                                     "&CRS=EPSG:25833&BBOX=370000,5800000,415000,5837000&WIDTH=700&HEIGHT=575&FORMAT=image/png")
    assert content_type.startswith("image/png")
    (output_dir / "workspace_published_map.png").write_bytes(png)
    from qgis.PyQt.QtGui import QImage

    image = QImage.fromData(png)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 10  # areas, MSS classes and schools, not a blank or error image


def test_a_confidential_layer_is_refused(pg_cluster):
    target = copy_of_template(pg_cluster, "gi_publish_refused")
    config = target.config("anna_mitte")
    project = QgsProject()
    for relation, key in (("lmb_quota_school", "quota_id"), ("lmb_threshold", "bsn")):
        layer = QgsVectorLayer(config.layer_uri(relation, key=key), relation, "postgres")
        assert layer.isValid()
        project.addMapLayer(layer)
        with pytest.raises(publication.PublicationError, match="confidential"):
            publication.check_publishable(project)
        project.removeMapLayer(layer.id())
    renamed = QgsVectorLayer("Point?crs=EPSG:25833&field=bsn:string&field=lmb_quote:double", "renamed", "memory")
    project.addMapLayer(renamed)
    with pytest.raises(publication.PublicationError, match="lmb_quote"):
        publication.check_publishable(project)
    project.clear()
    target.close()
