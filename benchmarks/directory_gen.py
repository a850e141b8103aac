"""Generate a realistic directory of N contacts straight into a database, for benchmarks.

Names in Latin script with diacritics, Cyrillic, Arabic and CJK; offices in every country; phones
printed in the common formats (with and without country code, spaces, dots, dashes, "00" prefix,
"(0)"); one to three emails; tags; a few thousand articles linked to contacts. Rows are inserted in
bulk; the search fields come from the same function the app uses, and the FTS5 triggers index them.
"""

from __future__ import annotations

import random
import time
from types import SimpleNamespace

FIRST = ["José", "María", "Knowledge", "Ana", "Awa", "Mamadou", "Lucía", "Sofia", "Oliver", "Hannah",
         "Inês", "Tendai", "Chipo", "Ivo", "Grace", "Daniel", "Seán", "Zoë", "Łukasz", "Søren", "François",
         "Nguyễn", "Ahmed", "Fatima", "Olga", "Dmitri", "Amina", "Kwame", "Yusuf", "Leila", "Ngozi", "Pablo",
         "Émilie", "Jürgen", "Ayşe", "Bogdan", "Tiago", "Priya", "Rahul", "Mei", "Hiroshi", "Min-jun"]
LAST = ["Núñez", "Mareyanadzo", "Kovač", "Diop", "Sow", "Paredes", "Lindqvist", "Grant", "Cole", "Machava",
        "Moyo", "Phiri", "O'Brien", "Lefèvre", "Sørensen", "Nowak", "Dubois", "Müller", "Yılmaz", "Santos",
        "Haddad", "Okafor", "Mensah", "Kumar", "Tanaka", "Kim", "Petrov", "García", "Ndiaye", "N'Diaye",
        "Abdi", "Hassan", "Mbeki", "Torres", "Shaw", "Fernández", "Öztürk", "Wiśniewski", "Đorđević"]
CYRILLIC = ["Мария Иванова", "Олег Петров", "Анна Смирнова", "Дмитрий Соколов", "Ольга Кузнецова"]
ARABIC = ["محمد الأمين", "فاطمة الزهراء", "أحمد حسن", "ليلى منصور", "يوسف عبد الله"]
CJK = ["王小明", "李娜", "张伟", "山田太郎", "佐藤花子", "김민준", "이서연"]
ROLES = ["Media and Communications Officer", "Spokesperson", "Chief of Mission", "Public Information Officer",
         "Communications Assistant", "Regional Media Focal Point", "Chargée de communication",
         "Oficial de Comunicación", "Journalist", "Editor", "Producer", ""]
TAGS = ["media", "press", "spokesperson", "focal point", "tv", "radio", "donor", "partner", "un", "ngo"]
ARTICLE_WORDS = ["migration", "flood", "returnees", "appeal", "shelter", "health", "border", "MCOF", "framework",
                 "displacement", "livelihoods", "reintegration", "dialogue", "census", "cyclone", "drought"]


def _phone_formats(rng: random.Random, e164: str, national: str) -> str:
    cc_digits = e164[1:]
    style = rng.randrange(6)
    if style == 0:
        return e164
    if style == 1:
        return "+" + " ".join(cc_digits[i:i + 3] for i in range(0, len(cc_digits), 3))
    if style == 2:
        return "00" + cc_digits
    if style == 3:
        return "+" + ".".join(cc_digits[i:i + 3] for i in range(0, len(cc_digits), 3))
    if style == 4:
        return national  # no country code: the office's country decides
    return "+" + cc_digits[:3] + "-" + cc_digits[3:]


def _regions():
    import phonenumbers
    import pycountry

    from iomdesk.core.offices import country_name

    out = []
    for c in pycountry.countries:
        ex = phonenumbers.example_number_for_type(c.alpha_2, phonenumbers.PhoneNumberType.MOBILE) or \
            phonenumbers.example_number(c.alpha_2)
        if ex is None:
            continue
        out.append((c.alpha_2, country_name(c.alpha_2), ex))
    return out


