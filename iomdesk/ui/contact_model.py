"""The contacts table: a QAbstractTableModel that holds row ids and fetches rows lazily.

Only ids of the current result are held, a page at a time (``fetchMore``); the rows the view shows
are fetched in small blocks and cached. It never loads every contact.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..services.search import ContactRow, Filters, SearchService
from ..store.db import is_connection_lost
from . import theme
from .dates import locale_datetime
from .messages import shown_country

COLUMNS: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("ContactTableModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("ContactTableModel", "Role"), "role"),
    (QT_TRANSLATE_NOOP("ContactTableModel", "Office"), "office"),
    (QT_TRANSLATE_NOOP("ContactTableModel", "Country"), "country"),
    (QT_TRANSLATE_NOOP("ContactTableModel", "Phone"), "phone"),
    (QT_TRANSLATE_NOOP("ContactTableModel", "Email"), "email"),
    (QT_TRANSLATE_NOOP("ContactTableModel", "Articles"), "articles"),
    (QT_TRANSLATE_NOOP("ContactTableModel", "Last contacted"), "last_contacted"),
]
# What each column holds, as its header's tooltip (a narrow column cuts its title short).
COLUMN_TIPS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ContactTableModel", "The contact's full name"),
    "role": QT_TRANSLATE_NOOP("ContactTableModel", "The contact's job title"),
    "office": QT_TRANSLATE_NOOP("ContactTableModel", "The IOM office the contact belongs to"),
    "country": QT_TRANSLATE_NOOP("ContactTableModel", "The contact's country"),
    "phone": QT_TRANSLATE_NOOP("ContactTableModel", "The first phone number"),
    "email": QT_TRANSLATE_NOOP("ContactTableModel", "The first email address"),
    "articles": QT_TRANSLATE_NOOP("ContactTableModel", "How many articles name the contact"),
    "last_contacted": QT_TRANSLATE_NOOP("ContactTableModel", "When IOM Desk last sent the contact a message"),
}
PAGE = 200
ROW_BLOCK = 60
CACHE_LIMIT = 5000
RETRY_AFTER_S = 5.0  # rows that could not be read (the team database gone): not tried again before this
ID_ROLE = Qt.ItemDataRole.UserRole + 1
IDS_MIME = "application/x-iomdesk-contact-ids"  # dragged rows: their ids, comma-separated


@dataclass(frozen=True)
class SearchSpec:
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "name"
    descending: bool = False


@dataclass
class SearchResult:
    spec: SearchSpec
    ids: list[int]
    total: int
    rows: dict[int, ContactRow]
    cursor: object = None  # where the next page starts; None when every match is loaded
    total_capped: bool = False
    generation: int = 0


def run_search(search: SearchService, spec: SearchSpec, page: int | None = None) -> SearchResult:
    """The first page of a search, ready for the model. Safe to call on a worker thread."""
    first = search.first_page(spec.query, spec.filters, spec.sort, spec.descending, limit=page or PAGE,
                              row_block=ROW_BLOCK)
    return SearchResult(spec, first.ids, first.total, first.rows, first.cursor, first.total_capped)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactTableModel", text)


def _warning_icon():
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


# A do-not-contact contact: its name cell struck through and greyed, a "no entry" icon, the reason as
# tooltip and in what a screen reader says.
_DNC_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
              Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole)


def _dnc_data(row: ContactRow, role: int):
    from PySide6.QtGui import QBrush, QFont
    from PySide6.QtWidgets import QApplication, QStyle

    if role == Qt.ItemDataRole.ToolTipRole:
        from .widgets import plain_tip

        return plain_tip(dnc_text(row.dnc_reason))
    if role == Qt.ItemDataRole.DecorationRole:
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_BrowserStop)
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setStrikeOut(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(theme.colours("muted").fg)
    return QCoreApplication.translate("ContactTableModel", "{name}, do not contact").format(name=row.name)


def dnc_text(reason: str | None) -> str:
    """ "Do not contact: reason" (the table's tooltip)."""
    if reason:
        return QCoreApplication.translate("ContactTableModel", "Do not contact: {reason}").format(reason=reason)
    return QCoreApplication.translate("ContactTableModel", "Do not contact: no reason given")


def mark_do_not_contact(item, reason: str) -> None:
    """A list item (the Articles view's contacts) shown as the table shows a do-not-contact contact."""
    from PySide6.QtWidgets import QApplication, QStyle

    from .widgets import plain_tip

    font = item.font()
    font.setStrikeOut(True)
    item.setFont(font)
    theme.tint(item, "muted")
    item.setIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_BrowserStop))
    item.setToolTip(plain_tip(dnc_text(reason)))
    item.setData(Qt.ItemDataRole.AccessibleTextRole,
                 QCoreApplication.translate("ContactTableModel", "{name}, do not contact").format(name=item.text()))


