from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from iomdesk.ui.contact_dialog import ContactDialog

from .test_main_window import names, select_name


def settle(qtbot, dialog):
    """Let the short validation debounce run."""
    qtbot.wait(dialog._timer.interval() + 50)


def test_bad_phone_and_email_show_inline_errors_as_the_user_types(ctx, qtbot):
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ana Kovac")
    qtbot.keyClicks(dialog.phone_rows[0].edit, "call me")
    qtbot.keyClicks(dialog.email_rows[0].edit, "akovac@")
    settle(qtbot, dialog)
    assert "not a phone number" in dialog.phone_rows[0].preview.text()
    assert dialog.email_rows[0].error.isVisible()
    assert "something after the @-sign" in dialog.email_rows[0].error.text()
    saved = []
    dialog.saved.connect(saved.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved == [] and dialog.isVisible()
    dialog.email_rows[0].edit.setText("akovac@iom.int")
    settle(qtbot, dialog)
    assert not dialog.email_rows[0].error.isVisible()


def test_phone_preview_says_how_it_will_be_stored(ctx, qtbot):
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.office, "IOM Zimbabwe")
    qtbot.keyClicks(dialog.phone_rows[0].edit, "+ 263 4 33 50 44")
    settle(qtbot, dialog)
    assert dialog.phone_rows[0].preview.text() == "Stored as +263 4335044 (work), not valid today, kept as entered"
    dialog.phone_rows[0].edit.setText("0772 123 456")  # no +CC: the office's country decides
    settle(qtbot, dialog)
    assert dialog.phone_rows[0].preview.text() == "Stored as +263 77 212 3456 (mobile), valid"


def test_new_office_asks_for_its_country_prefilled_from_the_name(ctx, qtbot):
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.office, "OIM Senegal")
    assert dialog.country.currentData() == "SN"
    assert "new office" in dialog.country_hint.text()
    assert dialog.country_label.text() == "&Country of the new office"
    dialog.office.setText("Radio Okapi")
    assert "choose its country" in dialog.country_hint.text()


def test_empty_name_is_an_inline_error_on_save(ctx, qtbot):
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name_error.isVisible()  # not nagging before the user did anything
    dialog.try_save()
    assert dialog.name_error.isVisible() and "name is required" in dialog.name_error.text()


def test_new_contact_through_the_window_then_undo_and_redo(window, qtbot, seeded):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.contact_dialog
    dialog.name.setText("José Núñez")  # non-ASCII: setText, not keyClicks
    qtbot.keyClicks(dialog.office, "IOM Geneva")
    qtbot.keyClicks(dialog.phone_rows[0].edit, "+41 22 717 9100")
    qtbot.keyClicks(dialog.email_rows[0].edit, "jnunez@iom.int")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "José Núñez" in names(window)
    assert window.detail.record.name == "José Núñez"
    assert window.detail.record.phones[0].e164 == "+41227179100"
    window.act_undo.trigger()
    assert "José Núñez" not in names(window)
    assert seeded.search.search("nunez") == []
    window.act_redo.trigger()
    assert "José Núñez" in names(window)
    assert seeded.search.search("jose nunez")[0].emails == ("jnunez@iom.int",)


def test_edit_with_f2_then_undo_restores_the_old_values(window, qtbot, seeded):
    select_name(window, "Ana Kovač")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = window.contact_dialog
    assert dialog.name.text() == "Ana Kovač" and dialog.role.text() == "Media Officer"
    dialog.role.setText("Head of Communications")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (ana,) = seeded.search.search("kovac")
    assert ana.role == "Head of Communications"
    window.act_undo.trigger()
    (ana,) = seeded.search.search("kovac")
    assert ana.role == "Media Officer"
    assert ana.phones[0].e164 == "+38514816774"


def test_duplicate_warning_before_saving_offers_the_existing_contact(window, qtbot, seeded):
    window.new_contact()
    dialog = window.contact_dialog
    qtbot.keyClicks(dialog.name, "K. Mareyanadzo")
    qtbot.keyClicks(dialog.email_rows[0].edit, "KMareyanadzo@iom.int")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.duplicate_panel.isVisible()
    assert "Knowledge Mareyanadzo" in dialog.duplicate_text.text()
    assert "same email" in dialog.duplicate_text.text()
    assert seeded.contacts.count() == 4  # nothing saved yet
    qtbot.mouseClick(dialog.open_existing, Qt.MouseButton.LeftButton)
    assert window.detail.record.name == "Knowledge Mareyanadzo"
    assert seeded.contacts.count() == 4


def test_save_anyway_creates_the_duplicate_when_the_user_says_so(window, qtbot, seeded):
    window.new_contact()
    dialog = window.contact_dialog
    qtbot.keyClicks(dialog.name, "Knowledge Mareyanadzo")
    qtbot.keyClicks(dialog.office, "IOM Zimbabwe")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.duplicate_panel.isVisible()
    qtbot.mouseClick(dialog.save_anyway, Qt.MouseButton.LeftButton)
    assert seeded.contacts.count() == 5


