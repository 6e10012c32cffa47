"""Geometry of transit catchments: reprojection, buffers, dissolve and covered fractions.

Method: catchment analysis with euclidean buffers. Stops (points) and lines are
reprojected to one metric working CRS (the areas' CRS, or SWEREF 99 TM when the
areas are in degrees) and buffered by a walking distance; a scenario's
catchment is the union (``QgsGeometry.unaryUnion``) of its buffers. For each
area we compute either the area-weighted covered fraction (area of the area
inside the catchment / area of the area) or 0/1 from its point on surface.
Straight-line distance only: walking-network distance, barriers and detours are
not modelled, so catchments are upper bounds of what is reachable on foot.

Circles are approximated with :data:`SEGMENTS` segments per quarter circle, so a
buffer's area is 0.2 % below the exact circle's. The input layers are never
modified: invalid area geometries are repaired (``valid_geometry``) in copies,
which are also what the areas output holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..compat import POLYGON_GEOMETRY
from ..i18n import tr
from .layers import projected_crs, valid_geometry

#: Segments per quarter circle of a buffer (QGIS' default is 5, which is 1.6 % too small).
SEGMENTS = 16
#: Covered-fraction methods.
AREA_WEIGHTED = 0
POINT_ON_SURFACE = 1
#: Overlaps smaller than this share of the smaller area are digitising slivers, not overlaps.
OVERLAP_TOLERANCE = 1e-4


def _cancelled(feedback: Optional[QgsProcessingFeedback]) -> None:
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))


def _progress(feedback, span: tuple, done: int, total: int) -> None:
    if feedback is not None and total and done % 200 == 0:
        feedback.setProgress(span[0] + (span[1] - span[0]) * done / total)


# -- CRS --------------------------------------------------------------------------------


def working_crs(
    areas_crs: QgsCoordinateReferenceSystem, feedback: Optional[QgsProcessingFeedback] = None
) -> QgsCoordinateReferenceSystem:
    """The areas' CRS when it is projected (metres), else SWEREF 99 TM, with a log message.

    An areas layer without a CRS keeps its coordinates, which are then taken as metres.
    """
    if not areas_crs.isValid():
        if feedback is not None:
            feedback.pushWarning(
                tr(
                    "The areas layer has no coordinate reference system: its coordinates are "
                    "taken as metres and the other layers must use the same coordinates."
                )
            )
        return areas_crs
    work = projected_crs(areas_crs)
    if work != areas_crs and feedback is not None:
        feedback.pushInfo(
            tr(
                "The areas are in {crs}, which is in degrees: distances and areas are "
                "computed in {work} (SWEREF 99 TM)."
            ).format(crs=areas_crs.authid() or areas_crs.description(), work=work.authid())
        )
    return work


def transform_to(
    crs: QgsCoordinateReferenceSystem,
    work: QgsCoordinateReferenceSystem,
    transform_context,
    layer_name: str,
    feedback: Optional[QgsProcessingFeedback] = None,
) -> Optional[QgsCoordinateTransform]:
    """The transform of a layer into the working CRS, None when none is needed.

    A layer without a CRS next to layers with one is bad input: its coordinates could be
    anything.
    """
    if crs.isValid() != work.isValid():
        raise QgsProcessingException(
            tr(
                "Layer {layer} has no coordinate reference system while the areas do (or the "
                "other way round). Set the layer's CRS (Layer Properties > Source) first."
            ).format(layer=layer_name)
        )
    if not crs.isValid() or crs == work:
        return None
    if feedback is not None:
        feedback.pushInfo(
            tr("Layer {layer} is reprojected from {crs} to {work}.").format(
                layer=layer_name, crs=crs.authid() or crs.description(), work=work.authid()
            )
        )
    return QgsCoordinateTransform(crs, work, transform_context)


def _transformed(geometry: QgsGeometry, transform, layer_name: str, fid) -> QgsGeometry:
    copy = QgsGeometry(geometry)
    if transform is None:
        return copy
    error = ""
    try:
        copy.transform(transform)
    except QgsCsException as err:
        error = str(err).replace("\n", " ")
    if error or not copy.boundingBox().isFinite():
        source = transform.sourceCrs()
        raise QgsProcessingException(
            tr(
                "Feature {fid} of layer {layer} could not be reprojected from {crs} to {work}: "
                "are its coordinates really in {crs}? {error}"
            ).format(
                fid=fid,
                layer=layer_name,
                crs=source.authid() or source.description(),
                work=transform.destinationCrs().authid(),
                error=error,
            )
        )
    return copy


# -- areas ------------------------------------------------------------------------------


@dataclass
class Areas:
    """Area geometries: valid copies in the working CRS (None when null) and for the output."""

    work: list
    output: list
    repaired: int = 0
    null: int = 0
    _index: Optional[QgsSpatialIndex] = field(default=None, repr=False)

    @property
    def index(self) -> QgsSpatialIndex:
        if self._index is None:
            self._index = spatial_index(self.work)
        return self._index


def prepare_areas(
    geometries: Sequence[QgsGeometry],
    transform: Optional[QgsCoordinateTransform],
    layer_name: str,
    fids: Optional[Sequence[int]] = None,
) -> Areas:
    """Repair invalid geometries (in copies) and reproject them; null geometries are counted."""
    work, output = [], []
    repaired = null = 0
    fids = list(fids) if fids is not None else list(range(len(geometries)))
    for fid, geometry in zip(fids, geometries):
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            work.append(None)
            output.append(QgsGeometry())
            null += 1
            continue
        fixed, was_repaired = valid_geometry(QgsGeometry(geometry))
        repaired += int(was_repaired)
        output.append(fixed)
        moved = _transformed(fixed, transform, layer_name, fid)
        if transform is not None:
            moved, _ = valid_geometry(moved)
        work.append(moved)
    return Areas(work, output, repaired, null)


def find_overlaps(areas: Areas, labels: Sequence[str]) -> tuple:
    """Pairs of areas whose interiors overlap (beyond slivers): (count, example text)."""
    index = areas.index
    count, example = 0, ""
    for i, geometry in enumerate(areas.work):
        if geometry is None:
            continue
        candidates = [j for j in index.intersects(geometry.boundingBox()) if j > i]
        if not candidates:
            continue
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        for j in candidates:
            other = areas.work[j].constGet()
            if engine.overlaps(other) or engine.contains(other) or engine.within(other):
                shared = geometry.intersection(areas.work[j]).area()
                smaller = min(geometry.area(), areas.work[j].area())
                if shared > OVERLAP_TOLERANCE * smaller:
                    count += 1
                    if not example:
                        example = f"{labels[i]} / {labels[j]}"
    return count, example


# -- stops and lines ---------------------------------------------------------------------


def spatial_index(geometries: Sequence[Optional[QgsGeometry]]) -> QgsSpatialIndex:
    """A spatial index of bounding boxes; the id is the position in ``geometries``."""
    index = QgsSpatialIndex()
    for i, geometry in enumerate(geometries):
        if geometry is not None and not geometry.isNull():
            index.addFeature(i, geometry.boundingBox())
    return index


@dataclass
class Buffers:
    """Buffers of stops/lines in the working CRS, their source shapes and positions."""

    buffers: list
    shapes: list
    kept: np.ndarray  # positions (in the layer's feature order) of the buffered features
    null: int


def buffer_features(
    geometries: Sequence[QgsGeometry],
    distances: np.ndarray,
    transform: Optional[QgsCoordinateTransform],
    layer_name: str,
    feedback: Optional[QgsProcessingFeedback] = None,
    fids: Optional[Sequence[int]] = None,
) -> Buffers:
    """Euclidean buffer of each feature by its distance; null/empty geometries are skipped."""
    buffers, shapes, kept = [], [], []
    null = 0
    fids = list(fids) if fids is not None else list(range(len(geometries)))
    for i, geometry in enumerate(geometries):
        _cancelled(feedback)
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            null += 1
            continue
        shape = _transformed(geometry, transform, layer_name, fids[i])
        buffer = shape.buffer(float(distances[i]), SEGMENTS)
        if buffer.isNull() or buffer.isEmpty():
            null += 1
            continue
        buffers.append(buffer)
        shapes.append(shape)
        kept.append(i)
    return Buffers(buffers, shapes, np.asarray(kept, dtype=np.int64), null)


def count_outside(shapes: Sequence[QgsGeometry], areas: Areas) -> int:
    """How many stops/lines touch no area at all."""
    index = areas.index
    outside = 0
    for shape in shapes:
        candidates = index.intersects(shape.boundingBox())
        if not any(areas.work[j].intersects(shape) for j in candidates):
            outside += 1
    return outside


def _union(geometries: list) -> QgsGeometry:
    if len(geometries) == 1:
        return QgsGeometry(geometries[0])
    return QgsGeometry.unaryUnion(geometries)


def dissolve_scenarios(
    buffers: Sequence[QgsGeometry],
    members: np.ndarray,
    base: Optional[int] = None,
    feedback: Optional[QgsProcessingFeedback] = None,
) -> list:
    """The catchment of each scenario: the union of its buffers (valid; empty if none).

    With a base scenario its union is computed once and extended by each scenario's own
    buffers.
    """
    unions: list = [None] * members.shape[1]
    if base is not None:
        ids = np.flatnonzero(members[:, base])
        unions[base] = _union([buffers[j] for j in ids]) if ids.size else QgsGeometry()
    for s in range(members.shape[1]):
        _cancelled(feedback)
        if unions[s] is not None:
            continue
        if base is not None:
            extra = np.flatnonzero(members[:, s] & ~members[:, base])
            parts = ([unions[base]] if not unions[base].isEmpty() else []) + [
                buffers[j] for j in extra
            ]
        else:
            parts = [buffers[j] for j in np.flatnonzero(members[:, s])]
        unions[s] = _union(parts) if parts else QgsGeometry()
    return [valid_geometry(u)[0] for u in unions]


def covered_fractions(
    areas: Areas,
    buffers: Sequence[QgsGeometry],
    members: np.ndarray,
    method: int = AREA_WEIGHTED,
    feedback: Optional[QgsProcessingFeedback] = None,
    span: tuple = (40.0, 90.0),
) -> np.ndarray:
    """Covered fraction of each area (rows) in each scenario's catchment (columns).

    Area-weighted: area of (area ∩ union of the scenario's buffers that reach it) / area.
    Point on surface: 1 when the area's point on surface lies in one of the scenario's
    buffers, else 0. Areas without geometry are NaN. Only the buffers found by the spatial
    index are unioned per area, and a union shared by several scenarios is computed once.
    """
    members = np.asarray(members, dtype=bool)
    n, n_scen = len(areas.work), members.shape[1]
    out = np.zeros((n, n_scen), dtype=float)
    index = spatial_index(buffers)
    for i, area in enumerate(areas.work):
        _cancelled(feedback)
        _progress(feedback, span, i, n)
        if area is None:
            out[i] = np.nan
            continue
        if method == POINT_ON_SURFACE:
            point = area.pointOnSurface()
            candidates = index.intersects(point.boundingBox())
            hits = [j for j in candidates if buffers[j].contains(point)]
            if hits:
                out[i] = members[hits].any(axis=0)
            continue
        total = area.area()
        candidates = index.intersects(area.boundingBox())
        if total <= 0 or not candidates:
            continue
        engine = QgsGeometry.createGeometryEngine(area.constGet())
        engine.prepareGeometry()
        reach = np.array(
            sorted(j for j in candidates if engine.intersects(buffers[j].constGet())),
            dtype=np.int64,
        )
        if not reach.size:
            continue
        done: dict = {}
        for s in range(n_scen):
            ids = reach[members[reach, s]]
            if not ids.size:
                continue
            key = ids.tobytes()
            if key not in done:
                parts = [buffers[j] for j in ids]
                if len(parts) == 1 and engine.within(parts[0].constGet()):
                    done[key] = 1.0
                else:
                    done[key] = min(area.intersection(_union(parts)).area() / total, 1.0)
            out[i, s] = done[key]
    return out


# -- writing ----------------------------------------------------------------------------


def multipolygon(geometry: QgsGeometry) -> QgsGeometry:
    """A copy as a multipolygon (repairs can return collections); null stays null."""
    out = QgsGeometry(geometry)
    if out.isNull():
        return out
    if QgsWkbTypes.flatType(out.wkbType()) == QgsWkbTypes.GeometryCollection:
        out.convertGeometryCollectionToSubclass(POLYGON_GEOMETRY)
    out.convertToMultiType()
    return out


def gtfs_layer(table, name: str = "gtfs_stops") -> QgsVectorLayer:
    """A memory point layer in WGS 84 (EPSG:4326) from ``core.transit.read_gtfs_stops``."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=stop_id:string&field=stop_name:string"
        "&field=location_type:integer",
        name,
        "memory",
    )
    features = []
    for stop_id, stop_name, lat, lon, kind in table[
        ["stop_id", "stop_name", "lat", "lon", "location_type"]
    ].itertuples(index=False):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([str(stop_id), str(stop_name), int(kind)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(lon), float(lat))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer
