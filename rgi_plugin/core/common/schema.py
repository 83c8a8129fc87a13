"""The plugin's one internal schema for Berlin geodata, and the mapping into it.

Sources differ: the legacy FIS-Broker delivers UPPERCASE attribute names (``PLR_ID``), the
newer GDI services lowercase ones (``plr_id``); the school name is ``name`` in FIS-Broker and
``schulname`` in GDI; LOR ids may arrive as integers that lost their leading zero. Everything
the rest of the plugin reads has passed through this module. No QGIS import here.
"""

#: Source field name (lower-cased) -> internal field name, where they differ.
FIELD_RENAMES = {
    "name": "schulname",  # FIS-Broker school layer
}

#: LOR id lengths: Bezirk(2) + Prognoseraum(2) + Bezirksregion(2) + Planungsraum(2).
LOR_ID_LENGTHS = {"bez_id": 2, "pgr_id": 4, "bzr_id": 6, "plr_id": 8}


def internal_field_name(source_name):
    """Return the internal name of a source attribute (``PLR_ID`` -> ``plr_id``)."""
    lowered = source_name.strip().lower()
    return FIELD_RENAMES.get(lowered, lowered)


def normalise_lor_id(value, length):
    """Return a LOR id as a zero-padded string of ``length`` digits, or ``None`` if empty.

    Accepts strings, integers and floats that lost their leading zero (``1100101`` ->
    ``"01100101"``). Raises ``ValueError`` for anything that is not such an id, so that a
    caller reports it instead of joining on a wrong key.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if value != value or not value.is_integer():  # NaN or fractional
            raise ValueError("not a LOR id: {!r}".format(value))
        value = int(value)
    text = str(value).strip()
    if text == "":
        return None
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if not text.isdigit() or len(text) > length:
        raise ValueError("not a {}-digit LOR id: {!r}".format(length, value))
    return text.zfill(length)


def normalise_record(record):
    """Return a copy of an attribute dict in the internal schema.

    Field names are lower-cased and renamed (see ``FIELD_RENAMES``); LOR id fields are
    zero-padded to their full length.
    """
    result = {}
    for key, value in record.items():
        name = internal_field_name(key)
        if name in LOR_ID_LENGTHS:
            value = normalise_lor_id(value, LOR_ID_LENGTHS[name])
        result[name] = value
    return result


def split_bezirk_label(label):
    """Split a label such as ``"01 - Mitte"`` into ``("01", "Mitte")``."""
    number, _, name = label.partition(" - ")
    if not name:
        raise ValueError("not a Bezirk label of the form 'NN - Name': {!r}".format(label))
    return normalise_lor_id(number, 2), name.strip()


# -- service layers: what each dataset must carry, and how a source reaches the internal names ----

#: Internal fields a layer of each schema must offer (after mapping); other fields pass through.
#: Datasets whose field names are not known (catalogue ``"schema": ""``) are not checked.
REQUIRED_FIELDS = {
    "planungsraum": ("plr_id", "plr_name"),
    "bezirksregion": ("bzr_id", "bzr_name"),
    "prognoseraum": ("pgr_id", "pgr_name"),
    "mss_indizes": ("plr_id", "si_n", "di_n", "kom"),
    "mss_indexind": ("plr_id",),
    "schule": ("bsn", "schulname"),
}

#: Placeholder the MSS uses for "no value" in rows it marks invalid.
NO_VALUE = -9999


def required_fields(schema_name):
    """The internal fields a dataset of ``schema_name`` must have; ``()`` when unknown."""
    if schema_name and schema_name not in REQUIRED_FIELDS:
        raise ValueError("unknown schema {!r}".format(schema_name))
    return REQUIRED_FIELDS.get(schema_name, ())


def _quoted(name):
    return '"{}"'.format(name.replace('"', '""'))


def virtual_fields(source_fields):
    """Expressions that give a source layer the internal field names it lacks.

    ``source_fields`` is a sequence of ``(name, is_text)``. Returns ``{internal_name:
    expression}`` for the fields whose internal name differs from the source name (FIS-Broker
    ``PLR_ID``, ``NAME``) and for LOR ids that are not text or arrive under another name (they
    are zero-padded, ``1100101`` -> ``"01100101"``). A field already present under its internal
    name is left alone, so GDI layers usually need none.
    """
    present = {name for name, _ in source_fields}
    result = {}
    for name, is_text in source_fields:
        internal = internal_field_name(name)
        if internal in present or internal in result:
            continue  # (a numeric id already named ``plr_id`` cannot be shadowed; left as is)
        if internal in LOR_ID_LENGTHS:
            value = "trim({})".format(_quoted(name)) if is_text else "to_string(to_int({}))".format(_quoted(name))
            result[internal] = "lpad({}, {}, '0')".format(value, LOR_ID_LENGTHS[internal])
        else:
            result[internal] = _quoted(name)
    return result


def available_fields(source_fields):
    """Internal names a source layer offers once ``virtual_fields`` are added."""
    return {name for name, _ in source_fields} | set(virtual_fields(source_fields))


def missing_fields(schema_name, source_fields):
    """Required internal fields of ``schema_name`` that the source cannot provide, in order."""
    available = available_fields(source_fields)
    return [name for name in required_fields(schema_name) if name not in available]


def derive_lor_ids(record):
    """Add the parent LOR ids (``bez_id``, ``pgr_id``, ``bzr_id``) a record lacks from its ids."""
    result = dict(record)
    for child in ("plr_id", "bzr_id", "pgr_id"):
        value = result.get(child)
        if not value:
            continue
        for parent, length in LOR_ID_LENGTHS.items():
            if length < LOR_ID_LENGTHS[child] and not result.get(parent):
                result[parent] = value[:length]
    return result


def clean_record(record):
    """A source record in the internal schema, ready to be written to a snapshot.

    Names and LOR ids as in ``normalise_record``, the MSS placeholder ``-9999`` as ``None``,
    and parent LOR ids derived where missing.
    """
    result = normalise_record(record)
    for key, value in result.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value == NO_VALUE:
            result[key] = None
    return derive_lor_ids(result)
