"""Loading catalogue datasets in the background: one ``QgsTask`` per dataset.

The task (worker thread) tries the entry's services in catalogue order (GDI, then FIS-Broker)
and prepares a finished layer; the main thread only adds it to the plugin's layer group. When
no service works, ``loadFailed`` carries a ``LoadFailure`` with the reasons and the offline
copy that can be used instead. Progress and cancel are those of QGIS's task manager.
"""

import traceback
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsFeedback, QgsProject, QgsTask, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ...definitions import properties
from ...definitions import settings as settings_keys
from ..common import log, settings
from ..data import bundled
from . import main_thread
from .failures import CANCELED, INVALID_LAYER, ServiceFailure, report_details, report_message
from .layers import prepare_layer, probe, to_main_thread

# States of a catalogue entry, as the layers panel shows them.
LOADING, LOADED, FAILED = "loading", "loaded", "failed"


def timeout_ms(catalogue, seconds=None):
    try:
        seconds = float(seconds if seconds is not None else settings.value(settings_keys.SERVICE_TIMEOUT, catalogue.timeout_seconds))
    except (TypeError, ValueError):
        seconds = catalogue.timeout_seconds
    return int(max(1.0, seconds) * 1000)


@dataclass
class LoadFailure:
    """No service of ``entry`` gave a usable layer; ``offline`` is the copy to offer (or None)."""

    entry: object
    failures: list
    offline: object = None

    def message(self, language=None):
        return report_message(self.entry.localized_title(language), self.failures, self.offline)

    def details(self):
        return report_details(self.entry.localized_title("en"), self.failures)

    @property
    def kind(self):
        return self.failures[0].kind


def offline_copy_for(entry):
    """The offline copy of ``entry``'s bundled fallback, or None if it has none."""
    if not entry.bundled_dataset:
        return None
    try:
        return bundled.offline_copy(bundled.read_snapshot().dataset(entry.bundled_dataset))
    except (bundled.BundledDataError, KeyError):
        return None


class ServiceLoadTask(QgsTask):
    """Prepare the layer of one catalogue entry in a worker thread."""

    def __init__(self, entry, timeout, page_size, language=None, on_finished=None):
        description = QCoreApplication.translate("ServiceLoader", "Loading {title}").format(title=entry.localized_title(language))
        super().__init__(description, QgsTask.Flag.CanCancel)
        main_thread.prepare()  # the task builds its layer there (see core/main_thread.py)
        self.entry, self.timeout, self.page_size, self.language = entry, timeout, page_size, language
        self.on_finished = on_finished
        self.feedback = QgsFeedback()
        self.layer = self.source = None
        self.failures = []
        self.discarded = []  # unusable layers, handed to the main thread to be freed there

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        for source in self.entry.services:
            if self.isCanceled():
                self.failures.append(ServiceFailure(CANCELED, source.url, "cancelled by the user"))
                return False
            try:
                layer = prepare_layer(self.entry, source, self.timeout, self.page_size, self.feedback, self.setProgress, self.language,
                                      self.discarded)
            except ServiceFailure as failure:
                self.failures.append(failure)
                if failure.kind == CANCELED:
                    return False
                continue
            except Exception:  # noqa: BLE001 - a bug must not kill QGIS; it is reported as such
                self.failures.append(ServiceFailure(INVALID_LAYER, source.url, traceback.format_exc()))
                continue
            self.layer, self.source = to_main_thread(layer), source
            return True
        return False

    def finished(self, result):
        self.discarded.clear()  # on the main thread
        if self.on_finished is not None:
            self.on_finished(self, result)


class AvailabilityTask(QgsTask):
    """Ask each entry's services for their capabilities; ``results`` maps id -> (source, failures)."""

    def __init__(self, entries, timeout, on_finished=None):
        super().__init__(QCoreApplication.translate("ServiceLoader", "Checking the Geoportal services"), QgsTask.Flag.CanCancel)
        main_thread.prepare()  # requests of tasks run on the main thread (see core/network.py)
        self.entries, self.timeout, self.on_finished = list(entries), timeout, on_finished
        self.feedback = QgsFeedback()
        self.results = {}

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        for number, entry in enumerate(self.entries):
            failures = []
            for source in entry.services:
                if self.isCanceled():
                    return False
                try:
                    probe(source, self.timeout, self.feedback)
                except ServiceFailure as failure:
                    failures.append(failure)
                    continue
                self.results[entry.id] = (source, failures)
                break
            else:
                self.results[entry.id] = (None, failures)
            self.setProgress(100 * (number + 1) / len(self.entries))
        return True

    def finished(self, result):
        if self.on_finished is not None:
            self.on_finished(self, result)


