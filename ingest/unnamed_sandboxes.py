"""Regulatory sandboxes a document names only by what they are: "the Bank of Ghana opened a regulatory
sandbox", "泰国央行推出监管沙盒".

Many sandboxes have no name of their own, so the words "regulatory sandbox" are found as a mention like
any other, and the relation rules read who launched or runs it. Their owner, an authority, then names
them: each authority's sandbox is its own entity ("Bank of Ghana regulatory sandbox", written "regulatory
sandbox" in the text), never one node that every central bank's sandbox shares. An owner with a sandbox
the lexicon knows by that name ("FCA regulatory sandbox") has that one. The words with no owner in the
document are a kind of thing, not an entity, and are dropped with whatever was said of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ingest.lexicon import Lexicon, entity_of
from ingest.mentions import Found
from ingest.normalize import is_cjk
from kg import ids
from kg.model import DocumentFacts, Entity, Evidence, Mention, Relation
from kg.types import is_a
from kg.vocab import EntityType, RelationType

UNNAMED_SANDBOX = "unnamed-sandbox.v1"
UNNAMED_SANDBOX_CONFIDENCE = 0.6

# In the normalised text: lower case, Simplified script ("監管沙盒" is matched as 监管沙盒).
_UNNAMED_SANDBOX = re.compile(r"\bregulatory sandbox\b|监管沙[盒箱]")
_LATIN_NAME = "regulatory sandbox"
_CJK_NAME = "监管沙盒"
_CJK_NAME_TRADITIONAL = "監管沙盒"
# What an owner does to its sandbox, as the relation rules and the gold annotations record it.
_OWNING = frozenset((RelationType.LAUNCHES, RelationType.OPERATES, RelationType.LEADS))
# Who runs a regulatory sandbox: an authority. A firm "launches" its products in one, which is not its own.
_OWNER_KINDS = (EntityType.REGULATOR, EntityType.GOVERNMENT_BODY, EntityType.INTERNATIONAL_ORGANIZATION)


def unnamed_sandbox_mentions(text: str) -> Iterator[Found]:
    """The words "regulatory sandbox" wherever they stand: a longer name holding them wins the overlap.
    Each is a placeholder of its own (its name holds its offset) until its owner names it: one
    document may tell of two central banks' sandboxes."""
    if "sandbox" not in text and "沙" not in text:  # most documents have none
        return
    for match in _UNNAMED_SANDBOX.finditer(text):
        yield Found(match.start(), match.end(), EntityType.REGULATORY_SANDBOX, UNNAMED_SANDBOX,
                    UNNAMED_SANDBOX_CONFIDENCE, name=f"{match.group()} @{match.start()}")  # fmt: skip


def named_by_owner(facts: DocumentFacts, lexicon: Lexicon) -> DocumentFacts:
    """``facts`` with each unnamed sandbox made its owner's (see the module), or dropped."""
    unnamed = {e.id: e for e in facts.entities if e.origin == UNNAMED_SANDBOX}
    if not unnamed:
        return facts
    entities = {e.id: e for e in facts.entities}
    first_said: dict[str, int] = {}
    for ev in facts.evidence:
        first_said[ev.fact_id] = min(ev.start, first_said.get(ev.fact_id, ev.start))
    owners: dict[str, Entity] = {}
    # the first owner the document names, if it names two
    for relation in sorted(facts.relations, key=lambda r: (first_said.get(r.id, 0), r.id)):
        owner = entities[relation.subject_id]
        if (
            relation.object_id in unnamed
            and relation.type in _OWNING
            and any(is_a(owner.type, kind) for kind in _OWNER_KINDS)
            and relation.object_id not in owners
        ):
            owners[relation.object_id] = owner
    renamed = {unnamed_id: _owned_sandbox(owner, lexicon) for unnamed_id, owner in owners.items()}
    # Named again with no owner ("twenty firms have joined the regulatory sandbox"): the last one
    # owned before it. None before it: the words name a kind of thing.
    first_named: dict[str, int] = {}
    for m in facts.mentions:
        if m.entity_id in unnamed:
            first_named[m.entity_id] = min(m.start, first_named.get(m.entity_id, m.start))
    latest: Entity | None = None
    for unnamed_id in sorted(unnamed, key=lambda i: first_named.get(i, 0)):
        if unnamed_id in renamed:
            latest = renamed[unnamed_id]
        elif latest is not None:
            renamed[unnamed_id] = latest
    return _rewritten(facts, renamed, dropped=set(unnamed) - set(renamed))


