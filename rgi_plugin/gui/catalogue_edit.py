"""Dialogs for the coordinators' edits of the catalogue: a Ressortbeitrag, a concept document.

The dialog builds the catalogue object from the form and hands it to ``save`` (the workspace
controller's), which checks it as the bundled JSON is checked and stores it in one transaction.
``save`` returns None when it was saved; otherwise its message is shown and the dialog stays
open with the edit, so that nothing typed is lost and Save can be pressed again (for instance
when the connection is back).
"""

import re

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ..core.areas.catalogue import PROGRAMME_STATUSES, ConceptDocument, Ressortbeitrag, status_label
from ..core.areas.reading import APPLIES_BASES
from .forms import load_form

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

#: What a new Ressortbeitrag's id may be (as the bundled ids are): lower case, digits, hyphens.
PROGRAMME_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
#: What a concept document's address is (``konzepte.json``'s ``url_kind``).
URL_KINDS = ("document", "district_page", "initiative_page")


def stamp_text(stamp):
    """"Created by … on …, last changed by … on …" of a ``catalogue_store.Stamp`` ('' for None)."""
    if stamp is None:
        return ""

    def when(value):
        return value.strftime("%d.%m.%Y %H:%M") if value is not None else "–"

    return _translate("CatalogueEdit", "Created by {created_by} on {created_at}; last changed by {changed_by} on {changed_at}.").format(
        created_by=stamp.created_by or "–", created_at=when(stamp.created_at), changed_by=stamp.changed_by or "–",
        changed_at=when(stamp.changed_at))


class _EditDialog(QDialog):
    """What both dialogs share: Save hands the edit to ``save``; a refusal keeps the dialog open."""

    def __init__(self, form, save, stamp, parent=None):
        super().__init__(parent)
        load_form(form, self)
        self.save = save
        self.stamp = stamp
        self.stampLabel.setText(stamp_text(stamp))
        self.stampLabel.setVisible(stamp is not None)
        self.errorLabel.setVisible(False)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.try_save)
        self.buttonBox.rejected.connect(self.reject)

    def edited(self):
        """The object in the form, or raise ``ValueError`` with what is missing."""
        raise NotImplementedError

    def show_error(self, message):
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(bool(message))

    def try_save(self):
        """Check the form, hand it to ``save``; close when saved, else show why and keep the edit."""
        try:
            edited = self.edited()
        except ValueError as error:
            self.show_error(str(error))
            return False
        message = self.save(edited)
        if message:
            self.show_error(message)
            return False
        self.accept()
        return True


