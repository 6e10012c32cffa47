"""``python -m segregation_plugin``: the headless runner (see headless.py)."""

import sys

from .headless import main

sys.exit(main())
