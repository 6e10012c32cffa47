"""Read SCB Statistikdatabasen (PxWeb) exports into one long table.

Handles the CSV/XLSX files that statistikdatabasen.scb.se exports: UTF-8 (with or
without BOM) or Windows-1252/Latin-1, comma/semicolon/tab separated, decimal point or
comma, an optional title line, a header such as ``",2022"`` or ``"region,år,värde"``,
long or wide layouts, and SCB's notes ("Källa:", "Kontaktperson:", ...) after the table.
Missing values use SCB's symbols (SCB, "Teckenförklaring": ``..`` not available or too
uncertain, ``.`` cannot occur, ``:`` too uncertain); they become NaN, never zero, with the
symbol kept in ``flag``.

Regions without code ("Kommunnamn (RegSO-namn)") get their code from SCB's crosswalk
"Koppling DeSO 2018 - RegSO 2020" (scb.se, Regionala statistikområden, RegSO): first by
exact (kommunnamn, RegSO name); then by a normalised key (Unicode NFKC, case folded, all
dashes as "-", whitespace incl. no-break space collapsed, no space around dashes, a leading
"RegSO-"/"DeSO-" prefix dropped — SCB writes Malmö's RegSO names as "RegSO-Augustenborg"
in some products and "Augustenborg" in others), accepted only when unique in the kommun.

Pure numpy/pandas/stdlib; no qgis or Qt import.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Sequence, Union

import numpy as np
import pandas as pd

from .errors import N_, SegregationError

__all__ = [
    "ImportReport",
    "OUTPUT_COLUMNS",
    "SUPPRESSED_TOKENS",
    "read_statistics",
    "read_crosswalk",
    "sniff",
    "pivot_for_join",
    "match_report",
]

PathLike = Union[str, "os.PathLike[str]"]

#: Columns of the long table returned by :func:`read_statistics`, in order.
OUTPUT_COLUMNS = ("label", "code", "kommunnamn", "area_name", "variable", "year", "value", "flag")
#: SCB's symbols for missing/suppressed values (kept as NaN + flag, never zero).
SUPPRESSED_TOKENS = (".", "..", "...", ":")
SEPARATORS = (",", ";", "\t")
CROSSWALK_COLUMNS = ("deso", "regso_code", "regso_name", "kommun", "kommunnamn")
MAX_FIELD_NAME = 63

# --- messages (English templates for tr(); params fill the {named} fields) -------------
E_READ = N_("Cannot read {file}: {reason}")
E_EMPTY = N_("The file {file} is empty.")
E_BINARY = N_(
    "The file {file} is not a text table (binary content at position {offset}); "
    "export the table from Statistikdatabasen as CSV or XLSX."
)
E_OLD_XLS = N_("The file {file} is an old Excel .xls workbook; save it as .xlsx or CSV.")
E_XLSX_MISSING = N_(
    "Reading the Excel file {file} needs the Python package openpyxl, which is not "
    "installed; install openpyxl or export the table as CSV."
)
E_XLSX_BAD = N_("The Excel file {file} cannot be read: {reason}")
E_NOT_TABLE = N_(
    "The file {file} does not look like a table: no header followed by rows with the "
    "same number (2 or more) of fields separated by comma, semicolon or tab."
)
E_MIXED_SEP = N_(
    "Mixed separators in {file}: the table uses {separator} but line {line} uses {other}."
)
E_FIELD_COUNT = N_(
    "Line {line} of {file} has {found} fields; the header on line {header_line} has {expected}."
)
E_NO_DATA = N_("The file {file} has a header on line {line} but no data rows.")
E_NO_YEAR = N_(
    "No year in the header of {file} (line {line}: {header}); expected year columns such "
    "as 2022 or a time column such as år."
)
E_BAD_YEAR = N_('Invalid year "{value}" on line {line}, column "{column}" of {file}.')
E_NOT_NUMERIC = N_(
    'Non-numeric value "{value}" on line {line}, column "{column}" of {file}; only numbers '
    "and the missing-value codes . .. ... : are allowed."
)
E_DUPLICATE_ROWS = N_("Duplicate rows for the same region in {file}: {rows}.")
E_DUPLICATE_COLUMNS = N_("Duplicate columns for the same year in {file}: {columns}.")
E_CW_COLUMNS = N_("The crosswalk {file} lacks the column(s) {missing}; found: {found}.")
E_CW_DUPLICATES = N_("Duplicate DeSO codes in the crosswalk {file}: {codes}.")
E_PIVOT_COLUMNS = N_("The table lacks the column(s) {missing} needed for the join.")
E_PIVOT_SELECTION = N_('No values for variable "{variable}" and year {year} in the table.')
E_PIVOT_DUPLICATES = N_(
    'Several values for the same code, variable and year: {codes} (variable "{variable}", '
    "year {year})."
)

_SEP_NAMES = {",": "comma (,)", ";": "semicolon (;)", "\t": "tab"}
_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_YEAR_CELL_RE = re.compile(r"^\s*(1[89]\d\d|20\d\d)\s*$")
_TIME_NAMES = frozenset(
    {"år", "ar", "year", "years", "tid", "time", "period", "årtal", "referensår", "referenstid"}
)
_REGION_HEADER_RE = re.compile(
    r"^(region|område|omrade|kommun|län|lan|deso|regso|area|geografi|geography)", re.I
)
_GENERIC_VALUE_NAMES = frozenset({"värde", "varde", "value", "values", "data", "observation"})
_CODE_PATTERN = r"\d{2}|\d{4}|\d{4}[A-Z]\d{3,4}"
_LABEL_RE = rf"^(?P<code>{_CODE_PATTERN})(?:\s+(?P<name>\S.*?))?\s*$"
_PAREN_RE = r"^(?P<k>[^()]+?)\s*\((?P<a>.+)\)\s*$"
_FOOTER_WORDS = (
    r"[ \t\"]*(?:Källa|Source|Fotnot(?:er)?|Footnotes?|Kontaktperson|Contact(?: person)?|"
    r"Senaste uppdatering|Last updated?|Teckenförklaring|Anm(?:ärkning)?|Intern referenskod)"
    r"[ \t]*:"
)
_FOOTER_RE = r"\n" + _FOOTER_WORDS
_FOOTER_LINE = re.compile(_FOOTER_RE, re.I)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE_LINES = 200
_KEY_SEP = "\x1f"
_NO_VAR = "\x1e(no variable)\x1e"


@dataclass
class ImportReport:
    """What :func:`read_statistics` found in a file (shown to the planner)."""

    rows_read: int = 0
    regions: int = 0
    years: list[int] = field(default_factory=list)
    suppressed: int = 0
    unmatched_labels: list[str] = field(default_factory=list)
    footnotes: str = ""
    encoding: str = ""
    separator: str = ""
    decimal: str = "."
    layout: str = "wide"
    warnings: list[str] = field(default_factory=list)
    title: str = ""
    header_line: int = 0


@dataclass
class _Table:
    """A raw table: header cells, data cells as strings, and where they came from."""

    name: str
    header: list
    data: pd.DataFrame
    header_line: int
    line_of: Callable[[int], int]
    title: str
    footnotes: str
    encoding: str
    separator: str


# ----------------------------------------------------------------------------------------
# Decoding and tokenizing
# ----------------------------------------------------------------------------------------


def _file_name(path: PathLike) -> str:
    return os.path.basename(os.fspath(path))


def _read_bytes(path: PathLike) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise SegregationError(
            E_READ, file=_file_name(path), reason=exc.strerror or str(exc)
        ) from exc


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    """Decode ``raw``: BOM, else strict UTF-8, else Windows-1252, else Latin-1."""
    if not raw:
        raise SegregationError(E_EMPTY, file=name)
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        nul = raw.find(b"\x00", 0, 1 << 16)
        if nul >= 0:
            raise SegregationError(E_BINARY, file=name, offset=nul)
        encoding = "utf-8"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "cp1252"
            try:
                raw.decode("cp1252")
            except UnicodeDecodeError:
                encoding = "latin-1"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SegregationError(E_BINARY, file=name, offset=exc.start) from exc
    text = text.lstrip("\ufeff")
    bad = _CONTROL_RE.search(text, 0, 1 << 16)
    if bad:
        raise SegregationError(E_BINARY, file=name, offset=bad.start())
    if not text.strip():
        raise SegregationError(E_EMPTY, file=name)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


@dataclass
class _Record:
    first_line: int  # 1-based physical line where the record starts
    last_line: int
    cells: list


def _tokenize(sample: str, sep: str, first_line: int = 1) -> list:
    """Split a small text sample into CSV records (with their physical lines)."""
    reader = csv.reader(io.StringIO(sample), delimiter=sep, quotechar='"')
    records = []
    prev = 0
    try:
        for cells in reader:
            records.append(_Record(first_line + prev, first_line + reader.line_num - 1, cells))
            prev = reader.line_num
    except csv.Error:
        pass  # a quoted field cut at the end of the sample
    return records


def _blank(cells: Sequence[str]) -> bool:
    return all(not c.strip() for c in cells)


def _header_like(cells: Sequence[str]) -> bool:
    """A time column name ("år"), or year columns from the first one with a year to the end.

    "1280 Malmö,2021,1" is data: the cell after the first year-like one has no year.
    """
    if any(c.strip().casefold() in _TIME_NAMES for c in cells):
        return True
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    years = [_YEAR_RE.search(c) is not None for c in cells]
    return True in years and all(years[years.index(True) :])


def _first_run(records: list, exact: bool = True) -> Optional[tuple[int, int]]:
    """First run ``[i, j)`` of >= 2 non-blank records starting with one of width >= 2.

    ``exact``: all records of the run have the same width (CSV); else any width (XLSX,
    where trailing empty cells are not stored).
    """
    i, n = 0, len(records)
    while i < n:
        width = len(records[i].cells)
        if width < 2 or _blank(records[i].cells):
            i += 1
            continue
        j = i + 1
        while j < n and not _blank(records[j].cells):
            if exact and len(records[j].cells) != width:
                break
            j += 1
        if j - i >= 2:
            return i, j
        i = j
    return None


def _pick_header(records: list, run: tuple[int, int]) -> int:
    """Index of the header: first header-like record among the first 3 of the run."""
    i, j = run
    for k in range(i, min(i + 3, j - 1)):
        if _header_like(records[k].cells):
            return k
    return i


def _penalty(records: list, run: tuple[int, int], sep: str) -> int:
    others = [s for s in SEPARATORS if s != sep]
    count = 0
    for rec in records[run[0] : run[1]]:
        for cell in rec.cells:
            for other in others:
                if other in cell and not (other == "," and re.search(r"\d,\d", cell)):
                    count += 1
    return count


def _splits_into(line: str, width: int, sep: str) -> Optional[str]:
    """Another separator that splits ``line`` into ``width`` fields, if any."""
    for other in SEPARATORS:
        if other != sep and other in line:
            cells = next(csv.reader([line], delimiter=other, quotechar='"'), [])
            if len(cells) == width:
                return other
    return None


def _line_offsets(text: str, n_lines: int) -> list:
    """Start offsets of the first ``n_lines + 1`` physical lines."""
    offsets = [0]
    pos = 0
    for _ in range(n_lines):
        nxt = text.find("\n", pos)
        if nxt < 0:
            break
        pos = nxt + 1
        offsets.append(pos)
    return offsets


def _footnote_text(text: str, sep: str) -> str:
    """SCB's notes after the table, one record per line, HTML tags removed."""
    if not text.strip():
        return ""
    lines = []
    for rec in _tokenize(text, sep or ","):
        cells = [c.strip() for c in rec.cells if c.strip()]
        lines.append(" ".join(cells))
    out = re.sub(r"<[^>]+>", "", "\n".join(lines))
    out = re.sub(r"[ \t\u00a0]+", " ", out)
    out = re.sub(r" *\n *", "\n", out)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def _read_csv_table(raw: bytes, name: str) -> _Table:
    """Find separator, title, header, data block and footnotes of a CSV export."""
    text, encoding = _decode(raw, name)
    offsets = _line_offsets(text, _SAMPLE_LINES)
    sample = text[: offsets[-1]] if len(offsets) > _SAMPLE_LINES else text

    best = None
    for sep in SEPARATORS:
        records = _tokenize(sample, sep)
        run = _first_run(records)
        if run is None:
            continue
        hdr = _pick_header(records, run)
        score = (_header_like(records[hdr].cells), run[1] - hdr, -_penalty(records, run, sep))
        if best is None or score > best[0]:
            best = (score, sep, records, run, hdr)
    if best is None:
        raise SegregationError(E_NOT_TABLE, file=name)
    _, sep, records, run, hdr = best
    header_rec = records[hdr]
    width = len(header_rec.cells)

    # A non-blank line right above the header that another separator splits the same way.
    if hdr > 0 and not _blank(records[hdr - 1].cells):
        prev = records[hdr - 1]
        line = sample[offsets[prev.first_line - 1] : offsets[prev.last_line]].rstrip("\n")
        other = _splits_into(line, width, sep)
        if other is not None:
            raise SegregationError(
                E_MIXED_SEP,
                file=name,
                separator=_SEP_NAMES[sep],
                line=prev.first_line,
                other=_SEP_NAMES[other],
            )
    # A title that the separator split ("Folkmängd, antal") is joined back with ", ".
    title_parts = [", ".join(c.strip() for c in rec.cells if c.strip()) for rec in records[:hdr]]
    title = " ".join(p for p in title_parts if p)

    start = offsets[header_rec.first_line - 1]
    body = offsets[header_rec.last_line] if header_rec.last_line < len(offsets) else len(text)
    # Footnotes start at the first blank line (or a "Källa:"-like line) after the header.
    blank_re = re.compile(r"\n[ \t\u00a0\"" + re.escape(sep) + r"]*(?=\n|\Z)")
    ends = [len(text)]
    m = blank_re.search(text, body - 1)
    if m:
        ends.append(m.start() + 1)
    m = _FOOTER_LINE.search(text, body - 1)
    if m:
        ends.append(m.start() + 1)
    end = min(ends)
    block = text[start:end]
    footnotes = _footnote_text(text[end:], sep)
    header_line = header_rec.first_line

    try:
        frame = pd.read_csv(
            io.StringIO(block),
            sep=sep,
            header=None,
            dtype=str,
            na_filter=False,
            quotechar='"',
            skip_blank_lines=False,
            engine="c",
            low_memory=False,
        )
    except pd.errors.EmptyDataError:
        raise SegregationError(E_NOT_TABLE, file=name) from None
    except pd.errors.ParserError as exc:
        m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if not m:
            raise SegregationError(E_READ, file=name, reason=str(exc)) from exc
        line = header_line + int(m.group(2)) - 1
        _raise_field_count(text, name, sep, line, int(m.group(3)), width, header_line)
        raise  # pragma: no cover - _raise_field_count always raises
    if len(frame.columns) != width:
        raise SegregationError(
            E_FIELD_COUNT,
            file=name,
            line=header_line,
            found=width,
            expected=len(frame.columns),
            header_line=header_line,
        )
    header = [str(c) for c in frame.iloc[0].tolist()] if len(frame) else header_rec.cells
    data = frame.iloc[1:].reset_index(drop=True)
    simple = block.count("\n") in (len(frame), len(frame) - 1)
    first_data_line = header_rec.last_line + 1

    def line_of(i: int) -> int:
        if simple:
            return first_data_line + i
        recs = _tokenize(text[body:end], sep, first_data_line)
        return recs[i].first_line if i < len(recs) else first_data_line + i

    # Rows with fewer fields than the header are padded with "" by pandas: find them.
    if len(data) and width > 1:
        last = data.iloc[:, -1].to_numpy(dtype=object)
        suspects = np.flatnonzero(last == "")
        if len(suspects) and simple:
            lines = block.split("\n")
            for i in suspects[:1000]:
                raw_line = lines[i + 1]
                found = len(next(csv.reader([raw_line], delimiter=sep, quotechar='"'), []))
                if found < width:
                    _raise_field_count(text, name, sep, line_of(int(i)), found, width, header_line)
    return _Table(name, header, data, header_line, line_of, title, footnotes, encoding, sep)


