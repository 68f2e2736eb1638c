"""Shared fixtures: a real embedded store on tmp_path and a real Neo4j server started once per session."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools" / "neo4j"))

import local_neo4j  # noqa: E402

REQUIRE_NEO4J = os.environ.get("FINTECH_KG_REQUIRE_NEO4J") == "1"
CORPUS = ROOT / "data" / "corpus"


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(bolt URI, password) of a real Neo4j: $NEO4J_TEST_URI if set, else one started through tools/neo4j."""
    if os.environ.get("NEO4J_TEST_URI"):
        yield os.environ["NEO4J_TEST_URI"], os.environ.get("NEO4J_TEST_PASSWORD", "")
        return
    try:
        server = local_neo4j.start(tmp_path_factory.mktemp("neo4j"))
    except local_neo4j.LauncherUnavailable as exc:
        if REQUIRE_NEO4J:
            pytest.fail(f"Neo4j is required here (FINTECH_KG_REQUIRE_NEO4J=1) but could not start: {exc}")
        pytest.skip(f"no Neo4j server: {exc}")
    try:
        yield server.uri, server.password
    finally:
        local_neo4j.stop(server)


def _clear_neo4j(store) -> None:  # type: ignore[no-untyped-def]
    store._write(lambda run: run("MATCH (n) DETACH DELETE n", {}))


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "embedded":
        return f"embedded:{tmp_path / 'kg.db'}"
    uri, password = request.getfixturevalue("neo4j_server")
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    from kg.stores import open_store

    store = open_store(uri)
    store.ensure_schema()
    _clear_neo4j(store)
    store.close()
    return uri


@pytest.fixture
def store(store_url: str) -> Iterator:  # type: ignore[type-arg]
    from kg.stores import open_store

    s = open_store(store_url)
    s.ensure_schema()
    yield s
    s.close()
