"""HTTP through QGIS's network stack (proxy, authentication and SSL settings of the user).

``get`` blocks its caller until the answer is there, each request with an explicit timeout;
failures become a ``ServiceFailure`` of the right kind. The plugin calls it from the worker
threads of its tasks (``QgsTask.run``): the request itself then runs on the main thread's
``QgsNetworkAccessManager`` (``_MainThreadFetcher``), which must keep processing events, while
the worker waits. Called on the main thread (tests, scripts), it waits in a local event loop.

Not ``QgsBlockingNetworkRequest``: in QGIS 3.22 cancelling it through its feedback can leave it
waiting for ever (its ``abort`` deletes the reply without ending its event loop; seen in about
one cancel out of eight).
"""

import threading

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .failures import CANCELED, HTTP_CLIENT, HTTP_SERVER, MALFORMED, NETWORK, REFUSED, TIMEOUT, UNREACHABLE, ServiceFailure

_UNREACHABLE = {QNetworkReply.NetworkError.HostNotFoundError, QNetworkReply.NetworkError.UnknownNetworkError,
                QNetworkReply.NetworkError.NetworkSessionFailedError, QNetworkReply.NetworkError.TemporaryNetworkFailureError,
                QNetworkReply.NetworkError.ProxyNotFoundError, QNetworkReply.NetworkError.ProxyConnectionRefusedError}
_TIMEOUT = {QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError,
            QNetworkReply.NetworkError.ProxyTimeoutError}


class _Answer:
    """What a finished reply said, read on the main thread (the reply itself stays there)."""

    def __init__(self, reply):
        self.error = reply.error()
        self.status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        self.error_string = reply.errorString()
        self.body = bytes(reply.readAll()) if self.error == QNetworkReply.NetworkError.NoError else b""


class _Job:
    def __init__(self, request):
        self.request = request
        self.reply = None
        self.answer = None
        self.done = threading.Event()


class _MainThreadFetcher(QObject):
    """Runs the requests of worker threads on the main thread's QgsNetworkAccessManager.

    QGIS 3.22 crashed now and then (segfaults in the main thread, about one test run in four) when
    tasks used their per-thread network access manager; the main one has none of that trouble and
    carries the user's proxy, authentication and SSL settings all the same.
    """

    started = pyqtSignal(object)
    aborted = pyqtSignal(object)

    def __init__(self):
        super().__init__()
        self.started.connect(self._start, Qt.ConnectionType.QueuedConnection)
        self.aborted.connect(self._abort, Qt.ConnectionType.QueuedConnection)

    def _start(self, job):
        job.reply = QgsNetworkAccessManager.instance().get(job.request)
        job.reply.finished.connect(lambda: self._finish(job))

    def _finish(self, job):
        job.answer = _Answer(job.reply)
        job.reply.deleteLater()
        job.done.set()

    def _abort(self, job):
        if job.reply is not None and not job.reply.isFinished():
            job.reply.abort()


_fetcher = None


def prepare():
    """Make the fetcher; call on the main thread before tasks that use ``get`` start."""
    global _fetcher
    if _fetcher is None:
        _fetcher = _MainThreadFetcher()
    return _fetcher


def _request(url, timeout_ms):
    request = QNetworkRequest(QUrl(url))
    request.setTransferTimeout(int(timeout_ms))
    request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork)
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
    return request


def get(url, timeout_ms, feedback=None):
    """Fetch ``url`` and return the body as ``bytes``; raise ``ServiceFailure`` otherwise.

    ``timeout_ms`` bounds the time without data (Qt's transfer timeout); ``feedback`` (a
    ``QgsFeedback``) cancels the request. From a worker thread the request runs on the main
    thread (see ``_MainThreadFetcher``), which must be processing events.
    """
    request = _request(url, timeout_ms)
    if QThread.currentThread() == QCoreApplication.instance().thread():
        reply = QgsNetworkAccessManager.instance().get(request)
        loop = QEventLoop()
        reply.finished.connect(loop.quit)
        watchdog = QTimer()
        watchdog.setInterval(50)
        watchdog.timeout.connect(lambda: reply.abort() if feedback is not None and feedback.isCanceled() else None)
        watchdog.start()
        if not reply.isFinished():
            loop.exec()
        watchdog.stop()
        answer = _Answer(reply)
        reply.deleteLater()
        return _result(url, answer, timeout_ms, feedback)
    if _fetcher is None:
        raise RuntimeError("network.prepare() was not called on the main thread")
    job = _Job(request)
    _fetcher.started.emit(job)
    aborted = False
    while not job.done.wait(0.05):
        if not aborted and feedback is not None and feedback.isCanceled():
            _fetcher.aborted.emit(job)
            aborted = True
    return _result(url, job.answer, timeout_ms, feedback)


def _result(url, answer, timeout_ms, feedback):
    error = answer.error
    status = answer.status
    details = "{} (Qt error {}, HTTP status {})".format(answer.error_string, int(error), status)
    if feedback is not None and feedback.isCanceled():
        raise ServiceFailure(CANCELED, url, "cancelled by the user")
    if status is not None and int(status) >= 400:
        kind = HTTP_SERVER if int(status) >= 500 else HTTP_CLIENT
        raise ServiceFailure(kind, url, details, status=int(status))
    if error == QNetworkReply.NetworkError.NoError:
        return answer.body
    if error == QNetworkReply.NetworkError.ConnectionRefusedError:
        raise ServiceFailure(REFUSED, url, details)
    if error in _UNREACHABLE:
        raise ServiceFailure(UNREACHABLE, url, details)
    if error in _TIMEOUT:
        raise ServiceFailure(TIMEOUT, url, details, seconds=round(timeout_ms / 1000))
    if error == QNetworkReply.NetworkError.RemoteHostClosedError:
        raise ServiceFailure(MALFORMED, url, details, what="connection closed before the answer was complete")
    raise ServiceFailure(NETWORK, url, details, text=answer.error_string)