class ProgrammeDialog(_EditDialog):
    """A new Ressortbeitrag (``programme`` None, for ``area_code`` when given) or a change of one."""

    def __init__(self, catalogue, save, programme=None, area_code="", stamp=None, parent=None):
        super().__init__("programme_dialog.ui", save, stamp, parent)
        self.setObjectName("GemeinschaftsinitiativeProgrammeDialog")
        self.catalogue, self.programme = catalogue, programme
        self.setWindowTitle(self.tr("Change Ressortbeitrag") if programme else self.tr("New Ressortbeitrag"))
        self.departmentCombo.addItem(self.tr("(none named by the source)"), "")
        for department in catalogue.departments:
            self.departmentCombo.addItem("{} – {}".format(department.short or department.id, department.name), department.id)
        for status in PROGRAMME_STATUSES:
            self.statusCombo.addItem(status_label(status), status)
        for basis, label in zip(APPLIES_BASES, (self.tr("stated: the source names these areas"),
                                                self.tr("inferred: the source names the GI as a whole"))):
            self.basisCombo.addItem(label, basis)
        for area in catalogue.areas:
            item = QListWidgetItem(area.label, self.areaList)
            item.setData(Qt.ItemDataRole.UserRole, area.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.allAreasCheck.toggled.connect(lambda checked: self.areaList.setEnabled(not checked))
        self._fill(programme, area_code)

    def _fill(self, programme, area_code):
        if programme is None:
            self.statusCombo.setCurrentIndex(self.statusCombo.findData("context"))
            self.basisCombo.setCurrentIndex(self.basisCombo.findData("stated"))
            self._check_areas([area_code] if area_code else [])
            return
        self.idEdit.setText(programme.id)
        self.idEdit.setReadOnly(True)
        self.programmeEdit.setText(programme.programme)
        self.departmentCombo.setCurrentIndex(max(0, self.departmentCombo.findData(programme.department)))
        self.statusCombo.setCurrentIndex(self.statusCombo.findData(programme.status))
        self.descriptionEdit.setPlainText(programme.description)
        self.sourceEdit.setText(programme.source)
        self.allAreasCheck.setChecked(programme.applies_to == "all")
        self._check_areas([] if programme.applies_to == "all" else programme.applies_to)
        self.basisCombo.setCurrentIndex(self.basisCombo.findData(programme.applies_basis))
        self.appliesNoteEdit.setText(programme.applies_note)

    def _check_areas(self, codes):
        for row in range(self.areaList.count()):
            item = self.areaList.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes else Qt.CheckState.Unchecked)

    def checked_areas(self):
        return tuple(self.areaList.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.areaList.count())
                     if self.areaList.item(row).checkState() == Qt.CheckState.Checked)

    def edited(self):
        programme_id = self.idEdit.text().strip()
        if self.programme is None and not PROGRAMME_ID.match(programme_id):
            raise ValueError(self.tr("The id is missing or not made of lower-case letters, digits and hyphens."))
        if self.programme is None and programme_id in {p.id for p in self.catalogue.programmes}:
            raise ValueError(self.tr("The id {id} is taken already; choose another one.").format(id=programme_id))
        name = self.programmeEdit.text().strip()
        if not name:
            raise ValueError(self.tr("The programme needs a name."))
        applies = "all" if self.allAreasCheck.isChecked() else self.checked_areas()
        if not applies:
            raise ValueError(self.tr("Choose the Handlungsräume the contribution applies to, or all of them."))
        return Ressortbeitrag(programme_id, self.departmentCombo.currentData(), name, self.descriptionEdit.toPlainText().strip(),
                              self.statusCombo.currentData(), self.sourceEdit.text().strip(), applies,
                              self.appliesNoteEdit.text().strip(), self.basisCombo.currentData())


class DocumentDialog(_EditDialog):
    """A new concept document (``document`` None, for ``area_code``) or a change of one.

    ``areas``: the codes of the areas the login keeps the documents of (a Bezirk editor: their
    Bezirk's); only those are offered. None: every area of the catalogue.
    """

    def __init__(self, catalogue, save, document=None, area_code="", stamp=None, parent=None, areas=None):
        super().__init__("document_dialog.ui", save, stamp, parent)
        self.setObjectName("GemeinschaftsinitiativeDocumentDialog")
        self.setWindowTitle(self.tr("Change concept document") if document else self.tr("New concept document"))
        for area in catalogue.areas:
            if areas is None or area.code in areas:
                self.areaCombo.addItem(area.label, area.code)
        labels = (self.tr("the document itself"), self.tr("a page of the Bezirk"), self.tr("the page of the initiative"))
        for kind, label in zip(URL_KINDS, labels):
            self.urlKindCombo.addItem(label, kind)
        source = document or ConceptDocument(area_code, "", "", "", "", "document", "", "")
        self.areaCombo.setCurrentIndex(max(0, self.areaCombo.findData(source.area)))
        self.titleEdit.setText(source.title)
        self.yearEdit.setText(source.year)
        self.authorEdit.setText(source.author)
        self.urlEdit.setText(source.url)
        kind = self.urlKindCombo.findData(source.url_kind)
        if kind < 0:  # a kind the workspace holds but this form does not offer: keep it
            self.urlKindCombo.addItem(source.url_kind, source.url_kind)
            kind = self.urlKindCombo.count() - 1
        self.urlKindCombo.setCurrentIndex(kind)
        self.localFileEdit.setText(source.local_file)
        self.noteEdit.setText(source.note)

    def edited(self):
        title = self.titleEdit.text().strip()
        if not title:
            raise ValueError(self.tr("The concept document needs a title."))
        return ConceptDocument(self.areaCombo.currentData(), title, self.yearEdit.text().strip(), self.authorEdit.text().strip(),
                               self.urlEdit.text().strip(), self.urlKindCombo.currentData(), self.localFileEdit.text().strip(),
                               self.noteEdit.text().strip())
