"""A second (third...) IOM Desk process for the reliability tests and benchmarks/crash_kill.py.

    python worker.py DB edit TAG CONTACT_ID SECONDS

edits one shared contact in a loop for SECONDS (read it, append the line "TAG-n" to its notes, save with
the version it read; on ConflictError read again and retry), adds a contact of its own per round and
runs a search, as a user of a second app on the same file would. Prints one JSON line of counts.
Any other error ends the process with a traceback and a non-zero exit code.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time


def edit(db: str, tag: str, contact_id: int, seconds: float) -> dict:
    from iomdesk.core.contact import ContactInput
    from iomdesk.core.errors import ConflictError
    from iomdesk.services.contacts import record_to_input
    from iomdesk.services.context import AppContext

    ctx = AppContext.open(db)
    counts = {"edits": 0, "conflicts": 0, "added": 0, "searches": 0}
    deadline = time.monotonic() + seconds
    n = 0
    try:
        while time.monotonic() < deadline:
            n += 1
            while True:
                rec = ctx.contacts.get(contact_id)
                data = dataclasses.replace(record_to_input(rec), notes=f"{rec.notes}\n{tag}-{n}".strip())
                try:
                    ctx.contacts.update(contact_id, data, expected_version=rec.version)
                    counts["edits"] += 1
                    break
                except ConflictError:
                    counts["conflicts"] += 1
            ctx.contacts.add(ContactInput(name=f"Worker {tag} number {n}", office="IOM Geneva"))
            counts["added"] += 1
            ctx.search.search(f"worker {tag}", limit=5)
            counts["searches"] += 1
    finally:
        ctx.close()
    return counts


if __name__ == "__main__":
    db, mode, *rest = sys.argv[1:]
    if mode != "edit":
        raise SystemExit(f"unknown mode {mode}")
    tag, contact_id, seconds = rest
    print(json.dumps(edit(db, tag, int(contact_id), float(seconds))), flush=True)
