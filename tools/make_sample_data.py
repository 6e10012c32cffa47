#!/usr/bin/env python3
"""Generate the fictional sample county "Exempellän" (county code 99) and its statistics.

Everything written to ``resources/sample/`` is made up: three municipalities that do not
exist in Sweden (9901 Åstad, 9902 Björkvik, 9903 Granmo), about 150 DeSO-like areas nested
in about 40 RegSO-like areas, a transit network and statistics for 2022 and 2023 in the
shapes SCB's Statistikdatabasen exports. The data are built to show a plausible pattern: a
mixed town centre, 1960s-70s rental estates with concentrated disadvantage, affluent villa
areas and an older, middling countryside.

How it is built (all in SWEREF 99 TM, EPSG:3006):

* A lattice of 625 m cells covers 80 x 80 km. The county is a star-shaped set of 2.5 km
  blocks; each block belongs to one municipality. Blocks are split (quadtree) where many
  people live, so towns get small cells and the countryside large ones.
* Population comes from Gaussian "neighbourhood" kernels plus a thin rural density. Each
  quadtree leaf belongs to the kernel (neighbourhood = RegSO) or rural sector that gives it
  most people; DeSO are contiguous groups of leaves inside one RegSO.
* Each leaf's shape is the Voronoi cell of a seed jittered inside it (built from OGR's
  Delaunay triangulation; seeds around the county close the diagram). DeSO, RegSO and
  municipalities are unions of these cells, so neighbours share exactly the same vertices:
  the layers are valid, gap-free and nest exactly.
* Counts are drawn per DeSO and year (multinomial quintiles, binomial sub-counts), so they
  are integers that add up; RegSO values are sums of their DeSO.

Run (output is deterministic, the same on every run)::

    .venv/bin/python tools/make_sample_data.py
"""

from __future__ import annotations

import csv
import io
import math
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from osgeo import gdal, ogr, osr

ogr.UseExceptions()
osr.UseExceptions()
gdal.UseExceptions()

SEED = 992023
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "resources" / "sample"
GPKG_NAME = "exempellan.gpkg"
YEARS = (2022, 2023)
LANSKOD = "99"
LANSNAMN = "Exempellän"
KOMMUNER = {"9901": "Åstad", "9902": "Björkvik", "9903": "Granmo"}
EPSG = 3006

X0, Y0 = 560_000.0, 6_580_000.0  # south-west corner of the lattice (metres)
UNIT = 625.0  # lattice cell side (metres)
N = 128  # lattice cells per side: 80 km
BLOCK = 4  # a block is 4 x 4 cells = 2.5 km
NB = N // BLOCK
PER_KM = 1000.0 / UNIT  # lattice units per km

SPLIT_POP = 1300.0  # a cell with more people than this is split into four
TARGET_TOWN = 1250.0  # rough people per DeSO when grouping cells
TARGET_RURAL = 950.0
DESO_MIN, DESO_MAX = 720, 2650

# Latent profiles: national income quintile shares, share of Q1 below the low economic
# standard line, share aged 20-64, and of those 20-64 the shares with at most förgymnasial
# education and with long-term social assistance and/or unemployment.


@dataclass(frozen=True)
class Profile:
    """Expected composition of a kind of neighbourhood."""

    q: tuple[float, float, float, float, float]
    lag: float
    age: float
    forg: float
    bist: float


PROFILES: dict[str, Profile] = {
    "miljon": Profile((0.48, 0.24, 0.14, 0.09, 0.05), 0.84, 0.56, 0.30, 0.19),
    "hyresratt": Profile((0.33, 0.25, 0.19, 0.13, 0.10), 0.78, 0.58, 0.19, 0.11),
    "centrum": Profile((0.22, 0.18, 0.19, 0.20, 0.21), 0.72, 0.66, 0.08, 0.05),
    "blandat": Profile((0.22, 0.21, 0.20, 0.19, 0.18), 0.70, 0.60, 0.10, 0.05),
    "smahus": Profile((0.12, 0.17, 0.22, 0.25, 0.24), 0.62, 0.57, 0.07, 0.025),
    "villa": Profile((0.04, 0.07, 0.12, 0.22, 0.55), 0.45, 0.55, 0.025, 0.006),
    "smaort": Profile((0.18, 0.22, 0.22, 0.21, 0.17), 0.66, 0.55, 0.11, 0.04),
    "landsbygd": Profile((0.21, 0.24, 0.22, 0.19, 0.14), 0.64, 0.51, 0.13, 0.035),
}


@dataclass(frozen=True)
class Area:
    """A neighbourhood kernel: becomes one RegSO. Coordinates in km from (X0, Y0)."""

    kommun: str
    name: str
    x: float
    y: float
    pop: float
    sigma: float
    profile: str
    locality: int  # 1 = the municipality's central locality (DeSO "C"), 2.. = other (B)


AREAS: tuple[Area, ...] = (
    # Åstad: the regional centre town around (46, 34).
    Area("9901", "Centrum", 46.0, 34.0, 9000, 1.0, "centrum", 1),
    Area("9901", "Norrby", 46.6, 37.6, 8500, 0.8, "miljon", 1),
    Area("9901", "Solhöjden", 42.4, 31.2, 8000, 0.8, "miljon", 1),
    Area("9901", "Hagaberg", 43.9, 32.8, 5500, 0.7, "hyresratt", 1),
    Area("9901", "Kvarnbacken", 43.6, 37.4, 5500, 0.7, "hyresratt", 1),
    Area("9901", "Bergsäng", 40.0, 29.8, 4000, 0.7, "hyresratt", 1),
    Area("9901", "Västra Ängby", 41.0, 35.4, 4500, 1.0, "villa", 1),
    Area("9901", "Ekbacken", 49.8, 37.8, 4500, 1.0, "villa", 1),
    Area("9901", "Strandvik", 50.6, 31.0, 4000, 1.0, "villa", 1),
    Area("9901", "Slottsparken", 48.0, 36.4, 3000, 0.6, "villa", 1),
    Area("9901", "Södra stan", 46.6, 31.3, 6000, 0.8, "blandat", 1),
    Area("9901", "Östra stan", 49.0, 34.4, 6000, 0.8, "blandat", 1),
    Area("9901", "Lindåsen", 48.6, 29.4, 4000, 0.8, "blandat", 1),
    Area("9901", "Väster", 43.6, 35.0, 5000, 0.7, "blandat", 1),
    Area("9901", "Tallbo", 52.6, 34.8, 4000, 1.0, "smahus", 1),
    Area("9901", "Furulund", 38.6, 33.0, 3500, 0.9, "smahus", 1),
    Area("9901", "Rosendal", 45.0, 40.8, 4000, 0.9, "smahus", 1),
    Area("9901", "Backa", 51.0, 40.2, 3500, 0.9, "smahus", 1),
    Area("9901", "Åkerby", 44.4, 28.6, 3000, 0.9, "smahus", 1),
    Area("9901", "Lillå", 58.0, 24.0, 4000, 1.0, "smaort", 2),
    Area("9901", "Ekeby", 62.0, 44.0, 2500, 0.9, "smaort", 3),
    # Björkvik: commuter municipality, its town around (20, 20).
    Area("9902", "Björkviks centrum", 20.0, 20.0, 5500, 0.9, "centrum", 1),
    Area("9902", "Sörgården", 21.2, 17.6, 5500, 0.7, "miljon", 1),
    Area("9902", "Björkviks strand", 17.2, 20.8, 3500, 0.9, "villa", 1),
    Area("9902", "Ängsvik", 18.6, 23.2, 4000, 0.9, "villa", 1),
    Area("9902", "Kullen", 22.8, 21.8, 4500, 0.9, "smahus", 1),
    Area("9902", "Hammarbacken", 23.4, 18.6, 4000, 0.8, "blandat", 1),
    Area("9902", "Björkviks gärde", 16.8, 17.6, 3000, 0.9, "smahus", 1),
    Area("9902", "Vallby", 28.5, 26.5, 4500, 1.0, "smahus", 2),
    # Granmo: rural, one small village.
    Area("9903", "Granmo", 45.0, 62.0, 3000, 0.9, "smaort", 1),
    Area("9903", "Storsjö", 28.0, 61.0, 2000, 0.8, "smaort", 2),
)

