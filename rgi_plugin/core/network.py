"""HTTP through QGIS's network stack (proxy, authentication and SSL settings of the user).

Blocking requests, so only for ``QgsTask.run`` (never the main thread), each with an explicit
timeout. Failures become a ``ServiceFailure`` of the right kind.

The request goes through ``QgsNetworkAccessManager`` (the per-thread instance QGIS gives a
worker thread) with a local event loop, not through ``QgsBlockingNetworkRequest``: in QGIS
3.22 cancelling the latter through its feedback can leave it waiting for ever (its ``abort``
deletes the reply without ending its event loop; seen in about one cancel out of eight).
"""

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .service_failures import (
    CANCELED,
    HTTP_CLIENT,
    HTTP_SERVER,
    MALFORMED,
    NETWORK,
    REFUSED,
    TIMEOUT,
    UNREACHABLE,
    ServiceFailure,
)

_UNREACHABLE = {QNetworkReply.HostNotFoundError, QNetworkReply.UnknownNetworkError,
                QNetworkReply.NetworkSessionFailedError, QNetworkReply.TemporaryNetworkFailureError,
                QNetworkReply.ProxyNotFoundError, QNetworkReply.ProxyConnectionRefusedError}
_TIMEOUT = {QNetworkReply.TimeoutError, QNetworkReply.OperationCanceledError, QNetworkReply.ProxyTimeoutError}


def get(url, timeout_ms, feedback=None):
    """Fetch ``url`` and return the body as ``bytes``; raise ``ServiceFailure`` otherwise.

    ``timeout_ms`` bounds the time without data (Qt's transfer timeout); ``feedback`` (a
    ``QgsFeedback``) cancels the request.
    """
    request = QNetworkRequest(QUrl(url))
    request.setTransferTimeout(int(timeout_ms))
    request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
    request.setAttribute(QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.NoLessSafeRedirectPolicy)
    reply = QgsNetworkAccessManager.instance().get(request)
    loop = QEventLoop()
    reply.finished.connect(loop.quit)
    watchdog = QTimer()
    watchdog.setInterval(50)
    watchdog.timeout.connect(lambda: reply.abort() if feedback is not None and feedback.isCanceled() else None)
    watchdog.start()
    if not reply.isFinished():
        loop.exec_()
    watchdog.stop()
    try:
        return _result(url, reply, timeout_ms, feedback)
    finally:
        reply.deleteLater()


def _result(url, reply, timeout_ms, feedback):
    error = reply.error()
    status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
    details = "{} (Qt error {}, HTTP status {})".format(reply.errorString(), int(error), status)
    if feedback is not None and feedback.isCanceled():
        raise ServiceFailure(CANCELED, url, "cancelled by the user")
    if status is not None and int(status) >= 400:
        kind = HTTP_SERVER if int(status) >= 500 else HTTP_CLIENT
        raise ServiceFailure(kind, url, details, status=int(status))
    if error == QNetworkReply.NoError:
        return bytes(reply.readAll())
    if error == QNetworkReply.ConnectionRefusedError:
        raise ServiceFailure(REFUSED, url, details)
    if error in _UNREACHABLE:
        raise ServiceFailure(UNREACHABLE, url, details)
    if error in _TIMEOUT:
        raise ServiceFailure(TIMEOUT, url, details, seconds=round(timeout_ms / 1000))
    if error == QNetworkReply.RemoteHostClosedError:
        raise ServiceFailure(MALFORMED, url, details, what="connection closed before the answer was complete")
    raise ServiceFailure(NETWORK, url, details, text=reply.errorString())
