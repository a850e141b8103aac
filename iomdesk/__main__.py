"""``python -m iomdesk``: the same entry point as ``iomdesk`` and ``python main.py``."""

from iomdesk.app import main

raise SystemExit(main())
