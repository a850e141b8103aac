"""A worker pool that cannot start (a script without the ``__main__`` guard) is no error: the
import goes on in one process. A pool that breaks after giving results is ImportWorkerError,
whether the break shows in a result or in the next chunk sent (it used to escape as a bare
BrokenProcessPool in the second case, depending on timing)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from iomdesk.services.importer import read_source
from iomdesk.services.importing import pool as import_pool
from iomdesk.services.importing.pool import ImportWorkerError, PoolStartFailed, ValidatorPool

ROOT = Path(__file__).resolve().parents[2]


class FakeExecutor:
    """Runs validate_rows in this process; ``broken`` makes submit and pending results fail as a
    ProcessPoolExecutor whose worker died does."""

    def __init__(self):
        self.broken = False
        self.sent = 0

    def submit(self, fn, *args):
        if self.broken:
            raise BrokenProcessPool("a worker died")
        self.sent += 1
        future = Future()
        future.set_result(fn(*args))
        return future

    def shutdown(self, **kw):
        pass


def fake_pool(monkeypatch) -> ValidatorPool:
    monkeypatch.setattr(import_pool, "CHUNK_ROWS", 3)
    import_pool._init({}, "notes")
    pool = ValidatorPool.__new__(ValidatorPool)
    pool.workers, pool.executor = 2, FakeExecutor()
    return pool


def source(tmp_path, n=40):
    path = tmp_path / "c.csv"
    path.write_text("Name,Email\n" + "".join(f"Person {i},p{i}@example.org\n" for i in range(n)), encoding="utf-8")
    return read_source(path)


def test_a_pool_broken_when_the_next_chunk_is_sent_is_a_worker_error(tmp_path, monkeypatch):
    pool, src = fake_pool(monkeypatch), source(tmp_path)
    results = pool.results(src.iter_rows(), src.mapping, len(src.headers), dict)
    assert len(next(results)) == 3  # the pool worked...
    pool.executor.broken = True  # ...then a worker died: the next submit raises
    with pytest.raises(ImportWorkerError):
        next(results)


def test_a_pool_that_gives_no_result_could_not_start(tmp_path, monkeypatch, caplog):
    pool, src = fake_pool(monkeypatch), source(tmp_path)
    pool.executor.broken = True
    rows = src.iter_rows()
    caplog.set_level(logging.DEBUG, logger="iomdesk")
    with pytest.raises(PoolStartFailed) as info:
        next(pool.results(rows, src.mapping, len(src.headers), dict))
    assert [r.row for r in info.value.rows] == [2, 3, 4]  # the chunk taken for sending comes back
    assert next(rows).row == 5
    assert "could not start" in caplog.text and "example.org" not in caplog.text and "Person" not in caplog.text

    # broken after some chunks were sent but before any came back: the rows sent are handed back
    class Late(FakeExecutor):
        def submit(self, fn, *args):
            self.sent += 1
            future = Future()
            if self.sent > 2:
                raise BrokenProcessPool("not started")
            return future  # never answered... until the pool breaks

    pool.executor = Late()
    rows = src.iter_rows()
    results = pool.results(rows, src.mapping, len(src.headers), dict)
    with pytest.raises(PoolStartFailed) as info:
        next(results)
    assert [r.row for r in info.value.rows] == [2, 3, 4, 5, 6, 7, 8, 9, 10]  # sent, and taken to send
    assert next(rows).row == 11  # the rest of the file is where the pool left it


SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from iomdesk.services.importing import pool as import_pool
    from iomdesk.services.context import AppContext
    from iomdesk.services.importer import ImportService

    import_pool.POOL_MIN_ROWS = 0  # as a file of 5,000 rows would: a pool is started
    import_pool.CHUNK_ROWS = 20
    folder = Path(sys.argv[1])
    ctx = AppContext.open(str(folder / "d.sqlite3"))
    result = ImportService(ctx.db.session_factory).import_file(folder / "c.csv", workers=2)
    print("RESULT", result.added, len(result.rejected), result.stored)
    ctx.close()
    """
)


def test_a_script_without_the_main_guard_imports_in_one_process(tmp_path):
    (tmp_path / "c.csv").write_text(
        "Name,Office,Phone,Email\n"
        + "".join(f"Person {i},IOM Kenya,0712 3456{i % 100:02d},p{i}@example.org\n" for i in range(150)),
        encoding="utf-8",
    )
    script = tmp_path / "no_guard.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("RESULT") == 1 and "RESULT 150 0 True" in done.stdout, done.stdout
    assert "Error" not in done.stderr and "out of memory" not in done.stderr, done.stderr[-2000:]


def test_a_worker_loads_no_database_or_qt_code():
    """What a spawned worker imports (the pool module, core, the mapping; now the search text too)
    holds no SQLAlchemy, no Qt and no store module."""
    code = (
        "import sys, iomdesk.services.importing.pool, iomdesk.core.search_text\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')"
        " or m.startswith('iomdesk.store')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_spawned_worker_that_validated_rows_holds_no_database_or_qt_module(tmp_path):
    """The real thing: a worker the pool spawned (it imports ``iomdesk.services.importing.pool``
    through the package) validates a chunk, then lists what it has loaded: no SQLAlchemy ORM,
    no Qt, no store, no other import stage."""
    src = source(tmp_path, n=3)
    rows = [(r.row, r.cells, tuple(r.problems)) for r in src.iter_rows()]
    pool = ValidatorPool(1, {}, "notes")
    try:
        out = pool.executor.submit(import_pool.validate_rows, src.mapping, len(src.headers), {}, rows).result(60)
        loaded = pool.executor.submit(
            eval,
            "sorted(m for m in __import__('sys').modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')"
            " or m.startswith(('iomdesk.store', 'iomdesk.ui', 'iomdesk.services.importing.')))",
        ).result(60)
    finally:
        pool.close()
    assert [d.name for d, *_ in out] == ["Person 0", "Person 1", "Person 2"]
    assert loaded == ["iomdesk.services.importing.pool"]


ORPHAN_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    from iomdesk.services.importing.pool import ValidatorPool

    if __name__ == "__main__":
        pool = ValidatorPool(2, {}, "notes")
        pids = pool.executor.submit(os.getpid).result(60), pool.executor.submit(os.getpid).result(60)
        print("WORKERS", *sorted(set(pool.executor._processes)), flush=True)
        time.sleep(120)  # killed here, the pool never shut down
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by init) counts as gone
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and sends SIGKILL")
def test_workers_end_when_the_importing_process_is_killed(tmp_path):
    """A killed app (or one that quit while a cancelled import wound down) leaves no worker process
    waiting forever: the workers watch their parent and end with it."""
    import signal
    import time

    script = tmp_path / "parent.py"
    script.write_text(ORPHAN_SCRIPT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = parent.stdout.readline()
        assert line.startswith("WORKERS"), line
        workers = [int(p) for p in line.split()[1:]]
        assert workers and all(_alive(p) for p in workers)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(30)
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in workers if _alive(p)]
    for p in left:  # never leave them behind, even when the test fails
        os.kill(p, signal.SIGKILL)
    assert left == [], "worker processes outlived the importing process"
