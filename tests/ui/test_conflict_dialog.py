"""Two colleagues edit the same contact (two AppContexts on one database, SQLite and PostgreSQL): the
second save is refused and the conflict dialog shows both versions; "Apply my changes on top" keeps
both people's fields, "Discard mine" reloads the colleague's version, Cancel keeps the edits. And the
History dialog: changes newest first, restore an earlier version (confirmed inline, undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from iomdesk.services.contacts import record_to_input
from iomdesk.ui.conflict_dialog import BOTH_COLOUR, MINE_COLOUR, THEIRS_COLOUR
from iomdesk.ui.theme import colours


@pytest.fixture
def ctx(backend_ctx):
    return backend_ctx


def _ana(ctx):
    return ctx.search.search("kovac")[0]


def _colleague_edits(colleague, cid, **changes):
    record = colleague.contacts.get(cid)
    data = record_to_input(record)
    for k, v in changes.items():
        setattr(data, k, v)
    return colleague.contacts.update(cid, data, expected_version=record.version)


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _rows(conflict):
    t = conflict.table
    return {t.item(r, 0).text().split("\n")[0]: [t.item(r, c) for c in (1, 2, 3)] for r in range(t.rowCount())}


def _conflict(window, seeded, colleague, qtbot, **theirs):
    ana = _ana(seeded)
    dialog = window.contacts.edit_contact(ana.id)
    dialog.notes.setPlainText("Prefers WhatsApp")
    _colleague_edits(colleague, ana.id, **theirs)
    _save(dialog)
    conflict = window.contacts.conflict_dialog
    assert conflict is not None
    qtbot.waitUntil(conflict.isVisible, timeout=2000)
    return ana, dialog, conflict


def test_second_save_shows_both_versions_and_apply_mine_keeps_both(window, seeded, colleague, qtbot, captured):
    ana, dialog, conflict = _conflict(window, seeded, colleague, qtbot, role="Spokesperson")
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Prefers WhatsApp"  # nothing lost
    rows = _rows(conflict)
    assert set(rows) == {"Role", "Notes"}
    opened, theirs, mine = rows["Role"]
    assert (opened.text(), theirs.text(), mine.text()) == ("Media Officer", "Spokesperson", "Media Officer")
    assert theirs.background().color() == colours(THEIRS_COLOUR).bg
    assert rows["Notes"][2].text() == "Prefers WhatsApp" and rows["Notes"][2].background().color() == colours(MINE_COLOUR).bg
    assert "saved it at" in conflict.findChild(type(conflict.outcome), "conflictIntro").text()
    assert "Notes are applied" in conflict.outcome.text() and "Role are kept" in conflict.outcome.text()

    conflict.apply_button.click()
    assert not dialog.isVisible()
    now = seeded.contacts.get(ana.id)
    assert (now.role, now.notes) == ("Spokesperson", "Prefers WhatsApp")
    assert colleague.contacts.get(ana.id).notes == "Prefers WhatsApp"
    merged = seeded.history.changes(ana.id)[0]
    assert merged.changes == {"notes": ["", "Prefers WhatsApp"]} and merged.note == f"on top of version {now.version - 1}"
    # undo goes back to the colleague's version, not to the one this user opened
    window.undo.stack.undo()
    now = seeded.contacts.get(ana.id)
    assert (now.role, now.notes) == ("Spokesperson", "")
    assert not captured.messages


def test_both_changed_the_same_field_mine_wins_and_the_dialog_says_so(window, seeded, colleague, qtbot):
    ana, dialog, conflict = _conflict(window, seeded, colleague, qtbot, notes="Call the desk")
    notes = _rows(conflict)["Notes"]
    assert notes[1].text() == "Call the desk" and notes[2].background().color() == colours(BOTH_COLOUR).bg
    assert "both changed Notes: your version wins" in conflict.outcome.text()
    conflict.apply_button.click()
    assert seeded.contacts.get(ana.id).notes == "Prefers WhatsApp"


def test_a_screen_reader_hears_who_changed_each_coloured_cell(window, seeded, colleague, qtbot):
    from PySide6.QtCore import Qt

    _ana_, _dialog, conflict = _conflict(window, seeded, colleague, qtbot, role="Spokesperson")
    said = {name: [c.data(Qt.ItemDataRole.AccessibleTextRole) for c in cells]
            for name, cells in _rows(conflict).items()}
    assert said["Role"] == [None, "Spokesperson (changed by your colleague)", None]  # colour alone says nothing
    assert said["Notes"] == [None, None, "Prefers WhatsApp (changed by you)"]
    conflict.reject()
    _dialog.reject()
    _ana_, _dialog, conflict = _conflict(window, seeded, colleague, qtbot, notes="Call the desk")
    notes = _rows(conflict)["Notes"]
    assert notes[2].data(Qt.ItemDataRole.AccessibleTextRole) == "Prefers WhatsApp (changed by you both)"
    assert "Prefers WhatsApp (changed by you both)" in notes[2].toolTip()  # and on hover, in words


def test_discard_mine_reloads_the_colleagues_version_in_the_editor(window, seeded, colleague, qtbot):
    ana, dialog, conflict = _conflict(window, seeded, colleague, qtbot, role="Spokesperson")
    conflict.discard_button.click()
    assert dialog.isVisible()
    assert dialog.role.text() == "Spokesperson" and dialog.notes.toPlainText() == ""
    assert [r.edit.text() for r in dialog.email_rows] == ["akovac@iom.int"]
    dialog.role.setText("Head of Media")
    _save(dialog)  # now against the colleague's version: saved, no new conflict
    assert not dialog.isVisible()
    assert seeded.contacts.get(ana.id).role == "Head of Media"


def test_cancel_goes_back_to_the_editor_with_the_edits(window, seeded, colleague, qtbot):
    ana, dialog, conflict = _conflict(window, seeded, colleague, qtbot, role="Spokesperson")
    conflict.cancel_button.click()
    assert not conflict.isVisible() and dialog.isVisible()
    assert dialog.notes.toPlainText() == "Prefers WhatsApp"
    assert seeded.contacts.get(ana.id).notes == ""  # nothing saved, nothing overwritten
    _save(dialog)  # saving again asks again
    assert window.contacts.conflict_dialog is not conflict and window.contacts.conflict_dialog.isVisible()


def test_colleague_saves_again_while_the_dialog_is_open(window, seeded, colleague, qtbot):
    ana, dialog, conflict = _conflict(window, seeded, colleague, qtbot, role="Spokesperson")
    _colleague_edits(colleague, ana.id, beats=["health"])
    conflict.apply_button.click()
    again = window.contacts.conflict_dialog
    assert again is not conflict and again.isVisible() and dialog.isVisible()
    again.apply_button.click()
    now = seeded.contacts.get(ana.id)
    assert (now.role, now.beats, now.notes) == ("Spokesperson", ("health",), "Prefers WhatsApp")


def test_deleted_by_a_colleague_keeps_the_edits_to_save_as_new(window, seeded, colleague, qtbot, captured):
    ana = _ana(seeded)
    dialog = window.contacts.edit_contact(ana.id)
    dialog.notes.setPlainText("Prefers WhatsApp")
    _colleague_edits(colleague, ana.id, role="x")
    colleague.contacts.delete(ana.id)
    _save(dialog)
    assert dialog.isVisible() and "deleted by someone else" in captured.messages[-1][2]
    _save(dialog)
    assert not dialog.isVisible()
    assert _ana(seeded).notes == "Prefers WhatsApp"


def test_history_dialog_lists_changes_and_restores_a_version_undoably(window, seeded, colleague, qtbot):
    ana = _ana(seeded)
    _colleague_edits(colleague, ana.id, role="Spokesperson", name="Ana Kovač-Horvat")
    history = window.contacts.show_history(ana.id)
    assert history is not None and history.isVisible()
    tree = history.tree
    assert tree.topLevelItemCount() == 2
    newest = tree.topLevelItem(0)
    assert newest.text(0).startswith("v2 ") and "Edited (Name, Role)" in newest.text(0)
    assert newest.isExpanded() and newest.child(0).text(1) == "Ana Kovač" and newest.child(0).text(2) == "Ana Kovač-Horvat"
    assert not history.restore_button.isEnabled()  # the newest is how it is now
    tree.setCurrentItem(tree.topLevelItem(1))
    assert history.restore_button.isEnabled()
    history.restore_button.click()
    assert history.confirm.isVisible() and "This changes: Name, Role" in history.confirm_text.text()
    history.confirm_button.click()
    now = seeded.contacts.get(ana.id)
    assert (now.name, now.role) == ("Ana Kovač", "Media Officer")
    assert history.tree.topLevelItemCount() == 3 and "Restored from version 1" in history.tree.topLevelItem(0).text(0)
    assert window.undo.stack.undoText() == "Restore version 1 of Ana Kovač"
    window.undo.stack.undo()
    assert seeded.contacts.get(ana.id).name == "Ana Kovač-Horvat"


def test_restore_refused_when_a_colleague_changed_it_meanwhile(window, seeded, colleague, qtbot, captured):
    ana = _ana(seeded)
    _colleague_edits(colleague, ana.id, role="Spokesperson")
    history = window.contacts.show_history(ana.id)
    history.tree.setCurrentItem(history.tree.topLevelItem(1))
    _colleague_edits(colleague, ana.id, notes="later")
    history.restore_button.click()
    history.confirm_button.click()
    assert "changed by someone else" in captured.messages[-1][2]
    now = seeded.contacts.get(ana.id)
    assert (now.role, now.notes) == ("Spokesperson", "later")
    assert history.tree.topLevelItemCount() == 3  # reloaded: the colleague's change is listed


def test_detail_pane_shows_who_changed_it_last_and_opens_the_history(window, seeded, colleague, qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton

    ana = _ana(seeded)
    _colleague_edits(colleague, ana.id, role="Spokesperson")
    window.contacts.show_contact(ana.id)
    assert window.detail.record.id == ana.id
    last = window.detail.widget().findChild(QLabel, "lastChange")
    assert last is not None and last.text().startswith("Edited ")
    window.detail.widget().findChild(QPushButton, "historyButton").click()
    assert window.contacts.history_dialog is not None and window.contacts.history_dialog.isVisible()


def test_nothing_personal_in_the_log_through_a_conflict_and_a_restore(window, seeded, colleague, qtbot, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    ana, dialog, conflict = _conflict(window, seeded, colleague, qtbot, role="Spokesperson")
    conflict.apply_button.click()
    history = window.contacts.show_history(ana.id)
    history.tree.setCurrentItem(history.tree.topLevelItem(history.tree.topLevelItemCount() - 1))
    history.restore_button.click()
    history.confirm_button.click()
    assert seeded.contacts.get(ana.id).notes == ""
    for personal in ("Kova", "akovac", "4816", "WhatsApp", "Spokesperson"):
        assert personal not in caplog.text


def test_a_contact_stored_before_history_can_go_back_to_before_its_first_recorded_change(window, seeded,
                                                                                         colleague, qtbot):
    from sqlalchemy import text

    ana = _ana(seeded)
    with seeded.db.engine.begin() as conn:  # as a contact stored before revision 0010
        conn.execute(text("DELETE FROM contact_history"))
    _colleague_edits(colleague, ana.id, role="Spokesperson")
    history = window.contacts.show_history(ana.id)
    assert history.tree.topLevelItemCount() == 2
    oldest = history.tree.topLevelItem(1)
    assert "before its first recorded change" in oldest.text(0)
    history.tree.setCurrentItem(oldest)
    history.restore_button.click()
    assert "This changes: Role" in history.confirm_text.text()
    history.confirm_button.click()
    assert seeded.contacts.get(ana.id).role == "Media Officer"


def test_the_conflict_dialog_opens_wide_enough_to_read_with_focus_on_apply(window, seeded, colleague, qtbot):
    """Its three versions side by side need the room (a layout of 360 px cut every header), and Enter or
    Space applies at once."""
    _ana, _editor, conflict = _conflict(window, seeded, colleague, qtbot, role="Spokesperson")
    assert conflict.width() >= 800
    header = conflict.table.horizontalHeader()
    for col in range(1, 4):
        title = conflict.table.horizontalHeaderItem(col).text()
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title), title
    assert conflict.focusWidget() is conflict.apply_button
