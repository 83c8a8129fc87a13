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
