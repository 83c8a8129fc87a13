"""Criterion 3's data: a Sozialstrukturatlas table or layer read (``reader``) and shown as a layer
of the Planungsräume with their class (``layer``). The room's public names:"""

from .layer import CLASS_FIELD, create_social_layer, social_renderer
from .reader import (
    HEADER_HINTS,
    LOR_2021,
    LOR_BEFORE_2021,
    SocialImport,
    SocialMapping,
    classes_from_layer,
    detect_columns,
    import_social_table,
    parse_class,
    read_social_table,
)

__all__ = ["CLASS_FIELD", "HEADER_HINTS", "LOR_2021", "LOR_BEFORE_2021", "SocialImport", "SocialMapping", "classes_from_layer",
           "create_social_layer", "detect_columns", "import_social_table", "parse_class", "read_social_table", "social_renderer"]
