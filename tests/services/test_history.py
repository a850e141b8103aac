"""Contact history and optimistic locking between two colleagues (two sessions on one database, on
SQLite and PostgreSQL): every write path records who, when and each field before and after; a
version can be restored; the second of two concurrent saves is refused and a merge keeps both."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from iomdesk.core.contact import ContactInput
from iomdesk.core.errors import ConflictError, UserError
from iomdesk.core.merge import three_way_merge
from iomdesk.interchange.press import read_release
from iomdesk.services.contacts import record_to_input
from iomdesk.services.history import diff, values_as_of
from iomdesk.services.identity import os_user
from iomdesk.services.importing import ImportService
from iomdesk.services.press_import import PressImportService
from iomdesk.services.records import ChangeRecord

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "press" / "samples"


def _ann(ctx, **extra):
    return ctx.contacts.add(ContactInput(name="Ann Lee", office="IOM Kenya", phones=["+254 20 1234567"],
                                         emails=["ann@example.org"], **extra))


def _edit(record, **changes):
    return dataclasses.replace(record_to_input(record), **changes)


def _actions(ctx, cid):
    return [(h.version, h.action) for h in ctx.history.changes(cid)]


def test_add_and_edit_record_who_when_and_each_field_before_and_after(ctx):
    ann = _ann(ctx)
    after = ctx.contacts.update(ann.id, _edit(ann, role="Editor", emails=["ann@example.org", "a2@example.org"]),
                                expected_version=ann.version)
    edited, created = ctx.history.changes(ann.id)
    assert (edited.version, edited.action) == (after.version, "edited")
    assert edited.changes == {"role": ["", "Editor"],
                              "emails": [["ann@example.org"], ["ann@example.org", "a2@example.org"]]}
    assert edited.os_user == os_user() and edited.at >= created.at
    expected_db_user = "" if ctx.db.engine.dialect.name == "sqlite" else ctx.db.engine.url.username
    assert edited.db_user == expected_db_user
    assert created.action == "created" and created.changes["name"] == ["", "Ann Lee"]
    assert created.changes["phones"][1][0]["e164"] == "+254201234567"
    # an edit that changes nothing is not a change
    ctx.contacts.update(ann.id, _edit(after), expected_version=after.version)
    assert len(ctx.history.changes(ann.id)) == 2


def test_second_save_of_two_colleagues_is_refused_nothing_overwritten(ctx, colleague):
    ann = _ann(ctx)
    mine_opened = ctx.contacts.get(ann.id)
    theirs_opened = colleague.contacts.get(ann.id)
    saved = colleague.contacts.update(ann.id, _edit(theirs_opened, role="Spokesperson"),
                                      expected_version=theirs_opened.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        ctx.contacts.update(ann.id, _edit(mine_opened, notes="Call before noon"),
                            expected_version=mine_opened.version)
    now = ctx.contacts.get(ann.id)
    assert now.role == "Spokesperson" and now.notes == "" and now.version == saved.version
    # the latest change tells the user who changed it
    latest = ctx.history.latest(ann.id)
    assert latest is not None and latest.changes == {"role": ["", "Spokesperson"]}


def test_apply_mine_on_top_keeps_both_peoples_fields(ctx, colleague):
    ann = _ann(ctx)
    opened = ctx.contacts.get(ann.id)
    theirs = colleague.contacts.update(ann.id, _edit(ann, role="Spokesperson", tags=["radio"]),
                                       expected_version=ann.version)
    mine = _edit(opened, notes="Call before noon", tags=["tv"])
    with pytest.raises(ConflictError):
        ctx.contacts.update(ann.id, mine, expected_version=opened.version)
    current = ctx.contacts.get(ann.id)
    merge = three_way_merge(record_to_input(opened), record_to_input(current), mine)
    assert merge.both == ["tags"] and merge.theirs == ["role"] and sorted(merge.mine) == ["notes", "tags"]
    saved = ctx.contacts.update(ann.id, merge.merged, expected_version=current.version)
    assert saved.role == "Spokesperson" and saved.notes == "Call before noon" and saved.tags == ("tv",)
    assert saved.version == theirs.version + 1
    seen = colleague.contacts.get(ann.id)
    assert seen.role == "Spokesperson" and seen.notes == "Call before noon"


def test_discard_mine_reloads_the_colleagues_version(ctx, colleague):
    ann = _ann(ctx)
    colleague.contacts.update(ann.id, _edit(ann, role="Spokesperson"), expected_version=ann.version)
    with pytest.raises(ConflictError):
        ctx.contacts.update(ann.id, _edit(ann, role="Producer"), expected_version=ann.version)
    reloaded = ctx.contacts.get(ann.id)
    assert reloaded.role == "Spokesperson"
    # editing the reloaded version saves
    assert ctx.contacts.update(ann.id, _edit(reloaded, notes="x"), expected_version=reloaded.version).notes == "x"


def test_tag_untag_link_and_undo_of_an_edit_are_recorded(ctx):
    ann = _ann(ctx)
    bo = ctx.contacts.add(ContactInput(name="Bo Chan"))
    ctx.contacts.tag([ann.id, bo.id], "Media")
    ctx.contacts.untag([bo.id], "media")
    tagged = ctx.history.changes(ann.id)[0]
    assert (tagged.action, tagged.note, tagged.changes) == ("tagged", "Media", {"tags": [[], ["Media"]]})
    assert tagged.version == ctx.contacts.get(ann.id).version
    assert ctx.history.changes(bo.id)[0].changes == {"tags": [["Media"], []]}
    before_edit = ctx.contacts.get(ann.id)
    edited = ctx.contacts.update(ann.id, _edit(before_edit, role="Editor"))
    undone = ctx.contacts.replace(before_edit, expected_version=edited.version, action="undone")
    last = ctx.history.changes(ann.id)[0]
    assert (last.action, last.version) == ("undone", undone.version)
    assert last.changes["role"] == ["Editor", ""]
    # an undo never overwrites a colleague's later edit
    with pytest.raises(ConflictError):
        ctx.contacts.replace(edited, expected_version=edited.version, action="redone")


def test_restore_version_is_itself_a_recorded_change(ctx):
    ann = _ann(ctx)
    v2 = ctx.contacts.update(ann.id, _edit(ann, role="Editor", phones=["+254 722 123456"]))
    v3 = ctx.contacts.update(ann.id, _edit(v2, name="Ann Lee-Smith", notes="moved"))
    assert ctx.history.as_of(ann.id, 1).role == ""
    before, after = ctx.history.restore_version(ann.id, 1, expected_version=v3.version)
    assert before.version == v3.version and after.version == v3.version + 1
    assert (after.name, after.role, after.notes) == ("Ann Lee", "", "")
    assert [p.e164 for p in after.phones] == ["+254201234567"]
    last = ctx.history.changes(ann.id)[0]
    assert (last.action, last.note) == ("restored", "from version 1")
    assert last.changes["name"] == ["Ann Lee-Smith", "Ann Lee"]
    # and it can be restored in turn: version 3 again
    _b, again = ctx.history.restore_version(ann.id, v3.version)
    assert (again.name, again.role, again.notes) == ("Ann Lee-Smith", "Editor", "moved")
    # stale: refused, nothing changed
    with pytest.raises(ConflictError):
        ctx.history.restore_version(ann.id, 1, expected_version=v3.version)
    assert ctx.contacts.get(ann.id).name == "Ann Lee-Smith"
    with pytest.raises(UserError, match="no recorded version 99"):
        ctx.history.restore_version(ann.id, 99)


def test_restore_never_undoes_do_not_contact(ctx):
    """A person's request to be left alone is not undone by going back to a version before it."""
    from iomdesk.services.contacts import CONTACT_LOAD, to_record
    from iomdesk.services.history import record_diff
    from iomdesk.store.models import Contact

    ann = _ann(ctx)
    with ctx.db.session_factory.begin() as s:  # as the do-not-contact action does it
        contact = s.get(Contact, ann.id, options=CONTACT_LOAD)
        before = to_record(contact)
        contact.do_not_contact, contact.dnc_reason = True, "asked by phone"
        s.flush()
        record_diff(s, before, to_record(contact), "do not contact")
    assert ctx.history.changes(ann.id)[0].changes["do_not_contact"] == [False, True]
    ctx.contacts.update(ann.id, _edit(ctx.contacts.get(ann.id), role="Editor"))
    _b, after = ctx.history.restore_version(ann.id, 1)
    assert after.role == "" and after.do_not_contact and after.dnc_reason == "asked by phone"


