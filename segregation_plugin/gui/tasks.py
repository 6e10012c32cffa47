"""Running a Processing algorithm in the background, as QGIS' own Processing dialog does.

:class:`AlgorithmRun` wraps a ``QgsProcessingAlgRunnerTask``: the progress shows in
QGIS' task bar, the task's cancel button and :meth:`AlgorithmRun.cancel` stop it,
and on success the outputs the algorithm asked to load (the context's
"layers to load on completion") are added to the project and their
post-processors run, so an output is styled exactly as from the Toolbox.
Algorithms flagged "no threading" run in the main thread instead, as in QGIS.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr
from .messages import log

try:
    from ..compat import NO_THREADING_FLAG
except ImportError:  # compat.py without it (QGIS < 3.36 spelling)
    NO_THREADING_FLAG = QgsProcessingAlgorithm.FlagNoThreading


class CollectingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the errors and messages for the panel.

    Called from the task's worker thread: it only appends to lists, never
    touches widgets.
    """

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info: str) -> None:
        self.infos.append(info)
        super().pushInfo(info)


def _flatten(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if isinstance(value, (list, tuple)):
            out.extend(_flatten(value))
        else:
            out.append(value)
    return out


def load_layers_on_completion(
    context: QgsProcessingContext, feedback: QgsProcessingFeedback, results: dict
) -> tuple[list[QgsMapLayer], list[str]]:
    """Add the context's layers-to-load to their project and run their post-processors.

    The order follows the results (a list output is bottom layer first), then the
    rest. Returns the loaded layers and the ids of layers that could not be loaded.
    Mirrors ``processing.gui.Postprocessing.handleAlgorithmResults`` (whose
    signature differs between QGIS versions), without the Processing styles.
    """
    pending = context.layersToLoadOnCompletion()
    order = [v for v in _flatten(results.values()) if isinstance(v, str) and v in pending]
    order = list(dict.fromkeys(order)) + [key for key in pending if key not in order]
    loaded: list[QgsMapLayer] = []
    failed: list[str] = []
    for layer_id in order:
        details = pending[layer_id]
        layer = QgsProcessingUtils.mapLayerFromString(
            layer_id, context, typeHint=details.layerTypeHint
        )
        if layer is None:
            failed.append(layer_id)
            continue
        details.setOutputLayerName(layer)
        owned = context.temporaryLayerStore().takeMapLayer(layer)
        project = details.project or context.project() or QgsProject.instance()
        if owned is not None or project.mapLayer(layer.id()) is None:
            project.addMapLayer(owned or layer)
        processor = details.postProcessor()
        if processor is not None:
            processor.postProcessLayer(layer, context, feedback)
        loaded.append(layer)
    context.setLayersToLoadOnCompletion({})
    return loaded, failed


def short_error(text: str) -> str:
    """The message of an error; of a Python traceback (a bug, not bad input), its last line."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if lines and lines[0].startswith("Traceback (most recent call last)"):
        return lines[-1]
    return (text or "").strip()


#: Runs whose task has not ended: they own the context and feedback the task uses, so
#: they must outlive the widget that started them (e.g. when the plugin unloads).
_RUNNING: set = set()


class AlgorithmRun(QObject):
    """One background run of a Processing algorithm; ``done`` is emitted when it ends.

    After ``done``: ``ok`` (finished and outputs loaded), ``cancelled`` (the user
    stopped it), ``error`` (a short text, empty unless it failed), ``details``
    (the full log), ``results`` and ``layers`` (the layers added to the project).
    """

    done = pyqtSignal(object)

    def __init__(self, algorithm_id: str, parameters: dict) -> None:
        super().__init__()
        self.algorithm_id = algorithm_id
        self.parameters = parameters
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = CollectingFeedback()
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.ok = False
        self.cancelled = False
        self.finished = False
        self.error = ""
        self.details = ""
        self.results: dict = {}
        self.layers: list[QgsMapLayer] = []

    # -- control ---------------------------------------------------------------------------

    def start(self) -> bool:
        """Check the parameters and queue the task; False (and ``done``) if it cannot start."""
        algorithm = QgsApplication.processingRegistry().algorithmById(self.algorithm_id)
        if algorithm is None:
            return self._fail(
                tr("The algorithm {id} is not available: is the plugin enabled?").format(
                    id=self.algorithm_id
                )
            )
        ok, message = algorithm.checkParameterValues(self.parameters, self.context)
        if not ok:
            return self._fail(message or tr("Some of the choices are not valid."))
        if algorithm.flags() & NO_THREADING_FLAG:
            # Not thread-safe (e.g. it changes the project): run in the main thread, as QGIS does.
            instance = algorithm.create()
            results, ok = instance.run(self.parameters, self.context, self.feedback)
            self._on_executed(bool(ok), results or {})
            return bool(ok)
        task = QgsProcessingAlgRunnerTask(algorithm, self.parameters, self.context, self.feedback)
        if task.isCanceled():  # prepare() failed; the task already reported why
            return self._fail(self._last_error() or tr("The algorithm could not start."))
        task.executed.connect(self._on_executed)
        self.task = task
        _RUNNING.add(self)
        QgsApplication.taskManager().addTask(task)
        return True

    def cancel(self) -> None:
        """Ask the running task to stop; ``done`` follows with ``cancelled`` set."""
        if self.finished:
            return
        self.cancelled = True
        self.feedback.cancel()
        if self.task is not None and not sip.isdeleted(self.task):
            self.task.cancel()

    def is_running(self) -> bool:
        return self.task is not None and not self.finished

    # -- completion ------------------------------------------------------------------------

    def _last_error(self) -> str:
        return self.feedback.errors[-1] if self.feedback.errors else ""

    def _fail(self, error: str) -> bool:
        self.error = short_error(error)
        self.details = error
        self._finish()
        return False

    def _on_executed(self, ok: bool, results: dict) -> None:
        self.task = None  # the task manager deletes it
        self.results = dict(results or {})
        # Cancelled here or with the task bar's own cancel button (which cancels the feedback).
        self.cancelled = self.cancelled or (not ok and self.feedback.isCanceled())
        if self.cancelled:
            self._finish()
            return
        if not ok:
            self._fail(self._last_error() or tr("The algorithm failed; see the log."))
            return
        try:
            self.layers, failed = load_layers_on_completion(
                self.context, self.feedback, self.results
            )
        except Exception as err:  # a layer that cannot load is reported, never raised
            text = tr("The result could not be added to the project: {error}")
            self._fail(text.format(error=err))
            return
        if failed:
            self._fail(
                tr("The result could not be added to the project: {error}").format(
                    error=", ".join(failed)
                )
            )
            return
        self.ok = True
        self._finish()

    def _finish(self) -> None:
        self.finished = True
        _RUNNING.discard(self)
        text_log = self.feedback.textLog().strip()
        if text_log and text_log != self.details:
            self.details = (self.details + "\n\n" + text_log).strip()
        if self.cancelled:
            log(tr("{id}: cancelled.").format(id=self.algorithm_id))
        elif self.ok and text_log:
            log(f"{self.algorithm_id}:\n{text_log}")
        self.done.emit(self)
