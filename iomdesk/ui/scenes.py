"""The windows shown in docs/screenshots, built on a throw-away directory of the sample contacts: the main
window, the contact editor, the send dialog, the import wizard (file and mapping pages) and the conflict
dialog. Used by docs/screenshots/make_screenshots.py (PNGs at 1x and 2x, light and dark) and by the
high-DPI test (``python -m iomdesk.ui.scenes --check`` under QT_SCALE_FACTOR=2: every label and button at
least as wide as its text, every wrapped label as tall as its lines).

Run offscreen only; nothing here touches the user's directory, settings or data folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SCENES = ("main", "editor", "send", "import-file", "import-mapping", "conflict")
CSV = ("Name,Job title,Organization,E-mail Address,Business Phone,Notes\n"
       "Amina Diallo,Correspondante,Radio Sénégal,amina.diallo@example.org,+221 33 889 1234,Dakar desk\n"
       "Jorge Ramírez,Editor,El Diario,jramirez@example.org,+34 91 555 0101,\n"
       "Wanjiru Kamau,Reporter,Daily Nation,wkamau@example.org,+254 20 555 0199,Health beat\n")


class Stage:
    """A sample directory and a main window on it, in a temporary folder."""

    def __init__(self, folder: Path, dark: bool = False, language: str = "en"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings, Qt

        from ..services.context import AppContext
        from ..services.samples import load_samples
        from . import i18n, theme
        from .application import make_app
        from .main_window import MainWindow

        self.app = make_app([])
        i18n.install(language)
        if dark:  # what a dark desktop does: the colour scheme says dark, the palette follows
            theme.follow_scheme(self.app, Qt.ColorScheme.Dark)
        self.folder = folder
        self.ctx = AppContext.open(f"sqlite:///{folder / 'directory.sqlite3'}")
        load_samples(self.ctx)
        rows = self.ctx.search.search("", limit=None)
        self.ctx.lists.create("Media West Africa")
        self.ctx.lists.add("Media West Africa", [r.id for r in rows[:6]])
        self.window = MainWindow(self.ctx, settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
                                 open_url=lambda url: False)
        self.window.alerts.presenter = lambda *args, **kwargs: None
        self.window.resize(1100, 680)
        self.window.show()
        self.window.table.selectRow(0)
        self.settle()

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def build(self, name: str):
        """The widget to show for ``name`` (one of SCENES), shown and laid out."""
        win = self.window
        builders: dict[str, Callable[[], object]] = {
            "main": lambda: win,
            "editor": lambda: win.contacts.open_contact_dialog(self.ctx.contacts.get(win.current_id())),
            "send": self._send,
            "import-file": lambda: win.transfer.open_import_wizard(str(self._csv())),
            "import-mapping": self._mapping,
            "conflict": self._conflict,
        }
        widget = builders[name]()
        widget.show()
        self.settle()
        return widget

    def close(self) -> None:
        for w in self.app.topLevelWidgets():
            w.close()
        self.settle()
        self.ctx.close()

    def _csv(self) -> Path:
        path = self.folder / "media.csv"
        path.write_text(CSV, encoding="utf-8")
        return path

    def _send(self):
        articles = self.ctx.articles.list("")
        article_id = articles[0].id if articles else None
        return self.window.outreach.send_to_list("Media West Africa", article_id)

    def _mapping(self):
        wizard = self.window.transfer.open_import_wizard(str(self._csv()))
        wizard.next()
        return wizard

    def _conflict(self):
        from ..services.contacts import record_to_input
        from .conflict_dialog import ConflictDialog

        record = self.ctx.contacts.get(self.window.current_id())
        opened = record_to_input(record)
        theirs = dataclasses.replace(opened, role="Spokesperson", notes="Call the Dakar desk first")
        mine = dataclasses.replace(opened, notes="Prefers WhatsApp", office="IOM Senegal")
        dialog = ConflictDialog(opened, record, theirs, mine, None, self.window)
        return dialog


def clipped(top) -> list[str]:
    """Labels and buttons of ``top`` drawn smaller than their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for w in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if not w.isVisible() or w.window() is not top or not w.text():
            continue
        name = f"{type(top).__name__} {type(w).__name__} {w.objectName() or w.text()[:40]!r}"
        if isinstance(w, QLabel) and w.wordWrap():
            if w.hasHeightForWidth() and w.height() < w.heightForWidth(w.width()):
                found.append(f"{name}: {w.height()} px high, needs {w.heightForWidth(w.width())}")
        elif w.width() < w.minimumSizeHint().width() or w.width() < w.sizeHint().width() and isinstance(w, QLabel):
            found.append(f"{name}: {w.width()} px wide, needs {w.sizeHint().width()}")
    return found


def save_png(widget, path: Path) -> int:
    """Save a small PNG: 8-bit colour when the picture has few colours (plain UI), else best compression."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if len({image.pixel(x, y) for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)}) <= 200:
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
                                      | Qt.ImageConversionFlag.AvoidDither)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 0):  # quality 0: the most compression
        raise OSError(f"cannot write {path}")
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print clipped labels and buttons; exit 1 if any")
    parser.add_argument("--out", type=Path, help="folder for name-<suffix>.png")
    parser.add_argument("--suffix", default="1x")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--language", choices=("en", "fr", "es"), default="en")
    parser.add_argument("scenes", nargs="*", default=list(SCENES))
    args = parser.parse_args(argv)
    os.environ["LOGNAME"] = "comms.officer"  # "Created ... by": not the login name of whoever runs this
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        stage = Stage(Path(tmp), dark=args.dark, language=args.language)
        try:
            for name in args.scenes:
                widget = stage.build(name)
                problems += clipped(widget)
                if args.out:
                    size = save_png(widget, args.out / f"{name}-{args.suffix}.png")
                    print(f"{name}-{args.suffix}.png {size // 1024} KB {widget.width()}x{widget.height()}")
                if widget is not stage.window:
                    widget.close()
                    stage.settle()
        finally:
            stage.close()
    for p in problems:
        print("clipped:", p)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
