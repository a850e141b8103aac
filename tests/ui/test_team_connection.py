"""File > Connect to team database..., a read-only team directory in the window, and a lost
connection during a save: the dialog keeps the edits, nothing is half-written, and the next save works
when the server is back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import event
from sqlalchemy.engine import make_url

from iomdesk.core.contact import ContactInput
from iomdesk.services import connections
from iomdesk.services.connections import KEYRING_SERVICE
from iomdesk.services.context import AppContext
from tests.keyring_memory import memory_keyring, no_keyring  # noqa: F401
from tests.services.test_connections import read_only_role

from .conftest import make_window

SECRET = "Team-Pw-77"


def fill_connect(dialog, url: str, password: str = SECRET) -> None:
    u = make_url(url)
    dialog.host.setText(u.host or "")
    dialog.port.setValue(u.port or 5432)
    dialog.database.setText(u.database or "")
    dialog.user.setText(u.username or "")
    dialog.password.setText(password)


def test_connect_dialog_tests_connects_and_keeps_the_password_in_the_keyring(
        ctx, pg, qtbot, settings, captured, memory_keyring):  # noqa: F811
    window = make_window(ctx, qtbot, settings, captured)
    dialog = window.access.open_connect_dialog()
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    url = pg.new_database()
    fill_connect(dialog, url)
    with qtbot.waitSignal(dialog.tested, timeout=10000) as tested:
        dialog.test_button.click()
    assert tested.args[0].startswith("Connected: an empty database")
    with qtbot.waitSignal(dialog.connected, timeout=20000) as chosen:
        dialog.connect_button.click()
    team = chosen.args[0]
    saved = connections.settings_path().read_text(encoding="utf-8")
    assert SECRET not in saved and json.loads(saved)["database"] == make_url(url).database
    key = f"postgres@127.0.0.1:{pg.port}/{make_url(url).database}"
    assert memory_keyring.items == {(KEYRING_SERVICE, key): SECRET}

    new = window.access.switch_to(team)
    qtbot.addWidget(new)
    assert not window.isVisible() and new.isVisible()
    assert "team database" in new.windowTitle() and SECRET not in new.windowTitle()
    assert new.access.where.text().endswith(": connected")
    team.contacts.add(ContactInput(name="Ana Kovač"))
    # The next start opens the saved team database, the password from the keyring.
    again = AppContext.open(None)
    try:
        assert again.db.engine.dialect.name == "postgresql" and again.contacts.count() == 1
    finally:
        again.close()

    back = new.access.open_connect_dialog()
    assert back.host.text() == "127.0.0.1" and back.password.text() == ""  # never shown back
    with qtbot.waitSignal(back.connected, timeout=20000) as chosen:
        back.local_button.click()
    own = chosen.args[0]
    assert own.db.engine.dialect.name == "sqlite"
    assert not connections.settings_path().exists() and memory_keyring.items == {}
    newest = new.access.switch_to(own)
    qtbot.addWidget(newest)
    assert "team database" not in newest.windowTitle()


def test_a_team_url_with_a_password_fills_the_dialog_without_it(pg, qtbot, settings, captured, memory_keyring):  # noqa: F811
    url = pg.new_database().replace("postgres@", f"postgres:{SECRET}@")
    team = AppContext.open(url)
    try:
        window = make_window(team, qtbot, settings, captured)
        assert SECRET not in window.windowTitle() and SECRET not in window.access.where.toolTip()
        dialog = window.access.open_connect_dialog()
        assert dialog.database.text() == make_url(url).database and dialog.password.text() == ""
        assert not connections.settings_path().exists()
    finally:
        team.close()


def test_connect_dialog_without_a_keyring_asks_at_each_start(ctx, pg, qtbot, settings, captured, no_keyring):  # noqa: F811
    window = make_window(ctx, qtbot, settings, captured)
    dialog = window.access.open_connect_dialog()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "no system keyring" in dialog.keyring_note.text() and "never written to a file" in dialog.keyring_note.text()
    fill_connect(dialog, pg.new_database())
    with qtbot.waitSignal(dialog.connected, timeout=20000) as chosen:
        dialog.connect_button.click()
    chosen.args[0].close()
    saved = json.loads(connections.settings_path().read_text(encoding="utf-8"))
    assert saved["ask_password"] is True and SECRET not in json.dumps(saved)


def test_connect_dialog_says_why_it_cannot_connect(ctx, pg, qtbot, settings, captured, memory_keyring):  # noqa: F811
    window = make_window(ctx, qtbot, settings, captured)
    dialog = window.access.open_connect_dialog()
    fill_connect(dialog, pg.url("no_such_directory"))
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        dialog.connect_button.click()
    assert 'database "no_such_directory" does not exist' in failed.args[0]
    assert dialog.isVisible() and not connections.settings_path().exists()
    dialog.host.setText("")
    dialog.connect_button.click()
    assert "needs a host" in dialog.result.text()


# -- read-only ------------------------------------------------------------------------------------------
@pytest.fixture
def read_only_ctx(pg):
    url = pg.new_database()
    writer = AppContext.open(url)
    writer.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"]))
    writer.lists.create("Editors")
    writer.articles.add("Zimbabwe rolls out the MCOF")
    writer.close()
    reader = AppContext.open(read_only_role(pg, url))
    yield reader
    reader.close()


def test_a_read_only_role_turns_editing_off_and_says_why(read_only_ctx, qtbot, settings, captured):
    window = make_window(read_only_ctx, qtbot, settings, captured)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    banner = window.access.read_only_banner
    assert banner.isVisible() and "You have read-only access to this team directory" in window.access.read_only_text.text()
    for name in ("act_new", "act_edit", "act_delete", "act_import", "act_import_release", "act_add_to_list",
                 "act_save_search", "act_undo"):
        assert not getattr(window, name).isEnabled(), name
    assert not window.new_button.isEnabled()
    detail_edit = [b for b in window.detail.findChildren(QPushButton) if b.text() == "Edit"]
    assert detail_edit and not any(b.isEnabled() for b in detail_edit)
    assert window.act_email.isEnabled() and window.act_copy.isEnabled() and window.act_export.isEnabled()
    assert window.edit_selected() is None and "read-only access" in window.statusBar().currentMessage()
    window.delete_selected()
    window.outreach.email_current()  # the mail client opens; the send is not recorded
    assert captured.urls and captured.urls[0].startswith("mailto:")
    assert read_only_ctx.outreach.history(1) == [] and captured.messages == []  # not recorded, no error
    assert "sends are not recorded" in window.access.read_only_text.text()
    assert read_only_ctx.contacts.count() == 1
    assert "(read-only)" in window.access.where.text()
    assert [m for m in captured.messages if m[0] == "crash"] == []
    window.tabs.setCurrentIndex(1)
    view = window.articles_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.select_article(view.model.rows[0].id)
    assert view.send_button.isEnabled()
    assert not any(b.isEnabled() for b in (view.link_button, view.unlink_button, view.delete_button))
    window.grab().save(str(settings.fileName()).replace("settings.ini", "read_only.png"))


# -- a lost connection ------------------------------------------------------------------------------------
@pytest.fixture
def team_ctx(stoppable_server):
    ctx = AppContext.open(stoppable_server.new_database())
    yield ctx
    ctx.close()


def fill_contact(dialog) -> None:
    dialog.name.setText("Amina Diallo")
    dialog.role.setText("Press officer")
    dialog.office.setText("IOM Senegal")
    dialog.phone_rows[0].edit.setText("+221 33 869 62 00")
    dialog.email_rows[0].edit.setText("adiallo@iom.int")
    dialog.tags.setText("radio, west africa")
    dialog.notes.setPlainText("Prefers French")


def check_saved_once(ctx) -> None:
    found = [r for r in ctx.search.search("") if r.name == "Amina Diallo"]
    assert len(found) == 1
    r = found[0]
    assert (r.role, r.office, list(r.emails), sorted(r.tags)) == (
        "Press officer", "IOM Senegal", ["adiallo@iom.int"], ["radio", "west africa"])
    assert [p.e164 for p in r.phones] == ["+221338696200"] and r.notes == "Prefers French"
    assert ctx.contacts.count() == 1


@pytest.mark.parametrize("when", ["before the save", "between flush and commit"])
def test_server_killed_during_a_save_keeps_the_edits_and_the_next_save_works(
        when, stoppable_server, team_ctx, qtbot, settings, captured):
    window = make_window(team_ctx, qtbot, settings, captured)
    dialog = window.new_contact()
    fill_contact(dialog)
    if when == "before the save":
        stoppable_server.kill()
    else:
        def kill_once(session):
            event.remove(team_ctx.db.session_factory, "before_commit", kill_once)
            session.flush()
            stoppable_server.kill()

        event.listen(team_ctx.db.session_factory, "before_commit", kill_once)
    dialog.try_save()
    errors = [m for m in captured.messages if m[0] == "error"]
    assert [m[0] for m in captured.messages] == ["error"], captured.messages  # no crash dialog
    host = make_url(team_ctx.db.url).host
    assert errors[0][2] == (f"The team database at {host} cannot be reached; your changes are kept in the dialog; "
                            "IOM Desk will reconnect when it is back. Save again then.")
    assert dialog.isVisible() and dialog.name.text() == "Amina Diallo" and dialog.notes.toPlainText() == "Prefers French"
    assert "cannot be reached" in window.access.where.text()

    stoppable_server.resume()
    window.poll_changes()  # the watcher reconnects; the status bar says so
    qtbot.waitUntil(lambda: window.access.where.text().endswith(": connected"), timeout=5000)
    dialog.try_save()
    assert not dialog.isVisible()
    check_saved_once(team_ctx)
    if when == "between flush and commit":
        colleague = AppContext.open(team_ctx.db.url)
        try:
            check_saved_once(colleague)  # what another session sees: one contact, whole
        finally:
            colleague.close()


def test_search_while_the_server_is_gone_is_a_message_and_the_watcher_recovers(
        stoppable_server, team_ctx, qtbot, settings, captured):
    window = make_window(team_ctx, qtbot, settings, captured)
    stoppable_server.kill()
    assert window.changes.changed() is False  # the lost connection is noticed, not raised
    window.poll_changes()
    assert "cannot be reached" in window.access.where.text()
    window.search_edit.setText("ana")
    qtbot.waitUntil(lambda: bool(captured.messages), timeout=5000)
    assert captured.messages[0][0] == "error" and "cannot be reached" in captured.messages[0][2]
    window.grab().save(str(settings.fileName()).replace("settings.ini", "lost.png"))
    stoppable_server.resume()
    qtbot.waitUntil(lambda: window.changes.changed() or window.changes.connected, timeout=5000)
    colleague = AppContext.open(team_ctx.db.url)
    colleague.contacts.add(ContactInput(name="Ana Kovač"))
    colleague.close()
    qtbot.waitUntil(lambda: window.changes.changed(wait=0.2), timeout=5000)
    window.search.refresh_from_others()
    window.search_edit.setText("")
    window.start_search()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
