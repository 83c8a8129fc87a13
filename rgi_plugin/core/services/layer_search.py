"""A layer or typename that moved: find the dataset again in the service's capabilities.

Services rename their layers (``mss2025_indizes_542`` today, something else tomorrow). When the
catalogue's name is missing, the capabilities are searched for the dataset, in three steps of
decreasing certainty, and the first step that finds anything decides:

1. ``name``: the same name once namespace, case and separators are ignored
   (``mss_2025:mss2025_indizes_542`` ~ ``MSS2025-Indizes-542``);
2. ``title``: a layer whose title is the dataset's title (German or English) or the old name;
3. ``keywords``: a layer whose name, title and keywords hold every keyword of the catalogue entry.

Exactly one layer found: it is used and reported ("Layer X heißt jetzt Y"). Several or none:
nothing is guessed; the report names the candidates. Pure logic over the capabilities bytes.
The same answer also holds the service's licence statement (``ows:Fees``,
``AccessConstraints``), read here with where it came from.
"""

import re
import unicodedata
from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

from .ogc import check_xml_answer

translate = QCoreApplication.translate

FOUND, AMBIGUOUS, NONE = "found", "ambiguous", "none"
BY_NAME, BY_TITLE, BY_KEYWORDS = "name", "title", "keywords"

#: How many candidates a report names at most (the log gets them all).
SHOWN_CANDIDATES = 6


@dataclass(frozen=True)
class OfferedLayer:
    name: str
    title: str = ""
    keywords: tuple = ()

    def label(self):
        return "{} ({})".format(self.name, self.title) if self.title and self.title != self.name else self.name


@dataclass(frozen=True)
class CapabilitiesLicence:
    """The licence statement of a service, and exactly where it was read."""

    text: str
    element: str  # "ows:Fees", "ows:AccessConstraints", "Fees", "AccessConstraints"
    url: str
    licence_id: str = ""  # a known licence recognised in the text ("dl-de/zero-2.0"), else ""

    def origin(self):
        return "GetCapabilities {} ({})".format(self.element, self.url)


@dataclass(frozen=True)
class ServiceDescription:
    service: str
    version: str
    layers: tuple  # OfferedLayer, in document order (named layers / feature types only)
    licences: tuple  # CapabilitiesLicence, Fees before AccessConstraints

    @property
    def names(self):
        return tuple(layer.name for layer in self.layers)

    def licence(self):
        """The statement that names a known licence, else the first non-trivial one, else None."""
        for statement in self.licences:
            if statement.licence_id:
                return statement
        return self.licences[0] if self.licences else None


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _prefixed(element):
    return "ows:" + _local(element.tag) if element.tag.startswith("{http://www.opengis.net/ows") else _local(element.tag)


def _text(element):
    return " ".join("".join(element.itertext()).split())


#: Licence identifiers recognised in capabilities texts, most specific first.
_LICENCES = (
    ("dl-de/zero-2.0", re.compile(r"dl-de/zero-2[.-]0|zero\s*-?\s*version\s*2\.0|Datenlizenz Deutschland\s*[-–]\s*Zero", re.I)),
    ("dl-de/by-2-0", re.compile(r"dl-de/by-2[.-]0|Datenlizenz Deutschland\s*[-–]\s*Namensnennung", re.I)),
    ("CC BY 4.0", re.compile(r"CC[ -]BY[ -]4\.0|creativecommons\.org/licenses/by/4\.0", re.I)),
    ("CC BY 3.0 DE", re.compile(r"CC[ -]BY[ -]3\.0[ -]DE|creativecommons\.org/licenses/by/3\.0/de", re.I)),
)
_TRIVIAL = {"", "none", "keine", "no conditions apply", "unknown"}


def recognise_licence(text):
    for licence_id, pattern in _LICENCES:
        if pattern.search(text or ""):
            return licence_id
    return ""


def parse_service_description(data, url, service):
    """Layers (name, title, keywords) and licence statements of a WFS/WMS GetCapabilities answer.

    Raises ``ServiceFailure`` for a damaged answer or an exception report (as ``ogc`` does).
    """
    root = check_xml_answer(data, url, "GetCapabilities")
    container = "FeatureType" if service == "WFS" else "Layer"
    layers = []
    for node in root.iter():
        if _local(node.tag) != container:
            continue
        name = title = ""
        keywords = []
        for child in node:
            tag = _local(child.tag)
            if tag == "Name":
                name = _text(child)
            elif tag == "Title":
                title = _text(child)
            elif tag in ("KeywordList", "Keywords"):
                words = [_text(k) for k in child if _local(k.tag) == "Keyword"]
                keywords.extend(words or [w.strip() for w in _text(child).split(",")])  # WFS 1.0: one comma list
        if name:
            layers.append(OfferedLayer(name, title, tuple(k for k in keywords if k)))
    licences = []
    for wanted in ("Fees", "AccessConstraints"):
        for node in root.iter():
            if _local(node.tag) == wanted and _text(node).lower() not in _TRIVIAL:
                text = _text(node)
                licences.append(CapabilitiesLicence(text, _prefixed(node), url, recognise_licence(text)))
    return ServiceDescription(service, root.get("version", ""), tuple(layers), tuple(licences))


