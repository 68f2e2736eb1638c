"""The one-pass trigger scan finds exactly what each rule's regular expression finds on its own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.relation_rules import RULES
from ingest.trigger_scan import TriggerScanner, heads


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"牵头|主导", {"牵头", "主导"}),
        (r"\b(leads?|led) by\b", {"lead by", "leads by", "led by"}),
        (r"成为.{0,6}成员", {"成为"}),  # the head ends where any character may stand
        (r"收购(?!了?股权)", {"收购"}),  # a look-ahead consumes nothing
        (r"licen[sc]ed", {"licensed", "licenced"}),
        (r"grant(s|ed)?\sto", {"grant", "grants", "granted"}),
        (r"(?:\w+\s)?bank", None),  # may begin with any word character
        (r"[^a]bc", None),
        (r"(?i)led", None),  # case-insensitive: no literal head
        (r"x(?i:led)", {"x"}),
    ],
)
def test_heads_begin_every_match(pattern: str, expected: set[str] | None) -> None:
    found = heads(pattern)
    assert (None if found is None else set(found)) == expected


def test_heads_stop_growing_past_the_cap() -> None:
    found = heads("[ab][ab][ab][ab][ab][ab][ab][ab][ab][ab]")
    assert found is not None and 0 < len(found) <= 256 and all(len(h) < 10 for h in found)


# Trigger words whole, inside other words ("misled", "causes"), after digits, "_" and CJK characters
# (all word characters to \b), overlapping heads ("监管辖"), and what stands between them.
PIECES = ["led", "led by", "misled", "leads", "uses", "causes", "run by", "runs", "unit of", "licensed by",
          "licence from", "partnered with", "granted a banking licence to", "acquired", "acquired a stake",
          "began", "started testing", "by", "of", "in", "x", "_", "7", "监管", "管辖", "牵头", "成为", "成员",
          "收购", "股权", "银行", "签署", "协议", " ", ", ", "，", ".", "-", "\n", "é"]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
SCANNER = TriggerScanner([rule.pattern for rule in RULES] + [r"(?:\w+\s)?bank", r"[ab]{2}"])


@settings(max_examples=400, deadline=None)
@given(text=texts)
def test_scan_equals_finditer_for_every_rule(text: str) -> None:
    found = SCANNER.matches(text)
    for pattern, matches in zip(SCANNER.patterns, found, strict=True):
        assert [m.span() for m in matches] == [m.span() for m in re.finditer(pattern, text)], pattern
