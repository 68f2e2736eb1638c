"""One contract, every store: the embedded store and the real Neo4j server behave the same."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ingest.pipeline import extract_document
from kg import ids
from kg.errors import QueryRefusedError, SchemaMissingError
from kg.model import DocStatus, Document, DocumentFacts, Entity, Mention
from kg.stores import cypher as q
from kg.stores import open_store
from kg.vocab import EntityType
from tests.ingest.bad_documents import pdf_with_pages

CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"


def corpus_facts():  # type: ignore[no-untyped-def]
    return [extract_document(p.as_posix(), p.read_bytes()) for p in sorted(CORPUS.iterdir())]


def canonical(store) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(store.dump(), sort_keys=True, ensure_ascii=False)


def test_store_write_twice_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    facts = corpus_facts()
    for f in facts:
        store.write(f)
    first = canonical(store)
    results = [store.write(f) for f in facts]
    assert all(r.unchanged for r in results)
    assert canonical(store) == first
    stats = store.stats()
    assert stats.documents == len(facts)
    assert stats.relations > 10 and stats.entities > 20


def test_store_order_does_not_matter(store_url: str, tmp_path: Path) -> None:
    facts = corpus_facts()
    a = open_store(store_url)
    a.ensure_schema()
    for f in facts:
        a.write(f)
    dump_a = canonical(a)
    for f in facts:
        a.delete_document(f.document.id)
    assert a.stats().entities == 0 and a.stats().relations == 0
    shuffled = facts[:]
    random.Random(7).shuffle(shuffled)
    for f in shuffled:
        a.write(f)
    assert canonical(a) == dump_a
    a.close()


def test_store_search_any_script(store) -> None:  # type: ignore[no-untyped-def]
    for f in corpus_facts():
        store.write(f)
    for text, expected in [("MAS", "sg.mas"), ("新加坡金融管理局", "sg.mas"), ("金管局", "hk.hkma"),
                           ("香港金融管理局", "hk.hkma"), ("中國人民銀行", "cn.pboc"), ("upi", "init.upi")]:  # fmt: skip
        ids = [h.entity.id for h in store.search(text)]
        assert ids and ids[0] == expected, (text, ids)


def test_store_entity_detail_has_evidence(store) -> None:  # type: ignore[no-untyped-def]
    for f in corpus_facts():
        store.write(f)
    detail = store.entity("sg.mas")
    assert detail is not None
    launches = [
        fv for fv in detail.facts if fv.fact.type == "LAUNCHES" and fv.object_name == "Project Guardian"
    ]
    assert launches and "Project Guardian" in launches[0].evidence[0].sentence
    assert launches[0].evidence[0].doc_title.startswith("Singapore tests")


def test_store_keeps_the_page_of_pdf_evidence(store) -> None:  # type: ignore[no-untyped-def]
    store.write(extract_document("report.pdf", pdf_with_pages([["Preface"], ["MAS launched Project Ubin."]])))
    store.write(extract_document("note.md", b"The FCA regulates Revolut."))
    detail = store.entity("sg.mas")
    assert detail is not None
    [evidence] = [ev for fv in detail.facts for ev in fv.evidence]
    assert (evidence.page, evidence.place) == (2, "p. 2")
    pages = {ev["sentence"]: ev["page"] for ev in store.dump()["evidence"]}
    assert pages == {"MAS launched Project Ubin.": 2, "The FCA regulates Revolut.": 0}


def test_store_neighbourhood_cap_and_depth(store) -> None:  # type: ignore[no-untyped-def]
    for f in corpus_facts():
        store.write(f)
    one = store.neighbourhood("sg.mas", depth=1, limit=300)
    two = store.neighbourhood("sg.mas", depth=2, limit=300)
    assert {n.id for n in one.nodes} <= {n.id for n in two.nodes}
    assert "init.project-guardian" in {n.id for n in one.nodes}
    capped = store.neighbourhood("sg.mas", depth=2, limit=3)
    assert len(capped.nodes) == 3 and capped.truncated and capped.total_nodes > 3
    node_ids = {n.id for n in capped.nodes}
    assert all(f.subject_id in node_ids and f.object_id in node_ids for f in capped.facts)


def test_store_changed_document_replaces_only_its_facts(store) -> None:  # type: ignore[no-untyped-def]
    old = extract_document("doc.txt", b"MAS launched Project Ubin. HKMA launched Project Ensemble.")
    other = extract_document("other.txt", b"MAS launched Project Ubin in 2016.")
    store.write(old)
    store.write(other)
    new = extract_document("doc.txt", b"HKMA launched Project Ensemble.")
    result = store.write(new)
    assert not result.unchanged
    docs = {d["id"] for d in store.documents()}
    assert old.document.id not in docs and new.document.id in docs
    detail = store.entity("sg.mas")
    assert detail is not None  # still supported by other.txt
    ubin = [fv for fv in detail.facts if fv.object_name == "Project Ubin"]
    assert ubin and {ev.doc_id for ev in ubin[0].evidence} == {other.document.id}
    store.delete_document(other.document.id)
    assert store.entity("sg.mas") is None


def _one_discovered_name(name: str, text: str, confidence: float) -> DocumentFacts:
    """A document mentioning one discovered organisation once, written ``text``, at ``confidence``."""
    doc_id = f"doc:{text}-{confidence}"
    entity = Entity(ids.discovered_entity_id("Organization", name), EntityType.ORGANIZATION, name,
                    origin="test", confidence=confidence)  # fmt: skip
    mention = Mention(ids.mention_id(doc_id, entity.id, 0, len(text)), entity.id, doc_id, 0, len(text), text, 0,
                      "test", confidence)  # fmt: skip
    document = Document(doc_id, f"{doc_id[4:]}.txt", doc_id, DocStatus.OK, "text", text, "en")
    return DocumentFacts(document, (entity,), (mention,), (), ())


@pytest.mark.parametrize("retracted", [0, 1, 2])
def test_store_retraction_leaves_what_the_other_documents_would(store, retracted: int) -> None:  # type: ignore[no-untyped-def]
    """Deleting a document leaves the graph its remaining documents make alone: each entity keeps the
    aliases, name and confidence they give it (the discovered "Acme Pay" is written two ways, at three
    confidences, across three more documents)."""
    docs = [
        extract_document(f"{i}.txt", text)
        for i, text in enumerate(
            [
                b"The Monetary Authority of Singapore (MAS) launched Project Ubin with DBS Bank.",
                b"MAS regulates DBS Bank. DBS partnered with Ant Group.",
                "新加坡金融管理局推出了Project Guardian。MAS监管星展银行。".encode(),
            ]
        )
    ]
    docs += [_one_discovered_name("Acme Pay", text, confidence) for text, confidence in [
        ("Acme Pay", 0.9), ("ACME PAY", 0.5), ("Acme Pay", 0.7)]]  # fmt: skip
    for d in docs:
        store.write(d)
    store.delete_document(docs[retracted].document.id)
    store.delete_document(docs[3 + retracted].document.id)
    after_retraction = canonical(store)
    remaining = [d for i, d in enumerate(docs) if i not in (retracted, 3 + retracted)]
    for d in remaining:
        store.delete_document(d.document.id)
    assert store.stats().entities == 0
    for d in remaining:
        store.write(d)
    assert after_retraction == canonical(store)


def test_store_same_content_two_names_is_one_document(store) -> None:  # type: ignore[no-untyped-def]
    text = b"The Reserve Bank of India regulates NPCI."
    store.write(extract_document("a/rbi.txt", text))
    store.write(extract_document("b/copy.txt", text))
    docs = store.documents()
    assert len(docs) == 1 and sorted(docs[0]["source_paths"]) == ["a/rbi.txt", "b/copy.txt"]
    assert store.stats().evidence == len(extract_document("a/rbi.txt", text).evidence)


def _path_owners(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return dict(store.cypher(f"MATCH (p:{q.SOURCE_PATH_LABEL}) RETURN p.path, p.doc_id").rows)


def _paths_of_documents(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {path: d["id"] for d in store.documents() for path in d["source_paths"] or []}


def test_store_path_bookkeeping_follows_the_documents(store) -> None:  # type: ignore[no-untyped-def]
    """Each file path is kept with the one document that holds it, through copies, edits and deletes."""
    first = extract_document("a.txt", b"MAS launched Project Ubin.")
    steps = [
        lambda: store.write(first),
        lambda: store.write(extract_document("b.txt", b"MAS launched Project Ubin.")),  # a copy
        lambda: store.write(extract_document("a.txt", b"HKMA launched Project Ensemble.")),  # a.txt edited
        lambda: store.write(extract_document("b.txt", b"SEC regulates Coinbase.")),  # the copy edited too
        lambda: store.delete_document(extract_document("b.txt", b"SEC regulates Coinbase.").document.id),
    ]
    for step in steps:
        step()
        assert _path_owners(store) == _paths_of_documents(store)
    assert first.document.id not in {d["id"] for d in store.documents()}  # lost both of its paths
    assert set(_path_owners(store)) == {"a.txt"}


def test_store_fills_path_bookkeeping_of_an_older_store(store_url: str) -> None:
    """A store written before paths were kept by node gains them when its schema is next ensured, and
    an edited file then still replaces its older version."""
    old = open_store(store_url)
    old.ensure_schema()
    old.write(extract_document("a.txt", b"MAS launched Project Ubin."))
    old.write(extract_document("b.txt", b"SEC regulates Coinbase."))
    if old.name == "neo4j":
        with old._driver.session() as session:
            session.run("DROP CONSTRAINT fkg_source_path").consume()
            session.run(f"MATCH (p:{q.SOURCE_PATH_LABEL}) DELETE p").consume()
    else:
        old._execute(f"DROP TABLE {q.SOURCE_PATH_LABEL}")
    old.close()
    upgraded = open_store(store_url)
    upgraded.ensure_schema()
    assert _path_owners(upgraded) == _paths_of_documents(upgraded) and len(_path_owners(upgraded)) == 2
    edited = extract_document("a.txt", b"HKMA launched Project Ensemble.")
    upgraded.write(edited)
    assert {d["id"] for d in upgraded.documents()} == {
        edited.document.id,
        extract_document("b.txt", b"SEC regulates Coinbase.").document.id,
    }
    upgraded.close()


def test_store_injection_is_stored_verbatim(store) -> None:  # type: ignore[no-untyped-def]
    payload = "Robby' WITH true as ignored MATCH (s) DETACH DELETE s; // Bank"
    facts = extract_document("evil.txt", f"The {payload} partnered with DBS Bank.".encode())
    store.write(extract_document("rbi.txt", b"The Reserve Bank of India regulates NPCI."))
    before = store.stats().entities
    store.write(facts)
    assert store.stats().entities >= before
    assert store.entity("in.rbi") is not None


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Entity {id: 'x'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Entity) SET n.name = 'x'",
        "MERGE (n:Entity {id: 'x'})",
        "MATCH (n) REMOVE n.name",
        "FOREACH (x IN [1] | CREATE (:Entity {id: 'y'}))",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "LOAD FROM '/etc/passwd' RETURN *",
        "COPY Entity FROM '/tmp/x.csv'",
        "INSTALL httpfs",
        "ATTACH '/tmp/other.db' AS other",
        "CALL /* hidden */ apoc.load.json('file:///etc/passwd')",
        "MATCH (n) RETURN n; CREATE (m)",
        "CrEaTe (n)",
        "CREATE\u00a0(n)",
        ":use system",
        "DROP TABLE Entity",
        "CREATE INDEX idx FOR (n:Entity) ON (n.name)",
    ],
)
def test_store_console_refuses_non_reads(store, query: str) -> None:  # type: ignore[no-untyped-def]
    store.write(extract_document("rbi.txt", b"The Reserve Bank of India regulates NPCI."))
    before = canonical(store)
    with pytest.raises(QueryRefusedError):
        store.cypher(query)
    assert canonical(store) == before


def test_store_console_reads_with_row_cap(store) -> None:  # type: ignore[no-untyped-def]
    for f in corpus_facts():
        store.write(f)
    result = store.cypher("MATCH (e:Entity) RETURN e.name AS name ORDER BY name", row_cap=5)
    assert result.columns == ("name",) and len(result.rows) == 5 and result.truncated


def test_store_refuses_writes_without_schema(store_url: str, tmp_path: Path) -> None:
    if store_url.startswith("embedded:"):
        fresh = open_store(f"embedded:{tmp_path / 'fresh.db'}")
    else:
        admin = open_store(store_url)
        with admin._driver.session() as session:  # type: ignore[attr-defined]
            session.run("DROP CONSTRAINT fkg_entity_id IF EXISTS").consume()
        fresh = open_store(store_url)
    with pytest.raises(SchemaMissingError):
        fresh.write(extract_document("x.txt", b"MAS launched Project Ubin."))
    fresh.ensure_schema()
    fresh.write(extract_document("x.txt", b"MAS launched Project Ubin."))
    assert fresh.stats().documents == 1


def _many_names_sharing_a_word(word: str, count: int) -> DocumentFacts:
    """One document naming ``count`` organisations that contain ``word``, and one called just ``word``."""
    names = [f"Example {word} {i:03d}" for i in range(count)] + [word]
    doc_id = "doc:many-names"
    entities, mentions, at = [], [], 0
    for name in names:
        entity = Entity(
            ids.discovered_entity_id("Organization", name), EntityType.ORGANIZATION, name, origin="test"
        )
        mention_id = ids.mention_id(doc_id, entity.id, at, at + len(name))
        entities.append(entity)
        mentions.append(Mention(mention_id, entity.id, doc_id, at, at + len(name), name, 0, "test", 0.6))
        at += len(name) + 1
    document = Document(doc_id, "many.txt", doc_id, DocStatus.OK, "text", "Many names", "en")
    return DocumentFacts(document, tuple(entities), tuple(mentions), (), ())


def test_store_search_finds_the_exact_name_among_many_that_contain_it(store) -> None:  # type: ignore[no-untyped-def]
    # More names contain the word than one search reads (the scan limit is 200 for limit=5): the
    # entity called exactly that must still come first, not be cut off with the rest.
    store.write(_many_names_sharing_a_word("Clearing", 400))
    hits = store.search("clearing", limit=5)
    assert hits[0].entity.name == "Clearing" and hits[0].score == 3.0
    assert len(hits) == 5 and all("Clearing" in h.entity.name for h in hits)
    # A misspelt name: every one of the 401 shares a piece of it, the one meant shares the most.
    fuzzy = store.search("Exampel Clearing 371", limit=5)
    assert fuzzy[0].entity.name == "Example Clearing 371" and fuzzy[0].score < 1.0
