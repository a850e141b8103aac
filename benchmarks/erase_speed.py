"""Erasing a contact at scale: prints medians (seconds) of each step of ProtectionService.erase.

    python benchmarks/erase_speed.py [--contacts 100000] [--runs 5]

The directory is generated once (benchmarks/directory_gen.py through perf.build) into benchmarks/.data/
and copied for the run, so the kept file is never changed. Each run erases one random contact (with
its phones, emails, links and list memberships) and times the steps the GUI's progress shows: the
transaction (delete, suppression hashes, audit line), merging the two FTS5 indexes ('optimize'),
VACUUM, and the WAL checkpoint (TRUNCATE); then the file and its -wal are scanned for the erased
contact's email address (it must be gone). Also: the transaction alone (``scrub=False``), what an
erase costs when the scrubbing is left out, and the retention view's list (``retention(months=1)``: every
contact of the generated directory is due).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
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
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from perf import build

    from iomdesk.services.protection import ProtectionService
    from iomdesk.store.db import open_database

    data = HERE / ".data" / f"directory-{args.contacts}.sqlite3"
    build(data, args.contacts)
    work = Path(tempfile.mkdtemp(prefix="iomdesk-erase-bench-")) / "directory.sqlite3"
    src, dst = sqlite3.connect(data), sqlite3.connect(work)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(str(work))  # upgraded on the copy
    service = ProtectionService(db.session_factory)
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM contacts WHERE id IN "
                                                   "(SELECT contact_id FROM emails)")]
    size = work.stat().st_size
    print(f"directory: {len(ids):,} contacts with an email; file {size / 1e6:.1f} MB; {args.runs} runs", flush=True)

    rng = random.Random(5)
    figures: dict[str, list[float]] = {}
    for _run in range(args.runs):
        cid = rng.choice(ids)
        ids.remove(cid)
        with db.engine.connect() as conn:
            email = conn.exec_driver_sql("SELECT address FROM emails WHERE contact_id = ? ORDER BY position",
                                         (cid,)).scalar()
        marks: list[tuple[str, float]] = []
        start = time.perf_counter()
        result = service.erase([cid], progress=lambda what, _d, _t, m=marks: m.append((what, time.perf_counter())))
        total = time.perf_counter() - start
        assert result.erased == (cid,) and result.scrubbed, result.note
        steps = {what: at for what, at in marks}
        figures.setdefault("transaction (delete, hashes, audit line)", []).append(steps["erased"] - start)
        figures.setdefault("FTS5 optimize (both indexes)", []).append(
            steps["compacting the file"] - steps["cleaning the search index"])
        figures.setdefault("VACUUM", []).append(steps["truncating the write-ahead log"] - steps["compacting the file"])
        figures.setdefault("WAL checkpoint (TRUNCATE)", []).append(steps["done"] - steps["truncating the write-ahead log"])
        figures.setdefault("whole erase", []).append(total)
        raw = work.read_bytes()
        wal = work.with_name(work.name + "-wal")
        raw += wal.read_bytes() if wal.exists() else b""
        assert email.encode() not in raw, "the erased address is still in the file"
    for _run in range(args.runs):
        cid = rng.choice(ids)
        ids.remove(cid)
        start = time.perf_counter()
        service.erase([cid], scrub=False)
        figures.setdefault("transaction alone (scrub=False)", []).append(time.perf_counter() - start)
    with db.engine.begin() as conn:  # on the copy: everyone added long ago, so every contact is due
        conn.exec_driver_sql("UPDATE contacts SET created_at = '2020-01-01 00:00:00.000000'")
    for _run in range(args.runs):  # the retention view's query over the whole directory
        start = time.perf_counter()
        due = service.retention(months=1)
        figures.setdefault("retention list (every contact due)", []).append(time.perf_counter() - start)
    print(f"file after: {work.stat().st_size / 1e6:.1f} MB; the erased addresses were not found in the file or WAL; "
          f"{len(due):,} contacts due for review")
    width = max(len(k) for k in figures)
    print(f"{'step'.ljust(width)}  median s   min s   max s")
    for label, values in figures.items():
        print(f"{label.ljust(width)}  {statistics.median(values):8.3f}  {min(values):6.3f}  {max(values):6.3f}")
    db.dispose()


if __name__ == "__main__":
    main()
