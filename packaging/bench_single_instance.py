"""Times the hand-over of a file from a second start to a running IOM Desk, as medians.

    python packaging/bench_single_instance.py [--runs 7] [--exe PATH_TO_BUILT_APP]

Starts a first IOM Desk (offscreen, a throw-away data folder), then N times ``iomdesk FILE.vcf``:
the wall time of each second start (process start to exit 0, the hand-over included). Also the cost a
first start pays when none runs (the failed connection), measured in this process. Without --exe it
runs ``python -m iomdesk`` from this checkout; with --exe the frozen app (build/linux/dist/iomdesk/iomdesk).
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

ROOT = Path(__file__).resolve().parent.parent
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bench Mark\r\nEMAIL:bench@example.org\r\nEND:VCARD\r\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--exe", help="the built app instead of python -m iomdesk")
    args = parser.parse_args()
    command = [args.exe] if args.exe else [sys.executable, "-m", "iomdesk"]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        run = home / "run"
        run.mkdir(mode=0o700)
        env = {**os.environ, "HOME": str(home), "IOMDESK_DATA_DIR": str(home / "data"), "XDG_RUNTIME_DIR": str(run),
               "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        env.pop("IOMDESK_DB", None)
        card = home / "one.vcf"
        card.write_text(VCARD, encoding="utf-8")
        first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            log = home / "data" / "logs" / "iomdesk.log"
            deadline = time.monotonic() + 60
            while not (log.exists() and "listening for later starts" in log.read_text(encoding="utf-8")):
                if time.monotonic() > deadline or first.poll() is not None:
                    print("the first start did not come up", file=sys.stderr)
                    return 1
                time.sleep(0.1)
            time.sleep(1.0)  # its window is up
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                code = subprocess.run([*command, str(card)], env=env, timeout=60).returncode
                times.append(time.perf_counter() - start)
                if code != 0:
                    print(f"a second start exited {code}", file=sys.stderr)
                    return 1
            handed = log.read_text(encoding="utf-8").count("another start handed over 1 file")
        finally:
            first.terminate()
            first.wait(30)
    print(f"second start with a file, to exit 0: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {args.runs} runs); "
          f"the first got {handed} of {args.runs} files")

    os.environ["IOMDESK_DATA_DIR"] = tempfile.mkdtemp()
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp()
    start = time.perf_counter()
    from iomdesk.ui.single_instance import SingleInstance, server_name

    imported = time.perf_counter()
    costs = []
    for _ in range(args.runs):
        t = time.perf_counter()
        SingleInstance(server_name(None)).send([])
        costs.append(time.perf_counter() - t)
    print(f"first start, none running: import {1000 * (imported - start):.0f} ms once, then the failed "
          f"hand-over median {statistics.median(costs) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
