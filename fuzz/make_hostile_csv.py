"""Write the hostile CSV files the reader must survive into a folder (never into the repository).

    python fuzz/make_hostile_csv.py /tmp/hostile              # every file, big ones of 20/100/200 MB
    python fuzz/make_hostile_csv.py /tmp/hostile --sizes 20   # only a 20 MB big file
    python fuzz/make_hostile_csv.py /tmp/hostile --only zip_bomb.csv million_columns.csv

Files (what the app should do with each, in brackets):

- ``big_<N>mb.csv``: realistic Google-shaped contacts (names in Latin with diacritics, Cyrillic,
  Arabic, CJK; one or two phones, one or two emails, tags, some multi-line notes) [streamed,
  progress, bounded memory; every row imported]
- ``zip_bomb.csv``: a zip archive holding 1 GB of zeros in ~1 MB [clear error, nothing inflated]
- ``gzip_bomb.csv``: the same as gzip [clear error, nothing inflated]
- ``million_columns.csv`` / ``columns_300k.csv``: a header of 1,000,000 / 300,000 columns and a row
  [clear error, bounded memory and time]
- ``long_line.csv``: one 64 MB line without a newline after the header [clear error, bounded memory]
- ``unclosed_quote.csv``: a quote that never closes, then 40 MB of rows [clear error naming the row]
- ``invalid_utf8.csv``: UTF-8 with some rows holding bytes that are not UTF-8 [those rows rejected
  with their row number and reason, the others imported]
- ``mixed_line_endings.csv``: CRLF, LF and CR line endings in one file [every row read]
- ``long_fields.csv``: name, role, office, notes, email and phone cells of 100,000 characters, and
  one of 100,001 [each rejected with row and reason, or stored whole; never cut]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import random
import sys
import zipfile
from pathlib import Path

# The offices and phone templates of the import benchmark, so both make the same kind of rows.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from import_speed import OFFICES  # noqa: E402
from import_speed import fill as _fill  # noqa: E402

HEADERS = [
    "First Name", "Last Name", "Organization Name", "Organization Title", "E-mail 1 - Value",
    "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
    "Labels", "Notes",
]
FIRST = ["José", "María", "Knowledge", "Ana", "Awa", "Mamadou", "Lucía", "Zoë", "Łukasz", "Søren",
         "François", "Nguyễn", "Ahmed", "Fatima", "Olga", "Amina", "Kwame", "Ngozi", "Émilie", "Ayşe"]
LAST = ["Núñez", "Kovač", "Diop", "Sow", "Lindqvist", "Moyo", "O'Brien", "Lefèvre", "Nowak", "Müller",
        "Yılmaz", "Okafor", "Mensah", "Tanaka", "García", "N'Diaye", "Öztürk", "Wiśniewski", "Đorđević"]
WHOLE = ["Мария Иванова", "Олег Петров", "محمد الأمين", "فاطمة الزهراء", "王小明", "李娜", "김민준"]
ROLES = ["Reporter", "Editor", "Producer", "Correspondent", "Chargée de communication", "Periodista", ""]
TAGS = ["press", "radio", "tv", "online", "wire", "freelance", "photo"]


def contact_row(i: int, rnd: random.Random) -> list[str]:
    office, mobile, work = OFFICES[i % len(OFFICES)]
    if rnd.random() < 0.1:
        first, last = "", f"{rnd.choice(WHOLE)} {i}"
    else:
        first, last = rnd.choice(FIRST), f"{rnd.choice(LAST)} {i}"
    ascii_first = (first or "c").encode("ascii", "ignore").decode().lower() or "x"
    wk = _fill(work, i) if rnd.random() < 0.5 else ""
    return [
        first,
        last,
        office,
        rnd.choice(ROLES),
        f"{ascii_first}.{i}@news{i % 97}.example.org",
        f"{ascii_first[0]}{i}@gmail.com" if rnd.random() < 0.3 else "",
        "Mobile",
        _fill(mobile, i),
        "Work" if wk else "",
        wk,
        " ::: ".join(["* myContacts", *rnd.sample(TAGS, 2)]),
        "Met at the 2024 briefing,\nprefers WhatsApp" if rnd.random() < 0.1 else "",
    ]


def big_csv(path: Path, megabytes: int, seed: int = 7) -> int:
    """Realistic rows until the file holds ``megabytes`` MB; returns the number of contacts."""
    rnd = random.Random(seed)
    limit = megabytes * 1024 * 1024
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        i = 0
        while True:
            block = io.StringIO()
            bw = csv.writer(block)
            for _ in range(1000):
                bw.writerow(contact_row(i, rnd))
                i += 1
            fh.write(block.getvalue())
            if fh.tell() >= limit:
                return i


def zip_bomb(path: Path, gigabytes: int = 1) -> None:
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("contacts.csv", "w", force_zip64=True) as fh:
            for _ in range(gigabytes * 1024):
                fh.write(chunk)


def gzip_bomb(path: Path, gigabytes: int = 1) -> None:
    chunk = b"\0" * (1024 * 1024)
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(gigabytes * 1024):
            fh.write(chunk)


def wide_csv(path: Path, columns: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Name," + ",".join(f"Column {i}" for i in range(1, columns)) + "\r\n")
        fh.write("Amina Diop," + ",".join("x" for _ in range(1, columns)) + "\r\n")


def long_line(path: Path, megabytes: int = 64) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Name,Email\r\nAmina Diop,a@b.org\r\n")
        for _ in range(megabytes):
            fh.write("y" * (1024 * 1024))


def unclosed_quote(path: Path, megabytes: int = 40) -> None:
    rnd = random.Random(3)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerow(contact_row(0, rnd))
        fh.write('Bob Broken,Quote,IOM Kenya,"Editor with a quote that never closes,b@x.org\r\n')
        i = 1
        while fh.tell() < megabytes * 1024 * 1024:
            row = contact_row(i, rnd)
            row[11] = ""  # no quoted note further down that would close the stray quote
            w.writerow(row)
            i += 1


def invalid_utf8(path: Path) -> None:
    good = ["Name,Email,Office", "Zoé Côté,zoe@example.org,OIM Sénégal", "Ana Núñez,ana@example.org,IOM Kenya"]
    data = "\r\n".join(good).encode() + b"\r\n"
    data += b"Bad \xff\xfe Byte,bad@example.org,IOM Kenya\r\n"  # not UTF-8
    data += "Łukasz Nowak,lukasz@example.org,IOM Geneva\r\n".encode()
    data += b"Caf\xe9 Owner,cafe@example.org,IOM Geneva\r\n"  # cp1252 byte in a UTF-8 file
    data += "Søren Lindqvist,soren@example.org,IOM Geneva\r\n".encode()
    path.write_bytes(data)


def mixed_line_endings(path: Path) -> None:
    path.write_bytes(
        b"Name,Email\r\nAmina Diop,amina@example.org\nBob Lee,bob@example.org\rCarla Ruiz,carla@example.org\r\n"
        b'"Dee\r\nMultiline",dee@example.org\rEve Moyo,eve@example.org'
    )


def long_fields(path: Path, size: int = 100_000) -> None:
    big = "x" * size
    rows = [
        ["Name", "Role", "Office", "Notes", "Email", "Phone"],
        ["Long Notes", "Editor", "IOM Kenya", "n" * size, "notes@example.org", "+254 722 000001"],
        ["A" + big[1:], "Editor", "IOM Kenya", "", "name@example.org", ""],
        ["Long Role", "r" * size, "IOM Kenya", "", "role@example.org", ""],
        ["Long Office", "Editor", "o" * size, "", "office@example.org", ""],
        ["Long Email", "Editor", "IOM Kenya", "", "e" * (size - 12) + "@example.org", ""],
        ["Long Phone", "Editor", "IOM Kenya", "", "phone@example.org", "7" * size],
        ["Over Limit", "Editor", "IOM Kenya", "m" * (size + 1), "over@example.org", ""],
        ["Fine Person", "Editor", "IOM Kenya", "short", "fine@example.org", "+254 722 000002"],
    ]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


SMALL = {
    "zip_bomb.csv": zip_bomb,
    "gzip_bomb.csv": gzip_bomb,
    "million_columns.csv": lambda p: wide_csv(p, 1_000_000),
    "columns_300k.csv": lambda p: wide_csv(p, 300_000),
    "long_line.csv": long_line,
    "unclosed_quote.csv": unclosed_quote,
    "invalid_utf8.csv": invalid_utf8,
    "mixed_line_endings.csv": mixed_line_endings,
    "long_fields.csv": long_fields,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", help="where to write the files (not inside the repository)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[20, 100, 200], help="big files, in MB")
    parser.add_argument("--only", nargs="*", help="only these file names")
    args = parser.parse_args()
    folder = Path(args.folder).resolve()
    repo = Path(__file__).resolve().parent.parent
    if folder == repo or repo in folder.parents:
        parser.error("write the files outside the repository (they are hundreds of MB)")
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only) if args.only else None
    for name, make in SMALL.items():
        if wanted is None or name in wanted:
            make(folder / name)
            print(f"{name}: {(folder / name).stat().st_size:,} bytes", file=sys.stderr)
    for mb in args.sizes:
        name = f"big_{mb}mb.csv"
        if wanted is None or name in wanted:
            n = big_csv(folder / name, mb)
            print(f"{name}: {(folder / name).stat().st_size:,} bytes, {n:,} contacts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