# Rural sectors per municipality: centre (km) and (start angle in degrees, name).
RURAL: dict[str, tuple[tuple[float, float], tuple[tuple[float, str], ...]]] = {
    "9901": (
        (46.0, 34.0),
        (
            (-60.0, "Åstad östra landsbygd"),
            (20.0, "Åstad norra landsbygd"),
            (160.0, "Åstad södra landsbygd"),
        ),
    ),
    "9902": (
        (20.0, 20.0),
        ((-90.0, "Björkvik östra landsbygd"), (90.0, "Björkvik västra landsbygd")),
    ),
    "9903": ((45.0, 62.0), ((-90.0, "Östmark"), (90.0, "Granmo landsbygd"))),
}
RURAL_DENSITY = {"9901": 7.0, "9902": 8.0, "9903": 9.0}  # persons per km²

HAMLETS = (
    "Lövhult",
    "Bäckby",
    "Tallåsen",
    "Kvarnby",
    "Ängstorp",
    "Höghult",
    "Sjötorp",
    "Gransätter",
    "Bergsäter",
    "Åsby",
    "Mossby",
    "Ekhult",
    "Storbäcken",
    "Lindås",
    "Videbäck",
    "Norrtorp",
)
STOP_SUFFIXES = ("centrum", "torg", "skola", "norra", "södra", "park", "kyrka", "gård", "väg")
CENTRE_STOPS = (
    "resecentrum",
    "Stora torget",
    "stadshuset",
    "biblioteket",
    "Storgatan",
    "Kyrkogatan",
    "Kungsgatan",
    "Järntorget",
    "Rådhusgatan",
    "Drottninggatan",
    "Stadsparken",
    "Hamngatan",
    "lasarettet",
    "Saluhallen",
)


# --------------------------------------------------------------------------- geometry


def world(x_km: float, y_km: float) -> tuple[float, float]:
    """SWEREF 99 TM coordinates of a point given in km from (X0, Y0)."""
    return X0 + 1000.0 * x_km, Y0 + 1000.0 * y_km


@dataclass
class Voronoi:
    """Voronoi cells (from OGR's Delaunay triangulation) of the first n_inner seeds."""

    cells: list[ogr.Geometry]
    adjacency: dict[int, dict[int, float]]  # shared edge length in metres

    @classmethod
    def build(cls, seeds: Sequence[tuple[float, float]], n_inner: int) -> Voronoi:
        """Seeds n_inner.. only close the diagram: they surround the inner seeds."""
        multi = ogr.Geometry(ogr.wkbMultiPoint)
        index: dict[tuple[float, float], int] = {}
        for k, (x, y) in enumerate(seeds):
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(x, y)
            multi.AddGeometry(pt)
            index[(x, y)] = k
        tri = multi.DelaunayTriangulation(0.0, False)
        centres: list[tuple[float, float]] = []
        around: dict[int, list[int]] = {}
        edges: dict[tuple[int, int], list[int]] = {}
        for t in range(tri.GetGeometryCount()):
            ring = tri.GetGeometryRef(t).GetGeometryRef(0)
            abc = [index[(ring.GetX(k), ring.GetY(k))] for k in range(3)]
            centres.append(_circumcentre(*(seeds[k] for k in abc)))
            for k in abc:
                around.setdefault(k, []).append(t)
            for a, b in ((abc[0], abc[1]), (abc[1], abc[2]), (abc[0], abc[2])):
                edges.setdefault((min(a, b), max(a, b)), []).append(t)
        cells = []
        for k in range(n_inner):
            sx, sy = seeds[k]
            pts = sorted(
                {centres[t] for t in around[k]}, key=lambda c: math.atan2(c[1] - sy, c[0] - sx)
            )
            cells.append(_polygon(pts))
        adjacency: dict[int, dict[int, float]] = {k: {} for k in range(n_inner)}
        for (a, b), ts in edges.items():
            if b >= n_inner or len(ts) != 2:
                continue
            (ax, ay), (bx, by) = centres[ts[0]], centres[ts[1]]
            length = math.hypot(bx - ax, by - ay)
            if length > 0.01:
                adjacency[a][b] = adjacency[b][a] = length
        return cls(cells, adjacency)

    def union(self, members: Iterable[int], what: str) -> ogr.Geometry:
        """One polygon: the union of the members' cells."""
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for k in members:
            multi.AddGeometry(self.cells[k])
        return _only_polygon(multi.UnionCascaded(), what)


def _circumcentre(
    a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]
) -> tuple[float, float]:
    """Circumcentre, rounded to centimetres so that every cell sharing it gets the same."""
    ax, ay = a
    bx, by = b[0] - ax, b[1] - ay
    cx, cy = c[0] - ax, c[1] - ay
    d = 2.0 * (bx * cy - by * cx)
    ux = (cy * (bx * bx + by * by) - by * (cx * cx + cy * cy)) / d
    uy = (bx * (cx * cx + cy * cy) - cx * (bx * bx + by * by)) / d
    return round(ax + ux, 2), round(ay + uy, 2)


def _circle(cx: float, cy: float, radius: float, n: int = 96) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for k in range(n + 1):
        a = 2 * math.pi * (k % n) / n
        ring.AddPoint_2D(round(cx + radius * math.cos(a), 2), round(cy + radius * math.sin(a), 2))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def _polygon(points: Sequence[tuple[float, float]]) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in [*points, points[0]]:
        ring.AddPoint_2D(round(x, 2), round(y, 2))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def _only_polygon(geom: ogr.Geometry, what: str) -> ogr.Geometry:
    if geom.GetGeometryType() != ogr.wkbPolygon or not geom.IsValid():
        raise RuntimeError(f"{what}: expected one valid polygon, got {geom.GetGeometryName()}")
    return geom


