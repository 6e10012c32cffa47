"""Map colours and the checks that they stay readable for everyone.

The hex constants here are the single source of the plugin's palettes
(``adapter.styling`` builds the QGIS symbols from them), so a test can check
them without QGIS:

- colour-vision deficiency is simulated with the matrices of Machado, Oliveira
  & Fernandes (2009), "A physiologically-based model for simulation of color
  vision deficiency", IEEE TVCG 15(6), table for severity 1.0, applied to
  *linear* RGB (sRGB decoded with the IEC 61966-2-1 transfer function);
- colour difference is CIELAB ΔE, either CIE76 (Euclidean) or CIEDE2000
  (Sharma, Wu & Dalal 2005), with sRGB → XYZ (D65) → L*a*b*;
- greyscale print is approximated by the CIE lightness L* of each colour.

Pure numpy: no qgis, no Qt.
"""

from __future__ import annotations

from typing import Dict, Iterable, Sequence

import numpy as np

# -- the palettes -----------------------------------------------------------------------------

#: Area types 1-5 (områdestyper): dark red (major challenges) to dark teal (very good
#: conditions), after ColorBrewer's diverging RdBu/BrBG.
AREA_TYPE_COLOURS = {
    1: "#b2182b",
    2: "#ef8a62",
    3: "#f6e8c3",
    4: "#80cdc1",
    5: "#01665e",
}
#: Areas without a type (missing values): grey, drawn with a dotted brush.
NOT_CLASSIFIED_COLOUR = "#bdbdbd"
#: Hatch spacing in mm for the types that get one (they cannot be told apart by lightness in
#: greyscale print): dense for type 1, sparse for type 2.
AREA_TYPE_HATCH = {1: 1.2, 2: 2.4}

#: Sequential ramp for indicators and shares (ColorBrewer OrRd, 5 classes): light = low.
SEQUENTIAL_RAMP = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")
#: Sequential ramp for indices per municipality or county (ColorBrewer Purples, 5 classes),
#: kept apart from the area-type colours so the two kinds of map are not confused.
INDEX_RAMP = ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f")
#: Outline and hatch of flagged regions (Delmos' selection).
FLAG_COLOUR = "#000000"

# -- colour-vision deficiency (Machado et al. 2009, severity 1.0) ----------------------------

MACHADO_2009 = {
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}
DEFICIENCIES = tuple(MACHADO_2009)

#: sRGB (linear) to CIE XYZ, D65 (IEC 61966-2-1).
_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
_WHITE_D65 = _RGB_TO_XYZ.sum(axis=1)


def hex_to_rgb(colours: Iterable[str] | str) -> np.ndarray:
    """'#rrggbb' (or a list of them) to sRGB in 0-1, shape (n, 3)."""
    if isinstance(colours, str):
        colours = [colours]
    rows = []
    for colour in colours:
        text = colour.strip().lstrip("#")
        if len(text) != 6:
            raise ValueError(f"not a #rrggbb colour: {colour!r}")
        rows.append([int(text[i : i + 2], 16) / 255.0 for i in (0, 2, 4)])
    return np.array(rows, dtype=float)


def rgb_to_hex(rgb: np.ndarray) -> list[str]:
    """sRGB in 0-1, shape (n, 3), to '#rrggbb' strings."""
    values = np.clip(np.round(np.atleast_2d(rgb) * 255.0), 0, 255).astype(int)
    return ["#{:02x}{:02x}{:02x}".format(*row) for row in values]


def srgb_to_linear(rgb: np.ndarray) -> np.ndarray:
    """Decode the sRGB transfer function (IEC 61966-2-1)."""
    c = np.asarray(rgb, dtype=float)
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_srgb(linear: np.ndarray) -> np.ndarray:
    """Encode linear RGB with the sRGB transfer function (clipped to 0-1)."""
    c = np.clip(np.asarray(linear, dtype=float), 0.0, 1.0)
    return np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)


