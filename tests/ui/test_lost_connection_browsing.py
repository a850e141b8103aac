"""The team database's server goes away while the window is open and the user keeps browsing: moving to
another row, or opening Send to list, raises nothing out of the Qt event loop (which the app would show as
an error box on every arrow key). The details pane does not keep showing the previous contact beside
another selected row; the status bar and the connection label say the server cannot be reached; once it
is back, the next selection shows the contact again."""

from __future__ import annotations

from iomdesk.core.contact import ContactInput

from .conftest import make_window
from .test_team_connection import team_ctx  # noqa: F401  (a fixture)


def test_moving_to_another_row_while_the_server_is_gone(stoppable_server, team_ctx, qtbot, settings,  # noqa: F811
                                                         captured):
    for name in ("Ana Kovač", "Bea Borg", "Carl Dane"):
        team_ctx.contacts.add(ContactInput(name=name, office="IOM Malta"))
    team_ctx.lists.create("Editors")
    window = make_window(team_ctx, qtbot, settings, captured)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.table.selectRow(0)
    assert window.detail.record.name == "Ana Kovač"
    stoppable_server.kill()

    window.table.selectRow(1)  # an exception here fails the test (pytest-qt)
    assert window.detail.record is None  # not Ana's details beside Bea's row
    assert "cannot be reached" in window.statusBar().currentMessage()
    assert "cannot be reached" in window.access.where.text()
    assert window.outreach.send_to_list() is None
    assert [m[0] for m in captured.messages] == ["error"]
    assert "cannot be reached" in captured.messages[0][2]
    assert not [m for m in captured.messages if m[0] == "crash"]

    stoppable_server.resume()
    window.poll_changes()
    qtbot.waitUntil(lambda: window.access.where.text().endswith(": connected"), timeout=5000)
    window.table.selectRow(2)
    assert window.detail.record.name == "Carl Dane"


def test_rows_not_yet_read_while_the_server_is_gone_show_blank_without_an_error_storm(
        stoppable_server, team_ctx, qtbot, settings, captured, monkeypatch):  # noqa: F811
    """The table reads its rows in blocks while it paints: with the server gone, a paint must not raise
    out of data() for every cell (the app would show one error box each), nor try the network again for
    every cell; once the server is back, the rows show again."""
    from iomdesk.ui import contact_model

    for name in ("Ana Kovač", "Bea Borg", "Carl Dane"):
        team_ctx.contacts.add(ContactInput(name=name, office="IOM Malta"))
    window = make_window(team_ctx, qtbot, settings, captured)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    model = window.model
    tries = []
    real_rows = model.search.rows
    monkeypatch.setattr(model.search, "rows", lambda ids: tries.append(ids) or real_rows(ids))
    stoppable_server.kill()
    model.forget()  # as after a refresh: the rows must be read again
    for _ in range(5):
        for r in range(3):
            assert model.data(model.index(r, 0)) is None  # blank, and no exception (pytest-qt fails on one)
    window.table.viewport().repaint()
    assert len(tries) == 1  # one try, not one per cell
    assert captured.messages == []

    stoppable_server.resume()
    monkeypatch.setattr(contact_model, "RETRY_AFTER_S", 0.0)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Ana Kovač", timeout=5000)


def test_history_restore_while_the_server_is_gone_says_so_in_plain_words(
        stoppable_server, team_ctx, qtbot, settings, captured):  # noqa: F811
    from iomdesk.services.contacts import record_to_input

    ana = team_ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Malta"))
    data = record_to_input(ana)
    data.role = "Spokesperson"
    team_ctx.contacts.update(ana.id, data, expected_version=ana.version)
    window = make_window(team_ctx, qtbot, settings, captured)
    history = window.contacts.show_history(ana.id)
    history.tree.setCurrentItem(history.tree.topLevelItem(1))
    stoppable_server.kill()
    history.ask_restore()
    assert "cannot be reached" in history.hint.text()
    assert "OperationalError" not in history.hint.text() and "sqlalche.me" not in history.hint.text()
    assert history._pending is None


def test_sending_an_article_while_the_server_is_gone_is_a_message(stoppable_server, team_ctx, qtbot, settings,  # noqa: F811
                                                                  captured):
    ana = team_ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Malta", emails=["akovac@iom.int"]))
    team_ctx.lists.create("Editors")
    team_ctx.lists.add("Editors", [ana.id])
    article = team_ctx.articles.add("Malta opens a new migrant resource centre")
    window = make_window(team_ctx, qtbot, settings, captured)
    dialog = window.outreach.send_to_list("Editors", article.id)
    assert dialog.article_id() == article.id and dialog.targets()
    stoppable_server.kill()
    dialog.accept()  # an exception out of this slot fails the test (pytest-qt)
    assert [m[:2] for m in captured.messages] == [("error", "Cannot send")]
    assert "cannot be reached" in captured.messages[0][2]
    assert captured.urls == []  # the mail client was not opened


def test_undo_while_the_server_is_gone_can_be_done_once_it_is_back(stoppable_server, team_ctx, qtbot, settings,  # noqa: F811
                                                                   captured):
    window = make_window(team_ctx, qtbot, settings, captured)
    assert window.contacts.save_from_dialog(None, ContactInput(name="Ana Kovač", office="IOM Malta"))
    stoppable_server.kill()
    window.undo.stack.undo()
    assert [m[1] for m in captured.messages] == ["Cannot undo"] and "cannot be reached" in captured.messages[0][2]
    qtbot.waitUntil(window.undo.stack.canUndo, timeout=2000)
    assert not window.undo.stack.canRedo()  # nothing to "redo": the contact was never taken away
    assert window.undo.stack.canUndo() and window.undo.stack.undoText() == "Add Ana Kovač"  # not thrown away

    stoppable_server.resume()
    window.undo.stack.undo()
    assert team_ctx.contacts.count() == 0 and len(captured.messages) == 1


def test_redo_while_the_server_is_gone_can_be_done_once_it_is_back(stoppable_server, team_ctx, qtbot, settings,  # noqa: F811
                                                                   captured):
    window = make_window(team_ctx, qtbot, settings, captured)
    assert window.contacts.save_from_dialog(None, ContactInput(name="Ana Kovač", office="IOM Malta"))
    window.undo.stack.undo()
    assert team_ctx.contacts.count() == 0
    stoppable_server.kill()
    window.undo.stack.redo()
    assert [m[1] for m in captured.messages] == ["Cannot undo"] and "cannot be reached" in captured.messages[0][2]
    qtbot.waitUntil(window.undo.stack.canRedo, timeout=2000)
    assert not window.undo.stack.canUndo()

    stoppable_server.resume()
    window.undo.stack.redo()
    assert team_ctx.contacts.count() == 1 and len(captured.messages) == 1
