"""Telling the planner what happened: the message bar (with "Details") and the log.

Errors never reach the user as a Python traceback: they become a short line in
QGIS' message bar with a "Details" button for the full text, and the full text
also goes to the Log Messages panel under the tag "Segregation".
"""

from __future__ import annotations

import functools
import traceback

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..i18n import tr

LOG_TAG = "Segregation"
#: Seconds an information or success message stays in the bar (errors stay).
SHORT = 8


def log(text: str, level=Qgis.Info) -> None:
    """Write ``text`` to the Log Messages panel, tab "Segregation"."""
    QgsMessageLog.logMessage(text, LOG_TAG, level)


def first_line(text: str, limit: int = 200) -> str:
    """The first non-empty line of ``text``, shortened to ``limit`` characters."""
    line = next((part.strip() for part in (text or "").splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def show_details(parent, title: str, details: str) -> None:
    """The full message in a dialog the user can read and copy."""
    head = first_line(details, limit=400)
    rest = details.strip()[len(head) :].strip() if details.strip().startswith(head) else details
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Information)
    box.setWindowTitle(title)
    box.setText(head)
    if rest:
        box.setInformativeText(rest if len(rest) <= 1500 else rest[:1500] + "…")
    if len(rest) > 1500:
        box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.Close)
    box.exec_()


def push(iface, text: str, details: str = "", level=Qgis.Critical, title: str = "") -> None:
    """A message in QGIS' message bar; a "Details" button shows the full text.

    The bar shows the first line of ``text`` (shortened); the button appears when
    ``details`` or the rest of ``text`` say more. Everything also goes to the
    log. Errors and warnings stay until closed.
    """
    title = title or tr("Segregation")
    short = first_line(text)
    full = "\n\n".join(part for part in (text.strip(), (details or "").strip()) if part)
    if (details or "").strip() == text.strip():
        full = text.strip()
    log(full or short, level)
    bar = iface.messageBar()
    duration = SHORT if level in (Qgis.Info, Qgis.Success) else 0
    if full == short:
        bar.pushMessage(title, short, level, duration)
        return
    item = bar.createMessage(title, short)
    button = QPushButton(tr("Details"), item)
    button.setObjectName("detailsButton")
    button.clicked.connect(lambda: show_details(iface.mainWindow(), title, full))
    item.layout().addWidget(button)
    bar.pushWidget(item, level, duration)


def push_error(iface, text: str, details: str = "") -> None:
    """An error: short ``text`` in the bar, full ``details`` behind "Details" and in the log."""
    push(iface, text, details, Qgis.Critical)


def reports_errors(method):
    """Decorate a slot of a widget with ``self.iface``: an unexpected exception becomes a
    message (traceback behind "Details" and in the log), never QGIS' Python error dialog."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as error:
            push_error(
                self.iface,
                tr("Unexpected error: {error}").format(error=error),
                traceback.format_exc(),
            )
            return None

    return wrapper
