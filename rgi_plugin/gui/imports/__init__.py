"""The dialogs of a table import: the shared column-mapping dialog (``table``), its Lmb and
social-atlas forms, and the report after an import."""
