"""SIGKILL `iomdesk backup` and `iomdesk restore` at many points; print what is left behind.

    python benchmarks/backup_kill.py [--n 20000] [--points 12]

A killed backup must leave either no FILE or a complete one (never a half file under the name asked
for; a hidden ".FILE.part" may stay until the next backup to that name removes it). A killed restore
must leave the target empty (its one transaction never committed) or complete.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def count(path: Path) -> int | None:
    if not path.exists():
        return None
    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return -1
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        conn.close()


def run_killed(argv: list[str], delay: float) -> int | None:
    proc = subprocess.Popen([sys.executable, "-m", "iomdesk", *argv], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    return proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--points", type=int, default=12)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="iomdesk-backup-kill-"))
    data = ROOT / "benchmarks" / ".data" / f"directory-{args.n}.sqlite3"
    if not data.exists():
        from perf import build

        data = work / "directory.sqlite3"
        build(data, args.n)
    full = count(data)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "iomdesk", "--db", str(data), "backup", str(work / "ref.sqlite3")],
                   check=True, capture_output=True)
    backup_s = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "iomdesk", "--db", str(work / "ref-restored.sqlite3"), "restore",
                    str(work / "ref.sqlite3")], check=True, capture_output=True)
    restore_s = time.perf_counter() - start
    print(f"{full:,} contacts; a whole backup takes {backup_s:.2f} s, a restore {restore_s:.2f} s (with start-up)")
    bad = 0
    for i in range(args.points):
        delay = backup_s * (i + 0.5) / args.points * 1.2
        target = work / f"b{i}.sqlite3"
        code = run_killed(["--db", str(data), "backup", str(target)], delay)
        found = count(target)
        ok = found is None or found == full
        bad += not ok
        print(f"backup  killed at {delay:5.2f} s (exit {code}): file {'absent' if found is None else found}"
              f"{'' if ok else '  <-- HALF FILE'}")
    for i in range(args.points):
        delay = restore_s * (i + 0.5) / args.points * 1.2
        target = work / f"r{i}.sqlite3"
        code = run_killed(["--db", str(target), "restore", str(work / "ref.sqlite3")], delay)
        found = count(target) if target.exists() else None
        ok = found in (None, 0, full)
        bad += not ok
        print(f"restore killed at {delay:5.2f} s (exit {code}): target holds {found} contacts"
              f"{'' if ok else '  <-- PARTIAL'}")
    print("every killed run left nothing or a complete copy" if not bad else f"{bad} runs left a partial copy")
    import shutil

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