def simulate_cvd(rgb: np.ndarray, deficiency: str) -> np.ndarray:
    """sRGB colours (n, 3) as seen with ``deficiency`` (protanopia, deuteranopia,
    tritanopia) at severity 1.0; ``"normal"`` returns them unchanged."""
    rgb = np.atleast_2d(np.asarray(rgb, dtype=float))
    if deficiency == "normal":
        return rgb.copy()
    if deficiency not in MACHADO_2009:
        raise ValueError(f"unknown deficiency {deficiency!r}; one of {DEFICIENCIES}")
    linear = srgb_to_linear(rgb) @ MACHADO_2009[deficiency].T
    return linear_to_srgb(linear)


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB (n, 3) in 0-1 to CIE L*a*b* (D65 white)."""
    xyz = srgb_to_linear(np.atleast_2d(rgb)) @ _RGB_TO_XYZ.T
    t = xyz / _WHITE_D65
    delta = 6.0 / 29.0
    f = np.where(t > delta**3, np.cbrt(t), t / (3 * delta**2) + 4.0 / 29.0)
    lightness = 116.0 * f[:, 1] - 16.0
    a = 500.0 * (f[:, 0] - f[:, 1])
    b = 200.0 * (f[:, 1] - f[:, 2])
    return np.column_stack([lightness, a, b])


def delta_e76(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """CIE76 colour difference: Euclidean distance in L*a*b*."""
    return np.linalg.norm(np.atleast_2d(lab1) - np.atleast_2d(lab2), axis=-1)


def delta_e2000(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """CIEDE2000 colour difference (kL = kC = kH = 1), Sharma, Wu & Dalal (2005)."""
    lab1 = np.atleast_2d(np.asarray(lab1, dtype=float))
    lab2 = np.atleast_2d(np.asarray(lab2, dtype=float))
    l1, a1, b1 = lab1[:, 0], lab1[:, 1], lab1[:, 2]
    l2, a2, b2 = lab2[:, 0], lab2[:, 1], lab2[:, 2]
    c_bar = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2.0
    g = 0.5 * (1.0 - np.sqrt(c_bar**7 / (c_bar**7 + 25.0**7)))
    a1p, a2p = (1.0 + g) * a1, (1.0 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360.0
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360.0
    zero = (c1p * c2p) == 0
    dlp = l2 - l1
    dcp = c2p - c1p
    dh = h2p - h1p
    dh = np.where(dh > 180.0, dh - 360.0, np.where(dh < -180.0, dh + 360.0, dh))
    dh = np.where(zero, 0.0, dh)
    d_hp = 2.0 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh) / 2.0)
    lp_bar = (l1 + l2) / 2.0
    cp_bar = (c1p + c2p) / 2.0
    h_sum = h1p + h2p
    hp_bar = np.where(
        np.abs(h1p - h2p) <= 180.0,
        h_sum / 2.0,
        np.where(h_sum < 360.0, (h_sum + 360.0) / 2.0, (h_sum - 360.0) / 2.0),
    )
    hp_bar = np.where(zero, h_sum, hp_bar)
    t = (
        1.0
        - 0.17 * np.cos(np.radians(hp_bar - 30.0))
        + 0.24 * np.cos(np.radians(2.0 * hp_bar))
        + 0.32 * np.cos(np.radians(3.0 * hp_bar + 6.0))
        - 0.20 * np.cos(np.radians(4.0 * hp_bar - 63.0))
    )
    d_theta = 30.0 * np.exp(-(((hp_bar - 275.0) / 25.0) ** 2))
    r_c = 2.0 * np.sqrt(cp_bar**7 / (cp_bar**7 + 25.0**7))
    s_l = 1.0 + 0.015 * (lp_bar - 50.0) ** 2 / np.sqrt(20.0 + (lp_bar - 50.0) ** 2)
    s_c = 1.0 + 0.045 * cp_bar
    s_h = 1.0 + 0.015 * cp_bar * t
    r_t = -np.sin(np.radians(2.0 * d_theta)) * r_c
    return np.sqrt(
        (dlp / s_l) ** 2 + (dcp / s_c) ** 2 + (d_hp / s_h) ** 2 + r_t * (dcp / s_c) * (d_hp / s_h)
    )


def greyscale_lightness(colours: Sequence[str]) -> np.ndarray:
    """CIE L* (0 black - 100 white) of each colour: its grey level in greyscale print."""
    return rgb_to_lab(hex_to_rgb(list(colours)))[:, 0]


def pairwise_delta_e(
    colours: Sequence[str], deficiency: str = "normal", formula: str = "2000"
) -> np.ndarray:
    """Matrix of ΔE between the colours as seen with ``deficiency``; ``formula`` "76"/"2000"."""
    lab = rgb_to_lab(simulate_cvd(hex_to_rgb(list(colours)), deficiency))
    n = len(lab)
    i, j = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    func = delta_e2000 if formula == "2000" else delta_e76
    return func(lab[i.ravel()], lab[j.ravel()]).reshape(n, n)


def min_delta_e(colours: Sequence[str], deficiency: str = "normal", formula: str = "2000") -> float:
    """Smallest ΔE between two different colours of the list, as seen with ``deficiency``."""
    matrix = pairwise_delta_e(colours, deficiency, formula)
    return float(matrix[~np.eye(len(matrix), dtype=bool)].min())


def palette_report(colours: Sequence[str], formula: str = "2000") -> Dict[str, float]:
    """Minimum pairwise ΔE for normal vision and each simulated deficiency."""
    return {d: min_delta_e(colours, d, formula) for d in ("normal",) + DEFICIENCIES}


__all__ = [
    "AREA_TYPE_COLOURS",
    "AREA_TYPE_HATCH",
    "DEFICIENCIES",
    "FLAG_COLOUR",
    "INDEX_RAMP",
    "NOT_CLASSIFIED_COLOUR",
    "SEQUENTIAL_RAMP",
    "delta_e2000",
    "delta_e76",
    "greyscale_lightness",
    "hex_to_rgb",
    "min_delta_e",
    "pairwise_delta_e",
    "palette_report",
    "rgb_to_hex",
    "rgb_to_lab",
    "simulate_cvd",
]
