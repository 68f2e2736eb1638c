"""Untrusted RDF in: parsed safely, then turned back into per-document facts a store can write.

Safety (bad-inputs.md part H): a size cap before parsing; RDF/XML and TriX with a DOCTYPE or ENTITY
declaration refused before the parser sees them; JSON-LD whose ``@context`` (or ``@import``) names a
document refused, only inline contexts are read; and while parsing, an audit hook refuses every network
connection and URL open, so nothing the file says can make rdflib fetch anything.
"""

from __future__ import annotations

import json
import sys
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, SKOS
from rdflib.term import Node

from kg.errors import KGError
from kg.model import DocStatus, Document, DocumentFacts, Entity, Evidence, Mention, Relation
from kg.rdf import FKG, FORMATS, WIKIDATA, iri, key_of
from kg.vocab import RELATION_PROPERTY, EntityType, RelationType

MAX_IMPORT_BYTES = 256 * 1024 * 1024
_PROPERTY_RELATION: dict[Node | None, RelationType] = {FKG[n]: r for r, n in RELATION_PROPERTY.items()}
_ENTITY_TYPES: dict[Node, EntityType] = {FKG[t.value]: t for t in EntityType}
_GUARD = threading.local()


class ImportRefusedError(KGError):
    """An RDF file was refused before or while parsing; the message names the file and the reason."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if getattr(_GUARD, "active", False) and event in (
        "socket.connect",
        "socket.getaddrinfo",
        "urllib.Request",
    ):
        raise ImportRefusedError(f"the RDF file tried to reach {args[0]!r}; imports never use the network")


sys.addaudithook(_audit)


@contextmanager
def _offline() -> Iterator[None]:
    _GUARD.active = True
    try:
        yield
    finally:
        _GUARD.active = False


def _refuse_remote_contexts(value: Any, source: str) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "@import" or (key == "@context" and _names_a_document(inner)):
                raise ImportRefusedError(
                    f"{source}: JSON-LD {key} names a remote or file context; only inline contexts are read"
                )
            _refuse_remote_contexts(inner, source)
    elif isinstance(value, list):
        for inner in value:
            _refuse_remote_contexts(inner, source)


def _names_a_document(context: Any) -> bool:
    if isinstance(context, str):
        return True
    if isinstance(context, list):
        return any(_names_a_document(c) for c in context)
    return False


def parse_untrusted(data: bytes, fmt: str, *, source: str = "input") -> Graph:
    """A graph from bytes in one of kg.rdf.FORMATS, or ImportRefusedError saying why not."""
    if fmt not in FORMATS:
        raise ImportRefusedError(f"{source}: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRefusedError(
            f"{source}: {len(data) / 1e6:.0f} MB exceeds the import cap of {MAX_IMPORT_BYTES // 2**20} MB"
        )
    head = data[: 1 << 20].upper()
    if fmt == "rdfxml" and (b"<!DOCTYPE" in head or b"<!ENTITY" in head or b"<!DOCTYPE" in data.upper()):
        raise ImportRefusedError(
            f"{source}: RDF/XML with a DOCTYPE or ENTITY declaration is refused (entity expansion)"
        )
    if fmt == "jsonld":
        try:
            _refuse_remote_contexts(json.loads(data), source)
        except json.JSONDecodeError as exc:
            raise ImportRefusedError(f"{source}: not JSON: {exc}") from exc
    graph = Graph()
    try:
        with _offline():
            graph.parse(data=data, format=FORMATS[fmt])
    except ImportRefusedError:
        raise
    except Exception as exc:  # each parser raises its own types on malformed input
        raise ImportRefusedError(f"{source}: cannot parse as {fmt}: {type(exc).__name__}: {exc}") from exc
    return graph


def _one(graph: Graph, node: Node, predicate: URIRef, default: str = "") -> str:
    values = sorted(str(v) for v in graph.objects(node, predicate))
    return values[0] if values else default


def _entity(graph: Graph, node: Node) -> Entity:
    types = [_ENTITY_TYPES[t] for t in graph.objects(node, RDF.type) if t in _ENTITY_TYPES]
    if not types:
        raise ImportRefusedError(f"{node} has no fintech-kg entity class")
    labels = {(str(v), v.language or "") for p in (SKOS.prefLabel, SKOS.altLabel) for v in graph.objects(node, p)
              if isinstance(v, Literal)}  # fmt: skip
    preferred = {v.language: str(v) for v in graph.objects(node, SKOS.prefLabel) if isinstance(v, Literal)}
    name = (
        preferred.get("en") or preferred.get("zh-Hans") or preferred.get("zh-Hant") or key_of(node, "entity")
    )
    wikidata = [
        str(o)[len(str(WIKIDATA)) :]
        for o in graph.objects(node, OWL.sameAs)
        if str(o).startswith(str(WIKIDATA))
    ]
    return Entity(
        id=key_of(node, "entity"),
        type=types[0],
        name=name,
        names=tuple(sorted({text for text, _lang in labels})),
        jurisdiction=_one(graph, node, FKG.jurisdictionCode),
        wikidata=sorted(wikidata)[0] if wikidata else "",
        lei=_one(graph, node, FKG.lei),
        origin=_one(graph, node, FKG.origin, "lexicon"),
        confidence=float(_one(graph, node, FKG.confidence, "1.0")),
    )


def _document(graph: Graph, node: Node) -> tuple[Document, list[str]]:
    paths = sorted(str(p) for p in graph.objects(node, FKG.fileName))
    metadata = json.loads(_one(graph, node, FKG.metadataJson, "{}") or "{}")
    document = Document(
        id=_one(graph, node, FKG.key) or key_of(node, "document"),
        source_path=paths[0] if paths else key_of(node, "document"),
        raw_sha256=_one(graph, node, FKG.contentHash),
        status=DocStatus(_one(graph, node, FKG.status, "ok")),
        format=_one(graph, node, DCTERMS.format),
        title=_one(graph, node, DCTERMS.title),
        language=_one(graph, node, DCTERMS.language),
        error_code=_one(graph, node, FKG.errorCode),
        error_message=_one(graph, node, FKG.errorMessage),
        warnings=tuple(sorted(str(w) for w in graph.objects(node, FKG.warning))),
        metadata=tuple(sorted((str(k), str(v)) for k, v in metadata.items())),
        text_length=int(_one(graph, node, FKG.textLength, "0")),
        extractor_version=_one(graph, node, FKG.extractorVersion),
    )
    return document, paths


def facts_from_graph(graph: Graph) -> Iterator[tuple[DocumentFacts, list[str]]]:
    """(facts, every file name) per document, in document id order, from a graph kg.rdf exported."""
    facts_by_id: dict[str, Relation] = {}
    for node in graph.subjects(RDF.type, RDF.Statement):
        predicate = graph.value(node, RDF.predicate)
        if predicate not in _PROPERTY_RELATION:
            continue
        subject, obj = graph.value(node, RDF.subject), graph.value(node, RDF.object)
        relation = _PROPERTY_RELATION[predicate]
        fact = Relation(key_of(node, "fact"), relation, key_of(subject, "entity"), key_of(obj, "entity"))
        facts_by_id[fact.id] = fact
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for node in graph.subjects(RDF.type, FKG.Evidence):
        doc_id = key_of(graph.value(node, PROV.wasDerivedFrom), "document")
        evidence[doc_id].append(Evidence(
            id=key_of(node, "evidence"), fact_id=key_of(graph.value(node, FKG.evidenceFor), "fact"),
            doc_id=doc_id, sentence=_one(graph, node, FKG.sentence),
            start=int(_one(graph, node, FKG.startOffset, "0")), end=int(_one(graph, node, FKG.endOffset, "0")),
            extractor=_one(graph, node, FKG.extractor), confidence=float(_one(graph, node, FKG.confidence, "0")),
            page=int(_one(graph, node, FKG.page, "0")),
        ))  # fmt: skip
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for node in graph.subjects(RDF.type, FKG.Mention):
        doc_id = key_of(graph.value(node, PROV.wasDerivedFrom), "document")
        mentions[doc_id].append(Mention(
            id=key_of(node, "mention"), entity_id=key_of(graph.value(node, FKG.refersTo), "entity"),
            doc_id=doc_id, start=int(_one(graph, node, FKG.startOffset, "0")),
            end=int(_one(graph, node, FKG.endOffset, "0")), text=_one(graph, node, FKG.surfaceText),
            sentence_index=int(_one(graph, node, FKG.sentenceIndex, "0")), extractor=_one(graph, node, FKG.extractor),
            confidence=float(_one(graph, node, FKG.confidence, "0")),
        ))  # fmt: skip
    entity_cache: dict[str, Entity] = {}

    def entity(entity_id: str) -> Entity:
        if entity_id not in entity_cache:
            entity_cache[entity_id] = _entity(graph, iri("entity", entity_id))
        return entity_cache[entity_id]

    documents = [_document(graph, node) for node in graph.subjects(RDF.type, FKG.Document)]
    for document, paths in sorted(documents, key=lambda d: d[0].id):
        doc_evidence = sorted(evidence.get(document.id, []), key=lambda e: e.id)
        relations = {e.fact_id: facts_by_id[e.fact_id] for e in doc_evidence if e.fact_id in facts_by_id}
        doc_mentions = sorted(mentions.get(document.id, []), key=lambda m: m.id)
        needed = {m.entity_id for m in doc_mentions} | {
            i for r in relations.values() for i in (r.subject_id, r.object_id)
        }
        yield (
            DocumentFacts(
                document,
                tuple(entity(i) for i in sorted(needed)),
                tuple(doc_mentions),
                tuple(sorted(relations.values(), key=lambda r: r.id)),
                tuple(e for e in doc_evidence if e.fact_id in relations),
            ),
            paths,
        )


__all__ = ["MAX_IMPORT_BYTES", "ImportRefusedError", "facts_from_graph", "parse_untrusted"]
