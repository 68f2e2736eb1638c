"""A store for the viewer tests: the sample corpus, plus a document and an entity made of HTML payloads."""

from __future__ import annotations

from pathlib import Path

from app.ingest_run import ingest_paths
from ingest.load import find_documents
from kg import ids
from kg.model import DocStatus, Document, DocumentFacts, Entity, Evidence, Mention, Relation
from kg.stores import open_store
from kg.vocab import EntityType, RelationType
from tests.conftest import CORPUS

PAYLOAD = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
XSS_NAME = f"Evil {PAYLOAD} Bank"


def hostile_facts() -> DocumentFacts:
    """Written straight to the store: extraction would never produce such names, the sinks must hold."""
    doc_id = "doc:xss"
    partner_name = f"Evil Partner {PAYLOAD}"
    sentence = f"{XSS_NAME} partnered with {partner_name}."
    evil = Entity(
        "x:xss", EntityType.BANK, XSS_NAME, (XSS_NAME, f"&lt;{PAYLOAD}"), origin="test", confidence=0.6
    )
    partner = Entity("x:xss-partner", EntityType.FINTECH_COMPANY, partner_name, origin="test", confidence=0.6)
    fact = ids.fact_id(evil.id, RelationType.PARTNERS_WITH.value, partner.id)
    document = Document(
        doc_id,
        f"xss/{PAYLOAD}.md",
        "0" * 64,
        DocStatus.OK,
        "markdown",
        PAYLOAD,
        "en",
        metadata=(("source_url", "javascript:alert(3)"), ("title", PAYLOAD)),
        extractor_version="test",
    )
    mentions = (
        Mention("m:xss1", evil.id, doc_id, 0, len(XSS_NAME), XSS_NAME, 0, "test", 0.6),
        Mention(
            "m:xss2",
            partner.id,
            doc_id,
            sentence.index("Evil Partner"),
            len(sentence) - 1,
            partner_name,
            0,
            "test",
            0.6,
        ),
    )
    evidence = (Evidence("e:xss", fact, doc_id, sentence, 0, len(sentence), "test", 0.8),)
    relation = Relation(fact, RelationType.PARTNERS_WITH, evil.id, partner.id)
    return DocumentFacts(document, (evil, partner), mentions, (relation,), evidence)  # fmt: skip


def build_viewer_store(path: Path) -> str:
    url = f"embedded:{path}"
    store = open_store(url)
    try:
        ingest_paths(store, find_documents([str(CORPUS)]))
        store.write(hostile_facts())
    finally:
        store.close()
    return url
