"""Speed and memory of IOM Desk with a big directory. Prints tables with medians and p95.

    python benchmarks/perf.py [--contacts 100000] [--reps 30] [--keep] [--skip-import] [--postgres]

- search: from a query string to the first page of results in the table model (ids, count, first
  block of rows, and the cells of the ~30 visible rows), for 1-, 2-, 3-letter, multi-word,
  phone-digit and field-filter queries;
- import: rows per second for a 100,000-row CSV through the real import path (benchmarks/import_speed.py);
- start: process start to the main window shown (``iomdesk`` in a fresh process, medians of 5);
- memory: peak resident memory of the app after a few searches and some scrolling.

The directory is generated once into benchmarks/.data/ (kept with --keep for later runs).
``--postgres`` runs the search part on PostgreSQL instead: a throw-away server from the machine's own
PostgreSQL binaries (tests/pg.py; as root it runs as the ``postgres`` user) gets the same directory
through the backup restore path, then the same queries run against it.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

QUERIES = [
    ("1 letter", "m"), ("1 letter", "a"), ("2 letters", "ma"), ("2 letters", "jo"),
    ("3 letters", "mar"), ("3 letters", "kov"), ("3 letters", "ива"),
    ("multi-word", "jose nunez"), ("multi-word", "iom zimbabwe media"), ("multi-word", "maria media officer"),
    ("phone digits", "335044"), ("phone digits", "+263"), ("phone digits", "0772"), ("phone digits", "263 71"),
    ("field filter", "office:zimbabwe"), ("field filter", "country:ZW"), ("field filter", "tag:media"),
    ("field filter", "email:iom.int"), ("field filter", "article:mcof"),
    ("field filter", "tag:press office:kenya"),
]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


BASE = 100_000  # bigger directories are this one copied (new ids, same kinds of data)


def build(path: Path, n: int) -> None:
    from directory_gen import generate, replicate

    from iomdesk.store.db import open_database

    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"generating {n:,} contacts into {path} ...", flush=True)
    base_file = path.with_name(f"directory-{BASE}.sqlite3")
    if n > BASE and base_file.exists():  # reuse a kept 100k directory as the base
        import sqlite3

        src, dst = sqlite3.connect(base_file), sqlite3.connect(path)
        src.backup(dst)
        src.close()
        dst.close()
        db = open_database(str(path))
        replicate(db.engine, BASE, n, progress=lambda m: print(m, flush=True))
        db.dispose()
        return
    db = open_database(str(path))
    generate(db.session_factory, min(n, BASE), progress=lambda m: print(m, flush=True) if "000 /" in m and
             (int(m.split()[1].replace(",", "")) % 50000 == 0) else None)
    if n > BASE:
        replicate(db.engine, min(n, BASE), n, progress=lambda m: print(m, flush=True))
    db.dispose()


def postgres_copy(path: Path):
    """A throw-away PostgreSQL server holding the directory of ``path``: (server, URL)."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from pg import TempPostgres

    from iomdesk.services.backup import restore_database
    from iomdesk.store.db import open_database

    server = TempPostgres()
    if not server.available:
        raise SystemExit("--postgres needs the PostgreSQL server binaries (initdb, pg_ctl)")
    server.start()
    url = server.new_database()
    t0 = time.perf_counter()
    db = open_database(url)
    restore_database(db, path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # the planner's statistics, as autovacuum gathers them after a load
    db.dispose()
    print(f"copied into PostgreSQL ({time.perf_counter() - t0:.0f} s)", flush=True)
    return server, url


def bench_search(path: Path | str, reps: int) -> list[tuple[str, str, float, float, int]]:
    from PySide6.QtWidgets import QApplication

    from iomdesk.services.context import AppContext
    from iomdesk.ui.contact_model import ContactTableModel, SearchSpec, run_search

    QApplication.instance() or QApplication([])
    ctx = AppContext.open(str(path))
    model = ContactTableModel(ctx.search)
    rows = []
    for kind, query in QUERIES:
        times = []
        for i in range(reps + 2):
            t0 = time.perf_counter()
            result = run_search(ctx.search, SearchSpec(query))
            model.apply(result)
            for r in range(min(30, model.rowCount())):
                for c in range(model.columnCount()):
                    model.data(model.index(r, c))
            if i >= 2:  # two warm-up runs
                times.append((time.perf_counter() - t0) * 1000)
        rows.append((kind, query, statistics.median(times), p95(times),
                     f"{model.total:,}{'+' if model.total_capped else ''}"))
    ctx.close()
    return rows


def bench_start(path: Path, runs: int = 5) -> list[float]:
    env = {**os.environ, "IOMDESK_EXIT_AFTER_SHOW": "1", "IOMDESK_DATA_DIR": str(path.parent / "home")}
    times = []
    for _ in range(runs):
        t0 = time.time()
        out = subprocess.run([sys.executable, str(HERE.parent / "main.py"), "--db", str(path)], env=env,
                             capture_output=True, text=True, timeout=120)
        line = next((x for x in out.stdout.splitlines() if x.startswith("shown ")), None)
        if line is None:
            raise SystemExit(f"the app did not show its window:\n{out.stderr}")
        times.append(float(line.split()[1]) - t0)
    return times


MEMORY_SCRIPT = r"""
import os, resource, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from iomdesk.ui.application import make_app
from iomdesk.services.context import AppContext
from iomdesk.ui.main_window import MainWindow
app = make_app([])
ctx = AppContext.open(sys.argv[1])
w = MainWindow(ctx, QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.resize(1280, 760); w.show(); app.processEvents()
for q in ["m", "mar", "jose nunez", "+263", "office:zimbabwe", "tag:media", ""]:
    w.search_edit.setText(q); w._debounce.stop(); w.refresh(); app.processEvents()
    for _ in range(3):
        w.table.scrollToBottom(); app.processEvents()
w.table.selectRow(0); app.processEvents()
print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "rows", w.model.rowCount())
"""


def bench_memory(path: Path) -> tuple[float, str]:
    env = {**os.environ, "IOMDESK_DATA_DIR": str(path.parent / "home")}
    out = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(path), str(path.parent / "mem.ini")],
                         env=env, capture_output=True, text=True, timeout=600, cwd=str(HERE.parent))
    line = next((x for x in out.stdout.splitlines() if x.startswith("maxrss_kb")), None)
    if line is None:
        raise SystemExit(f"memory run failed:\n{out.stderr}")
    parts = line.split()
    return int(parts[1]) / 1024, parts[3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the generated database for later runs")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--only", choices=["search", "start", "memory", "import"])
    parser.add_argument("--postgres", action="store_true", help="run the search part on PostgreSQL")
    args = parser.parse_args()
    if args.postgres:
        args.only = "search"

    path = HERE / ".data" / f"directory-{args.contacts}.sqlite3"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    t0 = time.perf_counter()
    build(path, args.contacts)
    print(f"directory of {args.contacts:,} contacts ready ({time.perf_counter() - t0:.0f} s)\n")
    try:
        if args.only in (None, "search"):
            server = None
            if args.postgres:
                server, url = postgres_copy(path)
            try:
                rows = bench_search(url if server else path, args.reps)
            finally:
                if server:
                    server.stop()
            where = "PostgreSQL" if server else "SQLite"
            print(f"search on {where}, {args.reps} runs each (ms from query to first page in the table model)")
            print(f"{'kind':<14}{'query':<24}{'median':>9}{'p95':>9}{'matches':>10}")
            for kind, query, med, high, total in rows:
                print(f"{kind:<14}{query:<24}{med:>9.1f}{high:>9.1f}{total:>10}")
            worst = max(r[3] for r in rows)
            print(f"worst p95: {worst:.1f} ms\n")
        if args.only in (None, "start"):
            times = bench_start(path)
            print(f"start: process start to main window shown: median {statistics.median(times):.2f} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in times)})\n")
        if args.only in (None, "memory"):
            mb, rows_loaded = bench_memory(path)
            print(f"memory: peak resident {mb:.0f} MB after searches and scrolling ({rows_loaded} rows loaded)\n")
        if args.only in (None, "import") and not args.skip_import:
            print("import (benchmarks/import_speed.py, 100,000 rows):", flush=True)
            subprocess.run([sys.executable, str(HERE / "import_speed.py"), "--rows", "100000", "--runs", "3"],
                           check=False)
    finally:
        if not args.keep:
            for p in path.parent.glob(f"{path.name}*"):
                p.unlink()


if __name__ == "__main__":
    main()
