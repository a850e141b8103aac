"""What the name collation key (iomdesk.core.collation) costs an import: keys for the names of the import
benchmark's CSV, in one process, against pyuca's own sort_key, and the share of a measured import.

    python benchmarks/collation_cost.py [--rows 20000] [--import-seconds S]

Prints medians of 5 runs (microseconds a name, and seconds for all rows). With --import-seconds (the
median of ``benchmarks/import_speed.py --rows N``), also the key's share of that import.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--import-seconds", type=float, default=None)
    args = parser.parse_args()

    from import_speed import generate

    from iomdesk.core.collation import _slow_key, collation_key

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "contacts.csv"
        generate(path, args.rows)
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            first, last = header.index("First Name"), header.index("Last Name")
            names = [f"{row[first]} {row[last]}".strip() for row in reader]

    def timed(fn) -> float:
        runs = []
        for _ in range(5):
            collation_key.cache_clear()
            start = time.perf_counter()
            for n in names:
                fn(n)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    fast = timed(collation_key.__wrapped__)
    slow = timed(_slow_key)
    print(f"{len(names):,} names ({len(set(names)):,} distinct)")
    print(f"  collation_key (per-character weights): {fast:.3f} s = {fast / len(names) * 1e6:.1f} us a name")
    print(f"  pyuca sort_key (packed):               {slow:.3f} s = {slow / len(names) * 1e6:.1f} us a name")
    if args.import_seconds:
        print(f"  share of a {args.import_seconds:.2f} s import: {fast / args.import_seconds:.1%} "
              f"(pyuca's own: {slow / args.import_seconds:.1%}); the import's workers share this work")


if __name__ == "__main__":
    main()
