"""Neighbourhoods and shortest paths on a small graph whose answers are known, on every store.

The graph: a regulator R regulates five banks; R->B1 is stated in three documents, R->B2 in two, the
others in one, so support ranks the banks. B1 partners with B2 (an edge between two depth-1 nodes),
B1 uses technology T, B3 is based in J, and B4 and B5 both partner with X (so B4 and B5 are joined by
two shortest paths, through R and through X).
"""

from __future__ import annotations

from kg import ids
from kg.model import DocStatus, Document, DocumentFacts, Entity, Evidence, Mention, Relation
from kg.vocab import EntityType, RelationType

ENTITIES = {
    "t.r": EntityType.SUPERVISORY_AUTHORITY,
    **{f"t.b{i}": EntityType.BANK for i in range(1, 6)},
    "t.t": EntityType.TECHNOLOGY,
    "t.j": EntityType.JURISDICTION,
    "t.x": EntityType.FINTECH_COMPANY,
}
FACTS = [
    ("t.r", RelationType.REGULATES, f"t.b{i}") for i in range(1, 6)
] + [
    ("t.b1", RelationType.PARTNERS_WITH, "t.b2"),
    ("t.b1", RelationType.USES_TECHNOLOGY, "t.t"),
    ("t.b3", RelationType.BASED_IN, "t.j"),
    ("t.b4", RelationType.PARTNERS_WITH, "t.x"),
    ("t.x", RelationType.PARTNERS_WITH, "t.b5"),
]  # fmt: skip


def _document(name: str, facts: list[tuple[str, RelationType, str]]) -> DocumentFacts:
    doc_id = f"doc:{name}"
    entities = {i: Entity(i, ENTITIES[i], i.upper(), origin="test") for f in facts for i in (f[0], f[2])}
    relations, mentions, evidence = [], [], []
    offset = 0
    for subject, relation, obj in facts:
        sentence = f"{subject.upper()} {relation.value} {obj.upper()}."
        fact = Relation(ids.fact_id(subject, relation.value, obj), relation, subject, obj)
        relations.append(fact)
        for entity_id, start in ((subject, offset), (obj, offset + len(sentence) - len(obj) - 1)):
            mid = ids.mention_id(doc_id, entity_id, start, start + len(entity_id))
            mentions.append(
                Mention(
                    mid, entity_id, doc_id, start, start + len(entity_id), entity_id.upper(), 0, "test", 1.0
                )
            )
        end = offset + len(sentence)
        evidence.append(
            Evidence(
                ids.evidence_id(fact.id, doc_id, offset, end),
                fact.id,
                doc_id,
                sentence,
                offset,
                end,
                "test",
                0.9,
            )
        )
        offset = end + 1
    document = Document(
        doc_id, f"{name}.txt", doc_id, DocStatus.OK, "text", name, "en", extractor_version="test"
    )
    return DocumentFacts(
        document, tuple(entities.values()), tuple(mentions), tuple(relations), tuple(evidence)
    )


def _load(store) -> None:  # type: ignore[no-untyped-def]
    store.write(_document("all", FACTS))
    store.write(_document("again-1", [FACTS[0], FACTS[1]]))
    store.write(_document("again-2", [FACTS[0]]))


def _pairs(sub) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(f.subject_id, f.type, f.object_id) for f in sub.facts}


def test_traversal_cap_keeps_the_best_supported_neighbours(store) -> None:  # type: ignore[no-untyped-def]
    _load(store)
    capped = store.neighbourhood("t.r", depth=1, limit=3)
    assert [n.id for n in capped.nodes] == ["t.b1", "t.b2", "t.r"]
    assert capped.truncated and capped.total_nodes == 6
    # Every fact among the kept entities, the one between two neighbours included.
    assert _pairs(capped) == {
        ("t.r", "REGULATES", "t.b1"),
        ("t.r", "REGULATES", "t.b2"),
        ("t.b1", "PARTNERS_WITH", "t.b2"),
    }


def test_traversal_depth_two_reaches_every_entity_and_fact(store) -> None:  # type: ignore[no-untyped-def]
    _load(store)
    whole = store.neighbourhood("t.r", depth=2, limit=300)
    assert {n.id for n in whole.nodes} == set(ENTITIES)
    assert not whole.truncated and whole.total_nodes == len(ENTITIES)
    assert _pairs(whole) == {(s, r.value, o) for s, r, o in FACTS}
    one = store.neighbourhood("t.b1", depth=1)
    assert {n.id for n in one.nodes} == {"t.b1", "t.r", "t.b2", "t.t"}  # both directions


def test_traversal_relation_filter_limits_the_walk_and_the_facts(store) -> None:  # type: ignore[no-untyped-def]
    _load(store)
    regulated = store.neighbourhood("t.r", depth=2, relation_types=frozenset({"REGULATES"}))
    assert {n.id for n in regulated.nodes} == {"t.r", *(f"t.b{i}" for i in range(1, 6))}
    assert {f.type for f in regulated.facts} == {"REGULATES"}
    nothing = store.neighbourhood("t.r", depth=2, relation_types=frozenset())
    assert [n.id for n in nothing.nodes] == ["t.r"] and nothing.facts == ()


def test_traversal_unknown_centre_is_empty(store) -> None:  # type: ignore[no-untyped-def]
    _load(store)
    missing = store.neighbourhood("t.nobody", depth=2)
    assert missing.nodes == () and missing.facts == () and missing.total_nodes == 0
    assert store.shortest_paths("t.nobody", "t.r").paths == ()


def test_traversal_every_shortest_path_in_order(store) -> None:  # type: ignore[no-untyped-def]
    _load(store)
    found = store.shortest_paths("t.b4", "t.b5")
    assert found.paths == (("t.b4", "t.r", "t.b5"), ("t.b4", "t.x", "t.b5"))
    assert _pairs(found.subgraph) == {
        ("t.r", "REGULATES", "t.b4"),
        ("t.r", "REGULATES", "t.b5"),
        ("t.b4", "PARTNERS_WITH", "t.x"),
        ("t.x", "PARTNERS_WITH", "t.b5"),
    }
    assert store.shortest_paths("t.t", "t.j").paths == (("t.t", "t.b1", "t.r", "t.b3", "t.j"),)
    only_partners = store.shortest_paths("t.b4", "t.b5", relation_types=frozenset({"PARTNERS_WITH"}))
    assert only_partners.paths == (("t.b4", "t.x", "t.b5"),)
