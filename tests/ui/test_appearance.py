"""Dark mode and readable warning colours: every colour the app draws itself (warning and error text, the
review-due and do-not-contact badges, the banners, the conflict cells, greyed do-not-contact rows) is
measured as drawn, in a light and a dark palette, for WCAG contrast (4.5:1 for text); switching the
palette while a window is open recolours it; the OS colour scheme picks the palette."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from iomdesk.services.contacts import record_to_input
from iomdesk.ui import theme
from iomdesk.ui.application import make_app
from iomdesk.ui.conflict_dialog import ConflictDialog

from .conftest import make_window
from .test_outreach_gui import mark_dnc

PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}


def high_contrast() -> QPalette:  # a desktop's own high-contrast theme: black window, yellow-white text
    p = theme.dark_palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        p.setColor(role, QColor("#000000"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        p.setColor(role, QColor("#ffff80"))
    return p


def muddy_light() -> QPalette:  # a grey desktop theme: mid-grey window, near-black text
    p = theme.light_palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        p.setColor(role, QColor("#b0b0b0"))
    return p


@pytest.fixture
def app_palette():
    """Set the application palette for one test; the one before comes back afterwards."""
    app = make_app([])
    before = QPalette(app.palette())

    def use(name_or_palette) -> QPalette:
        palette = PALETTES[name_or_palette]() if isinstance(name_or_palette, str) else name_or_palette
        app.setPalette(palette)
        app.processEvents()
        return palette

    yield use
    app.setPalette(before)
    app.processEvents()


def drawn(image) -> tuple[QColor, QColor]:
    """(background, text) as drawn: the most common colour, and the pixel that stands out most from it
    (the core of a glyph stroke)."""
    image = image.toImage() if hasattr(image, "toImage") else image
    counts = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    bg = QColor.fromRgb(counts.most_common(1)[0][0])
    fg = max((QColor.fromRgb(p) for p in counts), key=lambda c: theme.contrast(c, bg))
    return bg, fg


def in_window(widget):
    """The widget's area as the window draws it (its parents' backgrounds included)."""
    window = widget.window()
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def cell(view, row: int, column: int):
    index = view.model().index(row, column)
    return view.viewport().grab(view.visualRect(index))


def assert_readable(image, what: str, ratio: float = theme.TEXT_CONTRAST) -> tuple[QColor, QColor]:
    bg, fg = drawn(image)
    assert theme.contrast(fg, bg) >= ratio, f"{what}: {fg.name()} on {bg.name()} is {theme.contrast(fg, bg):.2f}:1"
    return bg, fg


@pytest.mark.parametrize("palette", [theme.light_palette, theme.dark_palette, high_contrast, muddy_light],
                         ids=["light", "dark", "high-contrast", "grey"])
def test_every_role_is_readable_on_the_background_it_is_drawn_on(palette):
    make_app([])
    p = palette()
    grounds = [p.color(r) for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                                    QPalette.ColorRole.AlternateBase)]
    for role in theme.ROLES:
        c = theme.colours(role, p)
        for bg in ([c.bg] if c.bg is not None else grounds):
            assert theme.contrast(c.fg, bg) >= theme.TEXT_CONTRAST, (role, c.fg.name(), bg.name())
        if c.bg is not None:  # a dark palette gets the dark variant: no light badge glaring in a dark window
            assert theme.is_dark(p) == (theme.luminance(c.bg) < 0.2), role


def test_contrast_is_the_wcag_ratio():
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # the old grey of do-not-contact rows (#7a7a7a on white) was below 4.5:1; the muted role is not
    assert theme.contrast(QColor("#7a7a7a"), QColor("#ffffff")) < 4.5
    assert theme.contrast(theme.colours("muted", theme.light_palette()).fg, QColor("#ffffff")) >= 4.5


@pytest.fixture
def badged(seeded):
    """Ana: review date passed (review-due badge) and do not contact (red badge, greyed row)."""
    ana = seeded.search.search("kovac")[0]
    data = record_to_input(seeded.contacts.get(ana.id))
    data.review_date = dt.date(2020, 1, 1)
    seeded.contacts.update(ana.id, data, expected_version=seeded.contacts.get(ana.id).version)
    mark_dnc(seeded, ana.id, "asked not to get releases")
    return seeded


def _row_of(window, name: str) -> int:
    for row in range(window.model.rowCount()):
        if window.model.index(row, 0).data() == name:
            return row
    raise AssertionError(name)


def _select(window, name: str) -> int:
    row = _row_of(window, name)
    window.table.selectRow(row)
    QApplication.processEvents()
    return row


@pytest.mark.parametrize("name", ["light", "dark"])
def test_main_window_badges_banner_and_greyed_rows_are_readable(name, app_palette, badged, qtbot, settings,
                                                                 captured):
    palette = app_palette(name)
    window = make_window(badged, qtbot, settings, captured)
    window.resize(1200, 700)
    hint = window.detail.findChild(QLabel)  # "Select a contact ..." before any selection
    assert_readable(in_window(hint), "detail hint")
    row = _select(window, "Ana Kovač")
    window.table.clearSelection()  # the greyed name as drawn in an unselected row
    QApplication.processEvents()
    bg, _fg = assert_readable(cell(window.table, row, 0), "do-not-contact row")
    assert bg == palette.color(QPalette.ColorRole.Base) or bg == palette.color(QPalette.ColorRole.AlternateBase)
    _select(window, "Ana Kovač")
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text() and w.width() > 8]
    assert len(labels) > 10
    for label in labels:  # every text of the window: names, hints, "Created ... by", the status bar
        assert_readable(in_window(label), f"label {label.objectName() or label.text()[:30]!r}")
    for object_name in ("reviewDueBadge", "dncBadge"):
        badge = window.detail.findChild(QLabel, object_name)
        assert badge is not None and badge.isVisible(), object_name
        bg, _fg = assert_readable(in_window(badge), object_name)
        assert theme.is_dark(palette) == (theme.luminance(bg) < 0.2), object_name


@pytest.mark.parametrize("name", ["light", "dark"])
def test_empty_directory_banner_is_readable(name, app_palette, ctx, qtbot, settings, captured):
    app_palette(name)
    window = make_window(ctx, qtbot, settings, captured)
    assert window.banner.isVisible()
    label = window.banner.findChild(QLabel)
    bg, _fg = assert_readable(in_window(label), "empty banner")
    assert theme.is_dark() == (theme.luminance(bg) < 0.2)


def _conflict(ctx, parent=None) -> ConflictDialog:
    ana = ctx.search.search("kovac")[0]
    record = ctx.contacts.get(ana.id)
    opened = record_to_input(record)
    theirs = dataclasses.replace(opened, role="Spokesperson", notes="Call the desk")
    mine = dataclasses.replace(opened, notes="Prefers WhatsApp", office="IOM Geneva")
    return ConflictDialog(opened, record, theirs, mine, None, parent)


def _coloured_cells(dialog):
    table = dialog.table
    for r in range(table.rowCount()):
        for c in range(1, table.columnCount()):
            role = table.item(r, c).data(theme.ITEM_ROLE)
            if role:
                yield r, c, role


@pytest.mark.parametrize("name", ["light", "dark"])
def test_conflict_cells_are_readable(name, app_palette, seeded, qtbot):
    app_palette(name)
    dialog = _conflict(seeded)
    qtbot.addWidget(dialog)
    dialog.show()
    roles = set()
    for r, c, role in _coloured_cells(dialog):
        roles.add(role)
        bg, _fg = assert_readable(cell(dialog.table, r, c), f"{role} row {r}")
        assert bg == (theme.colours(role).bg or QApplication.palette().color(QPalette.ColorRole.Base))
    assert roles == {"conflict-theirs", "conflict-mine", "conflict-both", "muted"}  # muted: "(empty)"


@pytest.mark.parametrize("name", ["light", "dark"])
def test_send_dialog_warning_is_readable(name, app_palette, seeded, qtbot, settings, captured):
    app_palette(name)
    window = make_window(seeded, qtbot, settings, captured)
    ana = seeded.search.search("kovac")[0]
    mark_dnc(seeded, ana.id, "asked not to get releases")
    seeded.lists.create("Geneva wires")
    seeded.lists.add("Geneva wires", [r.id for r in seeded.search.search("")])
    dialog = window.outreach.send_to_list("Geneva wires", None)
    assert dialog.left_out.text() and dialog.left_out.isVisible()
    assert_readable(in_window(dialog.left_out), "left out")


def test_switching_to_dark_while_open_recolours_the_window(app_palette, badged, ctx, qtbot, settings, captured):
    app_palette("light")
    window = make_window(badged, qtbot, settings, captured)
    _select(window, "Ana Kovač")
    dialog = _conflict(badged, window)
    qtbot.addWidget(dialog)
    dialog.show()
    badge = window.detail.findChild(QLabel, "dncBadge")
    light_bg, _ = assert_readable(in_window(badge), "light badge")
    light_cells = {(r, c): dialog.table.item(r, c).background().color() for r, c, role in _coloured_cells(dialog)
                   if role != "muted"}
    assert not theme.is_dark() and theme.luminance(light_bg) > 0.5

    app_palette("dark")  # the desktop turns dark: no new window, no reselection
    dark_bg, _ = assert_readable(in_window(badge), "dark badge")
    assert theme.luminance(dark_bg) < 0.2
    for (r, c), before in light_cells.items():
        now = dialog.table.item(r, c).background().color()
        assert now != before and theme.luminance(now) < 0.2
        assert_readable(cell(dialog.table, r, c), "dark conflict cell")

    app_palette("light")  # and back
    assert theme.luminance(drawn(in_window(badge))[0]) > 0.5
    app_palette("dark")
    window.table.clearSelection()
    QApplication.processEvents()
    row_bg, _ = assert_readable(cell(window.table, _row_of(window, "Ana Kovač"), 0), "greyed row, now dark")
    assert theme.luminance(row_bg) < 0.2


def test_the_os_colour_scheme_picks_the_palette(app_palette):
    app = make_app([])
    app_palette("light")
    theme.follow_scheme(app, Qt.ColorScheme.Dark)  # the desktop says dark but its palette is light
    assert theme.is_dark(app.palette())
    theme.follow_scheme(app, Qt.ColorScheme.Light)
    assert not theme.is_dark(app.palette())
    # the desktop switching while the app runs: Qt's signal (the offscreen platform never sends it itself)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark(app.palette())
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark(app.palette())
    assert isinstance(app.style(), theme.FocusStyle) and app.style().baseStyle().name().lower() == "fusion"


# -- 200 % --------------------------------------------------------------------------------------------------
def test_nothing_is_clipped_at_200_percent(tmp_path):
    """The windows of docs/screenshots at QT_SCALE_FACTOR=2 (a 200 % display), in a process of their own:
    no label or button narrower than its text, no wrapped label shorter than its lines."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    done = subprocess.run([sys.executable, "-m", "iomdesk.ui.scenes", "--check", "--out", str(tmp_path),
                           "--suffix", "2x", "main", "editor", "send", "import-mapping"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    pictures = sorted(p.name for p in tmp_path.glob("*.png"))
    assert pictures == ["editor-2x.png", "import-mapping-2x.png", "main-2x.png", "send-2x.png"]
    from PySide6.QtGui import QImage

    main = QImage(str(tmp_path / "main-2x.png"))
    assert (main.width(), main.height()) == (2200, 1360)  # drawn at twice the pixels, not stretched


def test_the_clip_check_finds_a_clipped_label(qtbot):
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from iomdesk.ui.scenes import clipped

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("Organisation internationale pour les migrations")
    layout.addWidget(label)
    dialog.show()
    assert clipped(dialog) == []
    label.setFixedWidth(60)  # a fixed pixel size: the text no longer fits
    assert len(clipped(dialog)) == 1 and "needs" in clipped(dialog)[0]
