"""Starts the desktop app."""

from __future__ import annotations

import sys


def run_gui(db_value: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("IOM Desk")
    label.show()
    return app.exec()
