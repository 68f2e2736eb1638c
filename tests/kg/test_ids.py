from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ids import document_id, fact_id, name_key, to_simplified

# fmt: off
SAME_KEY = [
    ("zh-Hans/zh-Hant", "蚂蚁集团", "螞蟻集團"),
    ("zh-Hant", "香港金融管理局", "香港金融管理局"),
    ("full width", "Ａｎｔ　Ｇｒｏｕｐ", "Ant Group"),
    ("zero width", "Ant\u200bGroup", "ant group"),
    ("nbsp", "Bank\u00a0of China", "bank of china"),
    ("case", "MAS", "mas"),
    ("dash", "e—CNY", "e-CNY"),
]
# fmt: on


@pytest.mark.parametrize(("case", "a", "b"), SAME_KEY)
def test_ids_name_key_equates_variants(case: str, a: str, b: str) -> None:
    assert name_key(a) == name_key(b), case


@given(st.text())
def test_ids_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


@given(st.text())
def test_ids_to_simplified_keeps_length(text: str) -> None:
    assert len(to_simplified(text)) == len(text)


def test_ids_are_deterministic_and_symmetric_facts_agree() -> None:
    assert document_id("x") == document_id("x")
    assert fact_id("a", "PARTNERS_WITH", "b", symmetric=True) == fact_id(
        "b", "PARTNERS_WITH", "a", symmetric=True
    )
    assert fact_id("a", "LEADS", "b") != fact_id("b", "LEADS", "a")
