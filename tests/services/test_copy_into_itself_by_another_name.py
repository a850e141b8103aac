"""`iomdesk copy --to URL` where URL names the very database being copied by another name (localhost for
127.0.0.1): refused like the same URL, before anything is written -- with --on-duplicate create it would
otherwise put a second copy of every contact into the team directory."""

from __future__ import annotations

import pytest

from iomdesk.core.contact import ContactInput
from iomdesk.services.context import AppContext
from iomdesk.services.copying import CopyError, CopyService


def test_copy_into_the_same_postgresql_database_by_another_host_name_is_refused(pg):
    url = pg.new_database(migrated=True)
    ctx = AppContext.open(url)
    try:
        ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"]))
        alias = url.replace("@127.0.0.1:", "@localhost:")
        assert alias != url
        with pytest.raises(CopyError, match="the target is the directory being copied"):
            CopyService(ctx.db.session_factory).copy_to(alias, on_duplicate="create")
        assert ctx.contacts.count() == 1
    finally:
        ctx.close()


def test_copy_into_another_database_on_the_same_server_still_works(pg):
    ctx = AppContext.open(pg.new_database(migrated=True))
    try:
        ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"]))
        other = pg.new_database(migrated=True).replace("@127.0.0.1:", "@localhost:")
        result = CopyService(ctx.db.session_factory).copy_to(other, on_duplicate="create")
        assert result.added == 1
    finally:
        ctx.close()