def normalised(text):
    """Lower case, umlauts written out (``ä`` -> ``ae``, as in service names), only letters and
    digits: ``MSS2025-Indizes`` -> ``mss2025indizes``, ``Planungsräume`` -> ``planungsraeume``."""
    text = (text or "").lower()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", text)


def _local_name(name):
    return (name or "").rsplit(":", 1)[-1]


@dataclass(frozen=True)
class LayerSearch:
    """The outcome of looking for ``wanted`` in a service's capabilities."""

    outcome: str  # FOUND, AMBIGUOUS, NONE
    wanted: str
    service_url: str
    found: OfferedLayer = None
    basis: str = ""  # BY_NAME, BY_TITLE, BY_KEYWORDS (for FOUND and AMBIGUOUS)
    candidates: tuple = ()  # OfferedLayer: the tied matches (AMBIGUOUS) or the nearest offers (NONE)

    @property
    def name(self):
        return self.found.name if self.found else None

    def message(self, title):
        """One message-bar sentence (German through the translation)."""
        shown = ", ".join(layer.label() for layer in self.candidates[:SHOWN_CANDIDATES])
        if len(self.candidates) > SHOWN_CANDIDATES:
            shown += " …"
        basis = {BY_NAME: translate("LayerSearch", "same name"), BY_TITLE: translate("LayerSearch", "same title"),
                 BY_KEYWORDS: translate("LayerSearch", "matching keywords")}.get(self.basis, "")
        if self.outcome == FOUND:
            text = translate("LayerSearch", "{title}: Layer {old} is now called {new} (found by {basis}).")
        elif self.outcome == AMBIGUOUS:
            text = translate("LayerSearch", "{title}: the layer {old} is missing and several layers match ({basis}): {candidates}. "
                             "None was chosen; please tell the plugin maintainers which one is right.")
        else:
            text = translate("LayerSearch", "{title}: the layer {old} is missing and no layer of the service matches. "
                             "Offered: {candidates}. The plugin's catalogue may be out of date; please tell the plugin maintainers.")
        return text.format(title=title, old=self.wanted or "?", new=self.name or "", basis=basis, candidates=shown or "–")

    def details(self):
        lines = ["search for {!r} in {}: {} by {}".format(self.wanted, self.service_url, self.outcome, self.basis or "-")]
        lines += ["  candidate {} | {} | {}".format(c.name, c.title, ", ".join(c.keywords)) for c in self.candidates]
        return "\n".join(lines)


def find_moved(description, wanted, titles=(), keywords=(), url=""):
    """Look for the dataset ``wanted`` (old name; may be None) names in ``description``.

    ``titles``: the dataset's titles (German, English); ``keywords``: the catalogue entry's
    keywords. Returns a ``LayerSearch``; nothing is chosen unless exactly one layer matches.
    """
    layers = description.layers
    old = normalised(_local_name(wanted))
    wanted_titles = {normalised(title) for title in titles if title} | ({old} if old else set())
    words = [normalised(word) for word in keywords if normalised(word)]

    def text_of(layer):
        return normalised(_local_name(layer.name)) + "|" + normalised(layer.title) + "|" + "|".join(map(normalised, layer.keywords))

    steps = (
        (BY_NAME, lambda layer: bool(old) and normalised(_local_name(layer.name)) == old),
        (BY_TITLE, lambda layer: normalised(layer.title) in wanted_titles),
        (BY_KEYWORDS, lambda layer: bool(words) and all(word in text_of(layer) for word in words)),
    )
    for basis, matches in steps:
        found = tuple(layer for layer in layers if matches(layer))
        if len(found) == 1:
            return LayerSearch(FOUND, wanted, url, found[0], basis, found)
        if found:
            return LayerSearch(AMBIGUOUS, wanted, url, None, basis, found)
    # nothing matched: name the offers that share most keywords, so the report can be acted on
    scored = sorted(layers, key=lambda layer: -sum(word in text_of(layer) for word in words))
    return LayerSearch(NONE, wanted, url, None, "", tuple(scored))
