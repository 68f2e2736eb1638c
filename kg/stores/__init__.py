"""Graph stores, chosen by URL: ``embedded:PATH`` (LadybugDB) or ``neo4j://``, ``bolt://``, ``neo4j+s://``.

The backend module is imported only when its store is opened, so using one never needs the other.

Example:
    >>> from kg.stores import parse_store_url
    >>> parse_store_url("embedded:kg.db")
    ('embedded', 'kg.db')
"""

from __future__ import annotations

import importlib
import os

from kg.errors import StoreURLError
from kg.stores.base import GraphStore

DEFAULT_STORE_URL = "embedded:fintech-kg.db"
STORES = {
    "embedded": "kg.stores.embedded:EmbeddedStore",
    "neo4j": "kg.stores.neo4j:Neo4jStore",
}
_NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def default_store_url() -> str:
    return os.environ.get("FINTECH_KG_STORE", DEFAULT_STORE_URL)


def parse_store_url(url: str) -> tuple[str, str]:
    """Split a store URL into (store kind, location)."""
    if url.startswith("embedded:"):
        path = url[len("embedded:") :]
        if not path:
            raise StoreURLError("embedded store URL needs a path: embedded:PATH")
        return "embedded", path
    if url.startswith(_NEO4J_SCHEMES):
        return "neo4j", url
    raise StoreURLError(
        f"unknown store URL {url.split('@')[-1]!r}: use embedded:PATH or neo4j://HOST:PORT (also bolt://, neo4j+s://)"
    )


def open_store(url: str | None = None, *, read_only: bool = False) -> GraphStore:
    kind, location = parse_store_url(url or default_store_url())
    module_name, class_name = STORES[kind].split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    store: GraphStore = cls(location, read_only=read_only)
    return store


__all__ = ["DEFAULT_STORE_URL", "STORES", "GraphStore", "default_store_url", "open_store", "parse_store_url"]
