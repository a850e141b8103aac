from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel

from iomdesk.core.contact import ContactInput
from iomdesk.ui.contact_model import COLUMNS, PAGE, ContactTableModel, SearchSpec

from .conftest import make_window


def names(window):
    return [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]


def select_name(window, name):
    row = names(window).index(name)
    window.table.selectRow(row)
    return row


def type_search(window, qtbot, text):
    window.search_edit.clear()
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        qtbot.keyClicks(window.search_edit, text)


def test_window_starts_with_search_focused_and_everyone_listed(window, qtbot):
    qtbot.waitUntil(lambda: window.search_edit.hasFocus() or not window.isActiveWindow(), timeout=2000)
    assert window.focusWidget() is window.search_edit
    assert names(window) == ["Ana Kovač", "Knowledge Mareyanadzo", "No Email Person", "Sofia Lindqvist"]
    assert window.count_label.text() == "4 of 4 contacts"
    assert [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)] == [
        "Name", "Role", "Office", "Country", "Phone", "Email", "Articles"]


def test_typing_filters_the_table_and_status_counts(window, qtbot):
    type_search(window, qtbot, "mareyanadzo")
    assert names(window) == ["Knowledge Mareyanadzo"]
    assert window.count_label.text() == "1 of 4 contacts"
    row = [window.model.data(window.model.index(0, c)) for c in range(7)]
    assert row == ["Knowledge Mareyanadzo", "", "IOM Zimbabwe", "Zimbabwe", "+263 4335044", "kmareyanadzo@iom.int", 1]
    type_search(window, qtbot, "geneva")
    assert names(window) == ["No Email Person", "Sofia Lindqvist"]
    type_search(window, qtbot, "mcof")  # the title of a linked article
    assert names(window) == ["Knowledge Mareyanadzo"]


def test_escape_clears_and_ctrl_f_focuses_search(window, qtbot):
    window.search_edit.setText("zzz")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    window.table.setFocus()
    window.act_find.trigger()
    assert window.search_edit.hasFocus() or window.focusWidget() is window.search_edit


def test_newer_keystroke_supersedes_an_older_query(window, qtbot):
    from iomdesk.services.search import Filters

    window.start_search_spec(SearchSpec("ana", Filters()))
    window.start_search_spec(SearchSpec("sofia", Filters()))
    qtbot.waitUntil(lambda: names(window) == ["Sofia Lindqvist"], timeout=5000)
    qtbot.wait(200)
    assert names(window) == ["Sofia Lindqvist"]


def test_double_click_opens_mail_client_with_exact_mailto(window, qtbot, captured):
    row = select_name(window, "Knowledge Mareyanadzo")
    rect = window.table.visualRect(window.model.index(row, 0))
    # A real double click is press, release, then a double-click press: QTest needs the first click too.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert captured.urls == ["mailto:Knowledge%20Mareyanadzo%20%3Ckmareyanadzo@iom.int%3E"]


def test_enter_opens_mail_client_with_primary_email(window, qtbot, captured):
    select_name(window, "Ana Kovač")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    select_name(window, "Sofia Lindqvist")
    qtbot.keyClick(window.table, Qt.Key.Key_Enter)
    assert captured.urls == [
        "mailto:Ana%20Kova%C4%8D%20%3Cakovac@iom.int%3E",
        "mailto:Sofia%20Lindqvist%20%3Cslindqvist@iom.int%3E",
    ]


def test_contact_without_email_gets_a_clear_message(window, qtbot, captured):
    select_name(window, "No Email Person")
    window.email_current()
    assert captured.urls == []
    assert captured.messages and "has no email address" in captured.messages[-1][2]


