"""Where the relation rules' triggers stand in a text, found in one pass instead of one per rule.

Each rule's regular expression begins, in every match, with one of a few literal words ("led", "牵头",
"licen" ...): its heads, read off the expression's parse. One Aho-Corasick pass over the text finds
every head, and each rule is tried only where one of its heads begins. Trying the rule at those
positions in order, from the end of its previous match, is what ``finditer`` does at every position,
so the matches are the same; a scan per rule over long texts cost more than the rest of relation
extraction together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

# The parser that ``re`` itself uses (this project runs on Python 3.11 or later).
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

# More expansions than this and a pattern's heads stop growing where they are (shorter heads, more
# places tried); a pattern that may begin with anything has no heads and is scanned whole.
MAX_HEADS = 256
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}

# (literal text, whether the pattern goes on after it): an open prefix can be extended by what follows.
_Prefix = tuple[str, bool]


def _sequence(items: Sequence[Any]) -> list[_Prefix]:
    prefixes: list[_Prefix] = [("", True)]
    for op, av in items:
        # A text reached both open and closed is closed: one way of matching goes on with anything.
        grown: dict[str, bool] = {}
        for text, open_ in prefixes:
            if not open_:
                grown[text] = False
                continue
            for more, still_open in _item(op, av):
                grown[text + more] = grown.get(text + more, True) and still_open
        if len(grown) > MAX_HEADS:
            return [(text, False) for text, _ in prefixes]
        prefixes = list(grown.items())
    return prefixes


def _item(op: Any, av: Any) -> list[_Prefix]:
    if op == sre_constants.LITERAL:
        return [(chr(av), True)]
    if op in _ZERO_WIDTH:
        return [("", True)]  # a boundary or look-around consumes nothing: what follows still heads
    if op == sre_constants.SUBPATTERN:
        _, added_flags, _, body = av
        return [("", False)] if added_flags & sre_constants.SRE_FLAG_IGNORECASE else _sequence(body)
    if op == sre_constants.BRANCH:
        return [prefix for alternative in av[1] for prefix in _sequence(alternative)]
    if op == sre_constants.IN and all(member == sre_constants.LITERAL for member, _ in av):
        return [(chr(value), True) for _, value in av]
    if op in _REPEATS:
        low, high, body = av
        if high <= 4:
            return [p for count in range(low, high + 1) for p in _sequence(list(body) * count)]
        return [(text, False) for text, _ in _sequence(list(body) * low)]
    return [("", False)]  # any character, a class, a category: the literal head ends before it


def heads(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which begins every match of ``pattern``; None when no such set is known."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & (sre_constants.SRE_FLAG_IGNORECASE | sre_constants.SRE_FLAG_VERBOSE):
        return None
    found = frozenset(text for text, _ in _sequence(list(parsed)))
    return None if "" in found else found


class TriggerScanner:
    """Finds every match of each of ``patterns`` in a text, as ``re.finditer`` would, in one pass."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(patterns)
        self._compiled = [re.compile(p) for p in patterns]
        each_heads = [heads(p) for p in patterns]
        self._headed = [found is not None for found in each_heads]
        by_head: dict[str, list[int]] = {}
        for index, found in enumerate(each_heads):
            for head in sorted(found or ()):
                by_head.setdefault(head, []).append(index)
        self._automaton = ahocorasick.Automaton()
        for head, indexes in by_head.items():
            self._automaton.add_word(head, (len(head), tuple(indexes)))
        if by_head:
            self._automaton.make_automaton()

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        """For each pattern, its matches in ``text``: leftmost first, not overlapping."""
        candidates: list[list[int]] = [[] for _ in self._compiled]
        if len(self._automaton):
            for end, (length, indexes) in self._automaton.iter(text):
                for index in indexes:
                    candidates[index].append(end - length + 1)
        found: list[list[re.Match[str]]] = []
        for index, pattern in enumerate(self._compiled):
            if self._headed[index]:
                found.append(list(_from_positions(pattern, text, sorted(set(candidates[index])))))
            else:
                found.append(list(pattern.finditer(text)))
        return found


def _from_positions(pattern: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    resume = 0
    for position in positions:
        if position < resume:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            resume = max(match.end(), position + 1)


@cache
def scanner(patterns: tuple[str, ...]) -> TriggerScanner:
    return TriggerScanner(patterns)
