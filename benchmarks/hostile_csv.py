"""Peak memory and time of ``iomdesk import`` on the hostile files (see fuzz/make_hostile_csv.py).

    python fuzz/make_hostile_csv.py /tmp/hostile
    python benchmarks/hostile_csv.py /tmp/hostile                   # every file there, dry run
    python benchmarks/hostile_csv.py /tmp/hostile --real            # and a real import of each
    python benchmarks/hostile_csv.py /tmp/hostile big_20mb.csv --runs 3
    python benchmarks/hostile_csv.py /tmp/hostile --code /tmp/old   # another checkout (before/after)

Each run is ``python -m iomdesk --db <fresh sqlite> import FILE [--dry-run]`` in its own process;
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


def run(code: Path, path: Path, db: Path, dry_run: bool) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS in MB, first line of output) of one import."""
    cmd = [sys.executable, "-m", "iomdesk", "--db", str(db), "import", str(path)]
    if dry_run:
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
    parser.add_argument("--real", action="store_true", help="also a real import into a fresh database")
    parser.add_argument("--no-dry-run", action="store_true", help="only the real import")
    parser.add_argument("--code", default=str(REPO), help="the checkout to run (default: this one)")
    args = parser.parse_intermixed_args()
    folder = Path(args.folder)
    names = args.files or sorted(p.name for p in folder.glob("*.csv"))
    modes = ([] if args.no_dry_run else [True]) + ([False] if args.real or args.no_dry_run else [])
    code = Path(args.code).resolve()
    print(f"code: {code}; python {sys.version.split()[0]}; runs: {args.runs}")
    print(f"{'file':26} {'MB':>7} {'mode':8} {'exit':>4} {'seconds':>8} {'RSS MB':>8} {'max':>8}  output")
    for name in names:
        path = folder / name
        size = path.stat().st_size / (1024 * 1024)
        for dry in modes:
            results = []
            with tempfile.TemporaryDirectory() as tmp:
                for i in range(args.runs):
                    results.append(run(code, path, Path(tmp) / f"run{i}.sqlite3", dry))
            rc = results[-1][0]
            secs = statistics.median(r[1] for r in results)
            rss = statistics.median(r[2] for r in results)
            top = max(r[2] for r in results)
            print(
                f"{name:26} {size:7.1f} {'dry-run' if dry else 'import':8} {rc:4d} {secs:8.2f} {rss:8.0f} "
                f"{top:8.0f}  {results[-1][3]}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