def test_copy_actions_put_exact_text_on_clipboard(window, qtbot):
    clipboard = QGuiApplication.clipboard()
    select_name(window, "Knowledge Mareyanadzo")
    window.act_copy_email.trigger()
    assert clipboard.text() == "kmareyanadzo@iom.int"
    assert "Copied email" in window.statusBar().currentMessage()
    window.act_copy_phone.trigger()
    assert clipboard.text() == "+2634335044"
    window.act_copy_card.trigger()
    assert clipboard.text() == (
        "Knowledge Mareyanadzo\nIOM Zimbabwe, Zimbabwe\nWork: +263 4335044\nEmail: kmareyanadzo@iom.int"
    )
    window.act_copy_vcard.trigger()
    vcard = clipboard.text()
    assert vcard.startswith("BEGIN:VCARD") and "FN:Knowledge Mareyanadzo" in vcard
    assert "kmareyanadzo@iom.int" in vcard and "+2634335044" in vcard


def test_ctrl_c_on_rows_copies_name_email_lines(window, qtbot):
    window.table.selectAll()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Ana Kovač <akovac@iom.int>\nKnowledge Mareyanadzo <kmareyanadzo@iom.int>\n"
        "Sofia Lindqvist <slindqvist@iom.int>"
    )
    assert "3 addresses" in window.statusBar().currentMessage()


