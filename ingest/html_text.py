"""Visible text of an HTML page, without scripts, styles, navigation and other page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Tag

_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
                 "nav", "header", "footer", "aside", "form", "button", "select", "input")  # fmt: skip
_BLOCK_TAGS = ("p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6",
               "tr", "blockquote", "pre", "br", "dd", "dt", "figcaption", "table", "ul", "ol")  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Page furniture that sites mark by role, class or id rather than by tag: <div class="footer">,
# <div id="related-news">, <ul class="share-links">. Matched on whole words of the attribute
# ("site-footer" has "footer"; "headline" is no "header" and "adapt" no "ad").
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_FURNITURE_WORDS = frozenset(
    {"footer", "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "sidebar", "related", "share", "sharing",
     "social", "comment", "comments", "subscribe", "newsletter", "advert", "advertisement", "ads", "cookie",
     "cookies", "copyright", "recommend", "recommended", "popular", "toolbar"}
)  # fmt: skip
_ATTRIBUTE_WORD = re.compile(r"[a-z]+")
_CONTENT_TAGS = frozenset({"html", "body", "main", "article"})


@dataclass(frozen=True)
class HtmlText:
    text: str
    title: str
    metadata: tuple[tuple[str, str], ...]


def _is_furniture(tag: Tag) -> bool:
    if tag.name in _CONTENT_TAGS:
        return False  # <body class="page-related">: the page itself, whatever its theme calls it
    if str(tag.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    classes: list[str] | str = tag.get("class") or []
    marks = " ".join([*(classes if isinstance(classes, list) else [classes]), str(tag.get("id", ""))]).lower()
    return not _FURNITURE_WORDS.isdisjoint(_ATTRIBUTE_WORD.findall(marks))


def html_to_text(markup: str) -> HtmlText:
    soup = BeautifulSoup(markup, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    metadata: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = str(meta.get("name") or meta.get("property") or "").lower()
        value = str(meta.get("content") or "").strip()
        if key in ("author", "description", "keywords") and value:
            metadata[key] = value
        elif key in ("article:published_time", "date", "dc.date") and value:
            metadata["date"] = value[:10]
        elif key == "og:url" and value:
            metadata["source_url"] = value
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue  # inside furniture already dropped
        if (
            _is_furniture(tag)
            or tag.has_attr("hidden")
            or _HIDDEN_STYLE.search(str(tag.get("style", "")))
            or tag.get("aria-hidden") == "true"
        ):
            tag.decompose()
    if soup.title:
        soup.title.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    # get_text unescapes entities exactly once: AT&amp;T becomes AT&T here and is escaped again only at a sink.
    raw = soup.get_text()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return HtmlText(text, title, tuple(sorted(metadata.items())))
