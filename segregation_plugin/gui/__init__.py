"""The plugin's widgets: the Segregation panel and its step pages.

- ``panel.py``: the dock widget with one tab per step (``pages.PAGES``).
- ``pages/``: one module per step; each calls the Processing algorithms.
- ``tasks.py``: running an algorithm in the background and loading its outputs.
- ``charts.py``, ``messages.py``: a QPainter bar chart; the message bar and the log.
- ``suggest.py``, ``summary.py``: pure rules that pre-select SCB's indicator fields,
  and the per-area-type summary of a result.
"""
