"""Undo and redo never delete a colleague's edit (two sessions, SQLite and PostgreSQL): undoing "Add" of a
contact a colleague has edited since, or redoing "Delete" of one they edited after the undo, is refused
with a message, and the contact stays with the colleague's change."""

from __future__ import annotations

import pytest

from iomdesk.core.contact import ContactInput
from iomdesk.services.contacts import record_to_input
from iomdesk.services.context import AppContext

from .conftest import make_window


@pytest.fixture
def ctx(backend_ctx):
    return backend_ctx


@pytest.fixture
def colleague(ctx):
    other = AppContext.open(ctx.db.url)
    yield other
    other.close()


def _colleague_adds_a_note(colleague, cid):
    record = colleague.contacts.get(cid)
    data = record_to_input(record)
    data.notes = "Call before 10am"
    colleague.contacts.update(cid, data, expected_version=record.version)


def test_undo_add_keeps_a_contact_a_colleague_edited_since(ctx, colleague, qtbot, settings, captured):
    window = make_window(ctx, qtbot, settings, captured)
    assert window.contacts.save_from_dialog(None, ContactInput(name="Zed Abara", office="IOM Kenya"))
    cid = ctx.search.search("zed abara")[0].id
    _colleague_adds_a_note(colleague, cid)

    window.undo.stack.undo()

    assert colleague.contacts.get(cid).notes == "Call before 10am"
    assert captured.messages[-1][1] == "Cannot undo"
    assert "changed by someone else" in captured.messages[-1][2]


def test_redo_delete_keeps_a_contact_a_colleague_edited_after_the_undo(ctx, colleague, qtbot, settings,
                                                                       captured):
    cid = ctx.contacts.add(ContactInput(name="Yara Bello", office="IOM Kenya")).id
    window = make_window(ctx, qtbot, settings, captured)
    window.search.reselect(cid)
    window.contacts.delete_selected()
    window.undo.stack.undo()  # back
    _colleague_adds_a_note(colleague, cid)

    window.undo.stack.redo()

    assert colleague.contacts.get(cid).notes == "Call before 10am"
    assert "changed by someone else" in captured.messages[-1][2]


def test_undo_add_and_redo_delete_still_work_when_nobody_else_changed_it(ctx, qtbot, settings, captured):
    window = make_window(ctx, qtbot, settings, captured)
    assert window.contacts.save_from_dialog(None, ContactInput(name="Zed Abara", office="IOM Kenya"))
    window.undo.stack.undo()
    assert ctx.search.search("zed abara") == []
    window.undo.stack.redo()
    cid = ctx.search.search("zed abara")[0].id
    window.search.reselect(cid)
    window.contacts.delete_selected()
    window.undo.stack.undo()
    window.undo.stack.redo()
    assert ctx.search.search("zed abara") == [] and captured.messages == []
