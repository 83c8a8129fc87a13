"""What a column is: found by its name (patterns over simplified names), and whether its numbers
are percent or shares."""

import re
from decimal import Decimal

from qgis.PyQt.QtCore import QCoreApplication

from ..common.values import fold

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls


PERCENT, SHARE, AUTO = "percent", "share", "auto"


def decide_scale(parsed, requested=AUTO):
    """Percent or share for one column, and the reason in words.

    Rule (``auto``): cells with a percent sign are always percent. The other cells are read as
    shares (0,753 = 75,3 %) when all of them lie between 0 and 1 and at least one is not a
    whole number; otherwise as percent.
    """
    if requested in (PERCENT, SHARE):
        return requested, _translate("TableImport", "chosen by the user")
    plain = [p.value for p in parsed if p.value is not None and not p.percent_sign]
    if plain and all(Decimal(0) <= v <= Decimal(1) for v in plain) and any(v != v.to_integral_value() for v in plain):
        reason = _translate("TableImport", "all {n} values without a percent sign lie between 0 and 1, so they are read as "
                                           "shares (0,753 = 75,3 %)")
        return SHARE, reason.format(n=len(plain))
    if not plain:
        return PERCENT, _translate("TableImport", "every value carries a percent sign")
    return PERCENT, _translate("TableImport", "not all values without a percent sign lie between 0 and 1")


def to_percent(number, scale):
    """A parsed value in percent as float (a share is multiplied by 100 exactly, in decimal)."""
    if number.percent_sign or scale == PERCENT:
        return float(number.value)
    return float(number.value * 100)


def simplify_header(name):
    """Lower case, umlauts spelled out, only letters and digits: 'LMB-Quote (%)' -> 'lmbquote'."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


def best_column(headers, patterns):
    """The first header matching the highest-ranked pattern (list of regexes over simplified names)."""
    for pattern in patterns:
        for header in headers:
            if re.search(pattern, simplify_header(header)):
                return header
    return None
