"""Bad-input errors and translatable text markers for the core.

The core must not import Qt, so it cannot call ``tr()``. Instead every
user-visible English string in the core is wrapped in :func:`N_` (a no-op that
marks it for ``tools/update_translations.py``), and the QGIS side translates
it with ``tr(template).format(**params)``.
"""

from __future__ import annotations

from typing import Any


def N_(text: str) -> str:  # noqa: N802 - gettext convention
    """Mark ``text`` for translation; returns it unchanged."""
    return text


class SegregationError(ValueError):
    """Bad input that the planner can fix.

    ``template`` is an English message with ``{named}`` fields, marked with
    :func:`N_`; ``params`` fills them. ``str(err)`` is the English message.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def translated(self, translate) -> str:
        """Message translated with ``translate(template)``, then formatted."""
        return translate(self.template).format(**self.params)
