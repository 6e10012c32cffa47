"""Several Processing algorithms one after the other, each as an :class:`AlgorithmRun`.

A :class:`RunChain` starts the next step when the previous one has finished; a step
builds its parameters from the results of the steps before it (e.g. the join reads
the table the import wrote). Cancel stops the running step and skips the rest. The
overall progress (0-100) follows each step's Processing progress.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr
from .tasks import AlgorithmRun, short_error


@dataclass
class Step:
    """One algorithm of a chain.

    ``build(chain)`` returns the parameters (it may read ``chain.results`` of the
    earlier steps) or None to skip the step. ``key`` names the step's results.
    """

    key: str
    algorithm: str
    build: Callable[[RunChain], Optional[dict]]
    label: str = ""


class RunChain(QObject):
    """Run :class:`Step` s in order; ``done`` is emitted once, when all ended or one stopped.

    After ``done``: ``ok`` (every step finished), ``cancelled``, ``error`` and
    ``details`` (of the step that failed, ``failed_step``), ``results`` (key ->
    results of each finished step), ``runs`` (key -> its AlgorithmRun) and
    ``layers`` (every layer the steps added to the project).
    """

    done = pyqtSignal(object)
    #: Overall progress 0-100 and the label of the running step.
    progress = pyqtSignal(float, str)

    def __init__(self, steps: list) -> None:
        super().__init__()
        self.steps = list(steps)
        self.index = -1
        self.run: Optional[AlgorithmRun] = None
        self.runs: dict = {}
        self.results: dict = {}
        self.layers: list = []
        self.ok = False
        self.cancelled = False
        self.finished = False
        self.started = False
        self.error = ""
        self.details = ""
        self.failed_step = ""

    # -- control ---------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the first step; False when the chain ended at once (``done`` was emitted)."""
        self.started = True
        self._next()
        return not self.finished or self.ok

    def cancel(self) -> None:
        """Stop the running step and skip the rest; ``done`` follows with ``cancelled``."""
        if self.finished:
            return
        self.cancelled = True
        if self.run is not None and not self.run.finished:
            self.run.cancel()  # done follows through _on_done
        else:
            self._finish()

    def is_running(self) -> bool:
        return self.started and not self.finished

    def step_label(self) -> str:
        if 0 <= self.index < len(self.steps):
            return self.steps[self.index].label
        return ""

    # -- running ---------------------------------------------------------------------------

    def _next(self) -> None:
        while not self.finished:
            self.index += 1
            if self.index >= len(self.steps):
                self.ok = True
                self._finish()
                return
            if self.cancelled:
                self._finish()
                return
            step = self.steps[self.index]
            try:
                params = step.build(self)
            except Exception as error:  # a bad choice found late: reported, never raised
                text = str(error) or type(error).__name__
                self._fail(step, text, text + "\n\n" + traceback.format_exc())
                return
            if params is None:
                continue
            self._emit_progress(0.0)
            if self.cancelled or self.finished:  # Cancel pressed while progress was shown
                if not self.finished:
                    self._finish()
                return
            run = AlgorithmRun(step.algorithm, params)
            self.run = run
            self.runs[step.key] = run
            run.feedback.progressChanged.connect(self._on_progress)
            run.done.connect(self._on_done)
            run.start()  # may end at once (then _on_done has run)
            return

    def _on_progress(self, value: float) -> None:
        if not self.finished:
            self._emit_progress(float(value))

    def _emit_progress(self, step_progress: float) -> None:
        n = max(len(self.steps), 1)
        overall = 100.0 * (self.index + max(0.0, min(step_progress, 100.0)) / 100.0) / n
        self.progress.emit(overall, self.step_label())

    def _on_done(self, run: AlgorithmRun) -> None:
        if run is not self.run or self.finished:
            return
        step = self.steps[self.index]
        self.layers.extend(run.layers)
        if run.cancelled or self.cancelled:
            self.cancelled = True
            self._finish()
            return
        if not run.ok:
            self._fail(step, run.error, run.details)
            return
        self.results[step.key] = run.results
        self._next()

    def _fail(self, step: Step, error: str, details: str) -> None:
        self.failed_step = step.label or step.algorithm
        self.error = short_error(error) or tr("The algorithm failed; see the log.")
        self.details = details or error
        self._finish()

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self.ok:
            self.progress.emit(100.0, "")
        self.done.emit(self)
