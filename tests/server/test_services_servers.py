"""Real OGC servers on 127.0.0.1 for the service tests and ``make bench-load``.

* ``QgisServer``: Debian's ``qgis_mapserver`` with projects that publish the bundled data
  under the live services' names: a GDI-like project (lowercase fields, ``a_lor_plr_2021``,
  ``mss2021_indizes_542``, ``schulen``...), a FIS-Broker-like one (UPPERCASE fields, PLR ids
  as integers without their leading zero, school name in ``NAME``), and a WMS standing in for
  the GI map (it shows the bundled MSS 2021 layer: the real GI geometry is not bundled).
* ``FaultServer``: a python ``http.server`` in a thread that passes requests on to the QGIS
  Server and injects one failure per OGC request type.

Every server runs on a free port, stops when asked, and waits for nothing longer than a few
seconds on its own.
"""

import re
import urllib.error
import urllib.request
from pathlib import Path

from support.servers import GDI_LAYERS

REPO = Path(__file__).resolve().parent.parent


# -- fault injection ---------------------------------------------------------------------


# -- fixtures ----------------------------------------------------------------------------


def test_local_server_publishes_the_live_names(qgis_server):
    with urllib.request.urlopen(qgis_server.url("gdi") + "&SERVICE=WFS&REQUEST=GetCapabilities", timeout=10) as answer:
        capabilities = answer.read().decode("utf-8")
    assert all("<Name>{}</Name>".format(name) in capabilities for name in GDI_LAYERS)
    with urllib.request.urlopen(qgis_server.url("fisbroker") + "&SERVICE=WFS&REQUEST=DescribeFeatureType&TYPENAME=s_lor_plr_2021",
                                timeout=10) as answer:
        schema = answer.read().decode("utf-8")
    element = re.search(r'<element[^>]*\bname="PLR_ID"[^>]*>', schema).group(0)
    assert re.search(r'type="(int|long)"', element), element  # an integer, as FIS-Broker ids arrive
