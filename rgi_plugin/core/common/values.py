"""Cell values as the plugin meets them: QGIS NULL, numbers as Germans and English write them,
German formatting, and text folded for matching (umlauts spelled out).

Pure Python: every reader (tables, MSS, overlay, catalogue search) uses these, so a value is
read the same way wherever it comes from.
"""

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_PLAIN_TYPES = (str, int, float, bool)


def is_null(value):
    """True for None and QGIS NULL (a null QVariant arrives as None or as a NULL object)."""
    if value is None:
        return True
    if type(value) in _PLAIN_TYPES:
        return False
    is_null_method = getattr(value, "isNull", None)
    return bool(is_null_method()) if callable(is_null_method) else False


def fold(text):
    """Lower case with German umlauts spelled out: 'Märkisches Viertel' -> 'maerkisches viertel'."""
    text = str(text or "").casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    return text


EMPTY, TEXT = "empty", "text"


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


@dataclass(frozen=True)
class ParsedNumber:
    value: object  # Decimal or None
    percent_sign: bool = False
    problem: str = ""  # "", EMPTY or TEXT


def parse_number(cell):
    """Parse a German or English number cell: ``75,3``, ``75,3 %``, ``0,753``, ``1.234,5``, 75.3."""
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return ParsedNumber(None, problem=EMPTY)
    if isinstance(cell, bool):
        return ParsedNumber(None, problem=TEXT)
    if isinstance(cell, (int, float)):
        return ParsedNumber(Decimal(repr(cell)) if isinstance(cell, float) else Decimal(cell))
    text = re.sub(r"[\s\u00a0\u202f]", "", str(cell))
    if text == "":
        return ParsedNumber(None, problem=EMPTY)
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not _NUMBER.match(text):
        return ParsedNumber(None, percent, TEXT)
    try:
        return ParsedNumber(Decimal(text), percent)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        return ParsedNumber(None, percent, TEXT)


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")  # German thousands: 1.234, 12.345.678


def parse_count(cell):
    """A whole number such as a population: ``1234``, ``1234.0``, ``"1.234"`` (German thousands),
    ``"1 234"`` -> 1234; None when empty; ``ValueError`` for anything else (``"1,5"``, ``"1.5"``,
    and ``"1,234"``, which is a decimal in German and a thousand in English)."""
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return None
    if isinstance(cell, bool):
        raise ValueError(cell)
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        if not cell.is_integer():
            raise ValueError(cell)
        return int(cell)
    text = re.sub(r"[\s\u00a0\u202f]", "", str(cell))
    if text == "":
        return None
    if _THOUSANDS.match(text):
        return int(text.replace(".", ""))
    if re.fullmatch(r"[+-]?\d+(\.0+)?", text):
        return int(Decimal(text))
    raise ValueError(cell)


def format_decimal(value, language="de"):
    """75.3 -> '75,3' (German) or '75.3'; whole numbers without decimals."""
    text = "{:.10g}".format(value) if value is not None else ""
    return text.replace(".", ",") if language == "de" else text


def format_german(value, decimals=0):
    """German thousands and decimal comma: 12345 -> '12.345'; 61.25 with one decimal -> '61,3'."""
    text = "{:,.{}f}".format(value, decimals)
    return text.replace(",", "X").replace(".", ",").replace("X", ".")
