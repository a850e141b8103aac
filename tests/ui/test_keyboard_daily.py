"""A keyboard-only, screen-reader user's day: where the focus lands when a dialog opens or refuses to
close, and that what a screen reader says of a field and of the status bar follows what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def opened(dialog):
    dialog.activateWindow()
    QApplication.processEvents()
    return QApplication.focusWidget()


def test_the_editor_opens_with_the_cursor_in_the_name(window):
    new = window.contacts.new_contact()
    assert opened(new) is new.name  # typing at once writes the name, not into the scrolling frame
    QTest.keyClicks(new.name, "Zanele Dube")
    assert new.name.text() == "Zanele Dube"
    new.close()
    window.table.selectRow(0)
    edit = window.contacts.edit_selected()
    assert opened(edit) is edit.name


def test_a_refused_save_takes_the_focus_to_the_field_in_error_and_says_why(window, captured):
    dialog = window.contacts.new_contact()
    opened(dialog)
    QTest.keyClicks(dialog.name, "Zanele Dube")
    dialog.email_rows[0].edit.setText("zanele.at.example.org")
    before = dialog.email_rows[0].edit.accessibleDescription()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    email = dialog.email_rows[0].edit
    assert QApplication.focusWidget() is email
    error = dialog.email_rows[0].error.text()
    assert error and email.accessibleDescription().startswith(error)
    assert before in email.accessibleDescription()
    QTest.keyClick(email, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(email, "zanele@example.org")
    dialog.validate_fields()
    assert email.accessibleDescription() == before  # fixed: the error is no longer read out
    QTest.keyClick(email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and captured.messages == []


def test_an_empty_name_takes_the_focus_back_to_the_name(window):
    dialog = window.contacts.new_contact()
    opened(dialog)
    dialog.email_rows[0].edit.setFocus()
    QTest.keyClicks(dialog.email_rows[0].edit, "someone@example.org")
    QTest.keyClick(dialog.email_rows[0].edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.name
    assert dialog.name.accessibleDescription().startswith(dialog.name_error.text())


def test_status_messages_are_announced_to_a_screen_reader(window, monkeypatch):
    from PySide6.QtGui import QAccessible

    said = []
    real = QAccessible.updateAccessibility
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: (said.append((event.type(), getattr(event, "message", lambda: "")())),
                                       real(event)))
    window.table.selectRow(0)
    name = window.current_record().name
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage().startswith(f"Deleted {name}")
    assert (QAccessible.Event.Announcement, window.statusBar().currentMessage()) in said


def test_enter_in_the_send_dialog_sends_rather_than_cancels(window, seeded, captured):
    seeded.lists.create("Editors")
    seeded.lists.add("Editors", [r.id for r in seeded.search.search("iom.int")])
    dialog = window.outreach.send_to_list("Editors")
    assert opened(dialog) is dialog.list_combo
    assert dialog.send_button.isDefault()
    QTest.keyClick(dialog.article_combo, Qt.Key.Key_Return)
    assert captured.urls and captured.urls[-1].startswith("mailto:")  # sent, not silently closed
    assert window.statusBar().currentMessage().startswith("Opened your mail client")


def test_each_dialog_enter_goes_to_the_button_it_was_given(window, seeded, tmp_path):
    """Qt forgets a default button set before the button box is in the dialog, and gives Enter to the first
    button in the Tab order instead (Cancel in the send dialog, Test connection in Connect)."""
    from iomdesk.ui.protection import EraseDialog

    seeded.lists.create("Editors")
    seeded.lists.add("Editors", [window.model.id_at(0)])
    window.table.selectRow(0)
    cases = {
        "send": (lambda: window.outreach.send_to_list("Editors"), lambda d: d.send_button),
        "connect": (window.access.open_connect_dialog, lambda d: d.connect_button),
        "copy": (window.copying.open_dialog, lambda d: d.copy_button),
        "erase": (lambda: EraseDialog([window.current_record()], 0, window),
                  lambda d: d.buttons.button(d.buttons.StandardButton.Cancel)),
    }
    wrong = []
    for what, (open_it, button) in cases.items():
        dialog = open_it()
        dialog.show()
        opened(dialog)
        if not button(dialog).isDefault():
            wrong.append(what)
        dialog.close()
    assert wrong == []


def test_undo_and_redo_say_what_they_did(window):
    window.table.selectRow(0)
    name = window.current_record().name
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage().startswith(f"Deleted {name}")  # the push says it, once
    QTest.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = window.statusBar().currentMessage()
    assert undone.startswith("Undone: ") and name in undone
    QTest.keyClick(window.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    redone = window.statusBar().currentMessage()
    assert redone.startswith("Redone: ") and name in redone
    window.table.selectRow(0)
    QTest.keyClick(window.table, Qt.Key.Key_Delete)  # a new push after an undo says only "Deleted"
    assert window.statusBar().currentMessage().startswith("Deleted ")


def labels_read_by_a_fixed_name(top) -> list[str]:
    """Labels whose accessible name a screen reader reads instead of the text they show."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    found = []
    for label in top.findChildren(QLabel):
        if label.window() is not top or not label.isVisibleTo(top) or not label.text():
            continue
        said = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
        if label.text().replace("&", "")[:20] not in said:
            found.append(f"{type(top).__name__}: {said!r} instead of {label.text()[:40]!r}")
    return found


