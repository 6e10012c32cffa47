"""Update i18n/segregation_sv.ts and segregation_en.ts from the source code.

Collects every string literal passed to ``tr(...)``, ``self.tr(...)`` or ``N_(...)``
in segregation_plugin/ (context "Segregation"), keeps existing translations, marks
new Swedish entries unfinished and drops obsolete ones. English is the source
language, so the English file translates each text to itself.

    python3 tools/update_translations.py             # rewrite the .ts files
    python3 tools/update_translations.py --check     # exit 1 if they are out of date
    python3 tools/update_translations.py --merge sv.tsv   # source<TAB>Swedish lines
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "segregation_plugin"
I18N = ROOT / "i18n"
CONTEXT = "Segregation"
MARKERS = {"tr", "N_"}
#: Class attributes of the Processing algorithms that hold user-visible English text.
ATTRIBUTES = {"DISPLAY_NAME", "GROUP_NAME", "HELP"}


def extract(package: Path = PACKAGE) -> dict[str, str]:
    """Translatable source texts -> 'file:line' of their first use."""
    found: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        rel = path.relative_to(package.parent).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                names = {t.id for t in node.targets if isinstance(t, ast.Name)}
                if names & ATTRIBUTES and isinstance(node.value.value, str) and node.value.value:
                    found.setdefault(node.value.value, f"{rel}:{node.lineno}")
                continue
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            arg = node.args[0]
            if name in MARKERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{rel}:{node.lineno}")
    return found


def read_ts(path: Path) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) from a .ts file."""
    if not path.exists():
        return {}
    entries = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        text = (tr.text or "") if tr is not None else ""
        finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete")
        entries[source] = (text, finished and bool(text))
    return entries


def write_ts(path: Path, language: str, sources: dict[str, str], translations) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in sorted(sources.items()):
        message = ET.SubElement(context, "message")
        # The file only, no line: unrelated edits must not make the .ts out of date.
        file = where.rsplit(":", 1)[0]
        ET.SubElement(message, "location", filename=f"../{file}")
        ET.SubElement(message, "source").text = source
        text, finished = translations.get(source, ("", False))
        tr = ET.SubElement(message, "translation")
        tr.text = text
        if not finished:
            tr.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def build(merge: dict[str, str]) -> dict[Path, str]:
    sources = extract()
    sv = read_ts(I18N / "segregation_sv.ts")
    sv.update({k: (v, True) for k, v in merge.items() if v})
    out = {}
    for language, translations in (
        ("sv_SE", sv),
        ("en_GB", {s: (s, True) for s in sources}),
    ):
        path = I18N / f"segregation_{language[:2]}.ts"
        tmp = path.with_suffix(".tmp")
        write_ts(tmp, language, sources, translations)
        out[path] = tmp.read_text(encoding="utf-8")
        tmp.unlink()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--merge", type=Path, help="TSV of source<TAB>Swedish translation")
    args = parser.parse_args()
    merge = {}
    if args.merge:
        for line in args.merge.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                source, text = line.split("\t", 1)
                merge[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    I18N.mkdir(exist_ok=True)
    results = build(merge)
    stale = [p for p, text in results.items() if not p.exists() or p.read_text("utf-8") != text]
    if args.check:
        for p in stale:
            print(f"{p.relative_to(ROOT)} is out of date: run tools/update_translations.py")
        return 1 if stale else 0
    for path, text in results.items():
        path.write_text(text, encoding="utf-8")
    sv = read_ts(I18N / "segregation_sv.ts")
    missing = [s for s, (_, done) in sv.items() if not done]
    print(f"{len(sv)} texts, {len(missing)} without a finished Swedish translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
