"""Copy speed: a generated personal directory copied into an empty SQLite file and into an empty
PostgreSQL database, then copied again (every contact a duplicate, "skip"), through the real service.

    python benchmarks/copy_speed.py [--contacts 20000] [--articles 1000] [--runs 3] [--no-postgres]

The source is made by benchmarks/directory_gen.py (names in several scripts, phones in many formats,
emails, tags, articles linked to contacts). PostgreSQL is a throw-away server from the machine's own
binaries (tests/pg.py). Prints the median of ``--runs`` copies per case, and contacts/s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=20000)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    import directory_gen

    from iomdesk.services.context import AppContext
    from iomdesk.services.copying import CopyService

    folder = Path(tempfile.mkdtemp(prefix="iomdesk-copy-bench-"))
    source = AppContext.open(str(folder / "personal.sqlite3"))
    directory_gen.generate(source.db.session_factory, args.contacts, articles=args.articles,
                           progress=lambda *_a: None)
    n = source.contacts.count()
    print(f"source: {n} contacts, {args.articles} articles (SQLite)")
    service = CopyService(source.db.session_factory)

    targets = {"sqlite": lambda i: str(folder / f"team-{i}.sqlite3")}
    server = None
    if not args.no_postgres:
        from tests.pg import TempPostgres

        server = TempPostgres()
        if server.available:
            server.start()
            targets["postgresql"] = lambda _i: server.new_database(migrated=True)
        else:
            print("postgresql: binaries not found, skipped")
    try:
        for name, make in targets.items():
            first, again = [], []
            for i in range(args.runs):
                url = make(i)
                t0 = time.perf_counter()
                result = service.copy_to(url)
                first.append(time.perf_counter() - t0)
                # the generator makes a few contacts the import's rules call the same person
                assert result.added + result.skipped == n, result.summary()
                if i == 0:
                    print(f"{name}: first copy: {result.summary()}")
                t0 = time.perf_counter()
                result = service.copy_to(url)
                again.append(time.perf_counter() - t0)
                assert result.added == 0 and result.updated == 0, result.summary()
            m1, m2 = statistics.median(first), statistics.median(again)
            print(f"{name:10s} copy into empty: median {m1:6.2f} s ({n / m1:7.0f} contacts/s)   "
                  f"again (all duplicates): median {m2:6.2f} s ({n / m2:7.0f} contacts/s)   "
                  f"runs {', '.join(f'{t:.2f}' for t in first)} / {', '.join(f'{t:.2f}' for t in again)}")
    finally:
        source.close()
        if server is not None and server.available:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