# --------------------------------------------------------------------------- graph helpers


def _components(nodes: Iterable[int], adj: dict[int, dict[int, float]]) -> list[list[int]]:
    todo = set(nodes)
    comps = []
    for start in sorted(todo):
        if start not in todo:
            continue
        todo.discard(start)
        comp, queue = [start], deque([start])
        while queue:
            n = queue.popleft()
            for m in sorted(adj[n]):
                if m in todo:
                    todo.discard(m)
                    comp.append(m)
                    queue.append(m)
        comps.append(sorted(comp))
    return comps


def _make_contiguous(
    label: dict[int, str],
    adj: dict[int, dict[int, float]],
    size: dict[int, float],
    group: dict[int, str] | None = None,
) -> None:
    """Give each label one connected piece: stray pieces join the neighbour they touch most."""
    changed = True
    while changed:
        changed = False
        by_label: dict[str, list[int]] = {}
        for n in sorted(label):
            by_label.setdefault(label[n], []).append(n)
        for lab in sorted(by_label):
            comps = _components(by_label[lab], adj)
            if len(comps) <= 1:
                continue
            comps.sort(key=lambda c: (-sum(size[n] for n in c), c[0]))
            for comp in comps[1:]:
                inside = set(comp)
                border: dict[str, float] = {}
                for n in comp:
                    for m, w in adj[n].items():
                        if m in inside or label[m] == lab:
                            continue
                        if group is not None and group[m] != group[n]:
                            continue
                        border[label[m]] = border.get(label[m], 0.0) + w
                if border:
                    new = max(sorted(border), key=lambda k: border[k])
                    for n in comp:
                        label[n] = new
                    changed = True
            if changed:
                break


def _is_connected(nodes: set[int], adj: dict[int, dict[int, float]]) -> bool:
    if not nodes:
        return True
    return len(_components(nodes, adj)) == 1


# --------------------------------------------------------------------------- county model


@dataclass
class Leaf:
    """A quadtree cell: square of size s lattice units at (i, j)."""

    i: int
    j: int
    s: int
    kommun: str
    pop: float = 0.0
    owner: str = ""  # RegSO key
    x: float = 0.0  # Voronoi seed (SWEREF 99 TM)
    y: float = 0.0


@dataclass
class Deso:
    """One DeSO: its leaves, code, RegSO and two years of counts."""

    leaves: list[int]
    regso: str  # RegSO key while building, code later
    kommun: str
    category: str
    locality: int
    base_pop: float
    code: str = ""
    counts: dict[int, dict[str, int]] = field(default_factory=dict)
    cx: float = 0.0
    cy: float = 0.0


@dataclass
class Regso:
    """One RegSO: name, municipality, profile and its DeSO."""

    key: str
    name: str
    kommun: str
    profile: str
    locality: int  # 0 = rural
    code: str = ""
    desos: list[Deso] = field(default_factory=list)


def _county_blocks() -> np.ndarray:
    """Municipality index (0, 1, 2) per 2.5 km block, -1 outside the county."""
    codes = list(KOMMUNER)
    out = np.full((NB, NB), -1, dtype=int)
    for bi in range(NB):
        for bj in range(NB):
            x, y = (bi + 0.5) * 2.5, (bj + 0.5) * 2.5
            th = math.atan2(y - 40.0, x - 40.0)
            radius = (
                34.5
                + 2.5 * math.sin(2 * th + 0.7)
                + 1.8 * math.sin(3 * th + 2.1)
                + 1.2 * math.sin(5 * th + 0.3)
            )
            if math.hypot(x - 40.0, y - 40.0) > radius:
                continue
            if y > 50.0 + 4.0 * math.sin(x / 9.0 + 0.5) + 1.5 * math.sin(x / 3.7 + 1.0):
                out[bi, bj] = codes.index("9903")
            elif x + 0.45 * y + 2.5 * math.sin(y / 5.5) < 44.0:
                out[bi, bj] = codes.index("9902")
            else:
                out[bi, bj] = codes.index("9901")
    # One piece per municipality, no enclaves.
    nodes = {
        bi * NB + bj: int(out[bi, bj]) for bi in range(NB) for bj in range(NB) if out[bi, bj] >= 0
    }
    adj: dict[int, dict[int, float]] = {n: {} for n in nodes}
    for n in nodes:
        bi, bj = divmod(n, NB)
        for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            m = (bi + di) * NB + (bj + dj)
            if 0 <= bi + di < NB and 0 <= bj + dj < NB and m in nodes:
                adj[n][m] = 1.0
    comps = _components(nodes, adj)
    keep = set(max(comps, key=len))
    label = {n: str(nodes[n]) for n in keep}
    adj = {n: {m: w for m, w in adj[n].items() if m in keep} for n in keep}
    _make_contiguous(label, adj, {n: 1.0 for n in keep})
    out[:] = -1
    for n, lab in label.items():
        out[divmod(n, NB)] = int(lab)
    return out


def _sector(kommun: str, x: float, y: float) -> str:
    (cx, cy), sectors = RURAL[kommun]
    ang = math.degrees(math.atan2(y - cy, x - cx))
    first = sectors[0][0]
    ang = (ang - first) % 360.0 + first
    name = sectors[0][1]
    for start, sname in sectors:
        if start <= ang:
            name = sname
    return name


