"""What the suppression-list check costs an import: prints medians (seconds).

    python benchmarks/import_suppressed.py [--rows 20000] [--suppressed 10000] [--runs 5]

The CSV of benchmarks/import_speed.py is generated once; each run imports it (``workers=1``) into a
fresh SQLite database, alternately (a) with an empty suppression list (the check is skipped after one
query) and (b) with ``--suppressed`` rows on the list, 1% of them the addresses of rows in the file
(those contacts are marked do not contact, and the summary lists their rows); one IN query per chunk.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--suppressed", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from import_speed import EMAIL_COLUMNS, generate

    from iomdesk.core.emails import normalize_email
    from iomdesk.core.phones import _parse_cached
    from iomdesk.services.context import AppContext
    from iomdesk.services.importer import ImportService
    from iomdesk.services.protection import email_digest
    from iomdesk.store.models import Suppression

    folder = Path(tempfile.mkdtemp(prefix="iomdesk-suppressed-bench-"))
    csv_path = folder / "contacts.csv"
    generate(csv_path, args.rows)
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        addresses = [row[c] for row in csv.DictReader(fh) for c in EMAIL_COLUMNS if row.get(c)]
    rng = random.Random(3)
    matching = rng.sample(addresses, max(1, args.suppressed // 100))
    digests = {email_digest(normalize_email(a)) for a in matching}
    while len(digests) < args.suppressed:
        digests.add(f"{rng.getrandbits(256):064x}")

    def once(i: int, with_list: bool):
        _parse_cached.cache_clear()
        ctx = AppContext.open(str(folder / f"db-{i}-{int(with_list)}.sqlite3"))
        try:
            if with_list:
                with ctx.db.session_factory.begin() as s:
                    s.add_all(Suppression(kind="email", digest=d, reason="bench") for d in digests)
            start = time.perf_counter()
            result = ImportService(ctx.db.session_factory).import_file(csv_path, workers=1)
            return time.perf_counter() - start, result
        finally:
            ctx.close()

    empty, listed = [], []
    for i in range(args.runs):
        t, _r = once(i, False)
        empty.append(t)
        t, result = once(i, True)
        listed.append(t)
    print(f"{args.rows:,} rows; {args.suppressed:,} suppressed digests, {len(matching):,} of them in the file")
    print(f"  empty suppression list: median {statistics.median(empty):.2f} s  "
          f"[{' / '.join(f'{x:.2f}' for x in empty)}]")
    print(f"  {args.suppressed:,} suppressed:        median {statistics.median(listed):.2f} s  "
          f"[{' / '.join(f'{x:.2f}' for x in listed)}]")
    print(f"  {len(result.dnc_ids):,} contacts marked do not contact; summary: {result.summary()[:160]}...")


if __name__ == "__main__":
    main()
