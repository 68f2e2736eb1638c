"""The graph's values: documents, entities, mentions, relations and their evidence.

Frozen dataclasses that import no backend, so every stage and both stores speak the same language.
Offsets are character offsets (Unicode code points) into the decoded source text of the document.

Example:
    >>> from kg.vocab import EntityType
    >>> mas = Entity(id="sg.mas", type=EntityType.CENTRAL_BANK, name="Monetary Authority of Singapore")
    >>> mas.name
    'Monetary Authority of Singapore'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from typing import Any

from kg.vocab import SYMMETRIC, EntityType, RelationType


class DocStatus(StrEnum):
    """Every document ends in exactly one status."""

    OK = "ok"
    OK_WITH_WARNINGS = "ok_with_warnings"
    SKIPPED_EMPTY = "skipped_empty"
    QUARANTINED = "quarantined"
    FAILED = "failed"


class _Record:
    """Pickles as a call of its constructor: what worker processes send back, a document's facts by
    the ten thousand, costs about half what the slots state protocol does."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        cls = type(self)
        fields_of = _FIELD_GETTERS.get(cls)
        if fields_of is None:
            # Every record has several fields, so the getter returns a tuple in constructor order.
            names: tuple[str, ...] = cls.__slots__
            fields_of = _FIELD_GETTERS[cls] = attrgetter(names[0], *names[1:])
        return cls, fields_of(self)


_FIELD_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


@dataclass(frozen=True, slots=True)
class Document(_Record):
    """One ingested source. ``id`` hashes the normalised text, so a renamed file is the same document."""

    id: str
    source_path: str
    raw_sha256: str
    status: DocStatus
    format: str = ""
    title: str = ""
    language: str = ""
    error_code: str = ""
    error_message: str = ""
    warnings: tuple[str, ...] = ()
    # Front matter and HTML metadata as written (strings; dates stay ISO strings).
    metadata: tuple[tuple[str, str], ...] = ()
    text_length: int = 0
    extractor_version: str = ""

    def meta(self, key: str, default: str = "") -> str:
        return dict(self.metadata).get(key, default)


@dataclass(frozen=True, slots=True)
class Entity(_Record):
    """A thing the graph records. ``names`` are the curated names in every script (lexicon entities)."""

    id: str
    type: EntityType
    name: str
    names: tuple[str, ...] = ()
    jurisdiction: str = ""
    wikidata: str = ""
    lei: str = ""
    # "lexicon" for curated entities; for discovered ones, the versioned pattern that found them.
    origin: str = "lexicon"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """A span of the source text that names an entity."""

    id: str
    entity_id: str
    doc_id: str
    start: int
    end: int
    text: str
    sentence_index: int
    extractor: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Relation(_Record):
    """A typed fact between two entities. Its id hashes (subject, type, object)."""

    id: str
    type: RelationType
    subject_id: str
    object_id: str

    @property
    def symmetric(self) -> bool:
        return self.type in SYMMETRIC


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """One sentence of one document that supports a fact."""

    id: str
    fact_id: str
    doc_id: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float
    # The page the sentence starts on, from 1, in a paginated source (PDF); 0 when the source has none.
    # Derived from ``start``, so it is not part of the id.
    page: int = 0


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """Everything one document contributes to the graph: the unit of one write transaction."""

    document: Document
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def __post_init__(self) -> None:
        entity_ids = {e.id for e in self.entities}
        fact_ids = {r.id for r in self.relations}
        if len(entity_ids) < len(self.entities) or len(fact_ids) < len(self.relations):
            raise ValueError(f"document {self.document.id} carries an entity or a relation twice")
        for m in self.mentions:
            if m.entity_id not in entity_ids or m.doc_id != self.document.id:
                raise ValueError(f"mention {m.id} points outside this document's facts")
        for r in self.relations:
            if r.subject_id not in entity_ids or r.object_id not in entity_ids:
                raise ValueError(f"relation {r.id} points to an entity this document does not carry")
        supported = {ev.fact_id for ev in self.evidence}
        for r in self.relations:
            if r.id not in supported:
                raise ValueError(f"relation {r.id} has no evidence")
        for ev in self.evidence:
            if ev.fact_id not in fact_ids or ev.doc_id != self.document.id:
                raise ValueError(f"evidence {ev.id} supports no relation of this document")

    @classmethod
    def in_order(
        cls,
        document: Document,
        entities: Iterable[Entity],
        mentions: Iterable[Mention],
        relations: Iterable[Relation],
        evidence: Iterable[Evidence],
    ) -> DocumentFacts:
        """The records in one canonical order, so that extracting a document twice gives equal facts."""
        return cls(
            document,
            tuple(sorted(entities, key=lambda e: e.id)),
            tuple(sorted(mentions, key=lambda m: (m.start, m.end, m.entity_id))),
            tuple(sorted(relations, key=lambda r: r.id)),
            tuple(sorted(evidence, key=lambda e: e.id)),
        )


@dataclass(frozen=True, slots=True)
class StoreStats:
    documents: int
    entities: int
    relations: int
    mentions: int
    evidence: int
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_type: dict[str, int] = field(default_factory=dict)
    documents_by_status: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one document write changed."""

    doc_id: str
    unchanged: bool = False
    entities_added: int = 0
    entities_removed: int = 0
    relations_added: int = 0
    relations_removed: int = 0


JSONDict = dict[str, Any]
