"""vCard 3.0 and 4.0: several cards, folded lines, TEL/EMAIL types, ORG, TITLE, CATEGORIES, NOTE."""

from __future__ import annotations

from pathlib import Path

from iomdesk.core.contact import validate_contact
from iomdesk.interchange.vcard import read_vcards, write_vcards
from iomdesk.services.records import ContactRecord, PhoneRecord

FIX = Path(__file__).parent.parent / "fixtures" / "vcard"


def test_vcard_30_with_folded_lines():
    cards = read_vcards((FIX / "contacts_v3.vcf").read_text(encoding="utf-8"))
    assert [c.row for c in cards] == [1, 2]
    amina = cards[0].data
    assert amina.name == "Amina Diop"
    assert amina.office == "IOM Zimbabwe"
    assert amina.role.endswith("displacement in southern Africa")  # unfolded
    assert [(p.raw, p.kind) for p in amina.phones] == [
        ("0772 123 456", "mobile"),
        ("+263 4 335044", "work"),
        ("+263 4 335045", "fax"),
    ]
    assert amina.emails == ["adiop@herald.co.zw"]
    assert amina.tags == ["Press", "Radio"]
    assert amina.notes == "Met at the Harare briefing, 2024.\nPrefers WhatsApp."
    assert ("Department", "Media unit") in cards[0].unmapped
    ivan = cards[1].data
    assert ivan.name == "Иван Петров" and ivan.country == "Ukraine"
    assert ivan.phones[0].kind == "other"


def test_vcard_40_uri_phones_and_utf8_names():
    cards = read_vcards((FIX / "contacts_v4.vcf").read_text(encoding="utf-8"))
    jose = cards[0].data
    assert jose.name == "José María Núñez"
    assert [p.kind for p in jose.phones] == ["mobile", "work"]
    draft = validate_contact(jose)
    assert [p.e164 for p in draft.phones] == ["+593991234567", "+59322567890"]
    assert jose.notes.endswith("porque es muy larga")
    assert jose.tags == ["prensa", "tv"]
    assert cards[1].data.name == "سارة أحمد"


def test_damaged_card_is_reported_alone():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nthis line is not a property\r\nFN:Bad\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Also Good\r\nEND:VCARD\r\n"
    )
    cards = read_vcards(text)
    assert [c.data.name if c.data else None for c in cards] == ["Good One", None, "Also Good"]
    assert "cannot be read" in cards[1].problems[0]


def record(**kw):
    base = dict(
        id=1,
        name="Amina Diop",
        role="Chief; editor, radio",
        office="IOM Zimbabwe",
        country="ZW",
        notes="Line 1, with comma\nLine 2; semi \\ backslash",
        phones=(
            PhoneRecord("0772 123 456", "+263772123456", "", "mobile", True),
            PhoneRecord("+263 4 335044", "+2634335044", "", "work", True),
            PhoneRecord("+263 4 335045", "+2634335045", "", "fax", True),
            PhoneRecord("+263 4 335046", "+2634335046", "", "other", True),
        ),
        emails=("adiop@herald.co.zw", "a@b.org"),
        tags=("Press", "radio, tv"),
        articles=(),
        version=1,
        own_country=None,
    )
    base.update(kw)
    return ContactRecord(**base)


def test_write_then_read_gives_the_same_fields_in_both_versions():
    for version in ("3.0", "4.0"):
        text = "".join(write_vcards([record(), record(name="王小明", tags=())], version))
        assert f"VERSION:{version}" in text
        assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded
        cards = read_vcards(text)
        assert len(cards) == 2
        d = cards[0].data
        rec = record()
        assert (d.name, d.role, d.office, d.notes) == (rec.name, rec.role, rec.office, rec.notes)
        assert [(p.raw, p.kind) for p in d.phones] == [(p.e164 or p.raw, p.kind) for p in rec.phones]
        assert d.emails == list(rec.emails) and d.tags == list(rec.tags)
        assert d.country == "Zimbabwe"
        assert cards[1].data.name == "王小明"


def test_phone_extension_survives_vcard_export_and_reimport():
    # A press release's "Tel: +34 91 123 45 67 ext. 204" is stored with extension "204"; exporting to
    # vCard wrote only the E.164 number, so the extension was lost on re-import (CSV kept it).
    phone = PhoneRecord("+34 91 123 45 67 ext. 204", "+34911234567", "+34 911 23 45 67 ext. 204", "work", True,
                        extension="204")
    for version in ("3.0", "4.0"):
        text = "".join(write_vcards([record(phones=(phone,), tags=())], version))
        draft = validate_contact(read_vcards(text)[0].data)
        assert [(p.e164, p.extension) for p in draft.phones] == [("+34911234567", "204")], version
