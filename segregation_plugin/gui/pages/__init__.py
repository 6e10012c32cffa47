"""The panel's steps, one module each.

To add a step: write ``pages/<step>.py`` with a :class:`~.base.StepPage`
subclass (``STEP_ID``, ``TITLE`` marked with ``N_``, widgets in ``__init__``,
cleanup in ``shutdown``; optionally ``HELP_ANCHORS``, the sections of the help
page to open) and add the class to :data:`PAGES` in its place.
"""

from __future__ import annotations

from .areatypes import AreaTypesPage
from .base import StepPage
from .data import DataPage
from .indices import IndicesPage
from .report import ReportPage
from .transit import TransitPage
from .trends import TrendsPage

#: The steps in the order the planner takes them.
PAGES: tuple[type[StepPage], ...] = (
    DataPage,
    AreaTypesPage,
    IndicesPage,
    TransitPage,
    TrendsPage,
    ReportPage,
)

__all__ = ["PAGES", "StepPage"]
