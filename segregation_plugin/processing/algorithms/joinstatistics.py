"""segregation:joinstatistics: statistics (long or wide table) joined onto an area layer."""

from __future__ import annotations

import re
import unicodedata
from typing import Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ...adapter.layers import numeric_column, py_value, read_table
from ...compat import SKIP_GEOMETRY_CHECKS, make_field
from ...core.errors import N_, SegregationError
from ...core.statimport import pivot_for_join
from ...i18n import tr
from ..base import SegregationAlgorithm

#: Code fields of area layers, in order of preference (SCB's and common names).
CODE_FIELD_HINTS = (
    "desokod",
    "regsokod",
    "deso",
    "regso",
    "kod",
    "deso_2018",
    "desokod_2018",
    "deso_2025",
    "regsokod_2020",
    "regsokod_2025",
    "regso_2020",
    "code",
    "kommunkod",
)
#: Area-name fields of area layers (the municipality name comes from KOMMUN_NAME_HINTS).
AREA_NAME_HINTS = ("regsonamn", "regso_namn", "desonamn", "area_name", "namn", "name", "regso")
KOMMUN_NAME_HINTS = ("kommunnamn", "kommun_namn", "kommun")
#: Fields of a long statistics table (the output of segregation:importstatistics).
LONG_FIELDS = ("variable", "year", "value")
#: At most this many codes are listed in a log line (all are in the results).
LOG_LIMIT = 30

JOIN_BY = (N_("Codes"), N_("Names (municipality name and area name)"))

E_NO_CODE_FIELD = N_(
    "No code field found in {layer} (looked for {hints}); choose the areas' code field."
)
E_FIELD_MISSING = N_('The layer {layer} has no field "{field}"; its fields are: {fields}.')
E_NAME_FIELDS = N_(
    "Joining by names needs the same number of name fields in the areas ({left}) and in the "
    "table ({right}), e.g. kommunnamn and regsonamn / kommunnamn and area_name."
)
E_BAD_YEAR = N_('The year "{value}" of row {row} in {layer} is not a whole number.')
E_SELECTION = N_('"{entry}" matches no variable or year of the table; it has: {available}.')
E_SELECTION_FIELD = N_('"{entry}" is not a field of the table; it has: {available}.')
E_NOTHING = N_("The table {layer} has no fields to join besides the code.")


def field_names(source) -> list[str]:
    return [f.name() for f in source.fields()]


def find_field(source, name: str) -> Optional[str]:
    """The layer's spelling of field ``name`` (case-insensitive), or None."""
    i = source.fields().lookupField(name) if name else -1
    return source.fields().at(i).name() if i >= 0 else None


def require_field(source, name: str) -> str:
    found = find_field(source, name)
    if found is None:
        raise SegregationError(
            E_FIELD_MISSING,
            layer=source.sourceName(),
            field=name,
            fields=", ".join(field_names(source)),
        )
    return found


def hinted_fields(source, hints: Sequence[str]) -> list[str]:
    """Fields of ``source`` named like one of ``hints``, in the order of the hints."""
    lowered = {name.lower(): name for name in field_names(source)}
    return [lowered[h] for h in hints if h in lowered]


def code_texts(values: Sequence) -> np.ndarray:
    """Codes as stripped text (integral numbers without ".0"); None for NULL or empty."""
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        if value is None:
            out[i] = None
            continue
        if isinstance(value, float):
            if value != value:
                out[i] = None
                continue
            if value.is_integer():
                value = int(value)
        text = str(value).strip()
        out[i] = text or None
    return out


def _norm(values: pd.Series, area: bool) -> pd.Series:
    """Matching key of names: NFKC, case folded, one dash, single spaces (as the import)."""
    s = values.astype(str).str.normalize("NFKC").str.casefold()
    s = s.str.replace(r"[\u2010-\u2015\u2212]", "-", regex=True)
    s = s.str.replace(r"\s+", " ", regex=True).str.replace(r"\s*-\s*", "-", regex=True)
    s = s.str.strip()
    if area:
        s = s.str.replace(r"^(?:regso|deso)(?:[-: ]+)", "", regex=True)
    return s


