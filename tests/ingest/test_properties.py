"""Properties of the whole pipeline over generated documents: spans point at the source as written,
evidence contains its sentence's mentions, and extraction is a pure function."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.pipeline import display_text, extract_document

NAMES = ["Monetary Authority of Singapore", "MAS", "蚂蚁集团", "螞蟻集團", "香港金融管理局", "Project Ubin",
         "区块链", "blockchain", "UPI", "网商银行", "Reserve Bank of India", "數碼港元",
         "Reserve Bank", "Kenya Fintech Association", "National Bank of Kazakhstan", "华夏银行"]  # fmt: skip
GLUE = [" launched ", "推出", "采用", " uses ", "与", " and ", "，", "。", ". ", "\n", "\n\n", " ", "合作", "（", "）",
        " regulates ", "牽頭", "\u200b", "\r\n", "　", ". The ", " the "]  # fmt: skip
documents = st.lists(st.sampled_from(NAMES + GLUE), min_size=1, max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents)
@example(text="Project Ubin. The Reserve Bank runs it.")  # a name read back to just after a known one
def test_properties_spans_point_at_the_source(text: str) -> None:
    facts = extract_document("generated.txt", text.encode())
    source = text
    for mention in facts.mentions:
        span = source[mention.start : mention.end]
        assert span == span.strip(), "a mention's span starts and ends on its name"
        assert display_text(span) == mention.text
    for evidence in facts.evidence:
        assert 0 <= evidence.start < evidence.end <= len(source)
    sentences = {(e.start, e.end) for e in facts.evidence}
    for start, end in sentences:
        assert source[start:end].strip()


@settings(max_examples=60, deadline=None)
@given(text=documents)
def test_properties_extraction_is_pure(text: str) -> None:
    raw = text.encode()
    assert extract_document("a.txt", raw) == extract_document("a.txt", raw)
    renamed = extract_document("b.txt", raw)
    assert renamed.document.id == extract_document("a.txt", raw).document.id  # identity is the content
