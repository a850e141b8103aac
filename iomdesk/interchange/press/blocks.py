"""Every contact block of a release read into contacts, in order, within a budget.

Enters: the text from the body on, the dateline's country and the site's (``read_blocks``). Leaves:
the contacts (the same person printed twice merged into one), the text of the blocks no contact was
read from, and the numbers and addresses printed in a block that belong to no one. Before reading, hard
wraps are undone, "jdoe [at] iom [dot] int" is an address again, anti-spam notices are dropped.
"""

from __future__ import annotations

import re

from ...core.emails import email_key
from ...core.phones import phone_key
from ...core.text import clean, fold
from .contacts import _finish, _group
from .countries import _block_region
from .model import ExtractedContact
from .phones import _PHONE, join_wrapped
from .pieces import _tokenize_block
from .segment import _OPENER, find_contact_blocks

__all__ = ["MAX_BLOCK_CHARS", "extract_contacts", "read_blocks", "unwrap"]

# Contact blocks are read up to this many characters in all (each piece of a block costs a few
# name/office/place look-ups; a few hundred characters is usual): a hostile file stays fast.
MAX_BLOCK_CHARS = 20_000

_ANTISPAM = re.compile(
    r"\b(?:this|cette|esta|la\s+direcci[oó]n|l['’]adresse)\b[^.\n]{0,80}?"
    r"(?:spam\s?bots|robots\s+spammeurs|robots\s+de\s+spam|contra\s+(?:el\s+)?spam)[^.\n]*\.?"
    r"(?:[ \t]*[^.\n]*java\s?script[^.\n]*\.?)?"
    r"|\[\s*e-?mail[\s\u00a0]*protected\s*\]",
    re.IGNORECASE,
)
_OBFUSCATED_AT = re.compile(r"\s*[\[(]\s*(?:at|arobase|arroba)\s*[\])]\s*", re.I)
_OBFUSCATED_DOT = re.compile(r"\s*[\[(]\s*(?:dot|point|punto)\s*[\])]\s*", re.I)


_WRAP_END = re.compile(r"(?:[.;!?…]|@[\w.-]+\.\w+|\d)\s*$")


def unwrap(text: str, width: int = 45) -> str:
    """Join lines a PDF or an e-mail hard-wrapped: a long line that stops mid-sentence continues on
    the next line. Short lines (stacked contact blocks) and lines ending a sentence, an address or a
    number are left alone."""
    lines = text.split("\n")
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and line.strip():
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        last = out[-1]
        joining = len(line.strip()) >= width and not _WRAP_END.search(last)
    return "\n".join(out)


def extract_contacts(
    text: str, default_region: str | None = None, site_region: str | None = None
) -> list[ExtractedContact]:
    """Every media contact in the contact blocks of ``text``."""
    return read_blocks(text, default_region, site_region)[0]


def read_blocks(
    text: str, default_region: str | None = None, site_region: str | None = None
) -> tuple[list[ExtractedContact], list[str], list[str]]:
    """The contacts of ``text``'s contact blocks, the text of the blocks no contact was read from, and
    the numbers and addresses printed in a block that belong to no one."""
    text = unwrap(text)
    text = _OBFUSCATED_AT.sub("@", text)
    text = _OBFUSCATED_DOT.sub(".", text)
    text = _ANTISPAM.sub(" ", text)
    found: list[ExtractedContact] = []
    unread: list[str] = []
    unassigned: list[str] = []
    openers = {m.end(): m.group() for m in _OPENER.finditer(text)}
    budget = MAX_BLOCK_CHARS  # over all blocks: a release's contact blocks hold a few hundred characters
    for start, end in find_contact_blocks(text):
        if budget <= 0:
            break
        end = min(end, start + budget)
        budget -= end - start
        block = text[start:end]
        if "\n" in block:  # numbers cut by a line break, joined (the block is read on its own from here)
            block = join_wrapped(block)
        fallbacks = (site_region, _block_region(block))
        before = len(found)
        items = _tokenize_block(block)
        buildings = _group(items, block)
        for b in buildings:
            contact = _finish(b, block, start, default_region, fallbacks)
            if contact is not None:
                found.append(contact)
        if len(found) == before:
            if _unread(openers.get(start, ""), block):
                unread.append(clean(block).lstrip(" .,:;-–—*_")[:300])
            continue
        used = {raw for b in buildings for raw, _kind in b.phones} | {e for b in buildings for e in b.emails}
        unassigned += [it.value for it in items if it.kind in ("phone", "email") and it.value not in used]
    # the same person listed twice (two blocks, or French and English versions): merge
    merged: list[ExtractedContact] = []
    by_name: dict[str, ExtractedContact] = {}
    for c in found:
        twin = by_name.get(fold(c.name))
        if twin is None:
            merged.append(c)
            by_name[fold(c.name)] = c
            continue
        have = {phone_key(p) for p in twin.phones}
        twin.phones += [p for p in c.phones if phone_key(p) not in have]
        twin.invalid_phones += [p for p in c.invalid_phones if p not in twin.invalid_phones]
        twin.invalid_emails += [e for e in c.invalid_emails if e not in twin.invalid_emails]
        twin.ambiguous_phones += [p for p in c.ambiguous_phones if p not in twin.ambiguous_phones]
        keys = {email_key(e) for e in twin.emails}
        twin.emails += [e for e in c.emails if email_key(e) not in keys]
        twin.office = twin.office or c.office
        twin.country = twin.country or c.country
        twin.role = twin.role or c.role
    return merged, unread, list(dict.fromkeys(unassigned))


_CONTACT_WORD = re.compile(
    r"contact|reach|call|write|e-?mail|enquir|inquir|joindre|[ée]crire|adresser|comun[ií]quese|p[oó]ngase|"
    r"escriba|dirigirse",
    re.I,
)


def _unread(opener: str, block: str) -> bool:
    """Should a block that gave no contact be reported? When it was opened as a contact block ("please
    contact", "Media contacts:") or holds a number or an address, and has words in it; not "For more
    information on the hotline, visit ...", which names no one."""
    text = clean(block).strip(" .,:;-–—*_")
    if not re.search(r"[^\W_]{2,}", text):
        return False
    return bool(_CONTACT_WORD.search(opener) or "@" in block or _PHONE.search(block))
