"""Article use cases: add (unique by URL, else by title and date), get, list, delete."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..core.errors import FieldError, NotFound, ValidationError
from ..core.text import clean, fold
from ..store.db import write_session
from ..store.models import Article, Contact, contact_articles
from ..store.search import refresh_search_text
from .contacts import CONTACT_LOAD
from .records import ArticleRecord, ArticleRow


def article_record(a: Article) -> ArticleRecord:
    return ArticleRecord(
        id=a.id,
        title=a.title,
        date=a.date,
        dateline=a.dateline,
        url=a.url,
        body=a.body,
        source_file=a.source_file,
        contacts=tuple((c.id, c.name) for c in a.contacts),
        do_not_contact=tuple((c.id, c.dnc_reason or "") for c in a.contacts if c.do_not_contact),
    )


def find_article(s: Session, title: str, date: dt.date | None, url: str | None) -> Article | None:
    if url:
        found = s.scalars(select(Article).where(Article.url == url)).first()
        if found is not None:
            return found
    stmt = select(Article).where(Article.title == clean(title))
    stmt = stmt.where(Article.date == date) if date else stmt.where(Article.date.is_(None))
    return s.scalars(stmt).first()


def get_or_create_article(
    s: Session,
    title: str,
    date: dt.date | None = None,
    dateline: str = "",
    url: str | None = None,
    body: str = "",
    source_file: str = "",
) -> tuple[Article, bool]:
    """The article with this URL (or title and date), or a new one. Returns (article, created)."""
    title = clean(title)
    if not title:
        raise ValidationError([FieldError("title", "an article needs a title")])
    # The store's column sizes (PostgreSQL enforces them): say so instead of failing deep down.
    for field_name, value, limit in (("title", title, 500), ("dateline", clean(dateline), 200),
                                     ("url", clean(url), 2000), ("source_file", source_file or "", 1000)):
        if len(value) > limit:
            raise ValidationError([FieldError(field_name, f"longer than {limit} characters", value[:40] + "...")])
    found = find_article(s, title, date, url)
    if found is not None:
        return found, False
    article = Article(
        title=title,
        date=date,
        dateline=clean(dateline),
        url=clean(url) or None,
        body=body or "",
        source_file=source_file or "",
    )
    article.search_text = fold(f"{title} {dateline} {body}")
    s.add(article)
    s.flush()
    return article, True


class ArticleService:
    def __init__(self, session_factory: sessionmaker[Session]):
        self.sf = session_factory

    def add(
        self,
        title: str,
        date: dt.date | None = None,
        dateline: str = "",
        url: str | None = None,
        body: str = "",
        source_file: str = "",
    ) -> ArticleRecord:
        with write_session(self.sf) as s:
            article, _ = get_or_create_article(s, title, date, dateline, url, body, source_file)
            return article_record(article)

    def get(self, article_id: int) -> ArticleRecord:
        with self.sf.begin() as s:
            a = s.get(Article, article_id, options=[selectinload(Article.contacts)])
            if a is None:
                raise NotFound("article", article_id)
            return article_record(a)

    def list(self, query: str = "", limit: int | None = None) -> list[ArticleRow]:
        """Articles whose title, place or text hold every word of ``query``, newest first."""
        linked = (
            select(func.count()).select_from(contact_articles)
            .where(contact_articles.c.article_id == Article.id).correlate(Article).scalar_subquery()
        )
        stmt = select(Article.id, Article.title, Article.date, Article.dateline, Article.url, linked)
        for word in fold(query).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(Article.search_text.like(f"%{escaped}%", escape="\\"))
        stmt = stmt.order_by(Article.date.desc().nulls_last(), Article.title, Article.id)
        if limit:
            stmt = stmt.limit(limit)
        with self.sf.begin() as s:
            return [ArticleRow(*row) for row in s.execute(stmt)]

    def delete(self, article_id: int) -> ArticleRecord:
        """Delete an article; its contacts stay (only the links go). Returns it for :meth:`restore`."""
        with write_session(self.sf) as s:
            a = s.get(Article, article_id, options=[selectinload(Article.contacts)])
            if a is None:
                raise NotFound("article", article_id)
            record = article_record(a)
            linked = [c.id for c in a.contacts]
            s.delete(a)
            s.flush()
            _refresh_contacts(s, linked)
            return record

    def restore(self, record: ArticleRecord) -> ArticleRecord:
        """Put a deleted article back with its id and its links to contacts that still exist."""
        with write_session(self.sf) as s:
            taken = s.get(Article, record.id) is not None  # SQLite may have reused the freed id
            a = Article(
                id=None if taken else record.id, title=record.title, date=record.date, dateline=record.dateline, url=record.url,
                body=record.body, source_file=record.source_file,
                search_text=fold(f"{record.title} {record.dateline} {record.body}"),
            )
            s.add(a)
            ids = [cid for cid, _ in record.contacts]
            a.contacts = list(s.scalars(select(Contact).where(Contact.id.in_(ids)))) if ids else []
            s.flush()
            _refresh_contacts(s, ids)
            return article_record(a)

    def link(self, article_id: int, contact_id: int) -> None:
        from .contacts import ContactService

        ContactService(self.sf).link_article(contact_id, article_id)

    def unlink(self, article_id: int, contact_id: int) -> None:
        from .contacts import ContactService

        ContactService(self.sf).unlink_article(contact_id, article_id)


def _refresh_contacts(s: Session, ids: list[int]) -> None:
    if ids:
        for c in s.scalars(select(Contact).where(Contact.id.in_(ids)).options(*CONTACT_LOAD)
                           .execution_options(populate_existing=True)):
            refresh_search_text(c)
