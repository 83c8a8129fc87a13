"""What every room uses: the error base (``errors``), the translation channel (``i18n``), the log
tab (``log``), settings (``settings``), the internal schema of Berlin geodata (``schema``: field
names, LOR ids), cell values (``values``), checked writes into memory layers (``features``) and
layer metadata (``metadata``)."""
