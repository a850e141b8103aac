"""Where IOM Desk keeps its files. ``IOMDESK_DATA_DIR`` overrides the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_AUTHOR, APP_NAME


def data_dir() -> Path:
    override = os.environ.get("IOMDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "iomdesk.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
