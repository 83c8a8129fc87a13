"""The "sources and licences" text: every bundled dataset with its origin and attribution."""

from html import escape

from qgis.PyQt.QtCore import QCoreApplication

from ..common.i18n import content_language


def sources_html(snapshot, language=None):
    """HTML listing each dataset of ``snapshot`` with publisher, licence, attribution, notes."""
    language = language or content_language()
    parts = [
        "<h3>{}</h3>".format(escape(snapshot.localized_label(language))),
        "<p>{}</p>".format(
            escape(QCoreApplication.translate("SourcesView", "Assembled {date}; coordinate reference system {crs}.")).format(
                date=escape(snapshot.assembled), crs=escape(snapshot.crs)
            )
        ),
    ]
    for dataset in snapshot.datasets:
        licence = escape(dataset.licence)
        if dataset.licence_url:
            licence = '<a href="{0}">{1}</a>'.format(escape(dataset.licence_url, quote=True), licence)
        rows = [
            (QCoreApplication.translate("SourcesView", "Attribution"), escape(dataset.attribution)),
            (QCoreApplication.translate("SourcesView", "Publisher"), escape(dataset.publisher)),
            (QCoreApplication.translate("SourcesView", "Licence"), licence),
            (QCoreApplication.translate("SourcesView", "Basis of the licence statement"), escape(dataset.licence_basis)),
            (QCoreApplication.translate("SourcesView", "Edition"), escape(dataset.edition)),
            (QCoreApplication.translate("SourcesView", "Service"), escape(dataset.service)),
            (QCoreApplication.translate("SourcesView", "Notes"), escape(dataset.localized_notes(language))),
        ]
        parts.append("<h4>{}</h4>".format(escape(dataset.localized_title(language))))
        parts.append(
            "<table cellpadding='2'>"
            + "".join("<tr><td valign='top' width='30%'><b>{}</b></td><td>{}</td></tr>".format(escape(k), v) for k, v in rows)
            + "</table>"
        )
    return "\n".join(parts)