def name_keys(table: pd.DataFrame, fields: Sequence[str]) -> tuple[np.ndarray, dict]:
    """Keys from name fields (the last one an area name) and key -> readable text."""
    n = len(table)
    if not n:
        return np.empty(0, dtype=object), {}
    missing = np.zeros(n, dtype=bool)
    parts = []
    for j, name in enumerate(fields):
        raw = pd.Series(code_texts(table[name].tolist()), dtype=object)
        missing |= raw.isna().to_numpy()
        parts.append(_norm(raw.fillna(""), area=j == len(fields) - 1))
    key = parts[0]
    for part in parts[1:]:
        key = key + " / " + part
    keys = key.to_numpy(dtype=object)
    keys[missing] = None
    shown = table[list(fields)].astype(str).agg(" / ".join, axis=1).to_numpy(dtype=object)
    readable = {}
    for k, text in zip(keys, shown):
        if k is not None and k not in readable:
            readable[k] = text
    return keys, readable


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def parse_selections(text: str, combos: Sequence[tuple]) -> Optional[list]:
    """The (variable, year) pairs named in ``text`` (None: all).

    Entries are separated by semicolons or new lines; each is "variable | year",
    "variable" (all its years), a year (all variables of that year) or a field name
    as the join writes it (slug of the variable + "_" + year).
    """
    entries = [e.strip() for e in re.split(r"[;\n]", text or "") if e.strip()]
    if not entries:
        return None
    chosen: list = []
    for entry in entries:
        m = re.match(r"^(.*?)\s*\|\s*(\d{4})\s*$", entry)
        var_text, year = (m.group(1), int(m.group(2))) if m else (entry, None)
        if re.fullmatch(r"\d{4}", entry):
            var_text, year = None, int(entry)

        def var_ok(variable, wanted=var_text) -> bool:
            if wanted is None:
                return True
            name = "" if variable is None else str(variable)
            if _same_text(name, wanted):
                return True
            return bool(_slug(wanted)) and _slug(name) == _slug(wanted)

        hits = [(v, y) for v, y in combos if var_ok(v) and (year is None or y == year)]
        if not hits:
            fm = re.match(r"^(.+)_(\d{4})$", entry)
            if fm:
                hits = [
                    (v, y)
                    for v, y in combos
                    if y == int(fm.group(2)) and _slug(v or "value") == _slug(fm.group(1))
                ]
        if not hits:
            available = "; ".join(f"{v} | {y}" for v, y in combos[:20])
            if len(combos) > 20:
                available += f" (+{len(combos) - 20})"
            raise SegregationError(E_SELECTION, entry=entry, available=available)
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def _shown(items: Sequence[str], limit: int = LOG_LIMIT) -> str:
    text = ", ".join(str(i) for i in items[:limit])
    if len(items) > limit:
        text += " " + tr("(+{n} more)").format(n=len(items) - limit)
    return text


