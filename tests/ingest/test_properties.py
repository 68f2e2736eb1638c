"""Properties of the whole pipeline over generated documents: spans point at the source as written,
evidence contains its sentence's mentions, records refer to records, and extraction is a pure function."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.pipeline import display_text, extract_document
from kg import ids

NAMES = ["Monetary Authority of Singapore", "MAS", "蚂蚁集团", "螞蟻集團", "香港金融管理局", "Project Ubin",
         "区块链", "blockchain", "UPI", "网商银行", "Reserve Bank of India", "數碼港元",
         "Reserve Bank", "Kenya Fintech Association", "National Bank of Kazakhstan", "华夏银行",
         "regulatory sandbox", "监管沙盒", "監管沙盒", "FCA Regulatory Sandbox"]  # fmt: skip
GLUE = [" launched ", "推出", "采用", " uses ", "与", " and ", "，", "。", ". ", "\n", "\n\n", " ", "合作", "（", "）",
        " regulates ", "牽頭", "\u200b", "\r\n", "　", ". The ", " the ", " opened a ", " joined "]  # fmt: skip
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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents)
@example(text="MAS opened a regulatory sandbox. Ant Group joined the regulatory sandbox. 监管沙盒")
def test_properties_records_refer_to_records(text: str) -> None:
    """Every mention names an entity of the document, every fact links two and has evidence, every
    evidence supports a fact; each id is the one its record's content gives (also after the unnamed
    sandboxes are renamed by their owners)."""
    facts = extract_document("generated.txt", text.encode())
    doc_id = facts.document.id
    entities = {e.id for e in facts.entities}
    relations = {r.id: r for r in facts.relations}
    assert len(entities) == len(facts.entities) and len(relations) == len(facts.relations)
    for m in facts.mentions:
        assert m.entity_id in entities and m.id == ids.mention_id(doc_id, m.entity_id, m.start, m.end)
    for r in facts.relations:
        assert {r.subject_id, r.object_id} <= entities and r.subject_id != r.object_id
        assert r.id == ids.fact_id(r.subject_id, r.type.value, r.object_id)
        if r.symmetric:
            assert r.subject_id < r.object_id
    supported = {ev.fact_id for ev in facts.evidence}
    assert supported == set(relations)
    for ev in facts.evidence:
        assert ev.id == ids.evidence_id(ev.fact_id, doc_id, ev.start, ev.end)
    assert {m.entity_id for m in facts.mentions} == entities, "every entity is mentioned"
    assert not any(" @" in e.name for e in facts.entities), "no placeholder leaves extraction"