def test_copy_buttons_in_detail_pane_copy_exactly_that_value(window, qtbot):
    select_name(window, "Sofia Lindqvist")
    buttons = window.detail.copy_buttons
    assert set(buttons) == {"+41227179111", "+41792854410", "slindqvist@iom.int", "sofia.l@example.org"}
    qtbot.mouseClick(buttons["+41792854410"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+41792854410"
    qtbot.mouseClick(buttons["sofia.l@example.org"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "sofia.l@example.org"
    assert "sofia.l@example.org" in window.statusBar().currentMessage()


def test_detail_pane_marks_unverified_numbers(window):
    select_name(window, "Knowledge Mareyanadzo")
    badges = [w for w in window.detail.findChildren(QLabel) if w.objectName() == "unverifiedBadge"]
    assert len(badges) == 1 and badges[0].text() == "unverified"
    select_name(window, "Ana Kovač")
    assert not [w for w in window.detail.findChildren(QLabel) if w.objectName() == "unverifiedBadge"]


def test_call_uses_a_tel_link(window, captured):
    select_name(window, "Ana Kovač")
    window.act_call.trigger()
    assert captured.urls == ["tel:+38514816774"]


def test_email_selected_uses_bcc_and_reports_contacts_without_email(window, captured):
    window.table.selectAll()
    window.act_email_selected.trigger()
    assert captured.urls == ["mailto:?bcc=akovac@iom.int,kmareyanadzo@iom.int,slindqvist@iom.int"]
    assert "No Email Person" in window.statusBar().currentMessage()


def test_email_selected_above_the_limit_splits_into_batches(ctx, qtbot, settings, captured):
    for i in range(120):
        ctx.contacts.add(ContactInput(name=f"Reporter {i:03d}", emails=[f"reporter.number{i:03d}@media-outlet.example.org"]))
    window = make_window(ctx, qtbot, settings, captured)
    window.table.selectAll()
    window.act_email_selected.trigger()
    assert captured.urls == []  # nothing opened behind the user's back
    dialog = window.bcc_dialog
    assert dialog.isVisible() and len(dialog.batch_buttons) >= 2
    for button in dialog.batch_buttons:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(captured.urls) == len(dialog.batch_buttons)
    assert all(len(u) <= 2000 for u in captured.urls)
    opened = [a for u in captured.urls for a in u.removeprefix("mailto:?bcc=").split(",")]
    assert sorted(opened) == sorted(f"reporter.number{i:03d}@media-outlet.example.org" for i in range(120))
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().count("@") == 120


def test_delete_then_undo_restores_everything_and_redo_deletes_again(window, qtbot, seeded):
    row = select_name(window, "Knowledge Mareyanadzo")
    before = seeded.contacts.get(window.model.id_at(row))
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "Knowledge Mareyanadzo" not in names(window)
    assert window.count_label.text() == "3 of 3 contacts"
    window.act_undo.trigger()
    assert "Knowledge Mareyanadzo" in names(window)
    after = seeded.contacts.get(before.id)
    assert (after.name, after.office, after.country, after.phones, after.emails, after.tags, after.articles) == (
        before.name, before.office, before.country, before.phones, before.emails, before.tags, before.articles)
    assert [a.title for a in after.articles] == ["Zimbabwe rolls out Migration Crisis Operational Framework (MCOF)"]
    window.act_redo.trigger()
    assert "Knowledge Mareyanadzo" not in names(window)


def test_html_in_a_name_is_shown_literally(ctx, qtbot, settings, captured):
    ctx.contacts.add(ContactInput(name="<b>x</b> <img src=http://example.org/a.png>", office="IOM Geneva",
                                  emails=["x@iom.int"]))
    window = make_window(ctx, qtbot, settings, captured)
    assert names(window) == ["<b>x</b> <img src=http://example.org/a.png>"]
    window.table.selectRow(0)
    labels = [w for w in window.detail.findChildren(QLabel) if w.objectName() == "detailName"]
    assert labels[0].text() == "<b>x</b> <img src=http://example.org/a.png>"
    assert labels[0].textFormat() == Qt.TextFormat.PlainText


def test_model_passes_qabstractitemmodeltester(seeded, qtbot):
    model = ContactTableModel(seeded.search)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload(SearchSpec())
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.reload(SearchSpec("zzz-nobody"))
    assert model.rowCount() == 0
    assert tester is not None


def test_model_fetches_ids_in_pages(ctx, qtbot):
    from sqlalchemy import insert

    from iomdesk.store.models import Contact

    with ctx.db.session_factory.begin() as s:
        s.execute(insert(Contact), [
            {"name": f"Person {i:04d}", "name_key": f"person {i:04d}", "role": "", "notes": "",
             "search_text": f"person {i:04d}", "version": 1}
            for i in range(PAGE * 2 + 15)
        ])
    model = ContactTableModel(ctx.search)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload(SearchSpec())
    assert model.rowCount() == PAGE and model.total == PAGE * 2 + 15
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 15 and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(PAGE * 2 + 14, 0)) == f"Person {PAGE * 2 + 14:04d}"


def test_sorting_by_header(window, qtbot):
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.table.sortByColumn([k for _, k in COLUMNS].index("office"), Qt.SortOrder.DescendingOrder)
    offices = [window.model.data(window.model.index(r, 2)) for r in range(window.model.rowCount())]
    assert offices == sorted(offices, key=str.lower, reverse=True)


def test_filter_panel_narrows_by_office_country_and_tag(window, qtbot):
    from iomdesk.services.search import Filters

    tree = window.filter_tree
    items = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert set(items) == {"All contacts", "Offices", "Countries", "Tags"}
    geneva = next(items["Offices"].child(i) for i in range(items["Offices"].childCount())
                  if items["Offices"].child(i).text(0).startswith("IOM Geneva"))
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        tree.setCurrentItem(geneva)
    assert names(window) == ["No Email Person", "Sofia Lindqvist"]
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.set_filter(Filters(tag="media"))
    assert names(window) == ["Knowledge Mareyanadzo"]
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.set_filter(Filters(country="HR"))
    assert names(window) == ["Ana Kovač"]
    assert window.count_label.text() == "1 of 4 contacts"


def test_window_remembers_sort_and_column_widths(seeded, qtbot, settings, captured):
    window = make_window(seeded, qtbot, settings, captured)
    window.table.horizontalHeader().resizeSection(0, 333)
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    window.close()
    again = make_window(seeded, qtbot, settings, captured)
    assert again.table.horizontalHeader().sectionSize(0) == 333
    assert (again.model.spec.sort, again.model.spec.descending) == ("office", True)
    assert again.table.horizontalHeader().sortIndicatorSection() == 2


def test_first_start_offers_sample_data(ctx, qtbot, settings, captured):
    window = make_window(ctx, qtbot, settings, captured)
    assert window.banner.isVisible()
    qtbot.mouseClick(window.sample_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert "Knowledge Mareyanadzo" in names(window)
    (seed,) = ctx.search.search("mareyanadzo")
    assert seed.phones[0].e164 == "+2634335044" and not seed.phones[0].valid
    assert len(names(window)) >= 5


def test_unexpected_error_shows_crash_dialog_and_writes_log(window, captured, tmp_path):
    from iomdesk.ui.alerts import setup_logging

    log_file = setup_logging()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        window.alerts.error("Something", exc)
    level, _title, text = captured.messages[-1]
    assert level == "crash" and "boom in a slot" in text
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")


def test_crash_dialog_offers_copyable_details(qtbot):
    from iomdesk.ui.alerts import CrashDialog

    dialog = CrashDialog("Traceback: details here", None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: details here"


def test_screenshot_command_renders_a_png(seeded, db_path, tmp_path, capsys):
    from PySide6.QtGui import QImage

    from iomdesk.app import main

    out = tmp_path / "shot.png"
    assert main(["--db", str(db_path), "screenshot", str(out), "--query", "geneva", "--size", "900x600"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert main(["--db", str(db_path), "screenshot", str(out), "--size", "huge"]) == 2


def test_delete_key_in_the_search_field_edits_text_not_contacts(window, qtbot):
    window.search_edit.setText("abc")
    window.search_edit.setFocus()
    window.search_edit.setCursorPosition(0)
    window.table.selectRow(0)
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Delete)
    assert window.search_edit.text() == "bc"
    assert window.ctx.contacts.count() == 4


def test_activating_an_article_in_the_detail_pane_shows_it(window, qtbot):
    select_name(window, "Knowledge Mareyanadzo")
    articles = window.detail.articles
    assert articles.count() == 1
    articles.itemActivated.emit(articles.item(0))
    assert window.tabs.currentWidget() is window.articles_view
    view = window.articles_view
    assert view.heading.text() == "Zimbabwe rolls out Migration Crisis Operational Framework (MCOF)"
    assert [view.contacts.item(i).text() for i in range(view.contacts.count())] == ["Knowledge Mareyanadzo"]


def test_controls_have_accessible_names_and_tab_order_follows_the_layout(window, qtbot):
    for widget in (window.search_edit, window.table, window.filter_tree, window.detail):
        assert widget.accessibleName()
    # the count is read as it shows ("4 of 4 contacts"), what it is as its description
    count = window.count_label
    assert count.text() and count.accessibleDescription() and not count.accessibleName()
    # Tab from the search field visits the layout's controls in reading order.
    expected = [window.new_button, window.email_button, window.filter_tree, window.table]
    window.table.selectRow(0)  # "Email selected" takes focus only when something is selected
    window.activateWindow()
    window.search_edit.setFocus()
    qtbot.waitUntil(lambda: window.search_edit.hasFocus())
    seen = []
    for _ in range(12):
        window.focusNextChild()
        focused = window.focusWidget()
        for w in expected:
            if focused is w and w not in seen:
                seen.append(w)
        if len(seen) == len(expected):
            break
    assert seen == expected


def test_without_a_mail_client_the_address_is_copied_and_the_user_told(window, captured):
    window.open_url = lambda url: False  # the desktop has no handler for mailto:
    select_name(window, "Ana Kovač")
    window.email_current()
    assert QGuiApplication.clipboard().text() == "akovac@iom.int"
    level, _title, text = captured.messages[-1]
    assert level == "info" and "No mail client" in text and "copied" in text


def test_big_results_show_a_capped_count_then_the_exact_one(seeded, qtbot, settings, captured, monkeypatch):
    from iomdesk.services import search as search_module
    from iomdesk.ui import contact_model

    monkeypatch.setattr(search_module, "SPARSE_CAP", 1)  # every word counts as common
    monkeypatch.setattr(search_module, "COUNT_CAP", 1)
    monkeypatch.setattr(contact_model, "PAGE", 2)
    window = make_window(seeded, qtbot, settings, captured)
    labels = []
    window.searchFinished.connect(lambda: labels.append(window.count_label.text()))
    with qtbot.waitSignal(window.countFinished, timeout=5000) as blocker:
        window.search_edit.setText("iom")  # every contact works at an IOM office
    assert labels[-1] == "1+ of 4 contacts"  # the first page, counted up to the cap
    assert blocker.args == [4]
    assert window.count_label.text() == "4 of 4 contacts"
