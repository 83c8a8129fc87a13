"""The local QGIS Server the service tests run against (``support/servers.py``) publishes the
live services' names and field types."""

import re
import urllib.request

from support.servers import GDI_LAYERS


def test_local_server_publishes_the_live_names(qgis_server):
    with urllib.request.urlopen(qgis_server.url("gdi") + "&SERVICE=WFS&REQUEST=GetCapabilities", timeout=10) as answer:
        capabilities = answer.read().decode("utf-8")
    assert all("<Name>{}</Name>".format(name) in capabilities for name in GDI_LAYERS)
    with urllib.request.urlopen(qgis_server.url("fisbroker") + "&SERVICE=WFS&REQUEST=DescribeFeatureType&TYPENAME=s_lor_plr_2021",
                                timeout=10) as answer:
        schema = answer.read().decode("utf-8")
    element = re.search(r'<element[^>]*\bname="PLR_ID"[^>]*>', schema).group(0)
    assert re.search(r'type="(int|long)"', element), element  # an integer, as FIS-Broker ids arrive
