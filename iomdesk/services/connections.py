"""Which directory to open, and the saved connection to a team database (Qt-free: the CLI uses it too).

Order: ``--db`` value, else ``IOMDESK_DB``, else the saved connection, else the local SQLite file.

The saved connection (host, port, database, user, options) is a JSON file in the data folder,
``connection.json``, rather than the GUI's QSettings: the CLI (which never loads Qt) opens the same team
database as the window, and the tests' data folder keeps it out of the real home folder. It never holds
a password. The password lives in the OS keyring (``keyring``; service "IOM Desk", key
``user@host:port/db``), or nowhere: libpq then finds it itself in ``~/.pgpass`` / ``PGPASSFILE``, or in
a ``PGSERVICE`` service file (``options`` may name the service: ``service=team``), or ``PGPASSWORD``.
Where no keyring backend exists (a headless Linux without Secret Service), the password is asked at
each start (``ask_password``), never written to a file by IOM Desk.

A URL with a password given to ``--db`` or ``IOMDESK_DB`` works; it is never saved, and shown only
without its password (:func:`shown_url`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from ..core.errors import UserError
from ..paths import data_dir
from .files import write_atomically

KEYRING_SERVICE = "IOM Desk"
FILE_NAME = "connection.json"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


class ConnectionSettingsError(UserError):
    pass


@dataclass(frozen=True)
class SavedConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    options: dict[str, str] = field(default_factory=dict)  # libpq options: sslmode, service, ...
    ask_password: bool = False  # no keyring: ask at each start

    @property
    def key(self) -> str:
        """The keyring entry's name: ``user@host:port/db``."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self) -> str:
        """The SQLAlchemy URL, never with a password."""
        return URL.create(DRIVER, username=self.user or None, host=self.host or None, port=self.port or None,
                          database=self.database or None, query=dict(self.options)).render_as_string(
                              hide_password=False)

    def check(self) -> None:
        missing = [name for name, value in (("database", self.database), ("host", self.host)) if not value]
        if missing and "service" not in self.options:
            raise ConnectionSettingsError(f"the team database needs a {' and a '.join(missing)}")
        if not 0 < int(self.port) < 65536:
            raise ConnectionSettingsError(f"the port {self.port} is not between 1 and 65535")


def shown_url(url: str) -> str:
    """A URL as the user may see it (title bar, status bar, messages): the password hidden."""
    from ..store.db import hidden_password

    try:
        return hidden_password(url)
    except Exception:  # not a URL (a path): nothing secret in it
        return url


def directory_label(url: str) -> str:
    """"the team database name on host" or the SQLite file's path, for the title and status bar."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "in-memory directory"
    who = f"{parsed.username}@" if parsed.username else ""
    return f"team database {parsed.database or ''} ({who}{parsed.host or 'local socket'})"


# -- the saved connection ---------------------------------------------------------------------------
def settings_path() -> Path:
    return data_dir() / FILE_NAME


def load() -> SavedConnection | None:
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ConnectionSettingsError(f"the saved team database connection in {path} cannot be read: {exc}") from None
    try:
        return SavedConnection(host=str(raw["host"]), database=str(raw["database"]), user=str(raw.get("user", "")),
                               port=int(raw.get("port", DEFAULT_PORT)),
                               options={str(k): str(v) for k, v in dict(raw.get("options", {})).items()},
                               ask_password=bool(raw.get("ask_password", False)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConnectionSettingsError(f"the saved team database connection in {path} is damaged ({exc})") from None


def save(conn: SavedConnection) -> Path:
    """Write the connection (never a password), atomically."""
    conn.check()
    data: dict[str, Any] = asdict(conn)
    data.pop("password", None)
    data["options"] = {k: v for k, v in data.get("options", {}).items() if k != "password"}  # libpq's option
    path = settings_path()
    write_atomically(path, json.dumps(data, indent=2, sort_keys=True) + "\n")
    return path


def forget() -> None:
    """Back to the local file: the saved connection goes, and its password leaves the keyring."""
    conn = load()
    settings_path().unlink(missing_ok=True)
    if conn is not None:
        delete_password(conn)


# -- the keyring ------------------------------------------------------------------------------------
def keyring_problem() -> str | None:
    """Why passwords cannot be kept in the system keyring here, or None when they can."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return "the keyring package is not installed"
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return ("no system keyring is available on this computer (on Linux: no Secret Service such as "
                "GNOME Keyring or KWallet is running); IOM Desk will ask for the password at each start")
    return None


def store_password(conn: SavedConnection, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, conn.key, password)
    except KeyringError as exc:
        raise ConnectionSettingsError(f"the password could not be kept in the system keyring: {exc}") from None


def get_password(conn: SavedConnection) -> str | None:
    if keyring_problem():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, conn.key)
    except KeyringError:
        return None


def delete_password(conn: SavedConnection) -> None:
    if keyring_problem():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, conn.key)
    except (PasswordDeleteError, KeyringError):
        pass


# -- choosing what to open --------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    value: str | None  # for open_database: a path or URL, None for the local file
    password: str | None = None  # from the keyring or asked; goes to the driver only
    source: str = "local"  # "argument", "environment", "saved", "local"
    saved: SavedConnection | None = None


PasswordPrompt = Callable[[SavedConnection], "str | None"]


def choose(db_value: str | None = None, ask: PasswordPrompt | None = None) -> Choice:
    """What to open: ``--db``, else IOMDESK_DB, else the saved connection (its password from the
    keyring, else from ``ask`` when it says to ask, else left to libpq), else the local file."""
    if db_value:
        return Choice(db_value, source="argument")
    env = os.environ.get("IOMDESK_DB")
    if env:
        return Choice(env, source="environment")
    conn = load()
    if conn is None:
        return Choice(None)
    password = get_password(conn)
    if password is None and conn.ask_password and ask is not None:
        password = ask(conn)
    return Choice(conn.url(), password=password or None, source="saved", saved=conn)


def try_connection(conn: SavedConnection, password: str | None, timeout_s: int = 5) -> str:
    """Connect once and say what was found ("IOM Desk directory, 120 contacts", "empty database");
    raises ConnectionSettingsError with the server's reason. Nothing is written."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.exc import DBAPIError

    conn.check()
    args: dict[str, Any] = {"connect_timeout": timeout_s}
    if password:
        args["password"] = password
    engine = create_engine(conn.url(), connect_args=args, hide_parameters=True)
    try:
        with engine.connect() as c:
            if not inspect(c).has_table("contacts"):
                return "Connected: an empty database; IOM Desk will set up its tables there."
            n = c.execute(text("SELECT count(*) FROM contacts")).scalar_one()
            return f"Connected: an IOM Desk directory with {n:,} contacts."
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise ConnectionSettingsError(f"cannot connect to {shown_url(conn.url())}: {reason}") from None
    finally:
        engine.dispose()
