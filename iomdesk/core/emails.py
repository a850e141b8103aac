"""Email addresses, validated offline with email-validator (never DNS)."""

from __future__ import annotations

from .errors import InvalidValue
from .text import clean


def normalize_email(raw: str | None) -> str:
    """Return the normalized address ("ADiop@IOM.INT" -> "ADiop@iom.int") or raise InvalidValue.

    The local part keeps its case as printed; duplicates are compared with :func:`email_key`.
    """
    from email_validator import EmailNotValidError, validate_email  # heavy import, kept lazy

    text = clean(raw)
    if text.lower().startswith("mailto:"):
        text = text[7:].split("?", 1)[0]
    text = text.strip("<>").strip()
    if not text:
        raise InvalidValue("an email address is empty", raw)
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidValue(str(exc), raw) from None
    return result.normalized


def email_key(address: str) -> str:
    """The form two addresses are compared in for duplicates."""
    return address.strip().casefold()
