"""Text the one-click actions produce: mailto: links, BCC batches, contact cards. Pure functions."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

# Outlook cuts mailto: links at about 2,000 characters; stay under it.
MAILTO_LIMIT = 2000


def _quote(text: str) -> str:
    # RFC 6068: percent-encode everything but unreserved characters and "@".
    return quote(text, safe="@")


def mailbox(name: str, address: str) -> str:
    """`"Name" <address>`, the display name quoted (RFC 5322) when it needs to be."""
    name = " ".join(name.split())
    if not name:
        return address
    if any(ch in name for ch in '"\\(),.:;<>@[]'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def mailto_for(name: str, address: str) -> str:
    """A mailto: URL that opens a new message to one person, display name included."""
    return "mailto:" + _quote(mailbox(name, address))


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


def tel_url(e164_or_raw: str) -> str:
    digits = "".join(ch for ch in e164_or_raw if ch.isdigit() or ch == "+")
    return "tel:" + digits


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