def test_a_label_is_read_by_what_it_shows(window, seeded, tmp_path, qtbot):
    from .every_dialog import every_dialog

    with qtbot.waitSignal(window.searchFinished, timeout=3000):
        window.search_edit.setText("geneva")
    found = labels_read_by_a_fixed_name(window)  # the count "2 of 4 contacts", the directory's place
    for _what, dialog in every_dialog(window, seeded, tmp_path):
        found += labels_read_by_a_fixed_name(dialog)
    assert found == []


def test_the_copy_phone_button_names_the_number_as_shown_in_groups(window):
    window.table.selectRow(window.model.row_of(window.ctx.search.search("kovac")[0].id))
    button = window.detail.copy_buttons["+38514816774"]
    assert button.accessibleName() == "Copy phone number +385 1 4816 774"  # read in groups, not one figure
    button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "+38514816774"  # what is copied stays the E.164 form


def test_ctrl_s_saves_the_contact_like_ctrl_enter(window, captured):
    dialog = window.contacts.new_contact()
    opened(dialog)
    QTest.keyClicks(dialog.name, "Zanele Dube")
    QTest.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and window.current_record().name == "Zanele Dube"


def test_typing_a_search_announces_how_many_match_once(window, qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    said = []
    real = QAccessible.updateAccessibility
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: (said.append(getattr(event, "message", lambda: None)()), real(event)))
    window.activateWindow()
    window.search_edit.setFocus()
    qtbot.waitUntil(window.search_edit.hasFocus)
    with qtbot.waitSignal(window.searchFinished, timeout=3000):
        QTest.keyClicks(window.search_edit, "geneva")
    assert said.count("2 of 4 contacts") == 1
    window.search.refresh()  # a colleague's change refreshes the same search: not said again
    assert said.count("2 of 4 contacts") == 1


def test_a_stray_esc_in_the_editor_keeps_the_edits(window, seeded):
    window.table.selectRow(0)
    before = window.current_record()
    dialog = window.contacts.edit_selected()
    opened(dialog)
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)  # nothing typed yet: Esc closes at once
    assert not dialog.isVisible()
    dialog = window.contacts.edit_selected()
    opened(dialog)
    QTest.keyClick(dialog.name, Qt.Key.Key_End)
    QTest.keyClicks(dialog.name, " Jr")
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name.text() == before.name + " Jr"  # kept, and the dialog says so
    assert dialog.unsaved_label.isVisible() and "not saved" in dialog.unsaved_label.text()
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)  # the second Esc: closed without them
    assert not dialog.isVisible()
    assert seeded.contacts.get(before.id).name == before.name


def test_open_existing_from_the_duplicate_warning_closes_at_once(window, seeded):
    dialog = window.contacts.new_contact()
    opened(dialog)
    dialog.name.setText("Ana Kovač")  # (QTest types ASCII only)
    dialog.email_rows[0].edit.setText("akovac@iom.int")
    dialog.try_save()
    assert dialog.duplicate_panel.isVisible()
    dialog.open_existing.click()
    assert not dialog.isVisible() and window.current_record().name == "Ana Kovač"
