"""Sending from the window: the ledger after every email action, do-not-contact contacts left out with
the reason, Send to list from an article and from a list (mail client and .eml draft), the already-sent
checkbox, the Last contacted column, the Outreach history, undo of list edits and smart lists."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from iomdesk.store.models import Contact
from iomdesk.ui.dates import locale_date, locale_datetime

from .conftest import make_window
from .test_lists_gui import list_items, names, select_names

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def mark_dnc(ctx, contact_id: int, reason: str) -> None:
    with ctx.db.session_factory.begin() as s:
        s.execute(update(Contact).where(Contact.id == contact_id)
                  .values(do_not_contact=True, dnc_reason=reason, dnc_at=T0))


def ids_by_name(window) -> dict[str, int]:
    return {n: window.model.id_at(i) for i, n in enumerate(names(window))}


def fields(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))


def ledger(ctx, contact_id: int) -> list[tuple[str, str, str]]:
    return [(e.subject, e.channel, e.list_name) for e in ctx.outreach.history(contact_id)]


@pytest.fixture
def win(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    ids = ids_by_name(window)
    mark_dnc(seeded, ids["Ana Kovač"], "asked not to get releases")
    seeded.lists.create("Geneva wires")
    seeded.lists.add("Geneva wires", list(ids.values()))
    window.refresh()
    window.model.reload()
    window.ids = ids
    window.article = seeded.articles.add("Floods in Beira: IOM scales up", url="https://www.iom.int/news/beira",
                                         date=dt.date(2026, 3, 2))
    return window


def test_double_click_writes_and_records_the_email(win, seeded, captured):
    k = win.ids["Knowledge Mareyanadzo"]
    row = names(win).index("Knowledge Mareyanadzo")
    win.table.doubleClicked.emit(win.model.index(row, 0))
    assert captured.urls == ["mailto:Knowledge%20Mareyanadzo%20%3Ckmareyanadzo@iom.int%3E"]
    assert ledger(seeded, k) == [("", "email", "")]
    assert win.model.data(win.model.index(row, 7)) != ""  # Last contacted shows the send


def test_a_do_not_contact_contact_gets_the_reason_and_nothing_opens(win, seeded, captured):
    row = names(win).index("Ana Kovač")
    win.table.doubleClicked.emit(win.model.index(row, 0))
    assert captured.urls == []
    assert captured.messages == [("info", "Do not contact",
                                  "Ana Kovač is marked do not contact (asked not to get releases). No email was opened.")]
    select_names(win, "Ana Kovač")
    win.detail.emailRequested.emit("akovac@iom.int")  # the address in the details pane: refused too
    win.act_email_selected.trigger()
    assert captured.urls == [] and len(captured.messages) == 3
    assert seeded.outreach.history(win.ids["Ana Kovač"]) == []


def test_email_selected_leaves_out_do_not_contact_and_says_so(win, seeded, captured):
    select_names(win, "Ana Kovač", "Knowledge Mareyanadzo", "No Email Person", "Sofia Lindqvist")
    win.act_email_selected.trigger()
    assert captured.urls == ["mailto:?bcc=kmareyanadzo@iom.int,slindqvist@iom.int"]
    message = win.statusBar().currentMessage()
    assert "Writing to 2 contacts in BCC." in message
    assert "1 marked do not contact left out: Ana Kovač (asked not to get releases)" in message
    assert "1 without an email left out: No Email Person" in message
    assert ledger(seeded, win.ids["Sofia Lindqvist"]) == [("", "mailto", "")]
    assert seeded.outreach.history(win.ids["Ana Kovač"]) == []


def test_a_link_no_program_took_is_recorded_as_copied(win, seeded, captured, monkeypatch):
    win.open_url = lambda url: False
    monkeypatch.setattr("iomdesk.ui.controllers.outreach.QGuiApplication.clipboard",
                        lambda: type("C", (), {"setText": lambda self, t: None})())
    win.outreach.email_contact(win.ids["Sofia Lindqvist"])
    assert ledger(seeded, win.ids["Sofia Lindqvist"]) == [("", "copied", "")]
    assert captured.messages[-1][1] == "No program for this link"


def test_send_an_article_to_a_list_from_the_articles_view(win, seeded, captured, qtbot):
    win.tabs.setCurrentIndex(1)
    win.articles_view.select_article(win.article.id)
    assert win.articles_view.send_button.isEnabled()
    win.articles_view.send_button.click()
    dialog = win.outreach.send_dialog
    assert dialog is not None and dialog.article_id() == win.article.id
    assert dialog.list_name() == "Geneva wires"
    assert dialog.subject() == "Floods in Beira: IOM scales up"
    assert dialog.summary.text() == "2 recipients in BCC."
    assert dialog.left_out.text() == ("1 marked do not contact left out: Ana Kovač (asked not to get releases); "
                                      "1 without an email left out: No Email Person.")
    assert not dialog.leave_out_already.isVisibleTo(dialog)  # nobody got it yet
    dialog.send_button.click()
    (url,) = captured.urls
    assert url.startswith("mailto:?bcc=kmareyanadzo@iom.int,slindqvist@iom.int&")
    assert fields(url) == {"bcc": "kmareyanadzo@iom.int,slindqvist@iom.int",
                           "subject": "Floods in Beira: IOM scales up", "body": "https://www.iom.int/news/beira\r\n"}
    assert "akovac" not in unquote(url)
    assert win.statusBar().currentMessage().startswith(
        "Opened your mail client: 2 recipients of 'Geneva wires' in BCC.")
    entry = seeded.outreach.history(win.ids["Knowledge Mareyanadzo"])[0]
    assert (entry.article_id, entry.subject, entry.channel, entry.list_name) == (
        win.article.id, "Floods in Beira: IOM scales up", "mailto", "Geneva wires")


def test_already_sent_recipients_are_left_out_unless_the_box_is_cleared(win, seeded, captured):
    seeded.outreach.record([win.ids["Sofia Lindqvist"]], "mailto", article_id=win.article.id, when=T0)
    dialog = win.outreach.send_to_list("geneva WIRES", win.article.id)
    assert dialog.already_label.text() == "1 recipient already got this article."
    assert dialog.leave_out_already.isVisibleTo(dialog) and dialog.leave_out_already.isChecked()
    assert dialog.summary.text() == "1 recipient in BCC."
    dialog.leave_out_already.setChecked(False)
    assert dialog.summary.text() == "2 recipients in BCC."
    dialog.leave_out_already.setChecked(True)
    dialog.send_button.click()
    assert fields(captured.urls[0])["bcc"] == "kmareyanadzo@iom.int"
    assert "1 recipient who already got this article left out" in win.statusBar().currentMessage()
    assert len(seeded.outreach.history(win.ids["Sofia Lindqvist"])) == 1  # not written to again


def test_send_from_a_list_as_an_eml_draft_with_a_typed_subject(win, seeded, captured, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMenu

    asked = []
    target = tmp_path / "draft.eml"
    monkeypatch.setattr(win.outreach, "ask_eml_path", lambda suggested: asked.append(suggested) or str(target))
    menus = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: menus.append(self))
    tree = win.filter_tree
    win.lists.tree_menu(tree.visualItemRect(list_items(win)["Geneva wires (4)"]).center())
    (send,) = [a for a in menus[0].actions() if a.text() == "&Send to list..."]
    send.trigger()
    dialog = win.outreach.send_dialog
    assert dialog.list_name() == "Geneva wires"
    dialog.article_combo.setCurrentIndex(0)  # no article: type a subject
    dialog.subject_edit.setText("Media briefing on Friday")
    dialog.eml.setChecked(True)
    dialog.send_button.click()
    assert asked == ["Media briefing on Friday.eml"]
    raw = target.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and msg["Subject"] == "Media briefing on Friday"
    assert msg["Bcc"] == "kmareyanadzo@iom.int, slindqvist@iom.int"
    assert b"akovac" not in raw
    assert captured.urls == [target.as_uri()]  # opened in the mail client as a draft
    assert win.statusBar().currentMessage().startswith(f"Saved a draft to {target} with 2 recipients in BCC and "
                                                       "opened it.")
    assert ledger(seeded, win.ids["Sofia Lindqvist"]) == [("Media briefing on Friday", "eml", "Geneva wires")]
    assert not list(tmp_path.glob("*.part"))


def test_a_draft_that_cannot_be_written_records_nothing(win, seeded, captured, tmp_path, monkeypatch):
    monkeypatch.setattr(win.outreach, "ask_eml_path", lambda s: str(tmp_path / "missing-folder" / "d.eml"))
    dialog = win.outreach.send_to_list("Geneva wires", win.article.id)
    dialog.eml.setChecked(True)
    dialog.send_button.click()
    assert captured.messages[-1][1] == "The draft could not be saved; nothing was recorded"
    assert seeded.outreach.history(win.ids["Sofia Lindqvist"]) == []


def test_last_contacted_column_sorts_newest_first_and_never_last(win, seeded, qtbot):
    seeded.outreach.record([win.ids["Sofia Lindqvist"]], "email", subject="a", when=T0)
    seeded.outreach.record([win.ids["No Email Person"]], "email", subject="b", when=T0 + dt.timedelta(days=1))
    win.model.forget()
    col = [h for h, _k in __import__("iomdesk.ui.contact_model", fromlist=["COLUMNS"]).COLUMNS].index("Last contacted")
    assert win.model.headerData(col, Qt.Orientation.Horizontal) == "Last contacted"
    with qtbot.waitSignal(win.searchFinished, timeout=5000):
        win.table.horizontalHeader().setSortIndicator(col, Qt.SortOrder.DescendingOrder)
    assert names(win) == ["No Email Person", "Sofia Lindqvist", "Ana Kovač", "Knowledge Mareyanadzo"]
    assert win.model.data(win.model.index(1, col)) == locale_datetime(T0)  # QLocale's short date and time
    assert win.model.data(win.model.index(2, col)) == ""
    with qtbot.waitSignal(win.searchFinished, timeout=5000):
        win.table.horizontalHeader().setSortIndicator(col, Qt.SortOrder.AscendingOrder)
    assert names(win) == ["Sofia Lindqvist", "No Email Person", "Ana Kovač", "Knowledge Mareyanadzo"]


def test_details_show_the_outreach_history_newest_first_with_show_all(win, seeded):
    sofia = win.ids["Sofia Lindqvist"]
    for day in range(7):
        seeded.outreach.record([sofia], "mailto", subject=f"Release {day}", list_name="Geneva wires",
                               when=T0 + dt.timedelta(days=day))
    select_names(win, "Sofia Lindqvist")
    history = win.detail.history
    assert history.count() == 5
    assert history.item(0).text() == (f"Release 6\n{locale_date((T0 + dt.timedelta(days=6)).astimezone().date())} · "
                                      "mail client · Geneva wires")
    assert "by " + seeded.outreach.history(sofia)[0].os_user in history.item(0).toolTip()
    win.detail.show_all_button.click()
    assert win.detail.history.count() == 7
    assert win.detail.history.item(6).text().splitlines()[0] == "Release 0"


def test_undo_of_add_remove_and_rename(win, seeded, monkeypatch):
    ids = win.ids
    monkeypatch.setattr(win.lists, "ask_list_name", lambda n: "Press")
    select_names(win, "Ana Kovač", "Sofia Lindqvist")
    win.act_add_to_list.trigger()
    assert sorted(seeded.lists.members("Press")) == sorted([ids["Ana Kovač"], ids["Sofia Lindqvist"]])
    win.act_undo.trigger()
    assert "Press" not in seeded.lists.names()  # the add made the list: undo takes it away
    win.act_redo.trigger()
    assert len(seeded.lists.members("Press")) == 2
    select_names(win, "Knowledge Mareyanadzo", "Sofia Lindqvist")
    win.act_add_to_list.trigger()  # Sofia is already on it
    win.act_undo.trigger()
    assert sorted(seeded.lists.members("Press")) == sorted([ids["Ana Kovač"], ids["Sofia Lindqvist"]])
    # Remove from the list shown, then undo.
    win.search.filters = type(win.search.filters)(list="Press")
    win.refresh()
    win.model.reload(type(win.model.spec)(filters=win.search.filters))
    select_names(win, "Ana Kovač")
    win.act_remove_from_list.trigger()
    assert seeded.lists.members("Press") == [ids["Sofia Lindqvist"]]
    win.act_undo.trigger()
    assert len(seeded.lists.members("Press")) == 2
    # Rename, undo, redo.
    monkeypatch.setattr(win.lists, "ask_new_name", lambda old: "Press corps")
    win.lists.rename("Press")
    assert "Press corps" in seeded.lists.names()
    win.act_undo.trigger()
    assert "Press" in seeded.lists.names() and "Press corps" not in seeded.lists.names()
    assert win.search.filters.list == "Press"  # the list shown follows its name
    win.act_redo.trigger()
    assert "Press corps" in seeded.lists.names()


def test_save_search_as_smart_list_edit_its_search_and_undo(win, seeded, captured, monkeypatch, qtbot):
    monkeypatch.setattr(win.lists, "ask_smart_name", lambda q: "Geneva office")
    with qtbot.waitSignal(win.searchFinished, timeout=5000):
        win.search_edit.setText("office:geneva")
    assert win.act_save_search.shortcut().toString() == "Ctrl+Shift+S"
    win.act_save_search.trigger()
    info = seeded.lists.get("Geneva office")
    assert (info.query, info.count) == ("office:geneva", 2)
    assert "Geneva office (2, smart)" in list_items(win)
    assert win.statusBar().currentMessage() == "Smart list 'Geneva office' saved: 2 contacts now"
    monkeypatch.setattr(win.lists, "ask_query", lambda name, q: "office:geneva sofia")
    win.lists.edit_query("Geneva office")
    assert seeded.lists.get("Geneva office").count == 1
    win.act_undo.trigger()
    assert seeded.lists.get("Geneva office").query == "office:geneva"
    win.act_undo.trigger()
    assert "Geneva office" not in seeded.lists.names()
    win.search_edit.clear()
    win.act_save_search.trigger()
    assert captured.messages[-1][1] == "Nothing to save"


def test_the_search_box_menu_offers_save_search_as_smart_list(win, monkeypatch):
    from PySide6.QtWidgets import QMenu

    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: shown.append([a.text() for a in self.actions()]))
    win.lists.search_menu(win.search_edit.rect().center())
    assert shown and shown[0][-1] == "Save search as s&mart list..."


def test_a_big_list_send_opens_batch_by_batch_and_records_each_batch(win, seeded, captured):
    from iomdesk.core.contact import ContactInput

    many = [seeded.contacts.add(ContactInput(name=f"Reporter {i:03d}",
                                             emails=[f"reporter.number{i:03d}@example-media-outlet.org"])).id
            for i in range(80)]
    seeded.lists.create("Wires")
    seeded.lists.add("Wires", many)
    dialog = win.outreach.send_to_list("Wires", win.article.id)
    assert dialog.summary.text() == "80 recipients in BCC."
    dialog.send_button.click()
    batches = win.outreach.bcc_dialog
    assert batches is not None and batches.windowTitle() == "Send to Wires" and len(batches.batch_buttons) >= 2
    assert captured.urls == []  # nothing opened until the user opens a batch
    batches.batch_buttons[0].click()
    (url,) = captured.urls
    first = fields(url)["bcc"].split(",")
    assert fields(url)["subject"] == "Floods in Beira: IOM scales up"
    sent = [i for i in many if seeded.outreach.history(i)]
    assert len(sent) == len(first) < 80  # only the batch opened is in the ledger
    for button in batches.batch_buttons[1:]:
        button.click()
    assert all(seeded.outreach.history(i)[0].channel == "mailto" for i in many)
    assert seeded.outreach.already_sent(win.article.id, many) == set(many)


def test_send_dialog_and_history_render(win, seeded, tmp_path):
    seeded.outreach.record([win.ids["Sofia Lindqvist"]], "eml", article_id=win.article.id, list_name="Geneva wires")
    dialog = win.outreach.send_to_list("Geneva wires", win.article.id)
    path = tmp_path / "send.png"
    assert dialog.grab().save(str(path)) and path.stat().st_size > 2000
    select_names(win, "Sofia Lindqvist")
    assert win.detail.history.count() == 1
    assert win.detail.grab().save(str(tmp_path / "detail.png"))


def test_contact_menu_send_to_list_presets_the_list_shown_or_the_article_chosen(win, seeded):
    assert win.act_send_to_list.shortcut().toString() == "Ctrl+Shift+M"
    seeded.lists.create("Other")
    seeded.lists.add("Other", [win.ids["Sofia Lindqvist"]])
    win.search.filters = type(win.search.filters)(list="Other")
    win.act_send_to_list.trigger()
    assert win.outreach.send_dialog.list_name() == "Other"
    assert win.outreach.send_dialog.summary.text() == "1 recipient in BCC."
    win.outreach.send_dialog.reject()
    win.tabs.setCurrentIndex(1)
    win.articles_view.select_article(win.article.id)
    win.act_send_to_list.trigger()
    assert win.outreach.send_dialog.article_id() == win.article.id
