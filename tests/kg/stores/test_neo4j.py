"""What only the Neo4j store has: the server's own guarantees on fact ids, and the index behind search."""

from __future__ import annotations

import pytest
from neo4j import exceptions as neo4j_errors

from kg.stores import cypher as q
from kg.stores import open_store
from kg.vocab import RelationType
from tests.kg.stores.test_contract import corpus_facts

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo4j_store(store_url: str):  # type: ignore[no-untyped-def]
    """The contract suite's store fixture, on Neo4j alone (each test picks that parameter)."""
    store = open_store(store_url)
    store.ensure_schema()
    yield store
    store.close()


@pytest.mark.parametrize("store_url", ["neo4j"], indirect=True)
def test_neo4j_every_relation_type_has_unique_fact_ids(neo4j_store) -> None:  # type: ignore[no-untyped-def]
    rows = neo4j_store._read(
        "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties "
        "WHERE entityType = 'RELATIONSHIP' RETURN name, type, labelsOrTypes, properties"
    )
    unique = {
        r["labelsOrTypes"][0]
        for r in rows
        if r["type"] == "RELATIONSHIP_UNIQUENESS" and r["properties"] == ["id"]
    }
    assert unique == {t.value for t in RelationType}


@pytest.mark.parametrize("store_url", ["neo4j"], indirect=True)
def test_neo4j_refuses_a_second_fact_with_the_same_id(neo4j_store) -> None:  # type: ignore[no-untyped-def]
    for facts in corpus_facts():
        neo4j_store.write(facts)
    fact = next(f for facts in corpus_facts() for f in facts.relations)
    before = neo4j_store.stats()
    with pytest.raises(neo4j_errors.ConstraintError):
        neo4j_store._write(
            lambda run: run(
                f"MATCH (a:Entity {{id: $s}}), (b:Entity {{id: $o}}) CREATE (a)-[:{q.rel_type(fact.type)} {{id: $id}}]->(b)",
                {"s": fact.subject_id, "o": fact.object_id, "id": fact.id},
            )
        )
    assert neo4j_store.stats() == before


@pytest.mark.parametrize("store_url", ["neo4j"], indirect=True)
def test_neo4j_search_reads_the_text_index(neo4j_store) -> None:  # type: ignore[no-untyped-def]
    plan = neo4j_store._driver.execute_query(
        "EXPLAIN " + q.SEARCH_ENTITIES, {"key": "mas", "exact": "\nmas\n", "prefix": "\nmas", "scan": 200}
    ).summary.plan
    operators: list[str] = []
    stack = [plan]
    while stack:
        node = stack.pop()
        operators.append(node["operatorType"].split("@")[0])
        stack.extend(node.get("children", []))
    assert "NodeIndexContainsScan" in operators, operators


@pytest.mark.parametrize("store_url", ["neo4j"], indirect=True)
def test_neo4j_schema_drops_what_earlier_versions_made_and_no_query_uses(neo4j_store) -> None:  # type: ignore[no-untyped-def]
    retired = {statement.split()[2] for statement in q.NEO4J_RETIRED_SCHEMA}
    with neo4j_store._driver.session() as session:  # as a store written by an earlier version has them
        for statement in (
            "CREATE CONSTRAINT fkg_mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT fkg_evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
            "CREATE INDEX fkg_mention_doc IF NOT EXISTS FOR (n:Mention) ON (n.doc_id)",
            "CREATE INDEX fkg_evidence_doc IF NOT EXISTS FOR (n:Evidence) ON (n.doc_id)",
        ):
            session.run(statement).consume()

    def schema() -> set[str]:
        return {r["name"] for r in neo4j_store._read("SHOW INDEXES YIELD name RETURN name")}

    assert retired <= schema()
    neo4j_store.ensure_schema()
    assert not retired & schema()
    corpus = corpus_facts()
    for facts in corpus:  # and writes go on as before
        neo4j_store.write(facts)
    assert neo4j_store.stats().mentions == sum(len(f.mentions) for f in corpus)
