"""Precision and recall of press-release extraction against hand-written expectations.

    python benchmarks/press_accuracy.py                       # every tests/fixtures/press/*/ folder
    python benchmarks/press_accuracy.py ../shared/samples/press other/folder

Each folder holds releases and an ``expected.json``: a list of
``{"file", "title", "dateline", "date"?, "unread_block"?, "contacts": [{"name", "office", "country"?, "role"?,
"phones", "emails"}]}``. A dateline null and "" are the same (none printed). A "country" or "date" left out is not scored; a "role" left out means none was
printed, so a role the extractor produces there counts as a wrong one.

A phone is its E.164 string, or an object ``{"number", "kind"?, "ext"?, "flag"?}``: "number" is the E.164
form, or the text as printed for a number kept with ``"flag": "no country"`` (no country could be told
for it). In the object form "kind" is scored when given, and "ext" always (left out: none printed). A
flag is scored on every phone found: a number the extractor keeps without a country where the expectation
has an E.164 form counts as a wrong flag. ``"unread_block": true`` says the release has a contact block
from which no contact can be read: the extractor must say so (``release.unread_blocks``).

Contacts are paired by folded name. Scalar fields (name, role, office, country) count one per
contact: precision over the values the extractor produced, recall over the values expected. Phones
(E.164) and emails count one per item. Title, dateline and date count one per release.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from iomdesk.core.text import fold  # noqa: E402
from iomdesk.interchange.press import read_release  # noqa: E402

FIELDS = (
    "contacts", "name", "role", "office", "country", "phones", "kind", "ext", "flag", "emails",
    "title", "dateline", "date", "unread",
)  # fmt: skip


def _number(entry) -> str:
    return entry if isinstance(entry, str) else entry["number"]


def _score_phones(score: Score, where: str, got: list, want: list) -> None:
    """Each expected phone's kind, extension and flag against the phone found with the same number."""
    by_number = {p.e164 or p.raw: p for p in got}
    for entry in want:
        p = by_number.get(_number(entry))
        if p is None:
            continue
        spec = entry if isinstance(entry, dict) else {}
        checks = [("flag", "no country" if p.e164 is None else None, spec.get("flag"))]
        if spec:
            checks.append(("ext", p.extension, spec.get("ext")))
        if "kind" in spec:
            checks.append(("kind", p.kind, spec["kind"]))
        for f, g, w in checks:
            score.scalar(f, g, w)
            if g != w:
                score.failures.append(f"{where}: phone {_number(entry)}: {f} {g!r} != {w!r}")


class Score:
    def __init__(self) -> None:
        self.tp_p = defaultdict(int)  # correct among produced
        self.produced = defaultdict(int)
        self.tp_r = defaultdict(int)  # correct among expected
        self.expected = defaultdict(int)
        self.failures: list[str] = []

    def scalar(self, name: str, got, want, scored: bool = True) -> None:
        if not scored:
            return
        ok = got == want
        if got not in (None, ""):
            self.produced[name] += 1
            self.tp_p[name] += ok
        if want not in (None, ""):
            self.expected[name] += 1
            self.tp_r[name] += ok

    def items(self, name: str, got: list[str], want: list[str]) -> None:
        got_set, want_set = set(got), set(want)
        self.produced[name] += len(got_set)
        self.expected[name] += len(want_set)
        both = len(got_set & want_set)
        self.tp_p[name] += both
        self.tp_r[name] += both

    def add(self, other: Score) -> None:
        for attr in ("tp_p", "produced", "tp_r", "expected"):
            for k, v in getattr(other, attr).items():
                getattr(self, attr)[k] += v
        self.failures += other.failures