#: Where a layer goes in the plugin's group: points on top, map images, outlines, filled areas.
def _rank(layer):
    if not isinstance(layer, QgsVectorLayer):
        return 1
    if layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry:
        return 0
    return 3 if layer.customProperty(properties.DATASET, "").startswith("mss") else 2


def add_to_group(layer, project=None):
    """Add a valid layer to the plugin's group, below layers that should stay above it."""
    project = project or QgsProject.instance()
    group = bundled.plugin_group(project)
    rank = _rank(layer)
    position = 0
    for index, node in enumerate(group.children()):
        other = getattr(node, "layer", lambda: None)()
        if other is not None and _rank(other) <= rank:
            position = index + 1
    project.addMapLayer(layer, False)
    group.insertLayer(position, layer)
    return layer


class ServiceLoader(QObject):
    """Starts load and availability tasks and adds finished layers on the main thread."""

    stateChanged = pyqtSignal(str, str)  # entry id, LOADING / LOADED / FAILED
    layerAdded = pyqtSignal(str, object)  # entry id, layer
    loadFailed = pyqtSignal(object)  # LoadFailure
    availabilityChecked = pyqtSignal(str, object, list)  # entry id, working source or None, failures

    def __init__(self, catalogue, project=None, language=None, parent=None, timeout_seconds=None):
        super().__init__(parent)
        self.catalogue, self.project, self.language = catalogue, project, language
        self.timeout_seconds = timeout_seconds  # None: the setting, else the catalogue's default
        self.tasks = {}
        self.availability_task = None

    def task_manager(self):
        return QgsApplication.taskManager()

    def load(self, entry_ids):
        """Start loading the given entries (those already loading are skipped); return the tasks."""
        started = []
        for entry_id in entry_ids:
            if entry_id in self.tasks:
                continue
            entry = self.catalogue.entry(entry_id)
            task = ServiceLoadTask(entry, timeout_ms(self.catalogue, self.timeout_seconds), self.catalogue.page_size, self.language,
                                   self._finished)
            self.tasks[entry_id] = task
            self.stateChanged.emit(entry_id, LOADING)
            self.task_manager().addTask(task)
            started.append(task)
        return started

    def load_standard_set(self):
        return self.load(self.catalogue.standard_set)

    def busy(self):
        return bool(self.tasks) or self.availability_task is not None

    def cancel_all(self, detach=False):
        """Cancel running tasks; with ``detach`` their results no longer reach this loader
        (the plugin unloads: the layers would have no panel and no project to go to)."""
        tasks = list(self.tasks.values()) + ([self.availability_task] if self.availability_task is not None else [])
        for task in tasks:
            if detach:
                task.on_finished = None
            task.cancel()
        if detach:
            self.tasks.clear()
            self.availability_task = None

    def _finished(self, task, result):
        entry = task.entry
        self.tasks.pop(entry.id, None)
        if result and task.layer is not None and task.layer.isValid():
            add_to_group(task.layer, self.project)
            log.info("Loaded {} from {} ({})".format(entry.id, task.source.url, task.source.generation))
            self.layerAdded.emit(entry.id, task.layer)
            self.stateChanged.emit(entry.id, LOADED)
            return
        failures = task.failures or [ServiceFailure(CANCELED, entry.services[0].url, "task ended without result")]
        failure = LoadFailure(entry, failures, offline_copy_for(entry))
        self.stateChanged.emit(entry.id, FAILED)
        self.loadFailed.emit(failure)

    def check_availability(self, entry_ids=None):
        """Probe the services of the given entries (default: all) in one background task."""
        if self.availability_task is not None:
            return None
        entries = [self.catalogue.entry(i) for i in entry_ids] if entry_ids else list(self.catalogue.entries)
        self.availability_task = AvailabilityTask(entries, timeout_ms(self.catalogue, self.timeout_seconds), self._checked)
        self.task_manager().addTask(self.availability_task)
        return self.availability_task

    def _checked(self, task, result):
        self.availability_task = None
        for entry_id, (source, failures) in task.results.items():
            self.availabilityChecked.emit(entry_id, source, failures)
