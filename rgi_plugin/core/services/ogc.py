"""OGC requests of the Geoportal services: addresses, QGIS data source URIs, reading answers.

Pure logic over bytes and strings (plus ``QgsDataSourceUri``): what a GetCapabilities answer
offers, whether an answer is an OGC exception, damaged, or empty. Every problem is raised as a
``ServiceFailure`` with its kind, so the user gets a specific message.
"""

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri
from qgis.PyQt.QtCore import QUrl, QUrlQuery

from .failures import EMPTY, MALFORMED, MISSING_NAME, OGC_EXCEPTION, ServiceFailure

#: WFS versions the plugin can read, newest first.
WFS_VERSIONS = ("2.0.0", "1.1.0", "1.0.0")
WMS_VERSION = "1.3.0"


def request_url(base_url, **params):
    """``base_url`` with OGC parameters set; parameters already in it (``MAP=...``) are kept
    unless one of ``params`` replaces them (compared without case)."""
    url = QUrl(base_url)
    query = QUrlQuery(url)
    wanted = {key.upper(): (key, value) for key, value in params.items() if value is not None}
    kept = [(k, v) for k, v in query.queryItems(QUrl.ComponentFormattingOption.FullyDecoded) if k.upper() not in wanted]
    query = QUrlQuery()
    for key, value in kept + [(key, str(value)) for key, value in wanted.values()]:
        query.addQueryItem(key, value)
    url.setQuery(query)
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def capabilities_url(source):
    if source.type == "WMS":
        return request_url(source.url, SERVICE="WMS", REQUEST="GetCapabilities", VERSION=source.version or WMS_VERSION)
    versions = [v for v in WFS_VERSIONS if _version_key(v) <= _version_key(source.version or WFS_VERSIONS[0])]
    return request_url(source.url, SERVICE="WFS", REQUEST="GetCapabilities", ACCEPTVERSIONS=",".join(versions))


def describe_url(source, typename, version):
    key = "TYPENAMES" if version.startswith("2") else "TYPENAME"
    return request_url(source.url, SERVICE="WFS", VERSION=version, REQUEST="DescribeFeatureType", **{key: typename})


def feature_url(source, typename, version, count=None, start=None):
    """GetFeature address; ``count``/``start`` page through the result."""
    two = version.startswith("2")
    params = {"SERVICE": "WFS", "VERSION": version, "REQUEST": "GetFeature", "SRSNAME": source.crs,
              ("TYPENAMES" if two else "TYPENAME"): typename}
    if count is not None:
        params["COUNT" if two else "MAXFEATURES"] = count
    if start is not None:
        params["STARTINDEX"] = start
    return request_url(source.url, **params)


def hits_url(source, typename, version):
    """GetFeature with RESULTTYPE=hits: how many features the service holds."""
    key = "TYPENAMES" if version.startswith("2") else "TYPENAME"
    return request_url(source.url, SERVICE="WFS", VERSION=version, REQUEST="GetFeature", RESULTTYPE="hits", **{key: typename})


def parse_hits(data, url):
    """The number of features a hits answer announces, or None when it does not say."""
    root = check_xml_answer(data, url, "GetFeature hits")
    value = root.get("numberMatched") or root.get("numberOfFeatures") or ""
    return int(value) if value.isdigit() else None


def wfs_uri(source, typename, version, page_size):
    """Data source URI of the QGIS ``WFS`` provider for one feature type."""
    uri = QgsDataSourceUri()
    uri.setParam("url", source.url)
    uri.setParam("typename", typename)
    uri.setParam("version", version)
    uri.setParam("srsname", source.crs)
    uri.setParam("restrictToRequestBBOX", "0")
    # QGIS 3.40+ otherwise asks for one feature while the provider is constructed, which runs
    # on the main thread (see main_thread.py): a server that stalls there froze QGIS for the
    # whole network timeout. The geometry type comes from DescribeFeatureType all the same;
    # older versions ignore the parameter.
    uri.setParam("skipInitialGetFeature", "true")
    if version.startswith("2") and page_size:
        uri.setParam("pagingEnabled", "true")
        uri.setParam("pageSize", str(page_size))
    return uri.uri(False)


def wms_uri(source, layer):
    """Data source URI of the QGIS ``wms`` provider for one layer."""
    uri = QgsDataSourceUri()
    uri.setParam("url", source.url)
    uri.setParam("layers", layer)
    uri.setParam("styles", "")
    uri.setParam("format", source.format or "image/png")
    uri.setParam("crs", source.crs)
    return bytes(uri.encodedUri()).decode("utf-8")


