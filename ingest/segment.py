"""Sentences of the matching text, as (start, end) offsets.

Chinese sentences end at 。！？； and English ones at . ! ? ; followed by a space and a capital, a digit
or CJK, except after common abbreviations. A line break always ends a sentence (headings, list items,
HTML blocks); wrapped lines were already joined by normalisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "ltd",
        "co",
        "corp",
        "plc",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
    ]
)
_END = re.compile(r"[。！？；!?;]+[”’\"')）」』]*|\.(?=[\s\"”’')）]|$)|\n")


def sentences(text: str, is_capital: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
    """``is_capital(i)`` tells whether character ``i`` was a capital as written (the matching text is
    casefolded); without it the text's own case is used."""
    capital = is_capital or (lambda i: text[i].isupper())
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group(0) == ".":
            word = _word_before_stop(text, start, end - 1)
            after = end
            while after < len(text) and text[after] == " ":
                after += 1
            following = text[after : after + 1]
            if word and word.lower() in _ABBREVIATIONS:
                continue
            if following and not (capital(after) or following.isdigit() or following > "\u2e80"):
                continue
            if len(word) == 1:  # an initial such as "J. Smith"
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def same_paragraph(text: str, spans: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether sentence ``index`` of ``spans`` continues the paragraph of the sentence before it. A
    paragraph (or a heading) ends at a "\n" of the matching text, where lines wrapped inside one are
    joined."""
    return index > 0 and "\n" not in text[spans[index - 1][1] : spans[index][0]]


def _word_before_stop(text: str, start: int, stop: int) -> str:
    """The run of word characters and dots that ends at the full stop ``text[stop]`` ("e.g", "Inc",
    "J"), read back from it no further than ``start``; empty when the stop follows no word."""
    at = stop
    while at > start and (text[at - 1].isalnum() or text[at - 1] in "_."):
        at -= 1
    return text[at:stop]


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    if end > start:
        spans.append((start, end))
