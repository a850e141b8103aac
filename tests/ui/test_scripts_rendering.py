"""Arabic (right to left), Chinese, Japanese and Korean names in the table, the detail pane and the editor:
the text is shown unchanged, a right-to-left name is laid out right to left (against the right edge), and
a name too long for its column loses its end, never its start, in reading order.

Placement is read from the pixels a widget paints and from its cursor; no particular font is needed (a
missing glyph is still drawn as a box, at its place in the line)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem

from iomdesk.core.contact import ContactInput
from iomdesk.ui.bidi import BidiDelegate, is_right_to_left
from iomdesk.ui.contact_dialog import ContactDialog

from .conftest import make_window
from .test_main_window import names, select_name

ARABIC = "محمد عبد الله"
MIXED = "Ahmed محمد"  # starts with a Latin letter: left to right, the Arabic word inside right to left
CJK = ["王小明", "山田 太郎", "김민준"]
NAMES = [ARABIC, *CJK, MIXED]


@pytest.fixture
def window(ctx, qtbot, settings, captured):
    for name in NAMES:
        ctx.contacts.add(ContactInput(name=name, office="IOM Jordan"))
    window = make_window(ctx, qtbot, settings, captured)
    window.resize(1400, 800)
    window.splitter.setSizes([170, 630, 600])  # a detail pane wide enough for each name on one line
    QApplication.processEvents()
    return window


def _dark_columns(image) -> list[int]:
    """Columns of ``image`` holding a pixel far from its background (its most common lightness)."""
    light = [[image.pixelColor(x, y).lightness() for y in range(image.height())] for x in range(image.width())]
    background = Counter(v for column in light for v in column).most_common(1)[0][0]
    return [x for x, column in enumerate(light) if any(abs(v - background) > 60 for v in column)]


def ink(widget) -> tuple[int, int]:
    """The leftmost and rightmost columns ``widget`` paints (text, or the boxes of missing glyphs)."""
    xs = _dark_columns(widget.grab().toImage())
    assert xs, "nothing was painted"
    return min(xs), max(xs)


def test_which_names_read_right_to_left():
    assert is_right_to_left(ARABIC) and is_right_to_left("שרה כהן")
    assert not any(is_right_to_left(n) for n in [*CJK, MIXED, "Ana Kovač", ""])
    assert is_right_to_left("(1) محمد") and not is_right_to_left("- IOM محمد")  # the first letter decides
    assert not is_right_to_left("\u2067محمد\u2069 Ahmed")  # an isolated run does not decide


def test_the_table_shows_each_name_unchanged_in_the_collation_order(window):
    # Latin, then Arabic, then Hangul, then Han (by the stored collation key).
    assert names(window) == [MIXED, ARABIC, "김민준", "山田 太郎", "王小明"]
    for r, name in enumerate(names(window)):
        index = window.model.index(r, 0)
        assert window.model.data(index, Qt.ItemDataRole.DisplayRole) == name


def _cell_option(window, name) -> QStyleOptionViewItem:
    index = window.model.index(names(window).index(name), 0)
    option = QStyleOptionViewItem()
    window.table.itemDelegate().initStyleOption(option, index)
    return option


def test_table_cells_take_the_direction_of_their_text(window):
    assert isinstance(window.table.itemDelegate(), BidiDelegate)
    assert _cell_option(window, ARABIC).direction == Qt.LayoutDirection.RightToLeft
    for name in [*CJK, MIXED]:
        assert _cell_option(window, name).direction == Qt.LayoutDirection.LeftToRight
        assert _cell_option(window, name).text == name


def _cell_ink(window, name) -> tuple[int, int, int]:
    """(leftmost, rightmost painted column, cell width) of ``name``'s cell in the table."""
    rect = window.table.visualRect(window.model.index(names(window).index(name), 0))
    image = window.table.viewport().grab(rect).toImage()
    dark = _dark_columns(image)
    assert dark, "nothing was painted"
    return min(dark), max(dark), image.width()


def test_an_arabic_name_starts_at_the_right_edge_of_its_cell(window):
    window.table.horizontalHeader().resizeSection(0, 300)
    left, right, width = _cell_ink(window, ARABIC)
    assert right >= width - 8 and left > width // 3
    left, right, width = _cell_ink(window, "王小明")
    assert left <= 8 and right < width // 2


def test_a_long_arabic_name_in_a_narrow_column_keeps_its_start(window):
    """Cut at its end: the first word stays at the right edge, where a reader of Arabic starts, and the
    ellipsis takes the place of the last letters, at the left."""
    window.table.horizontalHeader().resizeSection(0, 60)
    option = _cell_option(window, ARABIC)
    assert window.table.textElideMode() == Qt.TextElideMode.ElideRight  # the logical end goes, the start stays
    elided = option.fontMetrics.elidedText(ARABIC, Qt.TextElideMode.ElideRight, 40)
    assert elided != ARABIC and elided.startswith(ARABIC[:2])
    left, right, width = _cell_ink(window, ARABIC)
    assert right >= width - 8 and left <= 8  # the column is full: it was elided, from the right edge


def _detail_name(window) -> QLabel:
    return window.detail.findChild(QLabel, "detailName")


@pytest.mark.parametrize("name,right_to_left", [(ARABIC, True), (MIXED, False), *[(n, False) for n in CJK]])
def test_detail_pane_name_keeps_the_text_and_its_direction(window, name, right_to_left):
    select_name(window, name)
    QApplication.processEvents()
    label = _detail_name(window)
    assert label.text() == name
    left, right = ink(label)
    if right_to_left:  # laid out from the right edge
        assert right >= label.width() - 6 and left > label.width() // 3
    else:
        assert left <= 6 and right < label.width() - 20


def _cursor_x(field) -> int:
    field.grab()  # paint: the field places its text (and so its cursor) when it paints
    return field.cursorRect().center().x()


@pytest.mark.parametrize("name,right_to_left", [(ARABIC, True), (MIXED, False), *[(n, False) for n in CJK]])
def test_editor_name_field_keeps_the_whole_name_in_its_direction(window, qtbot, name, right_to_left):
    record = next(r for r in window.ctx.search.search("", limit=None) if r.name == name)
    dialog = ContactDialog(window.ctx, record)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    field = dialog.name
    assert field.text() == name  # nothing reversed, reordered or dropped
    # Not cut: the whole name fits the field.
    assert field.fontMetrics().horizontalAdvance(name) < field.width() - 10
    field.home(False)
    start = _cursor_x(field)
    field.end(False)
    end = _cursor_x(field)
    if right_to_left:  # starts at the right edge, reads leftwards
        assert start > end and start > field.width() // 2
    else:
        assert start < end and start < field.width() // 2
    # Typing an Arabic name into an empty field lays it out right to left as well (insert() is what
    # typing does; QTest cannot send keys outside ASCII).
    if right_to_left:
        field.clear()
        for ch in name:
            field.insert(ch)
        assert field.text() == name
        field.home(False)
        assert _cursor_x(field) > field.width() // 2

