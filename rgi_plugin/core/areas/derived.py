"""The Handlungsräume derived from the Geoportal's official map (WMS) at Planungsraum level.

The GI areas are published only as a map image (``k_gemeinschaftsinitiative_quartier``, no WFS,
no GetFeatureInfo). ``DeriveBoundariesTask`` renders that WMS over Berlin in tiles (GetMap,
transparent PNG) at a resolution that gives the smallest Planungsraum ``MIN_PIXELS_PER_PLR``
pixels, rasterises the LOR 2021 Planungsräume on the same grid, and counts for every
Planungsraum the share of its pixels the map covers. Then, in ``assign``:

1. a Planungsraum whose share is above ``threshold`` (default 50 %) is covered; shares between
   ``noise`` and ``1 - noise`` are partial and reported either way;
2. covered Planungsräume that touch form connected regions;
3. a region goes to the one Handlungsraum whose current approximation it overlaps in the same
   Bezirk; a region that meets several is split by Bezirk, then by the approximation (each
   Planungsraum to the one candidate whose approximation holds it); what stays ambiguous, and
   a region that meets none, is reported and left out, never guessed.

The result replaces the approximation in the user's profile (a GeoPackage written by
``write_geopackage``), labelled "abgeleitet aus dem Kartendienst des Geoportals (date)", with
the per-Planungsraum shares kept as attributes. Pure ``qgis.core`` plus numpy; the requests go
through ``network.get`` (QGIS's network stack), so the task's ``run`` never touches widgets.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from qgis.core import (
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsTask,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QPointF, Qt, QVariant
from qgis.PyQt.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPolygonF

from ..services import network, ogc
from ..services.failures import CANCELED, MALFORMED, ServiceFailure

translate = QCoreApplication.translate

DEFAULT_THRESHOLD = 0.5
#: Shares below this (or above 1 minus it) are edge noise of two renderers drawing one border.
DEFAULT_NOISE = 0.05
MIN_PIXELS_PER_PLR = 400
TILE_PIXELS = 1024
#: Pixel size bounds in metres: finer is pointless for LOR units, coarser loses small ones.
PIXEL_SIZE_RANGE = (2.0, 25.0)
#: Two Planungsräume closer than this (metres) are neighbours in one region.
TOUCH_DISTANCE = 1.0
#: The label every derived boundary carries (the date is filled in).
SOURCE_LABEL = "abgeleitet aus dem Kartendienst des Geoportals ({date})"

# Kinds of findings (stable identifiers for the log, the panel and the tests).
PARTIAL = "partial"
AMBIGUOUS = "ambiguous"
UNMATCHED = "unmatched"
MISSING = "missing"
SPLIT = "split"

AREA_LAYER = "handlungsraeume"
SHARES_LAYER = "planungsraum_anteile"


class DerivationError(Exception):
    """The derivation cannot run or its result cannot be written; the message says why."""


@dataclass(frozen=True)
class Planungsraum:
    plr_id: str
    name: str
    bezirk: str
    geometry: QgsGeometry


@dataclass(frozen=True)
class CurrentArea:
    """A Handlungsraum as the plugin draws it today (the approximation): code, Bezirke, geometry."""

    code: str
    name: str
    bezirke: tuple
    geometry: QgsGeometry
    plr_ids: tuple = ()


@dataclass(frozen=True)
class Finding:
    kind: str
    plr_ids: tuple
    codes: tuple
    shares: tuple = ()  # (plr_id, share) for partial coverage

    def message(self):
        plrs = ", ".join(self.plr_ids)
        codes = ", ".join(self.codes)
        if self.kind == PARTIAL:
            shares = ", ".join("{} {:.0%}".format(plr_id, share) for plr_id, share in self.shares)
            if self.codes:
                return translate("DerivedBoundaries", "Partly covered, assigned to {codes}: {shares}").format(codes=codes, shares=shares)
            return translate("DerivedBoundaries", "Partly covered, below the threshold, not assigned: {shares}").format(shares=shares)
        if self.kind == AMBIGUOUS:
            return translate("DerivedBoundaries", "Ambiguous, not assigned: {plrs} could belong to {codes}").format(plrs=plrs, codes=codes)
        if self.kind == UNMATCHED:
            return translate("DerivedBoundaries", "Covered on the map but no Handlungsraum of the same Bezirk overlaps: {plrs}").format(
                plrs=plrs)
        if self.kind == MISSING:
            return translate("DerivedBoundaries", "Not found on the map: {codes}").format(codes=codes)
        return translate("DerivedBoundaries", "A covered region shared by {codes} was split by Bezirk and approximation: {plrs}").format(
            codes=codes, plrs=plrs)


@dataclass
class Derivation:
    """What ``assign`` made of the shares: the composition per code and every finding."""

    areas: dict  # code -> tuple of plr ids
    shares: dict  # plr_id -> share covered (0 … 1)
    findings: list = field(default_factory=list)
    threshold: float = DEFAULT_THRESHOLD
    derived_on: str = ""
    service_url: str = ""
    layer: str = ""
    pixel_size: float = 0.0

    @property
    def label(self):
        return SOURCE_LABEL.format(date=self.derived_on)

    def findings_of(self, kind):
        return [finding for finding in self.findings if finding.kind == kind]

    def code_of(self, plr_id):
        for code, ids in self.areas.items():
            if plr_id in ids:
                return code
        return ""

    def differences(self, current):
        """{code: (added, removed)} against today's areas (``CurrentArea`` with plr_ids), changed codes only."""
        changes = {}
        for area in current:
            new, old = set(self.areas.get(area.code, ())), set(area.plr_ids)
            if new != old:
                changes[area.code] = (tuple(sorted(new - old)), tuple(sorted(old - new)))
        return changes


