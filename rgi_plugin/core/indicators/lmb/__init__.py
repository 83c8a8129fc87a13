"""Criterion 2's data: a Lernmittelbefreiung table read (``reader``, its columns in ``columns``),
kept with the project (``project``), shown as a layer of the schools (``layer``), and the
synthetic example (``example``). The room's public names:"""

from .columns import HEADER_HINTS, LmbMapping, detect_columns, normalise_bsn, school_years
from .example import EXAMPLE_MARK, example_label, is_example_table
from .layer import create_lmb_school_layer, school_catalogue
from .project import remove_from_project, restore_from_project, store_in_project, stored_entry
from .reader import LmbImport, import_lmb, read_lmb_table

__all__ = ["EXAMPLE_MARK", "HEADER_HINTS", "LmbImport", "LmbMapping", "create_lmb_school_layer", "detect_columns", "example_label",
           "import_lmb", "is_example_table", "normalise_bsn", "read_lmb_table", "remove_from_project", "restore_from_project",
           "school_catalogue", "school_years", "store_in_project", "stored_entry"]
