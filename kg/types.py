"""The ontology's class hierarchy as functions: is-a, the chain of ancestors, every subtype."""

from __future__ import annotations

from kg.vocab import ENTITY_PARENT, EntityType


def is_a(entity_type: EntityType, ancestor: EntityType) -> bool:
    current: EntityType | None = entity_type
    while current is not None:
        if current == ancestor:
            return True
        current = ENTITY_PARENT[current]
    return False


def type_chain(entity_type: EntityType) -> list[str]:
    """The type and its ancestors, most specific first (Neo4j labels, RDF types)."""
    chain: list[str] = []
    current: EntityType | None = entity_type
    while current is not None:
        chain.append(current.value)
        current = ENTITY_PARENT[current]
    return chain


def subtypes(entity_type: EntityType) -> list[EntityType]:
    """The type and every type below it."""
    return [t for t in EntityType if is_a(t, entity_type)]
