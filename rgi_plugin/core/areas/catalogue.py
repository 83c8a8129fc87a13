"""The Handlungsräume, Ressortbeiträge and concept documents: the catalogue as the plugin holds it
(read and checked by ``reading.py``), and its questions: which programmes apply, search."""

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..common.i18n import in_language
from ..common.values import fold

#: The statuses of a Ressortbeitrag, and how the panel and the fact sheets name them (one wording for both).
PROGRAMME_STATUS_LABELS = {
    "confirmed": QT_TRANSLATE_NOOP("Programmes", "confirmed contribution"),
    "context": QT_TRANSLATE_NOOP("Programmes", "named in the GI context"),
    "proposed_2018": QT_TRANSLATE_NOOP("Programmes", "proposed in 2018"),
}
PROGRAMME_STATUSES = tuple(PROGRAMME_STATUS_LABELS)


def status_label(status, language=None):
    """How a Ressortbeitrag's status reads, in ``language`` (default: QGIS's)."""
    label = PROGRAMME_STATUS_LABELS.get(status)
    return in_language(language).translate("Programmes", label) if label else status


@dataclass(frozen=True)
class LorUnit:
    level: str
    id: str
    name: str


@dataclass(frozen=True)
class Handlungsraum:
    code: str
    name: str
    group: str
    bezirke: tuple
    number_status: str
    number_source: str
    basis: str
    units: tuple
    composition_note: str
    composition_source: str

    @property
    def approximate(self):
        """Every boundary not taken from an official description is an approximation."""
        return self.basis != "official_text"

    @property
    def label(self):
        return "{} {}".format(self.code, self.name)


@dataclass(frozen=True)
class AreaGroup:
    code: str
    name: str
    note: str


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    short: str
    lead: bool


@dataclass(frozen=True)
class Ressortbeitrag:
    id: str
    department: str
    programme: str
    description: str
    status: str
    source: str
    applies_to: object  # "all" or a tuple of area codes
    applies_note: str
    applies_basis: str = "inferred"  # "stated": the source names the areas; "inferred": it names the GI as a whole

    def applies(self, area_code):
        return self.applies_to == "all" or area_code in self.applies_to

    @property
    def inferred_for_area(self):
        """True when listing the programme for one area is an inference (shown as such)."""
        return self.applies_basis == "inferred"


@dataclass(frozen=True)
class ConceptDocument:
    area: str
    title: str
    year: str
    author: str
    url: str
    url_kind: str
    local_file: str
    note: str


@dataclass(frozen=True)
class AreaCatalogue:
    areas: tuple
    groups: tuple
    departments: tuple
    programmes: tuple
    documents: tuple
    files: dict = field(default_factory=dict)  # file name -> path it was read from

    def area(self, code):
        for area in self.areas:
            if area.code == code:
                return area
        raise KeyError(code)

    def group(self, code):
        for group in self.groups:
            if group.code == code:
                return group
        raise KeyError(code)

    def department(self, department_id):
        for department in self.departments:
            if department.id == department_id:
                return department
        return None

    def programmes_for(self, area_code):
        return [p for p in self.programmes if p.applies(area_code)]

    def programmes_by_department(self, area_code):
        """[(Department or None, [Ressortbeitrag, ...]), ...] in catalogue order, lead first."""
        groups = []
        for department in list(self.departments) + [None]:
            department_id = department.id if department else ""
            items = [p for p in self.programmes_for(area_code) if p.department == department_id]
            if items:
                groups.append((department, items))
        return groups

    def documents_for(self, area_code):
        return [d for d in self.documents if d.area == area_code]

    def search(self, query):
        """Codes of the areas matching every word of ``query`` (code, name, Bezirk, programme,
        department), in catalogue order. An empty query matches all areas."""
        words = [w for w in _fold(query).split() if w]
        result = []
        for area in self.areas:
            haystack = _fold(" ".join(self._search_texts(area)))
            if all(word in haystack for word in words):
                result.append(area.code)
        return result

    def search_programmes(self, query):
        words = [w for w in _fold(query).split() if w]
        if not words:
            return []
        found = []
        for programme in self.programmes:
            department = self.department(programme.department)
            text = _fold(" ".join([programme.programme, department.name if department else "", department.short if department else ""]))
            if all(word in text for word in words):
                found.append(programme)
        return found

    def _search_texts(self, area):
        texts = [area.code, area.name, " ".join(area.bezirke)]
        if area.group:
            group = self.group(area.group)
            texts += [group.code, group.name]
        for programme in self.programmes_for(area.code):
            texts.append(programme.programme)
            department = self.department(programme.department)
            if department:
                texts += [department.name, department.short]
        return texts


def _fold(text):
    """Lower-case and fold German umlauts so 'Marzahn', 'märkisches' and 'Maerkisches' match."""
    return fold(text).replace("-", " ")


