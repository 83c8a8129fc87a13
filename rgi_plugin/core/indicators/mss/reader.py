"""The one reader of MSS tables (Monitoring Soziale Stadtentwicklung): per Planungsraum its status
and dynamics class, validity remark and population, from a layer or a Processing feature source.

Used by the criteria overlay and by the per-area key figures (panel, fact sheets), so that both
read every row the same way, and nothing is dropped without being listed:

- the Planungsraum id is padded to 8 digits (``1100101`` -> ``01100101``); rows without an id
  are listed (``without_id``, feature ids), ids that are no Planungsraum id too (``bad_ids``),
  and every further row of an id (``duplicates``);
- status and dynamics are class codes, numbers written as text, or the class names
  (``"niedrig"``); the placeholder ``-9999`` of the FIS-Broker and GDI tables means *no value*
  (``placeholders``: the ids of such rows); other values are no class (``bad_classes``);
- without a validity field every row with a status is rated (``kom`` = "gültig");
- the population is a whole number, German thousands included (``"1.234"`` = 1234); anything
  else is listed (``bad_population``) and counts as no population.

Whether a row meets the MSS criterion is decided by ``MssAttentionRule.applies`` on the values
read here: rows the MSS marks invalid, or without a status, are *keine Bewertung* (None).
"""

from dataclasses import dataclass, field
from functools import partial

from ...common.schema import NO_VALUE, normalise_lor_id
from ...common.values import is_null, parse_count
from ..criteria import MSS_DYNAMICS, MSS_STATUS, MSS_VALID


@dataclass
class MssRow:
    plr_id: str
    status: int = None
    dynamics: int = None
    kom: str = None
    ew: int = None
    name: str = None


@dataclass(frozen=True)
class MssFields:
    """Field names of an MSS table; an empty validity or population field means: none."""

    id_field: str = "plr_id"
    status_field: str = "si_n"
    dynamics_field: str = "di_n"
    validity_field: str = "kom"
    population_field: str = "ew"
    name_field: str = ""  # the Planungsraum's name, if wanted (``plr_name``)


@dataclass
class MssTable:
    rows: dict = field(default_factory=dict)  # plr_id -> MssRow (the first row of each id)
    duplicates: list = field(default_factory=list)  # ids with more than one row
    without_id: list = field(default_factory=list)  # feature ids of rows without a Planungsraum id
    bad_ids: list = field(default_factory=list)  # values that are no Planungsraum id
    placeholders: list = field(default_factory=list)  # ids of rows holding -9999 as a class
    bad_classes: list = field(default_factory=list)  # (plr_id, status, dynamics, rated by the MSS?)
    bad_population: list = field(default_factory=list)  # (plr_id, value)


def is_placeholder(value):
    """True for the MSS "no value" placeholder (-9999 as a number or as text)."""
    if is_null(value) or isinstance(value, bool):
        return False
    try:
        return float(str(value).strip().replace(",", ".")) == NO_VALUE
    except ValueError:
        return False


def class_code(value, names):
    """An MSS class code from a number, numeric text or the class name; None when empty.

    Raises ``ValueError`` for anything else (including a class number the MSS does not have).
    """
    if is_null(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            reverse = {name.lower(): code for code, name in names.items()}
            if text.lower() not in reverse:
                raise
            return reverse[text.lower()]
    if not number.is_integer() or int(number) not in names:
        raise ValueError(value)
    return int(number)


def read_mss_table(source, fields=MssFields(), check_canceled=None):
    """Read every row of ``source`` (a layer or feature source) into an ``MssTable``."""
    from qgis.core import QgsFeatureRequest

    source_fields = source.fields()
    index = {name: (source_fields.lookupField(getattr(fields, name)) if getattr(fields, name) else -1)
             for name in ("id_field", "status_field", "dynamics_field", "validity_field", "population_field", "name_field")}
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(sorted(i for i in index.values() if i >= 0))

    def value(feature, name):
        return feature.attribute(index[name]) if index[name] >= 0 else None

    table = MssTable()
    duplicates = set()
    for number, feature in enumerate(source.getFeatures(request)):
        if check_canceled is not None:
            check_canceled(number)
        raw_id = value(feature, "id_field")
        try:
            plr_id = normalise_lor_id(None if is_null(raw_id) else raw_id, 8)
        except ValueError:
            table.bad_ids.append(raw_id)
            continue
        if plr_id is None:
            table.without_id.append(feature.id())
            continue
        if plr_id in table.rows:
            duplicates.add(plr_id)
            continue
        table.rows[plr_id] = _row(plr_id, partial(value, feature), index, table)
    table.duplicates = sorted(duplicates)
    return table


def _row(plr_id, value, index, table):
    """One rated Planungsraum from ``value(field role)``; what cannot be read is noted in ``table``."""
    row = MssRow(plr_id)
    if index["validity_field"] < 0:
        row.kom = MSS_VALID
    else:
        kom = value("validity_field")
        row.kom = None if is_null(kom) else str(kom).strip()
    raw_status, raw_dynamics = value("status_field"), value("dynamics_field")
    if is_placeholder(raw_status) or is_placeholder(raw_dynamics):
        table.placeholders.append(plr_id)
    try:
        row.status = None if is_placeholder(raw_status) else class_code(raw_status, MSS_STATUS)
        row.dynamics = None if is_placeholder(raw_dynamics) else class_code(raw_dynamics, MSS_DYNAMICS)
    except ValueError:
        table.bad_classes.append((plr_id, raw_status, raw_dynamics, row.kom == MSS_VALID))
        row.status = row.dynamics = None
    if index["population_field"] >= 0:
        population = value("population_field")
        try:
            row.ew = parse_count(None if is_null(population) else population)
        except ValueError:
            table.bad_population.append((plr_id, population))
    if index["name_field"] >= 0:
        name = value("name_field")
        row.name = None if is_null(name) else str(name)
    return row
