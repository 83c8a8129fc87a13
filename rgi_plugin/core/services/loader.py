"""Loading catalogue datasets in the background: one task per dataset (``tasks.py``).

The task (worker thread) tries the entry's services in catalogue order (GDI, then FIS-Broker)
and prepares a finished layer; the main thread only adds it to the plugin's layer group. When
no service works, ``loadFailed`` carries a ``LoadFailure`` with the reasons and the offline
copy that can be used instead. Progress and cancel are those of QGIS's task manager.
"""

import json
from dataclasses import dataclass
from datetime import date

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ...definitions import settings as settings_keys
from ...definitions.datasets import MSS_EDITIONS
from .. import data
from ..common import log, settings
from .failures import CANCELED, ServiceFailure, report_details, report_message
from .layers import LICENCE_PROPERTY, MOVED_PROPERTY
from .tasks import AvailabilityTask, ServiceLoadTask

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
    offline_edition: str = ""  # the offline copy holds another edition of the dataset (e.g. "MSS 2021")

    def message(self, language=None):
        text = report_message(self.entry.localized_title(language), self.failures, self.offline)
        if self.offline is not None and self.offline_edition and self.kind != CANCELED:
            text += " " + QCoreApplication.translate("ServiceLoader", "The offline copy is another edition: {edition}.").format(
                edition=self.offline_edition)
        return text

    def details(self):
        return report_details(self.entry.localized_title("en"), self.failures)

    @property
    def kind(self):
        return self.failures[0].kind


def offline_copy_for(entry, catalogue=None):
    """(offline copy, edition note) of ``entry``'s bundled fallback; (None, "") if it has none.

    An edition without a bundled copy (MSS 2025) offers the newest other edition of its group
    that has one, and says which edition that is.
    """
    dataset, note = entry.bundled_dataset, ""
    if not dataset and entry.edition_of and catalogue is not None:
        for other in catalogue.editions(entry.edition_of):
            if other.bundled_dataset:
                dataset, note = other.bundled_dataset, other.edition
                break
    if not dataset:
        return None, ""
    try:
        return data.offline_copy(data.read_snapshot().dataset(dataset)), note
    except (data.BundledDataError, KeyError):
        return None, ""


def chosen_editions():
    """{edition group: chosen entry id} from the settings (the panel's MSS edition chooser)."""
    chosen = settings.value(settings_keys.MSS_EDITION, "") or ""
    return {MSS_EDITIONS: chosen} if chosen else {}


def licence_read(entry_id):
    """What the service of ``entry_id`` last stated about its licence: {text, origin, licence_id, read_on} or None."""
    try:
        value = json.loads(settings.value(settings_keys.licence_read(entry_id), "") or "null")
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def remember_licence(entry_id, layer, today=None):
    """Keep what the service of a loaded layer stated about its licence (for *Quellen und Lizenzen*)."""
    stated = layer.customProperty(LICENCE_PROPERTY, "")
    if stated:
        value = dict(json.loads(stated), read_on=today or date.today().isoformat())
        settings.set_value(settings_keys.licence_read(entry_id), json.dumps(value, ensure_ascii=False))


class ServiceLoader(QObject):
    """Starts load and availability tasks and adds finished layers on the main thread."""

    stateChanged = pyqtSignal(str, str)  # entry id, LOADING / LOADED / FAILED
    layerAdded = pyqtSignal(str, object)  # entry id, layer
    loadFailed = pyqtSignal(object)  # LoadFailure
    availabilityChecked = pyqtSignal(str, object, list)  # entry id, working source or None, failures
    nameMoved = pyqtSignal(str, str)  # entry id, the report ("Layer X heißt jetzt Y")

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
        """The standard set with the chosen MSS edition (the newest unless the user chose another)."""
        return self.load(self.catalogue.standard_ids(chosen_editions()))

    def busy(self):
        return bool(self.tasks) or self.availability_task is not None

    def cancel_all(self, detach=False):
        """Cancel running tasks; with ``detach`` their results no longer reach this loader
        (the plugin unloads: the layers would have no panel and no project to go to)."""
        tasks = list(self.tasks.values()) + ([self.availability_task] if self.availability_task is not None else [])
        for task in tasks:
            if detach:
                task.detach()
            task.cancel()
        if detach:
            self.tasks.clear()
            self.availability_task = None

    def _finished(self, task, result):
        entry = task.entry
        self.tasks.pop(entry.id, None)
        if result and task.layer is not None and task.layer.isValid():
            data.add_to_group(task.layer, self.project)
            log.info("Loaded {} from {} ({})".format(entry.id, task.source.url, task.source.generation))
            remember_licence(entry.id, task.layer)
            moved = task.layer.customProperty(MOVED_PROPERTY, "")
            if moved:
                log.warning(moved)
                self.nameMoved.emit(entry.id, moved)
            self.layerAdded.emit(entry.id, task.layer)
            self.stateChanged.emit(entry.id, LOADED)
            return
        failures = task.failures or [ServiceFailure(CANCELED, entry.services[0].url, "task ended without result")]
        failure = LoadFailure(entry, failures, *offline_copy_for(entry, self.catalogue))
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
