"""Write the hostile vCard and press-release files the readers must survive into a folder (never into
the repository), and with ``--measure`` run each through the CLI as a user would, printing the exit
code, wall time and peak memory (RSS) of the process.

    python fuzz/make_hostile_vcard_press.py /tmp/hostile               # every file
    python fuzz/make_hostile_vcard_press.py /tmp/hostile --measure     # ... and run each, print figures
    python fuzz/make_hostile_vcard_press.py /tmp/hostile --only photo_20mb.vcf --measure --repeat 3

Files (what the app should do with each, in brackets):

- ``photo_20mb.vcf`` / ``photo_200mb.vcf``: one card with a 20 / 200 MB base64 PHOTO, folded at 75
  [imported without the photo, a warning says so; memory bounded, not growing with the photo]
- ``photo_unfolded_20mb.vcf``: the photo on one 20 MB line [the same]
- ``many_photos.vcf``: 2,000 cards with a 30 KB photo each [every card imported, photos left out]
- ``note_100mb.vcf``: a card with a 100 MB NOTE, between two good cards [that card rejected as too
  large, the others imported; memory bounded]
- ``long_fields.vcf``: cards with a 100,000-character FN, NOTE, TEL, EMAIL, ORG, TITLE [each rejected
  with row and reason, or stored whole]
- ``invalid_utf8.vcf``: UTF-8 cards, one holding bytes that are not UTF-8 [that card rejected]
- ``mixed_line_endings.vcf``: CR, LF and CRLF in one file, folds across them [every card read]
- ``gzip.vcf`` / ``zip.vcf`` / ``binary.vcf`` / ``empty.vcf`` / ``nuls.vcf`` [clear error, exit 2]
- ``nested_100k.html``: a contact block inside 100,000 nested ``<div>`` [read in seconds, the contact
  found]
- ``unclosed_tags.html``, ``unclosed_comments.html``, ``br_endtags.html``: constructs that made
  html.parser quadratic, 200,000 of each after a contact block [read in seconds, the contact found]
- ``dense_4mb.html``: 4 MB of ``<p>`` elements before the block (the size limit) [read; the slowest
  page the app accepts]
- ``long_name_line.txt``: a contact line with a 100,000-character name [a result: no contact]
- ``spaces.txt``: a release followed by a line of 2,000,000 spaces [read in seconds]
- ``invalid_utf8.html``, ``mixed_line_endings.txt`` [read, the contact found]
- ``gzip.html`` / ``zip.html`` / ``empty.html`` / ``nuls.txt`` / ``too_big.html`` (5 MB) [refused,
  exit 2]
"""

from __future__ import annotations

import argparse
import base64
import gzip
import io
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

BLOCK = (
    "<h1>IOM Opens Office In Geneva</h1><p>Geneva – IOM opened a new office today, the organization "
    "said in a statement.</p><p>For more information, please contact Jane Doe, IOM Geneva, "
    "Tel: +41 22 717 9111, Email: jdoe@iom.int</p>"
)
TEXT = (
    "IOM Opens Office In Geneva\n\nGeneva – IOM opened a new office today, the organization said.\n\n"
    "For more information, please contact Jane Doe, IOM Geneva, Tel: +41 22 717 9111, "
    "Email: jdoe@iom.int\n"
)


def card(*lines: str, eol: str = "\r\n") -> str:
    return eol.join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + eol


def _folded_lines(prop: str, value: str, width: int = 75):
    s = f"{prop}:{value}"
    yield s[:width]
    for i in range(width, len(s), width - 1):
        yield " " + s[i : i + width - 1]


