"""Tests for segregation_plugin.core.statimport (Statistikdatabasen exports, crosswalk)."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.errors import SegregationError
from segregation_plugin.core.statimport import (
    OUTPUT_COLUMNS,
    ImportReport,
    match_report,
    pivot_for_join,
    read_crosswalk,
    read_statistics,
    sniff,
)

DATA = Path(__file__).resolve().parent / "data" / "statimport"
REPO = Path(__file__).resolve().parents[2]
SCB = REPO.parent / "shared" / "data" / "scb"
CROSSWALK = "koppling-deso2018-regso2020.csv"
AREATYPES = "regso_omradestyp_2022.csv"


# --------------------------------------------------------------------------- helpers


def _scb_file(name: str) -> Path:
    path = SCB / name
    if not path.is_file():
        pytest.fail(
            f"Real SCB file missing: {path}. The tests read SCB's open data from "
            f"<repo>/../shared/data/scb (never copied into the repo); put {name} there.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="module")
def real_crosswalk() -> pd.DataFrame:
    return read_crosswalk(_scb_file(CROSSWALK))


@pytest.fixture(scope="module")
def real_areatypes(real_crosswalk):
    return read_statistics(_scb_file(AREATYPES), real_crosswalk)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _message(path: Path, crosswalk=None) -> str:
    with pytest.raises(SegregationError) as info:
        read_statistics(path, crosswalk)
    return str(info.value)


# --------------------------------------------------------------------------- real files


def test_real_crosswalk_normalized(real_crosswalk):
    cw = real_crosswalk
    assert list(cw.columns) == ["deso", "regso_code", "regso_name", "kommun", "kommunnamn"]
    assert len(cw) == 5984
    assert cw["deso"].is_unique
    assert cw["regso_code"].nunique() == 3363
    assert cw["kommun"].nunique() == 290
    first = cw.iloc[0].to_dict()
    assert first == {
        "deso": "0114C1010",
        "regso_code": "0114R001",
        "regso_name": "Bollstanäs",
        "kommun": "0114",
        "kommunnamn": "Upplands Väsby",
    }


def test_real_areatypes_rows_years_codes(real_areatypes, real_crosswalk):
    df, report = real_areatypes
    assert list(df.columns) == list(OUTPUT_COLUMNS)
    assert len(df) == 3363
    assert report.rows_read == 3363 and report.regions == 3363
    assert report.years == [2022] and set(df["year"]) == {2022}
    assert report.layout == "wide"
    assert report.encoding == "utf-8-sig" and report.separator == "," and report.decimal == "."
    # Every label matched to a RegSO code, each RegSO exactly once.
    assert report.unmatched_labels == []
    assert df["code"].notna().all()
    assert df["code"].str.fullmatch(r"\d{4}R\d{3}").all()
    assert df["code"].is_unique
    assert set(df["code"]) == set(real_crosswalk["regso_code"])
    # No spurious rows from the footnotes: all labels are "Kommun (RegSO)" and values 1-5.
    assert df["label"].str.fullmatch(r"[^()]+ \(.+\)").all()
    assert set(df["value"]) == {1.0, 2.0, 3.0, 4.0, 5.0}
    assert df["flag"].isna().all() and report.suppressed == 0


def test_real_areatypes_published_counts(real_areatypes):
    df, _ = real_areatypes
    counts = df["value"].value_counts().sort_index()
    assert counts.tolist() == [160, 289, 855, 1770, 289]
    assert counts.sum() == 3363
    malmo = df[df["kommunnamn"] == "Malmö"]["value"].value_counts().sort_index()
    assert malmo.tolist() == [21, 9, 25, 31, 5]


def test_real_areatypes_labels_and_footnotes(real_areatypes):
    df, report = real_areatypes
    row = df[df["label"] == "Malmö (RegSO-Augustenborg)"].iloc[0]
    assert row["code"] == "1280R005"
    assert row["kommunnamn"] == "Malmö" and row["area_name"] == "RegSO-Augustenborg"
    assert row["value"] == 1.0
    first = df.iloc[0]
    assert (first["label"], first["code"], first["kommunnamn"], first["area_name"]) == (
        "Upplands Väsby (Bollstanäs)",
        "0114R001",
        "Upplands Väsby",
        "Bollstanäs",
    )
    assert "Områdestyp 1 – områden med stora socioekonomiska utmaningar" in report.footnotes
    assert "Källa:" in report.footnotes and "000005QX" in report.footnotes
    assert "<a" not in report.footnotes
    # Labels match the crosswalk exactly: no normalisation was needed.
    assert not any("normalising" in w for w in report.warnings)


def test_real_areatypes_with_crosswalk_without_regso_prefix(real_areatypes, real_crosswalk):
    """Malmö's 91 RegSO are "RegSO-<name>" in the export; a crosswalk naming them without
    the prefix (as other SCB products do) still matches every label, by the general rule."""
    plain = real_crosswalk.assign(
        regso_name=real_crosswalk["regso_name"].str.replace(r"^RegSO-", "", regex=True)
    )
    df, report = read_statistics(_scb_file(AREATYPES), plain)
    expected, _ = real_areatypes
    assert df["code"].tolist() == expected["code"].tolist()
    assert report.unmatched_labels == []
    assert any(w.startswith("91 label(s) matched a RegSO") for w in report.warnings)


def test_real_areatypes_without_crosswalk():
    df, report = read_statistics(_scb_file(AREATYPES))
    assert len(df) == 3363 and df["code"].isna().all()
    assert len(report.unmatched_labels) == 3363
    assert (df["kommunnamn"] == "Malmö").sum() == 91


def test_real_areatypes_reencoded_cp1252_semicolon_crlf(tmp_path, real_areatypes, real_crosswalk):
    """The real export rewritten (in tmp only) as cp1252, semicolon, CRLF reads the same."""
    text = _scb_file(AREATYPES).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path = tmp_path / "omradestyp_cp1252.csv"
    path.write_bytes(buf.getvalue().encode("cp1252"))
    df, report = read_statistics(path, real_crosswalk)
    expected, expected_report = real_areatypes
    pd.testing.assert_frame_equal(df, expected)
    assert (report.encoding, report.separator) == ("cp1252", ";")
    assert report.footnotes == expected_report.footnotes


def test_real_sniff():
    info = sniff(_scb_file(AREATYPES))
    assert info["encoding"] == "utf-8-sig"
    assert info["separator"] == "," and info["decimal"] == "."
    assert info["years"] == [2022] and info["suppressed"] == 0
    assert info["header_line"] == 1 and info["header"] == ["", "2022"]
    assert info["preview"][0] == ["Upplands Väsby (Bollstanäs)", "4"]
    assert len(info["preview"]) == 10 and info["rows_read"] == 3363


# --------------------------------------------------------------------------- round trips

ROWS = [
    ("0114 Upplands Väsby", "312.5", "320.25"),
    ("1280 Malmö", "..", "250.5"),
    ("2584 Kiruna", "299", ":"),
    ("00 Riket", "-12.75", "."),
]
TITLE = "Medelinkomst efter region och år, tkr"
FOOT = ["Fotnot: Medelinkomst för personer 20+ år.", "Källa: SCB"]


def _table_text(layout: str, sep: str, decimal: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow([TITLE])
    w.writerow([])
    dec = (lambda v: v.replace(".", ",") if v[-1].isdigit() else v) if decimal == "," else str

    if layout == "wide":
        w.writerow(["region", "2021", "2022"])
        for label, a, b in ROWS:
            w.writerow([label, dec(a), dec(b)])
    else:
        w.writerow(["region", "år", "värde"])
        for label, a, b in ROWS:
            w.writerow([label, "2021", dec(a)])
            w.writerow([label, "2022", dec(b)])
    w.writerow([])
    for line in FOOT:
        w.writerow([line])
    return buf.getvalue()


def _expected() -> pd.DataFrame:
    meta = {
        "0114 Upplands Väsby": ("0114", "Upplands Väsby", "Upplands Väsby"),
        "1280 Malmö": ("1280", "Malmö", "Malmö"),
        "2584 Kiruna": ("2584", "Kiruna", "Kiruna"),
        "00 Riket": ("00", None, "Riket"),
    }
    rows = []
    for label, a, b in ROWS:
        for year, v in ((2021, a), (2022, b)):
            tok = v if v in (".", "..", "...", ":") else None
            rows.append((label, *meta[label], TITLE, year, np.nan if tok else float(v), tok))
    return pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS))


@pytest.mark.parametrize("layout", ["wide", "long"])
@pytest.mark.parametrize("decimal", [".", ","])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252", "latin-1"])
def test_round_trip_encodings_separators_decimals(tmp_path, encoding, sep, decimal, layout):
    path = _write(tmp_path, "t.csv", _table_text(layout, sep, decimal), encoding)
    df, report = read_statistics(path)
    pd.testing.assert_frame_equal(df, _expected())
    assert report.separator == sep
    assert report.decimal == decimal
    assert report.layout == layout
    assert report.encoding == {"latin-1": "cp1252"}.get(encoding, encoding)
    assert report.years == [2021, 2022] and report.suppressed == 3
    assert report.title == TITLE
    assert report.header_line == 3
    assert report.footnotes == "\n".join(FOOT)
    assert report.rows_read == (4 if layout == "wide" else 8)


def test_missing_values_are_never_zero(tmp_path):
    text = "region,2022\nA (x),.\nB (x),..\nC (x),...\nD (x),:\nE (x),0\nF (x),\n"
    df, report = read_statistics(_write(tmp_path, "m.csv", text))
    assert df["value"].isna().tolist() == [True, True, True, True, False, True]
    assert df["flag"].tolist() == [".", "..", "...", ":", None, None]
    assert df.loc[4, "value"] == 0.0
    assert report.suppressed == 4


def test_number_spellings(tmp_path):
    text = 'region;2022\nA (x);1 234,5\nB (x);\u22122,5\nC (x); 7 \nD (x);"1\u00a0000"\n'
    df, report = read_statistics(_write(tmp_path, "n.csv", text))
    assert df["value"].tolist() == [1234.5, -2.5, 7.0, 1000.0]
    assert report.decimal == ","


def test_cp1252_file_read_correctly(tmp_path):
    text = "Område;2023\n1280 Malmö;1,5\n1283 Helsingborg;2\n2582 Boden;–\n"
    text = text.replace("–", "..")
    path = _write(tmp_path, "w.csv", text, "cp1252")
    df, report = read_statistics(path)
    assert report.encoding == "cp1252" and report.decimal == ","
    assert df["kommunnamn"].tolist() == ["Malmö", "Helsingborg", "Boden"]
    assert df["value"].tolist()[:2] == [1.5, 2.0]


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.csv"
    path.write_bytes("region\t2022\n1280 Malmö\t3\n".encode("utf-16"))
    df, report = read_statistics(path)
    assert report.encoding == "utf-16" and df["kommunnamn"].tolist() == ["Malmö"]


# --------------------------------------------------------------------------- formats


def test_header_variants_and_title_without_blank_line(tmp_path):
    a, ra = read_statistics(_write(tmp_path, "a.csv", "Område,2023\n1280 Malmö,5\n"))
    b, rb = read_statistics(_write(tmp_path, "b.csv", ",2022\n1280 Malmö,5\n"))
    c, rc = read_statistics(
        _write(tmp_path, "c.csv", '"Folkmängd, antal"\nOmråde,2023\n1280 Malmö,5\n')
    )
    assert a["year"].tolist() == [2023] and b["year"].tolist() == [2022]
    assert a["variable"].tolist() == [None] and rc.title == "Folkmängd, antal"
    assert c["variable"].tolist() == ["Folkmängd, antal"] and rc.header_line == 2
    assert a["code"].tolist() == b["code"].tolist() == c["code"].tolist() == ["1280"]


def test_region_label_forms(tmp_path):
    text = (
        "region,2022\n"
        "0114C1010,1\n"
        "0114C1010 Upplands Väsby,2\n"
        "1280 Malmö,3\n"
        "12 Skåne län,4\n"
        "1280R005 Malmö (Augustenborg),5\n"
        "Malmö (RegSO-Augustenborg),6\n"
        "Kiruna,7\n"
    )
    df, report = read_statistics(_write(tmp_path, "r.csv", text))
    got = df[["code", "kommunnamn", "area_name"]].values.tolist()
    assert got == [
        ["0114C1010", None, None],
        ["0114C1010", "Upplands Väsby", None],
        ["1280", "Malmö", "Malmö"],
        ["12", None, "Skåne län"],
        ["1280R005", "Malmö", "Augustenborg"],
        [None, "Malmö", "RegSO-Augustenborg"],
        [None, None, "Kiruna"],
    ]
    assert report.unmatched_labels == ["Malmö (RegSO-Augustenborg)", "Kiruna"]


def test_codes_get_names_from_crosswalk(tmp_path):
    cw = read_crosswalk(DATA / "mini_crosswalk.csv")
    text = "region,2022\n0114C1010,1\n1280R005,2\n2584,3\nKiruna,4\n"
    df, report = read_statistics(_write(tmp_path, "r.csv", text), cw)
    got = df[["code", "kommunnamn", "area_name"]].values.tolist()
    assert got == [
        ["0114C1010", "Upplands Väsby", None],
        ["1280R005", "Malmö", "Augustenborg"],
        ["2584", "Kiruna", "Kiruna"],
        ["2584", "Kiruna", "Kiruna"],
    ]
    assert report.unmatched_labels == []


def test_long_with_dimensions_semicolon_cp1252_fixture():
    df, report = read_statistics(DATA / "deso_long_semicolon_cp1252.csv")
    assert (report.encoding, report.separator, report.decimal, report.layout) == (
        "cp1252",
        ";",
        ",",
        "long",
    )
    assert report.header_line == 3 and report.rows_read == 8 and report.regions == 2
    assert report.title.startswith("Andel personer med låg ekonomisk standard")
    assert set(df["variable"]) == {
        "Andel låg ekonomisk standard, procent | kvinnor",
        "Andel låg ekonomisk standard, procent | män",
    }
    assert df["value"].tolist()[:3] == [8.4, 8.9, 7.1]
    assert df["flag"].tolist().count("..") == 1 and df["flag"].tolist().count(":") == 1
    assert report.suppressed == 2
    assert report.footnotes.startswith("Fotnot: Låg ekonomisk standard – under 60 %")
    assert report.footnotes.endswith("Källa: SCB, Inkomster och skatter")
    assert df["kommunnamn"].tolist()[-1] == "Malmö"


def test_wide_with_dimension_and_combined_headers_fixture():
    df, report = read_statistics(DATA / "kommun_wide_tab_bom.tsv")
    assert report.layout == "wide" and report.separator == "\t"
    assert report.years == [2021, 2022] and report.suppressed == 2
    assert df["variable"].unique().tolist() == [
        "kvinnor | Andel förvärvsarbetande (%)",
        "män | Andel förvärvsarbetande (%)",
    ]
    # "Källa:" row without a blank line before it is a footnote, not a region.
    assert df["label"].unique().tolist() == ["1280 Malmö", "2584 Kiruna"]
    assert report.footnotes == "Källa: SCB"
    assert df["value"].tolist() == [65.5, 66.1, 70.25, None, None, 80.0, 84.0, 85.5] or (
        np.allclose(df["value"].fillna(-1), [65.5, 66.1, 70.25, -1, -1, 80.0, 84.0, 85.5])
    )


def test_long_several_dimensions_joined(tmp_path):
    text = (
        "region,inkomstkvintil,kön,ålder,år,Antal\n"
        "1280 Malmö,kvintil 1,kvinnor,20-64 år,2022,100\n"
        "1280 Malmö,kvintil 1,män,20-64 år,2022,90\n"
        "1280 Malmö,kvintil 1,kvinnor,20-64 år,2023,101\n"
    )
    df, _ = read_statistics(_write(tmp_path, "l.csv", text))
    assert df["variable"].tolist() == [
        "kvintil 1 | kvinnor | 20-64 år",
        "kvintil 1 | män | 20-64 år",
        "kvintil 1 | kvinnor | 20-64 år",
    ]
    assert df["year"].tolist() == [2022, 2022, 2023]


def test_long_time_column_found_by_content(tmp_path):
    # The header has no year and no known time name; the column of years is the time.
    text = "region,period_x,värde\n1880 Örebro,2021,1\n1880 Örebro,2022,2\n"
    df, report = read_statistics(_write(tmp_path, "t.csv", text))
    assert report.layout == "long" and report.header_line == 1
    assert df["year"].tolist() == [2021, 2022] and df["value"].tolist() == [1.0, 2.0]
    assert df["code"].tolist() == ["1880", "1880"]


def test_unquoted_title_with_separator_above_header(tmp_path):
    text = "Folkmängd, antal\nOmråde,2023\n1880 Örebro,5\n"
    df, report = read_statistics(_write(tmp_path, "t.csv", text))
    assert report.title == "Folkmängd, antal" and report.header_line == 2
    assert df["value"].tolist() == [5.0] and df["year"].tolist() == [2023]


def test_long_value_header_used_when_no_title_or_dimension(tmp_path):
    text = "region,år,Medelinkomst tkr\n1280 Malmö,2022,300\n1280 Malmö,2023,310\n"
    df, report = read_statistics(_write(tmp_path, "l.csv", text))
    assert df["variable"].tolist() == ["Medelinkomst tkr"] * 2 and report.layout == "long"
    text = "region,år,värde\n1280 Malmö,2022,300\n"
    df, _ = read_statistics(_write(tmp_path, "l2.csv", text))
    assert df["variable"].tolist() == [None]


def test_footnotes_with_keyword_and_no_blank_line(tmp_path):
    text = "region,2022\n1280 Malmö,5\nKälla:,SCB\nKontaktperson:,Någon\n"
    df, report = read_statistics(_write(tmp_path, "f.csv", text))
    assert len(df) == 1 and report.footnotes == "Källa: SCB\nKontaktperson: Någon"


def test_label_mismatches_resolved_by_normalisation():
    cw = read_crosswalk(DATA / "mini_crosswalk.csv")
    df, report = read_statistics(DATA / "regso_labels_mismatch.csv", cw)
    assert df["code"].tolist() == [
        "1280R005",  # "RegSO-" prefix in the export, not in the crosswalk
        "1280R007",  # "RegSO-" prefix in the crosswalk, not in the export
        "1427R001",  # en dash vs hyphen
        "0114R001",  # case
        "2584R001",  # no-break space
        None,  # not in the crosswalk
    ]
    assert report.unmatched_labels == ["Kiruna (Månstad)"]
    assert any(w.startswith("5 label(s) matched a RegSO") for w in report.warnings)


def test_ambiguous_normalised_names_stay_unmatched(tmp_path):
    cw = pd.DataFrame(
        {
            "Kommun": ["1280", "1280"],
            "Kommunnamn": ["Malmö", "Malmö"],
            "DeSO_2018": ["1280C0001", "1280C0002"],
            "RegSO_2020": ["Norr", "RegSO-norr"],
            "RegSOkod_2020": ["1280R001", "1280R002"],
        }
    )
    text = "region,2022\nMalmö (Norr),1\nMalmö (NORR),2\n"
    df, report = read_statistics(_write(tmp_path, "a.csv", text), cw)
    assert df["code"].tolist() == ["1280R001", None]
    assert report.unmatched_labels == ["Malmö (NORR)"]


def test_xlsx_same_as_csv(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(["region", 2021, 2022])
    for label, a, b in ROWS:
        sheet.append([label] + [v if v in (".", "..", ":") else float(v) for v in (a, b)])
    sheet.append([])
    for line in FOOT:
        sheet.append([line])
    path = tmp_path / "t.xlsx"
    book.save(path)
    df, report = read_statistics(path)
    pd.testing.assert_frame_equal(df, _expected())
    assert report.encoding == "xlsx" and report.footnotes == "\n".join(FOOT)
    assert report.title == TITLE and report.header_line == 3


def test_xlsx_stub_cells_forward_filled(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["region", "kön", 2022])
    sheet.append(["1280 Malmö", "kvinnor", 1])
    sheet.append([None, "män", 2])
    path = tmp_path / "s.xlsx"
    book.save(path)
    df, report = read_statistics(path)
    assert df["label"].tolist() == ["1280 Malmö", "1280 Malmö"]
    assert df["variable"].tolist() == ["kvinnor", "män"]


def test_xlsx_footnotes_without_blank_row_and_empty_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Medelinkomst, tkr"])
    sheet.append(["region", "2021", "2022"])
    sheet.append(["1280 Malmö", 1.5, ".."])
    sheet.append(["2584 Kiruna"])  # both values empty: cells not stored
    sheet.append(["0114 Upplands Väsby", 3, 4])
    sheet.append(["Källa:", "SCB"])
    path = tmp_path / "f.xlsx"
    book.save(path)
    df, report = read_statistics(path)
    assert df["label"].unique().tolist() == ["1280 Malmö", "2584 Kiruna", "0114 Upplands Väsby"]
    assert df["value"].fillna(-1).tolist() == [1.5, -1, -1, -1, 3.0, 4.0]
    assert df["flag"].tolist() == [None, "..", None, None, None, None]
    assert report.footnotes == "Källa: SCB" and report.title == "Medelinkomst, tkr"
    assert report.years == [2021, 2022] and report.header_line == 2


def test_xlsx_without_openpyxl_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    assert _message(path) == (
        "Reading the Excel file t.xlsx needs the Python package openpyxl, which is not "
        "installed; install openpyxl or export the table as CSV."
    )


def test_old_xls_refused(tmp_path):
    path = tmp_path / "t.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert _message(path) == (
        "The file t.xls is an old Excel .xls workbook; save it as .xlsx or CSV."
    )


# --------------------------------------------------------------------------- bad input


def test_binary_file_refused(tmp_path):
    path = tmp_path / "map.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert _message(path) == (
        "The file map.csv is not a text table (binary content at position 8); "
        "export the table from Statistikdatabasen as CSV or XLSX."
    )


def test_control_characters_refused(tmp_path):
    path = tmp_path / "ctl.csv"
    path.write_bytes(b"region,2022\nA,1\x02\x03\n")
    assert "not a text table (binary content at position 15)" in _message(path)


def test_empty_file(tmp_path):
    assert _message(_write(tmp_path, "empty.csv", "")) == "The file empty.csv is empty."
    assert _message(_write(tmp_path, "blank.csv", "\ufeff \n\n")) == "The file blank.csv is empty."


def test_not_a_table(tmp_path):
    text = "Det här är en vanlig text.\nDen har inga kolumner alls.\nBara meningar.\n"
    assert _message(_write(tmp_path, "prose.txt", text)) == (
        "The file prose.txt does not look like a table: no header followed by rows with the "
        "same number (2 or more) of fields separated by comma, semicolon or tab."
    )


def test_mixed_separators(tmp_path):
    text = "Område;2022\n1280 Malmö;1\n2584 Kiruna,2\n0114 Upplands Väsby;3\n"
    assert _message(_write(tmp_path, "mixed.csv", text)) == (
        "Mixed separators in mixed.csv: the table uses semicolon (;) but line 3 uses comma (,)."
    )


def test_mixed_separators_header(tmp_path):
    text = "Område,2022\n1280 Malmö;1\n2584 Kiruna;2\n"
    assert _message(_write(tmp_path, "mixed.csv", text)) == (
        "Mixed separators in mixed.csv: the table uses semicolon (;) but line 1 uses comma (,)."
    )


def test_too_many_fields(tmp_path):
    text = "region,2021,2022\n1280 Malmö,1,2\n2584 Kiruna,1,2,3\n"
    assert _message(_write(tmp_path, "wide.csv", text)) == (
        "Line 3 of wide.csv has 4 fields; the header on line 1 has 3."
    )


def test_header_without_year(tmp_path):
    text = "region,värde\n1280 Malmö,1\n2584 Kiruna,2\n"
    assert _message(_write(tmp_path, "noyear.csv", text)) == (
        'No year in the header of noyear.csv (line 1: "region", "värde"); expected year '
        "columns such as 2022 or a time column such as år."
    )


def test_no_data_rows(tmp_path):
    text = "region,2021\n1280 Malmö,1\n"
    df, _ = read_statistics(_write(tmp_path, "one.csv", text))
    assert len(df) == 1
    text = '"Titel"\n\nregion,2021,2022\n'
    assert "does not look like a table" in _message(_write(tmp_path, "none.csv", text))


def test_duplicate_region_rows(tmp_path):
    text = (
        ",2022\n"
        "Malmö (Augustenborg),1\n"
        "Malmö (Rosengård),1\n"
        "Malmö (Augustenborg),2\n"
        "Kiruna (Centrum),4\n"
        "Kiruna (Centrum),4\n"
    )
    assert _message(_write(tmp_path, "dup.csv", text)) == (
        'Duplicate rows for the same region in dup.csv: "Malmö (Augustenborg)" (lines 2, 4); '
        '"Kiruna (Centrum)" (lines 5, 6).'
    )


def test_duplicate_rows_long(tmp_path):
    text = "region,år,värde\n1280 Malmö,2022,1\n1280 Malmö,2023,1\n1280 Malmö,2022,3\n"
    assert _message(_write(tmp_path, "dup.csv", text)) == (
        'Duplicate rows for the same region in dup.csv: "1280 Malmö | 2022" (lines 2, 4).'
    )


def test_non_numeric_value(tmp_path):
    text = '"Titel"\n\nregion,2021,2022\n1280 Malmö,1,2\n2584 Kiruna,3,abc\n'
    assert _message(_write(tmp_path, "bad.csv", text)) == (
        'Non-numeric value "abc" on line 5, column "2022" of bad.csv; only numbers and the '
        "missing-value codes . .. ... : are allowed."
    )


def test_non_numeric_dash_is_not_a_missing_code(tmp_path):
    text = "region;år;värde\n1280 Malmö;2022;1,5\n2584 Kiruna;2022;-\n"
    assert _message(_write(tmp_path, "dash.csv", text)) == (
        'Non-numeric value "-" on line 3, column "värde" of dash.csv; only numbers and the '
        "missing-value codes . .. ... : are allowed."
    )


def test_invalid_year_in_long_layout(tmp_path):
    text = "region,år,värde\n1280 Malmö,2022,1\n1280 Malmö,senaste,2\n"
    assert _message(_write(tmp_path, "year.csv", text)) == (
        'Invalid year "senaste" on line 3, column "år" of year.csv.'
    )


def test_missing_file(tmp_path):
    msg = _message(tmp_path / "nope.csv")
    assert msg.startswith("Cannot read nope.csv: ")


def test_crosswalk_duplicate_codes(tmp_path):
    text = (
        "Kommun,Kommunnamn,DeSO_2018,RegSO_2020,RegSOkod_2020\n"
        "0114,Upplands Väsby,0114C1010,Bollstanäs,0114R001\n"
        "0114,Upplands Väsby,0114C1010,Bollstanäs,0114R001\n"
        "1280,Malmö,1280C1230,RegSO-Almvik norr-Lindängen norr,1280R001\n"
        "1280,Malmö,1280C1230,RegSO-Almvik syd-Lindängen syd,1280R002\n"
        "1280,Malmö,1280C1170,RegSO-Almvik syd-Lindängen syd,1280R002\n"
    )
    with pytest.raises(SegregationError) as info:
        read_crosswalk(_write(tmp_path, "cw.csv", text))
    assert str(info.value) == "Duplicate DeSO codes in the crosswalk cw.csv: 0114C1010, 1280C1230."
    assert info.value.params["codes"] == "0114C1010, 1280C1230"


def test_crosswalk_missing_columns_and_dataframe_input():
    with pytest.raises(SegregationError) as info:
        read_crosswalk(pd.DataFrame({"Kommun": ["0114"], "DeSO_2018": ["0114C1010"]}))
    assert str(info.value) == (
        "The crosswalk (table) lacks the column(s) regso_code; found: Kommun, DeSO_2018."
    )
    cw = read_crosswalk(
        pd.DataFrame(
            {
                "kommun": [114],
                "kommunnamn": ["Upplands Väsby"],
                "DeSO_2025": ["0114C1010"],
                "RegSO_2025": ["Bollstanäs"],
                "RegSOkod_2025": ["0114R001"],
            }
        )
    )
    assert cw.iloc[0].tolist() == ["0114C1010", "0114R001", "Bollstanäs", "0114", "Upplands Väsby"]


def test_error_is_translatable(tmp_path):
    with pytest.raises(SegregationError) as info:
        read_statistics(_write(tmp_path, "empty.csv", ""))
    err = info.value
    assert err.template == "The file {file} is empty." and err.params == {"file": "empty.csv"}
    assert err.translated(lambda t: t.replace("is empty", "är tom")) == "The file empty.csv är tom."


# --------------------------------------------------------------------------- join helpers


def test_pivot_for_join_fields_and_mapping():
    long_df = pd.DataFrame(
        {
            "label": ["a", "a", "b", "b", "c"],
            "code": ["0114", "0114", "1280", "1280", None],
            "kommunnamn": None,
            "area_name": None,
            "variable": [
                "Andel låg ekonomisk standard (%)",
                "Andel låg ekonomisk standard (%)",
                "Andel låg ekonomisk standard (%)",
                None,
                None,
            ],
            "year": [2021, 2022, 2021, 2022, 2022],
            "value": [1.0, 2.0, 3.0, 4.0, 5.0],
            "flag": None,
        }
    )
    wide, mapping = pivot_for_join(long_df, None)
    assert list(wide.columns) == [
        "code",
        "andel_lag_ekonomisk_standard_2021",
        "andel_lag_ekonomisk_standard_2022",
        "value_2022",
    ]
    assert mapping == {
        "andel_lag_ekonomisk_standard_2021": ("Andel låg ekonomisk standard (%)", 2021),
        "andel_lag_ekonomisk_standard_2022": ("Andel låg ekonomisk standard (%)", 2022),
        "value_2022": (None, 2022),
    }
    assert wide["code"].tolist() == ["0114", "1280"]
    assert wide.iloc[0, 1:].tolist()[:2] == [1.0, 2.0]
    assert np.isnan(wide.iloc[0, 3]) and wide.iloc[1, 3] == 4.0

    sel, m2 = pivot_for_join(long_df, [(None, 2022), ("Andel låg ekonomisk standard (%)", 2021)])
    assert list(sel.columns) == ["code", "value_2022", "andel_lag_ekonomisk_standard_2021"]
    assert list(m2.values()) == [(None, 2022), ("Andel låg ekonomisk standard (%)", 2021)]


def test_pivot_field_names_short_and_unique():
    long_name = "Inkomstkvintil 1 | Kvinnor | 20-64 år | Andel med låg ekonomisk standard " * 2
    variables = [long_name + "A", long_name + "B", "2022 Andel", "Ålder: 0–4 år"]
    long_df = pd.DataFrame(
        {"code": ["x"] * 4, "variable": variables, "year": [2022] * 4, "value": [1.0] * 4}
    )
    wide, mapping = pivot_for_join(long_df, None)
    names = list(mapping)
    assert len(set(names)) == 4 and all(len(n) <= 63 for n in names)
    assert all(n.endswith("_2022") for n in names)
    assert names[2] == "v_2022_andel_2022" and names[3] == "alder_0_4_ar_2022"
    assert names[1].endswith("_2_2022")


def test_pivot_errors():
    long_df = pd.DataFrame(
        {"code": ["x", "x"], "variable": ["v", "v"], "year": [2022, 2022], "value": [1.0, 2.0]}
    )
    with pytest.raises(SegregationError) as info:
        pivot_for_join(long_df, None)
    assert str(info.value) == (
        'Several values for the same code, variable and year: x (variable "v", year 2022).'
    )
    with pytest.raises(SegregationError) as info:
        pivot_for_join(long_df.iloc[:1], [("v", 2021)])
    assert str(info.value) == 'No values for variable "v" and year 2021 in the table.'


def test_match_report():
    rep = match_report(["0114", "1280", "1280", None, "9999"], pd.Series(["0114", "1280", "2584"]))
    assert rep == {
        "n_left": 5,
        "n_right": 3,
        "matched": 2,
        "missing_left": 1,
        "missing_right": 0,
        "unmatched_left": ["9999"],
        "unmatched_right": ["2584"],
        "duplicates_left": ["1280"],
        "duplicates_right": [],
    }


def test_import_report_is_dataclass():
    rep = ImportReport()
    assert rep.years == [] and rep.layout in ("wide", "long")
