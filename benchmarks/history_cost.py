"""What recording contact history costs the CSV import (the bulk path), measured A/B in one process.

    python benchmarks/history_cost.py [--rows 20000] [--runs 5]

Generates the same CSV as ``import_speed.py`` and imports it into fresh SQLite databases, alternating
runs with history recording on and off (off: the Writer's history rows are neither built nor written),
then re-imports it with ``--on-duplicate update`` over a directory whose contacts lack a role (so every
row changes its contact and gets an "imported" history row). Prints medians of each and the
difference: alternating on/off runs on the same machine keeps other load out of the comparison.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_speed import generate  # noqa: E402

from iomdesk.services.importing import write  # noqa: E402


def _import(csv_path: Path, db_path: Path, policy: str = "skip") -> tuple[float, float]:
    from iomdesk.core.phones import _parse_cached
    from iomdesk.services.context import AppContext
    from iomdesk.services.importer import ImportService

    _parse_cached.cache_clear()
    ctx = AppContext.open(str(db_path))
    try:
        start, cpu = time.perf_counter(), time.process_time()
        ImportService(ctx.db.session_factory).import_file(csv_path, on_duplicate=policy, workers=1)
        return time.perf_counter() - start, time.process_time() - cpu
    finally:
        ctx.close()


def _without_roles(db_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE contacts SET role = ''")


class _Off:
    """History recording switched off in the import's Writer (the rows neither built nor written)."""

    NAMES = ("draft_changes", "to_record", "field_values", "diff")

    def __enter__(self):
        self.saved = (write.Writer._history, *(getattr(write, n) for n in self.NAMES))
        write.Writer._history = lambda self, rows: None
        write.draft_changes = lambda d, office: {}
        write.to_record = lambda contact: None
        write.field_values = lambda record: {}
        write.diff = lambda before, after: {}
        return self

    def __exit__(self, *exc):
        write.Writer._history = self.saved[0]
        for name, fn in zip(self.NAMES, self.saved[1:], strict=True):
            setattr(write, name, fn)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "contacts.csv"
        generate(csv_path, args.rows)
        times: dict[tuple[str, bool], list[tuple[float, float]]] = {}
        for run in range(args.runs):
            for on in (run % 2 == 0, run % 2 == 1):  # alternate which goes first
                db = folder / f"d{run}{on}.sqlite3"
                if on:
                    first = _import(csv_path, db)
                else:
                    with _Off():
                        first = _import(csv_path, db)
                _without_roles(db)
                if on:
                    again = _import(csv_path, db, "update")
                else:
                    with _Off():
                        again = _import(csv_path, db, "update")
                times.setdefault(("import", on), []).append(first)
                times.setdefault(("update", on), []).append(again)
        print(f"{args.rows:,} rows, {args.runs} runs each, medians (wall clock; CPU time of this process)")
        for what in ("import", "update"):
            for i, clock in enumerate(("wall", "cpu")):
                on = statistics.median(t[i] for t in times[(what, True)])
                off = statistics.median(t[i] for t in times[(what, False)])
                print(f"  {what:6} {clock:4}: history on {on:.2f} s, off {off:.2f} s, cost {on - off:+.2f} s "
                      f"({(on - off) / off:+.1%})")


if __name__ == "__main__":
    main()
