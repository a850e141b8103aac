"""One object the GUI and the CLI hold: the open database and the services over it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store.db import Database, open_database
from .articles import ArticleService
from .connections import PasswordPrompt, choose
from .contacts import ContactService
from .history import HistoryService
from .lists import ListService
from .outreach import OutreachService
from .search import SearchService


@dataclass
class AppContext:
    db: Database
    contacts: ContactService
    search: SearchService
    articles: ArticleService
    lists: ListService = field(init=False)
    outreach: OutreachService = field(init=False)
    history: HistoryService = field(init=False)

    def __post_init__(self) -> None:
        self.lists = ListService(self.db.session_factory)
        self.history = HistoryService(self.db.session_factory)
        self.outreach = OutreachService(self.db.session_factory)

    @property
    def read_only(self) -> bool:
        """True when this directory may only be read (``read_only_reason`` says why)."""
        return self.db.read_only

    @property
    def read_only_reason(self) -> str | None:
        return self.db.read_only_reason

    @classmethod
    def open(cls, db_value: str | None = None, ask_password: PasswordPrompt | None = None,
             password: str | None = None) -> AppContext:
        """Open ``db_value`` (``--db``), else IOMDESK_DB, else the saved team database connection, else
        the local file (services/connections.py). ``password`` goes to the driver only."""
        choice = choose(db_value, ask_password)
        db = open_database(choice.value, password=password or choice.password)
        return cls(
            db=db,
            contacts=ContactService(db.session_factory),
            search=SearchService(db.session_factory),
            articles=ArticleService(db.session_factory),
        )

    def close(self) -> None:
        self.db.dispose()