def _version_key(version):
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _parse_xml(data, url, what):
    if not data or not data.strip():
        raise ServiceFailure(MALFORMED, url, "empty answer to {}".format(what), what="empty answer")
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        raise ServiceFailure(MALFORMED, url, "{} is not well-formed XML: {}".format(what, error),
                             what="XML: {}".format(error)) from error


def raise_for_exception_report(root, url):
    """Raise OGC_EXCEPTION when ``root`` is an OGC exception report."""
    if _local(root.tag) in ("ExceptionReport", "ServiceExceptionReport"):
        texts = [" ".join("".join(node.itertext()).split()) for node in root.iter()
                 if _local(node.tag) in ("ExceptionText", "ServiceException")]
        codes = [node.get("exceptionCode") or node.get("code") for node in root.iter()
                 if _local(node.tag) in ("Exception", "ServiceException")]
        text = "; ".join(t for t in texts if t) or "; ".join(c for c in codes if c) or "no text"
        raise ServiceFailure(OGC_EXCEPTION, url, "OGC exception report: {} (codes {})".format(text, codes), text=text)


@dataclass(frozen=True)
class Capabilities:
    service: str
    version: str
    names: tuple  # feature type names (WFS) or named layers, topmost first (WMS)

    def resolve(self, wanted):
        """The offered name for ``wanted``: exact, else the same name without namespace prefix."""
        if wanted in self.names:
            return wanted
        local = wanted.rsplit(":", 1)[-1].lower()
        for name in self.names:
            if name.rsplit(":", 1)[-1].lower() == local:
                return name
        return None


def parse_capabilities(data, url, service):
    """Read a WFS or WMS GetCapabilities answer; raise ``ServiceFailure`` when unusable."""
    root = _parse_xml(data, url, "GetCapabilities")
    raise_for_exception_report(root, url)
    expected = ("WFS_Capabilities",) if service == "WFS" else ("WMS_Capabilities", "WMT_MS_Capabilities")
    if _local(root.tag) not in expected:
        raise ServiceFailure(MALFORMED, url, "answer is <{}>, not {}".format(_local(root.tag), expected[0]),
                             what="not a {} capabilities document".format(service))
    container = "FeatureType" if service == "WFS" else "Layer"
    names = [child.text.strip() for parent in root.iter() if _local(parent.tag) == container
             for child in parent if _local(child.tag) == "Name" and child.text and child.text.strip()]
    return Capabilities(service, root.get("version", ""), tuple(names))


def resolve_name(capabilities, wanted, url):
    """The name to request for ``wanted`` (None: the topmost named WMS layer)."""
    if wanted is None:
        if not capabilities.names:
            raise ServiceFailure(EMPTY, url, "the capabilities list no named layer")
        return capabilities.names[0]
    name = capabilities.resolve(wanted)
    if name is None:
        raise ServiceFailure(MISSING_NAME, url, "{} not among the offered names {}".format(wanted, list(capabilities.names)),
                             name=wanted)
    return name


def check_feature_answer(data, url):
    """Diagnose a GetFeature answer: raise for exception, damage or emptiness; return the count."""
    text = data.lstrip()
    if text[:1] in (b"{", b"["):
        try:
            document = json.loads(data.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            raise ServiceFailure(MALFORMED, url, "GeoJSON is damaged: {}".format(error), what="JSON: {}".format(error)) from error
        features = document.get("features") if isinstance(document, dict) else None
        if not isinstance(features, list):
            raise ServiceFailure(MALFORMED, url, "JSON without a feature list", what="JSON without features")
        count = len(features)
    else:
        root = _parse_xml(data, url, "GetFeature")
        raise_for_exception_report(root, url)
        if _local(root.tag) != "FeatureCollection":
            raise ServiceFailure(MALFORMED, url, "answer is <{}>, not a FeatureCollection".format(_local(root.tag)),
                                 what="not a feature collection")
        count = sum(1 for node in root if _local(node.tag) in ("member", "featureMember", "featureMembers"))
        count = max(count, sum(len(list(node)) for node in root if _local(node.tag) == "featureMembers"))
    if count == 0:
        raise ServiceFailure(EMPTY, url, "the feature collection is empty")
    return count


def check_xml_answer(data, url, what):
    """Raise for a damaged answer or an exception report; return the parsed root otherwise."""
    root = _parse_xml(data, url, what)
    raise_for_exception_report(root, url)
    return root
