"""Do not contact and data protection in the window: the Contact menu's actions, the table's and the
detail pane's marks, the bounce dialog, export my data, erase with its confirmation, retention review."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import select

from iomdesk.store.models import Contact
from iomdesk.ui.dates import locale_date
from iomdesk.ui.protection import EraseDialog, ReasonDialog

from .conftest import make_window


def names(window):
    return [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]


def select_names(window, *wanted):
    window.table.clearSelection()
    sm = window.table.selectionModel()
    sm.setCurrentIndex(window.model.index(names(window).index(wanted[0]), 0), sm.SelectionFlag.NoUpdate)
    for name in wanted:
        row = names(window).index(name)
        sm.select(window.model.index(row, 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)


def cell(window, name, role):
    return window.model.data(window.model.index(names(window).index(name), 0), role)


def badge(window):
    return window.detail.findChild(QLabel, "dncBadge")


def test_mark_shows_everywhere_and_allow_again_clears(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    prot = window.protection
    select_names(window, "Ana Kovač")
    assert prot.act_dnc.isEnabled() and prot.act_dnc.shortcut().toString() == "Ctrl+Shift+D"
    asked = []
    prot.ask_reason = lambda records: asked.append([r.name for r in records]) or None  # cancelled
    prot.act_dnc.trigger()
    assert asked == [["Ana Kovač"]] and cell(window, "Ana Kovač", Qt.ItemDataRole.ToolTipRole) is None
    prot.ask_reason = lambda records: "asked to be removed"
    prot.act_dnc.trigger()
    assert "Do not contact: asked to be removed" in cell(window, "Ana Kovač", Qt.ItemDataRole.ToolTipRole)
    assert cell(window, "Ana Kovač", Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(window, "Ana Kovač", Qt.ItemDataRole.AccessibleTextRole) == "Ana Kovač, do not contact"
    assert cell(window, "Sofia Lindqvist", Qt.ItemDataRole.FontRole) is None
    assert badge(window) is not None and "asked to be removed" in badge(window).text()
    # the date as the user's language writes it (QLocale), today give or take the time zone
    days = [locale_date(dt.date.today() + dt.timedelta(days=d)) for d in (-1, 0, 1)]
    assert any(badge(window).text().startswith(f"Do not contact since {day}:") for day in days)
    assert "1 contact marked do not contact" in window.statusBar().currentMessage()
    # allow again: the confirmation is asked, and says what happens to the suppression list
    prot.confirm_allow = lambda records: False
    prot.act_allow.trigger()
    assert badge(window) is not None
    prot.confirm_allow = lambda records: True
    prot.act_allow.trigger()
    assert badge(window) is None and cell(window, "Ana Kovač", Qt.ItemDataRole.ToolTipRole) is None
    assert "taken off the suppression list" in window.statusBar().currentMessage()


def test_reason_dialog_needs_a_reason(seeded, qtbot):
    rec = seeded.contacts.get(1)
    dialog = ReasonDialog([rec])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.text() == "asked to be removed"  # the first reason offered
    dialog.reason.setEditText("   ")
    assert not ok.isEnabled()
    dialog.reason.setEditText("moved to another paper")
    assert ok.isEnabled() and dialog.text() == "moved to another paper"


def test_record_bounces_from_the_clipboard(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    QGuiApplication.clipboard().setText(
        "From: Mail Delivery System <MAILER-DAEMON@mail.iom.int>\nTo: press@iom.int\n\n"
        "<AKOVAC@iom.int>: 550 5.1.1 user unknown\nstranger@elsewhere.org")
    window.protection.act_optout.trigger()
    dialog = window.protection.optout_dialog
    assert dialog is not None and dialog.isVisible()
    assert "MAILER-DAEMON" in dialog.text.toPlainText()
    items = [dialog.addresses.item(i).text() for i in range(dialog.addresses.count())]
    assert items == ["AKOVAC@iom.int", "stranger@elsewhere.org", "press@iom.int", "MAILER-DAEMON@mail.iom.int"]
    # the bounce's own To: (the user's address) and its mail system are not ticked
    assert dialog.checked() == ["AKOVAC@iom.int", "stranger@elsewhere.org"]
    assert "2 from the bounce's headers or its mail system left unticked" in dialog.found_label.text()
    with qtbot.waitSignal(window.protection.changed):
        dialog.record_button.click()
    assert "2 addresses recorded: 1 contact marked do not contact" in dialog.result_label.text()
    assert "Marked: Ana Kovač" in dialog.result_label.text()
    assert "stranger@elsewhere.org" in dialog.result_label.text()
    assert not dialog.record_button.isEnabled()  # recorded once
    assert "Do not contact: bounced" in cell(window, "Ana Kovač", Qt.ItemDataRole.ToolTipRole)
    assert not window.protection.service.check(["press@iom.int"])


def test_export_my_data_saves_json_and_text(seeded, qtbot, settings, captured, tmp_path):
    window = make_window(seeded, qtbot, settings, captured)
    select_names(window, "Sofia Lindqvist")
    asked = []
    window.protection.ask_export_path = lambda rec: asked.append(rec.name) or str(tmp_path / "sofia")
    window.protection.act_export_data.trigger()
    assert asked == ["Sofia Lindqvist"]
    data = json.loads((tmp_path / "sofia.json").read_text(encoding="utf-8"))
    assert data["contact"]["emails"] == ["slindqvist@iom.int", "sofia.l@example.org"]
    assert "+41 79 285 4410" in (tmp_path / "sofia.txt").read_text(encoding="utf-8")
    assert captured.messages[-1][1] == "Data exported"
    select_names(window, "Sofia Lindqvist", "Ana Kovač")
    assert not window.protection.act_export_data.isEnabled()  # one contact at a time


def test_erase_dialog_needs_the_word_typed(seeded, qtbot):
    rec = seeded.contacts.get(2)
    dialog = EraseDialog([rec], backups=2)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Erase Ana Kovač for good? This cannot be undone." in text
    assert "2 automatic backups beside the directory still hold the data" in text
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() == 0  # not accepted without the word
    dialog.confirm.setText("erase")
    assert dialog.ok.isEnabled()


def test_erase_from_the_menu_after_confirmation(seeded, qtbot, settings, captured, db_path):
    window = make_window(seeded, qtbot, settings, captured)
    prot = window.protection
    select_names(window, "Ana Kovač")
    prot.confirm_erase = lambda records: False
    prot.act_erase.trigger()
    assert "Ana Kovač" in names(window)
    shown = []
    prot.confirm_erase = lambda records: shown.append([r.name for r in records]) or True
    with qtbot.waitSignal(prot.eraseFinished, timeout=30000) as blocker:
        prot.act_erase.trigger()
    result = blocker.args[0]
    assert shown == [["Ana Kovač"]] and result.erased and result.scrubbed
    qtbot.waitUntil(lambda: "Ana Kovač" not in names(window))
    assert captured.messages[-1][:2] == ("info", "Erased")
    assert b"akovac@iom.int" not in db_path.read_bytes()


def test_retention_review_lists_sets_dates_and_erases(seeded, qtbot, settings, captured):
    with seeded.db.session_factory.begin() as s:
        for c in s.scalars(select(Contact)):
            c.created_at = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
        s.scalars(select(Contact).where(Contact.name == "Ana Kovač")).one().last_contacted_at = \
            dt.datetime.now(dt.UTC)
    window = make_window(seeded, qtbot, settings, captured)
    dialog = window.protection.open_retention()
    assert dialog.isVisible() and dialog.months.value() == 24
    due = [i.name for i in dialog.model.items]
    assert due == ["Knowledge Mareyanadzo", "No Email Person", "Sofia Lindqvist"]
    assert dialog.model.data(dialog.model.index(0, 2)) == "never contacted, added 2020-01-01"
    assert not dialog.erase_button.isEnabled()
    dialog.table.selectRow(0)
    dialog.review_date.setDate(dialog.review_date.date().currentDate().addYears(2))
    dialog.set_button.click()
    assert [i.name for i in dialog.model.items] == ["No Email Person", "Sofia Lindqvist"]
    # the months setting is stored in the directory
    dialog.months.setValue(200)
    assert window.protection.service.retention_months() == 200 and dialog.model.items == []
    assert dialog.count_label.text() == "0 contacts due for review"
    dialog.months.setValue(24)
    dialog.table.selectRow(0)
    window.protection.confirm_erase = lambda records: [r.name for r in records] == ["No Email Person"]
    with qtbot.waitSignal(window.protection.eraseFinished, timeout=30000):
        dialog.erase_button.click()
    qtbot.waitUntil(lambda: [i.name for i in dialog.model.items] == ["Sofia Lindqvist"])


def test_press_release_bringing_back_a_suppressed_address_says_so(seeded, qtbot, settings, captured):
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "fixtures" / "press" / "samples"
    window = make_window(seeded, qtbot, settings, captured)
    window.protection.service.record_optouts(["DMbeki@iom.int"], "asked to be removed")
    window.import_releases([str(samples / "02_two_contacts_inline.txt")])
    window.review_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert captured.messages[-1][1] == "Marked do not contact"
    assert "1 contact was marked do not contact (on the suppression list): Daniel Mbeki" in captured.messages[-1][2]
    (daniel,) = seeded.search.search("mbeki")
    assert daniel.do_not_contact and not seeded.search.search("slindqvist")[0].do_not_contact


def test_a_reason_that_looks_like_html_is_shown_literally(seeded, qtbot, settings, captured):
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    def rendered(text: str) -> str:
        doc = QTextDocument()
        doc.setHtml(text) if GuiQt.mightBeRichText(text) else doc.setPlainText(text)
        return doc.toPlainText()

    window = make_window(seeded, qtbot, settings, captured)
    select_names(window, "Ana Kovač")
    reason = "<b>asked</b> & <img src=x.png> removed"
    window.protection.ask_reason = lambda records: reason
    window.protection.act_dnc.trigger()
    assert reason in rendered(cell(window, "Ana Kovač", Qt.ItemDataRole.ToolTipRole))
    assert badge(window).textFormat() == Qt.TextFormat.PlainText and reason in badge(window).text()


def test_undo_and_redo_of_marks_and_opt_outs(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    prot = window.protection
    service = prot.service
    service.record_optouts(["akovac@iom.int"], "bounced")  # on the list before: undo keeps it
    service.unmark([2])  # ... but Ana may be contacted: the row is gone again
    service.record_optouts(["someone@else.org"], "bounced")
    select_names(window, "Ana Kovač", "Sofia Lindqvist")
    prot.ask_reason = lambda records: "asked to be removed"
    prot.act_dnc.trigger()
    assert service.check(["slindqvist@iom.int"]) and service.check(["akovac@iom.int"])
    window.act_undo.trigger()
    assert not service.check(["slindqvist@iom.int"]) and not service.check(["akovac@iom.int"])
    assert service.check(["someone@else.org"])  # not this action's: kept
    assert cell(window, "Ana Kovač", Qt.ItemDataRole.ToolTipRole) is None
    window.act_redo.trigger()
    assert "asked to be removed" in cell(window, "Sofia Lindqvist", Qt.ItemDataRole.ToolTipRole)
    # allow again, undone: the mark and the same suppression rows come back
    select_names(window, "Sofia Lindqvist")
    prot.confirm_allow = lambda records: True
    prot.act_allow.trigger()
    assert not service.check(["sofia.l@example.org"])
    window.act_undo.trigger()
    assert service.check(["sofia.l@example.org"])
    assert "asked to be removed" in cell(window, "Sofia Lindqvist", Qt.ItemDataRole.ToolTipRole)


def test_undo_of_a_mark_after_an_erase_keeps_the_erased_contacts_hashes(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    prot = window.protection
    select_names(window, "Ana Kovač")
    prot.ask_reason = lambda records: "asked to be removed"
    prot.act_dnc.trigger()
    prot.confirm_erase = lambda records: True
    select_names(window, "Ana Kovač")
    with qtbot.waitSignal(prot.eraseFinished, timeout=30000):
        prot.act_erase.trigger()
    window.act_undo.trigger()  # undo of the mark: Ana is gone, her hashes stay
    assert prot.service.check(["akovac@iom.int"], ["+38514816774"])