def test_a_failed_save_keeps_the_dialog_and_what_was_typed(window, qtbot, seeded, captured):
    select_name(window, "Ana Kovač")
    dialog = window.edit_selected()
    dialog.role.setText("Head of Communications")
    # Someone else edits Ana meanwhile: this save must be refused, not lost.
    ana = seeded.search.search("kovac")[0]
    from iomdesk.services.contacts import record_to_input

    changed = record_to_input(ana)
    changed.role = "Changed elsewhere"
    seeded.contacts.update(ana.id, changed, expected_version=ana.version)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.role.text() == "Head of Communications"
    # the conflict dialog shows the colleague's version beside the edits (tests/ui/test_conflict_dialog.py)
    conflict = window.contacts.conflict_dialog
    assert conflict is not None and conflict.isVisible() and "Changed elsewhere" in conflict.table.item(0, 2).text()


def _stored_without_country(ctx):
    """A contact whose number was stored as printed (no country): Samuel Okafor, from a press release."""
    from pathlib import Path

    from iomdesk.interchange.press import read_release
    from iomdesk.services.press_import import PressImportService

    shapes = Path(__file__).resolve().parents[1] / "fixtures" / "press" / "shapes"
    PressImportService(ctx.db.session_factory).save(read_release(shapes / "s07_no_country.txt"))
    (samuel,) = ctx.search.search("okafor")
    assert [(p.raw, p.e164) for p in samuel.phones] == [("0803 555 0199", None)]
    return samuel


def test_editing_a_contact_with_an_old_no_country_number_is_not_blocked(window, qtbot, seeded):
    samuel = _stored_without_country(seeded)
    window.refresh()
    dialog = window.edit_contact(samuel.id)
    settle(qtbot, dialog)
    row = dialog.phone_rows[0]
    assert row.edit.text() == "0803 555 0199"
    assert "no country" in row.preview.text()  # still said, as a hint, not an error
    dialog.role.setText("Head of Media")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    (samuel,) = seeded.search.search("okafor")
    assert samuel.role == "Head of Media"
    assert [(p.raw, p.e164, p.valid) for p in samuel.phones] == [("0803 555 0199", None, False)]
    window.act_undo.trigger()  # the undo puts it back the same way, number and all
    (samuel,) = seeded.search.search("okafor")
    assert samuel.role == "Regional Media Officer"
    assert [(p.raw, p.e164) for p in samuel.phones] == [("0803 555 0199", None)]


def test_a_new_or_changed_number_without_a_country_still_gets_its_error(window, qtbot, seeded):
    samuel = _stored_without_country(seeded)
    window.refresh()
    dialog = window.edit_contact(samuel.id)
    dialog.phone_rows[0].edit.setText("0803 555 0198")  # changed: no longer the stored number
    new = dialog.add_phone_row()
    qtbot.keyClicks(new.edit, "0705 111 2222")
    settle(qtbot, dialog)
    for row in (dialog.phone_rows[0], new):
        assert "has no country code" in row.preview.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()  # not saved
    (samuel,) = seeded.search.search("okafor")
    assert [(p.raw, p.e164) for p in samuel.phones] == [("0803 555 0199", None)]
    dialog.phone_rows[0].edit.setText("0803 555 0199")  # back to the stored number, the new one with +CC
    new.edit.setText("+234 705 111 2222")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    (samuel,) = seeded.search.search("okafor")
    assert [(p.raw, p.e164) for p in samuel.phones] == [("0803 555 0199", None), ("+234 705 111 2222", "+2347051112222")]


def test_an_old_no_country_number_is_normalized_once_the_contact_has_a_country(window, qtbot, seeded):
    samuel = _stored_without_country(seeded)
    window.refresh()
    dialog = window.edit_contact(samuel.id)
    dialog.office.setText("IOM Nigeria")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (samuel,) = seeded.search.search("okafor")
    assert [(p.raw, p.e164) for p in samuel.phones] == [("0803 555 0199", "+2348035550199")]


def test_add_and_remove_buttons_add_and_drop_phone_and_email_rows(ctx, qtbot):
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ana Kovac")
    qtbot.keyClicks(dialog.phone_rows[0].edit, "+385 1 4816 774")
    qtbot.keyClicks(dialog.email_rows[0].edit, "akovac@iom.int")
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Add phone"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Add email"], Qt.MouseButton.LeftButton)
    assert len(dialog.phone_rows) == 2 and len(dialog.email_rows) == 2
    assert dialog.focusWidget() is dialog.email_rows[1].edit  # the new row is ready to type in
    qtbot.keyClicks(dialog.phone_rows[1].edit, "+41 22 717 9111")
    qtbot.keyClicks(dialog.email_rows[1].edit, "ana@example.org")
    qtbot.mouseClick(dialog.phone_rows[0].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.email_rows[1].remove, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    value = dialog.value()
    assert [p.raw for p in value.phones] == ["+41 22 717 9111"]
    assert value.emails == ["akovac@iom.int"]
