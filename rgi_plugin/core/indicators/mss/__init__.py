"""Criterion 1's data: the one reader of MSS tables (``reader``) and how MSS layers look (``styles``)."""
