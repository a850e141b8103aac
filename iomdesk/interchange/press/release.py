"""A press release from text, bytes or a file: the extractor's entry points.

Enters: a file path, a file's bytes and name, or text (plain or HTML). Leaves: an ``ExtractedRelease``
(stages: HTML to text, ``segment``, then ``blocks``), the release files of folders named
(``release_files``), or ``UnreadableRelease`` for a file that is too big, binary, undecodable, unreadable
or has no headline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from .blocks import read_blocks
from .countries import country_for_dateline, country_of_url
from .dates import parse_date
from .model import ExtractedRelease, UnreadableRelease
from .segment import segment

__all__ = [
    "MAX_RELEASE_BYTES",
    "RELEASE_SUFFIXES",
    "decode_bytes",
    "extract_release",
    "read_release",
    "read_release_bytes",
    "release_files",
]

RELEASE_SUFFIXES = (".txt", ".html", ".htm")
# A press release page is a few hundred KB at most; a bigger file is not one (and would be slow).
MAX_RELEASE_BYTES = 4 * 1024 * 1024


# Runs of white space are cut to this many characters: longer runs made the dateline and other
# patterns backtrack for minutes (a line of 200,000 spaces), and say nothing more.
_LONG_SPACE = re.compile(r"([^\S\n])[^\S\n]{8,}")


def _normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _LONG_SPACE.sub(lambda m: m.group()[:8], text)
    text = re.sub(r"[\u00a0\u2007\u202f\u2009\u200a]", " ", text)
    text = text.replace("\u200b", "")
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower():
        return True
    return bool(re.search(r"<(?:body|article|p|div|h1|br)\b[^>]*>", head)) and bool(
        re.search(r"</(?:p|div|body|html|h1|article)>", text.lower())
    )


def extract_release(text: str, *, is_html: bool | None = None, source: str = "") -> ExtractedRelease:
    """Read a press release from its text (plain or HTML)."""
    text = _normalize_text(text or "")
    if is_html is None:
        is_html = _looks_like_html(text)
    url = None
    title = ""
    date: dt.date | None = None
    if is_html:
        from ..html_text import UnreadableHtml, html_to_page

        try:
            page = html_to_page(text)
        except UnreadableHtml as exc:
            raise UnreadableRelease(exc.message, source or None) from None
        url = page.url
        title = page.title
        date = parse_date(page.date_text) if page.date_text else None
        text = page.text
        if title and title not in text[: len(title) + 500]:
            text = f"{title}\n\n{text}"
    parts = segment(text, title, date)

    region = None
    if parts.dateline:
        region = country_for_dateline(parts.dateline)
    contacts, unread, unassigned = read_blocks(parts.rest, region, country_of_url(url))
    return ExtractedRelease(
        title=parts.title,
        date=parts.date,
        dateline=parts.dateline,
        body=parts.body,
        url=url,
        source=source,
        contacts=contacts,
        unread_blocks=unread,
        unassigned=unassigned,
    )


def decode_bytes(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM) when it is, else what charset-normalizer detects.
    Never raises for bad bytes (they become U+FFFD); raises UnreadableRelease for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise UnreadableRelease("is not a text file (its encoding could not be detected)")
    # Short texts often tie between code pages (cp1250 vs cp1252 for "Hélène"). Releases are in
    # English, French or Spanish, so among equally clean readings Windows-1252 / Latin-1 wins.
    least = min(m.chaos for m in results)
    tied = [m for m in results if m.chaos <= least + 0.005]
    western = {"cp1252", "latin_1", "iso8859_15", "iso8859_1"}
    preferred = next((m for m in tied if western & set(m.could_be_from_charset)), None)
    chosen = preferred or tied[0]
    if preferred is not None and preferred.encoding not in western:
        return data.decode("cp1252", errors="replace")
    return str(chosen)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")  # and bytes no encoding read


def _looks_binary(data: bytes, text: str | None = None) -> bool:
    if text is None:
        return b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 50)


def _too_big(size: int, source: str) -> UnreadableRelease:
    mb = MAX_RELEASE_BYTES // (1024 * 1024)
    return UnreadableRelease(
        f"is {size / (1024 * 1024):.0f} MB; a press release is at most {mb} MB (is it the right file?)", source
    )


def read_release_bytes(data: bytes, *, name: str = "", source: str = "") -> ExtractedRelease:
    """Read a release from the bytes of a file named ``name`` (.html/.htm: HTML; else sniffed).
    Raises UnreadableRelease (with ``source`` as its value) for a file that is not a release."""
    if len(data) > MAX_RELEASE_BYTES:
        raise _too_big(len(data), source)
    if _looks_binary(data):
        raise UnreadableRelease("is a binary file, not a press release", source)
    try:
        text = decode_bytes(data)
    except UnreadableRelease as exc:
        raise UnreadableRelease(exc.message, source) from None
    if _looks_binary(data, text):
        raise UnreadableRelease("is a binary file, not a press release", source)
    is_html = True if Path(name).suffix.lower() in (".html", ".htm") else None
    release = extract_release(text, is_html=is_html, source=source)
    if not release.title:
        raise UnreadableRelease("has no headline: it does not look like a press release", source)
    return release


def read_release(path: str | Path) -> ExtractedRelease:
    """Read a release file (.txt, .html, .htm, or anything that sniffs as HTML)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_RELEASE_BYTES:
            raise _too_big(size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableRelease(f"cannot be read: {exc.strerror or exc}", str(path)) from None
    return read_release_bytes(data, name=path.name, source=str(path))


def release_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files named, and the release files inside folders named. Raises UnreadableRelease."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES)
            if not found:
                raise UnreadableRelease("holds no .txt, .html or .htm files", str(raw))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise UnreadableRelease("does not exist", str(raw))
    return files
