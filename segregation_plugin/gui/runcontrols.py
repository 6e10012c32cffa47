"""Run and Cancel buttons, a progress bar and a status line that drive a :class:`RunChain`.

Shared by the steps that run algorithms one after the other: the buttons follow
the chain's state, the bar its overall progress; a cancelled or failed chain is
reported (status line, message bar with details, log) and only a finished one is
handed to the page.
"""

from __future__ import annotations

from typing import Callable, Optional

from qgis.PyQt.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout

from ..i18n import tr
from .chain import RunChain
from .messages import first_line, push_error, reports_errors
from .pages.base import StepPage, text_label


class ChainControls:
    """The run controls of a page; ``failure`` is the message-bar text, with ``{error}``."""

    def __init__(self, page, run_text: str, failure: str) -> None:
        self.iface = page.iface
        self.failure = failure
        self.chain: Optional[RunChain] = None
        self._on_ok: Optional[Callable[[RunChain], None]] = None
        self.run_button = QPushButton(run_text, page)
        self.run_button.setObjectName("runButton")
        self.cancel_button = QPushButton(tr("Cancel"), page)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.status_label = text_label("", page)
        self.status_label.setObjectName("statusLabel")
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())

    def add_to(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)

    def is_running(self) -> bool:
        return self.chain is not None and self.chain.is_running()

    def update_buttons(self) -> None:
        running = self.is_running()
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def bad_input(self, text: str) -> None:
        """Say what is missing (status line and message bar); returns None."""
        self.status_label.setText(text)
        push_error(self.iface, text)
        return None

    def start(self, steps: list, on_ok: Callable[[RunChain], None]) -> None:
        """Run ``steps``; ``on_ok(chain)`` follows when all have finished."""
        self._on_ok = on_ok
        self.status_label.setText(tr("Running…"))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.chain = RunChain(steps)
        self.chain.progress.connect(self._on_progress)
        self.chain.done.connect(self._done)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.chain.start()  # on failure, done (and _done) has already followed

    @reports_errors
    def cancel(self) -> None:
        if self.is_running():
            self.status_label.setText(tr("Cancelling…"))
            self.chain.cancel()

    def stop(self) -> None:
        """Cancel without calling back (the plugin unloads)."""
        StepPage.stop_run(self.chain)

    def _on_progress(self, value: float, label: str) -> None:
        self.progress_bar.setValue(int(round(value)))
        if label and self.is_running():
            self.status_label.setText(label + "…")

    @reports_errors
    def _done(self, chain: RunChain) -> None:
        if chain is not self.chain:
            return
        self.update_buttons()
        self.progress_bar.setVisible(False)
        if chain.cancelled:
            if chain.layers:
                names = ", ".join(f"“{layer.name()}”" for layer in chain.layers)
                text = tr("Cancelled; already added: {names}.").format(names=names)
            else:
                text = tr("Cancelled: no layer was added.")
            self.status_label.setText(text)
            return
        if not chain.ok:
            failed = tr("Failed: {error}").format(error=first_line(chain.error))
            if len(chain.steps) > 1 and chain.failed_step:
                failed = tr("Failed ({step}): {error}").format(
                    step=chain.failed_step, error=first_line(chain.error)
                )
            self.status_label.setText(failed)
            push_error(self.iface, self.failure.format(error=chain.error), chain.details)
            return
        if self._on_ok is not None:
            self._on_ok(chain)


class ChainPage(StepPage):
    """A step whose work is a :class:`RunChain` driven by ``self.controls``."""

    controls: ChainControls

    def add_controls(self, layout: QVBoxLayout, run_text: str, failure: str) -> ChainControls:
        """Run/Cancel buttons, progress bar and status line, added to ``layout`` and kept as
        ``run_button``, ``cancel_button``, ``progress_bar`` and ``status_label``."""
        self.controls = ChainControls(self, run_text, failure)
        self.controls.add_to(layout)
        self.run_button = self.controls.run_button
        self.cancel_button = self.controls.cancel_button
        self.progress_bar = self.controls.progress_bar
        self.status_label = self.controls.status_label
        return self.controls

    @property
    def chain(self) -> Optional[RunChain]:
        """The last run, or None."""
        return self.controls.chain

    def _bad_input(self, text: str) -> None:
        return self.controls.bad_input(text)

    def cancel(self) -> None:
        """Stop the running algorithms (the Cancel button)."""
        self.controls.cancel()

    def shutdown(self) -> None:
        self.controls.stop()
        super().shutdown()
