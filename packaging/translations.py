"""The interface's French and Spanish translations: update the .ts files, compile them to .qm.

    python packaging/translations.py update    # pyside6-lupdate: every tr() string of iomdesk/ui into the .ts files
    python packaging/translations.py release   # pyside6-lrelease: resources/i18n/*.ts -> *.qm (the build does this)
    python packaging/translations.py check     # exits 1 naming untranslated or stale messages

The .ts files (resources/i18n/iomdesk_fr.ts, iomdesk_es.ts) are the translators' sources, kept in git
and edited with Qt Linguist (`pyside6-linguist`) or by hand. The .qm files are build products: the
package build (packaging/build_backend.py) compiles them, so `pip install .` and `pip install -e .` ship
them; they are not kept in git. ``release`` also makes iomdesk_en.qm, the English plural forms ("1 contact",
"2 contacts") of the sources' "%Ln contact(s)" messages, which has no .ts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "iomdesk" / "ui"
# The core's messages that the interface shows (field errors, phone statuses), marked with its own
# QT_TRANSLATE_NOOP (iomdesk/core/errors.py) and translated by iomdesk/ui/messages.py.
CORE = ROOT / "iomdesk" / "core"
LANGUAGES = ("fr", "es")


def ts_path(language: str) -> Path:
    return I18N / f"iomdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"iomdesk_{language}.qm"


def qt_tool(name: str) -> str:
    """The lupdate / lrelease binaries shipped inside the PySide6 wheel."""
    import PySide6

    path = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: install PySide6-Essentials")
    return str(path)


def ui_sources() -> list[str]:
    """The interface, and the layers whose messages it shows (only their QT_TRANSLATE_NOOP marks count)."""
    below = [ROOT / "iomdesk" / name for name in ("services", "store")]
    return sorted(str(p) for p in [*SOURCES.rglob("*.py"), *CORE.glob("*.py"), *(f for d in below for f in d.rglob("*.py"))])


def lupdate(targets: list[Path], sources: list[str] | None = None) -> None:
    """Bring ``targets`` (.ts files) up to date with the tr() strings of ``sources`` (iomdesk/ui)."""
    cmd = [qt_tool("lupdate"), *(sources or ui_sources()), "-no-obsolete", "-locations", "none", "-ts",
           *map(str, targets)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release() -> list[Path]:
    out = []
    for language in LANGUAGES:
        if ts_path(language).exists():
            lrelease(ts_path(language), qm_path(language))
            out.append(qm_path(language))
    out.append(release_english())
    return out


_PLURAL_MARK = re.compile(r"(?<=\w)\((e?s)\)")


def english_forms(source: str) -> tuple[str, str]:
    """ "%n contact(s)" -> ("%n contact", "%n contacts"); "%n address(es)" -> (..., "%n addresses")."""
    return _PLURAL_MARK.sub("", source), _PLURAL_MARK.sub(r"\1", source)


def release_english() -> Path:
    """iomdesk_en.qm: only the English plural forms of the "%n item(s)" messages (the English source
    texts need no translation). Made from the sources at build time, never kept as a .ts."""
    return release_generated(qm_path("en"), lambda source, numerus: english_forms(source) if numerus else None)


def release_generated(qm: Path, translate) -> Path:
    """A .qm made straight from the sources' messages (no .ts kept): ``translate(source, numerus)`` gives
    a message's text -- for a plural message its forms, one, many -- or None to leave it untranslated.
    The language is taken from ``qm``'s name (iomdesk_en.qm: English), as lupdate does."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / qm.with_suffix(".ts").name
        lupdate([ts])
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            tr = message.find("translation")
            numerus = message.get("numerus") == "yes"
            text = translate(message.findtext("source") or "", numerus)
            if tr is None or text is None:
                continue
            tr.attrib.pop("type", None)
            if numerus:
                for form, form_text in zip(tr.iter("numerusform"), text, strict=False):
                    form.text = form_text
            else:
                tr.text = text
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        lrelease(ts, qm)
    return qm


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = tuple((f.text or "") for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            messages.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                    numerus, forms, tr.get("type") != "unfinished"))
    return messages


def check() -> list[str]:
    """Problems: messages of the sources missing from a .ts (or stale in it), unfinished translations."""
    import tempfile

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh_fr.ts"
        lupdate([fresh])
        wanted = {(m.context, m.source, m.comment) for m in read_ts(fresh)}
    for language in LANGUAGES:
        have = read_ts(ts_path(language))
        keys = {(m.context, m.source, m.comment) for m in have}
        problems += [f"{language}: not in {ts_path(language).name}: [{c}] {s!r}" for c, s, _ in sorted(wanted - keys)]
        problems += [f"{language}: no longer in the sources: [{c}] {s!r}" for c, s, _ in sorted(keys - wanted)]
        problems += [f"{language}: untranslated: [{m.context}] {m.source!r}" for m in have
                     if not m.finished or not all(t.strip() for t in m.translations)]
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        lupdate([ts_path(language) for language in LANGUAGES])
        return 0
    if command == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
        return 0
    if command == "check":
        problems = check()
        print("\n".join(problems) or "translations complete and current")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
