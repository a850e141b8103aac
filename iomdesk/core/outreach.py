"""Text the one-click actions produce: mailto: links, BCC batches, contact cards, .eml drafts, and who a
send may reach (do-not-contact contacts never). Pure functions."""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol
from urllib.parse import quote

# Outlook cuts mailto: links at about 2,000 characters; stay under it.
MAILTO_LIMIT = 2000


def _quote(text: str) -> str:
    # RFC 6068: percent-encode everything but unreserved characters and "@". "?", "&", "=", "%",
    # "," and every control character are encoded, so no value can start a header or a parameter.
    # A lone surrogate (never a real character) becomes "?" rather than an encoding error.
    return quote(text.encode("utf-8", "replace"), safe="@")


# Control, format and line/paragraph separators become spaces; a lone surrogate (not a character) U+FFFD.
_ONE_LINE = {"Cc": " ", "Cf": " ", "Zl": " ", "Zp": " ", "Cs": "\ufffd"}


def one_line(text: str) -> str:
    """``text`` on one line: control and format characters (CR, LF, NUL, U+2028, bidi overrides...)
    become spaces and runs of white space fold to one. What goes into a header (a display name, an
    address, a subject) is passed through this, so nothing can add a header line."""
    if text.isascii() and text.isprintable():  # the usual case: nothing to replace, only spaces to fold
        return " ".join(text.split())
    cleaned = "".join(_ONE_LINE.get(unicodedata.category(ch), ch) for ch in text)
    return " ".join(cleaned.split())


