"""The base of every step page of the panel."""

from __future__ import annotations

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QWidget

from ...i18n import tr


class StepPage(QWidget):
    """One step of the Segregation panel.

    A subclass sets ``STEP_ID`` (a stable id, also used in settings) and
    ``TITLE`` (English source text, marked with ``N_`` so it is translated),
    builds its widgets in ``__init__(iface, parent)`` and cancels its work and
    disconnects from the project in :meth:`shutdown`. It may emit
    ``goToStep(step_id)`` to send the planner to another step.
    """

    STEP_ID = ""
    TITLE = ""

    goToStep = pyqtSignal(str)

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(f"SegregationStep_{self.STEP_ID}")

    def title(self) -> str:
        return tr(self.TITLE)

    def start_page(self) -> None:
        """Build the widgets, restore the remembered choices and follow the layers added
        to the project; called at the end of a subclass's ``__init__``."""
        self._build()
        self._restore_settings()
        QgsProject.instance().layersAdded.connect(self._on_layers_added)

    def _build(self) -> None:
        """Create the widgets (subclasses)."""

    def _restore_settings(self) -> None:
        """Restore the last choices from QgsSettings (subclasses)."""

    def _on_layers_added(self, layers) -> None:
        """React to layers added to the project, e.g. to suggest them (subclasses)."""

    def shutdown(self) -> None:
        """Stop running work and disconnect signals (the plugin is unloading); subclasses
        stop their own work, then call this."""
        try:
            QgsProject.instance().layersAdded.disconnect(self._on_layers_added)
        except TypeError:
            pass

    @staticmethod
    def stop_run(run) -> None:
        """Cancel a :class:`~..tasks.AlgorithmRun` and stop it calling back into the page."""
        if run is None or run.finished:
            return
        try:
            run.done.disconnect()
        except TypeError:
            pass
        run.cancel()


def text_label(text: str, parent=None, rich: bool = False) -> QLabel:
    """A word-wrapped label for explanations; ``rich`` allows simple HTML and links."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    label.setTextInteractionFlags(Qt.TextBrowserInteraction if rich else Qt.TextSelectableByMouse)
    label.setOpenExternalLinks(rich)
    return label
