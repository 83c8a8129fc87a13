"""Searching the Geoportal's metadata catalogue: an OGC CSW 2.0.2 GetRecords client.

When every service of a dataset fails, *Nachfolger suchen* asks Berlin's metadata catalogue
(``CSW_URL``) for records whose title or keywords name the dataset, and offers the WMS/WFS
services those records link to. Requests go through ``network.get`` (QGIS's network stack:
proxy, authentication, SSL settings, timeouts), so ``search`` belongs in a ``QgsTask``; the
request address and the reading of the answer are pure functions.

GetRecords is sent as KVP (GET) with an OGC Filter (``dc:title`` / ``dc:subject`` like the
terms, case-insensitive) and asks for ISO 19139 (``gmd:MD_Metadata``), whose online resources
carry protocol and layer name; Dublin Core records (``csw:Record``) are read too.
"""

from dataclasses import dataclass
from html import escape

from qgis.core import QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QUrl, QUrlQuery

from . import network
from .failures import MALFORMED, ServiceFailure
from .ogc import check_xml_answer

#: Berlin's metadata catalogue (issue 12, domain.md "Update 2026-12"; not checked live here).
CSW_URL = "https://gdi.berlin.de/geonetwork/srv/ger/csw"
CSW_VERSION = "2.0.2"
ISO_SCHEMA = "http://www.isotc211.org/2005/gmd"
MAX_RECORDS = 20

NS = {
    "csw": "http://www.opengis.net/cat/csw/2.0.2", "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco", "dc": "http://purl.org/dc/elements/1.1/", "dct": "http://purl.org/dc/terms/",
    "srv": "http://www.isotc211.org/2005/srv",
}


@dataclass(frozen=True)
class ServiceOffer:
    """A WMS or WFS a record links to: what can be taken into the catalogue."""

    type: str  # "WMS" or "WFS"
    url: str  # the service address without GetCapabilities parameters
    name: str  # layer or typename as the record gives it ("" when it names none)
    protocol: str  # as written in the record ("OGC:WMS-1.3.0-http-get-capabilities" ...)


@dataclass(frozen=True)
class Record:
    identifier: str
    title: str
    abstract: str
    keywords: tuple
    kind: str  # hierarchyLevel / dc:type: "dataset", "service", ...
    offers: tuple  # ServiceOffer
    schema: str  # "ISO 19139" or "Dublin Core"

    def matches(self, terms):
        """How many of ``terms`` its title or keywords hold (case-insensitive)."""
        text = " ".join((self.title,) + self.keywords).lower()
        return sum(1 for term in terms if term.lower() in text)


@dataclass(frozen=True)
class SearchResult:
    url: str  # the GetRecords request
    matched: int  # numberOfRecordsMatched as the catalogue says
    records: tuple  # Record, best match first

    @property
    def offers(self):
        """(record, offer) for every service offer, best record first."""
        return tuple((record, offer) for record in self.records for offer in record.offers)


def _literal(term):
    return "%{}%".format(term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))


def filter_xml(terms):
    """An OGC Filter 1.1: title or keywords like any of ``terms`` (case-insensitive)."""
    likes = []
    for term in terms:
        for prop in ("dc:title", "dc:subject"):
            likes.append('<ogc:PropertyIsLike wildCard="%" singleChar="_" escapeChar="\\" matchCase="false">'
                         "<ogc:PropertyName>{}</ogc:PropertyName><ogc:Literal>{}</ogc:Literal></ogc:PropertyIsLike>".format(
                             prop, escape(_literal(term), quote=False)))
    body = likes[0] if len(likes) == 1 else "<ogc:Or>{}</ogc:Or>".format("".join(likes))
    return '<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">{}</ogc:Filter>'.format(body)


def get_records_url(base_url, terms, max_records=MAX_RECORDS):
    """The GetRecords request (KVP) for records whose title or keywords contain any of ``terms``."""
    terms = [term for term in terms if term and term.strip()]
    if not terms:
        raise ValueError("a catalogue search needs at least one term")
    url = QUrl(base_url)
    query = QUrlQuery(url)
    for key, value in (("SERVICE", "CSW"), ("VERSION", CSW_VERSION), ("REQUEST", "GetRecords"), ("TYPENAMES", "csw:Record"),
                       ("NAMESPACE", "xmlns(csw=http://www.opengis.net/cat/csw/2.0.2)"), ("RESULTTYPE", "results"),
                       ("ELEMENTSETNAME", "full"), ("OUTPUTSCHEMA", ISO_SCHEMA), ("MAXRECORDS", str(max_records)),
                       ("CONSTRAINTLANGUAGE", "FILTER"), ("CONSTRAINT_LANGUAGE_VERSION", "1.1.0"), ("CONSTRAINT", filter_xml(terms))):
        query.removeAllQueryItems(key)
        query.addQueryItem(key, QUrl.toPercentEncoding(value).data().decode("ascii"))
    url.setQuery(query)
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def _text(node, path):
    found = node.find(path, NS)
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


def _texts(node, path):
    return tuple(" ".join("".join(found.itertext()).split()) for found in node.findall(path, NS))


def service_type(protocol, url=""):
    """"WMS", "WFS" or "" from a protocol string (and, failing that, the address)."""
    text = (protocol or "").upper()
    for kind in ("WFS", "WMS"):
        if "OGC:" + kind in text or text == kind or "OGC " + kind in text:
            return kind
    query = url.upper()
    for kind in ("WFS", "WMS"):
        if "SERVICE=" + kind in query:
            return kind
    return ""


