"""The send ledger at scale: prints medians (milliseconds).

    python benchmarks/outreach_speed.py [--contacts 100000] [--members 10000] [--runs 5]

The directory is generated once (benchmarks/perf.build) into benchmarks/.data/ and copied for the run.
Then, on the copy: a static list of N random members; sends recorded to the list (OutreachService.record,
N ledger rows and N last_contacted_at in one transaction), plus 30% of the directory contacted at random
times. Measured:
- record a list send of N (one transaction),
- list_recipients of the N-member list with an article (split + already-sent), what Send to list shows,
- the table's first page sorted by Last contacted (newest first / oldest first), and a page deep in the
  never-contacted part (keyset through the index on last_contacted_at, then the name index),
- the same first page through the general statement with a word (every match sorted),
- one contact's history.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    from sqlalchemy import select, update

    from iomdesk.services.context import AppContext
    from iomdesk.services.search import Filters
    from iomdesk.store.models import Contact

    data = HERE / ".data" / f"directory-{args.contacts}.sqlite3"
    build(data, args.contacts)
    work = Path(tempfile.mkdtemp(prefix="iomdesk-outreach-bench-")) / "directory.sqlite3"
    src, dst = sqlite3.connect(data), sqlite3.connect(work)
    src.backup(dst)
    src.close()
    dst.close()
    ctx = AppContext.open(str(work))
    rng = random.Random(12)
    with ctx.db.session_factory.begin() as s:
        every = list(s.scalars(select(Contact.id)))
    article = ctx.articles.add("Benchmark release", url="https://www.iom.int/news/bench").id
    # 30% of the directory contacted at random times in the last two years.
    now = dt.datetime.now(dt.UTC)
    with ctx.db.session_factory.begin() as s:
        for cid in rng.sample(every, len(every) * 3 // 10):
            s.execute(update(Contact).where(Contact.id == cid)
                      .values(last_contacted_at=now - dt.timedelta(minutes=rng.randrange(1_000_000))))
    figures: dict[str, list[float]] = {}

    def measure(name, fn):
        t, result = ms(fn)
        figures.setdefault(name, []).append(t)
        return result

    for run in range(args.runs):
        name = f"Bench {run}"
        members = rng.sample(every, args.members)
        ctx.lists.create(name)
        ctx.lists.add(name, members)
        measure(f"record a list send of {args.members:,}",
                lambda m=members, n=name: ctx.outreach.record(m, "mailto", article_id=article, list_name=n))
        rec = measure(f"list_recipients of {args.members:,} with already-sent",
                      lambda n=name: ctx.outreach.list_recipients(n, article))
        assert len(rec.already) > 0
        measure("first page by Last contacted, newest first",
                lambda: ctx.search.first_page(sort="last_contacted", descending=True))
        page = measure("first page by Last contacted, oldest first",
                       lambda: ctx.search.first_page(sort="last_contacted", descending=False))
        cursor = page.cursor
        for _ in range(200):  # 40,000 rows on: into the never-contacted part
            cursor = ctx.search.next_page("", None, "last_contacted", False, cursor).cursor
        measure("a page 40,000 rows down (keyset)",
                lambda c=cursor: ctx.search.next_page("", None, "last_contacted", False, c))
        measure("first page by Last contacted with a word ('ma')",
                lambda: ctx.search.first_page("ma", sort="last_contacted", descending=True))
        measure("first page by Last contacted, list filter",
                lambda n=name: ctx.search.first_page(sort="last_contacted", descending=True,
                                                     filters=Filters(list=n)))
        measure("one contact's history", lambda m=members: ctx.outreach.history(m[0]))
    print(f"{args.contacts:,} contacts, lists of {args.members:,}, {args.runs} runs (median ms)")
    for name, values in figures.items():
        print(f"  {name:55s} {statistics.median(values):8.1f}")
    ctx.close()


if __name__ == "__main__":
    main()