def photo_card(path: Path, megabytes: int, folded: bool = True) -> None:
    rnd = random.Random(megabytes)
    with open(path, "w", newline="") as f:
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amina Diop\r\nEMAIL:adiop@example.org\r\n")
        f.write("PHOTO;ENCODING=b;TYPE=JPEG:")
        piece = 3 * 1024 * 1024  # base64 of 3 MB: written in pieces, memory stays small here too
        left = megabytes * MB * 3 // 4
        column = len("PHOTO;ENCODING=b;TYPE=JPEG:")
        while left > 0:
            blob = base64.b64encode(rnd.randbytes(min(piece, left))).decode()
            left -= piece
            if not folded:
                f.write(blob)
                continue
            pos = 0
            while pos < len(blob):
                room = 75 - column
                f.write(blob[pos : pos + room])
                pos += room
                column += room
                if column >= 75:
                    f.write("\r\n ")
                    column = 1
        f.write("\r\nTEL;TYPE=cell:+263 77 212 3456\r\nEND:VCARD\r\n")


def many_photos(path: Path, cards: int = 2000) -> None:
    rnd = random.Random(3)
    with open(path, "w", newline="") as f:
        for i in range(cards):
            blob = base64.b64encode(rnd.randbytes(22_000)).decode()
            f.write(card(f"FN:Person {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i // 676 % 26)} Number", f"EMAIL:p{i}@example.org",
                         *_folded_lines("PHOTO;ENCODING=b;TYPE=JPEG", blob)))


