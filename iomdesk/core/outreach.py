"""Text the one-click actions produce: mailto: links, BCC batches, contact cards. Pure functions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
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


def bcc_batches(addresses: list[str], limit: int = MAILTO_LIMIT) -> BccPlan:
    """One message with every address in BCC, split into batches whose link fits in ``limit``."""
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
        if current and len(_bcc_url(trial)) > limit:
            batches.append(current)
            current = [address]
        else:
            current = trial
    if current:
        batches.append(current)
    return BccPlan(urls=[_bcc_url(b) for b in batches], batches=batches)


def _bcc_url(addresses: list[str]) -> str:
    return "mailto:?bcc=" + ",".join(_quote(a) for a in addresses)


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
