"""Why a Geoportal service could not be used, and what the user reads about it.

Each failure has a kind; ``failure_message`` turns it into one short text for the message bar
that says what failed, which service, and what the user can do. The technical details go to
the log (``ServiceFailure.details``). No widgets here, so the texts are testable.
"""

from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QCoreApplication

from ..common.errors import PluginError

translate = QCoreApplication.translate  # pylupdate5 reads translate("Context", "text")

# Failure kinds (stable identifiers, also used in the log and in tests).
UNREACHABLE = "unreachable"
REFUSED = "refused"
TIMEOUT = "timeout"
HTTP_CLIENT = "http_client"
HTTP_SERVER = "http_server"
OGC_EXCEPTION = "ogc_exception"
MALFORMED = "malformed"
EMPTY = "empty"
MISSING_NAME = "missing_name"
UNEXPECTED_SCHEMA = "unexpected_schema"
INVALID_LAYER = "invalid_layer"
NETWORK = "network"
CANCELED = "canceled"

KINDS = (UNREACHABLE, REFUSED, TIMEOUT, HTTP_CLIENT, HTTP_SERVER, OGC_EXCEPTION, MALFORMED, EMPTY, MISSING_NAME,
         UNEXPECTED_SCHEMA, INVALID_LAYER, NETWORK, CANCELED)


class ServiceFailure(PluginError):
    """A service could not deliver a usable layer.

    ``url`` is the request that failed; ``info`` holds what the message needs (``status``,
    ``seconds``, ``text``, ``name``, ``fields``, ``what``); ``details`` is for the log only.
    """

    def __init__(self, kind, url, details="", **info):
        super().__init__("{}: {} ({})".format(kind, url, details))
        if kind not in KINDS:
            raise ValueError("unknown failure kind {!r}".format(kind))
        self.kind = kind
        self.url = url
        self.details = details
        self.info = info

    @property
    def host(self):
        return urlsplit(self.url).netloc or self.url



def _short(text, limit=160):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _texts():
    """The message of each failure kind (in the user's language: translated when asked)."""
    return {
        UNREACHABLE: translate("ServiceMessages", "{title}: the server {host} cannot be reached (unknown host or no network). "
                               "Check the network connection and the proxy settings of QGIS."),
        REFUSED: translate("ServiceMessages", "{title}: the server {host} refused the connection; the service is probably down. "
                           "Try again later."),
        TIMEOUT: translate("ServiceMessages", "{title}: the server {host} did not answer within {seconds} s. Try again later."),
        HTTP_CLIENT: translate("ServiceMessages", "{title}: the service at {host} answered with HTTP error {status}; "
                               "its address may have changed. Please tell the plugin maintainers."),
        HTTP_SERVER: translate("ServiceMessages", "{title}: the service at {host} has a server error (HTTP {status}). Try again later."),
        OGC_EXCEPTION: translate("ServiceMessages", "{title}: the service at {host} reported an error: {text}"),
        MALFORMED: translate("ServiceMessages", "{title}: the answer of {host} is damaged or incomplete ({what}). Try again later."),
        EMPTY: translate("ServiceMessages", "{title}: the service at {host} delivered no features."),
        MISSING_NAME: translate("ServiceMessages", "{title}: the service at {host} no longer offers the layer {name}; "
                                "the plugin's catalogue may be out of date. Please tell the plugin maintainers."),
        UNEXPECTED_SCHEMA: translate("ServiceMessages", "{title}: the data of {host} lack the expected fields {fields}; "
                                     "the service has changed. Please tell the plugin maintainers."),
        INVALID_LAYER: translate("ServiceMessages", "{title}: QGIS could not open the layer of {host}."),
        CANCELED: translate("ServiceMessages", "{title}: loading was cancelled."),
        NETWORK: translate("ServiceMessages", "{title}: network error with {host}: {text}"),
    }


def failure_message(failure, title):
    """One message-bar text for ``failure`` while loading the dataset called ``title``."""
    info, host = failure.info, failure.host
    if failure.kind == MISSING_NAME and info.get("search") is not None:
        return info["search"].message(title)  # the capabilities were searched: say what was found
    text = _texts()[failure.kind]
    return text.format(
        title=title, host=host, seconds=info.get("seconds", ""), status=info.get("status", ""),
        text=_short(info.get("text", "")), name=info.get("name", ""), fields=", ".join(info.get("fields", ())),
        what=_short(info.get("what", "")),
    )


def fallback_note(failures):
    """Sentence about the further services that were tried after the first one, or ''."""
    if len(failures) < 2:
        return ""
    hosts = ", ".join(failure.host for failure in failures[1:])
    return translate("ServiceMessages", "The fallback service ({hosts}) failed too.").format(hosts=hosts)


def offline_offer(copy):
    """Sentence offering the offline copy of a dataset (``data.OfflineCopy``), or saying there is none."""
    if copy is None:
        return translate("ServiceMessages", "No offline copy of this dataset is available.")
    if copy.refreshed:
        return translate("ServiceMessages", "You can use the offline snapshot refreshed on {date} instead.").format(date=copy.date)
    return translate("ServiceMessages", "You can use the offline snapshot bundled with the plugin ({date}) instead.").format(date=copy.date)


def offline_button_text(copy):
    if copy.refreshed:
        return translate("ServiceMessages", "Use offline snapshot of {date}").format(date=copy.date)
    return translate("ServiceMessages", "Use bundled snapshot ({date})").format(date=copy.date)


def report_message(title, failures, copy):
    """The whole message-bar text for a dataset none of whose services worked."""
    parts = [failure_message(failures[0], title), fallback_note(failures)]
    if failures[0].kind != CANCELED:
        parts.append(offline_offer(copy))
    return " ".join(part for part in parts if part)


def report_details(title, failures):
    """Text for the log tab: every service tried, with its request and the technical reason."""
    lines = ["{}: no service could be used.".format(title)]
    for failure in failures:
        lines.append("- [{}] {}\n  {}".format(failure.kind, failure.url, failure.details or "-"))
    return "\n".join(lines)


def short_reason(failure):
    """A few words for a list column ("timeout", "HTTP 503", ...)."""
    texts = {
        UNREACHABLE: translate("ServiceMessages", "unreachable"), REFUSED: translate("ServiceMessages", "refused"),
        TIMEOUT: translate("ServiceMessages", "timeout"), OGC_EXCEPTION: translate("ServiceMessages", "service error"),
        MALFORMED: translate("ServiceMessages", "damaged answer"), EMPTY: translate("ServiceMessages", "no features"),
        MISSING_NAME: translate("ServiceMessages", "layer missing"), UNEXPECTED_SCHEMA: translate("ServiceMessages", "fields changed"),
        INVALID_LAYER: translate("ServiceMessages", "unreadable"), NETWORK: translate("ServiceMessages", "network error"),
        CANCELED: translate("ServiceMessages", "cancelled"),
    }
    if failure.kind in (HTTP_CLIENT, HTTP_SERVER):
        return "HTTP {}".format(failure.info.get("status", ""))
    return texts[failure.kind]
