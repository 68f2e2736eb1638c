"""The model's vocabulary is generated from the ontology and cannot drift from it."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF

from kg import vocab, vocab_build
from ontology import ONTOLOGY_NS, ONTOLOGY_TTL

FKG = Namespace(ONTOLOGY_NS)


def test_vocab_module_matches_ontology() -> None:
    assert vocab_build.VOCAB_PY.read_text(encoding="utf-8") == vocab_build.render(), (
        "kg/vocab.py is stale: run `python -m kg.vocab_build`"
    )


def test_vocab_every_type_is_an_owl_class_with_three_labels() -> None:
    g = Graph().parse(ONTOLOGY_TTL)
    for entity_type in vocab.EntityType:
        assert (FKG[entity_type.value], RDF.type, OWL.Class) in g
        assert set(vocab.ENTITY_LABELS[entity_type]) == {"en", "zh-Hans", "zh-Hant"}
    for relation, prop in vocab.RELATION_PROPERTY.items():
        assert (FKG[prop], RDF.type, OWL.ObjectProperty) in g, relation


def test_vocab_symmetric_relations() -> None:
    assert vocab.RelationType.PARTNERS_WITH in vocab.SYMMETRIC
    assert vocab.RelationType.CO_OCCURS_WITH not in vocab.EXTRACTED
