"""The bulk writer: many rows of one table in one statement.

In: a table, its column keys and the rows (dicts, or tuples in the keys' order).
Out: the rows inserted in the transaction's connection: on SQLite one DB-API executemany with the
values bound as SQLAlchemy binds them (each repeated value bound once), elsewhere SQLAlchemy's
executemany. The column orders of the phone, email and tag rows the write stage builds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import insert


class _BulkWriter:
    """Inserts many rows of one table. On SQLite: one DB-API executemany with plain tuples (the
    values bound exactly as SQLAlchemy binds them); elsewhere SQLAlchemy's executemany."""

    def __init__(self, conn):
        self.conn = conn
        self.dialect = conn.dialect
        self.raw = self.dialect.name == "sqlite"
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[str, list]] = {}

    def _plan(self, table, keys: tuple[str, ...]) -> tuple[str, list]:
        plan = self._plans.get((table.name, keys))
        if plan is None:
            quote = self.dialect.identifier_preparer.quote
            sql = (
                f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[k].name) for k in keys)}) "
                f"VALUES ({', '.join('?' for _ in keys)})"
            )
            procs = [
                (i, proc)
                for i, k in enumerate(keys)
                if (proc := table.c[k].type.dialect_impl(self.dialect).bind_processor(self.dialect))
                is not None
            ]
            plan = self._plans[(table.name, keys)] = (sql, procs)
        return plan

    def insert_tuples(self, table, keys: tuple[str, ...], rows: list[tuple]) -> None:
        """Insert ``rows``, each a tuple of the values of ``keys`` in that order."""
        if not self.raw:
            self.conn.execute(insert(table), [dict(zip(keys, row, strict=True)) for row in rows])
            return
        sql, procs = self._plan(table, keys)
        if procs:
            rows = _bound(procs, rows)
        self.conn.exec_driver_sql(sql, rows)

    def insert(self, table, rows: list[dict]) -> None:
        if not self.raw:
            self.conn.execute(insert(table), rows)
            return
        keys = tuple(rows[0])
        sql, procs = self._plan(table, keys)
        if procs:
            get = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
            tuples = _bound(procs, map(get, rows))
        else:
            tuples = [tuple(row.values()) for row in rows]
        self.conn.exec_driver_sql(sql, tuples)


def _bound(procs: list[tuple[int, Callable]], rows: Iterable[Sequence]) -> list[tuple]:
    """``rows`` as tuples, the columns at the indexes of ``procs`` bound by their processor. The
    processed columns (timestamps, booleans) repeat a few values: each is bound once."""
    memos: list[tuple[int, Callable, dict[Any, Any]]] = [(i, proc, {}) for i, proc in procs]
    out = []
    for row in rows:
        values = list(row)
        for i, proc, memo in memos:
            v = values[i]
            try:
                values[i] = memo[v]
            except KeyError:
                values[i] = memo[v] = proc(v)
            except TypeError:  # not hashable
                values[i] = proc(v)
        out.append(tuple(values))
    return out


_PHONE_KEYS = ("contact_id", "position", "raw", "e164", "display", "kind", "valid", "extension")
_EMAIL_KEYS = ("contact_id", "position", "address", "address_key")
_TAG_KEYS = ("contact_id", "tag_id")
