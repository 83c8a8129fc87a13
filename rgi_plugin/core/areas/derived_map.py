"""Rendering the GI map for ``derived``: the GetMap tiles over Berlin, the raster of the LOR 2021
Planungsräume on the same grid, the covered pixels counted per Planungsraum, and the task that
does it in the background and then calls ``derived.assign``."""

import math
from dataclasses import dataclass
from datetime import date

from qgis.core import QgsFeedback, QgsGeometry, QgsRectangle, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QPointF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPolygonF

from ..services import network, ogc
from ..services.failures import CANCELED, MALFORMED, ServiceFailure
from .derived import DEFAULT_THRESHOLD, CurrentArea, DerivationError, Planungsraum, assign

translate = QCoreApplication.translate

MIN_PIXELS_PER_PLR = 400
TILE_PIXELS = 1024
#: Pixel size bounds in metres: finer is pointless for LOR units, coarser loses small ones.
PIXEL_SIZE_RANGE = (2.0, 25.0)



def pixel_size_for(planungsraeume, min_pixels=MIN_PIXELS_PER_PLR):
    """Metres per pixel so that the smallest Planungsraum gets ``min_pixels`` pixels."""
    smallest = min(plr.geometry.area() for plr in planungsraeume)
    low, high = PIXEL_SIZE_RANGE
    return max(low, min(high, math.floor(math.sqrt(smallest / min_pixels) * 10) / 10))


@dataclass(frozen=True)
class Tile:
    xmin: float
    ymin: float
    width: int
    height: int
    pixel_size: float

    @property
    def extent(self):
        return QgsRectangle(self.xmin, self.ymin, self.xmin + self.width * self.pixel_size, self.ymin + self.height * self.pixel_size)


def tiles_for(extent, pixel_size, tile_pixels=TILE_PIXELS):
    """Tiles covering ``extent`` (snapped to the pixel grid), row by row from the top."""
    columns = math.ceil(extent.width() / pixel_size)
    rows = math.ceil(extent.height() / pixel_size)
    tiles = []
    for row in range(0, rows, tile_pixels):
        for column in range(0, columns, tile_pixels):
            width, height = min(tile_pixels, columns - column), min(tile_pixels, rows - row)
            top = extent.yMaximum() - row * pixel_size
            tiles.append(Tile(extent.xMinimum() + column * pixel_size, top - height * pixel_size, width, height, pixel_size))
    return tiles


def getmap_url(service_url, layer, tile, crs="EPSG:25833"):
    """WMS 1.3.0 GetMap of one tile (EPSG:25833 has easting/northing axis order)."""
    box = tile.extent
    return ogc.request_url(service_url, SERVICE="WMS", VERSION="1.3.0", REQUEST="GetMap", LAYERS=layer, STYLES="", CRS=crs,
                           BBOX="{:.3f},{:.3f},{:.3f},{:.3f}".format(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
                           WIDTH=tile.width, HEIGHT=tile.height, FORMAT="image/png", TRANSPARENT="TRUE")


def _array(image):
    import numpy

    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    buffer = image.constBits()
    buffer.setsize(image.sizeInBytes() if hasattr(image, "sizeInBytes") else image.byteCount())
    data = numpy.frombuffer(buffer, dtype=numpy.uint8).reshape(image.height(), image.bytesPerLine())
    return data[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()  # B, G, R, A


def covered_mask(image):
    """Pixels the map draws on: mostly opaque and not white (a server may ignore TRANSPARENT)."""
    pixels = _array(image)
    white = (pixels[:, :, 0] >= 250) & (pixels[:, :, 1] >= 250) & (pixels[:, :, 2] >= 250)
    return (pixels[:, :, 3] >= 128) & ~white


def _path(geometry, tile):
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    top = tile.ymin + tile.height * tile.pixel_size
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    for polygon in parts:
        for ring in polygon:
            path.addPolygon(QPolygonF([QPointF((p.x() - tile.xmin) / tile.pixel_size, (top - p.y()) / tile.pixel_size) for p in ring]))
    return path


def planungsraum_ids(planungsraeume, tile):
    """An array of the tile's size: 1 + index of the Planungsraum at each pixel centre, 0 for none."""
    image = QImage(tile.width, tile.height, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    box = tile.extent
    for index, plr in enumerate(planungsraeume):
        if not plr.geometry.boundingBox().intersects(box):
            continue
        painter.setBrush(QBrush(QColor.fromRgb(0xFF000000 | (index + 1))))
        painter.drawPath(_path(plr.geometry, tile))
    painter.end()
    pixels = _array(image).astype("int64")
    return (pixels[:, :, 2] << 16) | (pixels[:, :, 1] << 8) | pixels[:, :, 0]


def count_tile(planungsraeume, tile, image, totals, covered):
    """Add the tile's pixel counts per Planungsraum to ``totals`` and ``covered`` (numpy arrays)."""
    import numpy

    if image.width() != tile.width or image.height() != tile.height:
        raise ValueError("GetMap answered {}x{} pixels for a {}x{} tile".format(image.width(), image.height(), tile.width, tile.height))
    ids = planungsraum_ids(planungsraeume, tile)
    mask = covered_mask(image)
    size = len(planungsraeume) + 1
    totals += numpy.bincount(ids.ravel(), minlength=size)
    covered += numpy.bincount(ids[mask].ravel(), minlength=size)


# -- the task -----------------------------------------------------------------------------------


class DeriveBoundariesTask(QgsTask):
    """Render the GI map in tiles and derive the composition (worker thread; cancel in the task manager).

    ``planungsraeume``: list of ``Planungsraum`` (LOR 2021); ``areas``: today's ``CurrentArea``.
    ``on_finished(task, ok)`` runs on the main thread; ``task.result`` is a ``Derivation``,
    ``task.failure`` a ``ServiceFailure`` or ``DerivationError`` when it failed.
    """

    def __init__(self, service_url, layer, planungsraeume, areas, timeout_ms, threshold=DEFAULT_THRESHOLD,
                 min_pixels=MIN_PIXELS_PER_PLR, on_finished=None, today=None):
        super().__init__(translate("DerivedBoundaries", "Deriving the Handlungsräume from the Geoportal map"), QgsTask.Flag.CanCancel)
        network.prepare()
        self.service_url, self.layer, self.timeout_ms = service_url, layer, timeout_ms
        self.planungsraeume = [Planungsraum(p.plr_id, p.name, p.bezirk, QgsGeometry(p.geometry)) for p in planungsraeume]
        self.areas = [CurrentArea(a.code, a.name, a.bezirke, QgsGeometry(a.geometry), a.plr_ids) for a in areas]
        self.threshold, self.min_pixels = threshold, min_pixels
        self.on_finished = on_finished
        self.today = today or date.today().isoformat()
        self.feedback = QgsFeedback()
        self.result = self.failure = None
        self.requests = 0

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        try:
            self.result = self.derive()
            return True
        except (ServiceFailure, DerivationError) as failure:
            self.failure = failure
            return False

    def derive(self):
        import numpy

        if not self.planungsraeume:
            raise DerivationError("no Planungsraum to derive the areas on")
        if not self.layer:  # the catalogue names no layer: the topmost named one of the capabilities
            url = ogc.request_url(self.service_url, SERVICE="WMS", REQUEST="GetCapabilities", VERSION="1.3.0")
            capabilities = ogc.parse_capabilities(network.get(url, self.timeout_ms, self.feedback), url, "WMS")
            self.layer = ogc.resolve_name(capabilities, None, url)
        pixel_size = pixel_size_for(self.planungsraeume, self.min_pixels)
        extent = QgsRectangle()
        for plr in self.planungsraeume:
            extent.combineExtentWith(plr.geometry.boundingBox())
        extent = extent.buffered(pixel_size)
        tiles = tiles_for(extent, pixel_size)
        totals = numpy.zeros(len(self.planungsraeume) + 1, dtype=numpy.int64)
        covered = numpy.zeros_like(totals)
        for number, tile in enumerate(tiles):
            if self.feedback.isCanceled():
                raise ServiceFailure(CANCELED, self.service_url, "cancelled by the user")
            url = getmap_url(self.service_url, self.layer, tile)
            data = network.get(url, self.timeout_ms, self.feedback)
            self.requests += 1
            image = QImage.fromData(data)
            if image.isNull():
                ogc.check_xml_answer(data, url, "GetMap")  # an exception report says why
                raise ServiceFailure(MALFORMED, url, "GetMap answer is no image", what="no image")
            try:
                count_tile(self.planungsraeume, tile, image, totals, covered)
            except ValueError as error:
                raise ServiceFailure(MALFORMED, url, str(error), what=str(error)) from error
            self.setProgress(90 * (number + 1) / len(tiles))
        missing = [plr.plr_id for index, plr in enumerate(self.planungsraeume) if totals[index + 1] == 0]
        if missing:
            raise DerivationError("Planungsräume without a pixel at {} m: {}".format(pixel_size, ", ".join(missing)))
        shares = {plr.plr_id: float(covered[index + 1]) / float(totals[index + 1]) for index, plr in enumerate(self.planungsraeume)}
        result = assign(shares, {plr.plr_id: plr for plr in self.planungsraeume}, self.areas, self.threshold)
        result.derived_on, result.service_url, result.layer, result.pixel_size = self.today, self.service_url, self.layer, pixel_size
        self.setProgress(100)
        return result

    def finished(self, ok):
        if self.on_finished is not None:
            self.on_finished(self, ok)

