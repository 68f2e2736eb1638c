from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.normalize import normalize

# fmt: off
WRAPS = [
    ("zh-Hans wrap", "蚂蚁\n集团", "text", "蚂蚁集团"),
    ("zh-Hant wrap", "螞蟻\n集團", "text", "蚂蚁集团"),
    ("pdf blank line", "这是一段很长的文字用于测试换行蚂蚁\n\n集团", "pdf", "蚂蚁集团"),
    ("en wrap", "Hong\nKong", "text", "hong kong"),
    ("crlf", "Bank\r\nof China", "text", "bank of china"),
    ("full width parens", "金管局（HKMA）", "text", "金管局(hkma)"),
    ("boilerplate", "MAS.\n转载请注明出处", "text", "mas."),
]
# fmt: on


@pytest.mark.parametrize(("case", "source", "fmt", "expected"), WRAPS)
def test_normalize_joins_and_cleans(case: str, source: str, fmt: str, expected: str) -> None:
    assert expected in normalize(source, fmt=fmt).text, case


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_normalize_offsets_point_into_source(source: str) -> None:
    n = normalize(source)
    assert len(n.offsets) == len(n.text) + 1
    assert all(0 <= o <= len(source) for o in n.offsets)
    assert list(n.offsets[:-1]) == sorted(n.offsets[:-1])


# Line structure is excluded: a paragraph break becomes one newline, which a second pass would join.
@given(st.text(alphabet="蚂蚁集团银行MAS Ubin （）", max_size=60))
def test_normalize_is_idempotent_on_its_output(source: str) -> None:
    once = normalize(source).text
    assert normalize(once).text == once
