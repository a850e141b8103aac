"""HTML press-release pages to plain text, with BeautifulSoup ("html.parser": no C extension, no network).

Only what a reader sees in the article is kept: navigation, headers and footers outside the article,
scripts, styles, forms and share widgets are dropped. Block elements become line breaks; ``mailto:``
and ``tel:`` links whose text does not show the address or number get it added in parentheses, so the
text extractor finds it.

Hostile pages are read in time linear in their size: markup nested deeper than :data:`MAX_DEPTH` or
beyond :data:`MAX_ELEMENTS` elements is read as text (block tags still break lines), the page is walked
without recursion, and constructs that make the standard library's ``html.parser`` quadratic
(``<`` or ``<!--`` never closed, marked sections) are defused before parsing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..core.errors import InvalidValue

MAX_DEPTH = 200  # elements nested deeper are flattened into their ancestor at this depth
MAX_ELEMENTS = 20_000  # elements kept (a long press release page has two or three thousand)
_BREAK = "\x00"  # a line break inside text (NUL never reaches the tree otherwise: it is replaced)

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "form", "button", "nav", "aside")
_NOISE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|breadcrumbs?|menu|navbar|nav|cookies?|related|subscribe|"
    r"newsletter|sidebar|skip-link|site-header|site-footer)(?:$|[\s_-])",
    re.I,
)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "li main ol p pre section table tbody thead tfoot tr ul caption".split()
)
_SITE_SUFFIX = re.compile(
    r"\s+[|–—-]\s+(?:IOM|OIM|UN Migration|International Organization for Migration|"
    r"Organisation internationale pour les migrations|Organización Internacional para las Migraciones)"
    r"\b[^|–—]*$",
    re.I,
)
# every run of white space but line ends (U+001C..U+001F and U+0085 too: left alone, a long run of
# them made later patterns backtrack), and zero-width spaces
_WS = re.compile(r"(?:[^\S\n]|\u200b)+")


class UnreadableHtml(InvalidValue):
    """The page cannot be parsed (the parser refused it)."""


@dataclass
class HtmlPage:
    title: str
    text: str  # the article as text, one block per line
    url: str | None
    date_text: str  # a publication date found in metadata or a <time> element, unparsed
    h1: str


def strip_site_suffix(title: str) -> str:
    """ "IOM Helps ... | IOM" -> "IOM Helps ..."."""
    return _SITE_SUFFIX.sub("", title).strip()


def _attr_text(tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([*classes, tag.get("id") or "", tag.get("role") or ""])


def _clean_inline(text: str) -> str:
    return _WS.sub(" ", text)


def _one_line(text: str) -> str:
    return _clean_inline(text.replace(_BREAK, " ").replace("\n", " ")).strip()


_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_COMMENT_CLOSE = re.compile(r"--\s*>")
# a numeric character reference: Python's int() (in html.parser) raises ValueError on more than 4,300
# digits, so leading zeros are dropped and more than 8 digits (past U+10FFFF anyway) become U+FFFD
_CHARREF = re.compile(r"&#(?:[xX](0*+)([0-9a-fA-F]*)|(0*+)([0-9]*))")


def _short_charref(m: re.Match) -> str:
    zeros, digits = (m[1], m[2]) if m[1] is not None else (m[3], m[4])
    if len(digits) > 8:
        return "&#xFFFD"
    if not zeros:
        return m[0]
    return (m[0][:3] if m[1] is not None else "&#") + (digits or "0")


def _defuse(html: str) -> str:
    """The page with the constructs that make ``html.parser`` quadratic made harmless, in linear time.

    Python 3.11's parser rescans to the end of the page for every ``<`` that no ``>`` follows, every
    ``<!--`` that no ``-->`` follows and every marked section (``<![...``, which it may also refuse
    with an error). Those ``<`` are text (``&lt;``), as the parser would end up reading them; marked
    sections become bogus comments up to the next ``>``, as in browsers. NULs become U+FFFD."""
    html = html.replace("\x00", "\ufffd").replace("<![", "<!")
    html = _CHARREF.sub(_short_charref, html)
    last_gt = html.rfind(">")
    if html.find("<", last_gt + 1) >= 0:
        html = html[: last_gt + 1] + html[last_gt + 1 :].replace("<", "&lt;")
    if "<!--" in html:
        last_close = -1
        for m in _COMMENT_CLOSE.finditer(html):
            last_close = m.start()
        # a comment opened at p ends only if a close starts at p + 4 or later
        cut = max(0, last_close - 3) if last_close >= 0 else 0
        if html.find("<!--", cut) >= 0:
            html = html[:cut] + html[cut:].replace("<!--", "&lt;!--")
    return html


class _ClosedEmpty:
    """bs4 keeps the void elements still to be matched by a stray end tag in a list it searches for
    every end tag (quadratic on a page of many ``<br>``); the same operations on counts."""

    def __init__(self) -> None:
        self._n: Counter[str] = Counter()

    def __contains__(self, tag: object) -> bool:
        return isinstance(tag, str) and self._n[tag] > 0

    def append(self, tag: str) -> None:
        self._n[tag] += 1

    def remove(self, tag: str) -> None:
        self._n[tag] -= 1


def _parse(html: str):
    """BeautifulSoup over ``html.parser``, with the depth and element limits."""
    from bs4 import BeautifulSoup
    from bs4.builder import ParserRejectedMarkup
    from bs4.builder._htmlparser import BeautifulSoupHTMLParser, HTMLParserTreeBuilder

    class Parser(BeautifulSoupHTMLParser):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.already_closed_empty_element = _ClosedEmpty()  # type: ignore[assignment]
            self._flattened: Counter[str] = Counter()  # open tags read as text only, by name
            self._hidden = 0  # open script/style/... among those: their text is dropped
            self._elements = 0

        def handle_starttag(self, tag, attrs, handle_empty_element=True):
            if len(self.soup.tagStack) > MAX_DEPTH or self._elements >= MAX_ELEMENTS:
                if tag not in _VOID:
                    self._flattened[tag] += 1
                    if tag in _DROP_TAGS:
                        self._hidden += 1
                if tag in _BLOCK_TAGS or tag == "br":
                    self.soup.handle_data(_BREAK)
                return
            self._elements += 1
            super().handle_starttag(tag, attrs, handle_empty_element)

        def handle_endtag(self, tag, check_already_closed=True):
            if self._flattened.get(tag):
                self._flattened[tag] -= 1
                if tag in _DROP_TAGS:
                    self._hidden -= 1
                if tag in _BLOCK_TAGS:
                    self.soup.handle_data(_BREAK)
                return
            super().handle_endtag(tag, check_already_closed)

        def handle_data(self, data):
            if not self._hidden:
                super().handle_data(data)

    class Builder(HTMLParserTreeBuilder):
        def feed(self, markup, _parser_class=Parser):
            super().feed(markup, _parser_class=Parser)

    try:
        return BeautifulSoup(_defuse(html), builder=Builder())
    except ParserRejectedMarkup as exc:
        raise UnreadableHtml(f"the page cannot be read as HTML ({str(exc).splitlines()[-1][:120]})") from None


def _dead(tag) -> bool:
    """Decomposed already (``Tag.decomposed`` searches the subtree for a tag named "_decomposed")."""
    return bool(tag.__dict__.get("_decomposed"))


def _ancestors_marked(tags, names: set[str]) -> set[int]:
    """ids of the elements named ``names`` that hold one of ``tags``; each ancestor is visited once."""
    marked: set[int] = set()
    seen: set[int] = set()
    for tag in tags:
        parent = tag.parent
        while parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            if parent.name in names:
                marked.add(id(parent))
            parent = parent.parent
    return marked


def _render(node, parts: list[str], multi_cells: set[int]) -> None:
    """The text of ``node`` into ``parts``; a loop over an explicit stack (no recursion), so any depth
    the parser kept is fine. ``multi_cells``: ids of the table cells that hold block content."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Doctype, ProcessingInstruction

    # the stack holds iterators over children, and strings to emit once an element is done
    stack: list = [iter(node.children)]
    while stack:
        top = stack[-1]
        if isinstance(top, str):
            stack.pop()
            parts.append(top)
            continue
        child = next(top, None)
        if child is None:
            stack.pop()
            continue
        if isinstance(child, Comment | Doctype | ProcessingInstruction):
            continue
        if isinstance(child, NavigableString):
            parts.append(_clean_inline(str(child).replace("\n", " ")).replace(_BREAK, "\n"))
            continue
        if not isinstance(child, Tag):
            continue
        name = (child.name or "").lower()
        if name == "br":
            parts.append("\n")
            continue
        if name == "a":
            href = str(child.get("href") or "").strip()
            low = href.lower()
            if low.startswith(("mailto:", "tel:")):
                text = _clean_inline(child.get_text(" ").replace(_BREAK, " ")).strip()
                if low.startswith("mailto:"):
                    address = href[7:].split("?", 1)[0].strip()
                    parts.append(text if "@" in text or not address else f"{text} ({address})".strip())
                else:
                    number = href[4:].strip()
                    has_digits = sum(ch.isdigit() for ch in text) >= 6
                    parts.append(text if has_digits or not number else f"{text} ({number})".strip())
                continue
            stack.append(iter(child.children))
            continue
        if name in ("td", "th"):
            sep = "\n\n" if id(child) in multi_cells else " | "
            parts.append(sep)
            stack.append(sep)
            stack.append(iter(child.children))
            continue
        if name in _BLOCK_TAGS:
            parts.append("\n")
            stack.append("\n")
            stack.append(iter(child.children))
            continue
        stack.append(iter(child.children))


def _tidy_line(line: str) -> str:
    """Runs of cell separators (" | ") collapsed, none at the ends (no regex: no backtracking)."""
    if "|" not in line:
        return line.strip()
    return " | ".join(p for p in (piece.strip() for piece in line.split("|")) if p)


def _to_text(node) -> str:
    parts: list[str] = []
    cells = node.find_all(["td", "th"])
    multi = _ancestors_marked(node.find_all(["br", "p", "div", "li"]), {"td", "th"}) if cells else set()
    _render(node, parts, multi)
    text = "".join(parts)
    text = "\n".join(_tidy_line(line) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_page(html: str) -> HtmlPage:
    """The article of a page as text. Raises UnreadableHtml when the parser refuses the page."""
    soup = _parse(html)
    url = None
    canonical = soup.find("link", rel=lambda v: v and "canonical" in (v if isinstance(v, list) else [v]))
    if canonical is not None and canonical.get("href"):
        url = canonical["href"].strip()
    if not url:
        og = soup.find("meta", attrs={"property": "og:url"})
        if og is not None and og.get("content"):
            url = og["content"].strip()
    date_text = ""
    for attrs in (
        {"property": "article:published_time"},
        {"name": "date"},
        {"name": "dc.date"},
        {"itemprop": "datePublished"},
    ):
        meta = soup.find("meta", attrs=attrs)
        if meta is not None and meta.get("content"):
            date_text = meta["content"].strip()
            break
    head_title = ""
    if soup.title is not None:
        head_title = strip_site_suffix(_one_line(soup.title.get_text(" ")))
    og_title = soup.find("meta", attrs={"property": "og:title"})

    for tag in soup.find_all(_DROP_TAGS):
        if not _dead(tag):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    # header/footer outside the article are site chrome; inside it they may hold the title and date.
    whole_page = root is soup or root is soup.body
    chrome = soup.find_all(["header", "footer"])
    inside = {id(t) for t in root.find_all(["header", "footer"])} if not whole_page else set()
    with_h1 = _ancestors_marked(soup.find_all("h1"), {"header"}) if whole_page and chrome else set()
    for tag in chrome:
        if _dead(tag):
            continue
        if whole_page and tag.name == "header" and id(tag) in with_h1:
            continue
        if whole_page or id(tag) not in inside:
            tag.decompose()
    for tag in root.find_all(True):
        if _dead(tag) or tag.attrs is None:
            continue
        if _NOISE_ATTR.search(_attr_text(tag)):
            tag.decompose()
    if not date_text:
        time = root.find("time") or soup.find("time")
        if time is not None:
            date_text = (time.get("datetime") or _one_line(time.get_text(" "))).strip()
    h1_tag = root.find("h1") or soup.find("h1")
    # one line, even when an <h1> left open runs on over the page
    h1 = _one_line(h1_tag.get_text(" ")) if h1_tag is not None else ""
    title = h1 or (_one_line(og_title.get("content", "")) if og_title is not None else "") or head_title
    return HtmlPage(title=title, text=_to_text(root), url=url or None, date_text=date_text, h1=h1)
