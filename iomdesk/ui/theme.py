"""Every colour the app draws itself, in one place, for a light and a dark palette.

The app follows the OS colour scheme: Fusion style with the palette the platform gives
(``QGuiApplication.styleHints().colorScheme()``); when the platform says "dark" but hands over a light
palette (some Linux desktops), a dark Fusion palette is built here. Warning, error, hint, banner, badge and
conflict colours are looked up by *role* (``colours("warning-badge")``), never written as "#rrggbb" in a
window: the light or dark variant is chosen from the current palette, and the text colour is nudged until
it reaches the WCAG contrast ratio (4.5:1) against the background it is drawn on, whatever palette a
desktop theme hands over.

``style(widget, role)`` and ``tint(item, role)`` remember the role and apply it again when the palette or
the colour scheme changes at run time (``QEvent.PaletteChange`` / ``ApplicationPaletteChange``), so an open
window turns dark with the desktop.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QListWidget,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

TEXT_CONTRAST = 4.5  # WCAG 2 AA, normal text
ROLE_PROPERTY = "iomdeskThemeRole"
ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 0x7D1  # a tinted item keeps its role name here


@dataclass(frozen=True)
class Variant:
    fg: str | None  # None: the palette's own text colour, checked against ``bg``
    bg: str | None = None  # None: drawn on the window/base background
    border: str | None = None


# role: (light variant, dark variant)
ROLES: dict[str, tuple[Variant, Variant]] = {
    # text on the window or in a table cell
    "error": (Variant("#b00020"), Variant("#ff8a80")),
    "warning": (Variant("#8a5300"), Variant("#ffc266")),
    "hint": (Variant(None), Variant(None)),  # a muted text colour, derived from the palette
    "muted": (Variant(None), Variant(None)),  # do-not-contact rows, "(empty)" cells
    # small labels with their own background
    "warning-badge": (Variant("#8a5300", "#fff1d6", "#e0b060"), Variant("#ffd699", "#4a3300", "#a0782c")),
    "danger-badge": (Variant("#8b0000", "#fde4e4", "#d08080"), Variant("#ffc2c2", "#5c1a1a", "#b05a5a")),
    # banners (a frame with labels and buttons in it)
    "info-banner": (Variant("#10283f", "#e8f1fb", "#9cc0e6"), Variant("#dcebfa", "#1b3148", "#4f7aa6")),
    "warning-banner": (Variant("#3d2a00", "#fff4d6", "#e0b64a"), Variant("#ffe9b3", "#3d3000", "#8a6d1f")),
    # table cells: the colleague changed it / you changed it / you both changed it / a warning cell
    "conflict-theirs": (Variant("#1a1a1a", "#fff1c2"), Variant("#fff3c4", "#4d4000")),
    "conflict-mine": (Variant("#1a1a1a", "#d9ecff"), Variant("#e0f0ff", "#123a5c")),
    "conflict-both": (Variant("#1a1a1a", "#ffd6d6"), Variant("#ffe0e0", "#5c1e1e")),
    "warning-cell": (Variant("#000000", "#fff3c4"), Variant("#fff3c4", "#4d4000")),
}
TEXT_ROLES = ("error", "warning", "hint", "muted")


@dataclass(frozen=True)
class Colours:
    fg: QColor
    bg: QColor | None
    border: QColor | None


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1.0 .. 21.0."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def readable(fg: QColor, backgrounds: list[QColor], ratio: float = TEXT_CONTRAST) -> QColor:
    """``fg``, or the nearest colour towards black or white (whichever side the backgrounds leave room on)
    that reaches ``ratio`` against every one of ``backgrounds``."""
    if all(contrast(fg, bg) >= ratio for bg in backgrounds):
        return QColor(fg)
    darkest = min(luminance(bg) for bg in backgrounds)
    lightest = max(luminance(bg) for bg in backgrounds)
    # towards black when the backgrounds are light enough for black text, else towards white
    target = QColor("#000000") if (lightest + 0.05) / 0.05 >= (1.05 / (darkest + 0.05)) else QColor("#ffffff")
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(fg.redF() + (target.redF() - fg.redF()) * t,
                                fg.greenF() + (target.greenF() - fg.greenF()) * t,
                                fg.blueF() + (target.blueF() - fg.blueF()) * t)
        if all(contrast(mixed, bg) >= ratio for bg in backgrounds):
            return mixed
    return target


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def colours(role: str, palette: QPalette | None = None) -> Colours:
    """The colours of ``role`` for ``palette`` (the application's by default), text readable on its
    background: 4.5:1 against its own background, or against the window, base and alternate-base colours
    of the palette when it has none."""
    palette = palette if palette is not None else QApplication.palette()
    light, dark = ROLES[role]
    variant = dark if is_dark(palette) else light
    window = palette.color(QPalette.ColorRole.Window)
    grounds = [window, palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
    if variant.bg is not None:
        grounds = [QColor(variant.bg)]
    if variant.fg is not None:
        fg = QColor(variant.fg)
    else:  # hint / muted: halfway between the text and its background, then made readable
        fg = _mix(palette.color(QPalette.ColorRole.WindowText), window, 0.45)
    return Colours(readable(fg, grounds), QColor(variant.bg) if variant.bg else None,
                   QColor(variant.border) if variant.border else None)


def stylesheet(role: str, widget: QWidget | None = None, palette: QPalette | None = None) -> str:
    """A style sheet for ``role``: text colour only for the text roles, a framed badge for the badges, and
    ``#objectName { ... } #objectName QLabel { color }`` for a banner frame."""
    c = colours(role, palette)
    if role in TEXT_ROLES:
        return f"color: {c.fg.name()};"
    if role.endswith("-banner"):
        name = widget.objectName() if widget is not None else ""
        assert name, "a banner needs an object name"
        return (f"#{name} {{ background: {c.bg.name()}; border: 1px solid {c.border.name()}; border-radius: 4px; }}"
                f" #{name} QLabel {{ color: {c.fg.name()}; background: transparent; }}")
    padding = "2px 6px" if role == "danger-badge" else "0 4px"
    weight = " font-weight: bold;" if role == "danger-badge" else ""
    border = f" border: 1px solid {c.border.name()};" if c.border is not None else ""
    return (f"QLabel {{ color: {c.fg.name()}; background: {c.bg.name()};{border}"
            f" border-radius: 3px; padding: {padding};{weight} }}")


WATCHED = "iomdeskThemeWatched"


class _Watcher(QObject):
    """Event filter on the application, used only where Qt has no paletteChanged signal any more: when its
    palette changes (the OS turned dark, a test set one), every themed widget gets its colours again. (A
    widget with a style sheet gets no palette event of its own, so this cannot be left to the widgets.)"""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ApplicationPaletteChange and obj is QApplication.instance():
            refresh_all()
        return False


def refresh_all() -> None:
    for widget in QApplication.allWidgets():
        if widget.property(WATCHED):
            refresh(widget)


def _watch(widget: QWidget) -> None:
    widget.setProperty(WATCHED, True)
    app = QApplication.instance()
    if app is None or app.property("iomdeskThemeWatch"):
        return
    app.setProperty("iomdeskThemeWatch", True)
    if hasattr(app, "paletteChanged"):  # a signal: no Python call for every event of the application
        app.paletteChanged.connect(lambda _palette: refresh_all())
    else:
        app.installEventFilter(_Watcher(app))


def style(widget: QWidget, role: str | None) -> None:
    """Colour ``widget`` as ``role`` (None: back to the palette's own colours), now and after every
    palette or colour-scheme change."""
    widget.setProperty(ROLE_PROPERTY, role or "")
    _watch(widget)
    refresh(widget)


def tint(item, role: str | None, column: int | None = None) -> None:
    """Colour a table item (QTableWidgetItem, QStandardItem) or one column of a QTreeWidgetItem as ``role``
    (None: back to the palette's colours); call ``watch_items(view)`` once for the view that holds it so
    the colours follow palette changes."""
    if column is not None:
        _tint_one(lambda r, v: item.setData(column, r, v), role)
    else:
        _tint_one(item.setData, role)


def _tint_one(set_data, role: str | None) -> None:
    set_data(ITEM_ROLE, role)
    if not role:
        set_data(Qt.ItemDataRole.ForegroundRole, None)
        set_data(Qt.ItemDataRole.BackgroundRole, None)
        return
    c = colours(role)
    set_data(Qt.ItemDataRole.ForegroundRole, c.fg)
    set_data(Qt.ItemDataRole.BackgroundRole, c.bg)


def watch_items(view: QWidget) -> None:
    """Re-tint the items of ``view`` (a QTableWidget or QTreeWidget) when the palette changes."""
    _watch(view)
    refresh(view)


def refresh(widget: QWidget) -> None:
    role = widget.property(ROLE_PROPERTY)
    if role is not None:
        sheet = stylesheet(role, widget) if role else ""
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)
    if isinstance(widget, (QTableWidget, QListWidget, QTreeWidget)):
        blocked = widget.blockSignals(True)  # a new colour is no edit (itemChanged)
        try:
            _retint(widget)
        finally:
            widget.blockSignals(blocked)