def note_card(path: Path, megabytes: int = 100) -> None:
    with open(path, "w", newline="") as f:
        f.write(card("FN:Good Before", "EMAIL:before@example.org"))
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge Note\r\nNOTE:")
        line = "x" * 73 + "\r\n "
        f.write(line * (megabytes * MB // len(line)))
        f.write("end\r\nEND:VCARD\r\n")
        f.write(card("FN:Good After", "EMAIL:after@example.org"))


def long_fields(path: Path, size: int = 100_000) -> None:
    long = "é" * size
    cards = [
        card(*_folded_lines("FN", "N" * size)),
        card("FN:Long Note", *_folded_lines("NOTE", long)),
        card("FN:Long Tel", *_folded_lines("TEL", "1" * size)),
        card("FN:Long Email", *_folded_lines("EMAIL", "a" * size + "@example.org")),
        card("FN:Long Org", *_folded_lines("ORG", "O" * size)),
        card("FN:Long Title", *_folded_lines("TITLE", "T" * size)),
        card("FN:Fine Person", "EMAIL:fine@example.org"),
    ]
    path.write_text("".join(cards), encoding="utf-8", newline="")


def _zip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("contacts", data)
    return buf.getvalue()


def vcard_files(folder: Path) -> None:
    photo_card(folder / "photo_20mb.vcf", 20)
    photo_card(folder / "photo_200mb.vcf", 200)
    photo_card(folder / "photo_unfolded_20mb.vcf", 20, folded=False)
    many_photos(folder / "many_photos.vcf")
    note_card(folder / "note_100mb.vcf")
    long_fields(folder / "long_fields.vcf")
    good = card("FN:José Núñez", "NOTE:" + "ñandú " * 40)
    (folder / "invalid_utf8.vcf").write_bytes(
        good.encode() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad \xff\xfe Byte\r\nEND:VCARD\r\n" + good.encode()
    )
    (folder / "mixed_line_endings.vcf").write_bytes(
        (card("FN:Cr Only", "NOTE:first", " second", eol="\r") + card("FN:Lf Only", eol="\n")
         + "BEGIN:VCARD\r\nVERSION:3.0\nFN:Mixed\rNOTE:a\r\n b\n c\rEND:VCARD\r\n").encode()
    )
    cards = "".join(card(f"FN:Person {i}", f"EMAIL:p{i}@example.org") for i in range(100)).encode()
    (folder / "gzip.vcf").write_bytes(gzip.compress(cards))
    (folder / "zip.vcf").write_bytes(_zip(cards))
    (folder / "binary.vcf").write_bytes(random.Random(1).randbytes(MB))
    (folder / "empty.vcf").write_bytes(b"")
    (folder / "nuls.vcf").write_bytes(b"\x00" * MB)


def press_files(folder: Path) -> None:
    n = 100_000
    page = "<html><body>{}</body></html>"
    (folder / "nested_100k.html").write_text(page.format("<div>" * n + BLOCK + "</div>" * n))
    (folder / "unclosed_tags.html").write_text(page.format(BLOCK) + "<a " * 200_000)
    (folder / "unclosed_comments.html").write_text(page.format(BLOCK) + "<!--x>" * 200_000)
    (folder / "br_endtags.html").write_text(page.format(BLOCK + "<br>" * 200_000 + "</p>" * 200_000))
    dense = "<p>x</p>" * ((4 * MB - 2000) // 8)
    (folder / "dense_4mb.html").write_text(page.format(dense + BLOCK))
    (folder / "long_name_line.txt").write_text(TEXT.replace("Jane Doe", "Jane " + "D" * 100_000))
    (folder / "spaces.txt").write_text(TEXT + " " * 2_000_000 + "\n")
    (folder / "invalid_utf8.html").write_bytes(page.format(BLOCK).encode().replace(b"opened", b"opened \xff\xfe"))
    (folder / "mixed_line_endings.txt").write_bytes(TEXT.replace("\n\n", "\r\n\r").encode())
    (folder / "gzip.html").write_bytes(gzip.compress(page.format(BLOCK).encode() * 50))
    (folder / "zip.html").write_bytes(_zip(page.format(BLOCK).encode() * 50))
    (folder / "empty.html").write_bytes(b"")
    (folder / "nuls.txt").write_bytes(b"\x00" * MB)
    (folder / "too_big.html").write_text(page.format(BLOCK + "<p>filler</p>" * (5 * MB // 13)))


_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
errors = [x for x in p.stderr.splitlines() if x.startswith(("error:", "rejected:", "warning:"))]
found = [x.strip() for x in p.stdout.splitlines() if x.startswith(("  ", "added "))]
said = (errors[:1] + found[:1]) or p.stdout.splitlines()[-1:] or [""]
print(f"{p.returncode}\\t{wall:.2f}\\t{rss}\\t{' / '.join(x[:70] for x in said)}")
"""


def measure(path: Path, repeat: int) -> str:
    """Run the CLI on ``path`` (a fresh database each time); exit code, median time, peak RSS."""
    results = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "m.sqlite3")
            sub = ["import-article", str(path), "--dry-run"] if path.suffix in (".html", ".txt") else [
                "import", str(path), "--dry-run"]
            cmd = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "iomdesk", "--db", db, *sub]
            line = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout.strip()
            code, wall, rss, last = line.split("\t", 3) if line.count("\t") >= 3 else ("?", "0", "0", line)
            results.append((float(wall), int(rss), code, last))
    results.sort()
    wall, rss, code, last = results[len(results) // 2]
    size = path.stat().st_size / MB
    return f"{path.name:28} {size:8.1f} MB  exit {code}  {wall:6.2f} s  peak RSS {rss:6d} MB  {last}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", help="where to write the files (not inside the repository)")
    parser.add_argument("--only", nargs="*", help="only measure these file names")
    parser.add_argument("--measure", action="store_true", help="run each file through the CLI, print figures")
    parser.add_argument("--repeat", type=int, default=1, help="runs per file for the median (default 1)")
    parser.add_argument("--keep", action="store_true", help="do not write the files again if present")
    args = parser.parse_args()
    folder = Path(args.folder).resolve()
    if folder == ROOT or ROOT in folder.parents:
        print("write the files outside the repository", file=sys.stderr)
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    if not (args.keep and any(folder.glob("*.vcf"))):
        start = time.perf_counter()
        vcard_files(folder)
        press_files(folder)
        print(f"written to {folder} in {time.perf_counter() - start:.1f} s")
    if args.measure:
        files = sorted(p for p in folder.iterdir() if p.suffix in (".vcf", ".html", ".txt"))
        if args.only:
            files = [p for p in files if p.name in args.only]
        print(f"{'file':28} {'size':>11}  exit  time      peak memory (python -m iomdesk ... --dry-run)")
        for path in files:
            print(measure(path, args.repeat), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