def score_folder(folder: Path) -> Score:
    score = Score()
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    for case in expected:
        release = read_release(folder / case["file"])
        where = f"{folder.name}/{case['file']}"
        for f in ("title", "dateline"):
            # none printed: the extractor says "", an expectation null or "" (the same thing)
            got, want = getattr(release, f) or None, case.get(f) or None
            score.scalar(f, got, want)
            if got != want:
                score.failures.append(f"{where}: {f} {got!r} != {want!r}")
        got_date = release.date.isoformat() if release.date else None
        score.scalar("date", got_date, case.get("date"), "date" in case or got_date is None)
        if "date" in case and got_date != case["date"]:
            score.failures.append(f"{where}: date {got_date!r} != {case['date']!r}")
        unread = bool(release.unread_blocks) or None
        score.scalar("unread", unread, case.get("unread_block") or None)
        if unread != (case.get("unread_block") or None):
            score.failures.append(f"{where}: unread block {unread!r} != {case.get('unread_block')!r}")
        got_by = {fold(c.name): c for c in release.contacts}
        want_by = {fold(c["name"]): c for c in case["contacts"]}
        score.items("contacts", list(got_by), list(want_by))
        for key in set(got_by) | set(want_by):
            g, w = got_by.get(key), want_by.get(key)
            if w is None:
                score.failures.append(f"{where}: extra contact {g.name!r}")
                score.scalar("name", g.name, None)
                score.scalar("role", g.role or None, None)
                score.scalar("office", g.office, None)
                score.scalar("country", g.country, None)
                score.items("phones", [p.e164 or p.raw for p in g.phones], [])
                score.items("emails", g.emails, [])
                continue
            if g is None:
                score.failures.append(f"{where}: missed contact {w['name']!r}")
                score.scalar("name", None, w["name"])
                score.scalar("role", None, w.get("role"), "role" in w)
                score.scalar("office", None, w.get("office"))
                score.scalar("country", None, w.get("country"), "country" in w)
                score.items("phones", [], [_number(x) for x in w["phones"]])
                score.items("emails", [], w["emails"])
                continue
            got_fields = {
                "name": g.name,
                "role": g.role or None,
                "office": g.office,
                "country": g.country,
                "phones": [p.e164 or p.raw for p in g.phones],
                "emails": list(g.emails),
            }
            score.scalar("name", g.name, w["name"])
            # Roles are expected only when printed: a role the extractor made up counts against it.
            score.scalar("role", g.role or None, w.get("role"))
            score.scalar("office", g.office, w.get("office"))
            score.scalar("country", g.country, w.get("country"), "country" in w)
            want_phones = [_number(x) for x in w["phones"]]
            score.items("phones", got_fields["phones"], want_phones)
            _score_phones(score, f"{where}: {w['name']}", g.phones, w["phones"])
            score.items("emails", got_fields["emails"], w["emails"])
            for f in ("name", "role", "office", "country", "phones", "emails"):
                want = w.get(f) if f == "role" else w.get(f, got_fields[f])
                if f == "phones":
                    want = want_phones
                if got_fields[f] != want and not (f == "role" and not want and not got_fields[f]):
                    score.failures.append(f"{where}: {w['name']}: {f} {got_fields[f]!r} != {want!r}")
    return score


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:6.1f}%" if d else "     - "


def table(title: str, score: Score) -> str:
    lines = [
        title,
        f"{'field':<10} {'precision':>10} {'recall':>8} {'correct/produced':>17} {'correct/expected':>17}",
    ]
    for f in FIELDS:
        lines.append(
            f"{f:<10} {pct(score.tp_p[f], score.produced[f]):>10} {pct(score.tp_r[f], score.expected[f]):>8} "
            f"{score.tp_p[f]:>8}/{score.produced[f]:<8} {score.tp_r[f]:>8}/{score.expected[f]:<8}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folders = (
        [Path(a) for a in argv]
        if argv
        else sorted(
            p for p in (ROOT / "tests" / "fixtures" / "press").iterdir() if (p / "expected.json").exists()
        )
    )
    total = Score()
    for folder in folders:
        score = score_folder(folder)
        files = len(json.loads((folder / "expected.json").read_text(encoding="utf-8")))
        print(table(f"== {folder} ({files} releases)", score))
        for failure in score.failures:
            print("   x", failure)
        print()
        total.add(score)
    if len(folders) > 1:
        print(table("== all folders", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
