"""Sample data shipped in resources/ so a new user sees a working directory on first start."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files

from ..core.contact import ContactInput, PhoneInput
from ..store.db import write_session
from ..store.models import Contact
from ..store.search import refresh_search_text
from .articles import get_or_create_article
from .contacts import apply_draft, draft_for, to_record
from .context import AppContext
from .history import record_diff


def sample_data() -> dict:
    return json.loads(files("iomdesk.resources").joinpath("sample_contacts.json").read_text(encoding="utf-8"))


def load_samples(ctx: AppContext) -> int:
    """Add the sample contacts and articles in one transaction; returns how many contacts."""
    data = sample_data()
    with write_session(ctx.db.session_factory) as s:
        articles = {}
        for a in data.get("articles", []):
            article, _ = get_or_create_article(
                s, a["title"], dt.date.fromisoformat(a["date"]) if a.get("date") else None,
                a.get("dateline", ""), a.get("url"), a.get("body", ""), "sample data",
            )
            articles[a["key"]] = article
        count = 0
        for c in data["contacts"]:
            draft = draft_for(s, ContactInput(
                name=c["name"], role=c.get("role", ""), office=c.get("office", ""), country=c.get("country", ""),
                notes=c.get("notes", ""), phones=[PhoneInput(p["raw"], p.get("kind")) for p in c.get("phones", [])],
                emails=c.get("emails", []), tags=c.get("tags", []),
            ))
            contact = Contact()
            apply_draft(s, contact, draft)
            s.add(contact)
            contact.articles = [articles[k] for k in c.get("articles", [])]
            refresh_search_text(contact)
            s.flush()
            record_diff(s, None, to_record(contact), "created", "sample data")
            count += 1
        return count
