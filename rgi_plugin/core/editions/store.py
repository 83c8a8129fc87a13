"""The data of an edition: its MSS rows and its Planungsraum geometries, read once and kept.

A bundled edition reads the offline copy of its dataset (the newest refreshed snapshot, else the
file shipped with the plugin) and, for a table without geometry (MSS 2013–2019), the geometry
of its LOR scheme; the two are joined by ``plr_id`` because they belong to the same scheme. An
edition loaded from a service reads its layer. Geometries are in EPSG:25833.

Rows: the plugin's one MSS reader (``core/mss_table``) reads every table; a row counts as *rated*
(``is_rated``) when it has a status class and the MSS does not mark it invalid (``kom``; the
editions before 2021 have no ``kom`` and list only rated rows).
"""

from dataclasses import dataclass

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..common.schema import normalise_lor_id
from ..indicators.criteria import MSS_VALID
from ..indicators.mss.reader import MssFields, read_mss_table
from .catalogue import EditionError

_translate = QCoreApplication.translate  # pylupdate5 reads the literal strings of its calls

#: The CRS of every geometry the editions work with (the bundled data's).
WORKING_CRS = "EPSG:25833"
#: The fields an MSS edition must offer (internal schema); ``kom`` and ``plr_name`` are optional.
REQUIRED_FIELDS = ("plr_id", "ew", "si_n", "di_n")


def is_rated(row):
    """True when the MSS rates the Planungsraum: a status class, and not marked invalid (``kom``)."""
    return row is not None and row.status is not None and row.kom == MSS_VALID


def table_problems(edition, table):
    """Messages naming every row of an edition's MSS table that was not used as read, and why."""
    listed = lambda values: ", ".join(str(v) for v in values[:10]) + (" …" if len(values) > 10 else "")  # noqa: E731
    problems = []
    for values, text in (
        (table.duplicates, _translate("Editions", "{edition}: Planungsräume with more than one row (the first is used): {ids}")),
        (table.without_id, _translate("Editions", "{edition}: rows without a Planungsraum id, not used (feature ids): {ids}")),
        (table.bad_ids, _translate("Editions", "{edition}: values that are no Planungsraum id, not used: {ids}")),
        ([row[0] for row in table.bad_classes],
         _translate("Editions", "{edition}: rows with an unknown status or dynamics class (no rating): {ids}")),
        ([row[0] for row in table.bad_population],
         _translate("Editions", "{edition}: rows with an unreadable population (none counted): {ids}")),
    ):
        if values:
            problems.append(text.format(edition=edition.label, ids=listed(list(values))))
    return problems


@dataclass(frozen=True)
class Planungsraum:
    plr_id: str
    name: str
    geometry: object  # QgsGeometry in EPSG:25833
    area: float


def plain(value):
    """None for None and QGIS NULL, else the value."""
    return None if value is None or value == NULL else value


def _value(feature, index):
    if index < 0:
        return None
    value = feature.attribute(index)
    return None if value is None or value == NULL else value


def _open(path, name):
    layer = QgsVectorLayer(str(path), name, "ogr")
    if not layer.isValid():
        raise EditionError(_translate("Editions", "The data of {edition} cannot be read: {path}").format(edition=name, path=path))
    return layer


