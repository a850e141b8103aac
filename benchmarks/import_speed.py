"""Import speed through the real path, against the cost of the normalization it cannot avoid.

    python benchmarks/import_speed.py [--rows 100000] [--runs 3] [--workers N] [--compare-workers]
                                      [--bare-cached] [--profile]

Generates a realistic CSV (Google-like headers, names with diacritics, offices of many countries,
one or two phones per contact with and without country codes, one or two emails, tags, some notes)
in a temporary folder, then measures on that same file, in the same run:

(a) bare normalization: every phone cell through phonenumbers (parsed with the office's country
    as the import reads it, formatted E.164 and international, ``is_valid_number``) and every email
    cell through ``email_validator.validate_email(check_deliverability=False)``: the libraries
    alone, on one core, the cells already in memory. With ``--bare-cached`` also the same work on
    the distinct values only (the floor once a cache exists);
(b) the real import (``ImportService.import_file``) into a fresh SQLite database, ``--runs`` times;
(c) the re-import of the same file with ``--on-duplicate update`` into the filled database (every
    row a duplicate), ``--runs`` times;

and prints medians, rows/s and the ratio real/bare. ``--workers N``: processes that share the
import (1 = this process alone, N >= 2 = this process writes while N - 1 worker processes parse and
validate; 0 = the importer's own choice). ``--compare-workers`` measures 1 and 2. ``--profile``
profiles one import (cProfile) and prints the top costs.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
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


def run_once(csv_path: Path, db_path: Path, policy: str = "skip", workers: int | None = None):
    from iomdesk.core.phones import _parse_cached
    from iomdesk.services.context import AppContext
    from iomdesk.services.importer import ImportService

    # Every run starts with an empty phone cache (as worker processes do): a run must not reuse
    # the numbers an earlier run of the same file parsed.
    _parse_cached.cache_clear()
    options = {} if workers is None else {"workers": workers}
    ctx = AppContext.open(str(db_path))
    try:
        start = time.perf_counter()
        result = ImportService(ctx.db.session_factory).import_file(csv_path, on_duplicate=policy, **options)
        elapsed = time.perf_counter() - start
    finally:
        ctx.close()
    return elapsed, result


PHONE_COLUMNS = ("Phone 1 - Value", "Phone 2 - Value")
EMAIL_COLUMNS = ("E-mail 1 - Value", "E-mail 2 - Value")


def bare_cells(csv_path: Path) -> tuple[list[tuple[str, str | None]], list[str]]:
    """Every phone cell with the region the import reads it with (the office's country), and every
    email cell, as the file holds them."""
    from iomdesk.core.offices import country_for_office

    regions: dict[str, str | None] = {}
    phones, emails = [], []
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            office = row["Organization Name"]
            if office not in regions:
                regions[office] = country_for_office(office)
            phones.extend((row[c], regions[office]) for c in PHONE_COLUMNS if row[c].strip())
            emails.extend(row[c] for c in EMAIL_COLUMNS if row[c].strip())
    return phones, emails


def bare_once(phones: list[tuple[str, str | None]], emails: list[str]) -> float:
    """The libraries alone: phonenumbers parse, E.164 + international formats, validity; and
    email-validator without DNS. Seconds."""
    import phonenumbers
    from email_validator import EmailNotValidError, validate_email

    fmt, parse, valid = phonenumbers.format_number, phonenumbers.parse, phonenumbers.is_valid_number
    e164, intl = phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    start = time.perf_counter()
    for text, region in phones:
        try:
            n = parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        fmt(n, e164)
        fmt(n, intl)
        valid(n)
    for address in emails:
        try:
            validate_email(address, check_deliverability=False)
        except EmailNotValidError:
            pass
    return time.perf_counter() - start


def median_runs(fn, runs: int) -> tuple[float, list[float]]:
    times = [fn() for _ in range(runs)]
    return statistics.median(times), times


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def fmt_times(times: list[float]) -> str:
    return " / ".join(f"{t:.2f}" for t in times)


def measure_import(csv_path: Path, folder: Path, rows: int, runs: int, workers: int | None, tag: str) -> tuple[float, float]:
    """Median seconds of a first import (fresh database) and of a re-import with update."""
    times = []
    result = None
    for i in range(runs):
        elapsed, result = run_once(csv_path, folder / f"{tag}-{i}.sqlite3", workers=workers)
        times.append(elapsed)
    real = statistics.median(times)
    print(f"  real import ({tag}): median {real:.2f} s = {rows / real:,.0f} rows/s  [{fmt_times(times)}]")
    print(f"    {result.summary()}")
    utimes = []
    for _ in range(runs):
        elapsed, result = run_once(csv_path, folder / f"{tag}-0.sqlite3", policy="update", workers=workers)
        utimes.append(elapsed)
    update = statistics.median(utimes)
    print(f"  re-import, update ({tag}): median {update:.2f} s = {rows / update:,.0f} rows/s  "
          f"[{fmt_times(utimes)}] = {update / real:.2f}x the first import")
    print(f"    {result.summary()}")
    for i in range(runs):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{folder / f'{tag}-{i}.sqlite3'}{suffix}").unlink(missing_ok=True)
    return real, update


def profile(csv_path: Path, folder: Path, workers: int | None, top: int = 15) -> None:
    import cProfile
    import pstats

    out = str(folder / "prof")
    cProfile.runctx("run_once(csv_path, folder / 'p.sqlite3', workers=workers)", globals(), locals(), out)
    stats = pstats.Stats(out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top + 20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None,
                        help="1 = one process, N >= 2 = N processes, 0 = the importer's choice (default)")
    parser.add_argument("--compare-workers", action="store_true", help="measure 1 and 2 workers")
    parser.add_argument("--bare-cached", action="store_true", help="also the bare work on distinct values")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare normalization")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "contacts.csv"
        generate(csv_path, args.rows)
        print(f"{args.rows:,} rows, {csv_path.stat().st_size / 1e6:.1f} MB, {os.cpu_count()} cores, {load()}")
        if args.profile:
            profile(csv_path, folder, args.workers)
            return 0
        bare = None
        if not args.no_bare:
            phones, emails = bare_cells(csv_path)
            bare_once(phones[:200], emails[:200])  # load the libraries and their metadata
            bare, times = median_runs(lambda: bare_once(phones, emails), args.runs)
            print(f"bare normalization, one core: {len(phones):,} phones + {len(emails):,} emails: median "
                  f"{bare:.2f} s = {args.rows / bare:,.0f} rows/s  [{fmt_times(times)}]")
            if args.bare_cached:
                dphones, demails = sorted(set(phones)), sorted(set(emails))
                cached, times = median_runs(lambda: bare_once(dphones, demails), args.runs)
                print(f"bare normalization of distinct values ({len(dphones):,} phones, {len(demails):,} "
                      f"emails): median {cached:.2f} s = {args.rows / cached:,.0f} rows/s  [{fmt_times(times)}]")
        settings = [1, 2] if args.compare_workers else [args.workers]
        for workers in settings:
            tag = "workers=auto" if workers in (None, 0) else f"workers={workers}"
            real, update = measure_import(csv_path, folder, args.rows, args.runs, workers, tag)
            if bare is not None:
                print(f"  ratio real/bare ({tag}): {real / bare:.2f}x; update/bare {update / bare:.2f}x")
        print(f"done, {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
