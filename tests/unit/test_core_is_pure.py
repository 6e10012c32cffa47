"""core/ is pure numpy/pandas: it imports neither qgis nor Qt (architecture rule)."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "segregation_plugin" / "core"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_qgis_or_qt():
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 4
    offenders = {f.name: _imported_modules(f) & set(FORBIDDEN) for f in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_imports_with_qgis_and_qt_blocked():
    # A fresh interpreter where importing qgis or any Qt binding fails.
    modules = [f"segregation_plugin.core.{p.stem}" for p in sorted(CORE.glob("*.py"))]
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.split('.')[0] in {FORBIDDEN!r}:\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    __import__(m)\n"
        "assert not any(m.split('.')[0] in "
        f"{FORBIDDEN!r} for m in sys.modules)\n"
        "print('ok', len(" + repr(modules) + "))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=CORE.parents[1], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")
