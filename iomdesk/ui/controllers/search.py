"""Search as you type, the filter tree, the result table's selection and the contact count.

Needs from the window: ``ctx``, ``alerts``, ``search_edit``, ``table``, ``model``, ``filter_tree``,
``detail``, ``count_label``, ``banner``, ``email_button``, the ``act_*`` actions that need a selection,
and its ``searchFinished`` and ``countFinished`` signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QTreeWidgetItem

from ...core.languages import language_label
from ...services.records import ContactRecord
from ...services.search import Filters
from ...store.db import DatabaseUnreachable, is_connection_lost
from ..contact_model import SearchResult, SearchSpec, run_search
from ..messages import shown_country
from ..summaries import Summaries
from ..workers import run_task
from .lists import list_label

if TYPE_CHECKING:
    from ..main_window import MainWindow

DEBOUNCE_MS = 150
FILTER_GROUPS = {  # the filter tree's headings
    "offices": QT_TRANSLATE_NOOP("SearchController", "Offices"),
    "countries": QT_TRANSLATE_NOOP("SearchController", "Countries"),
    "tags": QT_TRANSLATE_NOOP("SearchController", "Tags"),
    "languages": QT_TRANSLATE_NOOP("SearchController", "Languages"),
    "beats": QT_TRANSLATE_NOOP("SearchController", "Beats"),
    "lists": QT_TRANSLATE_NOOP("SearchController", "Lists"),
}


class SearchController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.win = window
        self.filters = Filters()
        self.generation = 0
        self.pending_select: int | None = None
        self.announced_query = ""  # the search whose count a screen reader was last told
        self.debounce = QTimer(window, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.start_search)

    # -- searching -----------------------------------------------------------------------------
    def spec(self) -> SearchSpec:
        model = self.win.model
        return SearchSpec(self.win.search_edit.text(), self.filters, model.spec.sort, model.spec.descending)

    def start_search(self) -> None:
        self.start_search_spec(self.spec())

    def start_search_spec(self, spec: SearchSpec) -> None:
        self.generation += 1
        generation = self.generation
        search = self.win.ctx.search

        def work(_task):
            result = run_search(search, spec)
            result.generation = generation
            return result

        run_task(work, self.apply_result, self.search_failed)

    def apply_result(self, result: SearchResult) -> None:
        if result.generation != self.generation:
            return  # a newer keystroke superseded this query
        selected = self.selected_ids()
        self.win.model.apply(result)
        self.reselect(self.pending_select if self.pending_select is not None else (selected[0] if selected else None))
        self.pending_select = None
        self.after_result()

    def search_failed(self, exc: BaseException) -> None:
        self.win.alerts.error(self.tr("Search failed"), exc)

    def after_result(self) -> None:
        win = self.win
        locale = QLocale()
        shown = locale.toString(win.model.total) + ("+" if win.model.total_capped else "")
        try:
            total_all = win.ctx.contacts.count()
        except Exception as exc:  # the team database went away since the search: the status bar says so
            if not is_connection_lost(exc):
                raise
            win.access.lost()
            win.count_label.setText(self.tr("{shown} contact(s)", None, win.model.total).format(shown=shown))
            win.searchFinished.emit()
            return
        win.count_label.setText(self.count_text(shown, total_all))
        self.announce_count()
        win.banner.setVisible(total_all == 0 and not win.search_edit.text())
        if win.model.total_capped:
            self.count_exactly(total_all)
        win.searchFinished.emit()

    def announce_count(self) -> None:
        """Typing in the search field, a screen reader hears how many contacts match ("2 of 4 contacts"),
        once per search typed: not on the refreshes that follow colleagues' changes."""
        win = self.win
        query = win.search_edit.text()
        if not win.search_edit.hasFocus() or query == self.announced_query:
            return
        self.announced_query = query
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(win.count_label, win.count_label.text()))

    def count_text(self, shown: str, total_all: int) -> str:
        """ "12 of 4,310 contacts" (``shown``: the number already written by QLocale, "+" when capped)."""
        return self.tr("{shown} of {total} contact(s)", None, total_all).format(
            shown=shown, total=QLocale().toString(total_all))

    def count_exactly(self, total_all: int) -> None:
        """The first page counts up to a cap; the exact number follows from a background count."""
        win = self.win
        spec, generation = win.model.spec, self.generation
        search = win.ctx.search

        def done(n: int) -> None:
            if generation == self.generation and spec == win.model.spec:
                win.count_label.setText(self.count_text(QLocale().toString(n), total_all))
                win.countFinished.emit(n)

        run_task(lambda _task: search.count(spec.query, spec.filters), done, lambda exc: None)

    def refresh(self, select_id: int | None = None) -> None:
        """Re-run the current search now (after an edit) and keep or move the selection."""
        try:
            self.win.model.reload(self.spec())
        except Exception as exc:  # the team database went away: the table stays as it was, the status bar says why
            if not is_connection_lost(exc):
                raise
            self.win.access.lost()
            self.win.status(Summaries().error(DatabaseUnreachable(self.win.alerts.where)))
            return
        self.reselect(select_id if select_id is not None else None)
        self.refresh_filters()
        self.after_result()

    def refresh_from_others(self) -> None:
        """Show what a colleague (or another copy of the app) changed, without moving the user: the same
        contact stays selected, the table keeps its scroll position and the rows it had loaded, and
        the detail pane shows the contact as it is now. Nothing happens while a search is typed."""
        win = self.win
        if self.debounce.isActive():
            return  # a search is about to run and will show the new state anyway
        table, model = win.table, win.model
        selected = self.selected_ids()
        current = self.current_id()
        scroll = table.verticalScrollBar().value()
        loaded = model.rowCount()
        model.reload(self.spec())
        while model.rowCount() < loaded and model.canFetchMore():
            model.fetchMore()
        selection = table.selectionModel()
        flags = selection.SelectionFlag
        selection.blockSignals(True)
        try:
            for contact_id in selected:
                if (row := model.row_of(contact_id)) is not None:
                    selection.select(model.index(row, 0), flags.Select | flags.Rows)
            if current is not None and (row := model.row_of(current)) is not None:
                selection.setCurrentIndex(model.index(row, 0), flags.NoUpdate)
        finally:
            selection.blockSignals(False)
        table.verticalScrollBar().setValue(scroll)
        self.refresh_filters()
        self.selection_changed()
        self.after_result()

    def reselect(self, contact_id: int | None) -> None:
        if contact_id is None:
            self.selection_changed()
            return
        model, table = self.win.model, self.win.table
        row = model.row_of(contact_id)
        while row is None and model.canFetchMore():
            model.fetchMore()
            row = model.row_of(contact_id)
        if row is not None:
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))
        self.selection_changed()

    def show_everything(self) -> None:
        """Clear the query and the filter without starting a search (the caller refreshes)."""
        edit = self.win.search_edit
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)
        self.filters = Filters()

    def focus_search(self) -> None:
        self.win.search_edit.setFocus()
        self.win.search_edit.selectAll()

    def focus_table(self) -> None:
        table = self.win.table
        table.setFocus()
        if not table.selectionModel().hasSelection() and self.win.model.rowCount() > 0:
            table.selectRow(0)

    # -- filters -------------------------------------------------------------------------------
    def refresh_filters(self) -> None:
        tree = self.win.filter_tree
        contacts = self.win.ctx.contacts
        current = self.filters
        locale = QLocale()
        tree.blockSignals(True)
        tree.clear()
        all_item = QTreeWidgetItem([self.tr("All contacts")])
        all_item.setData(0, Qt.ItemDataRole.UserRole, Filters())
        tree.addTopLevelItem(all_item)
        selected = all_item
        groups = [
            ("offices", [(f"{o.name} ({locale.toString(o.contacts)})", Filters(office_id=o.id))
                         for o in contacts.list_offices() if o.contacts]),
            ("countries", [(f"{shown_country(c)} ({c})", Filters(country=c)) for c in contacts.list_countries()]),
            ("tags", [(t, Filters(tag=t)) for t in contacts.list_tags()]),
            ("languages", [(language_label(c), Filters(language=c)) for c in contacts.list_languages()]),
            ("beats", [(b, Filters(beat=b)) for b in contacts.list_beats()]),
            ("lists", [(list_label(info), Filters(list=info.name)) for info in self.win.ctx.lists.all()]),
        ]
        for key, children in groups:
            if not children:
                continue
            group = QTreeWidgetItem([self.tr(FILTER_GROUPS[key])])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            tree.addTopLevelItem(group)
            for text, flt in children:
                item = QTreeWidgetItem([text])
                item.setToolTip(0, text)  # a long name is cut short in the narrow panel
                item.setData(0, Qt.ItemDataRole.UserRole, flt)
                group.addChild(item)
                if flt == current:
                    selected = item
            group.setExpanded(key not in ("countries", "languages"))
        tree.setCurrentItem(selected)
        if selected is all_item and not current.empty:
            self.filters = Filters()  # the filtered office or tag no longer exists
        tree.blockSignals(False)

    def filter_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        flt = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(flt, Filters) and flt != self.filters:
            self.filters = flt
            self.start_search()

    def set_filter(self, flt: Filters) -> None:
        self.filters = flt
        self.refresh_filters()
        self.start_search()

    # -- selection and details -----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.win.table.selectionModel().selectedRows()})
        return [cid for cid in (self.win.model.id_at(r) for r in rows) if cid is not None]

    def current_id(self) -> int | None:
        table = self.win.table
        index = table.currentIndex()
        if index.isValid() and table.selectionModel().isRowSelected(index.row()):
            return self.win.model.id_at(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def current_record(self) -> ContactRecord | None:
        cid = self.current_id()
        if cid is None:
            return None
        try:
            found = self.win.ctx.contacts.get_many([cid])
        except Exception as exc:  # the team database went away: no details (not the previous contact's)
            if not is_connection_lost(exc):
                raise
            self.win.access.lost()
            self.win.status(Summaries().error(DatabaseUnreachable(self.win.alerts.where)))
            return None
        return found[0] if found else None

    def selection_changed(self) -> None:
        win = self.win
        ids = self.selected_ids()
        win.detail.show_record(self.current_record() if ids else None)
        has = bool(ids)
        for a in (win.act_edit, win.act_delete, win.act_copy, win.act_copy_email, win.act_copy_phone,
                  win.act_copy_card, win.act_copy_vcard, win.act_email, win.act_email_selected, win.act_call):
            a.setEnabled(has)
        if win.ctx.read_only:  # a directory that may only be read: no edit, no delete
            win.act_edit.setEnabled(False)
            win.act_delete.setEnabled(False)
        win.email_button.setEnabled(has)
        win.lists.update_actions(has)
