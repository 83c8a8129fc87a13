"""Where a concept document is, and whether it may be opened.

A local file (from the catalogue or assigned by the user in the panel) takes precedence over the
web address. Only ``http``, ``https`` and ``file`` addresses are opened.
"""

from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QUrl

from ...definitions import settings as settings_keys
from ..common import settings

ALLOWED_SCHEMES = ("http", "https", "file")


@dataclass(frozen=True)
class Address:
    """What to open for a document: ``url`` (may be empty), and a ``problem`` to tell the user."""

    url: str
    problem: str = ""
    local: bool = False


def assigned_local_file(area_code):
    """The local file the user assigned to the area's concept in the panel, or ''."""
    return settings.value(settings_keys.concept_file(area_code), "") or ""


def assign_local_file(area_code, path):
    settings.set_value(settings_keys.concept_file(area_code), str(path) if path else "")


def resolve(document):
    """The address to open for ``document``: its local file if that exists, else its web address."""
    local = assigned_local_file(document.area) or document.local_file
    if local:
        path = Path(local)
        if path.is_file():
            return Address(QUrl.fromLocalFile(str(path.resolve())).toString(), local=True)
        missing = QCoreApplication.translate("ConceptDocuments", "The local file {path} does not exist.").format(path=local)
        if document.url:
            return Address(document.url,
                           missing + " " + QCoreApplication.translate("ConceptDocuments", "The web address is opened instead."))
        return Address("", missing)
    if not document.url:
        return Address("", QCoreApplication.translate("ConceptDocuments", "No address is known for this document."))
    return Address(document.url)


def refusal(url):
    """Why ``url`` must not be opened, or '' when it may be."""
    if not url:
        return QCoreApplication.translate("ConceptDocuments", "No address is known for this document.")
    parsed = QUrl(url)
    if not parsed.isValid() or parsed.scheme().lower() not in ALLOWED_SCHEMES:
        return QCoreApplication.translate("ConceptDocuments", "Only http, https and file addresses are opened, not {url}.").format(url=url)
    if parsed.scheme().lower() == "file" and not Path(parsed.toLocalFile()).is_file():
        return QCoreApplication.translate("ConceptDocuments", "The local file {path} does not exist.").format(path=parsed.toLocalFile())
    return ""
