"""The model's values travel between processes (ingest workers) and must arrive unchanged."""

from __future__ import annotations

import pickle

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
