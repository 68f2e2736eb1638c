"""Trigger scanning finds exactly what the rules' regular expressions find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.relation_rules import RULES
from ingest.relations import trigger_matches

# Trigger words whole, inside other words ("misled", "causes", "_led"), after digits and CJK characters
# (both word characters to \b), and the text between them.
PIECES = ["led", "led by", "misled", "uses", "causes", "run by", "runs", "unit of", "licensed by",
          "licence from", "partnered with", "granted a banking licence to", "acquired", "by", "of", "in",
          "x", "_", "7", "监管", "牵头", "银行", " ", ", ", ".", "-", "\n", "é"]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(text=texts, data=st.data())
def test_trigger_matches_equal_finditer(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for rule in RULES:
        expected = _spans(re.compile(rule.pattern).finditer(text, start, end))
        assert _spans(trigger_matches(rule, text, start, end)) == expected, rule.pattern
        if (start, end) == (0, len(text)):
            assert _spans(trigger_matches(rule, text)) == expected, rule.pattern
