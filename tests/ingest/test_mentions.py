"""Name discovery's scans find exactly what their reference regular expressions find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.mentions import _EN_SUFFIX, en_suffix_matches


def _reference(text: str) -> list[tuple[int, int, int]]:
    return [(m.start(1), m.start(2), m.end()) for m in _EN_SUFFIX.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "the kenya fintech association and sbi digital asset holdings limited said",
        "abu dhabi commercial bank",  # the name as far back as five words reach
        "one two three four five six seven bank",  # more than five words: the last five
        "x.abc bank, (central bank) 1abc bank _x bank",  # where a word may and may not start
        "inc. and ltd. and apple inc.",  # "inc." before a space ends at "inc"
        "bank bank bank group",  # a suffix is also a word of the next name
        "a  bank",  # two spaces: no word before the suffix
        "banking group actually acts",  # suffix words inside longer words
        "x" * 200 + " y bank",  # a word longer than the window
        "银行a bank",  # CJK characters are word characters too
        "",
    ],
)
def test_suffix_scan_matches_the_pattern(text: str) -> None:
    assert list(en_suffix_matches(text)) == _reference(text)


_WORDS = st.sampled_from(
    ["bank", "group", "authority", "inc.", "ltd", "act", "holdings", "limited", "of", "the", "and", "digital",
     "x", "banking", "fact", "a.b", "o'neil", "co-op", "&", "1st", "_", "银行", "(", ")", ",", "x" * 70]
)  # fmt: skip
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\n", "", ", ", ". ", "\t"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=30))
def test_suffix_scan_equals_finditer(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert list(en_suffix_matches(text)) == _reference(text)
