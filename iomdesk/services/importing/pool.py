"""Reading and validating the rows of a big CSV import in worker processes.

In: chunks of CSV rows (row number, cells, reading problems), the column mapping, the offices'
countries. Out, in file order: per row (ContactDraft or None, reasons, office text, unmapped
headers, the country its phones were read with); :func:`choose_workers` (how many), and the
helpers both sides share (``reason``, ``office_key``, ``name_key``).

The import's main process reads the file and sends chunks of rows (row number, cells, reading
problems) to a pool of worker processes; each worker maps the cells to a contact
(:func:`~iomdesk.interchange.mapping.row_to_input`) and validates it
(:func:`~iomdesk.core.contact.validate_contact`: phonenumbers, email-validator), and the results come
back in file order while the main process matches duplicates and writes, in its one transaction.

Rules that keep this safe in a desktop app:

- Workers are started with the "spawn" method (a fresh interpreter): forking a process that runs
  Qt threads is unsafe. They import this module, ``iomdesk.core`` and ``iomdesk.interchange.mapping``
  only (the package's ``__init__`` loads its other modules on first use): no Qt, no SQLAlchemy,
  no database connection. A frozen app calls
  ``multiprocessing.freeze_support()`` first thing (main.py, ``iomdesk/__main__.py``).
- The pool is used only from :data:`POOL_MIN_ROWS` rows on (starting it costs about half a second)
  and only when more than one worker is asked for (:func:`choose_workers`).
- Cancel: the main process polls while it waits; closing the pool drops the chunks not started.
  A worker that dies (killed, out of memory) raises :class:`ImportWorkerError` (a UserError) and
  the import's transaction rolls back: nothing is written.
- A row's phones are read with its office's country. The workers know the countries the
  directory had when the import started and those the import gave offices up to the chunk they
  were sent; the main process checks every row's country against its own and validates the row
  again itself when they differ, so the result is the one a serial import gives.

``IOMDESK_IMPORT_WORKERS`` (environment) overrides the automatic choice: 1 imports in one process.

A script that calls the import service without ``if __name__ == "__main__":`` still imports: a
spawned worker runs the script's main module again, and the import it reaches there stops at once
(:func:`refuse_in_worker_start`, before touching the database), so the worker dies before giving
any result; a pool that gives no result before it breaks (:class:`PoolStartFailed`) is one that
could not start, and the import goes on in one process with the rows it had sent. A worker that
dies after the pool gave results (killed, out of memory) is :class:`ImportWorkerError`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from typing import TYPE_CHECKING

from ...core.collation import collation_key
from ...core.contact import ContactDraft, validate_contact
from ...core.errors import FieldError, UserError, ValidationError
from ...core.offices import country_for_office
from ...core.search_text import own_parts
from ...core.text import clean, fold
from ...interchange.mapping import ColumnMap, add_unmapped_to_notes, row_to_input

if TYPE_CHECKING:  # for the annotations only: a worker does not load the CSV reader
    from ...interchange.csv_read import CsvRow

POOL_MIN_ROWS = 5_000  # below this many rows (estimated) the pool's start costs more than it saves
CHUNK_ROWS = 500  # rows per task sent to a worker
AHEAD = 4  # chunks in flight per worker
MAX_WORKERS = 4
WORKER_NICE = 5  # POSIX: worker processes run at a lower priority than the main process
ENV = "IOMDESK_IMPORT_WORKERS"
WORKER_NOT_STARTED = 3  # exit status of a worker that ended at start (refuse_in_worker_start)


log = logging.getLogger(__name__)


class PoolStartFailed(Exception):
    """The worker pool broke before giving any result (it could not start: a script without the
    ``__main__`` guard, a frozen app without freeze_support, no processes left). ``rows``: the rows
    taken from the source for the chunks sent, in order, for the one-process import to go on with."""

    def __init__(self, rows: list):
        super().__init__("the import's worker processes could not start")
        self.rows = rows


def refuse_in_worker_start() -> None:
    """End this process quietly when it is a spawned worker still starting, running the main
    module of a script without the ``__main__`` guard: the import it reached there would open the
    directory a second time (multiprocessing raises RuntimeError when such a process starts
    processes of its own). The worker ends, and the importing process goes on alone."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise SystemExit(WORKER_NOT_STARTED)