def build_county(rng: np.random.Generator) -> tuple[Voronoi, list[Regso], list[Deso]]:
    """Blocks, population, leaves (Voronoi cells), RegSO and DeSO."""
    codes = list(KOMMUNER)
    blocks = _county_blocks()
    kom = np.repeat(np.repeat(blocks, BLOCK, axis=0), BLOCK, axis=1)  # per lattice cell
    centres = (np.arange(N) + 0.5) / PER_KM
    cx, cy = np.meshgrid(centres, centres, indexing="ij")
    cell_km2 = (UNIT / 1000.0) ** 2

    contrib = np.zeros((len(AREAS) + 1, N, N))
    for k, area in enumerate(AREAS):
        inside = kom == codes.index(area.kommun)
        w = np.exp(-0.5 * ((cx - area.x) ** 2 + (cy - area.y) ** 2) / area.sigma**2) * inside
        contrib[k] = area.pop * w / w.sum()
    noise = rng.lognormal(0.0, 0.6, size=(N, N))
    dens = np.zeros((N, N))
    for c, d in RURAL_DENSITY.items():
        dens[kom == codes.index(c)] = d
    contrib[-1] = dens * cell_km2 * noise
    pop = contrib.sum(axis=0)
    owner_cell = contrib.argmax(axis=0)

    leaves: list[Leaf] = []

    def split(i0: int, j0: int, s: int, kommun: str) -> None:
        p = float(pop[i0 : i0 + s, j0 : j0 + s].sum())
        mixed = len(np.unique(owner_cell[i0 : i0 + s, j0 : j0 + s])) > 1
        if s > 1 and (p > SPLIT_POP or (mixed and p > 150.0)):
            h = s // 2
            for di, dj in ((0, 0), (h, 0), (0, h), (h, h)):
                split(i0 + di, j0 + dj, h, kommun)
            return
        sums = contrib[:, i0 : i0 + s, j0 : j0 + s].sum(axis=(1, 2))
        k = int(sums.argmax())
        if k == len(AREAS):
            owner = _sector(kommun, (i0 + s / 2) / PER_KM, (j0 + s / 2) / PER_KM)
        else:
            owner = AREAS[k].name
        leaves.append(Leaf(i0, j0, s, kommun, p, owner))

    for bi in range(NB):
        for bj in range(NB):
            if blocks[bi, bj] >= 0:
                split(bi * BLOCK, bj * BLOCK, BLOCK, codes[blocks[bi, bj]])

    # One Voronoi seed per leaf, jittered inside it; seeds in the blocks around the county
    # close the diagram, so the county outline runs between inner and outer seeds.
    seeds = []
    for lf in leaves:
        jx, jy = rng.uniform(-0.3, 0.3, size=2) * lf.s
        lf.x, lf.y = world((lf.i + lf.s / 2 + jx) / PER_KM, (lf.j + lf.s / 2 + jy) / PER_KM)
        seeds.append((round(lf.x, 2), round(lf.y, 2)))
    for bi in range(-2, NB + 2):
        for bj in range(-2, NB + 2):
            if 0 <= bi < NB and 0 <= bj < NB and blocks[bi, bj] >= 0:
                continue
            jx, jy = rng.uniform(-0.3, 0.3, size=2) * BLOCK
            x, y = world(((bi + 0.5) * BLOCK + jx) / PER_KM, ((bj + 0.5) * BLOCK + jy) / PER_KM)
            seeds.append((round(x, 2), round(y, 2)))
    vor = Voronoi.build(seeds, len(leaves))
    adj = vor.adjacency

    label = {n: lf.owner for n, lf in enumerate(leaves)}
    group = {n: lf.kommun for n, lf in enumerate(leaves)}
    size = {n: lf.pop for n, lf in enumerate(leaves)}
    _make_contiguous(label, adj, size, group)
    # Fold RegSO with too few people into the neighbour they touch most.
    while True:
        tot: dict[str, float] = {}
        for n, lab in label.items():
            tot[lab] = tot.get(lab, 0.0) + size[n]
        small = sorted((t, lab) for lab, t in tot.items() if t < 1600.0)
        if not small:
            break
        lab = small[0][1]
        border: dict[str, float] = {}
        for n in sorted(label):
            if label[n] != lab:
                continue
            for m, w in adj[n].items():
                if label[m] != lab and group[m] == group[n]:
                    border[label[m]] = border.get(label[m], 0.0) + w
        new = max(sorted(border), key=lambda k: border[k])
        for n in label:
            if label[n] == lab:
                label[n] = new
    for n, lf in enumerate(leaves):
        lf.owner = label[n]

    by_name = {a.name: a for a in AREAS}
    regsos: dict[str, Regso] = {}
    for lf in leaves:
        if lf.owner in regsos:
            continue
        area = by_name.get(lf.owner)
        if area is None:
            regsos[lf.owner] = Regso(lf.owner, lf.owner, lf.kommun, "landsbygd", 0)
        else:
            regsos[lf.owner] = Regso(lf.owner, area.name, area.kommun, area.profile, area.locality)

    desos: list[Deso] = []
    for key in sorted(regsos):
        reg = regsos[key]
        members = [n for n, lf in enumerate(leaves) if lf.owner == key]
        total = sum(leaves[n].pop for n in members)
        target = TARGET_RURAL if reg.locality == 0 else TARGET_TOWN
        k = max(1, int(round(total / target)))
        for part in _partition(members, k, leaves, adj):
            cat = "A" if reg.locality == 0 else ("C" if reg.locality == 1 else "B")
            d = Deso(
                sorted(part), key, reg.kommun, cat, reg.locality, sum(leaves[n].pop for n in part)
            )
            wsum = sum(leaves[n].s ** 2 for n in part)
            d.cx = sum(leaves[n].x * leaves[n].s ** 2 for n in part) / wsum
            d.cy = sum(leaves[n].y * leaves[n].s ** 2 for n in part) / wsum
            reg.desos.append(d)
            desos.append(d)
    return vor, list(regsos.values()), desos


def _partition(
    members: list[int], k: int, leaves: list[Leaf], adj: dict[int, dict[int, float]]
) -> list[set[int]]:
    """Split a connected set of leaves into k connected parts of similar population."""

    def centre(n: int) -> tuple[float, float]:
        return leaves[n].x, leaves[n].y

    remaining = set(members)
    parts: list[set[int]] = []
    for left in range(k, 1, -1):
        target = sum(leaves[n].pop for n in remaining) / left
        mx = sum(centre(n)[0] for n in remaining) / len(remaining)
        my = sum(centre(n)[1] for n in remaining) / len(remaining)
        order = sorted(
            remaining, key=lambda n: (-((centre(n)[0] - mx) ** 2 + (centre(n)[1] - my) ** 2), n)
        )
        start = next(n for n in order if _is_connected(remaining - {n}, adj))
        sx, sy = centre(start)
        part = {start}
        rest = remaining - {start}
        acc = leaves[start].pop
        while acc < target:
            cands = sorted(
                {m for n in part for m in adj[n] if m in rest},
                key=lambda m: ((centre(m)[0] - sx) ** 2 + (centre(m)[1] - sy) ** 2, m),
            )
            chosen = None
            for c in cands:
                if _is_connected(rest - {c}, adj):
                    chosen = c
                    break
            if chosen is None:
                break
            if acc + leaves[chosen].pop - target > target - acc:
                break
            part.add(chosen)
            rest.discard(chosen)
            acc += leaves[chosen].pop
        parts.append(part)
        remaining = rest
        if not remaining:
            break
    if remaining:
        parts.append(remaining)
    # A part far below target joins its smallest neighbour.
    target = sum(leaves[n].pop for n in members) / k
    while len(parts) > 1:
        pops = [sum(leaves[n].pop for n in p) for p in parts]
        small = min(range(len(parts)), key=lambda q: (pops[q], q))
        if pops[small] >= 0.45 * target:
            break
        nbrs = [
            q
            for q in range(len(parts))
            if q != small and any(m in parts[q] for n in parts[small] for m in adj[n])
        ]
        best = min(nbrs, key=lambda q: (pops[q], q))
        parts[best] |= parts[small]
        del parts[small]
    return parts


# --------------------------------------------------------------------------- names & codes

_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"


def _sv_key(text: str) -> tuple[int, ...]:
    """Swedish alphabetical order (å, ä, ö after z)."""
    t = text.lower().replace("é", "e").replace("ü", "y")
    return tuple(_ALPHABET.index(c) + 10 if c in _ALPHABET else ord(c) % 10 for c in t)


