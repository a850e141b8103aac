"""Import speed through the real path: read the CSV, map, validate, de-duplicate, store.

    python benchmarks/import_speed.py [--rows 100000] [--runs 3] [--profile]

Generates a realistic CSV (Google-like headers, names with diacritics, offices of many countries,
one or two phones per contact with and without country codes, one or two emails, tags, some notes)
in a temporary folder, imports it into a fresh SQLite database ``--runs`` times, and prints the
median rows per second. A second pass re-imports the same file with ``--on-duplicate update`` into
the filled database (every row a duplicate) and prints that figure too.
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

OFFICES = [  # office, local mobile template, international work template ("#" = a digit)
    ("IOM Zimbabwe", "0772 ### ###", "+263 71 ### ####"),
    ("OIM Sénégal", "77 ### ## ##", "+221 33 8## ## ##"),
    ("IOM Kenya", "0712 ######", "+254 722 ######"),
    ("OIM Ecuador", "099 ### ####", "+593 2 2## ####"),
    ("IOM Bangladesh", "01712 ######", "+880 1812 ######"),
    ("IOM Geneva", "079 ### ## ##", "+41 22 ### ## ##"),
    ("OIM Niger", "96 ## ## ##", "+227 20 ## ## ##"),
    ("IOM Philippines", "0917 ### ####", "+63 2 8### ####"),
]


def fill(template: str, i: int) -> str:
    n = template.count("#")
    digits = iter(f"{i:0{n}d}"[-n:])
    return "".join(next(digits) if ch == "#" else ch for ch in template)


FIRST = ["Amina", "José", "Ngozi", "Fatou", "Chidi", "Łukasz", "Zoë", "Aïssata", "Tendai", "María", "Søren"]
LAST = ["Diop", "Núñez", "Okafor", "Sow", "Moyo", "Nowak", "Müller", "Traoré", "Chikwanha", "García"]
TAGS = ["press", "radio", "tv", "online", "wire", "freelance", "photo"]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "First Name",
                "Last Name",
                "Organization Name",
                "Organization Title",
                "E-mail 1 - Value",
                "E-mail 2 - Value",
                "Phone 1 - Label",
                "Phone 1 - Value",
                "Phone 2 - Label",
                "Phone 2 - Value",
                "Labels",
                "Notes",
            ]
        )
        for i in range(rows):
            office, mobile, work = OFFICES[i % len(OFFICES)]
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            mob = fill(mobile, i)
            wk = fill(work, i) if rnd.random() < 0.5 else ""
            email2 = f"{first[0].lower()}{i}@gmail.com" if rnd.random() < 0.3 else ""
            w.writerow(
                [
                    first,
                    f"{last} {i}",
                    office,
                    rnd.choice(["Reporter", "Editor", "Producer", "Correspondent"]),
                    f"{first.lower()}.{i}@news{i % 97}.example.org".encode("ascii", "ignore").decode(),
                    email2,
                    "Mobile",
                    mob,
                    "Work" if wk else "",
                    wk,
                    " ::: ".join(["* myContacts", *rnd.sample(TAGS, 2)]),
                    "Met at the 2024 briefing,\nprefers WhatsApp" if rnd.random() < 0.1 else "",
                ]
            )


def run_once(csv_path: Path, db_path: Path, policy: str = "skip") -> tuple[float, object]:
    from iomdesk.services.context import AppContext
    from iomdesk.services.importer import ImportService

    ctx = AppContext.open(str(db_path))
    try:
        start = time.perf_counter()
        result = ImportService(ctx.db.session_factory).import_file(csv_path, on_duplicate=policy)
        elapsed = time.perf_counter() - start
    finally:
        ctx.close()
    return elapsed, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "contacts.csv"
        generate(csv_path, args.rows)
        print(f"{args.rows} rows, {csv_path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        if args.profile:
            import cProfile
            import pstats

            cProfile.runctx(
                "run_once(csv_path, folder / 'p.sqlite3')", globals(), locals(), str(folder / "prof")
            )
            pstats.Stats(str(folder / "prof")).sort_stats("cumulative").print_stats(35)
            return 0
        times = []
        result = None
        for i in range(args.runs):
            elapsed, result = run_once(csv_path, folder / f"run{i}.sqlite3")
            times.append(elapsed)
            print(f"run {i + 1}: {elapsed:.2f} s, {args.rows / elapsed:,.0f} rows/s ({result.summary()})")
        median = statistics.median(times)
        print(f"fresh database: median {median:.2f} s = {args.rows / median:,.0f} rows/s")
        elapsed, result = run_once(csv_path, folder / "run0.sqlite3", policy="update")
        print(f"re-import (update, all duplicates): {elapsed:.2f} s = {args.rows / elapsed:,.0f} rows/s")
        print(f"  {result.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
