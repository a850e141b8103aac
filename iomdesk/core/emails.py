"""Email addresses, validated offline with email-validator (never DNS)."""

from __future__ import annotations

import re

from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .text import clean

# The addresses almost every file holds: a plain ASCII dot-atom local part (email-validator's
# DOT_ATOM_TEXT) and an ASCII host name, one "@". Anything else goes to email-validator.
_PLAIN = re.compile(
    r"[a-zA-Z0-9_!#$%&'*+\-/=?^`{|}~]+(?:\.[a-zA-Z0-9_!#$%&'*+\-/=?^`{|}~]+)*"
    r"@((?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?\.)+[a-zA-Z](?:[a-zA-Z0-9\-]*[a-zA-Z])?)",
    re.ASCII,  # no IGNORECASE: it would let "K" (Kelvin sign) or "ſ" match [a-z]
)
# RFC 5890 R-LDH labels: two characters then "--", other than Punycode "xn--".
_RLDH = re.compile(r"(?:^|\.)(?!xn)..--")  # on the lowercased domain


def _fast_normalized(text: str) -> str | None:
    """What ``validate_email(text, check_deliverability=False).normalized`` returns, for the plain
    addresses :data:`_PLAIN` describes, when email-validator accepts them; None whenever the
    address is not plain or email-validator might reject it (the caller then asks it).

    It follows email-validator's own steps for such an address: the local part is kept as it is
    (lowercased for the RFC 2142 role names), the domain is lowercased (its UTS-46 mapping for ASCII
    letters, digits, hyphens and dots), and the length, label, top-level-domain and special-use
    rules decide. tests/core/test_emails_fast.py proves it against email-validator.
    """
    if len(text) > 254 or not text.isascii():  # EMAIL_MAX_LENGTH (original and normalized)
        return None
    m = _PLAIN.fullmatch(text)
    if m is None:
        return None
    domain = m.group(1)
    if len(domain) > 253:  # DOMAIN_MAX_LENGTH
        return None
    domain = domain.lower()
    if "xn--" in domain or _RLDH.search(domain):
        return None  # Punycode labels (an IDNA round trip) and other R-LDH labels
    if any(len(label) > 63 for label in domain.split(".")):  # DNS_LABEL_LENGTH_LIMIT
        return None
    from email_validator import SPECIAL_USE_DOMAIN_NAMES
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

    for special in SPECIAL_USE_DOMAIN_NAMES:
        if domain == special or domain.endswith("." + special):
            return None
    local = text[: m.start(1) - 1]
    if local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        local = local.lower()
    return f"{local}@{domain}"


def normalize_email(raw: str | None) -> str:
    """Return the normalized address ("ADiop@IOM.INT" -> "ADiop@iom.int") or raise InvalidValue.

    The local part keeps its case as printed; duplicates are compared with :func:`email_key`.
    """
    text = clean(raw)
    if text.lower().startswith("mailto:"):
        text = text[7:].split("?", 1)[0]
    text = text.strip("<>").strip()
    if not text:
        raise InvalidValue(QT_TRANSLATE_NOOP("core", "an email address is empty"), raw)
    fast = _fast_normalized(text)
    if fast is not None:
        return fast
    return _validated(text, raw)


def _validated(text: str, raw: str | None) -> str:
    from email_validator import EmailNotValidError, validate_email  # heavy import, kept lazy

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        # email-validator's own explanation (English in the interface too: its sentences are not ours)
        raise InvalidValue(str(exc), raw) from None
    return result.normalized


def email_key(address: str) -> str:
    """The form two addresses are compared in for duplicates."""
    return address.strip().casefold()
