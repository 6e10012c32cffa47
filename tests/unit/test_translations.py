"""Swedish and English translations: complete, up to date and with intact placeholders."""

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "update_translations.py"


def _messages(language):
    root = ET.parse(ROOT / "i18n" / f"segregation_{language}.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        yield message.findtext("source"), translation


def _fields(text):
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


def test_ts_files_list_every_text_of_the_code():
    out = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_no_unfinished_swedish_entries():
    unfinished = [s for s, t in _messages("sv") if t.get("type") or not (t.text or "").strip()]
    assert unfinished == []


def test_placeholders_are_kept():
    for language in ("sv", "en"):
        for source, translation in _messages(language):
            assert _fields(source) == _fields(translation.text or ""), (language, source)


def test_swedish_uses_scb_terms_for_the_area_types():
    sv = {s: t.text for s, t in _messages("sv")}
    assert sv["Areas with major socioeconomic challenges"] == (
        "Områden med stora socioekonomiska utmaningar"
    )
    assert sv["Areas with very good socioeconomic conditions"] == (
        "Områden med mycket goda socioekonomiska förutsättningar"
    )
    assert sv["Socioeconomically mixed areas"] == "Socioekonomiskt blandade områden"
    assert sv["Not classified"] == "Ej klassificerad"
