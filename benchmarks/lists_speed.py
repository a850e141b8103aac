"""Distribution lists at scale: prints medians (milliseconds) of each action.

    python benchmarks/lists_speed.py [--contacts 100000] [--members 10000] [--runs 5]

The directory is generated once (benchmarks/directory_gen.py through perf.build) into benchmarks/.data/
and copied for the run, so the kept file is never changed. Each run, on a new list:
- add N random contact ids to a static list (ListService.add, one transaction),
- add the same N again (nothing new: the idempotent path),
- read the whole N-member list (ListService.members: every id, by name),
- open the list as the table does (SearchService.first_page with the list filter: ids, count, first rows),
- read a page of 200 members narrowed by a word (``list:NAME ma``),
- add the results of a search to a list (ListService.add_query, "tag:media"),
- count every list (ListService.all, the side panel's counts),
and once: reading a smart list of about N members ("tag:press"-like search saved as a list).
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


def ms(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from perf import build

    from iomdesk.services.lists import ListService
    from iomdesk.services.search import Filters, SearchService
    from iomdesk.store.db import open_database

    data = HERE / ".data" / f"directory-{args.contacts}.sqlite3"
    build(data, args.contacts)
    work = Path(tempfile.mkdtemp(prefix="iomdesk-lists-bench-")) / "directory.sqlite3"
    src, dst = sqlite3.connect(data), sqlite3.connect(work)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(str(work))  # upgraded to the lists revision on the copy
    lists, search = ListService(db.session_factory), SearchService(db.session_factory)
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM contacts")]
    print(f"directory: {len(ids):,} contacts; list of {args.members:,} members; {args.runs} runs", flush=True)

    figures: dict[str, list[float]] = {}

    def record(label: str, value: float) -> None:
        figures.setdefault(label, []).append(value)

    rng = random.Random(12)
    for run in range(args.runs):
        name = f"Bench {run}"
        lists.create(name)
        chosen = rng.sample(ids, args.members)
        t, n = ms(lambda c=chosen, nm=name: lists.add(nm, c))
        assert n == args.members
        record(f"add {args.members:,} ids to a list", t)
        t, n = ms(lambda c=chosen, nm=name: lists.add(nm, c))
        assert n == 0
        record(f"add the same {args.members:,} again (0 new)", t)
        t, got = ms(lambda nm=name: lists.members(nm))
        assert len(got) == args.members  # type: ignore[arg-type]
        record(f"read all {args.members:,} members (ids by name)", t)
        t, page = ms(lambda nm=name: search.first_page("", Filters(list=nm)))
        assert page.total == args.members  # type: ignore[attr-defined]
        record("open the list as the table does (first page, count, rows)", t)
        t, _ = ms(lambda nm=name: search.first_page(f'list:"{nm}" ma'))
        record("first page of the list narrowed by 'ma'", t)
        lists.create(f"Query {run}")
        t, n = ms(lambda r=run: lists.add_query(f"Query {r}", "tag:media"))
        record("add the results of 'tag:media' to a list", t)
        t, _ = ms(lambda: lists.all())
        record("counts of every list (side panel)", t)
    print(f"('tag:media' added {n:,} contacts)")

    lists.create("Smart", query="tag:press")
    for _ in range(args.runs):
        t, got = ms(lambda: lists.members("Smart"))
        record("read a smart list 'tag:press' (all ids)", t)
    smart_size = len(got)  # type: ignore[arg-type]
    print(f"(the smart list has {smart_size:,} members)")

    width = max(len(k) for k in figures)
    print(f"{'action'.ljust(width)}  median ms   min ms   max ms")
    for label, values in figures.items():
        print(f"{label.ljust(width)}  {statistics.median(values):9.1f}  {min(values):7.1f}  {max(values):7.1f}")
    db.dispose()


if __name__ == "__main__":
    main()
