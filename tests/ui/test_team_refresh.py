"""A colleague's changes show up in an open window without a restart, keeping what the user was
looking at: the selected contact, the scroll position, the detail pane (SQLite and PostgreSQL)."""

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import insert

from iomdesk.core.contact import ContactInput
from iomdesk.services.contacts import record_to_input
from iomdesk.store.models import Contact
from iomdesk.store.search import search_fields

from .conftest import make_window


@pytest.fixture
def ctx(backend_ctx):
    return backend_ctx


def _many(ctx, n):
    rows = []
    for i in range(n):
        full = f"Anna {i:04d}"
        rows.append({"name": full, "name_key": full.lower(), "role": "", "notes": "", "version": 1,
                     **search_fields(full, office="IOM Kenya", country="KE")})
    with ctx.db.session_factory.begin() as s:
        s.execute(insert(Contact), rows)


def _poll(window, qtbot):
    """What the window's timer does every few seconds, until a colleague's change is seen."""
    qtbot.waitUntil(lambda: window.changes.changed(wait=0.2) and (window.search.refresh_from_others() or True),
                    timeout=5000)


def test_a_colleagues_edit_and_new_contact_appear_keeping_selection_and_scroll(ctx, colleague, qtbot,
                                                                               settings, captured):
    _many(ctx, 300)
    window = make_window(ctx, qtbot, settings, captured)
    window.resize(1000, 600)
    window.model.fetchMore()
    chosen = window.model.id_at(150)
    window.search.reselect(chosen)
    scroll = window.table.verticalScrollBar().value()
    assert scroll > 0 and window.detail.record.id == chosen
    loaded = window.model.rowCount()

    record = colleague.contacts.get(chosen)
    changed = record_to_input(record)
    changed.role = "Spokesperson"
    colleague.contacts.update(chosen, changed, record.version)
    colleague.contacts.add(ContactInput(name="Aaron Abebe", office="IOM Ethiopia"))  # sorts first
    _poll(window, qtbot)
    qtbot.wait(100)  # the view lays itself out again after the reset

    assert window.model.id_at(0) != chosen and window.model.rowCount() >= loaded
    assert window.search.selected_ids() == [chosen]
    assert window.table.verticalScrollBar().value() == scroll
    assert window.detail.record.role == "Spokesperson"
    shown = [w.text() for w in window.detail.findChildren(QLabel)]
    assert "Spokesperson" in shown
    assert window.count_label.text().startswith("301 of 301")


def test_a_contact_a_colleague_deleted_leaves_the_table_and_nothing_is_selected(ctx, colleague, qtbot,
                                                                               settings, captured):
    keep = ctx.contacts.add(ContactInput(name="Ana Kovac", office="IOM Croatia")).id
    gone = ctx.contacts.add(ContactInput(name="Bea Borg", office="IOM Malta")).id
    window = make_window(ctx, qtbot, settings, captured)
    window.search.reselect(gone)
    colleague.contacts.delete(gone)
    _poll(window, qtbot)
    assert window.model.row_of(gone) is None and window.model.row_of(keep) is not None
    assert window.search.selected_ids() == []
    assert window.detail.record is None or window.detail.record.id != gone


def test_no_refresh_while_the_user_types_a_search(ctx, colleague, qtbot, settings, captured):
    ctx.contacts.add(ContactInput(name="Ana Kovac", office="IOM Croatia"))
    window = make_window(ctx, qtbot, settings, captured)
    window.search_edit.setText("kov")  # the debounce timer is now running
    colleague.contacts.add(ContactInput(name="Zoran Kovacevic", office="IOM Serbia"))
    qtbot.waitUntil(lambda: window.changes.changed(wait=0.2), timeout=5000)
    window.search.refresh_from_others()  # skipped: the search about to run shows the new state
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
