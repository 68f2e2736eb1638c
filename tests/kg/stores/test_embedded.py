"""What only the embedded store has to do: bring a store written by an earlier version up to date, and
keep fact ids unique without a constraint on relationships (a FactKey node per fact)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import ladybug
import pytest

from ingest.pipeline import extract_document
from kg.errors import SchemaMissingError, StoreUnavailableError
from kg.stores import cypher as q
from kg.stores import open_store
from tests.ingest.bad_documents import pdf_with_pages
from tests.kg.stores.test_contract import corpus_facts


def _store_without_added_columns(path: Path) -> None:
    """The schema as it was before LADYBUG_ADDED_COLUMNS, holding one evidence row."""
    database = ladybug.Database(str(path))
    connection = ladybug.Connection(database)
    for statement in q.ladybug_schema():
        if statement.startswith("ALTER TABLE"):
            continue
        for table, column, _ in q.LADYBUG_ADDED_COLUMNS:
            if f"TABLE IF NOT EXISTS {table}(" in statement:
                statement = statement.replace(f", {column} INT64", "")
        connection.execute(statement)
    connection.execute("CREATE (:Evidence {id: 'e:old', sentence: 'written before pages', start_offset: 0})")
    connection.close()
    database.close()


def test_an_earlier_store_gains_the_added_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _store_without_added_columns(path)
    store = open_store(f"embedded:{path}")
    try:
        document = extract_document(
            "report.pdf", pdf_with_pages([["Preface"], ["MAS launched Project Ubin."]])
        )
        with pytest.raises(SchemaMissingError):
            store.write(document)  # its evidence would have nowhere to keep the page
        store.ensure_schema()
        store.write(document)
        pages = {ev["id"]: ev["page"] for ev in store.dump()["evidence"]}
        assert pages.pop("e:old") == 0
        assert set(pages.values()) == {2}
    finally:
        store.close()


def test_an_earlier_store_opened_read_only_says_how_to_upgrade_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _store_without_added_columns(path)
    with pytest.raises(StoreUnavailableError, match=r"earlier version.*Evidence\.page.*fintech-kg init"):
        open_store(f"embedded:{path}", read_only=True)  # the viewer and the read commands open it so
    upgrading = open_store(f"embedded:{path}")
    upgrading.ensure_schema()
    upgrading.close()
    reader = open_store(f"embedded:{path}", read_only=True)
    try:
        assert [ev["page"] for ev in reader.dump()["evidence"]] == [0]
    finally:
        reader.close()


def _fact_ids(store) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r["id"] for r in store._read("MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id"))


def _fact_keys(store) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r["id"] for r in store._read("MATCH (k:FactKey) RETURN k.id AS id"))


def test_each_stored_fact_has_one_fact_key_through_writes_replacements_and_deletions(tmp_path: Path) -> None:
    store = open_store(f"embedded:{tmp_path / 'kg.db'}")
    store.ensure_schema()
    try:
        facts = corpus_facts()
        for f in facts:
            store.write(f)
        assert _fact_keys(store) == _fact_ids(store) != []
        # A new version of a document that drops its facts, and a document deleted: their keys go too.
        emptied = dataclasses.replace(
            facts[0],
            document=dataclasses.replace(facts[0].document, extractor_version="another"),
            relations=(),
            evidence=(),
        )
        store.write(emptied)
        store.delete_document(facts[1].document.id)
        assert _fact_keys(store) == _fact_ids(store)
        assert len(_fact_ids(store)) < len({r.id for f in facts for r in f.relations})
    finally:
        store.close()


def test_the_embedded_store_refuses_a_second_fact_key(tmp_path: Path) -> None:
    """Relationships take no uniqueness constraint in LadybugDB; their FactKey does, and a writer that
    went round the lookup would be stopped there, with nothing of its transaction kept."""
    store = open_store(f"embedded:{tmp_path / 'kg.db'}")
    store.ensure_schema()
    try:
        for f in corpus_facts():
            store.write(f)
        before = store.dump()
        fact = next(r for f in corpus_facts() for r in f.relations)
        with pytest.raises(RuntimeError, match=r"(?i)duplicate|primary key"):
            store._write(lambda run: run(q.CREATE_FACT_KEYS, {"ids": [fact.id]}))
        assert store.dump() == before
    finally:
        store.close()


def test_an_earlier_store_gains_a_fact_key_for_each_stored_fact(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = open_store(f"embedded:{path}")
    store.ensure_schema()
    facts = corpus_facts()
    for f in facts:
        store.write(f)
    store._write(lambda run: run("DROP TABLE FactKey", {}))  # as a store written before FactKey was
    store.close()
    store = open_store(f"embedded:{path}")
    try:
        with pytest.raises(SchemaMissingError):
            store.write(facts[0])
        store.ensure_schema()
        assert _fact_keys(store) == _fact_ids(store) != []
        again = dataclasses.replace(
            facts[0], document=dataclasses.replace(facts[0].document, extractor_version="another")
        )
        store.write(again)  # retracts and re-adds its facts, keys included
        assert _fact_keys(store) == _fact_ids(store)
    finally:
        store.close()
