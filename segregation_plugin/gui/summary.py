"""The per-area-type summary of an area-types result: areas, population and its share."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from qgis.core import NULL, QgsFeatureRequest, QgsVectorLayer

from ..adapter.styling import AREA_TYPE_COLOURS, area_type_label
from ..core.values import parse_numbers


@dataclass(frozen=True)
class TypeRow:
    """One row of the summary: an area type, its areas and population."""

    area_type: int
    label: str
    colour: str
    areas: int
    population: Optional[float] = None
    share: Optional[float] = None  # of the population of all classified areas, 0-1


def type_summary(
    counts: dict,
    types: Sequence = (),
    populations: Optional[Sequence] = None,
) -> tuple[list[TypeRow], float]:
    """Rows for types 1-5 and the population of unclassified areas.

    ``counts`` maps type -> number of areas; ``types`` and ``populations`` are
    per area (type None or 0 when not classified; population None or NaN when
    missing). Without ``populations`` the population columns stay empty.
    """
    totals = {t: 0.0 for t in range(1, 6)}
    unclassified = 0.0
    if populations is not None:
        for area_type, population in zip(types, populations):
            if population is None or (isinstance(population, float) and math.isnan(population)):
                continue
            if area_type in totals:
                totals[area_type] += float(population)
            else:
                unclassified += float(population)
    classified = sum(totals.values())
    rows = []
    for t in range(1, 6):
        population = totals[t] if populations is not None else None
        share = population / classified if population is not None and classified > 0 else None
        areas = int(counts.get(t, 0))
        rows.append(TypeRow(t, area_type_label(t), AREA_TYPE_COLOURS[t], areas, population, share))
    return rows, unclassified


def read_types_and_population(layer: QgsVectorLayer, population_field: str):
    """Area type and population (float, NaN when missing) of every feature of ``layer``."""
    fields = layer.fields()
    type_index = fields.lookupField("area_type")
    pop_index = fields.lookupField(population_field) if population_field else -1
    wanted = [i for i in (type_index, pop_index) if i >= 0]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(wanted)
    types, raw = [], []
    for feature in layer.getFeatures(request):
        value = feature.attribute(type_index) if type_index >= 0 else None
        types.append(None if value is None or value == NULL else int(value))
        if pop_index >= 0:
            pop = feature.attribute(pop_index)
            raw.append(None if pop is None or pop == NULL else pop)
    if pop_index < 0:
        return types, None
    return types, [float(v) for v in parse_numbers(raw).values]