# -- the grid and the two rasters ---------------------------------------------------------------


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


# -- from shares to Handlungsräume ----------------------------------------------------------------


def _components(ids, geometries):
    """Connected groups of ``ids`` (Planungsräume closer than TOUCH_DISTANCE), each sorted."""
    index = QgsSpatialIndex()
    order = sorted(ids)
    for number, plr_id in enumerate(order):
        feature = QgsFeature(number)
        feature.setGeometry(geometries[plr_id])
        index.addFeature(feature)
    parent = list(range(len(order)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for number, plr_id in enumerate(order):
        box = geometries[plr_id].boundingBox().buffered(TOUCH_DISTANCE)
        for other in index.intersects(box):
            if other > number and geometries[plr_id].distance(geometries[order[other]]) <= TOUCH_DISTANCE:
                parent[root(other)] = root(number)
    groups = defaultdict(list)
    for number, plr_id in enumerate(order):
        groups[root(number)].append(plr_id)
    return sorted((tuple(group) for group in groups.values()), key=lambda group: group[0])


def _candidates(plr_ids, planungsraeume, areas):
    """Codes whose approximation overlaps the Planungsräume and lists their Bezirk."""
    bezirke = {planungsraeume[plr_id].bezirk for plr_id in plr_ids}
    union = QgsGeometry.unaryUnion([planungsraeume[plr_id].geometry for plr_id in plr_ids])
    found = []
    for area in areas:
        if not bezirke & set(area.bezirke):
            continue
        overlap = union.intersection(area.geometry)
        if not overlap.isEmpty() and overlap.area() > 0:
            found.append(area.code)
    return found


def _holds(area, plr):
    overlap = plr.geometry.intersection(area.geometry)
    return not overlap.isEmpty() and overlap.area() >= 0.5 * plr.geometry.area()


def assign(shares, planungsraeume, areas, threshold=DEFAULT_THRESHOLD, noise=DEFAULT_NOISE):
    """A ``Derivation`` from the covered shares: ``planungsraeume`` maps plr_id -> ``Planungsraum``,
    ``areas`` are today's ``CurrentArea`` in catalogue order."""
    result = Derivation({area.code: () for area in areas}, dict(shares), threshold=threshold)
    covered = sorted(plr_id for plr_id, share in shares.items() if share > threshold)
    composition = defaultdict(set)
    by_code = {area.code: area for area in areas}
    for region in _components(covered, {plr_id: planungsraeume[plr_id].geometry for plr_id in covered}):
        codes = _candidates(region, planungsraeume, areas)
        if len(codes) == 1:
            composition[codes[0]].update(region)
            continue
        if not codes:
            result.findings.append(Finding(UNMATCHED, region, ()))
            continue
        # several: split by Bezirk, then by the approximation that holds each Planungsraum
        by_bezirk = defaultdict(list)
        for plr_id in region:
            by_bezirk[planungsraeume[plr_id].bezirk].append(plr_id)
        split = False
        for part in by_bezirk.values():
            part_codes = _candidates(part, planungsraeume, areas)
            if len(part_codes) == 1:
                composition[part_codes[0]].update(part)
                split = True
                continue
            if not part_codes:
                result.findings.append(Finding(UNMATCHED, tuple(part), ()))
                continue
            ambiguous = []
            for plr_id in part:
                holders = [code for code in part_codes if _holds(by_code[code], planungsraeume[plr_id])]
                if len(holders) == 1:
                    composition[holders[0]].add(plr_id)
                    split = True
                else:
                    ambiguous.append(plr_id)
            if ambiguous:
                result.findings.append(Finding(AMBIGUOUS, tuple(ambiguous), tuple(part_codes)))
        if split:
            result.findings.append(Finding(SPLIT, region, tuple(codes)))
    result.areas = {area.code: tuple(sorted(composition.get(area.code, ()))) for area in areas}
    partial_assigned, partial_left = defaultdict(list), []
    for plr_id, share in sorted(shares.items()):
        if noise <= share <= 1 - noise:
            code = result.code_of(plr_id)
            (partial_assigned[code] if code else partial_left).append((plr_id, share))
    for code, items in sorted(partial_assigned.items()):
        result.findings.append(Finding(PARTIAL, tuple(p for p, _ in items), (code,), tuple(items)))
    if partial_left:
        result.findings.append(Finding(PARTIAL, tuple(p for p, _ in partial_left), (), tuple(partial_left)))
    missing = tuple(code for code, ids in result.areas.items() if not ids)
    if missing:
        result.findings.append(Finding(MISSING, (), missing))
    return result


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


# -- the result in the user's profile --------------------------------------------------------------


AREA_FIELDS = (("code", QVariant.String), ("name", QVariant.String), ("bezirk", QVariant.String), ("basis", QVariant.String),
               ("approximate", QVariant.Bool), ("plr_ids", QVariant.String), ("n_plr", QVariant.Int), ("plr_shares", QVariant.String),
               ("source_note", QVariant.String), ("derived_on", QVariant.String), ("service", QVariant.String))
SHARE_FIELDS = (("plr_id", QVariant.String), ("plr_name", QVariant.String), ("bezirk", QVariant.String), ("share", QVariant.Double),
                ("hr_code", QVariant.String), ("finding", QVariant.String))
BASIS = "wms_derived"


def _memory_layer(name, definition, geometry="MultiPolygon"):
    layer = QgsVectorLayer("{}?crs=EPSG:25833".format(geometry), name, "memory")
    fields = QgsFields()
    for field_name, kind in definition:
        fields.append(QgsField(field_name, kind))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    return layer


def _multi(geometry):
    geometry = QgsGeometry(geometry)
    geometry.convertToMultiType()
    return geometry


def result_layers(result, planungsraeume, areas):
    """Two memory layers: the derived areas (one per found code) and the share of every Planungsraum."""
    area_layer = _memory_layer(AREA_LAYER, AREA_FIELDS)
    features = []
    for area in areas:
        ids = result.areas.get(area.code, ())
        if not ids:
            continue
        feature = QgsFeature(area_layer.fields())
        feature.setGeometry(_multi(QgsGeometry.unaryUnion([planungsraeume[plr_id].geometry for plr_id in ids])))
        partial = any(result.shares[plr_id] < 1 - DEFAULT_NOISE for plr_id in ids)
        feature.setAttributes([area.code, area.name, ", ".join(area.bezirke), BASIS, partial, ",".join(ids), len(ids),
                               ";".join("{}={:.3f}".format(plr_id, result.shares[plr_id]) for plr_id in ids), result.label,
                               result.derived_on, "{} ({})".format(result.service_url, result.layer)])
        features.append(feature)
    area_layer.dataProvider().addFeatures(features)
    notes = {}
    for finding in result.findings:
        for plr_id in finding.plr_ids:
            notes.setdefault(plr_id, finding.kind)
    share_layer = _memory_layer(SHARES_LAYER, SHARE_FIELDS)
    rows = []
    for plr_id, plr in sorted(planungsraeume.items()):
        feature = QgsFeature(share_layer.fields())
        feature.setGeometry(_multi(plr.geometry))
        feature.setAttributes([plr_id, plr.name, plr.bezirk, round(result.shares.get(plr_id, 0.0), 4), result.code_of(plr_id) or None,
                               notes.get(plr_id)])
        rows.append(feature)
    share_layer.dataProvider().addFeatures(rows)
    return area_layer, share_layer


def write_geopackage(result, planungsraeume, areas, path, transform_context=None):
    """Write both layers into the GeoPackage ``path`` (replaced); raise ``DerivationError``."""
    from qgis.core import QgsCoordinateTransformContext

    context = transform_context or QgsCoordinateTransformContext()
    area_layer, share_layer = result_layers(result, planungsraeume, areas)
    for number, layer in enumerate((area_layer, share_layer)):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer.name()
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if number == 0
                                        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), context, options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise DerivationError("{}: {}".format(path, error[1]))
    return path


def planungsraeume_from_layer(layer):
    """``Planungsraum`` records of a LOR 2021 layer with ``plr_id``, ``plr_name``, ``bez_name``."""
    return [Planungsraum(f["plr_id"], f["plr_name"], f["bez_name"], QgsGeometry(f.geometry())) for f in layer.getFeatures()
            if f.hasGeometry() and QgsWkbTypes.geometryType(f.geometry().wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry]


def current_areas(layer, catalogue):
    """Today's areas (``CurrentArea``) from the area layer, Bezirke from the catalogue, in its order."""
    geometries = {f["code"]: f for f in layer.getFeatures()}
    found = []
    for area in catalogue.areas:
        feature = geometries.get(area.code)
        if feature is None:
            continue
        ids = tuple((feature["plr_ids"] or "").split(",")) if layer.fields().indexFromName("plr_ids") >= 0 else ()
        found.append(CurrentArea(area.code, area.name, tuple(area.bezirke), QgsGeometry(feature.geometry()), tuple(i for i in ids if i)))
    return found



# -- the derived boundaries in force --------------------------------------------------------------

def derived_folder():
    """Where derived boundaries are kept: the user's QGIS profile folder (None without one)."""
    from ...definitions.paths import profile_folder

    return profile_folder("abgrenzung")


@dataclass(frozen=True)
class DerivedInForce:
    """The derived boundaries the plugin uses instead of the approximation."""

    path: str
    label: str
    derived_on: str
    plr_ids: dict  # code -> tuple of plr ids (codes the map did not show are missing)
    shares: dict  # plr_id -> share, for every Planungsraum

    def area_layer(self, name=None):
        """A fresh layer of the derived areas (valid, not added to any project)."""
        layer = QgsVectorLayer("{}|layername={}".format(self.path, AREA_LAYER), name or "Handlungsräume ({})".format(self.label), "ogr")
        if not layer.isValid():
            raise DerivationError("{}: the derived areas cannot be read".format(self.path))
        return layer


def read_derived(path):
    """The derived boundaries in ``path`` (a GeoPackage by ``write_geopackage``); raise ``DerivationError``."""
    areas = QgsVectorLayer("{}|layername={}".format(path, AREA_LAYER), "a", "ogr")
    shares = QgsVectorLayer("{}|layername={}".format(path, SHARES_LAYER), "s", "ogr")
    if not areas.isValid() or not shares.isValid() or areas.fields().indexFromName("plr_ids") < 0:
        raise DerivationError("{} holds no derived boundaries".format(path))
    plr_ids, label, derived_on = {}, "", ""
    for feature in areas.getFeatures():
        plr_ids[feature["code"]] = tuple(i for i in (feature["plr_ids"] or "").split(",") if i)
        label, derived_on = feature["source_note"], feature["derived_on"]
    return DerivedInForce(str(path), label, derived_on, plr_ids, {f["plr_id"]: f["share"] for f in shares.getFeatures()})


def derived_in_force():
    """The derived boundaries chosen in the settings, or None (not chosen, or the file is gone)."""
    from ...definitions import settings as settings_keys
    from ..common import settings

    path = settings.value(settings_keys.DERIVED_BOUNDARIES_FILE, "") or ""
    if not path:
        return None
    try:
        return read_derived(path)
    except DerivationError:
        return None
