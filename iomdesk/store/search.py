"""The normalized text each contact is found by.

Every write to a contact (service calls, imports, undo) goes through :func:`refresh_search_text`, so
the text and any index built over it stay in step with the data.
"""

from __future__ import annotations

from ..core.offices import country_name
from ..core.text import digits, fold
from .models import Contact


def national_digits(e164: str | None) -> str:
    """ "+2634335044" -> "04335044"-style national form digits, for searching "0772 ..."."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def contact_search_text(contact: Contact) -> str:
    country = contact.effective_country
    parts = [
        contact.name,
        contact.role,
        contact.office.name if contact.office else "",
        country_name(country),
        country or "",
        " ".join(e.address for e in contact.emails),
        " ".join(t.name for t in contact.tags),
        " ".join(a.title for a in contact.articles),
    ]
    text = fold(" ".join(p for p in parts if p))
    phone_digits = []
    for p in contact.phones:
        phone_digits.append(digits(p.e164) or digits(p.raw))
        nat = national_digits(p.e164)
        if nat:
            phone_digits.append(nat)
    return f"{text} {' '.join(phone_digits)}".strip()


def refresh_search_text(contact: Contact) -> None:
    contact.search_text = contact_search_text(contact)