def mailbox(name: str, address: str) -> str:
    """`"Name" <address>`, the display name quoted (RFC 5322) when it needs to be."""
    name = one_line(name)
    address = one_line(address).replace(" ", "")
    if not name:
        return address
    if any(ch in name for ch in '"\\(),.:;<>@[]'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def mailto_for(name: str, address: str, subject: str = "", body: str = "") -> str:
    """A mailto: URL that opens a new message to one person, display name included. The subject is
    one line; the body keeps its lines as CRLF (RFC 6068); both are percent-encoded whole."""
    url = "mailto:" + _quote(mailbox(name, address))
    return url + _fields(subject, body, first="?")


def _fields(subject: str, body: str, first: str) -> str:
    parts = []
    if one_line(subject):
        parts.append("subject=" + _quote(one_line(subject)))
    if body.strip():
        lines = [line.rstrip() for line in re.split(r"\r\n|\r|\n", body)]
        parts.append("body=" + _quote("\r\n".join(lines)))
    return (first + "&".join(parts)) if parts else ""


def address_lines(pairs: list[tuple[str, str]]) -> str:
    """`Name <email>` lines, ready to paste into an address field."""
    return "\n".join(mailbox(n, a) for n, a in pairs)


@dataclass(frozen=True)
class BccPlan:
    urls: list[str]  # one mailto: per batch
    batches: list[list[str]]  # the addresses of each batch

    @property
    def split(self) -> bool:
        return len(self.urls) > 1


def bcc_batches(addresses: list[str], limit: int = MAILTO_LIMIT, subject: str = "", body: str = "") -> BccPlan:
    """One message with every address in BCC, split into batches whose link fits in ``limit``; each
    link carries ``subject`` and ``body`` too when given."""
    seen: set[str] = set()
    unique = []
    for a in addresses:
        a = one_line(a).replace(" ", "")
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            unique.append(a)
    batches: list[list[str]] = []
    current: list[str] = []
    for address in unique:
        trial = current + [address]
        if current and len(_bcc_url(trial, subject, body)) > limit:
            batches.append(current)
            current = [address]
        else:
            current = trial
    if current:
        batches.append(current)
    return BccPlan(urls=[_bcc_url(b, subject, body) for b in batches], batches=batches)


def _bcc_url(addresses: list[str], subject: str = "", body: str = "") -> str:
    return "mailto:?bcc=" + ",".join(_quote(a) for a in addresses) + _fields(subject, body, first="&")


_EXTENSION = re.compile(r"(?i)\s*(?:;\s*ext=|ext\.?|extension|x|#|poste|anexo|ext)\s*[\d\s]+$")


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def tel_url(e164_or_raw: str, extension: str | None = None) -> str:
    """An RFC 3966 tel: URL: "+" and ASCII digits only (other scripts' digits converted, letters,
    superscripts and separators dropped), the extension as ";ext=" rather than glued to the number."""
    text = one_line(e164_or_raw)
    match = _EXTENSION.search(text)
    if match and not extension:
        extension = match.group(0)
    if match:
        text = text[: match.start()]
    number = _ascii_digits(text)
    plus = "+" if text.lstrip().startswith("+") else ""
    ext = _ascii_digits(extension or "")
    return "tel:" + plus + number + (f";ext={ext}" if ext else "")


def contact_card(name: str, role: str, office: str, country_name: str,
                 phones: list[tuple[str, str]], emails: list[str]) -> str:
    """Plain text card: name, role, office, phones (with kind), emails."""
    lines = [name]
    if role:
        lines.append(role)
    if office or country_name:
        lines.append(", ".join(p for p in (office, country_name) if p))
    for shown, kind in phones:
        lines.append(f"{kind.capitalize()}: {shown}")
    for e in emails:
        lines.append(f"Email: {e}")
    return "\n".join(lines)


# --- Who a send may reach: do-not-contact and address-less contacts are left out of every send path ----


class Sendable(Protocol):
    """What a send needs to know of a contact (a ContactRecord has it; so does services.outreach.Target)."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def emails(self) -> tuple[str, ...]: ...
    @property
    def do_not_contact(self) -> bool: ...
    @property
    def dnc_reason(self) -> str: ...


@dataclass(frozen=True)
class LeftOut:
    id: int
    name: str
    reason: str  # the do-not-contact reason ("" when none was given), or why else it was left out


@dataclass(frozen=True)
class SendSplit:
    """Contacts a send may reach (each with the address to use) and those it leaves out, with why."""

    sendable: list[tuple[int, str, str]]  # (id, name, address)
    do_not_contact: list[LeftOut]
    no_email: list[LeftOut]

    @property
    def addresses(self) -> list[str]:
        return [a for _i, _n, a in self.sendable]

    @property
    def ids(self) -> list[int]:
        return [i for i, _n, _a in self.sendable]

    def note(self, names: int = 5) -> str:
        """One or two sentences for a status bar or a dialog: who was left out and why ("" when nobody)."""
        parts = []
        if self.do_not_contact:
            parts.append(f"{len(self.do_not_contact):,} marked do not contact left out: "
                         + _names(self.do_not_contact, names, with_reason=True))
        if self.no_email:
            parts.append(f"{len(self.no_email):,} without an email left out: " + _names(self.no_email, names))
        return "; ".join(parts)


def _names(people: list[LeftOut], limit: int, with_reason: bool = False) -> str:
    shown = [f"{p.name} ({p.reason})" if with_reason and p.reason else p.name for p in people[:limit]]
    more = len(people) - limit
    return ", ".join(shown) + (f" and {more:,} more" if more > 0 else "")


def _key(address: str) -> str:
    return one_line(address).replace(" ", "").casefold()


def split_recipients(records: Iterable[Sendable], address: Callable[[Sendable], str | None] | None = None,
                     blocked: Iterable[str] = ()) -> SendSplit:
    """Split contacts into those a message may go to and those left out: marked do not contact (with
    the reason), or without an email address. Every send path (a list send, Email selected, one
    contact's email, a draft) goes through this.

    ``address`` picks the address to use (default: the first email). An address that any do-not-contact
    contact has (any of its emails, compared ignoring case) is never used, even through another contact
    that shares it: that contact is left out as do not contact too; ``blocked`` adds addresses of
    do-not-contact contacts outside ``records``. The same address twice goes once."""
    records = list(records)
    refused = {_key(e) for r in records if r.do_not_contact for e in r.emails} | {_key(e) for e in blocked}
    refused.discard("")
    sendable: list[tuple[int, str, str]] = []
    dnc: list[LeftOut] = []
    missing: list[LeftOut] = []
    seen: set[str] = set()
    for r in records:
        if r.do_not_contact:
            dnc.append(LeftOut(r.id, r.name, one_line(r.dnc_reason)))
            continue
        chosen = address(r) if address is not None else (r.emails[0] if r.emails else None)
        key = _key(chosen or "")
        if not key:
            missing.append(LeftOut(r.id, r.name, "no email address"))
        elif key in refused:
            dnc.append(LeftOut(r.id, r.name, "shares an address with a contact marked do not contact"))
        elif key not in seen:
            seen.add(key)
            sendable.append((r.id, r.name, one_line(chosen or "").replace(" ", "")))
        else:  # a second contact with an address already in the message: it is reached, record it too
            sendable.append((r.id, r.name, one_line(chosen or "").replace(" ", "")))
    return SendSplit(sendable, dnc, missing)


# --- .eml drafts -------------------------------------------------------------------------------------


def draft_body(url: str | None, body: str = "") -> str:
    """The message text of a release send: the body given, then the article's URL on its own line."""
    parts = [p for p in (body.strip(), (url or "").strip()) if p]
    return "\n\n".join(parts) + ("\n" if parts else "")


def eml_draft(bcc: list[str], subject: str, body: str, own_address: str | None = None,
              date: dt.datetime | None = None) -> bytes:
    """An unsent message (RFC 5322, UTF-8, CRLF line ends) that Outlook and Thunderbird open as a draft
    to edit and send: ``X-Unsent: 1``, To the user's own address when known (else empty), every
    recipient in Bcc, ``subject`` on one line. No header can be added through a value: each passes
    through :func:`one_line` and the addresses keep no spaces."""
    own = one_line(own_address or "").replace(" ", "")
    addresses = list(dict.fromkeys(one_line(a).replace(" ", "") for a in bcc if one_line(a)))
    # An address with non-ASCII letters (RFC 6532) is written as UTF-8, not as encoded words.
    policy = email.policy.SMTP if all(a.isascii() for a in [own, *addresses]) else email.policy.SMTPUTF8
    msg = EmailMessage(policy=policy)
    msg["X-Unsent"] = "1"
    msg["To"] = own
    if addresses:
        msg["Bcc"] = ", ".join(addresses)
    msg["Subject"] = one_line(subject)
    msg["Date"] = email.utils.format_datetime(date or dt.datetime.now(dt.UTC))
    msg.set_content("\n".join(body.splitlines()) + "\n", charset="utf-8")
    return msg.as_bytes(policy=policy)
