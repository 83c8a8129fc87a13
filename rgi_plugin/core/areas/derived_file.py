"""The boundaries derived from the GI map (``derived``) in the user's profile: a GeoPackage with
the areas (labelled, with the per-Planungsraum shares as attributes) and the share of every
Planungsraum, written here and read back as the boundaries in force (``derived_in_force``)."""

from dataclasses import dataclass

from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsField, QgsFields, QgsGeometry, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..common.features import as_multi
from .derived import AREA_LAYER, DEFAULT_NOISE, SHARES_LAYER, DerivationError

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


def result_layers(result, planungsraeume, areas):
    """Two memory layers: the derived areas (one per found code) and the share of every Planungsraum."""
    area_layer = _memory_layer(AREA_LAYER, AREA_FIELDS)
    features = []
    for area in areas:
        ids = result.areas.get(area.code, ())
        if not ids:
            continue
        feature = QgsFeature(area_layer.fields())
        feature.setGeometry(as_multi(QgsGeometry.unaryUnion([planungsraeume[plr_id].geometry for plr_id in ids])))
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
        feature.setGeometry(as_multi(plr.geometry))
        feature.setAttributes([plr_id, plr.name, plr.bezirk, round(result.shares.get(plr_id, 0.0), 4), result.code_of(plr_id) or None,
                               notes.get(plr_id)])
        rows.append(feature)
    share_layer.dataProvider().addFeatures(rows)
    return area_layer, share_layer


def write_geopackage(result, planungsraeume, areas, path, transform_context=None):
    """Write both layers into the GeoPackage ``path`` (replaced); raise ``DerivationError``."""

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


@dataclass(frozen=True)
class DerivedInForce:
    """The derived boundaries the plugin uses instead of the approximation."""

    path: str
    label: str
    derived_on: str
    plr_ids: dict  # code -> tuple of plr ids (codes the map did not show are missing)
    shares: dict  # plr_id -> share, for every Planungsraum
    service: str = ""  # the map service and layer they were derived from

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
    plr_ids, label, derived_on, service = {}, "", "", ""
    for feature in areas.getFeatures():
        plr_ids[feature["code"]] = tuple(i for i in (feature["plr_ids"] or "").split(",") if i)
        label, derived_on, service = feature["source_note"], feature["derived_on"], feature["service"] or ""
    return DerivedInForce(str(path), label, derived_on, plr_ids, {f["plr_id"]: f["share"] for f in shares.getFeatures()}, service)


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