class ImportWorkerError(UserError):
    """A worker process of the import stopped (killed, out of memory). Nothing was stored."""

    def __init__(self) -> None:
        super().__init__(
            "the import stopped: one of its worker processes ended unexpectedly (out of memory?); "
            f"nothing was stored. Import again, or set {ENV}=1 to import in one process"
        )


def choose_workers(workers: int | None, rows: int) -> int:
    """How many processes validate an import of about ``rows`` rows: 1 (this one alone, no pool)
    or N >= 2 (N worker processes while this one writes).

    ``workers``: None or 0 for the automatic choice (``IOMDESK_IMPORT_WORKERS`` when set, else
    the number of cores from :data:`POOL_MIN_ROWS` rows on); 1 never starts a pool; N >= 2 starts
    one for a big enough file."""
    if not workers:
        env = os.environ.get(ENV, "").strip()
        if env.isdigit() and int(env) > 0:
            workers = int(env)
        else:
            workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if workers < 2 or rows < POOL_MIN_ROWS:
        return 1
    return min(workers, 16)


def reason(e: FieldError) -> str:
    """One problem of a rejected row as the rejects file and the summary say it."""
    m = re.match(r"(\w+)\[(\d+)\]$", e.field)
    label = (
        {"phones": "phone", "emails": "email", "tags": "tag"}.get(m.group(1), m.group(1)) if m else e.field
    )
    value = e.value
    if isinstance(value, str) and len(value) > 60:  # a 100,000-character cell: its start is enough
        value = value[:40] + "..."
    shown = f" {value!r}" if value not in (None, "") else ""
    return f"{label}{shown}: {e.message}"


@lru_cache(maxsize=65536)
def office_key(text: str) -> str:
    """fold() for strings that repeat across rows (office and tag names)."""
    return fold(text)


def name_key(draft: ContactDraft) -> str:
    """fold(draft.name), computed once per draft and kept with it (a worker computes it, so the
    main process does not)."""
    key = draft.__dict__.get("_name_key")
    if key is None or key[0] != draft.name:
        key = (draft.name, fold(draft.name))
        draft.__dict__["_name_key"] = key
    return key[1]


def sort_key(draft: ContactDraft) -> bytes:
    """collation_key(draft.name) (the stored ``sort_key``), computed once per draft and kept with it
    (by a worker, as :func:`name_key`)."""
    key = draft.__dict__.get("_sort_key")
    if key is None or key[0] != draft.name:
        key = (draft.name, collation_key(draft.name))
        draft.__dict__["_sort_key"] = key
    return key[1]


def own_search_parts(draft: ContactDraft) -> None:
    """Keep :func:`~iomdesk.core.search_text.own_parts` (the search text of the name, emails and
    phones) with ``draft``, computed by the worker; the importer drops it when it merges another
    row into the draft, and uses it when it writes the contact."""
    draft.__dict__["_own"] = own_parts(draft.name, draft.emails, draft.phones)


# -- in the worker -----------------------------------------------------------------------------------

_state: dict = {}


