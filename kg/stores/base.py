"""The one small interface every graph store implements.

Example:
    >>> from kg.stores import open_store
    >>> store = open_store("embedded:/tmp/fkg-doctest.db")  # doctest: +SKIP
    >>> store.ensure_schema(); store.write(facts); store.search("MAS")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from kg.model import DocumentFacts, StoreStats, WriteResult
from kg.results import EntityDetail, Paths, QueryResult, SearchHit, Subgraph


@runtime_checkable
class GraphStore(Protocol):
    """A graph store: schema, idempotent per-document writes, and the read API the viewer and CLI use."""

    name: str
    supports_cypher: bool

    def ensure_schema(self) -> None:
        """Create constraints, indexes or tables from the ontology. Safe to call again."""

    def check_schema(self) -> None:
        """Raise SchemaMissingError when a write would be unsafe."""

    def write(self, facts: DocumentFacts) -> WriteResult:
        """Replace this document's contribution in one transaction. Writing it again changes nothing."""

    def mark_for_reprocessing(self, doc_id: str, code: str, message: str) -> None:
        """Flag a stored document as failed so the next run processes it again."""

    def delete_document(self, doc_id: str) -> WriteResult:
        """Retract a document: the facts and entities only it supported disappear."""

    def document_state(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document's id, source paths, extractor version and status, or None."""

    def documents(self) -> list[dict[str, Any]]: ...

    def document_entities(self, doc_id: str) -> list[dict[str, Any]]: ...

    def search(self, text: str, limit: int = 20) -> list[SearchHit]: ...

    def entity(self, entity_id: str) -> EntityDetail | None: ...

    def neighbourhood(
        self,
        entity_id: str,
        depth: int = 1,
        limit: int = 300,
        relation_types: frozenset[str] | None = None,
    ) -> Subgraph: ...

    def subgraph(
        self,
        *,
        entity_types: Iterable[str] = (),
        jurisdictions: Iterable[str] = (),
        technology: str = "",
        limit: int = 300,
    ) -> Subgraph:
        """Entities by type (with subtypes) and jurisdiction, or the users of a technology; facts among them."""

    def shortest_paths(
        self,
        source: str,
        target: str,
        *,
        max_depth: int = 4,
        limit: int = 10,
        relation_types: frozenset[str] | None = None,
    ) -> Paths:
        """All shortest paths (up to ``limit``), ignoring direction, of at most ``max_depth`` steps."""

    def whole_graph(self) -> Subgraph:
        """Every entity and typed fact, without provenance (analytics, exports)."""

    def stats(self) -> StoreStats: ...

    def dump(self) -> dict[str, Any]:
        """A canonical, sorted dump of documents, entities, facts, mentions and evidence."""

    def cypher(
        self,
        query: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_s: float = 10.0,
        row_cap: int = 1000,
    ) -> QueryResult:
        """Run a user's read-only Cypher; refused before running when it is not a pure read."""

    def close(self) -> None: ...
