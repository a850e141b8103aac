"""A database error carries its statement but never the personal data bound into it: what reaches a
log file or a crash report through it holds no name, email or phone."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from iomdesk.core.contact import ContactInput


def test_a_failing_statement_does_not_show_the_values_it_was_given(ctx):
    c = ctx.contacts.add(ContactInput(name="Knowledge Mareyanadzo", emails=["kmareyanadzo@iom.int"]))
    with pytest.raises(IntegrityError) as info:
        with ctx.db.session_factory.begin() as s:
            s.execute(text("INSERT INTO emails (contact_id, position, address, address_key) "
                           "VALUES (:cid, 0, :a, :k)"),
                      {"cid": c.id + 999, "a": "secret.journalist@example.org", "k": "secret.journalist@example.org"})
    shown = str(info.value)
    assert "INSERT INTO emails" in shown
    assert "secret.journalist" not in shown
