"""The synthetic example Lmb values: how the data marks them, and how the screen names them.

Real Lernmittelbefreiung quotas are internal data of the administration; the plugin ships a
synthetic table (``scripts/build_example_lmb.py``) so that the school criterion can be seen.
Every row of it carries ``EXAMPLE_MARK`` (column ``hinweis``), and every output made from it
says so in its data, so that a renamed copy or a written result stays marked.
"""

import re

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...common.i18n import in_language

#: The mark in the data: German, whatever language QGIS speaks (it is content, not interface).
EXAMPLE_MARK = "Beispieldaten – keine amtlichen Werte"
#: The mark as an English export writes it (also recognised), and the source of the screen label.
EXAMPLE_MARK_EN = QT_TRANSLATE_NOOP("ExampleData", "example data – not official values")


def example_label(language=None):
    """The mark as the user interface shows it, in ``language`` (default: QGIS's)."""
    return in_language(language).translate("ExampleData", EXAMPLE_MARK_EN)


def _plain(text):
    return re.sub(r"[\s\u2013\u2014-]+", " ", str(text)).strip().lower()


_MARKS = {_plain(EXAMPLE_MARK), _plain(EXAMPLE_MARK_EN)}


def is_example_table(table):
    """True when the table says inside its data that it holds example values: a comment line
    naming "Beispieldaten", or a cell reading ``EXAMPLE_MARK`` (the file name plays no part: a
    renamed copy stays marked, a real table named like it is not marked)."""
    if any("beispieldaten" in comment.lower() for comment in table.comments):
        return True
    return any(isinstance(cell, str) and _plain(cell) in _MARKS for _, cells in table.rows for cell in cells)
