"""Import speed through the real path, against the cost of the normalization it cannot avoid.

    python benchmarks/import_speed.py [--rows 100000] [--runs 3] [--workers N] [--compare-workers]
                                      [--bare-cached] [--profile] [--breakdown]

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

and prints medians, rows/s and the ratio real/bare. ``--breakdown`` splits the real import's time,
on the same data, into (a) the libraries (the bare normalization above), (b) bare SQLite: the rows
the import stored, inserted again with ``executemany`` into the same tables (their own indexes)
of a fresh database without the FTS indexes, (c) the FTS5 inserts alone (the same search text,
one ``INSERT ... SELECT`` per index, as the import does), and (d) the rest, our Python (the real
import's median minus a, b and c; with workers, the main process's share of it). ``--workers N``: processes that share the
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


TABLES = ("offices", "tags", "contacts", "phones", "emails", "contact_tags")


def stored_rows(db_path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row an import stored, by table (columns, rows), to be inserted again bare."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        out = {}
        for table in TABLES:
            cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            out[table] = ([d[0] for d in cur.description], cur.fetchall())
        return out
    finally:
        conn.close()


def sqlite_once(rows: dict, folder: Path, i: int) -> tuple[float, float]:
    """(b) seconds to insert ``rows`` with executemany into a fresh database whose FTS insert
    triggers are dropped (the tables' own indexes stay), and (c) seconds for the FTS5 inserts of
    the same contacts afterwards (one INSERT ... SELECT per index), in one transaction, committed."""
    import sqlite3

    from iomdesk.services.context import AppContext
    from iomdesk.store.fts import FTS_INSERT_TRIGGERS

    path = folder / f"bare-sqlite-{i}.sqlite3"
    AppContext.open(str(path)).close()  # the app's schema (tables, indexes, FTS tables, triggers)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)", FTS_INSERT_TRIGGERS
        ).fetchall()
        conn.execute("BEGIN IMMEDIATE")
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DELETE FROM offices")  # the schema may come with sample offices
        start = time.perf_counter()
        for table in TABLES:
            cols, data = rows[table]
            marks = ", ".join("?" * len(cols))
            conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", data)
        sqlite_s = time.perf_counter() - start
        start = time.perf_counter()
        for name, sql in triggers:
            index = name.removesuffix("_ai")
            cols = sql.split(f"INSERT INTO {index}(rowid, ", 1)[1].split(")", 1)[0]
            conn.execute(f"INSERT INTO {index}(rowid, {cols}) SELECT id, {cols} FROM contacts")
        fts_s = time.perf_counter() - start
        start = time.perf_counter()
        conn.execute("COMMIT")
        sqlite_s += time.perf_counter() - start  # the commit writes both; counted with the tables
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return sqlite_s, fts_s


def breakdown(csv_path: Path, folder: Path, rows: int, runs: int, bare: float, reals: dict) -> None:
    """Print the split of the real import's median time (see the module's notes)."""
    db = folder / "breakdown-source.sqlite3"
    run_once(csv_path, db, workers=1)
    stored = stored_rows(db)
    sq, ft = [], []
    for i in range(runs):
        a, b = sqlite_once(stored, folder, i)
        sq.append(a)
        ft.append(b)
    sqlite_s, fts_s = statistics.median(sq), statistics.median(ft)
    print(f"bare SQLite (executemany, same tables, no FTS): median {sqlite_s:.2f} s  [{fmt_times(sq)}]")
    print(f"FTS5 inserts alone (same search text): median {fts_s:.2f} s  [{fmt_times(ft)}]")
    for tag, real in reals.items():
        if tag == "workers=1":
            ours = real - bare - sqlite_s - fts_s
            print(f"breakdown ({tag}), real {real:.2f} s:")
            for label, sec in (("(a) phonenumbers + email-validator", bare), ("(b) SQLite inserts, no FTS", sqlite_s),
                               ("(c) FTS5 inserts", fts_s), ("(d) our Python (the rest)", ours)):
                print(f"  {label:<38} {sec:6.2f} s  {100 * sec / real:5.1f}%")
        else:
            rest = real - sqlite_s - fts_s
            print(f"breakdown ({tag}), real {real:.2f} s (libraries run in the workers): SQLite "
                  f"{sqlite_s:.2f} s ({100 * sqlite_s / real:.1f}%), FTS5 {fts_s:.2f} s "
                  f"({100 * fts_s / real:.1f}%), the main process's Python and waiting {rest:.2f} s "
                  f"({100 * rest / real:.1f}%); floor of this design: SQLite + FTS5 = "
                  f"{sqlite_s + fts_s:.2f} s = {(sqlite_s + fts_s) / bare:.2f}x the bare normalization")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


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
    parser.add_argument("--breakdown", action="store_true",
                        help="split the time: libraries, bare SQLite, FTS5 inserts, our Python")
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
        reals = {}
        for workers in settings:
            tag = "workers=auto" if workers in (None, 0) else f"workers={workers}"
            real, update = measure_import(csv_path, folder, args.rows, args.runs, workers, tag)
            reals[tag] = real
            if bare is not None:
                print(f"  ratio real/bare ({tag}): {real / bare:.2f}x; update/bare {update / bare:.2f}x")
        if args.breakdown and bare is not None:
            breakdown(csv_path, folder, args.rows, args.runs, bare, reals)
        print(f"done, {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