def generate(session_factory, n: int, articles: int = 3000, seed: int = 7, progress=print) -> None:
    import phonenumbers
    from sqlalchemy import insert, select

    from iomdesk.core.emails import email_key
    from iomdesk.core.text import fold
    from iomdesk.store.models import (
        Article,
        Contact,
        Email,
        Office,
        Phone,
        Tag,
        contact_articles,
        contact_tags,
    )
    from iomdesk.store.search import search_fields

    rng = random.Random(seed)
    regions = _regions()
    started = time.perf_counter()
    with session_factory.begin() as s:
        s.execute(insert(Office), [{"name": f"IOM {name}", "name_key": fold(f"IOM {name}"), "country": code}
                                   for code, name, _ in regions])
        offices = {code: (oid, name) for oid, name, code in s.execute(select(Office.id, Office.name, Office.country))}
        s.execute(insert(Tag), [{"name": t, "name_key": fold(t)} for t in TAGS])
        tag_ids = {name: tid for tid, name in s.execute(select(Tag.id, Tag.name))}
        s.execute(insert(Article), [{
            "title": " ".join(rng.sample(ARTICLE_WORDS, 4)).capitalize() + f" {i}", "dateline": "",
            "body": "", "source_file": "", "search_text": ""} for i in range(articles)])
        article_titles = dict(s.execute(select(Article.id, Article.title)).all())
        article_ids = list(article_titles)

        batch = 5000
        for start in range(0, n, batch):
            contacts, phones, emails, ctags, carts = [], [], [], [], []
            for i in range(start, min(n, start + batch)):
                cid = i + 1
                code, cname, example = rng.choice(regions)
                office_id, office_name = offices[code]
                r = rng.random()
                if r < 0.06:
                    name = rng.choice(CYRILLIC) + f" {i}"
                elif r < 0.10:
                    name = rng.choice(ARABIC)
                elif r < 0.14:
                    name = rng.choice(CJK)
                else:
                    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                role = rng.choice(ROLES)
                nums = []
                for k in range(rng.choice((1, 1, 2, 2, 3))):
                    number = phonenumbers.PhoneNumber(country_code=example.country_code,
                                                      national_number=example.national_number + rng.randrange(10**5) * (k + 1))
                    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
                    nums.append(SimpleNamespace(
                        raw=_phone_formats(rng, e164, national), e164=e164,
                        display=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                        valid=phonenumbers.is_valid_number(number)))
                local = fold(name).replace(" ", ".").replace("'", "") or "contact"
                addresses = [f"{local}{i}@iom.int"] + [f"{local}.{i}@media{j}.example.org"
                                                      for j in range(rng.choice((0, 0, 1, 2)))]
                tags = rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))
                arts = rng.sample(article_ids, 1) if rng.random() < 0.3 else []
                fields = search_fields(name, role, office_name, code, addresses, sorted(tags, key=fold), nums,
                                       [article_titles[a] for a in arts])
                contacts.append({"id": cid, "name": name, "name_key": fold(name), "role": role,
                                 "office_id": office_id, "notes": "", "version": 1, **fields})
                for pos, p in enumerate(nums):
                    phones.append({"contact_id": cid, "position": pos, "raw": p.raw, "e164": p.e164,
                                   "display": p.display, "kind": "mobile" if pos == 0 else "work", "valid": p.valid})
                for pos, a in enumerate(addresses):
                    emails.append({"contact_id": cid, "position": pos, "address": a, "address_key": email_key(a)})
                ctags += [{"contact_id": cid, "tag_id": tag_ids[t]} for t in tags]
                carts += [{"contact_id": cid, "article_id": a} for a in arts]
            s.execute(insert(Contact), contacts)
            s.execute(insert(Phone), phones)
            s.execute(insert(Email), emails)
            if ctags:
                s.execute(insert(contact_tags), ctags)
            if carts:
                s.execute(insert(contact_articles), carts)
            if progress:
                progress(f"  generated {min(n, start + batch):,} / {n:,} contacts "
                         f"({time.perf_counter() - started:.0f} s)")


def replicate(engine, base: int, n: int, progress=print) -> None:
    """Grow a generated directory of ``base`` contacts to ``n`` by copying it in SQL (fast): each copy
    gets new ids, its own phones, emails, tags and article links, and a number in its names so that
    copies are distinct contacts. The FTS5 triggers index every copy."""
    cols = ("name, name_key, role, office_id, country, notes, search_text, fts_name, fts_role, fts_office, "
            "fts_country, fts_email, fts_tags, fts_articles, fts_digits, created_at, updated_at, version")
    copy = 1
    with engine.begin() as conn:
        while copy * base < n:
            offset = copy * base
            take = min(base, n - offset)
            conn.exec_driver_sql(
                f"INSERT INTO contacts (id, {cols}) SELECT id + {offset}, "
                f"name || ' {copy}', name_key || ' {copy}', role, office_id, country, notes, "
                f"search_text || ' {copy}', fts_name || ' {copy}', fts_role, fts_office, fts_country, fts_email, "
                f"fts_tags, fts_articles, fts_digits, created_at, updated_at, version "
                f"FROM contacts WHERE id <= {take}")
            conn.exec_driver_sql(
                f"INSERT INTO phones (contact_id, position, raw, e164, display, kind, valid, extension) "
                f"SELECT contact_id + {offset}, position, raw, e164, display, kind, valid, extension "
                f"FROM phones WHERE contact_id <= {take}")
            conn.exec_driver_sql(
                f"INSERT INTO emails (contact_id, position, address, address_key) "
                f"SELECT contact_id + {offset}, position, '{copy}.' || address, '{copy}.' || address_key "
                f"FROM emails WHERE contact_id <= {take}")
            conn.exec_driver_sql(f"INSERT INTO contact_tags SELECT contact_id + {offset}, tag_id FROM contact_tags "
                                 f"WHERE contact_id <= {take}")
            conn.exec_driver_sql(f"INSERT INTO contact_articles SELECT contact_id + {offset}, article_id "
                                 f"FROM contact_articles WHERE contact_id <= {take}")
            copy += 1
            if progress:
                progress(f"  copied to {offset + take:,} / {n:,} contacts")
        # The copies' names changed ("Name 2"): their collation keys (revision 0011) follow.
        from iomdesk.core.collation import collation_key

        rows = conn.exec_driver_sql(f"SELECT id, name FROM contacts WHERE id > {base}").all()
        if rows:
            conn.exec_driver_sql("UPDATE contacts SET sort_key = ? WHERE id = ?",
                                 [(collation_key(name), cid) for cid, name in rows])