def _raw_line(text: str, line: int) -> str:
    """Physical line ``line`` (1-based) of ``text`` (error messages only)."""
    offsets = _line_offsets(text, line - 1)
    if len(offsets) < line:
        return ""
    end = text.find("\n", offsets[line - 1])
    return text[offsets[line - 1] : end if end >= 0 else len(text)]


def _raise_field_count(
    text: str, name: str, sep: str, line: int, found: int, width: int, header_line: int
) -> None:
    other = _splits_into(_raw_line(text, line), width, sep)
    if other is not None:
        raise SegregationError(
            E_MIXED_SEP, file=name, separator=_SEP_NAMES[sep], line=line, other=_SEP_NAMES[other]
        )
    raise SegregationError(
        E_FIELD_COUNT, file=name, line=line, found=found, expected=width, header_line=header_line
    )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _read_xlsx_table(path: PathLike, name: str) -> _Table:
    """Read the first sheet of an XLSX export (needs openpyxl, imported lazily)."""
    try:
        import openpyxl  # noqa: PLC0415 - optional dependency
    except ImportError:
        raise SegregationError(E_XLSX_MISSING, file=name) from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException, ...
        raise SegregationError(E_XLSX_BAD, file=name, reason=str(exc)) from exc
    for row in rows:
        while row and not row[-1].strip():
            row.pop()
    records = [_Record(i + 1, i + 1, row) for i, row in enumerate(rows)]
    run = _first_run(records, exact=False)
    if run is None:
        if not any(rows):
            raise SegregationError(E_EMPTY, file=name)
        raise SegregationError(E_NOT_TABLE, file=name)
    hdr = _pick_header(records, run)
    end = run[1]
    for k in range(hdr + 1, run[1]):
        first = records[k].cells[0].strip() if records[k].cells else ""
        if re.match(_FOOTER_WORDS, first, flags=re.I):
            end = k
            break
    body = rows[hdr:end]
    width = max(len(r) for r in body)
    body = [r + [""] * (width - len(r)) for r in body]
    title = " ".join(
        " ".join(c.strip() for c in rec.cells if c.strip()) for rec in records[:hdr]
    ).strip()
    notes = "\n".join(" ".join(c.strip() for c in rec.cells if c.strip()) for rec in records[end:])
    notes = re.sub(r"\n{3,}", "\n\n", re.sub(r"<[^>]+>", "", notes)).strip()
    data = pd.DataFrame(body[1:], columns=range(width), dtype=object)
    header_line = hdr + 1
    return _Table(
        name,
        body[0],
        data,
        header_line,
        lambda i: header_line + 1 + i,
        title,
        notes,
        "xlsx",
        "",
    )


