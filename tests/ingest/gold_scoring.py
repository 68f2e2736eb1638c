"""Scores the pipeline on data/corpus against the gold annotation in tests/ingest/gold/corpus.json.

An extracted entity matches a gold entity when one of its names, or the text of one of its mentions in
that document, has the gold surface form's name key, and the types are equal. A relation matches when
its type is equal and both ends match (either order for a symmetric relation). Co-occurrence is never
scored. Run ``python -m tests.ingest.gold_scoring [--heldout]`` for the per-document misses and false
alarms (``--heldout``: the documents of tests/ingest/heldout, never used to tune the rules).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ingest.pipeline import extract_document
from kg.ids import name_key
from kg.model import DocumentFacts
from kg.vocab import EXTRACTED, SYMMETRIC, RelationType

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "corpus"
GOLD = Path(__file__).resolve().parent / "gold" / "corpus.json"
HELDOUT = Path(__file__).resolve().parent / "heldout"
HELDOUT_GOLD = Path(__file__).resolve().parent / "gold" / "heldout.json"


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0


def load_gold(path: Path = GOLD) -> dict[str, dict[str, list[list[str]]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: doc for name, doc in data.items() if not name.startswith("_")}


def _entity_keys(facts: DocumentFacts) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {e.id: {name_key(n) for n in (e.name, *e.names)} for e in facts.entities}
    for mention in facts.mentions:
        keys[mention.entity_id].add(name_key(mention.text))
    return keys


def score_document(facts: DocumentFacts, gold: dict[str, list[list[str]]], label: str) -> tuple[Score, Score]:
    keys = _entity_keys(facts)
    types = {e.id: e.type.value for e in facts.entities}

    def matching(surface: str) -> set[str]:
        wanted = name_key(surface)
        return {entity_id for entity_id, names in keys.items() if wanted in names}

    entities = Score()
    matched_ids: set[str] = set()
    for surface, entity_type in gold["entities"]:
        hits = {i for i in matching(surface) if types[i] == entity_type}
        if hits:
            entities.true_positive += 1
            matched_ids |= hits
        else:
            entities.false_negative += 1
            found_types = sorted(types[i] for i in matching(surface))
            entities.misses.append(f"{label}: {surface} ({entity_type}; found as {found_types or 'nothing'})")
    for entity in facts.entities:
        if entity.id not in matched_ids:
            entities.false_positive += 1
            entities.false_alarms.append(f"{label}: {entity.name} ({entity.type.value}, {entity.origin})")

    names = {e.id: e.name for e in facts.entities}
    relations = Score()
    found = {(r.subject_id, r.type, r.object_id) for r in facts.relations if r.type in EXTRACTED}
    claimed: set[tuple[str, RelationType, str]] = set()
    for subject, relation_name, obj in gold["relations"]:
        relation = RelationType(relation_name)
        subjects, objects = matching(subject), matching(obj)
        hits = {
            f
            for f in found
            if f[1] == relation
            and (
                (f[0] in subjects and f[2] in objects)
                or (relation in SYMMETRIC and f[0] in objects and f[2] in subjects)
            )
        }
        if hits:
            relations.true_positive += 1
            claimed |= hits
        else:
            relations.false_negative += 1
            relations.misses.append(f"{label}: {subject} -{relation_name}-> {obj}")
    for fact in sorted(found - claimed):
        relations.false_positive += 1
        relations.false_alarms.append(f"{label}: {names[fact[0]]} -{fact[1].value}-> {names[fact[2]]}")
    return entities, relations


def score_corpus(folder: Path = CORPUS, gold_file: Path = GOLD) -> tuple[Score, Score]:
    total_entities, total_relations = Score(), Score()
    for name, gold in sorted(load_gold(gold_file).items()):
        facts = extract_document(name, (folder / name).read_bytes())
        entities, relations = score_document(facts, gold, name)
        for total, part in ((total_entities, entities), (total_relations, relations)):
            total.true_positive += part.true_positive
            total.false_positive += part.false_positive
            total.false_negative += part.false_negative
            total.misses += part.misses
            total.false_alarms += part.false_alarms
    return total_entities, total_relations


def main() -> None:
    import sys

    folder, gold = (HELDOUT, HELDOUT_GOLD) if "--heldout" in sys.argv else (CORPUS, GOLD)
    for label, score in zip(("entities", "relations"), score_corpus(folder, gold), strict=True):
        print(f"{label}: precision {score.precision:.3f}  recall {score.recall:.3f}  "
              f"(tp {score.true_positive}, fp {score.false_positive}, fn {score.false_negative})")  # fmt: skip
        for line in score.misses:
            print(f"  missed       {line}")
        for line in score.false_alarms:
            print(f"  false alarm  {line}")


if __name__ == "__main__":
    main()
