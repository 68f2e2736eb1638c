"""What only the embedded store has to do: bring a store written by an earlier version up to date."""

from __future__ import annotations

from pathlib import Path

import ladybug
import pytest

from ingest.pipeline import extract_document
from kg.errors import SchemaMissingError, StoreUnavailableError
from kg.stores import cypher as q
from kg.stores import open_store
from tests.ingest.bad_documents import pdf_with_pages


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