def base_url(url):
    """The service address without the OGC request parameters a record often appends."""
    qurl = QUrl(url)
    query = QUrlQuery(qurl)
    for key, _ in query.queryItems():
        if key.upper() in ("SERVICE", "REQUEST", "VERSION", "ACCEPTVERSIONS", "LAYERS", "TYPENAME", "TYPENAMES"):
            query.removeAllQueryItems(key)
    qurl.setQuery(query)
    return qurl.toString(QUrl.ComponentFormattingOption.FullyEncoded).rstrip("?")


def _iso_record(node):
    offers = []
    for resource in node.iter("{%s}CI_OnlineResource" % NS["gmd"]):
        url = _text(resource, "gmd:linkage/gmd:URL")
        protocol = _text(resource, "gmd:protocol/gco:CharacterString")
        kind = service_type(protocol, url)
        if url and kind:
            offers.append(ServiceOffer(kind, base_url(url), _text(resource, "gmd:name/gco:CharacterString"), protocol))
    identification = node.find("gmd:identificationInfo/*", NS)
    title = abstract = ""
    keywords = ()
    if identification is not None:
        title = _text(identification, "gmd:citation/gmd:CI_Citation/gmd:title/gco:CharacterString")
        abstract = _text(identification, "gmd:abstract/gco:CharacterString")
        keywords = _texts(identification, "gmd:descriptiveKeywords/gmd:MD_Keywords/gmd:keyword/gco:CharacterString")
    level = node.find("gmd:hierarchyLevel/gmd:MD_ScopeCode", NS)
    kind = level.get("codeListValue", "") if level is not None else ""
    return Record(_text(node, "gmd:fileIdentifier/gco:CharacterString"), title, abstract, keywords, kind, tuple(offers), "ISO 19139")


def _dc_record(node):
    offers = []
    for reference in node.findall("dct:references", NS) + node.findall("dc:URI", NS):
        url = " ".join("".join(reference.itertext()).split())
        protocol = reference.get("scheme") or reference.get("protocol") or ""
        kind = service_type(protocol, url)
        if url and kind:
            offers.append(ServiceOffer(kind, base_url(url), reference.get("name", ""), protocol))
    return Record(_text(node, "dc:identifier"), _text(node, "dc:title"), _text(node, "dct:abstract") or _text(node, "dc:description"),
                  _texts(node, "dc:subject"), _text(node, "dc:type"), tuple(offers), "Dublin Core")


def parse_get_records(data, url, terms=()):
    """Read a GetRecords answer; records best matching ``terms`` first. Raises ``ServiceFailure``."""
    root = check_xml_answer(data, url, "GetRecords")
    if root.tag != "{%s}GetRecordsResponse" % NS["csw"]:
        raise ServiceFailure(MALFORMED, url, "answer is <{}>, not a csw:GetRecordsResponse".format(root.tag),
                             what="not a CSW GetRecords answer")
    results = root.find("csw:SearchResults", NS)
    if results is None:
        raise ServiceFailure(MALFORMED, url, "GetRecords answer without SearchResults", what="no search results")
    records = []
    for node in results:
        if node.tag == "{%s}MD_Metadata" % NS["gmd"]:
            records.append(_iso_record(node))
        elif node.tag in ("{%s}Record" % NS["csw"], "{%s}SummaryRecord" % NS["csw"], "{%s}BriefRecord" % NS["csw"]):
            records.append(_dc_record(node))
    matched = results.get("numberOfRecordsMatched", "")
    ranked = sorted(records, key=lambda record: (-record.matches(terms), -len(record.offers), record.title))
    return SearchResult(url, int(matched) if matched.isdigit() else len(records), tuple(ranked))


def search(terms, timeout_ms, feedback=None, csw_url=CSW_URL):
    """Ask the catalogue at ``csw_url``; blocking (inside a ``QgsTask``). Raises ``ServiceFailure``."""
    url = get_records_url(csw_url, terms)
    return parse_get_records(network.get(url, timeout_ms, feedback), url, terms)


def search_terms(entry):
    """What to ask the catalogue for a catalogue entry: its keywords, else its German title."""
    return list(entry.keywords) or [entry.title.get("de") or entry.title["en"]]



def configured_csw_url():
    """The catalogue asked for successors: the setting ``csw_url``, else Berlin's ``CSW_URL``."""
    from ...definitions import settings as settings_keys
    from ..common import settings

    return settings.value(settings_keys.CSW_URL, "") or CSW_URL


class SuccessorSearchTask(QgsTask):
    """Ask the metadata catalogue for the services of ``entry`` (worker thread; cancel in the task manager).

    ``on_finished(task, ok)`` runs on the main thread with ``task.result`` (``SearchResult``) or
    ``task.failure`` (``ServiceFailure``).
    """

    def __init__(self, entry, timeout_ms, csw_url=None, on_finished=None, language=None):
        title = entry.localized_title(language)
        super().__init__(QCoreApplication.translate("SuccessorSearch", "Looking for a successor of {title}").format(title=title),
                         QgsTask.Flag.CanCancel)
        network.prepare()
        self.entry, self.timeout_ms = entry, timeout_ms
        self.csw_url = csw_url or configured_csw_url()
        self.on_finished = on_finished
        self.feedback = QgsFeedback()
        self.result = self.failure = None

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        try:
            self.result = search(search_terms(self.entry), self.timeout_ms, self.feedback, self.csw_url)
            return True
        except ServiceFailure as failure:
            self.failure = failure
            return False

    def finished(self, ok):
        if self.on_finished is not None:
            self.on_finished(self, ok)
