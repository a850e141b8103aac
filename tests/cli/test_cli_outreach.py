"""`iomdesk send` and `iomdesk history` end to end: an .eml draft or mailto: links, the ledger, do-not-contact
and address-less contacts left out, already-sent recipients left out, exit codes."""

from __future__ import annotations

import email
import email.policy
import json
from urllib.parse import parse_qsl, urlsplit

import pytest
from sqlalchemy import update

from iomdesk.app import main
from iomdesk.services.context import AppContext
from iomdesk.store.models import Contact

from .cli_run import run


@pytest.fixture
def setup(capsys, db_path) -> dict[str, str]:
    ids = {}
    for key, argv in {
        "amina": ["--name", "Amina Diop", "--email", "adiop@herald.co.zw"],
        "tendai": ["--name", "Tendai Moyo"],
        "fatou": ["--name", "Fatou Sow", "--email", "fatou@rfi.example"],
        "jose": ["--name", "José Núñez", "--email", "jose@eluniverso.example"],
    }.items():
        code, out, _ = run(capsys, db_path, "add", *argv)
        assert code == 0
        ids[key] = out.strip()
    assert run(capsys, db_path, "list", "create", "Media")[0] == 0
    assert run(capsys, db_path, "list", "add", "Media", *ids.values())[0] == 0
    ctx = AppContext.open(str(db_path))
    try:
        ids["article"] = str(ctx.articles.add("Floods in Beira", url="https://www.iom.int/news/beira").id)
        with ctx.db.session_factory.begin() as s:
            s.execute(update(Contact).where(Contact.id == int(ids["fatou"]))
                      .values(do_not_contact=True, dnc_reason="opted out"))
    finally:
        ctx.close()
    return ids


def test_send_writes_an_eml_draft_records_it_and_leaves_out_who_must_be(capsys, db_path, setup, tmp_path):
    draft = tmp_path / "beira.eml"
    code, out, err = run(capsys, db_path, "send", "media", "--article", setup["article"], "--eml", str(draft))
    assert code == 0 and out == ""
    assert "1 marked do not contact left out: Fatou Sow (opted out)" in err
    assert "1 without an email left out: Tendai Moyo" in err
    assert "draft with 2 recipients of 'Media' in Bcc written to" in err
    msg = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and msg["Subject"] == "Floods in Beira"
    assert msg["Bcc"] == "adiop@herald.co.zw, jose@eluniverso.example"
    assert "https://www.iom.int/news/beira" in msg.get_content()
    assert b"fatou@rfi.example" not in draft.read_bytes()
    code, out, _ = run(capsys, db_path, "history", setup["amina"], "--json")
    (entry,) = json.loads(out)
    assert (entry["subject"], entry["channel"], entry["list"], entry["article_id"]) == (
        "Floods in Beira", "eml", "Media", int(setup["article"]))
    code, out, _ = run(capsys, db_path, "history", setup["amina"])
    assert code == 0 and "Floods in Beira" in out and "eml" in out and "Media" in out
    # Sent again: those who got it are left out, unless asked.
    code, _, err = run(capsys, db_path, "send", "Media", "--article", setup["article"])
    assert code == 1 and "2 recipients who already got this article left out" in err
    assert "nobody to send to" in err
    code, out, err = run(capsys, db_path, "send", "Media", "--article", setup["article"], "--include-already-sent")
    assert code == 0
    (link,) = out.split()
    fields = dict(parse_qsl(urlsplit(link).query))
    assert fields["bcc"] == "adiop@herald.co.zw,jose@eluniverso.example" and fields["subject"] == "Floods in Beira"
    assert len(json.loads(run(capsys, db_path, "history", setup["jose"], "--json")[1])) == 2


def test_send_with_a_subject_prints_mailto_links_and_dry_run_records_nothing(capsys, db_path, setup):
    code, out, err = run(capsys, db_path, "send", "Media", "--subject", "Briefing Friday", "--dry-run")
    assert code == 0 and out == "" and "would send to 2 recipients" in err
    assert run(capsys, db_path, "history", setup["amina"], "--json")[1].strip() == "[]"
    code, out, err = run(capsys, db_path, "send", "Media", "--subject", "Briefing Friday")
    assert code == 0 and out.startswith("mailto:?bcc=adiop@herald.co.zw,jose@eluniverso.example&subject=Briefing")
    assert "recorded in the history" in err
    code, out, _ = run(capsys, db_path, "history", setup["jose"], "--json")
    assert [(e["subject"], e["channel"], e["article_id"]) for e in json.loads(out)] == [
        ("Briefing Friday", "mailto", None)]
    assert "not been contacted" in run(capsys, db_path, "history", setup["tendai"])[2]


@pytest.mark.parametrize("argv, code, message", [
    (["send", "Nope", "--subject", "x"], 1, "list 'Nope' does not exist"),
    (["send", "Media", "--article", "999"], 1, "article 999 does not exist"),
    (["send", "Media", "--subject", "  "], 2, "--subject cannot be empty"),
    (["send", "Media", "--subject", "x", "--eml", "/nonexistent-folder/x.eml"], 2, "nothing was recorded"),
    (["history", "999"], 1, "contact 999 does not exist"),
])
def test_errors_exit_as_the_other_commands(capsys, db_path, setup, argv, code, message):
    got, _out, err = run(capsys, db_path, *argv)
    assert got == code and message in err
    assert run(capsys, db_path, "history", setup["amina"], "--json")[1].strip() == "[]"


def test_send_needs_an_article_or_a_subject(capsys, db_path, setup):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "send", "Media"])
    assert exc.value.code == 2