def _retint(widget: QWidget) -> None:
    if isinstance(widget, QTableWidget):
        for row in range(widget.rowCount()):
            for column in range(widget.columnCount()):
                item = widget.item(row, column)
                if item is not None and item.data(ITEM_ROLE):
                    _tint_one(item.setData, item.data(ITEM_ROLE))
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            if item.data(ITEM_ROLE):
                _tint_one(item.setData, item.data(ITEM_ROLE))
    elif isinstance(widget, QTreeWidget):
        stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
        while stack:
            item = stack.pop()
            for column in range(widget.columnCount()):
                if item.data(column, ITEM_ROLE):
                    _tint_one(lambda r, v, c=column, it=item: it.setData(c, r, v), item.data(column, ITEM_ROLE))
            stack.extend(item.child(i) for i in range(item.childCount()))


def dark_palette() -> QPalette:
    """A dark Fusion palette, for a desktop that asks for dark but hands over a light palette."""
    p = QPalette()
    base, window, text = QColor("#1e1e1e"), QColor("#2b2b2b"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor("#262626"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3a3a"), QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9a9a"), QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#353535"), QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"), QPalette.ColorRole.Light: QColor("#4a4a4a"),
        QPalette.ColorRole.Midlight: QColor("#3e3e3e"), QPalette.ColorRole.Mid: QColor("#5a5a5a"),
        QPalette.ColorRole.Dark: QColor("#181818"), QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#2f6fb3"), QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"), QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return p


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    fusion = QStyleFactory.create("Fusion")
    return fusion.standardPalette()


def follow_scheme(app: QApplication | None = None, scheme: Qt.ColorScheme | None = None) -> None:
    """Use the palette the platform gives for its colour scheme (``scheme``: the OS's by default); build a
    dark one when the platform says dark and gives a light palette (and drop it again when the scheme goes
    back to light)."""
    app = app or QApplication.instance()
    scheme = scheme if scheme is not None else QGuiApplication.styleHints().colorScheme()
    ours = bool(app.property("iomdeskDarkPalette"))
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
        app.setProperty("iomdeskDarkPalette", True)
    elif scheme != Qt.ColorScheme.Dark and ours:
        app.setProperty("iomdeskDarkPalette", False)
        app.setPalette(QPalette())  # back to the platform's palette


class FocusStyle(QProxyStyle):
    """Fusion, plus a visible focus frame on read-only text views and on tables, lists and trees (Fusion
    marks focus there only by a dotted current item, and not at all in a read-only text view or an empty
    table): a 2-pixel frame in the palette's highlight colour while the view has the focus."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        super().drawControl(element, option, painter, widget)
        if (element == QStyle.ControlElement.CE_ShapedFrame and isinstance(widget, QAbstractScrollArea)
                and option.state & QStyle.StateFlag.State_HasFocus and not isinstance(widget, QComboBox)):
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 2)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
            painter.restore()


_STYLE: list[QStyle] = []  # the app's style object stays alive as long as the app


def install(app: QApplication) -> None:
    """Fusion style (it draws the platform's dark palette on Windows too) with visible focus frames, following
    the OS colour scheme."""
    if app.property("iomdeskTheme"):
        return
    app.setProperty("iomdeskTheme", True)
    style = FocusStyle(QStyleFactory.create("Fusion"))
    _STYLE.append(style)
    app.setStyle(style)
    follow_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda scheme: follow_scheme(app, scheme))
