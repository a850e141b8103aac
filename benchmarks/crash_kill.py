"""SIGKILL IOM Desk at many points of big operations and print what a restarted app finds.

    python benchmarks/crash_kill.py [--rows 100000] [--releases 1000] [--old-rows 100000]
                                    [--writers 3 --seconds 10]
                                    [--only import,export,press,upgrade,writers] [--workdir DIR] [--keep]

For each operation (a --rows CSV import, an export of --rows contacts, a --releases press-release
folder import, a schema upgrade from revision 0003 of a --old-rows directory) it first runs the
operation to the end to learn its duration and peak WAL size, then, one at a time on a fresh copy of
the file, kills it: after fixed delays and at fractions of the duration, when the WAL passes fractions
of its peak, and from inside the process (tests/reliability/crashkit.py as a driver) just before and
just after the commit and before chosen SQL statements. After each kill it checks the file as a
restarted app would (integrity_check, foreign keys, FTS indexes and triggers, the contact counter,
the schema revision) and that it holds none or all of the operation; for an export, that the target
is absent or complete and what temp files were left. One line per kill, then a summary; the exit
code is 1 if any kill left a damaged or partial result. "writers" runs --writers processes editing one
contact and adding contacts for --seconds, on a WAL file and on a rollback-journal (network folder)
file, and counts lost updates and errors.

The pytest version (a few thousand rows) is tests/reliability/test_crash_kill.py.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.reliability.crashkit import (  # noqa: E402
    Job,
    any_file,
    check_database,
    iomdesk_command,
    leftover_temp_files,
    make_old_database,
    run_and_kill_many,
    write_contacts_csv,
    write_release_folder,
)

FAILURES: list[str] = []


def fresh_copy(template: Path, work: Path, name: str) -> Path:
    folder = work / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return Path(shutil.copy(template, folder / "directory.sqlite3"))


def peak_wal(cmd: list[str], db: Path) -> tuple[float, int, int]:
    """Run to the end, sampling the WAL size; returns (seconds, peak WAL bytes, return code)."""
    import subprocess

    wal = db.with_name(db.name + "-wal")
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, wal.stat().st_size)
        except OSError:
            pass
        time.sleep(0.005)
    return time.monotonic() - started, peak, proc.returncode


def report(op: str, point: str, result, verdict: str, ok: bool) -> None:
    how = f"killed at {result.seconds:6.2f} s" if result.killed else f"finished {result.seconds:6.2f} s"
    print(f"{op:8} {point:34} {how}  {'OK ' if ok else 'BAD'}  {verdict}", flush=True)
    if not ok:
        FAILURES.append(f"{op} {point}: {verdict}")


def check_all_or_none(op: str, point: str, db: Path, result, want: dict[str, int], expect: str | None = None,
                      reopen: bool = False) -> None:
    state = check_database(db)
    got = {k: getattr(state, k) for k in want}
    none = {k: 0 for k in want}
    outcome = "all" if got == want else "none" if got == none else f"PARTIAL {got}"
    ok = state.ok and outcome in ("all", "none") and (expect is None or outcome == expect)
    verdict = f"integrity={state.integrity} {outcome} {got}" + (f" problems={state.problems}" if state.problems else "")
    if reopen:
        from iomdesk.services.context import AppContext

        t = time.monotonic()
        try:
            ctx = AppContext.open(str(db))
            ctx.search.search("", limit=5)
            ctx.close()
            verdict += f"; reopened in {time.monotonic() - t:.2f} s"
        except Exception as exc:  # noqa: BLE001 - reported, counted as a failure
            ok = False
            verdict += f"; REOPEN FAILED {exc}"
    report(op, point, result, verdict, ok)


def bench_import(work: Path, rows: int) -> None:
    from iomdesk.services.context import AppContext

    source = write_contacts_csv(work / "contacts.csv", rows)
    template = work / "empty.sqlite3"
    AppContext.open(str(template)).close()
    db = fresh_copy(template, work, "import-full")
    seconds, peak, code = peak_wal(iomdesk_command(db, "import", str(source)), db)
    print(f"import   {rows} rows run to the end: {seconds:.1f} s, peak WAL {peak / 1e6:.1f} MB, exit {code}")
    want = {"contacts": rows, "phones": rows}
    points: list[tuple[str, dict, str | None]] = [("after 0.2 s", {"after": 0.2}, "none")]
    points += [(f"after {f:.0%} of the run", {"after": seconds * f}, None) for f in (0.25, 0.5, 0.75, 0.95)]
    points += [(f"WAL past {f:.0%} of its peak", {"wal": int(peak * f)}, "none") for f in (0.1, 0.5, 0.9)]
    points += [("FTS bulk indexing", {"kp": "sql:INSERT INTO contacts_fts("}, "none"),
               ("digits FTS bulk indexing", {"kp": "sql:INSERT INTO contacts_digits_fts("}, "none"),
               ("just before commit", {"kp": "before-commit"}, "none"),
               ("just after commit", {"kp": "after-commit"}, "all")]
    for i, (point, how, expect) in enumerate(points):
        db = fresh_copy(template, work, f"import-{i}")
        cmd = iomdesk_command(db, "import", str(source), kill_point=how.get("kp"))
        when = None
        if "wal" in how:
            wal, limit = db.with_name(db.name + "-wal"), how["wal"]
            when = lambda wal=wal, limit=limit: wal.exists() and wal.stat().st_size >= limit  # noqa: E731
        (result,) = run_and_kill_many([Job(cmd, how.get("after"), when)], timeout=3600)
        check_all_or_none("import", point, db, result, want, expect, reopen=i in (3, len(points) - 2))
        shutil.rmtree(db.parent)


def export_complete(path: Path, rows: int) -> bool:
    with open(path, encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) == rows + 1


def bench_export(work: Path, rows: int) -> None:
    from iomdesk.services.context import AppContext
    from iomdesk.services.importer import ImportService

    template = work / "full.sqlite3"
    if not template.exists():
        ctx = AppContext.open(str(template))
        ImportService(ctx.db.session_factory).import_file(write_contacts_csv(work / "contacts.csv", rows))
        ctx.close()
    db = fresh_copy(template, work, "export-full")
    target = db.with_name("contacts.csv")
    seconds, _peak, code = peak_wal(iomdesk_command(db, "export", str(target)), db)
    print(f"export   {rows} rows run to the end: {seconds:.1f} s, exit {code}, complete: {export_complete(target, rows)}")
    points = [("after 0.2 s", {"after": 0.2}), ("after 50% of the run", {"after": seconds * 0.5}),
              ("after 90% of the run", {"after": seconds * 0.9}), ("temp file past 1 MB", {"part": 1_000_000}),
              ("before the rename", {"kp": "before-rename"}), ("before the rename, over an old file",
                                                               {"kp": "before-rename", "old": True})]
    for i, (point, how) in enumerate(points):
        db = fresh_copy(template, work, f"export-{i}")
        target = db.with_name("contacts.csv")
        if how.get("old"):
            target.write_text("last week's export\n", encoding="utf-8")
        when = any_file(db.parent, "*.part", how["part"]) if "part" in how else None
        (result,) = run_and_kill_many([Job(iomdesk_command(db, "export", str(target), kill_point=how.get("kp")),
                                           how.get("after"), when)], timeout=3600)
        left = leftover_temp_files(db.parent)
        if how.get("old"):
            state, ok = "old file untouched", target.read_text(encoding="utf-8") == "last week's export\n"
        elif target.exists():
            ok = export_complete(target, rows)
            state = "complete" if ok else "HALF A FILE"
        else:
            state, ok = "absent", True
        ok = ok and check_database(db).ok
        # the next export to the same name
        (again,) = run_and_kill_many([Job(iomdesk_command(db, "export", str(target)))], timeout=3600)
        after = leftover_temp_files(db.parent)
        ok = ok and again.returncode == 0 and export_complete(target, rows) and not after
        report("export", point, result, f"target {state}; temp files left {left}; after the next export: "
               f"{'complete' if export_complete(target, rows) else 'BAD'}, temp files {after}", ok)
        shutil.rmtree(db.parent)


def bench_press(work: Path, releases: int) -> None:
    from iomdesk.services.context import AppContext

    folder = write_release_folder(work / "releases", releases)
    template = work / "empty.sqlite3"
    if not template.exists():
        AppContext.open(str(template)).close()
    db = fresh_copy(template, work, "press-full")
    seconds, peak, code = peak_wal(iomdesk_command(db, "import-article", str(folder)), db)
    print(f"press    {releases} releases run to the end: {seconds:.1f} s, peak WAL {peak / 1e6:.1f} MB, exit {code}")
    want = {"articles": releases, "contacts": releases}
    points = [("after 0.2 s", {"after": 0.2}, "none")]
    points += [(f"after {f:.0%} of the run", {"after": seconds * f}, None) for f in (0.5, 0.9)]
    points += [("mid-way (article #half)", {"kp": f"sql:INSERT INTO articles#{max(1, releases // 2)}"}, "none"),
               ("just before commit", {"kp": "before-commit"}, "none"),
               ("just after commit", {"kp": "after-commit"}, "all")]
    for i, (point, how, expect) in enumerate(points):
        db = fresh_copy(template, work, f"press-{i}")
        cmd = iomdesk_command(db, "import-article", str(folder), kill_point=how.get("kp"))
        (result,) = run_and_kill_many([Job(cmd, how.get("after"))], timeout=3600)
        check_all_or_none("press", point, db, result, want, expect, reopen=i == 3)
        shutil.rmtree(db.parent)


def bench_upgrade(work: Path, rows: int) -> None:
    template = work / "old-0003.sqlite3"
    make_old_database(template, "0003", rows)
    db = fresh_copy(template, work, "upgrade-full")
    # "show 1" opens the directory (backup, upgrade, re-index) and reads one contact
    seconds, peak, code = peak_wal(iomdesk_command(db, "show", "1"), db)
    print(f"upgrade  0003 -> head with {rows} contacts run to the end: {seconds:.1f} s (backup, upgrade, "
          f"re-index), peak WAL {peak / 1e6:.1f} MB, exit {code}")
    points = [("after 0.2 s", {"after": 0.2}),
              ("during the backup copy", {"backup": True}),
              ("FTS rebuild (0004)", {"kp": "sql:VALUES ('rebuild')"}),
              ("between revisions 0004 and 0005", {"kp": "sql:ix_contacts_country"}),
              ("just before the upgrade commits", {"kp": "before-commit"}),
              ("just after the upgrade commits", {"kp": "after-commit"})]
    points += [(f"after {f:.0%} of the run", {"after": seconds * f}) for f in (0.25, 0.5, 0.75)]
    for i, (point, how) in enumerate(points):
        db = fresh_copy(template, work, f"upgrade-{i}")
        when = any_file(db.parent, "*.backup-*", 1) if how.get("backup") else None
        (result,) = run_and_kill_many([Job(iomdesk_command(db, "show", "1", kill_point=how.get("kp")),
                                           how.get("after"), when)], timeout=3600)
        state = check_database(db)
        ok = state.ok and state.revision in ("0003", "0005") and (state.contacts, state.phones) == (rows, rows)
        backups = sorted(p for p in db.parent.glob("*.backup-*") if not p.name.startswith("."))
        backup_states = [check_database(b) for b in backups]
        backup_note = ", ".join(f"{b.stat().st_size / 1e6:.1f} MB rev={s.revision} contacts={s.contacts}"
                                for b, s in zip(backups, backup_states, strict=True)) or "none"
        temps = sorted(p.name for p in db.parent.glob(".*.backup-*"))
        if temps:
            backup_note += f"; temp files left: {temps}"
        verdict = (f"integrity={state.integrity} revision={state.revision} contacts={state.contacts} "
                   f"phones={state.phones}{' problems=' + str(state.problems) if state.problems else ''}; "
                   f"backup files: {backup_note}")
        if i in (1, 5):
            from iomdesk.services.context import AppContext

            t = time.monotonic()
            ctx = AppContext.open(str(db))
            n = ctx.contacts.count()
            ctx.close()
            verdict += f"; reopened (upgrade + re-index) in {time.monotonic() - t:.1f} s with {n} contacts"
            ok = ok and n == rows
        report("upgrade", point, result, verdict, ok)
        shutil.rmtree(db.parent)


def bench_writers(work: Path, processes: int, seconds: float) -> None:
    """``processes`` apps edit one contact (read, change, save with the version read; on a conflict
    read again) and add contacts for ``seconds``, on a WAL file and on a rollback-journal file."""
    import json
    import os
    import subprocess

    from iomdesk.core.contact import ContactInput
    from iomdesk.services.context import AppContext

    worker = ROOT / "tests" / "reliability" / "worker.py"
    for journal in ("wal", "delete"):
        env = {**os.environ, "IOMDESK_SQLITE_JOURNAL": journal}
        db = work / f"writers-{journal}.sqlite3"
        os.environ["IOMDESK_SQLITE_JOURNAL"] = journal
        ctx = AppContext.open(str(db))
        rec = ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia"))
        tags = [chr(97 + i) for i in range(processes)]
        procs = [subprocess.Popen([sys.executable, str(worker), str(db), "edit", t, str(rec.id), str(seconds)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for t in tags]
        outs = [p.communicate() for p in procs]
        counts = [json.loads(o) if p.returncode == 0 else None for p, (o, _e) in zip(procs, outs, strict=True)]
        errors = [e.strip().splitlines()[-1] for p, (_o, e) in zip(procs, outs, strict=True) if p.returncode]
        final = ctx.contacts.get(rec.id)
        lines = final.notes.splitlines()
        lost = sum(c["edits"] for c in counts if c) - len(lines)
        in_order = all([x for x in lines if x.startswith(f"{t}-")] == [f"{t}-{n}" for n in range(1, c["edits"] + 1)]
                       for t, c in zip(tags, counts, strict=True) if c)
        added = sum(c["added"] for c in counts if c)
        ok = not errors and lost == 0 and in_order and ctx.contacts.count() == 1 + added
        total = {k: sum(c[k] for c in counts if c) for k in ("edits", "conflicts", "added", "searches")}
        print(f"writers  {processes} processes x {seconds:.0f} s, journal={journal}: {total['edits']} edits of one "
              f"contact ({total['edits'] / seconds:.0f}/s), {total['conflicts']} conflicts caught and retried, "
              f"{total['added']} contacts added, {total['searches']} searches; lost updates {lost}; "
              f"errors {errors or 'none'}  {'OK' if ok else 'BAD'}", flush=True)
        if not ok:
            FAILURES.append(f"writers journal={journal}: lost={lost} errors={errors}")
        ctx.close()
        del os.environ["IOMDESK_SQLITE_JOURNAL"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--old-rows", type=int, default=100_000)
    parser.add_argument("--writers", type=int, default=3, help="processes editing at once (writers)")
    parser.add_argument("--seconds", type=float, default=10, help="how long the writers run")
    parser.add_argument("--only", default="import,export,press,upgrade,writers")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="iomdesk-crash-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder {work}; python {sys.version.split()[0]}")
    started = time.monotonic()
    try:
        only = set(args.only.split(","))
        if "import" in only:
            bench_import(work, args.rows)
        if "export" in only:
            bench_export(work, args.rows)
        if "press" in only:
            bench_press(work, args.releases)
        if "upgrade" in only:
            bench_upgrade(work, args.old_rows)
        if "writers" in only:
            bench_writers(work, args.writers, args.seconds)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\n{len(FAILURES)} kills left a damaged or partial result ({time.monotonic() - started:.0f} s in all)")
    for f in FAILURES:
        print("  " + f)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    raise SystemExit(main())
