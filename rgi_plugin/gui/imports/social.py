"""The column-mapping dialog of a Sozialstrukturatlas table: Planungsraum id and class (Schicht)."""

from ...core.indicators import social
from .table import TableImportDialog


class SocialAtlasImportDialog(TableImportDialog):
    """Choose a Planungsraum table (id + Schicht); ``imported`` is a ``SocialImport`` after OK."""

    header_hints = social.HEADER_HINTS

    def __init__(self, plr_ids_2021, parent=None, path=None):
        super().__init__(parent)
        self.plr_ids_2021 = set(plr_ids_2021)
        self.setObjectName("GemeinschaftsinitiativeSocialImport")
        self.setWindowTitle(self.tr("Import Sozialstrukturatlas classes"))
        self.keyLabel.setText(self.tr("Planungsraum id:"))
        self.valueLabel.setText(self.tr("Class (Schicht):"))
        self.start(path)

    def detect(self, table):
        mapping = social.detect_columns(table)
        return {"key": mapping.id_column, "value": mapping.class_column}

    def run_import(self, table):
        mapping = social.SocialMapping(id_column=self.keyCombo.currentData(), class_column=self.valueCombo.currentData(),
                                             sheet=table.sheet or None, detected_by={"id": "user", "class": "user"},
                                             header_row=None if table.header_detected else table.header_row)
        return social.import_social_table(table, self.plr_ids_2021, mapping)
