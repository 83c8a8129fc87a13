"""The one place that hands an address to the desktop (tests replace QDesktopServices here)."""

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from ..core.areas.documents import refusal


def open_address(url):
    """Open ``url`` if it may be opened; return '' or the reason it was refused."""
    problem = refusal(url)
    if problem:
        return problem
    QDesktopServices.openUrl(QUrl(url))
    return ""
