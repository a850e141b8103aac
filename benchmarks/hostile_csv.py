"""Peak memory and time of ``iomdesk import`` on the hostile files (see fuzz/make_hostile_csv.py).

    python fuzz/make_hostile_csv.py /tmp/hostile
    python benchmarks/hostile_csv.py /tmp/hostile                   # every file there, dry run
    python benchmarks/hostile_csv.py /tmp/hostile --modes dry-run,import   # and a real import of each
    python benchmarks/hostile_csv.py /tmp/hostile big_20mb.csv --runs 3
    python benchmarks/hostile_csv.py /tmp/hostile --code /tmp/old   # another checkout (before/after)
    python benchmarks/hostile_csv.py /tmp/hostile big_200mb.csv --modes read   # reading only

Each run is ``python -m iomdesk --db <fresh sqlite> import FILE [--dry-run]`` in its own process
(mode ``read``: a process that opens the file and reads every row as an import does, no database);
the peak resident memory (max RSS) comes from the kernel for that process (``os.wait4``), the same
figure ``/usr/bin/time -v`` prints as "Maximum resident set size". Prints one line per file and mode:
exit code, median seconds, median and max peak RSS, and the first line the command printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


READ_ONLY = (
    "import sys\n"
    "from iomdesk.core.errors import UserError\n"
    "from iomdesk.services.importer import read_source\n"
    "try:\n"
    "    source = read_source(sys.argv[1])\n"
    "    n = sum(1 for _ in source.items())\n"
    "except UserError as exc:\n"
    "    print(f'error: {exc}')\n"
    "    raise SystemExit(2)\n"
    "print(f'read {n} rows')\n"
)


def run(code: Path, path: Path, db: Path, mode: str) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS in MB, first line of output) of one import (mode "dry-run" or
    "import") or of reading every row as an import does, without the database (mode "read")."""
    if mode == "read":
        cmd = [sys.executable, "-c", READ_ONLY, str(path)]
    else:
        cmd = [sys.executable, "-m", "iomdesk", "--db", str(db), "import", str(path)]
    if mode == "dry-run":
        cmd.append("--dry-run")
    env = dict(os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=code, env=env, stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace").strip().splitlines()
    first = next((line for line in text if line.strip()), "")
    if len(first) > 150:
        first = first[:150] + "..."
    return proc.returncode, elapsed, usage.ru_maxrss / 1024, first


def main() -> int:
    parser = argparse.ArgumentParser(description="peak memory and time of imports of hostile CSV files")
    parser.add_argument("folder", help="the folder fuzz/make_hostile_csv.py wrote")
    parser.add_argument("files", nargs="*", help="file names in the folder (default: all *.csv)")
    parser.add_argument("--runs", type=int, default=1, help="runs per file and mode (median printed)")
    parser.add_argument(
        "--modes",
        default="dry-run",
        help="comma-separated: read (every row read as an import does, no database), dry-run, import "
        "(a real import into a fresh database); default dry-run",
    )
    parser.add_argument("--code", default=str(REPO), help="the checkout to run (default: this one)")
    args = parser.parse_intermixed_args()
    folder = Path(args.folder)
    names = args.files or sorted(p.name for p in folder.glob("*.csv"))
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if not modes or set(modes) - {"read", "dry-run", "import"}:
        parser.error("--modes: read, dry-run and/or import")
    code = Path(args.code).resolve()
    print(f"code: {code}; python {sys.version.split()[0]}; runs: {args.runs}")
    print(f"{'file':26} {'MB':>7} {'mode':8} {'exit':>4} {'seconds':>8} {'RSS MB':>8} {'max':>8}  output")
    for name in names:
        path = folder / name
        size = path.stat().st_size / (1024 * 1024)
        for mode in modes:
            results = []
            with tempfile.TemporaryDirectory() as tmp:
                for i in range(args.runs):
                    results.append(run(code, path, Path(tmp) / f"run{i}.sqlite3", mode))
            rc = results[-1][0]
            secs = statistics.median(r[1] for r in results)
            rss = statistics.median(r[2] for r in results)
            top = max(r[2] for r in results)
            print(
                f"{name:26} {size:7.1f} {mode:8} {rc:4d} {secs:8.2f} {rss:8.0f} "
                f"{top:8.0f}  {results[-1][3]}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