def _load_table(path: PathLike) -> _Table:
    """CSV or XLSX (by content, not by extension)."""
    name = _file_name(path)
    raw = _read_bytes(path)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise SegregationError(E_OLD_XLS, file=name)
    if raw.startswith(b"PK\x03\x04"):
        return _read_xlsx_table(path, name)
    return _read_csv_table(raw, name)


# ----------------------------------------------------------------------------------------
# Interpretation: layout, years, values, regions
# ----------------------------------------------------------------------------------------


def _factorize_clean(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes and stripped uniques of a string column (work on uniques, not rows)."""
    codes, uniques = pd.factorize(col.to_numpy(dtype=object))
    stripped = np.array([str(u).strip() for u in uniques], dtype=object)
    codes2, uniques2 = pd.factorize(stripped)
    return codes2[codes] if len(codes) else codes, np.asarray(uniques2, dtype=object)


def _ffill_blank(codes: np.ndarray, uniques: np.ndarray) -> tuple[np.ndarray, bool]:
    """Forward-fill blank cells (PxWeb XLSX writes a stub value once per group)."""
    blank = np.flatnonzero(uniques == "")
    if not len(blank) or not len(codes):
        return codes, False
    filled = pd.Series(np.where(codes == blank[0], np.nan, codes)).ffill()
    filled = filled.fillna(blank[0]).to_numpy().astype(np.int64)
    return filled, bool((filled != codes).any())


def _column_name(header: list, j: int) -> str:
    return header[j].strip() or f"#{j + 1}"


def _clean_var(text: str) -> str:
    text = re.sub(r"\(\s*\)", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:-–|\t")


def _numeric_like(col: pd.Series, n: int = 200) -> bool:
    head = col.iloc[:n].astype(str).str.strip()
    head = head[(head != "") & ~head.isin(SUPPRESSED_TOKENS)]
    if head.empty:
        return False
    cleaned = head.str.replace(r"[\s\u00a0\u202f]", "", regex=True).str.replace(",", ".")
    return bool(pd.to_numeric(cleaned, errors="coerce").notna().mean() >= 0.9)


def _to_values(
    cells: np.ndarray, locate: Callable[[int], tuple[int, str]], name: str
) -> tuple[np.ndarray, np.ndarray, str, int]:
    """Numbers from cell strings: NaN + flag for SCB symbols and empty cells.

    ``locate(i)`` gives (line, column) of cell ``i`` for error messages.
    Returns (values, flags, decimal mark, number of suppressed cells).
    """
    s = pd.Series(cells, dtype=object)
    values = pd.to_numeric(s, errors="coerce").to_numpy(dtype=float)
    flags = np.full(len(s), None, dtype=object)
    bad = ~np.isfinite(values)
    if len(s):
        bad &= (s != "").to_numpy()
    decimal = "."
    suppressed = 0
    if not bad.any():
        return values, flags, decimal, suppressed
    idx = np.flatnonzero(bad)
    sub = s.iloc[idx].astype(str).str.strip()
    token = sub.isin(SUPPRESSED_TOKENS).to_numpy()
    flags[idx[token]] = sub[token].to_numpy()
    values[idx[token]] = np.nan
    suppressed = int(token.sum())
    rest_idx = idx[~token]
    rest = sub[~token]
    empty = (rest == "").to_numpy()
    values[rest_idx[empty]] = np.nan
    rest_idx, rest = rest_idx[~empty], rest[~empty]
    if len(rest):
        cleaned = rest.str.replace(r"[\s\u00a0\u202f]", "", regex=True).str.replace(
            "\u2212", "-", regex=False
        )
        comma = cleaned.str.match(r"^[-+]?\d*,\d+(?:[eE][-+]?\d+)?$")
        if comma.any():
            ok = np.isfinite(values) & (s != "").to_numpy()
            has_dot = bool(s[ok].astype(str).str.contains(".", regex=False).any())
            if not has_dot:
                decimal = ","
                cleaned = cleaned.str.replace(",", ".", regex=False)
        parsed = pd.to_numeric(cleaned, errors="coerce").to_numpy(dtype=float)
        still = ~np.isfinite(parsed)
        if still.any():
            first = int(np.flatnonzero(still)[0])
            line, column = locate(int(rest_idx[first]))
            raise SegregationError(
                E_NOT_NUMERIC, file=name, value=rest.iloc[first], line=line, column=column
            )
        values[rest_idx] = parsed
    return values, flags, decimal, suppressed


def _norm_text(s: pd.Series) -> pd.Series:
    """Matching key: NFKC, casefold, one kind of dash, single spaces, no space at dashes."""
    s = s.fillna("").astype(str).str.normalize("NFKC").str.casefold()
    s = s.str.replace(r"[\u2010-\u2015\u2212]", "-", regex=True)
    s = s.str.replace(r"\s+", " ", regex=True).str.replace(r"\s*-\s*", "-", regex=True)
    return s.str.strip()


def _norm_area(s: pd.Series) -> pd.Series:
    """Area-name key: :func:`_norm_text` without a leading "RegSO-"/"DeSO-" prefix."""
    return _norm_text(s).str.replace(r"^(?:regso|deso)(?:[-: ]+)", "", regex=True)


def _unique_map(keys: pd.Series, values: pd.Series) -> pd.Series:
    """key -> value for keys that map to exactly one value."""
    frame = pd.DataFrame({"k": keys.to_numpy(), "v": values.to_numpy()}).drop_duplicates()
    frame = frame[~frame["k"].duplicated(keep=False)]
    return pd.Series(frame["v"].to_numpy(), index=frame["k"].to_numpy())


def _coalesce(first: pd.Series, *others: pd.Series) -> pd.Series:
    """First non-missing value per row (object dtype kept, no downcasting)."""
    out = first.astype(object)
    for other in others:
        out = out.where(out.notna(), other.astype(object))
    return out


def _parse_labels(
    labels: np.ndarray, crosswalk: Optional[pd.DataFrame], warnings: list
) -> pd.DataFrame:
    """code, kommunnamn, area_name for each unique region label."""
    lab = pd.Series(labels, dtype=object).astype(str)
    ext = lab.str.extract(_LABEL_RE)
    code = ext["code"]
    rest = lab.where(code.isna(), ext["name"])
    par = rest.str.extract(_PAREN_RE)
    has_par = par["k"].notna()
    plain = rest.where(~has_par)
    c = code.fillna("")
    kind = pd.Series(
        np.select(
            [c.eq(""), c.str.len().eq(2), c.str.len().eq(4), c.str.contains("R")],
            ["", "2", "4", "R"],
            default="D",
        ),
        index=lab.index,
    )

    kommun = par["k"].copy()
    area = par["a"].copy()
    k4 = kind.eq("4") & ~has_par
    kommun[k4] = plain[k4]
    area[k4] = plain[k4]
    kd = kind.eq("D") & ~has_par
    kommun[kd] = plain[kd]
    other = kind.isin(["2", "R", ""]) & ~has_par
    area[other] = plain[other]
    out = pd.DataFrame({"code": code, "kommunnamn": kommun, "area_name": area})

    if crosswalk is not None and len(crosswalk):
        cw = crosswalk
        by_kommun = cw.drop_duplicates("kommun").set_index("kommun")["kommunnamn"]
        by_deso = cw.set_index("deso")["kommunnamn"]
        regso = cw.drop_duplicates("regso_code").set_index("regso_code")
        out["kommunnamn"] = _coalesce(
            out["kommunnamn"],
            code.map(by_kommun).where(kind.eq("4")),
            code.map(by_deso).where(kind.eq("D")),
            code.map(regso["kommunnamn"]).where(kind.eq("R")),
        )
        out["area_name"] = _coalesce(
            out["area_name"],
            code.map(regso["regso_name"]).where(kind.eq("R")),
            code.map(by_kommun).where(kind.eq("4")),
        )
        known = (
            (kind.eq("4") & code.isin(by_kommun.index))
            | (kind.eq("D") & code.isin(by_deso.index))
            | (kind.eq("R") & code.isin(regso.index))
            | kind.isin(["2", ""])
        )
        if (~known).any():
            missing = code[~known].tolist()
            warnings.append(
                f"{len(missing)} code(s) in the file are not in the crosswalk, e.g. "
                + ", ".join(missing[:5])
            )

        # "Kommunnamn (Områdesnamn)" labels without code -> RegSO code.
        todo = code.isna() & has_par
        if todo.any():
            ref = regso.reset_index()
            exact = _unique_map(
                ref["kommunnamn"].str.strip() + _KEY_SEP + ref["regso_name"].str.strip(),
                ref["regso_code"],
            )
            key1 = par["k"].str.strip() + _KEY_SEP + par["a"].str.strip()
            found1 = key1.where(todo).map(exact)
            loose = _unique_map(
                _norm_text(ref["kommunnamn"]) + _KEY_SEP + _norm_area(ref["regso_name"]),
                ref["regso_code"],
            )
            key2 = _norm_text(par["k"]) + _KEY_SEP + _norm_area(par["a"])
            found2 = key2.where(todo & found1.isna()).map(loose)
            n2 = int(found2.notna().sum())
            if n2:
                examples = lab[found2.notna()].tolist()[:3]
                warnings.append(
                    f"{n2} label(s) matched a RegSO of the crosswalk only after normalising "
                    "case, dashes, spaces and a 'RegSO-' prefix, e.g. " + "; ".join(examples)
                )
            out["code"] = _coalesce(out["code"], found1, found2)

        # Plain kommun names without code -> kommun code.
        todo = out["code"].isna() & ~has_par & plain.notna()
        if todo.any():
            kom = cw.drop_duplicates("kommun")
            exact = _unique_map(kom["kommunnamn"].str.strip(), kom["kommun"])
            loose = _unique_map(_norm_text(kom["kommunnamn"]), kom["kommun"])
            found = plain.where(todo).str.strip().map(exact)
            found = _coalesce(found, _norm_text(plain).where(todo & found.isna()).map(loose))
            hit = found.notna()
            out.loc[hit, "code"] = found[hit]
            out.loc[hit, "kommunnamn"] = found[hit].map(by_kommun)
    return out


def _none(values: Union[pd.Series, np.ndarray]) -> np.ndarray:
    """Object array with None (not NaN) for missing entries."""
    arr = np.asarray(values, dtype=object).copy()
    arr[pd.isna(arr)] = None
    return arr


def _interpret(
    table: _Table, crosswalk: Optional[pd.DataFrame]
) -> tuple[pd.DataFrame, ImportReport]:
    name = table.name
    header = [str(h).strip() for h in table.header]
    data = table.data
    warnings: list = []

    # Drop trailing columns with no header and no content (a separator at line ends).
    while len(header) > 2 and not header[-1] and (data.iloc[:, len(header) - 1] == "").all():
        header.pop()
    data = data.iloc[:, : len(header)]
    data.columns = range(len(header))
    n = len(data)
    if len(header) < 2:
        raise SegregationError(E_NOT_TABLE, file=name)
    if n == 0:
        raise SegregationError(E_NO_DATA, file=name, line=table.header_line)

    region = next(
        (j for j, h in enumerate(header) if _REGION_HEADER_RE.match(h) and not _YEAR_RE.search(h)),
        0,
    )
    others = [j for j in range(len(header)) if j != region]
    time_col = next((j for j in others if header[j].casefold() in _TIME_NAMES), None)
    year_cols = [j for j in others if _YEAR_RE.search(header[j])]
    if time_col is None and not year_cols:
        for j in others[:-1]:
            col = data[j].astype(str).str.strip()
            if col.str.match(_YEAR_CELL_RE.pattern).all():
                time_col = j
                break
    if time_col is None and not year_cols:
        shown = ", ".join(f'"{h}"' for h in header)
        raise SegregationError(E_NO_YEAR, file=name, line=table.header_line, header=shown)

    value_cols: list = []  # (column, year or None, variable part or "")
    fallback_col = None
    if time_col is None:
        layout = "wide"
        first = year_cols[0]
        dims = [j for j in others if j < first]
        ignored = [j for j in others if j > first and j not in year_cols]
        if ignored:
            warnings.append(
                "Column(s) without a year ignored: "
                + ", ".join(_column_name(header, j) for j in ignored)
            )
        for j in year_cols:
            m = _YEAR_RE.search(header[j])
            rest = header[j][: m.start()] + " " + header[j][m.end() :]
            value_cols.append((j, int(m.group(1)), _clean_var(rest)))
        keys = [(y, v) for _, y, v in value_cols]
        dup = sorted({f"{y} {v}".strip() for y, v in keys if keys.count((y, v)) > 1})
        if dup:
            raise SegregationError(E_DUPLICATE_COLUMNS, file=name, columns=", ".join(dup))
    else:
        layout = "long"
        cand = [j for j in others if j != time_col]
        if not cand:
            raise SegregationError(E_NOT_TABLE, file=name)
        last = cand[-1]
        vals = [j for j in cand if j > time_col and j != last and _numeric_like(data[j])]
        vals.append(last)
        dims = [j for j in cand if j not in vals]
        if len(vals) == 1:
            value_cols.append((last, None, ""))
            if header[last].casefold() not in _GENERIC_VALUE_NAMES:
                fallback_col = header[last]
        else:
            value_cols.extend((j, None, header[j]) for j in vals)

    # Region and extra dimensions, as codes into their unique (stripped) texts.
    label_codes, labels = _factorize_clean(data[region])
    label_codes, filled = _ffill_blank(label_codes, labels)
    dim_codes, dim_uniques = [], []
    for j in dims:
        c, u = _factorize_clean(data[j])
        c, f = _ffill_blank(c, u)
        filled |= f
        dim_codes.append(c)
        dim_uniques.append(u)
    if filled:
        warnings.append("Blank region/dimension cells were filled from the row above.")
    combo = np.zeros(n, dtype=np.int64)
    for c, u in zip(dim_codes, dim_uniques):
        combo = combo * max(len(u), 1) + c

    row_year = None
    if time_col is not None:
        tc, tu = pd.factorize(data[time_col].to_numpy(dtype=object))
        tu_s = pd.Series(tu, dtype=object).astype(str)
        ext = tu_s.str.extract(_YEAR_CELL_RE.pattern)[0]
        if ext.isna().any():
            bad = int(ext.index[ext.isna()][0])
            row = int(np.flatnonzero(tc == bad)[0])
            raise SegregationError(
                E_BAD_YEAR,
                file=name,
                value=str(tu[bad]).strip(),
                line=table.line_of(row),
                column=_column_name(header, time_col),
            )
        row_year = ext.astype(np.int64).to_numpy()[tc]

    # Duplicate rows: same region, dimensions (and year in long layout).
    key = pd.DataFrame({"r": label_codes, "d": combo})
    if row_year is not None:
        key["y"] = row_year
    dup = key.duplicated(keep=False).to_numpy()
    if dup.any():
        rows_idx = np.flatnonzero(dup)
        groups: dict = {}
        for i in rows_idx[:200]:
            text = str(labels[label_codes[i]])
            parts = [str(u[c[i]]) for c, u in zip(dim_codes, dim_uniques) if str(u[c[i]])]
            if row_year is not None:
                parts.append(str(row_year[i]))
            if parts:
                text += " | " + " | ".join(parts)
            groups.setdefault(text, []).append(table.line_of(int(i)))
        shown = [
            f'"{t}" (lines {", ".join(str(x) for x in lines)})'
            for t, lines in list(groups.items())[:10]
        ]
        raise SegregationError(E_DUPLICATE_ROWS, file=name, rows="; ".join(shown))

    # Melt: one output row per data row and value column (row-major order).
    k = len(value_cols)
    cols = [j for j, _, _ in value_cols]
    cells = data[cols].to_numpy(dtype=object).ravel()
    rows = np.repeat(np.arange(n), k)
    cidx = np.tile(np.arange(k), n)

    def locate(i: int) -> tuple[int, str]:
        return table.line_of(int(rows[i])), _column_name(header, cols[int(cidx[i])])

    values, flags, decimal, suppressed = _to_values(cells, locate, name)
    if row_year is None:
        years = np.array([y for _, y, _ in value_cols], dtype=np.int64)[cidx]
    else:
        years = row_year[rows]

    # Variable text per (dimension combination, value column).
    var_key = combo[rows] * k + cidx
    vcodes, vuniq = pd.factorize(var_key)
    texts = []
    for key_value in vuniq:
        col_i = int(key_value % k)
        rest = int(key_value // k)
        parts = []
        for u in reversed(dim_uniques):
            size = max(len(u), 1)
            parts.append(str(u[rest % size]))
            rest //= size
        parts = [p for p in reversed(parts) if p]
        if value_cols[col_i][2]:
            parts.append(value_cols[col_i][2])
        texts.append(" | ".join(parts) if parts else (table.title or fallback_col or None))
    variable = np.array(texts, dtype=object)[vcodes]

    info = _parse_labels(labels, crosswalk, warnings)
    lab_rows = label_codes[rows]
    result = pd.DataFrame(
        {
            "label": labels[lab_rows],
            "code": _none(info["code"])[lab_rows],
            "kommunnamn": _none(info["kommunnamn"])[lab_rows],
            "area_name": _none(info["area_name"])[lab_rows],
            "variable": variable,
            "year": years.astype(np.int64),
            "value": values,
            "flag": flags,
        },
        columns=list(OUTPUT_COLUMNS),
    )
    unmatched = [str(lb) for lb in labels[info["code"].isna().to_numpy()]]
    if unmatched:
        why = "no crosswalk was given" if crosswalk is None else "not found in the crosswalk"
        warnings.append(f"{len(unmatched)} region label(s) without code ({why}).")
    report = ImportReport(
        rows_read=n,
        regions=len(labels),
        years=sorted(int(y) for y in np.unique(years)),
        suppressed=suppressed,
        unmatched_labels=unmatched,
        footnotes=table.footnotes,
        encoding=table.encoding,
        separator=table.separator,
        decimal=decimal,
        layout=layout,
        warnings=warnings,
        title=table.title,
        header_line=table.header_line,
    )
    return result, report


# ----------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------


def read_statistics(
    path: PathLike, crosswalk: Optional[Union[pd.DataFrame, PathLike]] = None
) -> tuple[pd.DataFrame, ImportReport]:
    """Read a Statistikdatabasen export (CSV or XLSX) into a long table.

    Returns a DataFrame with exactly :data:`OUTPUT_COLUMNS` (one row per region, variable
    and year; suppressed values NaN with SCB's symbol in ``flag``) and an
    :class:`ImportReport`. ``crosswalk`` (see :func:`read_crosswalk`) gives codes to labels
    such as "Malmö (RegSO-Augustenborg)" and names to bare codes.
    """
    cw = None if crosswalk is None else read_crosswalk(crosswalk)
    table = _load_table(path)
    return _interpret(table, cw)


def sniff(path: PathLike, preview_rows: int = 10) -> dict:
    """What the import will see, for the GUI preview (no crosswalk).

    Keys: encoding, separator, decimal, layout, title, header_line, header, years,
    suppressed, rows_read, regions, preview (first raw data rows), footnotes, warnings.
    """
    table = _load_table(path)
    _, report = _interpret(table, None)
    preview = table.data.iloc[:preview_rows].astype(str).values.tolist()
    return {
        "encoding": report.encoding,
        "separator": report.separator,
        "decimal": report.decimal,
        "layout": report.layout,
        "title": report.title,
        "header_line": report.header_line,
        "header": [str(h) for h in table.header],
        "years": report.years,
        "suppressed": report.suppressed,
        "rows_read": report.rows_read,
        "regions": report.regions,
        "preview": preview,
        "footnotes": report.footnotes,
        "warnings": report.warnings,
    }


_CW_PATTERNS = {
    "deso": r"^deso(kod)?[ _]?(\d{4})?$",
    "regso_code": r"^regso[ _]?kod[ _]?(\d{4})?$",
    "regso_name": r"^regso([ _]?namn)?[ _]?(\d{4})?$",
    "kommun": r"^kommun([ _]?kod)?$",
    "kommunnamn": r"^kommun[ _]?namn$",
}


def read_crosswalk(path_or_df: Union[pd.DataFrame, PathLike]) -> pd.DataFrame:
    """SCB's DeSO -> RegSO crosswalk with columns deso, regso_code, regso_name, kommun,
    kommunnamn (all text, kommun zero-padded to 4 digits).

    Accepts SCB's file ("Kommun, Kommunnamn, DeSO_2018, RegSO_2020, RegSOkod_2020"; any
    year), a DataFrame of it, or an already normalized DataFrame. Raises
    :class:`SegregationError` on missing columns and on duplicate DeSO codes.
    """
    if isinstance(path_or_df, pd.DataFrame):
        frame, name = path_or_df, "(table)"
    else:
        name = _file_name(path_or_df)
        text, _ = _decode(_read_bytes(path_or_df), name)
        first = text.split("\n", 1)[0]
        sep = max(SEPARATORS, key=first.count)
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    mapping: dict = {}
    for col in frame.columns:
        key = str(col).strip().casefold()
        for target, pattern in _CW_PATTERNS.items():
            if target not in mapping and (key == target or re.match(pattern, key)):
                mapping[target] = col
                break
    missing = [c for c in ("deso", "regso_code") if c not in mapping]
    if missing:
        raise SegregationError(
            E_CW_COLUMNS,
            file=name,
            missing=", ".join(missing),
            found=", ".join(str(c) for c in frame.columns),
        )
    out = pd.DataFrame(index=range(len(frame)))
    for target in CROSSWALK_COLUMNS:
        if target in mapping:
            col = frame[mapping[target]]
            out[target] = col.where(col.isna(), col.astype(str).str.strip()).to_numpy(dtype=object)
        else:
            out[target] = None
    out = out[out["deso"].notna() & (out["deso"] != "")].reset_index(drop=True)
    kom = out["kommun"]
    if kom.isna().all():
        out["kommun"] = out["deso"].str[:4]
    else:
        out["kommun"] = kom.where(~kom.str.fullmatch(r"\d{1,3}").fillna(False), kom.str.zfill(4))
    dup = out["deso"][out["deso"].duplicated(keep=False)]
    if len(dup):
        codes = sorted(set(dup.astype(str)))
        shown = ", ".join(codes[:20]) + (f" (+{len(codes) - 20} more)" if len(codes) > 20 else "")
        raise SegregationError(E_CW_DUPLICATES, file=name, codes=shown)
    return out.astype(object).where(out.notna(), None)


def _slug(text: str) -> str:
    """ASCII, lower case, underscores: "Andel låg ek. standard" -> "andel_lag_ek_standard"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def _field_names(combos: Iterable[tuple]) -> list:
    """Unique field names <= 63 characters for (variable, year) pairs."""
    names: list = []
    used: set = set()
    for variable, year in combos:
        base = _slug(variable) if variable else ""
        base = base or "value"
        if base[0].isdigit():
            base = "v_" + base
        suffix = f"_{year}"
        stem = base[: MAX_FIELD_NAME - len(suffix)].rstrip("_")
        candidate = stem + suffix
        i = 2
        while candidate in used:
            extra = f"_{i}"
            candidate = stem[: MAX_FIELD_NAME - len(suffix) - len(extra)].rstrip("_")
            candidate += extra + suffix
            i += 1
        used.add(candidate)
        names.append(candidate)
    return names


def pivot_for_join(
    long_df: pd.DataFrame, selections: Optional[Sequence[tuple]] = None
) -> tuple[pd.DataFrame, dict]:
    """One row per code and one column per (variable, year), ready to join to a layer.

    ``selections`` lists the (variable, year) pairs to keep (default: all, in order of
    appearance). Rows without code are left out. Returns the wide table (first column
    ``code``) and ``{field name: (variable, year)}``.
    """
    missing = [c for c in ("code", "variable", "year", "value") if c not in long_df.columns]
    if missing:
        raise SegregationError(E_PIVOT_COLUMNS, missing=", ".join(missing))
    df = long_df[long_df["code"].notna()]
    var = df["variable"].astype(object).where(df["variable"].notna(), None)
    vcodes, vuniq = pd.factorize(var.fillna(_NO_VAR).to_numpy(dtype=object))
    vkey = np.array([str(v) for v in vuniq], dtype=object)[vcodes]
    year = df["year"].astype(np.int64).to_numpy()
    present = pd.DataFrame({"v": vkey, "y": year}).drop_duplicates()
    if selections is None:
        combos = list(zip(present["v"], present["y"]))
    else:
        combos = []
        have = set(zip(present["v"], present["y"]))
        for variable, yr in selections:
            k = (_NO_VAR if variable is None else str(variable), int(yr))
            if k not in have:
                raise SegregationError(E_PIVOT_SELECTION, variable=variable or "", year=yr)
            combos.append(k)
    combo_index = pd.MultiIndex.from_tuples(combos, names=["v", "y"])
    pos = combo_index.get_indexer(pd.MultiIndex.from_arrays([vkey, year], names=["v", "y"]))
    keep = pos >= 0
    codes = df["code"].astype(str).to_numpy()[keep]
    pos = pos[keep]
    vals = df["value"].to_numpy(dtype=float)[keep]
    dup = pd.DataFrame({"c": codes, "p": pos}).duplicated(keep=False).to_numpy()
    if dup.any():
        first = int(np.flatnonzero(dup)[0])
        v, y = combos[pos[first]]
        same = sorted(set(codes[dup & (pos == pos[first])]))
        raise SegregationError(
            E_PIVOT_DUPLICATES,
            codes=", ".join(same[:10]),
            variable="" if v == _NO_VAR else v,
            year=y,
        )
    names = _field_names([(None if v == _NO_VAR else v, y) for v, y in combos])
    code_codes, code_uniques = pd.factorize(codes, sort=True)
    grid = np.full((len(code_uniques), len(combos)), np.nan)
    grid[code_codes, pos] = vals
    wide = pd.DataFrame(grid, columns=names)
    wide.insert(0, "code", np.asarray(code_uniques, dtype=object))
    mapping = {nm: (None if v == _NO_VAR else v, int(y)) for nm, (v, y) in zip(names, combos)}
    return wide, mapping


def _code_series(codes: Iterable) -> pd.Series:
    s = pd.Series(list(codes) if not isinstance(codes, (pd.Series, np.ndarray)) else codes)
    s = s.astype(object)
    null = s.isna()
    out = s.where(null, s.map(_cell_text)).astype(object)
    return out.where(null, out.str.strip())


def match_report(codes_left: Iterable, codes_right: Iterable) -> dict:
    """Compare two code lists before a join (left: table, right: layer).

    Returns counts (n_left, n_right, matched, missing_left, missing_right) and sorted
    lists unmatched_left, unmatched_right, duplicates_left, duplicates_right.
    """
    left, right = _code_series(codes_left), _code_series(codes_right)
    lv, rv = left.dropna(), right.dropna()
    lu, ru = set(lv), set(rv)
    return {
        "n_left": int(len(left)),
        "n_right": int(len(right)),
        "matched": len(lu & ru),
        "missing_left": int(left.isna().sum()),
        "missing_right": int(right.isna().sum()),
        "unmatched_left": sorted(lu - ru),
        "unmatched_right": sorted(ru - lu),
        "duplicates_left": sorted(set(lv[lv.duplicated()])),
        "duplicates_right": sorted(set(rv[rv.duplicated()])),
    }