def assign_codes(regsos: list[Regso]) -> None:
    """RegSO codes R001.. in alphabetical order; DeSO codes A0010, B2010, C1010 .."""
    for kommun in KOMMUNER:
        regs = sorted((r for r in regsos if r.kommun == kommun), key=lambda r: _sv_key(r.name))
        for n, reg in enumerate(regs, start=1):
            reg.code = f"{kommun}R{n:03d}"
        seq: dict[tuple[str, int], int] = {}
        ds = [d for r in regs for d in r.desos]
        ds.sort(key=lambda d: (d.category, d.locality, -round(d.cy), round(d.cx)))
        for d in ds:
            k = (d.category, d.locality)
            seq[k] = seq.get(k, 0) + 1
            if seq[k] > 99:
                raise RuntimeError(f"too many DeSO of category {k} in {kommun}")
            if d.category == "A":
                d.code = f"{kommun}A{seq[k] * 10:04d}"
            else:
                d.code = f"{kommun}{d.category}{d.locality}{seq[k] * 10:03d}"
        for reg in regs:
            for d in reg.desos:
                d.regso = reg.code
            reg.desos.sort(key=lambda d: d.code)


# --------------------------------------------------------------------------- statistics


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def make_counts(rng: np.random.Generator, regsos: list[Regso]) -> None:
    """Draw consistent integer counts for every DeSO and year."""
    for reg in sorted(regsos, key=lambda r: r.code):
        prof = PROFILES[reg.profile]
        for d in reg.desos:
            q = rng.dirichlet(np.array(prof.q) * 250.0)
            rates = [
                _logit(p) + rng.normal(0.0, 0.15)
                for p in (prof.lag, prof.age, prof.forg, prof.bist)
            ]
            pop23 = int(
                np.clip(round(d.base_pop * math.exp(rng.normal(0.0, 0.12))), DESO_MIN, DESO_MAX)
            )
            growth = rng.normal(0.008, 0.02)
            pop22 = int(np.clip(round(pop23 / (1.0 + growth)), 700, 2700))
            years = {2023: (pop23, q, rates)}
            q22 = rng.dirichlet(q * 3000.0)
            rates22 = [r + rng.normal(0.0, 0.06) for r in rates]
            years[2022] = (pop22, q22, rates22)
            for year in YEARS:
                p, qq, rr = years[year]
                qc = rng.multinomial(p, qq / qq.sum())
                lag, age, forg, bist = (_expit(r) for r in rr)
                b2064 = int(rng.binomial(p, age))
                d.counts[year] = {
                    "befolkning": int(p),
                    **{f"q{i + 1}": int(qc[i]) for i in range(5)},
                    "lag_ek_standard": int(rng.binomial(int(qc[0]), lag)),
                    "bef_20_64": b2064,
                    "forgymnasial": int(rng.binomial(b2064, forg)),
                    "bistand_arbetsloshet": int(rng.binomial(b2064, bist)),
                }


COUNT_FIELDS = (
    "befolkning",
    "q1",
    "q2",
    "q3",
    "q4",
    "q5",
    "lag_ek_standard",
    "bef_20_64",
    "forgymnasial",
    "bistand_arbetsloshet",
)
SHARES = (
    (
        "andel_lag_ek_standard",
        "lag_ek_standard",
        "befolkning",
        "Andel med låg ekonomisk standard, procent",
    ),
    (
        "andel_forgymnasial",
        "forgymnasial",
        "bef_20_64",
        "Andel 20-64 år med högst förgymnasial utbildning, procent",
    ),
    (
        "andel_bistand_arbetsloshet",
        "bistand_arbetsloshet",
        "bef_20_64",
        "Andel 20-64 år med långvarigt ekonomiskt bistånd och/eller långvarig arbetslöshet, "
        "procent",
    ),
)
COUNT_TEXT = (
    ("lag_ek_standard", "Antal personer med låg ekonomisk standard"),
    ("bef_20_64", "Antal personer 20-64 år"),
    ("forgymnasial", "Antal personer 20-64 år med högst förgymnasial utbildning"),
    (
        "bistand_arbetsloshet",
        "Antal personer 20-64 år med långvarigt ekonomiskt bistånd och/eller långvarig "
        "arbetslöshet",
    ),
)


def regso_counts(reg: Regso, year: int) -> dict[str, int]:
    """Sum of the RegSO's DeSO counts."""
    return {f: sum(d.counts[year][f] for d in reg.desos) for f in COUNT_FIELDS}


def tenths(num: int, den: int) -> int:
    """100 * num / den in tenths of a percent, rounded half up (exact integer arithmetic)."""
    return (2000 * num + den) // (2 * den)


# --------------------------------------------------------------------------- transit

# Lines as legs of (waypoints in km, stop spacing in m or 0 = stops only at the ends).
BUS_LINES: tuple[
    tuple[str, str, tuple[tuple[tuple[tuple[float, float], ...], float], ...]], ...
] = (
    (
        "1",
        "Buss 1 Norrby–Lindåsen",
        ((((46.8, 38.6), (46.4, 36.4), (46.0, 34.0), (46.6, 31.6), (48.6, 29.2)), 900.0),),
    ),
    (
        "2",
        "Buss 2 Västra Ängby–Tallbo",
        ((((40.6, 35.8), (43.6, 35.2), (46.0, 34.0), (49.0, 34.4), (52.8, 34.8)), 900.0),),
    ),
    (
        "3",
        "Buss 3 Kvarnbacken–Furulund",
        (
            (
                (
                    (44.0, 38.2),
                    (44.6, 36.0),
                    (46.0, 34.0),
                    (44.2, 33.2),
                    (41.6, 32.8),
                    (38.6, 33.0),
                ),
                900.0,
            ),
        ),
    ),
    (
        "11",
        "Buss 11 Ängsvik–Hammarbacken",
        ((((18.6, 23.4), (19.6, 20.6), (21.2, 17.8), (23.6, 18.6)), 800.0),),
    ),
    (
        "12",
        "Buss 12 Björkviks strand–Kullen",
        ((((17.0, 21.0), (20.0, 20.0), (22.8, 21.8)), 900.0),),
    ),
    (
        "100",
        "Buss 100 Björkvik–Vallby–Åstad",
        (
            (((20.0, 20.0), (24.5, 23.0), (28.0, 26.0)), 0.0),
            (((28.0, 26.0), (29.0, 27.0)), 700.0),
            (((29.0, 27.0), (35.0, 30.5), (39.8, 30.6), (42.4, 31.2)), 0.0),
            (((42.4, 31.2), (46.0, 34.0)), 0.0),
        ),
    ),
    (
        "200",
        "Buss 200 Åstad–Granmo–Storsjö",
        (
            (((46.0, 34.0), (45.4, 39.0), (45.0, 44.0)), 0.0),
            (((45.0, 44.0), (44.0, 50.0), (45.5, 56.0), (45.0, 61.4)), 8000.0),
            (((45.0, 61.4), (45.0, 62.6)), 600.0),
            (((45.0, 62.6), (38.0, 62.5), (28.6, 61.0)), 8000.0),
        ),
    ),
    (
        "300",
        "Buss 300 Åstad–Lillå",
        (
            (((46.0, 34.0), (48.6, 29.2), (53.0, 26.5)), 0.0),
            (((53.0, 26.5), (57.0, 24.5)), 2000.0),
            (((57.0, 24.5), (58.8, 23.4)), 700.0),
        ),
    ),
    (
        "310",
        "Buss 310 Åstad–Ekeby",
        (
            (((46.0, 34.0), (52.8, 34.8), (55.0, 38.0)), 0.0),
            (((55.0, 38.0), (60.8, 43.2)), 4000.0),
            (((60.8, 43.2), (62.6, 44.4)), 700.0),
        ),
    ),
)
RAILWAY = (
    (12.0, 14.0),
    (20.2, 19.2),
    (28.8, 25.6),
    (36.0, 29.0),
    (42.0, 30.3),
    (44.8, 32.0),
    (46.3, 33.6),
    (55.0, 38.6),
    (66.0, 43.0),
    (73.0, 48.0),
)
EXISTING_STATIONS = (
    ("Björkvik station", (20.2, 19.2)),
    ("Vallby station", (28.8, 25.6)),
    ("Åstad C", (46.3, 33.6)),
)
PLANNED_STATION = ("Solhöjden station", (42.0, 30.3))
TRAM = (
    (46.3, 33.6),
    (45.9, 34.1),
    (44.9, 33.5),
    (43.9, 32.8),
    (43.0, 32.0),
    (42.4, 31.2),
    (42.0, 30.3),
)
TRAM_SPACING = 550.0
STOP_RADIUS = {"buss": 400, "spårväg": 600, "tåg": 1000}