def _owned_sandbox(owner: Entity, lexicon: Lexicon) -> Entity:
    names = (owner.name, *owner.names)
    for name in names:
        entry = lexicon.by_name(f"{name} {_LATIN_NAME}") or lexicon.by_name(f"{name}{_CJK_NAME}")
        if entry is not None and entry.type == EntityType.REGULATORY_SANDBOX:
            return entity_of(entry)
    # Named in every script its owner is, the first name first: the same sandbox has one id whatever
    # the language of the document that names it.
    sandbox_names = tuple(dict.fromkeys(_sandbox_name(n) for n in names))
    return Entity(
        ids.discovered_entity_id(EntityType.REGULATORY_SANDBOX, sandbox_names[0]),
        EntityType.REGULATORY_SANDBOX,
        sandbox_names[0],
        sandbox_names[1:],
        owner.jurisdiction,
        origin=UNNAMED_SANDBOX,
        confidence=UNNAMED_SANDBOX_CONFIDENCE,
    )


def _sandbox_name(owner_name: str) -> str:
    """ "Bank of Thailand regulatory sandbox", "泰国银行监管沙盒", "泰國銀行監管沙盒": in the owner name's script."""
    if not is_cjk(owner_name[-1]):
        return f"{owner_name} {_LATIN_NAME}"
    return owner_name + (_CJK_NAME if ids.to_simplified(owner_name) == owner_name else _CJK_NAME_TRADITIONAL)


def _rewritten(facts: DocumentFacts, renamed: dict[str, Entity], dropped: set[str]) -> DocumentFacts:
    """Every record of ``facts`` with the entities ``renamed`` replaced and those ``dropped`` gone; ids
    that name an entity are made again, and records that become one are merged."""
    doc_id = facts.document.id

    def new_id(entity_id: str) -> str:
        return renamed[entity_id].id if entity_id in renamed else entity_id

    entities = {e.id: e for e in facts.entities if e.id not in dropped and e.id not in renamed}
    entities.update({e.id: e for e in renamed.values()})
    mentions: dict[str, Mention] = {}
    for m in facts.mentions:
        if m.entity_id in dropped:
            continue
        entity_id = new_id(m.entity_id)
        mention = replace(m, id=ids.mention_id(doc_id, entity_id, m.start, m.end), entity_id=entity_id)
        mentions.setdefault(mention.id, mention)
    relations: dict[str, Relation] = {}
    fact_ids: dict[str, str] = {}
    for r in facts.relations:
        if r.subject_id in dropped or r.object_id in dropped:
            continue
        subject, obj = new_id(r.subject_id), new_id(r.object_id)
        if subject == obj:
            continue
        if r.symmetric and obj < subject:  # a symmetric fact keeps its ends in order
            subject, obj = obj, subject
        fact = ids.fact_id(subject, r.type.value, obj)
        fact_ids[r.id] = fact
        relations.setdefault(fact, Relation(fact, r.type, subject, obj))
    evidence: dict[str, Evidence] = {}
    for ev in facts.evidence:
        if ev.fact_id not in fact_ids:
            continue
        fact = fact_ids[ev.fact_id]
        moved = replace(ev, id=ids.evidence_id(fact, doc_id, ev.start, ev.end), fact_id=fact)
        if moved.id not in evidence or evidence[moved.id].confidence < moved.confidence:
            evidence[moved.id] = moved
    return DocumentFacts.in_order(
        facts.document, entities.values(), mentions.values(), relations.values(), evidence.values()
    )
