"""A map drawn headless, as QGIS draws it, and the colours in it."""

from collections import Counter

from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def render(layers, extent, size, path=None, crs=None):
    """``layers`` (top first) drawn in ``extent`` at ``size`` pixels on white, in ``crs`` (default:
    the first layer's); saved to ``path`` if given. Returns the QImage."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs or layers[0].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if path is not None:
        image.save(str(path))
    return image


def colours(image, step=4):
    """How often each colour (as QRgb) occurs in a grid of pixels ``step`` apart."""
    return Counter(image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step))
