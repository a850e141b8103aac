"""Shared runner for the atheris (libFuzzer) scripts in this folder.

Each ``fuzz_*.py`` script defines a target taking ``bytes`` and the error types the reader documents;
:func:`main` runs it for a bounded time with a memory and per-input time limit. Any other exception,
a hang past the per-input timeout or memory past the limit is a crash that libFuzzer reports (and
saves the input as ``crash-*`` / ``timeout-*`` / ``oom-*`` in the working folder).

    python fuzz/fuzz_csv.py --seconds 300            # bounded run, prints executions and time
    python fuzz/fuzz_csv.py crash-1234abcd           # replay one saved input

Each script imports iomdesk inside ``atheris.instrument_imports()`` so coverage guides the search.
Needs the ``fuzz`` extra: ``pip install -e ".[fuzz]"``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(name: str, target: Callable[[bytes], object], expected: tuple[type[BaseException], ...],
         seeds: list[Path] | None = None) -> None:
    import atheris

    parser = argparse.ArgumentParser(description=f"coverage-guided fuzzing of the {name} reader")
    parser.add_argument("--seconds", type=int, default=60, help="total time (default 60)")
    parser.add_argument("--rss-mb", type=int, default=2048, help="memory limit per process (MB)")
    parser.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    parser.add_argument("inputs", nargs="*", help="saved inputs to replay instead of fuzzing")
    args, rest = parser.parse_known_args()

    def one_input(data: bytes) -> None:
        try:
            target(data)
        except expected:
            pass

    corpus = HERE / "corpus" / name
    corpus.mkdir(parents=True, exist_ok=True)
    for seed in seeds or []:
        if seed.is_file() and not (corpus / seed.name).exists():
            (corpus / seed.name).write_bytes(seed.read_bytes())
    if args.inputs:
        libfuzzer_args = [sys.argv[0], *args.inputs]
    else:
        libfuzzer_args = [
            sys.argv[0], str(corpus), f"-max_total_time={args.seconds}", f"-rss_limit_mb={args.rss_mb}",
            f"-timeout={args.timeout}", "-print_final_stats=1", *rest,
        ]
    atheris.Setup(libfuzzer_args, one_input)
    atheris.Fuzz()