def test_delete_and_undo_bring_the_history_back_and_versions_go_on(ctx):
    ann = _ann(ctx)
    v2 = ctx.contacts.update(ann.id, _edit(ann, role="Editor"))
    (deleted,) = ctx.contacts.delete_many([ann.id])
    assert [h.action for h in deleted.history] == ["created", "edited"]
    (back,) = ctx.contacts.restore([deleted])
    assert back.version == v2.version + 1
    assert _actions(ctx, back.id) == [(back.version, "undeleted"), (2, "edited"), (1, "created")]
    # an erase (delete without undo) takes the history with it: the rows cascade
    ctx.contacts.delete(back.id)
    with ctx.db.session_factory.begin() as s:
        from sqlalchemy import func, select

        from iomdesk.store.models import ContactChange

        assert s.scalar(select(func.count()).select_from(ContactChange)) == 0


def test_csv_import_add_and_update_are_recorded(ctx, tmp_path):
    first = tmp_path / "media.csv"
    first.write_text("Name,Email,Office\nAnn Lee,ann@example.org,IOM Kenya\nBo Chan,bo@example.org,\n",
                     encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(first)
    ann_id = result.added_ids[0]
    (created,) = ctx.history.changes(ann_id)
    assert (created.action, created.version) == ("imported", 1)
    assert created.changes["emails"] == [[], ["ann@example.org"]] and created.changes["office"] == ["", "IOM Kenya"]
    second = tmp_path / "more.csv"
    second.write_text("Name,Email,Role\nAnn Lee,ann@example.org,Editor\n", encoding="utf-8")
    ImportService(ctx.db.session_factory).import_file(second, on_duplicate="update")
    updated = ctx.history.changes(ann_id)[0]
    assert updated.action == "imported" and updated.changes["role"] == ["", "Editor"]
    assert updated.version == ctx.contacts.get(ann_id).version
    # restoring version 1 takes the role the import added back out
    _b, after = ctx.history.restore_version(ann_id, 1)
    assert after.role == ""


def test_bulk_import_records_one_row_per_contact(ctx, tmp_path):
    """From BULK_INDEX_AT rows on, the import takes its bulk path: each added contact still gets its row."""
    from iomdesk.services.importing.write import BULK_INDEX_AT

    n = BULK_INDEX_AT + 5
    path = tmp_path / "big.csv"
    path.write_text("Name,Email\n" + "".join(f"Person {i},p{i}@example.org\n" for i in range(n)), encoding="utf-8")
    result = ImportService(ctx.db.session_factory).import_file(path, workers=1)
    assert result.added == n
    last = ctx.history.changes(result.added_ids[-1])
    assert len(last) == 1 and last[0].changes["name"] == ["", f"Person {n - 1}"]


def test_press_import_records_new_and_linked_contacts(ctx):
    release = read_release(SAMPLES / "02_two_contacts_inline.txt")
    result = PressImportService(ctx.db.session_factory).save(release, release.contacts)
    cid = result.contact_ids[0]
    (created,) = ctx.history.changes(cid)
    assert created.action == "imported" and created.changes["articles"] == [[], [release.title]]
    other = dataclasses.replace(release, url="https://example.org/another", title="Another release")
    PressImportService(ctx.db.session_factory).save(other, other.contacts)
    linked = ctx.history.changes(cid)[0]
    assert linked.changes["articles"][1] == sorted([release.title, "Another release"])


def test_cli_changes_and_restore_version(ctx, capsys):
    from iomdesk.app import main

    ann = _ann(ctx)
    v2 = ctx.contacts.update(ann.id, _edit(ann, role="Editor"))
    url = ctx.db.url
    assert main(["--db", url, "changes", str(ann.id)]) == 0
    printed = capsys.readouterr().out
    assert "Edited" in printed and "role" in printed and "Editor" in printed
    assert main(["--db", url, "restore-version", str(ann.id), "1", "--expect-version", "1"]) == 1
    assert "changed by someone else" in capsys.readouterr().err
    assert main(["--db", url, "restore-version", str(ann.id), "1", "--expect-version", str(v2.version)]) == 0
    assert ctx.contacts.get(ann.id).role == ""
    assert main(["--db", url, "changes", str(ann.id), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert (rows[0]["action"], rows[0]["note"], rows[0]["version"]) == ("restored", "from version 1", v2.version + 1)
    assert rows[0]["changes"]["role"] == ["Editor", ""]
    assert main(["--db", url, "changes", "999999"]) == 1


def test_nothing_personal_in_logs(ctx, colleague, caplog):
    caplog.set_level(logging.DEBUG)
    ann = _ann(ctx)
    colleague.contacts.update(ann.id, _edit(ann, role="Spokesperson"), expected_version=ann.version)
    with pytest.raises(ConflictError):
        ctx.contacts.update(ann.id, _edit(ann, notes="secret note"), expected_version=ann.version)
    ctx.history.restore_version(ann.id, 1)
    logged = caplog.text
    for personal in ("ann@example.org", "254", "secret note", "Ann Lee"):
        assert personal not in logged


def test_the_bulk_imports_fast_path_records_what_the_diff_would():
    from iomdesk.core.contact import validate_contact
    from iomdesk.services.history import draft_changes, draft_values

    full = validate_contact(ContactInput(name="Ana Kovač", role="Editor", office="IOM Croatia", country="HR",
                                         phones=["+385 1 4816 774", "091 123 4567"], emails=["a@iom.int"],
                                         tags=["tv", "Media"], languages=["fr"], beats=["health"], notes="n",
                                         source="s", lawful_basis="consent", review_date="2027-01-31"), "HR")
    bare = validate_contact(ContactInput(name="Bo"), None)
    for d, office in ((full, "IOM Croatia"), (bare, "")):
        assert draft_changes(d, office) == diff(None, draft_values(d, office))


def test_pure_diff_and_rebuild():
    before = {"name": "A", "role": "", "tags": ["x"]}
    after = {"name": "B", "role": "", "tags": ["x", "y"]}
    assert diff(before, after) == {"name": ["A", "B"], "tags": [["x"], ["x", "y"]]}
    now = dt.datetime.now(dt.UTC)
    changes = [ChangeRecord(2, 1, 3, now, "u", "", "edited", "", {"name": ["B", "C"]}),
               ChangeRecord(1, 1, 2, now, "u", "", "edited", "", {"name": ["A", "B"], "tags": [["x"], ["x", "y"]]})]
    current = {"name": "C", "tags": ["x", "y"]}
    assert values_as_of(current, changes, 3) == current
    assert values_as_of(current, changes, 2) == {"name": "B", "tags": ["x", "y"]}
    assert values_as_of(current, changes, 1) == {"name": "A", "tags": ["x"]}


def test_revision_0010_downgrades_and_upgrades_keeping_contacts(ctx):
    from alembic import command
    from sqlalchemy import inspect

    from iomdesk.store import db as dbmod

    ann = _ann(ctx)
    command.downgrade(dbmod.alembic_config(ctx.db.engine), "0009")
    assert "contact_history" not in set(inspect(ctx.db.engine).get_table_names())
    with ctx.db.engine.connect() as conn:  # raw SQL: the models describe the newest schema (0011's sort_key)
        assert conn.exec_driver_sql(f"SELECT name FROM contacts WHERE id = {ann.id}").scalar() == "Ann Lee"
    command.upgrade(dbmod.alembic_config(ctx.db.engine), "head")
    assert ctx.history.changes(ann.id) == []  # history starts from here: the contact is still editable
    ctx.contacts.update(ann.id, _edit(ann, role="Editor"))
    assert [h.action for h in ctx.history.changes(ann.id)] == ["edited"]
    _b, after = ctx.history.restore_version(ann.id, ann.version)  # the version before its first recorded change
    assert after.role == ""
    with pytest.raises(UserError):  # nothing is known of older versions
        ctx.history.restore_version(ann.id, ann.version - 1 if ann.version > 1 else 0)
