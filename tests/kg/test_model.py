"""The model's values travel between processes (ingest workers) and must arrive unchanged."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from ingest.pipeline import extract_document
from kg.model import DocumentFacts
from tests.ingest.bad_documents import pdf_with_pages


def test_document_facts_survive_pickling_unchanged() -> None:
    samples = [
        extract_document("a.md", b"---\ntitle: Ubin\ntags: [dlt]\n---\nMAS launched Project Ubin."),
        extract_document("b.txt", "香港金融管理局牵头开展Ensemble项目。".encode()),
        extract_document("c.pdf", pdf_with_pages([["Preface"], ["The FCA regulates Revolut."]])),
    ]
    for facts in samples:
        back = pickle.loads(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
        assert isinstance(back, DocumentFacts) and back == facts
        assert [type(e.type) for e in back.entities] == [type(e.type) for e in facts.entities]
        assert facts.evidence and back.evidence[0].page == facts.evidence[0].page


def _one_fact() -> DocumentFacts:
    facts = extract_document("a.txt", b"The FCA regulates Revolut.")
    assert facts.relations
    return facts


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: {"entities": f.entities + f.entities[:1]}, "twice"),
        (lambda f: {"relations": f.relations + f.relations[:1]}, "twice"),
        (lambda f: {"evidence": ()}, "has no evidence"),
        (lambda f: {"relations": (), "evidence": f.evidence}, "supports no relation"),
        (lambda f: {"entities": f.entities[:1], "relations": (), "evidence": ()}, "points outside"),
    ],
    ids=[
        "entity twice",
        "relation twice",
        "relation without evidence",
        "evidence without relation",
        "mention of an absent entity",
    ],  # fmt: skip
)
def test_document_facts_refuse_what_a_store_could_not_write(change, message) -> None:  # type: ignore[no-untyped-def]
    """A facts file is user input (``fintech-kg load``): these are refused when it is read, not halfway
    through a store's write."""
    facts = _one_fact()
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(facts, **change(facts))
