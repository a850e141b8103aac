"""Render the main window (offscreen, current data and search) to a PNG."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def render(ctx, out: Path, query: str = "", size: tuple[int, int] = (1280, 760), select_first: bool = True,
           language: str | None = None) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from . import i18n
    from .application import make_app
    from .main_window import MainWindow

    app = make_app([])
    i18n.install(language)  # None: the language the app itself would use
    with tempfile.TemporaryDirectory() as tmp:
        # A throw-away settings file: the picture shows defaults, not this user's window layout.
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings=settings, open_url=lambda url: False)
        window.resize(*size)
        window.show()
        if query:
            window.search_edit.setText(query)
            window._debounce.stop()
            window.refresh()
        if select_first and window.model.rowCount():
            window.table.selectRow(0)
        for _ in range(5):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"cannot write {out}")
        window.close()
        window.deleteLater()
        app.processEvents()
    return out