class EditionStore:
    """Reads and keeps the rows and geometries of editions; one store per session or computation."""

    def __init__(self, project=None):
        self.project = project or QgsProject.instance()
        self._tables = {}
        self._geometries = {}
        self._layers = {}

    # -- layers -----------------------------------------------------------------------------

    def _bundled_layer(self, dataset_id):
        if dataset_id not in self._layers:
            from ..data import offline_copy, read_snapshot

            dataset = read_snapshot().dataset(dataset_id)
            self._layers[dataset_id] = _open(offline_copy(dataset).path, dataset_id)
        return self._layers[dataset_id]

    def _service_layer(self, edition):
        copy = self._layers.get("layer:" + edition.layer_id)
        if copy is not None:
            return copy
        layer = self.project.mapLayer(edition.layer_id)
        if layer is None or not layer.isValid():
            raise EditionError(_translate("Editions", "The layer of {edition} is no longer in the project.").format(
                edition=edition.label))
        return layer

    def materialize(self, edition):
        """Keep an in-memory copy of a service edition's layer (for use outside the main thread)."""
        if edition.layer_id and "layer:" + edition.layer_id not in self._layers:
            copy = self._service_layer(edition).materialize(QgsFeatureRequest())
            self._layers["layer:" + edition.layer_id] = copy

    def table_layer(self, edition):
        """The layer holding the MSS rows of ``edition``."""
        return self._service_layer(edition) if edition.layer_id else self._bundled_layer(edition.dataset_id)

    def geometry_layer(self, edition):
        """The layer holding the Planungsraum geometries of ``edition``."""
        if edition.layer_id:
            return self._service_layer(edition)
        return self._bundled_layer(edition.geometry_dataset or edition.dataset_id)

    # -- rows ---------------------------------------------------------------------------------

    def rows(self, edition):
        """{plr_id: mss_table.MssRow} of ``edition`` (``status``, ``dynamics``, ``kom``, ``ew``, ``name``)."""
        return self.table(edition).rows

    def table(self, edition):
        """The ``MssTable`` of ``edition``, read by the plugin's one MSS reader (``core/mss_table``):
        besides the rows it lists every row not used and why."""
        key = (edition.id, edition.layer_id)
        if key not in self._tables:
            self._tables[key] = self._read_table(edition)
        return self._tables[key]

    def _read_table(self, edition):
        layer = self.table_layer(edition)
        fields = layer.fields()
        missing = [name for name in REQUIRED_FIELDS if fields.lookupField(name) < 0]
        if missing:
            raise EditionError(_translate("Editions", "{edition}: the layer “{layer}” lacks the fields {fields}.").format(
                edition=edition.label, layer=layer.name(), fields=", ".join(missing)))
        validity = "kom" if fields.lookupField("kom") >= 0 else ""  # editions before 2021 list only rated rows
        name = "plr_name" if fields.lookupField("plr_name") >= 0 else ""
        table = read_mss_table(layer, MssFields(validity_field=validity, name_field=name))
        if not table.rows:
            raise EditionError(_translate("Editions", "{edition}: the layer “{layer}” holds no Planungsraum row.").format(
                edition=edition.label, layer=layer.name()))
        return table

    # -- geometries -----------------------------------------------------------------------------

    def planungsraeume(self, edition):
        """{plr_id: Planungsraum} of the edition's own geometry, in EPSG:25833."""
        key = edition.geometry_key
        if key not in self._geometries:
            self._geometries[key] = self._read_geometries(edition)
        return self._geometries[key]

    def dataset_planungsraeume(self, dataset_id):
        """{plr_id: Planungsraum} of a bundled geometry dataset (e.g. ``lor_plr_2019``)."""
        if dataset_id not in self._geometries:
            self._geometries[dataset_id] = self._read_layer_geometries(self._bundled_layer(dataset_id), dataset_id)
        return self._geometries[dataset_id]

    def _read_geometries(self, edition):
        return self._read_layer_geometries(self.geometry_layer(edition), edition.label)

    def _read_layer_geometries(self, layer, label):
        id_index = layer.fields().lookupField("plr_id")
        if id_index < 0 or not layer.isSpatial():
            raise EditionError(_translate("Editions", "{edition}: the layer “{layer}” has no Planungsraum geometry with plr_id.").format(
                edition=label, layer=layer.name()))
        name_index = layer.fields().lookupField("plr_name")
        request = QgsFeatureRequest().setSubsetOfAttributes([i for i in (id_index, name_index) if i >= 0])
        target = QgsCoordinateReferenceSystem(WORKING_CRS)
        if layer.crs().isValid() and layer.crs() != target:
            request.setDestinationCrs(target, self.project.transformContext() if self.project else QgsCoordinateTransformContext())
        result = {}
        for feature in layer.getFeatures(request):
            plr_id = normalise_lor_id(_value(feature, id_index), 8)
            geometry = QgsGeometry(feature.geometry())
            if plr_id is None or geometry.isEmpty():
                continue
            if plr_id in result:
                raise EditionError(_translate("Editions", "{edition}: the Planungsraum {id} appears twice in “{layer}”.").format(
                    edition=label, id=plr_id, layer=layer.name()))
            result[plr_id] = Planungsraum(plr_id, str(_value(feature, name_index) or ""), geometry, geometry.area())
        return result


def transform_to_working_crs(geometry, crs, context=None):
    """A copy of ``geometry`` in EPSG:25833 (``crs``: its CRS)."""
    copy = QgsGeometry(geometry)
    target = QgsCoordinateReferenceSystem(WORKING_CRS)
    if crs.isValid() and crs != target:
        copy.transform(QgsCoordinateTransform(crs, target, context or QgsCoordinateTransformContext()))
    return copy
