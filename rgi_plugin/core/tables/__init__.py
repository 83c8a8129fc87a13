"""Reading a user's table (CSV, XLSX or a layer's attributes) and reporting every row: the one
reader below the Lmb, social-atlas and overlay imports. The room's public names:"""

from .columns import AUTO, PERCENT, SHARE, best_column, decide_scale, simplify_header, to_percent
from .reading import is_table_file, layer_cell, read_table, table_from_layer
from .report import CATEGORIES, EXCLUDING, ImportReport, ReportEntry, category_title
from .table import Table, TableImportError

__all__ = ["AUTO", "CATEGORIES", "EXCLUDING", "PERCENT", "SHARE", "ImportReport", "ReportEntry", "Table", "TableImportError",
           "best_column", "category_title", "decide_scale", "is_table_file", "layer_cell", "read_table", "simplify_header",
           "table_from_layer", "to_percent"]