def _smooth_km(points: Sequence[tuple[float, float]], rounds: int = 3) -> list[tuple[float, float]]:
    """Chaikin corner cutting (ends kept), then to SWEREF 99 TM: lines look like roads."""
    pts = list(points)
    for _ in range(rounds):
        new = [pts[0]]
        for (ax, ay), (bx, by) in zip(pts[:-1], pts[1:]):
            new.append((0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by))
            new.append((0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by))
        new.append(pts[-1])
        pts = new
    out = []
    for p in pts:
        x, y = world(*p)
        out.append((round(x, 2), round(y, 2)))
    return out


def _along(line: list[tuple[float, float]], spacing: float) -> list[tuple[float, float]]:
    """Points at even spacing (ends included) along a world polyline."""
    cum = [0.0]
    for (ax, ay), (bx, by) in zip(line[:-1], line[1:]):
        cum.append(cum[-1] + math.hypot(bx - ax, by - ay))
    total = cum[-1]
    n = max(1, int(round(total / spacing))) if spacing > 0 else 1
    pts = []
    seg = 0
    for k in range(n + 1):
        target = total * k / n
        while seg < len(line) - 2 and cum[seg + 1] < target:
            seg += 1
        span = cum[seg + 1] - cum[seg]
        f = 0.0 if span == 0 else (target - cum[seg]) / span
        (ax, ay), (bx, by) = line[seg], line[seg + 1]
        pts.append((round(ax + f * (bx - ax), 2), round(ay + f * (by - ay), 2)))
    return pts


@dataclass
class Stop:
    """A transit stop in world coordinates."""

    stop_id: str
    namn: str
    trafikslag: str
    scenario: str
    x: float
    y: float


def build_transit(
    regso_geom: Sequence[tuple[Regso, ogr.Geometry]],
) -> tuple[list[Stop], list[tuple[str, str, str, str, list]]]:
    """Stops and lines (SWEREF 99 TM)."""
    stops: list[Stop] = []
    lines: list[tuple[str, str, str, str, list]] = []
    used_names: set[str] = set()
    per_regso: dict[str, int] = {}
    hamlets = iter(HAMLETS)

    def regso_at(x: float, y: float) -> Regso | None:
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        return next((r for r, g in regso_geom if g.Contains(pt)), None)

    def name_for(x: float, y: float) -> str:
        reg = regso_at(x, y)
        if reg is None or reg.locality == 0:
            return next(hamlets)
        n = per_regso.get(reg.code, 0)
        per_regso[reg.code] = n + 1
        if "entrum" in reg.name:
            cands = [f"{KOMMUNER[reg.kommun]} {s}" for s in CENTRE_STOPS]
        else:
            cands = [reg.name] + [f"{reg.name} {s}" for s in STOP_SUFFIXES]
        for cand in cands[n:] + cands[:n]:
            if cand not in used_names:
                return cand
        return f"{reg.name} {n + 1}"

    def add_stop(xy: tuple[float, float], kind: str, scenario: str, name: str = "") -> None:
        for s in stops:
            if (
                s.trafikslag == kind
                and s.scenario == scenario
                and math.hypot(s.x - xy[0], s.y - xy[1]) < 300.0
            ):
                return
        if not name and kind != "buss":
            # A tram stop next to a bus stop or station shares its name.
            near = [t for t in stops if math.hypot(t.x - xy[0], t.y - xy[1]) < 200.0]
            if near:
                name = min(near, key=lambda t: math.hypot(t.x - xy[0], t.y - xy[1])).namn
        nm = name or name_for(*xy)
        used_names.add(nm)
        prefix = "E" if scenario == "befintlig" else "P"
        count = sum(1 for s in stops if s.scenario == scenario) + 1
        stops.append(Stop(f"{prefix}{count:04d}", nm, kind, scenario, xy[0], xy[1]))

    # The railway with its stations: the smoothed line passes exactly through the waypoints'
    # ends only, so stations sit on the line's vertex nearest to their nominal place.
    def on_line(line: list[tuple[float, float]], xy_km: tuple[float, float]) -> tuple[float, float]:
        x, y = world(*xy_km)
        return min(line, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)

    rail = _smooth_km(RAILWAY)
    for name, xy in EXISTING_STATIONS:
        add_stop(on_line(rail, xy), "tåg", "befintlig", name)
    lines.append(("J1", "Järnväg Björkvik–Åstad C", "tåg", "befintlig", rail))

    for linje_id, namn, legs in BUS_LINES:
        coords: list[tuple[float, float]] = []
        for waypoints, spacing in legs:
            leg = _smooth_km(waypoints)
            coords.extend(leg if not coords else leg[1:])
            for xy in _along(leg, spacing):
                add_stop(xy, "buss", "befintlig")
        lines.append((linje_id, namn, "buss", "befintlig", coords))

    station = on_line(rail, PLANNED_STATION[1])
    tram = _smooth_km(TRAM[:-1]) + [station]
    add_stop(station, "tåg", "planerad", PLANNED_STATION[0])
    per_regso.clear()
    for xy in _along(tram, TRAM_SPACING):
        add_stop(xy, "spårväg", "planerad")
    lines.append(("S1", "Spårväg Åstad C–Solhöjden", "spårväg", "planerad", tram))
    return stops, lines


# --------------------------------------------------------------------------- writers


class _Raw(str):
    """A CSV cell written without quotes (numbers, '..')."""


