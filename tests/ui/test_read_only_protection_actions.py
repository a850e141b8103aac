"""A read-only team directory (a role granted SELECT only): the privacy actions that write are off with the
reason too -- Do not contact, Allow contact again, Erase for good (Shift+Del), Record bounces or opt-outs
(Ctrl+Shift+O), the Retention review's "Set review date" and "Erase selected..." and its months setting,
and the History dialog's "Restore this version" -- rather than enabled and failing with an error."""

from __future__ import annotations

import datetime as dt

import pytest

from iomdesk.core.contact import ContactInput
from iomdesk.services.contacts import record_to_input
from iomdesk.services.context import AppContext
from tests.services.test_connections import read_only_role

from .conftest import make_window


@pytest.fixture
def reader(pg):
    url = pg.new_database()
    writer = AppContext.open(url)
    ana = writer.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"],
                                          review_date=dt.date(2020, 1, 31)))
    data = record_to_input(ana)
    data.role = "Spokesperson"
    writer.contacts.update(ana.id, data, expected_version=ana.version)  # a second version to restore from
    writer.close()
    ctx = AppContext.open(read_only_role(pg, url))
    yield ctx
    ctx.close()


def test_privacy_actions_are_off_in_a_read_only_directory(reader, qtbot, settings, captured):
    window = make_window(reader, qtbot, settings, captured)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    p = window.protection
    for action in (p.act_dnc, p.act_allow, p.act_erase, p.act_optout):
        assert not action.isEnabled(), action.text()
        assert "read-only access" in action.toolTip()
    assert p.act_export_data.isEnabled()  # reading is fine

    retention = p.open_retention()
    qtbot.waitUntil(lambda: retention.model.rowCount() >= 1, timeout=2000)
    retention.table.selectRow(0)
    assert retention.show_button.isEnabled()
    assert not retention.set_button.isEnabled() and not retention.erase_button.isEnabled()
    assert not retention.months.isEnabled()
    retention.close()

    history = window.contacts.show_history()
    history.tree.setCurrentItem(history.tree.topLevelItem(1))  # the older version
    assert not history.restore_button.isEnabled()
    assert "read-only access" in history.restore_button.toolTip()
    history.ask_restore()  # Ctrl+R
    assert history._pending is None
    history.close()
    assert captured.messages == []
    assert reader.contacts.get(window.model.id_at(0)).role == "Spokesperson"