class JoinStatisticsAlgorithm(SegregationAlgorithm):
    """Pivots a long statistics table (core.pivot_for_join) and joins it onto areas."""

    ALG_ID = "joinstatistics"
    DISPLAY_NAME = N_("Join statistics to areas")
    GROUP_ID = "data"
    GROUP_NAME = N_("Data")
    HELP = N_(
        "Joins statistics onto an area layer (DeSO, RegSO, your own districts) and writes a "
        "new layer: every field of the areas plus one field per variable and year. Nothing in "
        "the inputs is changed.\n\n"
        "Table: the long table from 'Import SCB statistics' (fields code, variable, year, "
        "value), or any table with one row per area (a wide table), whose fields are joined as "
        "they are. A long table is pivoted: one field per variable and year, named from the "
        "variable (ASCII, lower case, underscores, at most 63 characters) and the year, e.g. "
        "andel_med_lag_ekonomisk_standard_procent_2023. Suppressed values ('..') stay NULL.\n\n"
        "Selections (optional): which variables and years to join, separated by semicolons: "
        "'variable | year', a variable (all its years) or a year (all variables); default all. "
        "For a wide table: the field names to join.\n\n"
        "Join by codes (default): the areas' code field is detected (desokod, regsokod, deso, "
        "regso, kod); the table's is 'code'. Codes are compared as text; a number field "
        "against a text field is a type conflict, reported, and numbers are padded with "
        "leading zeros to the text codes' length (kommun 114 -> 0114). "
        "Join by names: municipality name and area name (e.g. kommunnamn + regsonamn against "
        "kommunnamn + area_name), compared without case, with one kind of dash and without a "
        "'RegSO-' prefix.\n\n"
        "Reported (log and results): matched areas, areas without statistics "
        "(UNMATCHED_FEATURES, by code), table codes that match no area (UNMATCHED_ROWS), "
        "duplicate codes and type conflicts. A long table with several values for the same "
        "code, variable and year stops with an error; a wide table with duplicate codes uses "
        "the first row.\n\n"
        "Source of the statistics: SCB, Statistikdatabasen (statistikdatabasen.scb.se)."
    )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("Areas (e.g. DeSO or RegSO)"), [QgsProcessing.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "INPUT_CODE_FIELD",
                tr("Code field of the areas (default: detected)"),
                None,
                "INPUT",
                QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "TABLE", tr("Statistics table"), [QgsProcessing.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TABLE_CODE_FIELD",
                tr("Code field of the table"),
                "code",
                "TABLE",
                QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "JOIN_BY", tr("Join by"), [tr(j) for j in JOIN_BY], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "INPUT_NAME_FIELDS",
                tr("Name fields of the areas (default: kommunnamn and the area name)"),
                None,
                "INPUT",
                QgsProcessingParameterField.Any,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TABLE_NAME_FIELDS",
                tr("Name fields of the table (default: kommunnamn and area_name)"),
                None,
                "TABLE",
                QgsProcessingParameterField.Any,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "SELECTIONS",
                tr("Variables and years to join ('variable | year; ...'; default all)"),
                optional=True,
                multiLine=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Areas with statistics"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.add_outputs(
            numbers=(
                ("MATCHED", tr("Areas with statistics")),
                ("UNMATCHED_FEATURE_COUNT", tr("Areas without statistics")),
                ("UNMATCHED_ROW_COUNT", tr("Table codes that match no area")),
                ("ROWS_WITHOUT_CODE", tr("Table rows without code")),
            )
        )
        self.add_outputs(
            texts=(
                ("UNMATCHED_FEATURES", tr("Areas without statistics (codes)")),
                ("UNMATCHED_ROWS", tr("Table codes that match no area (list)")),
                ("DUPLICATES", tr("Duplicate codes")),
                ("TYPE_CONFLICTS", tr("Type conflicts")),
                ("FIELDS", tr("Joined fields")),
                ("INPUT_CODE_FIELD_USED", tr("Code field of the areas used")),
            )
        )

    # -- keys ------------------------------------------------------------------------------

    def _key_fields(self, parameters, context, areas, table):
        """(area key fields or code candidates, table key fields) for the chosen join."""
        if self.parameterAsEnum(parameters, "JOIN_BY", context) == 1:
            left = self.parameterAsFields(parameters, "INPUT_NAME_FIELDS", context)
            right = self.parameterAsFields(parameters, "TABLE_NAME_FIELDS", context)
            if not left:
                left = (
                    hinted_fields(areas, KOMMUN_NAME_HINTS)[:1]
                    + hinted_fields(areas, AREA_NAME_HINTS)[:1]
                )
            if not right:
                right = [f for f in ("kommunnamn", "area_name") if find_field(table, f)]
            left = [require_field(areas, f) for f in left]
            right = [require_field(table, f) for f in right]
            if not left or len(left) != len(right):
                raise SegregationError(
                    E_NAME_FIELDS, left=", ".join(left) or "-", right=", ".join(right) or "-"
                )
            return left, right
        table_field = self.parameterAsString(parameters, "TABLE_CODE_FIELD", context) or "code"
        if find_field(table, table_field) is None and table_field.lower() == "code":
            # the default: a table without "code" may have "regsokod", "desokod"...
            table_field = (hinted_fields(table, CODE_FIELD_HINTS) or [table_field])[0]
        table_field = require_field(table, table_field)
        area_field = self.parameterAsString(parameters, "INPUT_CODE_FIELD", context)
        if area_field:
            return [require_field(areas, area_field)], [table_field]
        candidates = hinted_fields(areas, CODE_FIELD_HINTS)
        if not candidates:
            raise SegregationError(
                E_NO_CODE_FIELD, layer=areas.sourceName(), hints=", ".join(CODE_FIELD_HINTS[:5])
            )
        return candidates, [table_field]

    @staticmethod
    def _pad(akeys, tkeys, area_numeric, table_numeric, labels, conflicts):
        """Compare a number code field with a text one: pad the numbers with zeros."""
        if area_numeric == table_numeric:
            return akeys, tkeys
        num, text = (akeys, tkeys) if area_numeric else (tkeys, akeys)
        num_label, text_label = labels if area_numeric else labels[::-1]
        note = tr(
            'The code field "{num}" is a number and "{text}" is text; codes compared as text'
        ).format(num=num_label, text=text_label)
        texts = pd.Series(text, dtype=object).dropna()
        width = texts.str.len()
        if len(texts) and texts.str.fullmatch(r"\d+").all() and width.nunique() == 1:
            n = int(width.iloc[0])
            num = np.array([None if c is None else c.zfill(n) for c in num], dtype=object)
            note += tr(", numbers padded with leading zeros to {n} digits").format(n=n)
        conflicts.append(note + ".")
        return (num, text) if area_numeric else (text, num)

    @staticmethod
    def _area_keys(areas, left, by_names, tkeys, feedback):
        """Keys of the features, their fids, readable names and the key field(s) used."""
        atbl = read_table(areas, left, feedback=feedback)
        fids = atbl["fid"].to_numpy()
        if by_names:
            akeys, readable = name_keys(atbl, left)
            return akeys, fids, readable, ", ".join(left)
        wanted = set(k for k in tkeys if k is not None)
        counts = [
            sum(1 for c in code_texts(atbl[f].tolist()) if c is not None and c in wanted)
            for f in left
        ]
        best = left[int(np.argmax(counts))]
        if len(left) > 1:
            feedback.pushInfo(
                tr("Code field of the areas: {field} (matches the table best).").format(field=best)
            )
        akeys = code_texts(atbl[best].tolist())
        return akeys, fids, {}, best

    # -- run -------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        areas = self.source(parameters, "INPUT", context)
        table = self.source(parameters, "TABLE", context)
        tname = table.sourceName()
        by_names = self.parameterAsEnum(parameters, "JOIN_BY", context) == 1
        conflicts: list[str] = []
        left, right = self._key_fields(parameters, context, areas, table)

        # The table: long (code, variable, year, value) or wide (joined as it is).
        long_fields = [find_field(table, f) for f in LONG_FIELDS]
        is_long = all(long_fields) and not set(long_fields) & set(right)
        if is_long:
            value_fields = long_fields
        else:
            skip = {f.lower() for f in right} | {"fid"}
            value_fields = [f for f in field_names(table) if f.lower() not in skip]
        tbl = read_table(table, right + value_fields, feedback=feedback)
        if by_names:
            tkeys, readable = name_keys(tbl, right)
        else:
            tkeys, readable = code_texts(tbl[right[0]].tolist()), {}
        akeys, fids, area_readable, area_field = self._area_keys(
            areas, left, by_names, tkeys, feedback
        )
        if by_names:
            readable = {**area_readable, **readable}
        else:
            akeys, tkeys = self._pad(
                akeys,
                tkeys,
                areas.fields().field(area_field).isNumeric(),
                table.fields().field(right[0]).isNumeric(),
                (f"{areas.sourceName()}.{area_field}", f"{tname}.{right[0]}"),
                conflicts,
            )
        feedback.setProgress(40)

        duplicates: list[str] = []
        if is_long:
            wide, specs, labels = self._pivot_long(
                tbl, tkeys, long_fields, tname, parameters, context
            )
        else:
            wide, specs, labels, duplicates = self._wide(
                tbl, tkeys, value_fields, table, parameters, context
            )
        feedback.setProgress(60)

        # Match features to table rows (vectorised), both directions reported.
        pos = pd.Index(wide["code"].to_numpy(dtype=object)).get_indexer(
            pd.Index(akeys, dtype=object)
        )
        pos[pd.isna(akeys)] = -1
        matched = pos >= 0

        def show(key):
            return readable.get(key, key)

        unmatched_features = [
            show(k) if k is not None else tr("fid {fid} (no code)").format(fid=int(f))
            for k, f in zip(akeys[~matched], fids[~matched])
        ]
        area_set = set(k for k in akeys if k is not None)
        unmatched_rows = sorted(show(k) for k in wide["code"] if k not in area_set)
        area_keys = pd.Series(akeys, dtype=object).dropna()
        area_dups = sorted(set(area_keys[area_keys.duplicated()].map(show)))
        if area_dups:
            duplicates.append(
                tr("Areas sharing a code (each gets the statistics): {codes}").format(
                    codes=_shown(area_dups)
                )
            )

        fields, out_names = self._fields(areas, specs, conflicts)
        take = np.where(matched, pos, 0)
        values = []
        for name, _ in specs:
            col = pd.Series(wide[name].to_numpy(dtype=object)[take], dtype=object)
            col[~matched] = None
            values.append([py_value(v) for v in col.where(col.notna(), None).tolist()])
        per_fid = dict(zip(fids.tolist(), zip(*values)))
        dest_id = self._write(parameters, context, areas, fields, per_fid, len(specs), feedback)
        labels = [
            lb if nm == out else f"{out}: {lb}"
            for (nm, _), out, lb in zip(specs, out_names, labels)
        ]
        stats = {
            "table": tname,
            "matched": int(matched.sum()),
            "unmatched_features": unmatched_features,
            "unmatched_rows": unmatched_rows,
            "no_key": int(sum(1 for k in tkeys if k is None)),
            "duplicates": duplicates,
            "conflicts": conflicts,
            "labels": labels,
            "fields": out_names,
            "area_field": area_field,
        }
        return self._report(feedback, dest_id, stats)

    @staticmethod
    def _fields(areas, specs, conflicts) -> tuple[QgsFields, list]:
        """All area fields plus the joined ones (renamed when an area field has the name)."""
        fields = QgsFields()
        taken = set()
        for f in areas.fields():
            fields.append(QgsField(f))
            taken.add(f.name().lower())
        out_names, renamed = [], []
        for name, spec in specs:
            out, i = name, 2
            while out.lower() in taken:
                out = f"{name[: 60 - len(str(i))]}_{i}"
                i += 1
            if out != name:
                renamed.append(f"{name} -> {out}")
            taken.add(out.lower())
            out_names.append(out)
            field = QgsField(spec)
            field.setName(out)
            fields.append(field)
        if renamed:
            conflicts.append(
                tr("Fields renamed because the areas have fields of that name: {names}").format(
                    names=", ".join(renamed)
                )
            )
        return fields, out_names

    def _write(self, parameters, context, areas, fields, per_fid, n_new, feedback) -> str:
        """Every area feature, unchanged, with the joined values appended."""
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, areas.wkbType(), areas.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        n_src = areas.fields().count()
        empty = (None,) * n_new
        total = max(areas.featureCount(), 1)
        for n, feature in enumerate(areas.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attrs = list(feature.attributes())[:n_src]
            out.setAttributes(attrs + list(per_fid.get(feature.id(), empty)))
            if not sink.addFeature(out, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(
                    tr("Could not write feature {fid}.").format(fid=feature.id())
                )
            if n % 1000 == 0:
                feedback.setProgress(60 + 40 * n / total)
        return dest_id

    # -- the two kinds of table ------------------------------------------------------------

    def _pivot_long(self, tbl, tkeys, long_fields, name, parameters, context):
        var_f, year_f, value_f = long_fields
        years = pd.to_numeric(pd.Series(tbl[year_f].tolist(), dtype=object), errors="coerce")
        bad = years.isna() | (years != np.round(years))
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise SegregationError(
                E_BAD_YEAR, value=str(tbl[year_f].iloc[row]), row=row + 1, layer=name
            )
        variable = pd.Series(tbl[var_f].tolist(), dtype=object)
        variable = variable.where(variable.notna() & (variable.astype(str) != ""), None)
        long_df = pd.DataFrame(
            {
                "code": tkeys,
                "variable": variable.to_numpy(dtype=object),
                "year": years.astype(np.int64).to_numpy(),
                "value": numeric_column(tbl, value_f, name),
            }
        )
        present = long_df[["variable", "year"]].drop_duplicates()
        combos = [(v, int(y)) for v, y in zip(present["variable"], present["year"])]
        selections = parse_selections(
            self.parameterAsString(parameters, "SELECTIONS", context), combos
        )
        wide, mapping = pivot_for_join(long_df, selections)
        specs = [(nm, make_field(nm, "double")) for nm in mapping]
        labels = [
            f"{nm} = {variable or tr('(no variable)')} ({year})"
            for nm, (variable, year) in mapping.items()
        ]
        return wide, specs, labels

    def _wide(self, tbl, tkeys, value_fields, table, parameters, context):
        text = self.parameterAsString(parameters, "SELECTIONS", context)
        entries = [e.strip() for e in re.split(r"[;,\n]", text or "") if e.strip()]
        if entries:
            lowered = {f.lower(): f for f in value_fields}
            chosen = []
            for entry in entries:
                if entry.lower() not in lowered:
                    raise SegregationError(
                        E_SELECTION_FIELD, entry=entry, available=", ".join(value_fields)
                    )
                chosen.append(lowered[entry.lower()])
            value_fields = list(dict.fromkeys(chosen))
        if not value_fields:
            raise SegregationError(E_NOTHING, layer=table.sourceName())
        keys = pd.Series(tkeys, dtype=object)
        keep = (keys.notna() & ~keys.duplicated()).to_numpy()
        dup = keys[keys.notna() & keys.duplicated()]
        duplicates = []
        if len(dup):
            duplicates.append(
                tr("Table rows sharing a code (the first is used): {codes}").format(
                    codes=_shown(sorted(set(dup)))
                )
            )
        wide = pd.DataFrame({"code": keys[keep].to_numpy(dtype=object)})
        for f in value_fields:
            wide[f] = tbl[f].to_numpy(dtype=object)[keep]
        specs = [(f, table.fields().field(f)) for f in value_fields]
        return wide, specs, list(value_fields), duplicates

    # -- report ----------------------------------------------------------------------------

    @staticmethod
    def _report(feedback, dest_id, stats: dict) -> dict:
        n_feat = stats["matched"] + len(stats["unmatched_features"])
        feedback.pushInfo(
            tr("{matched} of {total} area(s) got statistics from {table}.").format(
                matched=stats["matched"], total=n_feat, table=stats["table"]
            )
        )
        feedback.pushInfo(tr("Joined fields:") + "\n" + "\n".join(stats["labels"]))
        if stats["unmatched_features"]:
            feedback.pushWarning(
                tr("{count} area(s) without statistics: {codes}").format(
                    count=len(stats["unmatched_features"]),
                    codes=_shown(stats["unmatched_features"]),
                )
            )
        if stats["unmatched_rows"]:
            feedback.pushWarning(
                tr("{count} table code(s) match no area: {codes}").format(
                    count=len(stats["unmatched_rows"]), codes=_shown(stats["unmatched_rows"])
                )
            )
        if stats["no_key"]:
            feedback.pushWarning(
                tr(
                    "{count} table row(s) have no code and were left out; import with SCB's "
                    "crosswalk or join by names."
                ).format(count=stats["no_key"])
            )
        for text in stats["duplicates"] + stats["conflicts"]:
            feedback.pushWarning(text)
        return {
            "OUTPUT": dest_id,
            "MATCHED": stats["matched"],
            "UNMATCHED_FEATURE_COUNT": len(stats["unmatched_features"]),
            "UNMATCHED_FEATURES": ", ".join(stats["unmatched_features"]),
            "UNMATCHED_ROW_COUNT": len(stats["unmatched_rows"]),
            "UNMATCHED_ROWS": ", ".join(stats["unmatched_rows"]),
            "ROWS_WITHOUT_CODE": stats["no_key"],
            "DUPLICATES": "\n".join(stats["duplicates"]),
            "TYPE_CONFLICTS": "\n".join(stats["conflicts"]),
            "FIELDS": ", ".join(stats["fields"]),
            "INPUT_CODE_FIELD_USED": stats["area_field"],
        }
