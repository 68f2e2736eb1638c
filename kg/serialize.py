"""DocumentFacts <-> JSON lines, for ``fintech-kg extract`` and ``fintech-kg load``.

Extraction is a pure function of one document, so a large corpus can be extracted anywhere (a process
pool, Spark, Ray) into JSONL and loaded here in batches.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from kg.errors import KGError
from kg.model import DocStatus, Document, DocumentFacts, Entity, Evidence, Mention, Relation
from kg.vocab import EntityType, RelationType

FORMAT_VERSION = 1


class FactsFormatError(KGError):
    """A JSONL record is not a valid DocumentFacts; the message names the field."""


def facts_to_json(facts: DocumentFacts) -> str:
    return json.dumps({"v": FORMAT_VERSION, **asdict(facts)}, ensure_ascii=False, sort_keys=True)


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise FactsFormatError(f"{where}: unknown field(s) {sorted(unknown)}")
    try:
        return cls(**data)
    except TypeError as exc:
        raise FactsFormatError(f"{where}: {exc}") from exc


def facts_from_json(line: str, *, where: str = "record") -> DocumentFacts:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise FactsFormatError(f"{where}: not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(data, dict) or data.pop("v", None) != FORMAT_VERSION:
        raise FactsFormatError(f"{where}: not a fintech-kg facts record of format version {FORMAT_VERSION}")
    try:
        doc = dict(data["document"])
        doc["status"] = DocStatus(doc["status"])
        for key in ("warnings",):
            doc[key] = tuple(doc.get(key, ()))
        doc["metadata"] = tuple(tuple(pair) for pair in doc.get("metadata", ()))
        document = _build(Document, doc, f"{where}.document")
        entities = tuple(
            _build(
                Entity,
                {**e, "type": EntityType(e["type"]), "names": tuple(e.get("names", ()))},
                f"{where}.entities",
            )
            for e in data.get("entities", [])
        )
        mentions = tuple(_build(Mention, m, f"{where}.mentions") for m in data.get("mentions", []))
        relations = tuple(
            _build(Relation, {**r, "type": RelationType(r["type"])}, f"{where}.relations")
            for r in data.get("relations", [])
        )
        evidence = tuple(_build(Evidence, e, f"{where}.evidence") for e in data.get("evidence", []))
        return DocumentFacts(document, entities, mentions, relations, evidence)
    except (KeyError, ValueError) as exc:
        if isinstance(exc, FactsFormatError):
            raise
        raise FactsFormatError(f"{where}: invalid value: {exc}") from exc
