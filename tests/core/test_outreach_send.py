"""Who a send reaches (split_recipients), .eml drafts, and the rule over random selections: no
do-not-contact contact's address ever appears in a mailto: URL or an .eml file."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from iomdesk.core.outreach import (
    MAILTO_LIMIT,
    bcc_batches,
    draft_body,
    eml_draft,
    mailto_for,
    split_recipients,
)


@dataclass(frozen=True)
class Rec:
    id: int
    name: str
    emails: tuple[str, ...]
    do_not_contact: bool = False
    dnc_reason: str = ""


def test_split_leaves_out_do_not_contact_with_reason_and_address_less():
    records = [
        Rec(1, "Amina Diop", ("amina@example.com",)),
        Rec(2, "Fatou Sow", ("fatou@example.com", "f.sow@radio.sn"), True, "asked by email on 3 March"),
        Rec(3, "Nomail Person", ()),
        Rec(4, "Radio Desk", ("F.SOW@radio.sn",)),  # shares an address with a do-not-contact contact
        Rec(5, "Amina again", ("Amina@Example.com",)),  # same address as 1: in the message once
    ]
    split = split_recipients(records)
    assert split.sendable == [(1, "Amina Diop", "amina@example.com"), (5, "Amina again", "Amina@Example.com")]
    assert [(p.id, p.reason) for p in split.do_not_contact] == [
        (2, "asked by email on 3 March"), (4, "shares an address with a contact marked do not contact")]
    assert [p.id for p in split.no_email] == [3]
    assert split.note() == ("2 marked do not contact left out: Fatou Sow (asked by email on 3 March), Radio Desk "
                            "(shares an address with a contact marked do not contact); "
                            "1 without an email left out: Nomail Person")
    assert bcc_batches(split.addresses).batches == [["amina@example.com"]]
    assert split_recipients(records[:1], blocked=["AMINA@example.com"]).sendable == []


def test_eml_draft_opens_as_an_unsent_utf8_message_with_crlf():
    raw = eml_draft(["amina@example.com", "tendai@example.com"], "Floods in Beira: IOM scales up — update",
                    draft_body("https://www.iom.int/news/beira", "Dear colleagues,\nplease find our release."),
                    own_address="press@iom.int", date=dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC))
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"] == "press@iom.int"
    assert msg["Bcc"] == "amina@example.com, tendai@example.com"
    assert msg["Subject"] == "Floods in Beira: IOM scales up — update"
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == ("Dear colleagues,\nplease find our release.\n\nhttps://www.iom.int/news/beira\n")
    bare = email.message_from_bytes(eml_draft(["a@example.org"], "S", "x"), policy=email.policy.default)
    assert bare["To"] == ""  # the user's own address unknown: To stays empty, the client asks


def test_eml_headers_cannot_be_smuggled_and_international_addresses_stay_readable():
    raw = eml_draft(["a@example.org\r\nCc: spy@evil.example"], "Hi\r\nBcc: spy@evil.example", "x")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Cc"] is None and list(msg.keys()).count("Bcc") == 1
    assert msg["Subject"] == "Hi Bcc: spy@evil.example"
    raw = eml_draft(["josé@correo.example.ec"], "Comunicado", "x")
    assert "josé@correo.example.ec".encode() in raw  # RFC 6532 UTF-8, not an encoded word


def test_bcc_links_carry_subject_and_body_and_still_fit():
    addresses = [f"person.number{i:04d}@example-media-outlet.org" for i in range(200)]
    plan = bcc_batches(addresses, subject="Floods in Beira", body="https://www.iom.int/news/beira")
    assert plan.split and all(len(u) <= MAILTO_LIMIT for u in plan.urls)
    assert [a for b in plan.batches for a in b] == addresses
    fields = dict(parse_qsl(urlsplit(plan.urls[0]).query))
    assert fields["subject"] == "Floods in Beira" and fields["body"] == "https://www.iom.int/news/beira"


# --- The rule, over random directories and selections ---------------------------------------------

POOL = ["ana@a.example", "bo@b.example", "cy@c.example", "di@d.example", "ed@e.example", "fa@f.example",
        "gu@g.example", "hu@h.example"]
ADDRESS = st.builds(lambda a, upper: a.upper() if upper else a, st.sampled_from(POOL), st.booleans())
RECORD = st.builds(
    lambda name, emails, dnc, reason: (name, tuple(emails), dnc, reason),
    st.text(max_size=12), st.lists(ADDRESS, max_size=3), st.booleans(), st.text(max_size=20),
)


def _mailto_addresses(url: str) -> str:
    """Everything a mailto: URL says, decoded (path and every field), casefolded."""
    parts = urlsplit(url)
    return " ".join([unquote(parts.path)] + [v for _k, v in parse_qsl(parts.query)]).casefold()


@settings(max_examples=300, deadline=None)
@given(directory=st.lists(RECORD, min_size=1, max_size=12), picks=st.lists(st.integers(0, 11), max_size=12),
       subject=st.text(max_size=30))
def test_no_do_not_contact_address_reaches_a_mailto_url_or_an_eml_file(directory, picks, subject):
    records = [Rec(i, n, e, d, r) for i, (n, e, d, r) in enumerate(directory)]
    forbidden = {a.casefold() for r in records if r.do_not_contact for a in r.emails}
    selection = [records[i] for i in dict.fromkeys(picks) if i < len(records)]
    # What the service adds: addresses of do-not-contact contacts outside the selection.
    blocked = [a for r in records if r.do_not_contact for a in r.emails]
    body = draft_body("https://www.iom.int/news/x")
    produced: list[str] = []
    # BCC email of a selection, and a list send through the mail client (batched links).
    split = split_recipients(selection, blocked=blocked)
    produced += [_mailto_addresses(u) for u in bcc_batches(split.addresses).urls]
    produced += [_mailto_addresses(u) for u in bcc_batches(split.addresses, 300, subject, body).urls]
    # A list send as an .eml draft: the whole file, decoded.
    raw = eml_draft(split.addresses, subject, body)
    produced.append(raw.decode("utf-8").casefold())
    produced.append(str(email.message_from_bytes(raw, policy=email.policy.default)["Bcc"] or "").casefold())
    # One contact's email (double-click, Enter), by its first address or any address chosen in the pane.
    for r in selection:
        for chosen in (None, *r.emails):
            one = split_recipients([r], (lambda _r, a=chosen: a) if chosen else None, blocked=blocked)
            produced += [_mailto_addresses(mailto_for(n, a, subject)) for _i, n, a in one.sendable]
    for text in produced:
        for address in forbidden:
            assert address not in text
    # Nobody else is lost: every selected contact is sent to or left out with a reason.
    assert {i for i, _n, _a in split.sendable} | {p.id for p in split.do_not_contact + split.no_email} == {
        r.id for r in selection}