def _fmt_cells(cells: Sequence[object], sep: str) -> str:
    out = []
    for c in cells:
        if isinstance(c, (_Raw, int)):
            out.append(str(c))
        else:
            out.append('"' + str(c).replace('"', '""') + '"')
    return sep.join(out)


def _footer(lines: Sequence[str], ncols: int, sep: str) -> list[str]:
    """Footnote rows padded to the table's width, as Statistikdatabasen writes them."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for line in lines:
        w.writerow([line] + [""] * (ncols - 1))
    return buf.getvalue().split("\r\n")[:-1]


FICTIONAL = (
    "Fiktiva data: Exempellän (länskod 99) med kommunerna Åstad (9901), Björkvik (9902) och "
    "Granmo (9903) finns inte. Alla värden är påhittade och skapade av "
    "tools/make_sample_data.py. Filen har samma form som en export från Statistikdatabasen."
)
NOTE_QUINTILE = (
    "Inkomstkvintil: personerna delas in efter nationella kvintiler av disponibel inkomst per "
    "konsumtionsenhet; kvintil 1 är den femtedel av rikets befolkning som har lägst inkomst."
)
NOTE_INDICATORS = (
    "Låg ekonomisk standard: disponibel inkomst per konsumtionsenhet under 60 procent av "
    "medianvärdet för riket. Förgymnasial utbildning och långvarigt ekonomiskt bistånd "
    "och/eller långvarig arbetslöshet (mer än 6 månader) avser personer 20-64 år."
)
NOTE_SUPPRESSED = "Symbolen .. betyder: uppgift inte tillgänglig eller för osäker för att anges."
SOURCE_NOTES = ("", "Källa:", "SCB (format), fiktiva värden", "", "Databas:", "Exempeldata")


def write_scb_csv(
    path: Path,
    title: str,
    header: Sequence[str],
    rows: list[list[object]],
    notes: Sequence[str],
    sep: str = ",",
) -> None:
    """Title, blank line, quoted header, data, then footnotes after a blank line."""
    lines = _footer([title, ""], len(header), sep)
    lines.append(_fmt_cells(header, sep))
    lines.extend(_fmt_cells(r, sep) for r in rows)
    lines.extend(_footer(["", *notes, *SOURCE_NOTES], len(header), sep))
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _layer(
    ds: ogr.DataSource, name: str, gtype: int, fields: Sequence[tuple[str, str]], description: str
) -> ogr.Layer:
    lyr = ds.CreateLayer(
        name,
        _srs(EPSG),
        gtype,
        options=["GEOMETRY_NAME=geom", "FID=fid", f"DESCRIPTION={description}"],
    )
    for fname, ftype in fields:
        if ftype == "str":
            fd = ogr.FieldDefn(fname, ogr.OFTString)
        elif ftype == "int":
            fd = ogr.FieldDefn(fname, ogr.OFTInteger)
        else:
            fd = ogr.FieldDefn(fname, ogr.OFTReal)
            fd.SetWidth(5)
            fd.SetPrecision(1)
        lyr.CreateField(fd)
    return lyr


def _add(lyr: ogr.Layer, values: dict[str, object], geom: ogr.Geometry) -> None:
    feat = ogr.Feature(lyr.GetLayerDefn())
    for k, v in values.items():
        feat.SetField(k, v)
    feat.SetGeometry(geom)
    lyr.CreateFeature(feat)


def _stadsdelar(kommun_geom: dict[str, ogr.Geometry]) -> list[tuple[str, ogr.Geometry]]:
    """Planning districts that cut across DeSO: rotated shapes clipped to the municipalities."""
    astad, bjorkvik = kommun_geom["9901"], kommun_geom["9902"]
    cx, cy = world(46.0, 34.3)
    rot = math.radians(20.0)

    def rotated(dx: float, dy: float) -> tuple[float, float]:
        return (
            cx + dx * math.cos(rot) - dy * math.sin(rot),
            cy + dx * math.sin(rot) + dy * math.cos(rot),
        )

    inner = _polygon(
        [rotated(-1900, -1500), rotated(1900, -1500), rotated(1900, 1500), rotated(-1900, 1500)]
    )
    outer = _circle(cx, cy, 6500.0)
    ring = outer.Difference(inner)
    out = [("Åstad innerstad", inner.Intersection(astad))]
    far = 30_000.0
    for k, name in enumerate(("Åstad öst", "Åstad norr", "Åstad väst", "Åstad syd")):
        a0 = rot - math.pi / 4 + k * math.pi / 2
        wedge = _polygon(
            [(cx, cy)]
            + [
                (
                    cx + far * math.cos(a0 + t * math.pi / 8),
                    cy + far * math.sin(a0 + t * math.pi / 8),
                )
                for t in range(5)
            ]
        )
        out.append((name, ring.Intersection(wedge).Intersection(astad)))
    out.append(("Åstad ytterområde", astad.Difference(outer)))
    bx, by = world(20.0, 20.0)
    town = _circle(bx, by, 4300.0).Intersection(bjorkvik)
    out.append(("Björkvik tätort", town))
    out.append(("Björkvik ytterområde", bjorkvik.Difference(town)))
    return [(n, _only_polygon(g, n)) for n, g in out]


def write_all(out_dir: Path) -> None:
    """Build the county and write every file under out_dir."""
    rng = np.random.default_rng(SEED)
    vor, regsos, desos = build_county(rng)
    assign_codes(regsos)
    regsos.sort(key=lambda r: r.code)
    desos.sort(key=lambda d: d.code)
    make_counts(rng, regsos)

    deso_geom = {d.code: vor.union(d.leaves, d.code) for d in desos}
    regso_geom = {r.code: vor.union([n for d in r.desos for n in d.leaves], r.code) for r in regsos}
    kommun_geom = {
        k: vor.union([n for d in desos if d.kommun == k for n in d.leaves], k) for k in KOMMUNER
    }
    stops, lines = build_transit([(r, regso_geom[r.code]) for r in regsos])

    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / GPKG_NAME
    if gpkg.exists():
        gpkg.unlink()
    # A fixed gpkg_contents.last_change keeps the file byte-identical between runs.
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(gpkg))
    base = [("kommunkod", "str"), ("kommunnamn", "str"), ("lanskod", "str")]
    counts = [(f, "int") for f in COUNT_FIELDS]

    lyr = _layer(
        ds,
        "deso",
        ogr.wkbPolygon,
        [("desokod", "str"), ("regsokod", "str"), *base, *counts],
        "DeSO-liknande områden i Exempellän (fiktiva data), antal 2023",
    )
    ds.StartTransaction()
    for d in desos:
        _add(
            lyr,
            {
                "desokod": d.code,
                "regsokod": d.regso,
                "kommunkod": d.kommun,
                "kommunnamn": KOMMUNER[d.kommun],
                "lanskod": LANSKOD,
                **d.counts[2023],
            },
            _only_polygon(deso_geom[d.code], d.code),
        )
    ds.CommitTransaction()

    lyr = _layer(
        ds,
        "regso",
        ogr.wkbPolygon,
        [
            ("regsokod", "str"),
            ("regsonamn", "str"),
            *base,
            *counts,
            *((s[0], "real") for s in SHARES),
        ],
        "RegSO-liknande områden i Exempellän (fiktiva data), antal och andelar 2023",
    )
    ds.StartTransaction()
    for reg in regsos:
        c = regso_counts(reg, 2023)
        shares = {s[0]: tenths(c[s[1]], c[s[2]]) / 10 for s in SHARES}
        _add(
            lyr,
            {
                "regsokod": reg.code,
                "regsonamn": reg.name,
                "kommunkod": reg.kommun,
                "kommunnamn": KOMMUNER[reg.kommun],
                "lanskod": LANSKOD,
                **c,
                **shares,
            },
            _only_polygon(regso_geom[reg.code], reg.code),
        )
    ds.CommitTransaction()

    lyr = _layer(
        ds,
        "kommun",
        ogr.wkbPolygon,
        [*base, ("lansnamn", "str")],
        "Kommuner i Exempellän (fiktiva)",
    )
    for k, name in KOMMUNER.items():
        _add(
            lyr,
            {"kommunkod": k, "kommunnamn": name, "lanskod": LANSKOD, "lansnamn": LANSNAMN},
            _only_polygon(kommun_geom[k], k),
        )

    lyr = _layer(
        ds,
        "stadsdelar",
        ogr.wkbPolygon,
        [("stadsdel_id", "str"), ("namn", "str")],
        "Planeringsområden i Åstad och Björkvik som inte följer DeSO-gränser",
    )
    for n, (name, geom) in enumerate(_stadsdelar(kommun_geom), start=1):
        _add(lyr, {"stadsdel_id": f"SD{n:02d}", "namn": name}, geom)

    lyr = _layer(
        ds,
        "transit_stops",
        ogr.wkbPoint,
        [
            ("stop_id", "str"),
            ("namn", "str"),
            ("trafikslag", "str"),
            ("scenario", "str"),
            ("avstand_m", "int"),
        ],
        "Hållplatser och stationer, befintliga och planerade (fiktiva)",
    )
    ds.StartTransaction()
    for s in stops:
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(s.x, s.y)
        _add(
            lyr,
            {
                "stop_id": s.stop_id,
                "namn": s.namn,
                "trafikslag": s.trafikslag,
                "scenario": s.scenario,
                "avstand_m": STOP_RADIUS[s.trafikslag],
            },
            pt,
        )
    ds.CommitTransaction()

    lyr = _layer(
        ds,
        "transit_lines",
        ogr.wkbLineString,
        [("linje_id", "str"), ("namn", "str"), ("trafikslag", "str"), ("scenario", "str")],
        "Linjer: befintlig järnväg och busslinjer, planerad spårväg (fiktiva)",
    )
    for linje_id, namn, kind, scenario, coords in lines:
        ls = ogr.Geometry(ogr.wkbLineString)
        for x, y in coords:
            ls.AddPoint_2D(x, y)
        _add(
            lyr, {"linje_id": linje_id, "namn": namn, "trafikslag": kind, "scenario": scenario}, ls
        )
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)

    _write_csvs(out_dir, regsos, desos)
    _write_gtfs(out_dir, stops)


def _write_csvs(out_dir: Path, regsos: list[Regso], desos: list[Deso]) -> None:
    years = [str(y) for y in YEARS]
    rows: list[list[object]] = []
    for d in desos:
        for i in range(1, 6):
            rows.append([d.code, f"kvintil {i}", *(d.counts[y][f"q{i}"] for y in YEARS)])
        rows.append([d.code, "totalt", *(d.counts[y]["befolkning"] for y in YEARS)])
    write_scb_csv(
        out_dir / "deso_befolkning_inkomstkvintil.csv",
        "Antal personer efter region, inkomstkvintil och år",
        ["region", "inkomstkvintil", *years],
        rows,
        [FICTIONAL, NOTE_QUINTILE],
    )

    rows = []
    for d in desos:
        for f, text in COUNT_TEXT:
            rows.append([d.code, text, *(d.counts[y][f] for y in YEARS)])
    write_scb_csv(
        out_dir / "deso_indikatorer_antal.csv",
        "Antal personer efter region, tabellinnehåll och år",
        ["region", "tabellinnehåll", *years],
        rows,
        [FICTIONAL, NOTE_INDICATORS],
    )

    # SCB suppresses small counts: the two RegSO with fewest 20-64 year-olds in 2022 get
    # ".." for the social-assistance share that year (the gpkg keeps the true values).
    smallest = sorted(regsos, key=lambda r: (regso_counts(r, 2022)["bef_20_64"], r.code))[:2]
    suppressed = {(r.code, "andel_bistand_arbetsloshet", 2022) for r in smallest}
    rows = []
    for reg in sorted(regsos, key=lambda r: (r.kommun, _sv_key(r.name))):
        region = f"{KOMMUNER[reg.kommun]} ({reg.name})"
        for field_name, num, den, text in SHARES:
            vals: list[object] = []
            for y in YEARS:
                if (reg.code, field_name, y) in suppressed:
                    vals.append(_Raw(".."))
                    continue
                c = regso_counts(reg, y)
                t = tenths(c[num], c[den])
                vals.append(_Raw(f"{t // 10},{t % 10}"))
            rows.append([region, text, *vals])
    write_scb_csv(
        out_dir / "regso_indikatorer.csv",
        "Andel personer efter region, tabellinnehåll och år",
        ["region", "tabellinnehåll", *years],
        rows,
        [FICTIONAL, NOTE_INDICATORS, NOTE_SUPPRESSED],
        sep=";",
    )

    lines = ["Kommun,Kommunnamn,DeSO_2018,RegSO_2020,RegSOkod_2020"]
    for reg in regsos:
        for d in reg.desos:
            lines.append(f"{reg.kommun},{KOMMUNER[reg.kommun]},{d.code},{reg.name},{reg.code}")
    # SCB's file: UTF-8 with BOM, CRLF, no line break after the last row.
    (out_dir / "koppling_deso_regso.csv").write_bytes(
        ("\ufeff" + "\r\n".join(lines)).encode("utf-8")
    )


def _write_gtfs(out_dir: Path, stops: list[Stop]) -> None:
    tr = osr.CoordinateTransformation(_srs(EPSG), _srs(4326))
    gtfs = out_dir / "gtfs"
    gtfs.mkdir(exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["stop_id", "stop_name", "stop_lat", "stop_lon", "location_type"])
    for s in stops:
        if s.scenario != "befintlig":
            continue
        lon, lat, _ = tr.TransformPoint(s.x, s.y)
        w.writerow([s.stop_id, s.namn, f"{lat:.6f}", f"{lon:.6f}", 0])
    (gtfs / "stops.txt").write_bytes(buf.getvalue().encode("utf-8"))


def main() -> None:
    """Write resources/sample/ from scratch."""
    write_all(OUT_DIR)
    print(f"Wrote sample data to {OUT_DIR}")


if __name__ == "__main__":
    main()
