"""Generate kg/vocab.py from ontology/fintech.ttl, so the model's enums cannot drift from the ontology.

Run ``python -m kg.vocab_build`` after editing the ontology; ``tests/kg/test_vocab.py`` fails when the
checked-in module differs from what this renders.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ontology import ONTOLOGY_NS, ONTOLOGY_TTL

FKG = Namespace(ONTOLOGY_NS)
SCHEMA = Namespace("https://schema.org/")
LANGS = ("en", "zh-Hans", "zh-Hant")
VOCAB_PY = Path(__file__).with_name("vocab.py")


def _local(term: URIRef) -> str:
    return str(term)[len(ONTOLOGY_NS) :]


def _snake_upper(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


def _labels(g: Graph, term: URIRef) -> dict[str, str]:
    found: dict[str, str] = {}
    for label in g.objects(term, RDFS.label):
        if isinstance(label, Literal) and label.language in LANGS:
            found[label.language] = str(label)
    missing = [lang for lang in LANGS if lang not in found]
    if missing:
        raise ValueError(f"{term} lacks rdfs:label in {missing}")
    return found


def _entity_classes(g: Graph) -> list[tuple[str, str | None]]:
    """(class, parent) for every subclass of fkg:KnowledgeEntity, parents before children."""
    root = FKG.KnowledgeEntity
    ordered: list[tuple[str, str | None]] = []
    frontier = [root]
    while frontier:
        parent = frontier.pop(0)
        children = sorted((c for c in g.subjects(RDFS.subClassOf, parent) if isinstance(c, URIRef)), key=str)
        for child in children:
            ordered.append((_local(child), None if parent == root else _local(parent)))
            frontier.append(child)
    return ordered


def render(ttl: Path = ONTOLOGY_TTL) -> str:
    g = Graph().parse(ttl)
    classes = _entity_classes(g)
    props = sorted(
        (p for p in g.subjects(FKG.extracted, None) if isinstance(p, URIRef)),
        key=str,
    )
    out: list[str] = [
        '"""The closed vocabulary of the graph.',
        "",
        "Generated from ontology/fintech.ttl by ``python -m kg.vocab_build``. Do not edit by hand.",
        '"""',
        "",
        "from enum import StrEnum",
        "",
        f'ONTOLOGY_NS = "{ONTOLOGY_NS}"',
        "",
        "",
        "class EntityType(StrEnum):",
        '    """Entity classes of the ontology; the value is the class name and the graph label."""',
        "",
    ]
    out += [f'    {_snake_upper(name)} = "{name}"' for name, _ in classes]
    out += ["", "", "ENTITY_PARENT: dict[EntityType, EntityType | None] = {"]
    for name, parent in classes:
        value = f"EntityType.{_snake_upper(parent)}" if parent else "None"
        out.append(f"    EntityType.{_snake_upper(name)}: {value},")
    out += ["}", "", "ENTITY_LABELS: dict[EntityType, dict[str, str]] = {"]
    for name, _ in classes:
        out.append(
            f"    EntityType.{_snake_upper(name)}: {json.dumps(_labels(g, FKG[name]), ensure_ascii=False)},"
        )
    out += [
        "}",
        "",
        "",
        "class RelationType(StrEnum):",
        '    """Relations between entities; the value is the graph relationship type."""',
        "",
    ]
    for p in props:
        out.append(f'    {_snake_upper(_local(p))} = "{_snake_upper(_local(p))}"')
    out += ["", "", "RELATION_PROPERTY: dict[RelationType, str] = {"]
    for p in props:
        out.append(f'    RelationType.{_snake_upper(_local(p))}: "{_local(p)}",')
    out += ["}", "", "RELATION_LABELS: dict[RelationType, dict[str, str]] = {"]
    for p in props:
        out.append(
            f"    RelationType.{_snake_upper(_local(p))}: {json.dumps(_labels(g, p), ensure_ascii=False)},"
        )

    def type_tuple(p: URIRef, pred: URIRef) -> str:
        # KnowledgeEntity is the abstract root: an empty tuple means "any entity type".
        names = sorted(
            _local(o) for o in g.objects(p, pred) if isinstance(o, URIRef) and o != FKG.KnowledgeEntity
        )
        if len(names) == 1:
            return f"(EntityType.{_snake_upper(names[0])},)"
        return "(" + ", ".join(f"EntityType.{_snake_upper(n)}" for n in names) + ")"

    for const, pred in (("RELATION_DOMAIN", SCHEMA.domainIncludes), ("RELATION_RANGE", SCHEMA.rangeIncludes)):
        out += ["}", "", f"{const}: dict[RelationType, tuple[EntityType, ...]] = {{"]
        for p in props:
            out.append(f"    RelationType.{_snake_upper(_local(p))}: {type_tuple(p, pred)},")
    symmetric = [p for p in props if (p, RDF.type, OWL.SymmetricProperty) in g]
    extracted = [p for p in props if (p, FKG.extracted, Literal(True)) in g]
    out += ["}", ""]
    out.append(
        "SYMMETRIC: frozenset[RelationType] = frozenset({"
        + ", ".join(f"RelationType.{_snake_upper(_local(p))}" for p in symmetric)
        + "})"
    )
    out.append("# Typed facts; the rest (co-occurrence) are weighted associations, never shown as facts.")
    out.append("EXTRACTED: frozenset[RelationType] = frozenset({")
    out += [f"    RelationType.{_snake_upper(_local(p))}," for p in extracted]
    out.append("})")
    return "\n".join(out) + "\n"


def main() -> int:
    VOCAB_PY.write_text(render(), encoding="utf-8")
    print(f"wrote {VOCAB_PY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
