"""The stores benchmark's naive writers store exactly what the batched writer stores, on both stores:
the ratio it reports compares ways of writing one graph, not two graphs of different sizes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.stores import generate, naive_write
from kg.stores import open_store


def _written(url: str, mode: str) -> dict[str, Any]:
    store = open_store(url)
    store.ensure_schema()
    if store.name == "neo4j":
        store._write(lambda run: run("MATCH (n) DETACH DELETE n", {}))
    for facts in generate(entities=60, relations=90, per_doc=30, seed=3):
        if mode == "batched":
            store.write(facts)
        else:
            naive_write(store, facts, commit_each_row=mode == "autocommit")
    dump = store.dump()
    store.close()
    return dump


@pytest.mark.parametrize("mode", ["naive", "autocommit"])
def test_a_naive_writer_stores_the_batched_writers_graph(store_url: str, tmp_path: Path, mode: str) -> None:
    def url(name: str) -> str:
        return f"embedded:{tmp_path / name}" if store_url.startswith("embedded:") else store_url

    batched = _written(url("batched.db"), "batched")
    assert batched["facts"], "the generated documents state facts"
    assert _written(url(f"{mode}.db"), mode) == batched
