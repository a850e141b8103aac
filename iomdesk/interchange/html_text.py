"""HTML press-release pages to plain text, with BeautifulSoup ("html.parser": no C extension, no network).

Only what a reader sees in the article is kept: navigation, headers and footers outside the article,
scripts, styles, forms and share widgets are dropped. Block elements become line breaks; ``mailto:``
and ``tel:`` links whose text does not show the address or number get it added in parentheses, so the
text extractor finds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


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


def _render(node, parts: list[str]) -> None:
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Doctype, ProcessingInstruction

    for child in node.children:
        if isinstance(child, Comment | Doctype | ProcessingInstruction):
            continue
        if isinstance(child, NavigableString):
            parts.append(_clean_inline(str(child).replace("\n", " ")))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name == "br":
            parts.append("\n")
            continue
        if name == "a":
            href = (child.get("href") or "").strip()
            text = _clean_inline(child.get_text(" ")).strip()
            low = href.lower()
            if low.startswith("mailto:"):
                address = href[7:].split("?", 1)[0].strip()
                parts.append(text if "@" in text or not address else f"{text} ({address})".strip())
                continue
            if low.startswith("tel:"):
                number = href[4:].strip()
                has_digits = sum(ch.isdigit() for ch in text) >= 6
                parts.append(text if has_digits or not number else f"{text} ({number})".strip())
                continue
            _render(child, parts)
            continue
        if name in ("td", "th"):
            multi = child.find(["br", "p", "div", "li"]) is not None
            parts.append("\n\n" if multi else " | ")
            _render(child, parts)
            parts.append("\n\n" if multi else " | ")
            continue
        if name in _BLOCK_TAGS:
            parts.append("\n")
            _render(child, parts)
            parts.append("\n")
            continue
        _render(child, parts)


def _to_text(node) -> str:
    parts: list[str] = []
    _render(node, parts)
    text = "".join(parts)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"(?:\s*\|\s*)+", " | ", line).strip(" |")
        lines.append(line.strip())
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_page(html: str) -> HtmlPage:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
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
        head_title = strip_site_suffix(_clean_inline(soup.title.get_text(" ")).strip())
    og_title = soup.find("meta", attrs={"property": "og:title"})

    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    # header/footer outside the article are site chrome; inside it they may hold the title and date.
    whole_page = root is soup or root is soup.body
    for tag in soup.find_all(["header", "footer"]):
        if tag.decomposed:
            continue
        inside = any(p is root for p in tag.parents)
        if whole_page and tag.name == "header" and tag.find("h1") is not None:
            continue
        if whole_page or not inside:
            tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        if _NOISE_ATTR.search(_attr_text(tag)):
            tag.decompose()
    if not date_text:
        time = root.find("time") or soup.find("time")
        if time is not None:
            date_text = (time.get("datetime") or time.get_text(" ")).strip()
    h1_tag = root.find("h1") or soup.find("h1")
    h1 = _clean_inline(h1_tag.get_text(" ")).strip() if h1_tag is not None else ""
    title = h1 or (og_title.get("content", "").strip() if og_title is not None else "") or head_title
    return HtmlPage(title=title, text=_to_text(root), url=url or None, date_text=date_text, h1=h1)
