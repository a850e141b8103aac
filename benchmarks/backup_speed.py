"""Backup and restore speed: prints medians (seconds, rows/s) and peak memory.

    python benchmarks/backup_speed.py [--n 20000] [--runs 3] [--postgres] [--keep]

Generates a realistic directory of N contacts (benchmarks/directory_gen.py; kept in benchmarks/.data with
--keep, reused when there), then times, each --runs times:
- backup of the SQLite file (online backup API),
- restore of that backup into a fresh SQLite file (copy, search index, field-for-field verification),
and with --postgres (a throw-away server from the machine's PostgreSQL binaries, as the tests use):
- restore of the backup into an empty PostgreSQL database,
- backup of the PostgreSQL database (Alembic schema + table copy + verification).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the generated directory for later runs")
    args = parser.parse_args()

    from iomdesk.services.backup import backup_database, restore_database
    from iomdesk.store.db import open_database

    work = Path(tempfile.mkdtemp(prefix="iomdesk-backup-bench-"))
    data = ROOT / "benchmarks" / ".data" / f"directory-{args.n}.sqlite3"
    if not data.exists():
        from perf import build

        target = data if args.keep else work / "directory.sqlite3"
        build(target, args.n)
        data = target
    db = open_database(str(data))
    size_mb = data.stat().st_size / 1e6

    figures: list[tuple[str, list[float], int]] = []
    backups = []
    times = []
    for i in range(args.runs):
        path = work / f"backup-{i}.sqlite3"
        t, result = timed(lambda p=path: backup_database(db, p))
        times.append(t)
        backups.append(path)
    rows = sum(result.counts.values())
    figures.append(("backup SQLite (online API)", times, rows))
    print(f"directory: {result.contacts:,} contacts, {result.articles:,} articles, {rows:,} rows, {size_mb:.0f} MB",
          flush=True)

    times = []
    for i in range(args.runs):
        target = open_database(str(work / f"restored-{i}.sqlite3"))
        t, restored = timed(lambda tgt=target: restore_database(tgt, backups[0]))
        target.dispose()
        times.append(t)
    figures.append(("restore SQLite -> SQLite (verified)", times, rows))

    if args.postgres:
        from tests.pg import TempPostgres

        server = TempPostgres()
        if not server.available:
            print("PostgreSQL binaries not found; skipping --postgres")
        else:
            server.start()
            try:
                pg_times, pg_backup_times = [], []
                for i in range(args.runs):
                    target = open_database(server.new_database())
                    t, _ = timed(lambda tgt=target: restore_database(tgt, backups[0]))
                    pg_times.append(t)
                    t, _ = timed(lambda tgt=target, j=i: backup_database(tgt, work / f"from-pg-{j}.sqlite3"))
                    pg_backup_times.append(t)
                    target.dispose()
                figures.append(("restore SQLite -> PostgreSQL (verified)", pg_times, rows))
                figures.append(("backup PostgreSQL -> SQLite (verified)", pg_backup_times, rows))
            finally:
                server.stop()
    db.dispose()

    print(f"{'operation':42} {'median s':>9} {'min s':>8} {'rows/s':>10}")
    for name, values, n in figures:
        med = statistics.median(values)
        print(f"{name:42} {med:9.2f} {min(values):8.2f} {n / med:10,.0f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    import shutil

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
