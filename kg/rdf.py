"""The graph as linked data: a store's canonical dump -> an rdflib graph, and serialisation.

What the export holds (documented in the README):

- the ontology itself (every class and property the data uses, with their labels and hierarchy), so
  the file is self-describing and SHACL ``sh:class`` checks see the subclass tree;
- every entity, as ``<base/entity/KEY>`` with ``rdf:type`` its most specific class, ``rdfs:label`` and
  ``skos:prefLabel`` / ``skos:altLabel`` tagged en, zh-Hans or zh-Hant, ``owl:sameAs`` Wikidata when the
  lexicon knows the item, and its key, jurisdiction code, LEI, origin and confidence;
- every fact as a direct triple between entities, and once more as a reified ``rdf:Statement``
  (``<base/fact/ID>``) carrying its confidence and support;
- every evidence sentence as ``fkg:Evidence`` (a ``prov:Entity``) pointing at its fact
  (``fkg:evidenceFor``) and document (``prov:wasDerivedFrom``), with the sentence, span, extractor and
  confidence; every mention likewise (``fkg:Mention``, ``fkg:refersTo``);
- every document with its title, date, source URL, file names, status and metadata.

IRIs are minted from keys, percent-encoded, never from names; names only ever become literals. Literal
text loses the characters XML 1.0 cannot carry, so every format round-trips.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

from kg.errors import KGError
from kg.ids import is_script_neutral, to_simplified
from kg.vocab import RELATION_PROPERTY, RelationType
from ontology import ONTOLOGY_NS, ONTOLOGY_TTL, SHAPES_TTL

FKG = Namespace(ONTOLOGY_NS)
SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
BASE = "https://w3id.org/fintech-kg/id/"
ONTOLOGY_IRI = URIRef("https://w3id.org/fintech-kg/ontology")

FORMATS: dict[str, str] = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}
SUFFIXES: dict[str, str] = {"turtle": ".ttl", "jsonld": ".jsonld", "ntriples": ".nt", "rdfxml": ".rdf"}
# Characters XML 1.0 cannot hold (C0 controls but tab/newline/return, surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


class ExportError(KGError):
    """The graph cannot be written in the format asked for; the message says why and what works."""


def iri(kind: str, key: str) -> URIRef:
    """``BASE/kind/percent-encoded key``: spaces, quotes, <>, CJK and controls never reach an IRI raw."""
    return URIRef(f"{BASE}{kind}/{quote(key, safe='')}")


def key_of(node: Node | None, kind: str) -> str:
    """The key inside a minted IRI (the inverse of ``iri``)."""
    prefix = f"{BASE}{kind}/"
    text = str(node)
    if not text.startswith(prefix):
        raise ValueError(f"{text} is not a fintech-kg {kind} IRI")
    return unquote(text[len(prefix) :])


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def language_of(name: str) -> str:
    """en, or zh-Hans / zh-Hant by whether the Simplified form differs (a shared form counts as Hans)."""
    if not _CJK.search(name):
        return "en"
    return "zh-Hans" if to_simplified(name) == name else "zh-Hant"


def languages_of(name: str) -> tuple[str, ...]:
    """Every language tag a name is written in: a form the two scripts share is both zh-Hans and zh-Hant."""
    if _CJK.search(name) and is_script_neutral(name):
        return ("zh-Hans", "zh-Hant")
    return (language_of(name),)


def _ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY_TTL, format="turtle")
    return graph


def _labels(graph: Graph, node: URIRef, name: str, names: Iterable[str]) -> None:
    """One preferred label per language (the entity's name in English; the longest form in each script),
    every other form an alternative label."""
    forms = sorted({clean(n) for n in (name, *names) if n and clean(n).strip()})
    preferred: dict[str, str] = {"en": clean(name)} if language_of(name) == "en" else {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        for lang in languages_of(form):
            preferred.setdefault(lang, form)
    for lang, form in sorted(preferred.items()):
        graph.add((node, SKOS.prefLabel, Literal(form, lang=lang)))
        graph.add((node, RDFS.label, Literal(form, lang=lang)))
    chosen = set(preferred.items())
    for form in forms:
        if (language_of(form), form) not in chosen:
            graph.add((node, SKOS.altLabel, Literal(form, lang=language_of(form))))


def _add_optional(graph: Graph, node: URIRef, predicate: URIRef, value: object) -> None:
    if value not in (None, ""):
        graph.add((node, predicate, Literal(clean(str(value)), datatype=XSD.string)))


def _decimal(value: Any) -> Literal:
    return Literal(f"{float(value or 0.0):.4f}", datatype=XSD.decimal)


def _integer(value: Any) -> Literal:
    return Literal(int(value or 0), datatype=XSD.integer)


def _add_span(graph: Graph, node: URIRef, row: Mapping[str, Any]) -> None:
    """What every evidence and mention node carries: its document, span, extractor and confidence."""
    graph.add((node, PROV.wasDerivedFrom, iri("document", row["doc_id"])))
    graph.add((node, FKG.startOffset, _integer(row["start_offset"])))
    graph.add((node, FKG.endOffset, _integer(row["end_offset"])))
    graph.add((node, FKG.extractor, Literal(row["extractor"], datatype=XSD.string)))
    graph.add((node, FKG.confidence, _decimal(row.get("confidence"))))


def graph_from_dump(dump: Mapping[str, Any], *, include_ontology: bool = True) -> Graph:
    graph = _ontology_graph() if include_ontology else Graph()
    for prefix, namespace in (("fkg", FKG), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS),
                              ("owl", OWL), ("schema", SCHEMA), ("wd", WIKIDATA)):  # fmt: skip
        graph.bind(prefix, namespace)
    graph.bind("doc", Namespace(BASE + "document/"))
    graph.bind("ent", Namespace(BASE + "entity/"))
    graph.bind("fact", Namespace(BASE + "fact/"))

    for doc in dump["documents"]:
        node = iri("document", doc["id"])
        graph.add((node, RDF.type, FKG.Document))
        graph.add((node, FKG.key, Literal(doc["id"], datatype=XSD.string)))
        for path in doc.get("source_paths") or []:
            graph.add((node, FKG.fileName, Literal(clean(path), datatype=XSD.string)))
        _add_optional(graph, node, FKG.status, doc.get("status"))
        _add_optional(graph, node, DCTERMS.title, doc.get("title"))
        _add_optional(graph, node, DCTERMS.date, doc.get("date"))
        _add_optional(graph, node, DCTERMS.language, doc.get("language"))
        _add_optional(graph, node, DCTERMS.format, doc.get("format"))
        _add_optional(graph, node, SCHEMA.url, doc.get("source_url"))
        _add_optional(graph, node, FKG.contentHash, doc.get("raw_sha256"))
        _add_optional(graph, node, FKG.extractorVersion, doc.get("extractor_version"))
        _add_optional(graph, node, FKG.errorCode, doc.get("error_code"))
        _add_optional(graph, node, FKG.errorMessage, doc.get("error_message"))
        for warning in doc.get("warnings") or []:
            _add_optional(graph, node, FKG.warning, warning)
        if doc.get("metadata") not in (None, "", "{}"):
            _add_optional(graph, node, FKG.metadataJson, doc["metadata"])
        if doc.get("text_length"):
            graph.add((node, FKG.textLength, _integer(doc["text_length"])))

    for entity in dump["entities"]:
        node = iri("entity", entity["id"])
        graph.add((node, RDF.type, FKG[entity["type"]]))
        graph.add((node, FKG.key, Literal(entity["id"], datatype=XSD.string)))
        _labels(graph, node, entity["name"], entity.get("names") or [])
        for alias in entity.get("aliases") or []:
            if clean(alias).strip():
                graph.add((node, SKOS.hiddenLabel, Literal(clean(alias), lang=language_of(alias))))
        if entity.get("wikidata"):
            graph.add((node, OWL.sameAs, WIKIDATA[entity["wikidata"]]))
        _add_optional(graph, node, FKG.jurisdictionCode, entity.get("jurisdiction"))
        _add_optional(graph, node, FKG.lei, entity.get("lei"))
        _add_optional(graph, node, FKG.origin, entity.get("origin"))
        graph.add((node, FKG.confidence, _decimal(entity.get("confidence"))))

    for fact in dump["facts"]:
        predicate = FKG[RELATION_PROPERTY[RelationType(fact["type"])]]
        subject, obj = iri("entity", fact["subject_id"]), iri("entity", fact["object_id"])
        graph.add((subject, predicate, obj))
        node = iri("fact", fact["id"])
        graph.add((node, RDF.type, RDF.Statement))
        graph.add((node, RDF.subject, subject))
        graph.add((node, RDF.predicate, predicate))
        graph.add((node, RDF.object, obj))
        graph.add((node, FKG.confidence, _decimal(fact.get("confidence"))))
        graph.add((node, FKG.support, _integer(fact.get("support"))))

    for ev in dump["evidence"]:
        node = iri("evidence", ev["id"])
        graph.add((node, RDF.type, FKG.Evidence))
        graph.add((node, FKG.evidenceFor, iri("fact", ev["fact_id"])))
        graph.add((node, FKG.sentence, Literal(clean(ev["sentence"]), datatype=XSD.string)))
        _add_span(graph, node, ev)
        if ev.get("page"):  # only a paginated source has pages
            graph.add((node, FKG.page, Literal(int(ev["page"]), datatype=XSD.positiveInteger)))

    for mention in dump["mentions"]:
        node = iri("mention", mention["id"])
        graph.add((node, RDF.type, FKG.Mention))
        graph.add((node, FKG.refersTo, iri("entity", mention["entity_id"])))
        graph.add((node, FKG.surfaceText, Literal(clean(mention["text"]), datatype=XSD.string)))
        graph.add((node, FKG.sentenceIndex, _integer(mention.get("sentence_index"))))
        _add_span(graph, node, mention)
    return graph


def serialize(graph: Graph, fmt: str) -> str:
    """Text in one of FORMATS. RDF/XML is returned only when it parses back to the same graph."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        text = graph.serialize(format=FORMATS[fmt])
    except Exception as exc:  # rdflib raises ValueError, SAX errors, ... per serializer
        raise ExportError(f"cannot write {fmt}: {exc}; Turtle and N-Triples always work") from exc
    if fmt == "rdfxml":
        try:
            back = Graph().parse(data=text, format="xml")
        except Exception as exc:
            raise ExportError(f"RDF/XML does not read back ({exc}); use turtle or ntriples") from exc
        if not isomorphic(back, graph):
            raise ExportError("RDF/XML does not round-trip for this graph; use turtle or ntriples")
    return text


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass(frozen=True, slots=True)
class Validation:
    conforms: bool
    violations: tuple[Violation, ...]


def validate(graph: Graph) -> Validation:
    """SHACL validation against ontology/shapes.ttl (pySHACL; the graph carries the ontology's hierarchy)."""
    import pyshacl  # imported here: it is slow to import and only validation needs it

    shapes = Graph().parse(SHAPES_TTL, format="turtle")
    conforms, report, _text = pyshacl.validate(graph, shacl_graph=shapes, inference="none", advanced=False)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        violations.append(
            Violation(
                focus=_short(report.value(result, SH.focusNode)),
                path=_short(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or ""),
                severity=_short(report.value(result, SH.resultSeverity)),
            )
        )
    return Validation(bool(conforms), tuple(sorted(violations, key=lambda v: (v.focus, v.path, v.message))))


def _short(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    for prefix, namespace in (("fkg:", ONTOLOGY_NS), ("", BASE), ("sh:", str(SH))):
        if text.startswith(namespace):
            return prefix + unquote(text[len(namespace) :])
    return text
