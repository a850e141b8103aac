"""The team database's server goes away while the window is open and the user keeps browsing: moving to
another row, or opening Send to list, raises nothing out of the Qt event loop (which the app would show as
an error box on every arrow key). The details pane does not keep showing the previous contact beside
another selected row; the status bar and the connection label say the server cannot be reached; once it
is back, the next selection shows the contact again."""

from __future__ import annotations

from iomdesk.core.contact import ContactInput

from .conftest import make_window
from .test_team_connection import own_server, team_ctx  # noqa: F401  (fixtures)


def test_moving_to_another_row_while_the_server_is_gone(own_server, team_ctx, qtbot, settings,  # noqa: F811
                                                         captured):
    for name in ("Ana Kovač", "Bea Borg", "Carl Dane"):
        team_ctx.contacts.add(ContactInput(name=name, office="IOM Malta"))
    team_ctx.lists.create("Editors")
    window = make_window(team_ctx, qtbot, settings, captured)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.table.selectRow(0)
    assert window.detail.record.name == "Ana Kovač"
    own_server.kill()

    window.table.selectRow(1)  # an exception here fails the test (pytest-qt)
    assert window.detail.record is None  # not Ana's details beside Bea's row
    assert "cannot be reached" in window.statusBar().currentMessage()
    assert "cannot be reached" in window.access.where.text()
    assert window.outreach.send_to_list() is None
    assert [m[0] for m in captured.messages] == ["error"]
    assert "cannot be reached" in captured.messages[0][2]
    assert not [m for m in captured.messages if m[0] == "crash"]

    own_server.resume()
    window.poll_changes()
    qtbot.waitUntil(lambda: window.access.where.text().endswith(": connected"), timeout=5000)
    window.table.selectRow(2)
    assert window.detail.record.name == "Carl Dane"
