"""The read API on every store: subgraphs, shortest paths, fuzzy search, analytics input, console limits."""

from __future__ import annotations

import time

import pytest

from kg.analytics import summarize
from kg.errors import QueryRefusedError, QueryTimeoutError
from kg.vocab import EXTRACTED
from tests.kg.stores.test_contract import corpus_facts

STATED = frozenset(r.value for r in EXTRACTED)  # every relation type but co-occurrence


@pytest.fixture
def loaded(store):  # type: ignore[no-untyped-def]
    for facts in corpus_facts():
        store.write(facts)
    return store


def test_reads_subgraph_by_type_keeps_subtypes_and_jurisdiction(loaded) -> None:  # type: ignore[no-untyped-def]
    sub = loaded.subgraph(entity_types=["Regulator"], jurisdictions=["sg"])
    ids = {e.id for e in sub.nodes}
    assert "sg.mas" in ids  # a CentralBank is a Regulator
    assert all(e.jurisdiction == "SG" for e in sub.nodes)
    capped = loaded.subgraph(entity_types=["Organization"], limit=5)
    assert len(capped.nodes) == 5 and capped.truncated and capped.total_nodes > 5
    for fact in loaded.subgraph(entity_types=["Organization"], limit=1000).facts:
        assert fact.type in {
            "PARTNERS_WITH", "SUBSIDIARY_OF", "REGULATES", "AUTHORIZES", "SUPERVISES", "CO_OCCURS_WITH"
        }  # fmt: skip


def test_reads_subgraph_by_technology(loaded) -> None:  # type: ignore[no-untyped-def]
    sub = loaded.subgraph(technology="tech.blockchain")
    ids = {e.id for e in sub.nodes}
    assert "tech.blockchain" in ids and "bank.mybank" in ids
    assert all(f.object_id == "tech.blockchain" for f in sub.facts if f.type == "USES_TECHNOLOGY")


def test_reads_shortest_paths_between_two_entities(loaded) -> None:  # type: ignore[no-untyped-def]
    found = loaded.shortest_paths("init.upi", "sg.mas", max_depth=4, relation_types=STATED)
    # Every shortest path, in order: through the operator NPCI, and through India, where UPI applies and
    # the RBI is based.
    assert found.paths == (
        ("init.upi", "in.npci", "in.rbi", "sg.mas"),
        ("init.upi", "jur.in", "in.rbi", "sg.mas"),
    )
    assert {f.type for f in found.subgraph.facts} == {
        "OPERATES", "REGULATES", "PARTNERS_WITH", "APPLIES_IN", "BASED_IN"
    }  # fmt: skip
    assert {e.id for e in found.subgraph.nodes} == {n for path in found.paths for n in path}
    assert loaded.shortest_paths("init.upi", "sg.mas", max_depth=2, relation_types=STATED).paths == ()
    # With every relation type, co-occurrence ("named in one sentence") may make a path shorter.
    walked = loaded.shortest_paths("init.upi", "sg.mas", max_depth=4)
    assert walked.paths and all(len(p) <= 4 for p in walked.paths)
    assert "CO_OCCURS_WITH" in {f.type for f in walked.subgraph.facts}
    assert loaded.shortest_paths("sg.mas", "sg.mas").paths == (("sg.mas",),)
    only_ops = loaded.shortest_paths("init.upi", "sg.mas", relation_types=frozenset({"OPERATES"}))
    assert only_ops.paths == ()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Monetery Authority of Singapor", "sg.mas"),  # typos
        ("monetary auth", "sg.mas"),  # prefix
        ("蚂蚁金服集团", "fin.ant"),  # an older name with one extra character
        ("香港金管局", "hk.hkma"),
        ("螞蟻集團", "fin.ant"),  # Traditional script
    ],
)
def test_reads_search_is_fuzzy_and_prefix(loaded, typed: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    hits = loaded.search(typed, limit=5)
    assert hits and hits[0].entity.id == expected, [(h.entity.id, h.score) for h in hits]


def test_reads_search_ranks_exact_before_fuzzy(loaded) -> None:  # type: ignore[no-untyped-def]
    hits = loaded.search("MAS", limit=5)
    assert hits[0].entity.id == "sg.mas" and hits[0].score == 3.0
    assert loaded.search("zzzzqqqq") == []


def test_reads_whole_graph_feeds_analytics(loaded) -> None:  # type: ignore[no-untyped-def]
    graph = loaded.whole_graph()
    assert graph.total_nodes == loaded.stats().entities
    assert len(graph.facts) == loaded.stats().relations
    summary = summarize(graph, top=5)
    assert "sg.mas" in {r.entity.id for r in summary.ranking}
    degrees = [r.degree for r in summary.ranking]
    assert degrees == sorted(degrees, reverse=True)
    assert summary.components >= 2 and summary.communities


@pytest.mark.parametrize(
    "query",
    [
        "UNWIND range(1, 1000000) AS x UNWIND range(1, 10000) AS y WITH x + y AS z WHERE z % 3 = 0 RETURN count(*)",
        "MATCH (a), (b), (c), (d) WHERE a.id < b.id AND b.id < c.id AND c.id < d.id RETURN count(*)",
    ],
)
def test_reads_console_stops_at_the_timeout(loaded, query: str) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="timed out after 1 s"):
        loaded.cypher(query, timeout_s=1.0)
    assert time.monotonic() - started <= 1.0 + 2.0
    assert loaded.cypher("MATCH (e:Entity) RETURN count(e) AS n").rows[0][0] == loaded.stats().entities


def test_reads_console_caps_rows_and_says_so(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded.cypher("UNWIND range(1, 5000) AS x RETURN x", row_cap=1000)
    assert len(result.rows) == 1000 and result.truncated
    small = loaded.cypher("UNWIND range(1, 10) AS x RETURN x", row_cap=1000)
    assert len(small.rows) == 10 and not small.truncated


def test_reads_console_refuses_ranges_built_in_memory(store_url: str, loaded) -> None:  # type: ignore[no-untyped-def]
    query = "UNWIND range(1, 2000000000) AS x RETURN count(x)"
    if store_url.startswith("embedded:"):
        with pytest.raises(QueryRefusedError, match="range"):
            loaded.cypher(query, timeout_s=1.0)
        with pytest.raises(QueryRefusedError, match="plain numbers"):
            loaded.cypher("UNWIND range(1, 100000 * 100000) AS x RETURN count(x)", timeout_s=1.0)
    else:  # Neo4j streams it and stops it at the timeout
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError):
            loaded.cypher(query, timeout_s=1.0)
        assert time.monotonic() - started <= 3.0
