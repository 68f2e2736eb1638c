"""Typed relations between the mentions of one sentence, from trigger words (ingest.relation_rules).

Around each trigger the nearest mention on each side is taken, together with the mentions coordinated
with it ("A、B和C", "A, B and C"). The ontology then decides: a candidate relation is kept only when the
subject's and object's types fit its domain and range. Negated statements are dropped; hedged ones keep
a lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.relation_rules import HEDGE_FACTOR, HEDGING, NEGATION, RULES, Rule
from kg.vocab import ENTITY_PARENT, RELATION_DOMAIN, RELATION_RANGE, SYMMETRIC, EntityType, RelationType

PATTERNS = "patterns.v1"
MAX_GAP = 60
_COORDINATION = re.compile(r"^(?:\s|,|、|/|&|和|与|及|以及|同|跟|and|or|as well as|together with)*$")
_NEGATION = re.compile(NEGATION)
_HEDGING = re.compile(HEDGING)


@dataclass(frozen=True)
class Span:
    """A resolved mention as relation extraction sees it."""

    start: int
    end: int
    entity_id: str
    entity_type: EntityType


@dataclass(frozen=True)
class FoundRelation:
    relation: RelationType
    subject_id: str
    object_id: str
    sentence: int
    confidence: float


def is_a(entity_type: EntityType, ancestor: EntityType) -> bool:
    current: EntityType | None = entity_type
    while current is not None:
        if current == ancestor:
            return True
        current = ENTITY_PARENT[current]
    return False


def fits(relation: RelationType, subject: EntityType, obj: EntityType) -> bool:
    domain, range_ = RELATION_DOMAIN[relation], RELATION_RANGE[relation]
    return (not domain or any(is_a(subject, d) for d in domain)) and (
        not range_ or any(is_a(obj, r) for r in range_)
    )


@cache
def _compiled(rule: Rule) -> re.Pattern[str]:
    return re.compile(rule.pattern)


def _group(spans: list[Span], index: int, step: int, text: str) -> list[Span]:
    """The span at ``index`` and those coordinated with it, walking in direction ``step``."""
    group = [spans[index]]
    i = index
    while 0 <= i + step < len(spans):
        a, b = (spans[i + step], spans[i]) if step < 0 else (spans[i], spans[i + step])
        if not _COORDINATION.match(text[a.end : b.start]):
            break
        group.append(spans[i + step])
        i += step
    return group


def sentence_relations(
    text: str, start: int, end: int, spans: list[Span], sentence: int
) -> list[FoundRelation]:
    if len({s.entity_id for s in spans}) < 2:
        return []
    found: dict[tuple[str, RelationType, str], FoundRelation] = {}
    for rule in RULES:
        for trigger in _compiled(rule).finditer(text, start, end):
            left = [i for i, s in enumerate(spans) if s.end <= trigger.start()]
            right = [i for i, s in enumerate(spans) if s.start >= trigger.end()]
            left_group = (
                _group(spans, left[-1], -1, text)
                if left and trigger.start() - spans[left[-1]].end <= MAX_GAP
                else []
            )
            right_group = (
                _group(spans, right[0], 1, text)
                if right and spans[right[0]].start - trigger.end() <= MAX_GAP
                else []
            )
            if rule.voice == "passive":
                subjects, objects = right_group, left_group
            else:
                subjects, objects = left_group, right_group
                # "B由A牵头" / "由A牵头的B": the subject follows 由, the object is named before it or after.
                if left_group:
                    first = min(left_group, key=lambda s: s.start)
                    if text[max(first.start - 2, start) : first.start].endswith(("由", "由 ")):
                        before = [s for s in spans if s.end <= first.start - 1]
                        if not objects and before:
                            objects = [before[-1]]
            pairs = [(s, o) for s in subjects for o in objects]
            if not objects and any(r in SYMMETRIC for r in rule.relations):
                pairs = [(a, b) for i, a in enumerate(left_group) for b in left_group[i + 1 :]]
            for subject, obj in pairs:
                if subject.entity_id == obj.entity_id:
                    continue
                window_start = max(min(subject.start, obj.start, trigger.start()) - 12, start)
                window_end = min(max(subject.end, obj.end, trigger.end()), end)
                window = text[window_start:window_end]
                if _NEGATION.search(window):
                    continue
                confidence = rule.confidence * (HEDGE_FACTOR if _HEDGING.search(window) else 1.0)
                for relation in rule.relations:
                    s, o = subject, obj
                    if not fits(relation, s.entity_type, o.entity_type):
                        if relation in SYMMETRIC and fits(relation, o.entity_type, s.entity_type):
                            s, o = o, s
                        else:
                            continue
                    if relation in SYMMETRIC and o.entity_id < s.entity_id:
                        s, o = o, s
                    key = (s.entity_id, relation, o.entity_id)
                    if key not in found or found[key].confidence < confidence:
                        found[key] = FoundRelation(relation, s.entity_id, o.entity_id, sentence, confidence)
                    break
    return list(found.values())
