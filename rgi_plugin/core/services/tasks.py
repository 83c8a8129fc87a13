"""The background tasks of the services: load one catalogue entry, check which services answer.

Each runs in a worker thread (``QgsTask``): requests through ``network`` and layers built by
``main_thread``, both prepared here on the main thread. Cancel is QGIS's task manager's; the
result reaches ``on_finished`` on the main thread, where unusable layers are freed.
"""

import traceback

from qgis.core import QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from . import main_thread
from .failures import CANCELED, INVALID_LAYER, ServiceFailure
from .layers import prepare_layer, probe, to_main_thread


class ServiceTask(QgsTask):
    """What the services' tasks share: cancel through ``feedback``, the result to ``on_finished``
    on the main thread, and there the layers in ``discarded`` freed (made in the worker thread,
    they must not be deleted there)."""

    def __init__(self, description, on_finished=None):
        super().__init__(description, QgsTask.Flag.CanCancel)
        main_thread.prepare()  # tasks build their layers and send their requests there
        self.on_finished = on_finished
        self.feedback = QgsFeedback()
        self.discarded = []

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def detach(self):
        """The result no longer reaches anyone (the plugin unloads)."""
        self.on_finished = None

    def finished(self, result):
        self.discarded.clear()  # on the main thread
        if self.on_finished is not None:
            self.on_finished(self, result)


def first_working(services, attempt, feedback=None):
    """Try ``attempt(source)`` on each service in catalogue order (GDI, then FIS-Broker) until one
    works: ``(result, source, failures)``, with ``(None, None, failures)`` when none did. A
    ``ServiceFailure`` moves on to the next service; a cancel ends the search (its failure last)."""
    failures = []
    for source in services:
        if feedback is not None and feedback.isCanceled():
            failures.append(ServiceFailure(CANCELED, source.url, "cancelled by the user"))
            break
        try:
            return attempt(source), source, failures
        except ServiceFailure as failure:
            failures.append(failure)
            if failure.kind == CANCELED:
                break
    return None, None, failures


class ServiceLoadTask(ServiceTask):
    """Prepare the layer of one catalogue entry in a worker thread."""

    def __init__(self, entry, timeout, page_size, language=None, on_finished=None):
        description = QCoreApplication.translate("ServiceLoader", "Loading {title}").format(title=entry.localized_title(language))
        super().__init__(description, on_finished)
        self.entry, self.timeout, self.page_size, self.language = entry, timeout, page_size, language
        self.layer = self.source = None
        self.failures = []

    def _prepare(self, source):
        try:
            return prepare_layer(self.entry, source, self.timeout, self.page_size, self.feedback, self.setProgress, self.language,
                                 self.discarded)
        except ServiceFailure:
            raise
        except Exception as error:  # noqa: BLE001 - a bug must not kill QGIS; it is reported as such
            raise ServiceFailure(INVALID_LAYER, source.url, traceback.format_exc()) from error

    def run(self):
        layer, self.source, self.failures = first_working(self.entry.services, self._prepare, self.feedback)
        if layer is None:
            return False
        self.layer = to_main_thread(layer)
        return True


class AvailabilityTask(ServiceTask):
    """Ask each entry's services for their capabilities; ``results`` maps id -> (source, failures)."""

    def __init__(self, entries, timeout, on_finished=None):
        super().__init__(QCoreApplication.translate("ServiceLoader", "Checking the Geoportal services"), on_finished)
        self.entries, self.timeout = list(entries), timeout
        self.results = {}

    def run(self):
        for number, entry in enumerate(self.entries):
            def check(source, entry=entry):
                return probe(source, self.timeout, self.feedback, entry)

            _, source, failures = first_working(entry.services, check, self.feedback)
            if self.isCanceled():
                return False
            self.results[entry.id] = (source, failures)
            self.setProgress(100 * (number + 1) / len(self.entries))
        return True
