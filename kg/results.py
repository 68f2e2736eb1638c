"""Values the read API returns: search hits, facts, subgraphs, entity details, query results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.model import Entity


@dataclass(frozen=True, slots=True)
class Fact:
    """A stored relation with its aggregate confidence and number of supporting sentences."""

    id: str
    type: str
    subject_id: str
    object_id: str
    confidence: float
    support: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    entity: Entity
    matched: str
    score: float


@dataclass(frozen=True, slots=True)
class Subgraph:
    """Entities and the facts between them; ``total_nodes`` counts what was reachable before the cap."""

    nodes: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    total_nodes: int
    truncated: bool = False
    centre: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceView:
    fact_id: str
    doc_id: str
    doc_title: str
    doc_date: str
    doc_url: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float
    page: int = 0  # from 1 in a paginated source (PDF); 0 when it has none

    @property
    def place(self) -> str:
        """Where in its document the sentence stands, as a reader looks it up: "p. 3", or "" unpaged."""
        return f"p. {self.page}" if self.page else ""


@dataclass(frozen=True, slots=True)
class FactView:
    fact: Fact
    subject_name: str
    object_name: str
    evidence: tuple[EvidenceView, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityDetail:
    entity: Entity
    aliases: tuple[str, ...]
    facts: tuple[FactView, ...]
    mentions: tuple[dict[str, Any], ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    truncated: bool
    elapsed_ms: float


@dataclass(frozen=True, slots=True)
class Paths:
    """Shortest paths between two entities (each a tuple of entity ids), drawn as one subgraph."""

    source: str
    target: str
    paths: tuple[tuple[str, ...], ...]
    subgraph: Subgraph
    explored: int  # entities reached while searching, to show the cost of a search that found nothing
