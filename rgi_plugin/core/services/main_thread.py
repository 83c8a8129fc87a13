"""Create provider layers on the main thread, also when asked from a QgsTask.

QGIS 3.22's WFS provider crashes now and then when it is constructed in a worker thread while the
main thread processes events (seen as segfaults and aborts in the tests, about one run in eight),
and two constructions must not overlap (see ``_one_at_a_time``).
So tasks ask the main thread to construct the layer (a blocking queued signal) and keep the slow
parts (capabilities, feature download, checks) for themselves. The layers then also live in the
main thread, where QGIS keeps its layers.
"""

import threading

from qgis.core import QgsApplication, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, Qt, QThread, pyqtSignal

_CLASSES = {"vector": QgsVectorLayer, "raster": QgsRasterLayer}


class _LayerFactory(QObject):
    requested = pyqtSignal(object)

    def __init__(self):
        super().__init__()
        self.requested.connect(self._create, Qt.ConnectionType.BlockingQueuedConnection)

    def _create(self, box):
        kind, uri, name, provider = box["args"]
        box["layer"] = _CLASSES[kind](uri, name, provider)


_factory = None
#: One construction at a time: a provider's constructor runs a nested event loop (its own
#: requests), and a second construction delivered inside it aborted QGIS 3.22.
_one_at_a_time = threading.Lock()


def on_main_thread():
    return QThread.currentThread() == QgsApplication.instance().thread()


def prepare():
    """Make the factory; call on the main thread before starting tasks that create layers."""
    global _factory
    if _factory is None:
        if not on_main_thread():
            raise RuntimeError("main_thread.prepare() must run on the main thread")
        _factory = _LayerFactory()
        from . import network

        network.prepare()  # and the requests of tasks run there too
    return _factory


def create_layer(kind, uri, name, provider):
    """A ``QgsVectorLayer`` (kind "vector") or ``QgsRasterLayer`` ("raster") built on the main thread.

    From a worker thread this blocks until the main thread has built it, so the main thread must
    not be waiting for that worker without processing events.
    """
    if on_main_thread():
        return _CLASSES[kind](uri, name, provider)
    if _factory is None:
        raise RuntimeError("main_thread.prepare() was not called on the main thread")
    box = {"args": (kind, uri, name, provider)}
    with _one_at_a_time:
        _factory.requested.emit(box)
    return box["layer"]
