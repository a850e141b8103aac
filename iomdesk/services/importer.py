"""Importing contacts from CSV and vCard files: the public names of :mod:`iomdesk.services.importing`.

The import lives in the package, one module per stage (source, plan, match, write, result,
service, the worker pool); this module keeps ``from iomdesk.services.importer import ...`` working
for the CLI, the GUI wizard, tests, benchmarks and fuzz scripts.
"""

from __future__ import annotations

from .importing import *  # noqa: F403  (the package's __all__, loaded here at once)
from .importing import __all__ as __all__
