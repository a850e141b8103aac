"""The editor's languages, beats and data-protection fields; the detail pane and side panel showing them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from iomdesk.core.contact import TYPED_BY_HAND, ContactInput
from iomdesk.services.search import Filters
from iomdesk.ui.contact_dialog import ContactDialog
from iomdesk.ui.dates import locale_date
from iomdesk.ui.detail_pane import DetailPane

from .test_main_window import names, select_name


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_contact_with_languages_beats_and_protection_fields_is_saved(window, qtbot, seeded):
    window.new_contact()
    dialog = window.contact_dialog
    assert not dialog.protection.isVisible()  # folded away: the dialog keeps its size
    qtbot.keyClicks(dialog.name, "Amina Diop")
    qtbot.keyClicks(dialog.languages, "francais, English (en); es")
    qtbot.keyClicks(dialog.beats, "health, migration")
    qtbot.mouseClick(dialog.protection_toggle, Qt.MouseButton.LeftButton)
    assert dialog.protection.isVisible()
    qtbot.keyClicks(dialog.source, "Met at the Harare briefing")
    dialog.lawful_basis.setCurrentIndex(dialog.lawful_basis.findData("legitimate_interest"))
    assert not dialog.review_date.isEnabled()
    dialog.review_set.setChecked(True)
    assert dialog.review_date.isEnabled()
    dialog.review_date.setDate(QDate(2027, 3, 31))
    save(dialog)
    (amina,) = seeded.search.search("amina")
    assert amina.languages == ("fr", "en", "es") and amina.beats == ("health", "migration")
    assert (amina.source, amina.lawful_basis, amina.review_date) == (
        "Met at the Harare briefing", "legitimate_interest", dt.date(2027, 3, 31))
    assert window.detail.record.id == amina.id
    assert window.detail.findChild(type(dialog.name_error), "detailLanguages").text() == "French, English, Spanish"


def test_a_source_left_empty_is_typed_by_hand_and_no_review_date_is_none(window, qtbot, seeded):
    window.new_contact()
    dialog = window.contact_dialog
    qtbot.keyClicks(dialog.name, "Tendai Moyo")
    assert dialog.source.placeholderText() == TYPED_BY_HAND
    save(dialog)
    (tendai,) = seeded.search.search("tendai")
    assert (tendai.source, tendai.lawful_basis, tendai.review_date, tendai.languages) == (
        TYPED_BY_HAND, None, None, ())


def test_an_unknown_language_is_an_inline_error_and_nothing_is_saved(window, qtbot, seeded):
    window.new_contact()
    dialog = window.contact_dialog
    qtbot.keyClicks(dialog.name, "Amina Diop")
    qtbot.keyClicks(dialog.languages, "French, Klingon")
    qtbot.wait(dialog._timer.interval() + 50)
    assert dialog.languages_error.isVisible()
    assert "'Klingon' is not a language" in dialog.languages_error.text()
    save(dialog)
    assert dialog.isVisible() and seeded.contacts.count() == 4
    dialog.languages.setText("French")
    save(dialog)
    assert not dialog.isVisible() and seeded.contacts.count() == 5


def test_edit_shows_the_fields_then_undo_restores_them(window, qtbot, seeded):
    rec = seeded.contacts.add(ContactInput(name="Amina Diop", languages=["fr", "sw"], beats=["health"],
                                           lawful_basis="consent", review_date=dt.date(2026, 1, 1),
                                           source="Imported from media.csv"))
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.start_search()
    select_name(window, "Amina Diop")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = window.contact_dialog
    assert dialog.languages.text() == "French (fr), Swahili (sw)"
    assert dialog.beats.text() == "health"
    assert dialog.protection.isVisible()  # the contact has a basis and a date: shown
    assert dialog.source.text() == "Imported from media.csv"
    assert dialog.lawful_basis.currentData() == "consent"
    assert dialog.review_set.isChecked() and dialog.review_date.date() == QDate(2026, 1, 1)
    dialog.languages.setText("French (fr)")
    dialog.beats.setText("health, elections")
    dialog.lawful_basis.setCurrentIndex(0)  # (none)
    dialog.review_set.setChecked(False)
    save(dialog)
    edited = seeded.contacts.get(rec.id)
    assert (edited.languages, edited.beats, edited.lawful_basis, edited.review_date) == (
        ("fr",), ("elections", "health"), None, None)
    assert edited.source == "Imported from media.csv"
    window.act_undo.trigger()
    back = seeded.contacts.get(rec.id)
    assert (back.languages, back.beats, back.lawful_basis, back.review_date, back.source) == (
        ("fr", "sw"), ("health",), "consent", dt.date(2026, 1, 1), "Imported from media.csv")


def test_beats_and_languages_complete_the_item_being_typed(ctx, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    ctx.contacts.add(ContactInput(name="Amina Diop", beats=["health", "migration"]))
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for edit, typed, expected in ((dialog.beats, "health, mig", "health, migration"),
                                  (dialog.languages, "English (en), fren", "English (en), French (fr)"),
                                  (dialog.languages, "swa", "Swahili (sw)")):
        edit.clear()
        # a line edit takes completions only while it has focus (offscreen windows never get it)
        QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
        qtbot.keyClicks(edit, typed)
        popup = edit.completer().popup()
        assert popup.isVisible()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert edit.text() == expected
    dialog.name.setText("Tendai Moyo")
    assert dialog.value().beats == ["health", "migration"]
    assert dialog.value().languages == ["Swahili (sw)"]


def test_detail_pane_marks_a_past_review_date_as_due(ctx, qtbot):
    from PySide6.QtWidgets import QLabel

    pane = DetailPane()
    qtbot.addWidget(pane)
    past = ctx.contacts.add(ContactInput(name="Amina Diop", review_date=dt.date.today() - dt.timedelta(days=1),
                                         lawful_basis="public role", beats=["health"]))
    pane.show_record(past)
    assert pane.findChild(QLabel, "reviewDueBadge") is not None
    assert pane.findChild(QLabel, "detailLawfulBasis").text() == "Public role"
    assert pane.findChild(QLabel, "detailSource").text() == TYPED_BY_HAND
    assert pane.findChild(QLabel, "detailBeats").text() == "health"
    future = ctx.contacts.add(ContactInput(name="Tendai Moyo", review_date=dt.date.today() + dt.timedelta(days=30)))
    pane.show_record(future)
    assert pane.findChild(QLabel, "reviewDueBadge") is None
    assert pane.findChild(QLabel, "detailReviewDate").text() == locale_date(future.review_date)  # QLocale's


def test_side_panel_lists_languages_and_beats_and_narrows_by_them(window, qtbot, seeded):
    seeded.contacts.add(ContactInput(name="Amina Diop", languages=["fr"], beats=["health"]))
    seeded.contacts.add(ContactInput(name="Fatou Sow", languages=["fr", "wo"]))
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.set_filter(Filters(language="fr"))
    assert names(window) == ["Amina Diop", "Fatou Sow"]
    tree = window.filter_tree
    groups = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    languages = [groups["Languages"].child(i).text(0) for i in range(groups["Languages"].childCount())]
    assert languages == ["French (fr)", "Wolof (wo)"]
    assert tree.currentItem().text(0) == "French (fr)"
    beat = groups["Beats"].child(0)
    assert beat.text(0) == "health"
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        tree.setCurrentItem(beat)
    assert names(window) == ["Amina Diop"]
