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
        licence = escape(dataset.localized_licence(language))
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


def service_licences_html(catalogue, licence_read=None, language=None):
    """HTML listing each Geoportal service dataset with its licence, the basis of that statement
    and whether it is verified; a source with its own licence (FIS-Broker) is listed with its own
    basis, and what a service stated in its capabilities (``licence_read(entry_id)``: the last
    reading, or None) with where and when it was read."""
    language = language or content_language()
    status = {"verified": QCoreApplication.translate("SourcesView", "verified"),
              "unverified": QCoreApplication.translate("SourcesView", "unverified")}
    parts = ["<h3>{}</h3>".format(escape(QCoreApplication.translate("SourcesView", "Geoportal services: licences and their basis")))]
    for entry in catalogue.entries:
        licence = escape(entry.licence)
        if entry.licence_url:
            licence = '<a href="{0}">{1}</a>'.format(escape(entry.licence_url, quote=True), licence)
        state = escape(status.get(entry.licence_status, entry.licence_status))
        rows = [(QCoreApplication.translate("SourcesView", "Licence"), "{} ({})".format(licence, state)),
                (QCoreApplication.translate("SourcesView", "Basis of the licence statement"), escape(entry.licence_basis)),
                (QCoreApplication.translate("SourcesView", "Attribution"), escape(entry.attribution))]
        for source in entry.services:
            if source.licence:
                rows.append((QCoreApplication.translate("SourcesView", "Licence of {service}").format(service=source.generation_label),
                             "{} – {}".format(escape(source.licence), escape(source.licence_basis or ""))))
        stated = licence_read(entry.id) if licence_read is not None else None
        if stated:
            said = QCoreApplication.translate("SourcesView", "{text} (read on {date} from {origin})").format(
                text=stated.get("text", ""), date=stated.get("read_on", ""), origin=stated.get("origin", ""))
            rows.append((QCoreApplication.translate("SourcesView", "Stated by the service"), escape(said)))
        parts.append("<h4>{}</h4>".format(escape(entry.localized_title(language))))
        parts.append("<table cellpadding='2'>" + "".join(
            "<tr><td valign='top' width='30%'><b>{}</b></td><td>{}</td></tr>".format(escape(k), v) for k, v in rows) + "</table>")
    return "\n".join(parts)
