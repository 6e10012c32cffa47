"""Running the plugin's Processing algorithms without the QGIS GUI.

Used by ``python -m segregation_plugin``, ``make demo`` and the tests::

    python -m segregation_plugin list
    python -m segregation_plugin run segregation:areatypes \\
        --param INPUT=regso.gpkg|layername=regso --param V1_FIELD=andel_lag_ek_standard ...

A parameter value that starts with ``[`` or ``{`` is read as JSON (lists of fields).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Optional

#: Where Debian, OSGeo4W and the macOS bundle keep QGIS' own Python plugins (``processing``).
_PROCESSING_PLUGIN_DIRS = (
    "/usr/share/qgis/python/plugins",
    "/usr/lib/qgis/python/plugins",
    os.path.join(os.environ.get("QGIS_PREFIX_PATH", ""), "python", "plugins"),
    os.path.join(os.environ.get("QGIS_PREFIX_PATH", ""), "share", "qgis", "python", "plugins"),
)

_app = None
_provider = None  # keep the Python wrapper alive while the registry uses it


def add_processing_path() -> None:
    """Make QGIS' ``processing`` package importable outside the QGIS application."""
    for path in _PROCESSING_PLUGIN_DIRS:
        if os.path.isdir(os.path.join(path, "processing")) and path not in sys.path:
            sys.path.append(path)


def start_qgis():
    """Start a headless QgsApplication once (offscreen Qt), or return the running one."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        return QgsApplication.instance()
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    _app = QgsApplication([], False)
    _app.initQgis()
    return _app


def register_provider():
    """Initialise QGIS Processing and register the ``segregation`` provider (idempotent)."""
    global _provider
    add_processing_path()
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from .processing.provider import PROVIDER_ID, SegregationProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    if provider is None:
        provider = SegregationProvider()
        registry.addProvider(provider)
    _provider = provider
    return provider


def run_algorithm(
    algorithm_id: str, parameters: dict[str, Any], *, verbose: bool = True
) -> dict[str, Any]:
    """Run a Processing algorithm by id and return its results."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    class _Feedback(QgsProcessingFeedback):
        def pushInfo(self, info: str) -> None:  # noqa: N802 - Qt API
            # Processing echoes the raw results dict; the runner prints them itself.
            if verbose and not info.startswith("Results: "):
                print(info)

        def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
            print(error, file=sys.stderr)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, parameters, feedback=_Feedback(), context=context)


def _parse_value(text: str) -> Any:
    if text[:1] in "[{":
        return json.loads(text)
    return text


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m segregation_plugin",
        description="Run the Segregation plugin's Processing algorithms headless.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list the algorithms and their parameters")
    run = sub.add_parser("run", help="run one algorithm")
    run.add_argument("algorithm", help="e.g. segregation:areatypes")
    run.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE")
    run.add_argument("--locale", default="en", help="UI language of the outputs: sv or en")
    run.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    start_qgis()
    from .i18n import install_translator

    install_translator(getattr(args, "locale", "en"))
    provider = register_provider()
    if args.command == "list":
        for alg in provider.algorithms():
            print(f"{alg.id()}: {alg.displayName()}")
            for p in alg.parameterDefinitions():
                print(f"    {p.name()}: {p.description()}")
        return 0

    from qgis.core import QgsProcessingException

    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep:
            parser.error(f"--param needs NAME=VALUE, got {item!r}")
        params[name] = _parse_value(value)
    try:
        results = run_algorithm(args.algorithm, params)
    except QgsProcessingException as err:
        print(f"Error: {err}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(results, ensure_ascii=False, default=str, indent=2))
    else:
        for key, value in results.items():
            print(f"{key}: {value}")
    return 0