class ContactTableModel(QAbstractTableModel):

    def __init__(self, search: SearchService, parent=None):
        super().__init__(parent)
        self.search = search
        self.spec = SearchSpec()
        self._ids: list[int] = []
        self._id_set: set[int] = set()
        self._cursor: object = None
        self._total = 0
        self.total_capped = False
        self._rows: dict[int, ContactRow] = {}
        self._failed_at = float("-inf")  # when rows last could not be read (the team database gone)
        self.loader: Callable[[SearchSpec], None] | None = None  # async search, set by the window

    # -- result handling -----------------------------------------------------------------------
    def apply(self, result: SearchResult) -> None:
        self.beginResetModel()
        self.spec = result.spec
        self._ids = list(result.ids)
        self._id_set = set(self._ids)
        self._cursor = result.cursor
        self._total = result.total
        self.total_capped = result.total_capped
        self._rows = dict(result.rows)
        self.endResetModel()

    def reload(self, spec: SearchSpec | None = None) -> None:
        """Run the search now, on this thread (tests, and after small edits)."""
        self.apply(run_search(self.search, spec or self.spec))

    def forget(self, ids: list[int] | None = None) -> None:
        """Drop cached rows (all, or some ids) so the view re-reads them."""
        if ids is None:
            self._rows.clear()
        else:
            for i in ids:
                self._rows.pop(i, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    @property
    def total(self) -> int:
        return self._total

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> ContactRow | None:
        cid = self.id_at(row)
        if cid is None:
            return None
        found = self._rows.get(cid)
        if found is None:
            self._fetch_block(row)
            found = self._rows.get(cid)
        return found

    def _fetch_block(self, row: int) -> None:
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        if time.monotonic() - self._failed_at < RETRY_AFTER_S:  # blank cells meanwhile, not a try per cell
            return
        start = max(0, row - ROW_BLOCK // 4)
        wanted = [i for i in self._ids[start : start + ROW_BLOCK] if i not in self._rows]
        try:
            self._rows.update(self.search.rows(wanted))
        except Exception as exc:  # painting must not raise (one error box per cell): the window says why
            if not is_connection_lost(exc):
                raise
            self._failed_at = time.monotonic()

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None:
            return
        page = self.search.next_page(self.spec.query, self.spec.filters, self.spec.sort, self.spec.descending,
                                     self._cursor, limit=PAGE)
        self._cursor = page.cursor
        more = [i for i in page.ids if i not in self._id_set]
        if not more:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._ids.extend(more)
        self._id_set.update(more)
        self.endInsertRows()
        if self._cursor is None or len(self._ids) > self._total:
            self._total = max(self._total, len(self._ids))

    # -- dragging rows (onto a list in the side panel) ------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = [i for i in dict.fromkeys(self.id_at(ix.row()) for ix in indexes) if i is not None]
        mime = QMimeData()
        mime.setData(IDS_MIME, QByteArray(",".join(map(str, ids)).encode("ascii")))
        return mime

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section][0])
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(COLUMN_TIPS[COLUMNS[section][1]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "country":
                return shown_country(row.country)
            if key == "articles":
                return row.articles  # a number: the view writes it as the user's language does (QLocale)
            if key == "last_contacted":
                return locale_datetime(row.last_contacted)
            return getattr(row, key)
        if row.do_not_contact and key == "name" and role in _DNC_ROLES:
            return _dnc_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "phone" and row.phone and not row.phone_valid:
                return self.tr("Not valid under today's numbering plan; kept as entered")
            if key == "country" and row.country:
                return self.tr("{country} ({code})").format(country=shown_country(row.country), code=row.country)
            if key == "last_contacted" and row.last_contacted:
                return self.tr("Newest send in the history: {when}").format(
                    when=locale_datetime(row.last_contacted, seconds=True))
            return None
        if role == Qt.ItemDataRole.DecorationRole and key == "phone" and row.phone and not row.phone_valid:
            return _warning_icon()
        if role == Qt.ItemDataRole.AccessibleTextRole and key == "phone" and row.phone and not row.phone_valid:
            return self.tr("{phone}, unverified").format(phone=row.phone)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "articles":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        spec = SearchSpec(self.spec.query, self.spec.filters, COLUMNS[column][1],
                          order == Qt.SortOrder.DescendingOrder)
        if spec == self.spec:
            return
        if self.loader is not None:
            self.loader(spec)
        else:
            self.reload(spec)