def _exit_with_parent() -> None:
    """End this worker when the importing process ends, however it ends.

    A worker waits for chunks on a pipe whose writing end it also holds, so it never reads an end of
    file: when the importing process was killed, or the app quit while a cancelled import was still
    winding down, the workers would wait forever (two idle processes of ~70 MB each, found left over
    after test runs). The parent's sentinel becomes ready when the parent is gone (POSIX and Windows)."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:  # not a spawned worker (a test calling _init in its own process)
        return

    def watch() -> None:
        wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="iomdesk-import-parent-watch", daemon=True).start()


def _init(known: dict[str, str | None], unmapped: str) -> None:
    _exit_with_parent()
    if hasattr(os, "nice"):
        # The main process (matching, writing) is the import's critical path: the workers yield
        # the CPU to it and fill the time it leaves.
        os.nice(WORKER_NICE)
    _state["known"] = known  # office key -> the country its rows are validated with
    _state["unmapped"] = unmapped
    _state["resolved"] = {}


def _region(office_text: str, claimed: dict[str, str]) -> tuple[str, str | None]:
    """The country a row of this office is validated with, as the main process would choose it
    (it checks, see the module's notes)."""
    name = clean(office_text)
    key = office_key(name)
    if not key:
        return key, None
    if key in claimed:
        return key, claimed[key]
    known = _state["known"]
    if key in known:
        return key, known[key]
    resolved = _state["resolved"]
    if key not in resolved:
        resolved[key] = country_for_office(name)
    return key, resolved[key]


def validate_rows(
    mapping: Sequence[ColumnMap], width: int, claimed: dict[str, str],
    rows: Sequence[tuple[int, list[str], tuple[str, ...]]],
) -> list[tuple]:
    """Map and validate ``rows``; for each: (draft or None, reasons, office text, unmapped headers
    or None, the country used, the field errors among the reasons)."""
    notes = _state["unmapped"] == "notes"
    out: list[tuple] = []
    for _row, cells, read_problems in rows:
        ri = row_to_input(cells, mapping, width)
        reasons = [*read_problems, *ri.problems] if read_problems else list(ri.problems)
        headers = None
        if ri.unmapped:
            if notes:
                add_unmapped_to_notes(ri.data, ri.unmapped)
            else:
                headers = [h for h, _ in ri.unmapped]
        office_text = ri.data.office
        _key, region = _region(office_text, claimed)
        draft = None
        errors: tuple[FieldError, ...] = ()
        try:
            draft = validate_contact(ri.data, region, country_first=True, keep_no_country=True)
        except ValidationError as exc:
            errors = tuple(exc.errors)
            reasons.extend(reason(e) for e in errors)
        if reasons or draft is None:  # draft None: validate_contact raised, its errors are in reasons
            out.append((None, reasons, office_text, headers, region, errors))
        else:
            name_key(draft)
            sort_key(draft)
            own_search_parts(draft)
            out.append((draft, None, office_text, headers, region, ()))
    return out


# -- in the main process -----------------------------------------------------------------------------


class ValidatorPool:
    """Worker processes that validate chunks of CSV rows; results come back in file order."""

    def __init__(self, workers: int, known: dict[str, str | None], unmapped: str):
        import multiprocessing

        self.workers = workers
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init,
            initargs=(known, unmapped),
        )

    def results(
        self,
        rows: Iterable,
        mapping: Sequence[ColumnMap],
        width: int,
        claimed: Callable[[], dict[str, str]],
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[list[tuple[CsvRow, tuple]]]:
        """[(CsvRow, result)] for every chunk of ``rows``, in order. ``claimed()``: the countries the
        import gave offices so far (sent with every chunk). ``cancelled()`` is polled while
        waiting; returning True stops (the caller raises)."""
        mapping = list(mapping)
        pending: deque[tuple[list, Future]] = deque()
        unsent: list = []
        source = iter(rows)
        limit = self.workers * AHEAD

        def submit() -> bool:
            chunk = []
            for r in source:
                chunk.append(r)
                if len(chunk) >= CHUNK_ROWS:
                    break
            if not chunk:
                return False
            payload = [(r.row, r.cells, r.problems) for r in chunk]
            try:
                future = self.executor.submit(validate_rows, mapping, width, dict(claimed()), payload)
            except BrokenProcessPool:
                unsent.extend(chunk)  # taken from the source, not sent: not to be lost
                raise
            pending.append((chunk, future))
            return True

        # A broken pool shows in a result (a chunk sent) or in the next submit (the pool already
        # knows): both mean the same, and which one comes first depends on timing.
        given = False  # a result came back: the pool started
        more = True
        try:
            while more and len(pending) < limit:
                more = submit()
            while pending:
                chunk, future = pending[0]
                out = self._wait(future, cancelled)
                if out is None:
                    return
                pending.popleft()
                given = True
                if more:
                    more = submit()
                yield list(zip(chunk, out, strict=True))
        except BrokenProcessPool:
            if given:
                raise ImportWorkerError() from None
            taken = [r for chunk, _f in pending for r in chunk] + unsent
            log.debug("import workers could not start (%d rows sent); importing in one process", len(taken))
            raise PoolStartFailed(taken) from None

    @staticmethod
    def _wait(future: Future, cancelled: Callable[[], bool] | None):
        while True:
            try:
                return future.result(timeout=0.1)
            except FutureTimeout:
                if cancelled is not None and cancelled():
                    return None

    def close(self) -> None:
        """Stop the workers: the chunks not started are dropped; a worker busy with one ends
        when it is done (a chunk takes a fraction of a second)."""
        self.executor.shutdown(wait=True, cancel_futures=True)
