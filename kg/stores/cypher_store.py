"""The write and read algorithms both stores share, over a Cypher transaction.

A concrete store supplies three things: how to read (``_read``), how to run a function inside one
write transaction (``_write``), and its ``Dialect``. Everything else (replacement of a changed
document, retraction, the read API, the canonical dump) is here once.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Any, TypeVar

from kg.errors import SchemaMissingError
from kg.ids import name_key
from kg.model import Document, DocumentFacts, Entity, Evidence, Mention, Relation, StoreStats, WriteResult
from kg.results import EntityDetail, EvidenceView, Fact, FactView, Paths, SearchHit, Subgraph
from kg.stores import cypher as q
from kg.types import subtypes, type_chain
from kg.vocab import EntityType, RelationType

Row = dict[str, Any]
FUZZY_MIN_KEY = 4
FUZZY_MIN_RATIO = 0.75
Run = Callable[[str, dict[str, Any]], list[Row]]
T = TypeVar("T")

SEARCH_SEPARATOR = "\n"


def entity_from_row(row: Row) -> Entity:
    return Entity(
        id=row["id"],
        type=EntityType(row["type"]),
        name=row["name"] or row["id"],
        names=tuple(row.get("names") or ()),
        jurisdiction=row.get("jurisdiction") or "",
        wikidata=row.get("wikidata") or "",
        lei=row.get("lei") or "",
        origin=row.get("origin") or "",
        confidence=float(row.get("confidence") or 0.0),
    )


def fact_from_row(row: Row) -> Fact:
    return Fact(
        id=row["fact_id"],
        type=row["type"],
        subject_id=row["subject_id"],
        object_id=row["object_id"],
        confidence=float(row.get("confidence") or 0.0),
        support=int(row.get("support") or 0),
    )


def _grouped(rows: Iterable[Row], key: str) -> dict[RelationType, list[Row]]:
    groups: dict[RelationType, list[Row]] = defaultdict(list)
    for row in rows:
        groups[RelationType(row[key])].append(row)
    return groups


class CypherStore(ABC):
    name = "cypher"
    supports_cypher = True
    dialect: q.Dialect
    # True where one writer at a time is guaranteed (LadybugDB): facts can be created after a lookup
    # instead of merged, the lookup by the FactKey node each fact has there (cypher.LADYBUG_NODE_TABLES).
    # Neo4j keeps MERGE, whose endpoint locks make concurrent writers safe.
    serialized_writes = False
    # How a retraction refreshes the entities it touched (see _refresh_entities). Neo4j: by probes that
    # stop at the first mention found. LadybugDB evaluates such probes in full, which measured slower
    # than reading the mentions once (418 against 350 ms per retracted document, 300-document graph).
    refreshes_entities_by_probe = True

    def __init__(self) -> None:
        self._schema_checked = False

    # -- what a concrete store supplies ---------------------------------------------------------

    @abstractmethod
    def _read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]: ...

    @abstractmethod
    def _write(self, work: Callable[[Run], T]) -> T: ...

    @abstractmethod
    def ensure_schema(self) -> None: ...

    @abstractmethod
    def _schema_present(self) -> bool: ...

    def check_schema(self) -> None:
        if self._schema_checked:
            return
        if not self._schema_present():
            raise SchemaMissingError(
                f"the {self.name} store has no fintech-kg schema (constraints or tables); "
                "run `fintech-kg init` or ingest, which creates it before any write"
            )
        self._schema_checked = True

    # -- writes -------------------------------------------------------------------------------

    def document_state(self, doc_id: str) -> dict[str, Any] | None:
        rows = self._read(q.DOCUMENT_BY_ID, {"id": doc_id})
        return rows[0] if rows else None

    def write(self, facts: DocumentFacts) -> WriteResult:
        self.check_schema()
        if self.serialized_writes:
            # No lock to take first: an unchanged document costs a read, not a write transaction.
            state = self.document_state(facts.document.id)
            if state and self._unchanged(state, facts):
                return WriteResult(facts.document.id, unchanged=True)
        return self._write(lambda run: self._replace(run, facts))

    def mark_for_reprocessing(self, doc_id: str, code: str, message: str) -> None:
        """Flag a stored document as failed, so the next run processes it again (if it was stored)."""
        self._write(lambda run: run(q.MARK_DOCUMENT_FAILED, {"id": doc_id, "code": code, "message": message}))

    def delete_document(self, doc_id: str) -> WriteResult:
        self.check_schema()
        return self._write(lambda run: self._retract(run, doc_id, delete_document=True))

    @staticmethod
    def _same_version(state: Row, facts: DocumentFacts) -> bool:
        return bool(
            state["extractor_version"] == facts.document.extractor_version
            and state["status"] == facts.document.status.value
        )

    @classmethod
    def _unchanged(cls, state: Row, facts: DocumentFacts) -> bool:
        return cls._same_version(state, facts) and facts.document.source_path in (state["source_paths"] or [])

    def _replace(self, run: Run, facts: DocumentFacts) -> WriteResult:
        doc = facts.document
        entities_removed = relations_removed = 0
        # Serialized writers need no lock; concurrent ones take the document's first (LOCK_DOCUMENT),
        # and learn in the same statement whether the write is needed at all (a read transaction
        # before it was a round trip more, 3% of a new document's write) and who owns its path.
        existing, owner = self._document_and_path_owner(run, doc)
        if existing and self._unchanged(existing[0], facts):
            return WriteResult(doc.id, unchanged=True)
        # A file whose content changed: the path passes to this document, and the old version loses
        # it (and goes when it has none left). A path nobody owns is claimed with the document's own
        # write where the store has round trips to save (UPSERT_DOCUMENT_CLAIMING_PATH).
        path_owner = {"path": doc.source_path, "id": doc.id}
        claim_path = False
        if owner is None:
            if self.serialized_writes:
                run(q.CREATE_SOURCE_PATH, path_owner)
            else:
                claim_path = True
        elif owner != doc.id:
            run(q.SET_SOURCE_PATH_OWNER, path_owner)
            for old in run(q.DOCUMENT_BY_ID, {"id": owner}):
                remaining = sorted(p for p in old["source_paths"] or [] if p != doc.source_path)
                if remaining:
                    run(q.SET_DOCUMENT_PATHS, {"id": old["id"], "paths": remaining})
                else:
                    gone = self._retract(run, old["id"], delete_document=True)
                    entities_removed += gone.entities_removed
                    relations_removed += gone.relations_removed
        paths = sorted({doc.source_path, *(existing[0]["source_paths"] or [] if existing else [])})
        if existing and self._same_version(existing[0], facts):
            # The same content under another name: one document, one more path.
            if claim_path:
                run(q.MERGE_SOURCE_PATH, path_owner)
            run(q.SET_DOCUMENT_PATHS, {"id": doc.id, "paths": paths})
            return WriteResult(doc.id, entities_removed=entities_removed, relations_removed=relations_removed)
        if existing:
            gone = self._retract(run, doc.id, delete_document=False)
            entities_removed += gone.entities_removed
            relations_removed += gone.relations_removed

        fact_rows: list[Row] = [
            {"fact_id": r.id, "fact_type": r.type.value, "subject_id": r.subject_id, "object_id": r.object_id}
            for r in facts.relations
        ]
        if self.serialized_writes:
            # Looked up first, so the writes below create or update and never MERGE (see CREATE_ENTITIES).
            existed, stored_facts = self._existing(run, facts, fact_rows)
        document = self._document_params(facts, paths)
        if claim_path:
            run(q.UPSERT_DOCUMENT_CLAIMING_PATH, {**document, "path": doc.source_path})
        else:
            run(q.UPSERT_DOCUMENT, document)
        # LadybugDB cannot type an empty parameter list, so empty batches are not sent at all.
        if self.serialized_writes:
            stored_entities, entities_added = self._create_or_update_entities(run, facts, existed)
        else:
            stored_entities, entities_added = self._upsert_entities(run, facts)
        mentions = [self._mention_row(m) for m in facts.mentions]
        relations = {r.id: r for r in facts.relations}
        evidence = [self._evidence_row(relations[ev.fact_id], ev) for ev in facts.evidence]
        if self.serialized_writes:
            if mentions:
                run(q.INSERT_MENTIONS, {"doc_id": doc.id, "rows": mentions})
            if evidence:
                run(q.INSERT_EVIDENCE, {"doc_id": doc.id, "rows": evidence})
        elif mentions or evidence:
            run(q.INSERT_PROVENANCE, {"doc_id": doc.id, "mentions": mentions, "evidence": evidence})
        # Adding a document only adds support: counts and maxima extend what is stored, so nothing is
        # recounted from all the evidence (retraction, the rarer path, recounts).
        confidences: dict[str, list[float]] = defaultdict(list)
        for ev in facts.evidence:
            confidences[ev.fact_id].append(ev.confidence)
        for row in fact_rows:
            mine = confidences[row["fact_id"]]
            row["added"] = len(mine)
            row["confidence"] = max(mine, default=0.0)
        if self.serialized_writes:
            new_facts = [r for r in fact_rows if r["fact_id"] not in stored_facts]
            if new_facts:
                run(q.CREATE_FACT_KEYS, {"ids": [r["fact_id"] for r in new_facts]})
            for relation, rows in _grouped(new_facts, "fact_type").items():
                run(q.create_facts(relation), {"rows": rows})
            for relation, rows in _grouped(
                [r for r in fact_rows if r["fact_id"] in stored_facts], "fact_type"
            ).items():
                run(q.add_fact_support(self.dialect, relation), {"rows": rows})
            relations_added = len(new_facts)  # a document's facts are distinct (DocumentFacts)
        else:
            relations_added = run(q.MERGE_FACTS, {"rows": fact_rows})[0]["created"] if fact_rows else 0
        self._extend_entities(run, facts, stored_entities)
        return WriteResult(
            doc.id,
            entities_added=entities_added,
            entities_removed=entities_removed,
            relations_added=relations_added,
            relations_removed=relations_removed,
        )

    def _document_and_path_owner(self, run: Run, doc: Document) -> tuple[list[Row], str | None]:
        """The document's stored state (no row for a new one) and the id of the document that owns its
        source path (None if none does); on Neo4j under the document's lock, in one statement."""
        if self.serialized_writes:
            existing = run(q.DOCUMENT_BY_ID, {"id": doc.id})
            owner = run(q.SOURCE_PATH_OWNER, {"path": doc.source_path})
            return existing, owner[0]["doc_id"] if owner else None
        [row] = run(q.LOCK_DOCUMENT, {"id": doc.id, "path": doc.source_path})
        return [row] if row["stored"] else [], row["path_owner"]

    def _existing(
        self, run: Run, facts: DocumentFacts, fact_rows: list[Row]
    ) -> tuple[dict[str, Row], set[str]]:
        """This document's entities that are stored (their rows, by id), and the ids of its facts that
        are."""
        entity_ids = [e.id for e in facts.entities]
        existed = {r["id"]: r for r in run(q.STORED_ENTITIES, {"ids": entity_ids})} if entity_ids else {}
        stored_facts = (
            {r["fact_id"] for r in run(q.STORED_FACT_KEYS, {"ids": [r["fact_id"] for r in fact_rows]})}
            if fact_rows
            else set()
        )
        return existed, stored_facts

    def _create_or_update_entities(
        self, run: Run, facts: DocumentFacts, existed: dict[str, Row]
    ) -> tuple[dict[str, Row], int]:
        """A serialized store's entity write: what the stored entities were (aliases, confidence) and
        how many are new. No read after the write: nobody else writes meanwhile, an update leaves
        aliases and confidence as ``existed`` read them, and a creation sets them from its row."""
        if not facts.entities:
            return {}, 0
        rows = [self._entity_row(e) for e in facts.entities]
        created = [r for r in rows if r["id"] not in existed]
        changed = [
            r
            for r in rows
            if r["id"] in existed
            and any(
                r[k] != (existed[r["id"]][k] or ([] if k in ("labels", "names") else ""))
                for k in q.ENTITY_DESCRIPTION
            )  # fmt: skip
        ]
        for query, part in ((q.CREATE_ENTITIES, created), (q.UPDATE_ENTITIES, changed)):
            if part:
                run(query, {"rows": part})
        stored = dict(existed)
        stored.update({r["id"]: {"aliases": [], "confidence": r["confidence"]} for r in created})
        return stored, len(created)

    def _upsert_entities(self, run: Run, facts: DocumentFacts) -> tuple[dict[str, Row], int]:
        """A concurrent store's entity write (MERGE): the same answers as _create_or_update_entities,
        read in the same statement after the write, when this transaction holds the nodes' locks, so
        nobody changes them before it ends."""
        if not facts.entities:
            return {}, 0
        rows = run(q.UPSERT_ENTITIES, {"rows": [self._entity_row(e) for e in facts.entities]})
        return {r["id"]: r for r in rows}, sum(1 for r in rows if r["created"])

    def _retract(self, run: Run, doc_id: str, *, delete_document: bool) -> WriteResult:
        touched_entities = run(q.DOCUMENT_TOUCHED_ENTITIES, {"id": doc_id})
        entity_ids = [r["id"] for r in touched_entities]
        touched_facts = run(q.DOCUMENT_TOUCHED_FACTS, {"id": doc_id})
        run(q.DELETE_DOCUMENT_MENTIONS, {"id": doc_id})
        run(q.DELETE_DOCUMENT_EVIDENCE, {"id": doc_id})
        if delete_document:
            run(q.DELETE_SOURCE_PATHS, {"id": doc_id})
            run(q.DELETE_DOCUMENT, {"id": doc_id})
        relations_removed = self._refresh_facts(run, touched_facts)
        orphans = [r["id"] for r in run(q.ORPHAN_ENTITIES, {"ids": entity_ids})] if entity_ids else []
        if orphans:
            run(q.DELETE_ENTITIES, {"ids": orphans})
        gone = set(orphans)
        self._refresh_entities(run, [t for t in touched_entities if t["id"] not in gone])
        return WriteResult(doc_id, entities_removed=len(orphans), relations_removed=relations_removed)

    def _refresh_facts(self, run: Run, touched: list[Row]) -> int:
        """Recompute each touched fact's confidence and support from its evidence; drop unsupported ones.

        ``touched`` rows carry fact_id, fact_type, subject_id and object_id, so a fact whose evidence
        is already gone can still be found by its endpoints (an indexed lookup, not a scan).
        """
        if not touched:
            return 0
        support = {
            r["fact_id"]: r
            for r in run(
                q.fact_support(self.dialect),
                {"rows": [{"fact_id": t["fact_id"], "subject_id": t["subject_id"]} for t in touched]},
            )
        }
        for relation, rows in _grouped(support.values(), "fact_type").items():
            run(q.set_fact_support(self.dialect, relation), {"rows": rows})
        gone = [t for t in touched if t["fact_id"] not in support]
        for relation, rows in _grouped(gone, "fact_type").items():
            run(q.delete_facts(self.dialect, relation), {"rows": rows})
        if gone and self.serialized_writes:
            run(q.DELETE_FACT_KEYS, {"ids": [t["fact_id"] for t in gone]})
        return len(gone)

    def _refresh_entities(self, run: Run, touched: list[Row]) -> None:
        """Aliases, display name, search keys and confidence follow from the remaining mentions.

        ``touched`` rows name an entity that keeps some mention, the texts the retracted mentions had
        and their best confidence (DOCUMENT_TOUCHED_ENTITIES). An entity's aliases are its mentions'
        distinct texts, so it loses exactly the texts no other mention has.
        """
        if not touched:
            return
        if not self.refreshes_entities_by_probe:
            rows = [
                _entity_summary(
                    r["id"], r["name"], r["names"], r["origin"], set(r["aliases"]), _confidence(r)
                )
                for r in run(q.ENTITY_ALIASES, {"ids": [t["id"] for t in touched]})
            ]
            run(q.SET_ENTITY_ALIASES, {"rows": rows})
            return
        stored = {r["id"]: r for r in run(q.STORED_ENTITIES, {"ids": [t["id"] for t in touched]})}
        texts = [{"id": t["id"], "text": text} for t in touched for text in t["texts"]]
        kept = (
            {(r["id"], r["text"]) for r in run(q.TEXTS_STILL_MENTIONED, {"rows": texts})} if texts else set()
        )
        stored_best = {entity_id: _confidence(row) for entity_id, row in stored.items()}
        held_best = [
            {"id": t["id"], "confidence": stored_best[t["id"]]}
            for t in touched
            if _confidence(t) >= stored_best[t["id"]]
        ]
        best = (
            {
                r["id"]: float(r["confidence"])
                for r in run(q.BEST_MENTION_CONFIDENCE, {"rows": held_best})
                if r["confidence"] is not None
            }
            if held_best
            else {}
        )
        rows = []
        for t in touched:
            entity = stored[t["id"]]
            lost = {text for text in t["texts"] if (t["id"], text) not in kept}
            aliases = set(entity["aliases"] or []) - lost
            confidence = best.get(t["id"], stored_best[t["id"]])
            rows.append(
                _entity_summary(
                    t["id"], entity["name"], entity["names"], entity["origin"], aliases, confidence
                )
            )
        run(q.SET_ENTITY_ALIASES, {"rows": rows})

    def _extend_entities(self, run: Run, facts: DocumentFacts, stored: dict[str, Row]) -> None:
        """After an insert: the stored aliases plus this document's mentions (the set only grows)."""
        texts: dict[str, set[str]] = defaultdict(set)
        confidence: dict[str, float] = defaultdict(float)
        for m in facts.mentions:
            texts[m.entity_id].add(m.text)
            confidence[m.entity_id] = max(confidence[m.entity_id], m.confidence)
        rows = []
        for e in facts.entities:
            before = stored.get(e.id) or {}
            aliases = texts[e.id] | set(before.get("aliases") or [])
            best = max(confidence[e.id], _confidence(before))
            row = _entity_summary(e.id, e.name, list(e.names), e.origin, aliases, best)
            # Most entities of a document are stored already with what it says of them: no write.
            if any(value != before.get(k) for k, value in row.items() if k != "id"):
                rows.append(row)
        if rows:
            run(q.SET_ENTITY_ALIASES, {"rows": rows})

    @staticmethod
    def _document_params(facts: DocumentFacts, paths: list[str]) -> dict[str, Any]:
        d = facts.document
        return {
            "id": d.id,
            "source_paths": paths,
            "raw_sha256": d.raw_sha256,
            "status": d.status.value,
            "format": d.format,
            "title": d.title,
            "language": d.language,
            "error_code": d.error_code,
            "error_message": d.error_message,
            "warnings": list(d.warnings),
            "metadata": json.dumps(dict(d.metadata), ensure_ascii=False, sort_keys=True),
            "date": d.meta("date"),
            "source_url": d.meta("source_url"),
            "text_length": d.text_length,
            "extractor_version": d.extractor_version,
            "fact_count": len(facts.evidence),
        }

    @staticmethod
    def _entity_row(e: Entity) -> Row:
        return {
            "id": e.id,
            "type": e.type.value,
            "labels": type_chain(e.type),
            "name": e.name,
            "names": list(e.names),
            "jurisdiction": e.jurisdiction,
            "wikidata": e.wikidata,
            "lei": e.lei,
            "origin": e.origin,
            "confidence": e.confidence,
        }

    @staticmethod
    def _mention_row(m: Mention) -> Row:
        return {
            "id": m.id,
            "entity_id": m.entity_id,
            "start_offset": m.start,
            "end_offset": m.end,
            "text": m.text,
            "sentence_index": m.sentence_index,
            "extractor": m.extractor,
            "confidence": m.confidence,
        }

    @staticmethod
    def _evidence_row(relation: Relation, ev: Evidence) -> Row:
        return {
            "id": ev.id,
            "fact_id": ev.fact_id,
            "fact_type": relation.type.value,
            "subject_id": relation.subject_id,
            "object_id": relation.object_id,
            "sentence": ev.sentence,
            "start_offset": ev.start,
            "end_offset": ev.end,
            "extractor": ev.extractor,
            "confidence": ev.confidence,
            "page": ev.page,
        }

    # -- reads --------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        key = name_key(text)
        if not key:
            return []
        rows = self._read(
            q.SEARCH_ENTITIES,
            {
                "key": key,
                "exact": SEARCH_SEPARATOR + key + SEARCH_SEPARATOR,
                "prefix": SEARCH_SEPARATOR + key,
                "scan": max(limit * 20, 200),
            },
        )
        hits = []
        for row in rows:
            keys = [k for k in (row["search_text"] or "").split(SEARCH_SEPARATOR) if k]
            if key in keys:
                score = 3.0
            elif any(k.startswith(key) for k in keys):
                score = 2.0
            else:
                score = 1.0
            matched = next((k for k in keys if key in k), key)
            hits.append(SearchHit(entity_from_row(row), matched, score))
        if len(hits) < limit and len(key) >= FUZZY_MIN_KEY:
            seen = {h.entity.id for h in hits}
            hits += [h for h in self._fuzzy(key, limit) if h.entity.id not in seen]
        hits.sort(key=lambda h: (-h.score, len(h.entity.name), h.entity.name, h.entity.id))
        return hits[:limit]

    def _fuzzy(self, key: str, limit: int) -> list[SearchHit]:
        """Names within a small edit distance ("Monetery Authority", "蚂蚁金服集团"): score below 1."""
        size = 2 if any(ord(ch) > 0x2E80 for ch in key) else 3
        pieces = [key[i : i + size] for i in range(0, max(len(key) - size + 1, 1))]
        chosen = [pieces[0], pieces[len(pieces) // 2], pieces[-1]]
        params = {f"piece{i + 1}": piece for i, piece in enumerate(chosen)}
        rows = self._read(q.SEARCH_CANDIDATES, {**params, "scan": max(limit * 10, 200)})
        hits = []
        matcher = SequenceMatcher(None, key)
        for row in rows:
            best, matched = 0.0, ""
            for k in (row["search_text"] or "").split(SEARCH_SEPARATOR):
                matcher.set_seq2(k)
                # The quick ratios bound the ratio from above: most candidates end there, unscored.
                if (
                    k
                    and matcher.real_quick_ratio() >= FUZZY_MIN_RATIO
                    and matcher.quick_ratio() >= FUZZY_MIN_RATIO
                ):
                    best, matched = max((best, matched), (matcher.ratio(), k))
            if best >= FUZZY_MIN_RATIO:
                hits.append(SearchHit(entity_from_row(row), matched, round(best, 4)))
        return hits

    def entity(self, entity_id: str) -> EntityDetail | None:
        rows = self._read(q.ENTITY_BY_ID, {"id": entity_id})
        if not rows:
            return None
        fact_rows = [*self._read(q.facts_of(self.dialect, "a"), {"id": entity_id})]
        fact_rows += self._read(q.facts_of(self.dialect, "b"), {"id": entity_id})
        unique = {r["fact_id"]: r for r in fact_rows}
        evidence: dict[str, list[EvidenceView]] = defaultdict(list)
        keys = [{"fact_id": f, "subject_id": unique[f]["subject_id"]} for f in sorted(unique)]
        for ev in self._read(q.EVIDENCE_FOR_FACTS, {"rows": keys}) if keys else []:
            evidence[ev["fact_id"]].append(
                EvidenceView(
                    fact_id=ev["fact_id"],
                    doc_id=ev["doc_id"],
                    doc_title=ev["doc_title"] or "",
                    doc_date=ev["doc_date"] or "",
                    doc_url=ev["doc_url"] or "",
                    sentence=ev["sentence"],
                    start=int(ev["start_offset"]),
                    end=int(ev["end_offset"]),
                    extractor=ev["extractor"],
                    confidence=float(ev["confidence"]),
                    page=int(ev["page"]),
                )
            )
        facts = tuple(
            FactView(fact_from_row(r), r["subject_name"], r["object_name"], tuple(evidence[r["fact_id"]]))
            for r in sorted(unique.values(), key=lambda r: (r["type"], r["subject_name"], r["object_name"]))
        )
        mentions = tuple(self._read(q.MENTIONS_OF_ENTITY, {"id": entity_id, "limit": 100}))
        return EntityDetail(entity_from_row(rows[0]), tuple(rows[0]["aliases"] or ()), facts, mentions)

    def neighbourhood(
        self,
        entity_id: str,
        depth: int = 1,
        limit: int = 300,
        relation_types: frozenset[str] | None = None,
    ) -> Subgraph:
        """Breadth-first from the centre, best-supported neighbours first, at most ``limit`` entities;
        the facts are every fact among the entities kept (of ``relation_types`` when given)."""
        types = sorted(relation_types) if relation_types is not None else None
        keys = self._keys([entity_id])
        if not keys:
            return Subgraph(nodes=(), facts=(), total_nodes=0, centre=entity_id)
        seen = list(keys)
        frontier = list(keys)
        reachable = 1
        truncated = False
        for _ in range(max(depth, 0)):
            if not frontier or types == []:
                break
            room = max(limit - len(seen), 0)
            total, ranked = self._ranked_neighbours(frontier, seen, room, types)
            reachable += total
            truncated = truncated or total > room
            keys.update(ranked)
            frontier = [key for key, _ in ranked]
            seen += frontier
        nodes, fact_rows = self._entities_and_facts(sorted(keys.values()), seen)
        if entity_id not in nodes:
            return Subgraph(nodes=(), facts=(), total_nodes=0, centre=entity_id)
        return self._with_facts_among(
            nodes,
            fact_rows=fact_rows,
            total=reachable,
            truncated=truncated,
            centre=entity_id,
            relation_types=relation_types,
        )

    def _keys(self, entity_ids: list[str]) -> dict[Any, str]:
        """Traversal key (``Dialect.node_key``) -> id, for the entities that exist."""
        if self.dialect.keys_are_ids:
            # A round trip saved: the traversal finds nothing from an id that does not exist, and
            # the entity lookup at the end drops it.
            return {i: i for i in entity_ids}
        rows = self._read(q.entity_keys(self.dialect), {"ids": entity_ids}) if entity_ids else []
        return {r["key"]: r["id"] for r in rows}

    def _entities(self, entity_ids: list[str]) -> dict[str, Entity]:
        rows = self._read(q.entities_by_ids(self.dialect), {"ids": entity_ids}) if entity_ids else []
        return {r["id"]: entity_from_row(r) for r in rows}

    def _entities_and_facts(
        self, entity_ids: list[str], keys: list[Any]
    ) -> tuple[dict[str, Entity], list[Row]]:
        """The entities, and the rows of every fact among them (``keys``: the same entities' keys)."""
        if not entity_ids:
            return {}, []
        params = {"ids": entity_ids, "keys": keys}
        if self.dialect.collects_rows:  # one round trip for both
            both = self._read(q.entities_and_facts_among(self.dialect), params)[0]
            return {r["id"]: entity_from_row(r) for r in both["entities"]}, both["facts"]
        return self._entities(entity_ids), self._read(q.facts_among(self.dialect), params)

    def _ranked_neighbours(
        self, frontier: list[Any], seen: list[Any], room: int, types: list[str] | None
    ) -> tuple[int, list[tuple[Any, str]]]:
        """How many entities are one step from the frontier and not yet seen, and the best ``room``
        of them as (key, id)."""
        params = _traversal_params(frontier, types, seen=seen)
        query = q.ranked_neighbours(self.dialect, by_type=types is not None)
        if self.dialect.collects_rows:
            rows = self._read(query, {**params, "room": room})
            return (rows[0]["total"], [(k, i) for k, i in rows[0]["ranked"]]) if rows else (0, [])
        rows = self._read(query, params)
        return len(rows), [(r["key"], r["id"]) for r in rows[:room]]

    def subgraph(
        self,
        *,
        entity_types: Iterable[str] = (),
        jurisdictions: Iterable[str] = (),
        technology: str = "",
        limit: int = 300,
    ) -> Subgraph:
        """Entities of the given types (with their subtypes) and jurisdictions, or the users of one
        technology (with it), and the facts among them; ``total_nodes`` counts the matches before the cap."""
        types = sorted({t.value for name in entity_types for t in subtypes(EntityType(name))})
        places = sorted({j.upper() for j in jurisdictions if j})
        cap = limit + 1
        if technology:
            rows = self._read(q.USERS_OF_TECHNOLOGY, {"technology": technology, "cap": cap})
            rows = [
                r
                for r in rows
                if (not types or r["type"] in types) and (not places or r["jurisdiction"] in places)
            ]
            rows += self._read(q.entities_by_ids(self.dialect), {"ids": [technology]})
        else:
            query = q.filtered_entities(by_type=bool(types), by_jurisdiction=bool(places))
            params: dict[str, Any] = {"cap": cap}
            if types:
                params["types"] = types
            if places:
                params["jurisdictions"] = places
            rows = self._read(query, params)
        truncated = len(rows) > limit
        nodes = {r["id"]: entity_from_row(r) for r in rows[:limit]}
        return self._with_facts_among(nodes, total=len(rows), truncated=truncated, centre=technology)

    def _with_facts_among(
        self,
        nodes: dict[str, Entity],
        *,
        total: int,
        truncated: bool,
        centre: str = "",
        fact_rows: list[Row] | None = None,
        relation_types: frozenset[str] | None = None,
    ) -> Subgraph:
        """The nodes and every fact among them (``fact_rows`` when already read)."""
        rows = fact_rows
        if rows is None:
            keys = list(self._keys(sorted(nodes)))
            rows = self._read(q.facts_among(self.dialect), {"keys": keys}) if keys else []
        facts = {
            f.id: f
            for f in map(fact_from_row, rows)
            if (relation_types is None or f.type in relation_types)
            and f.subject_id in nodes
            and f.object_id in nodes
        }
        return Subgraph(
            nodes=tuple(nodes[i] for i in sorted(nodes)),
            facts=tuple(facts[i] for i in sorted(facts)),
            total_nodes=total,
            truncated=truncated,
            centre=centre,
        )

    def whole_graph(self) -> Subgraph:
        """Every entity and typed fact (for analytics and exports; no provenance)."""
        nodes = {r["id"]: entity_from_row(r) for r in self._read(q.ALL_ENTITY_ROWS)}
        facts = [fact_from_row(r) for r in self._read(q.every_fact(self.dialect))]
        return Subgraph(
            nodes=tuple(nodes[i] for i in sorted(nodes)),
            facts=tuple(sorted(facts, key=lambda f: f.id)),
            total_nodes=len(nodes),
        )

    def shortest_paths(
        self,
        source: str,
        target: str,
        *,
        max_depth: int = 4,
        limit: int = 10,
        relation_types: frozenset[str] | None = None,
    ) -> Paths:
        """All shortest undirected paths (up to ``limit``) by a breadth-first search from both ends."""
        if source == target:
            sub = self._with_facts_among(self._entities([source]), total=1, truncated=False)
            return Paths(source, target, ((source,),) if sub.nodes else (), sub, 1)
        ends = self._keys([source, target])
        key_of = {node_id: key for key, node_id in ends.items()}
        if len(key_of) < 2:
            return Paths(source, target, (), Subgraph(nodes=(), facts=(), total_nodes=0, centre=source), 0)
        ids: dict[Any, str] = dict(ends)
        types = sorted(relation_types) if relation_types is not None else None
        query = q.steps_from(self.dialect, by_type=types is not None)
        # parents[side][node] = the nodes one step closer to that side's start (all as keys)
        parents: list[dict[Any, set[Any]]] = [{key_of[source]: set()}, {key_of[target]: set()}]
        frontiers: list[set[Any]] = [{key_of[source]}, {key_of[target]}]
        meeting: set[Any] = set()
        for _ in range(max_depth):
            side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
            if not frontiers[side] or types == []:
                break
            reached: dict[Any, set[Any]] = defaultdict(set)
            for row in self._read(query, _traversal_params(sorted(frontiers[side]), types)):
                if row["there"] not in parents[side]:
                    reached[row["there"]].add(row["here"])
                    ids[row["there"]] = row["id"]
            for node, via in reached.items():
                parents[side][node] = via
            frontiers[side] = set(reached)
            meeting = set(parents[0]) & set(parents[1])
            if meeting:
                break
        paths: list[tuple[str, ...]] = []
        for middle in meeting:
            for left in _walks(parents[0], middle):
                for right in _walks(parents[1], middle):
                    paths.append(tuple(ids[k] for k in (*reversed(left), *right[1:])))
        shortest = min((len(p) for p in paths), default=0)
        paths = sorted({p for p in paths if len(p) == shortest})[:limit]
        on_paths = {n for p in paths for n in p}
        nodes, fact_rows = self._entities_and_facts(
            sorted(on_paths), [key for key, node_id in ids.items() if node_id in on_paths]
        )
        sub = self._with_facts_among(
            nodes, fact_rows=fact_rows, total=len(on_paths), truncated=False, centre=source
        )
        steps = {frozenset(pair) for p in paths for pair in pairwise(p)}
        sub = Subgraph(
            nodes=sub.nodes,
            facts=tuple(f for f in sub.facts if frozenset((f.subject_id, f.object_id)) in steps),
            total_nodes=sub.total_nodes,
            centre=source,
        )
        return Paths(source, target, tuple(paths), sub, len(parents[0]) + len(parents[1]))

    def stats(self) -> StoreStats:
        docs = {r["key"]: int(r["n"]) for r in self._read(q.COUNT_DOCUMENTS)}
        ents = {r["key"]: int(r["n"]) for r in self._read(q.COUNT_ENTITIES)}
        rels = {r["key"]: int(r["n"]) for r in self._read(q.count_facts(self.dialect))}
        return StoreStats(
            documents=sum(docs.values()),
            entities=sum(ents.values()),
            relations=sum(rels.values()),
            mentions=int(self._read(q.COUNT_MENTIONS)[0]["n"]),
            evidence=int(self._read(q.COUNT_EVIDENCE)[0]["n"]),
            entities_by_type=dict(sorted(ents.items())),
            relations_by_type=dict(sorted(rels.items())),
            documents_by_status=dict(sorted(docs.items())),
        )

    def documents(self) -> list[dict[str, Any]]:
        return self._read(q.ALL_DOCUMENTS)

    def document_entities(self, doc_id: str) -> list[dict[str, Any]]:
        return self._read(q.DOCUMENT_ENTITIES, {"id": doc_id})

    def dump(self) -> dict[str, Any]:
        """Sorted plain data of the whole graph; equal dumps mean equal graphs, whatever the store."""

        def clean(rows: list[Row]) -> list[Row]:
            out = []
            for row in rows:
                item = {}
                for k, v in sorted(row.items()):
                    if isinstance(v, list):
                        v = sorted(v) if k not in ("labels",) else v
                    if isinstance(v, float):
                        v = round(v, 6)
                    item[k] = v
                out.append(item)
            return out

        entities = self._read(q.ALL_ENTITY_ROWS)
        return {
            "documents": clean(self._read(q.ALL_DOCUMENTS)),
            "entities": clean(entities),
            "facts": clean(self._read(q.all_facts(self.dialect))),
            "mentions": clean(self._read(q.ALL_MENTIONS)),
            "evidence": clean(self._read(q.ALL_EVIDENCE)),
        }


def _confidence(row: Row) -> float:
    """A row's confidence; 0 where it has none (a new entity, or a node written by hand or older tools)."""
    return float(row.get("confidence") or 0.0)


def _entity_summary(
    entity_id: str, name: str, names: list[str] | None, origin: str, aliases: set[str], confidence: float
) -> Row:
    """A curated entity keeps its lexicon name; a discovered one is named by its first alias in key order."""
    curated = origin == "lexicon"
    ordered = sorted(aliases)
    shown = name if curated or not ordered else min(ordered, key=lambda a: (name_key(a), a))
    keys = sorted({name_key(x) for x in [shown, *(names or []), *ordered]} - {""})
    return {
        "id": entity_id,
        "aliases": ordered,
        "name": shown,
        "search_text": SEARCH_SEPARATOR + SEARCH_SEPARATOR.join(keys) + SEARCH_SEPARATOR,
        "confidence": 1.0 if curated else confidence,
    }


def _traversal_params(frontier: list[Any], types: list[str] | None, **more: Any) -> dict[str, Any]:
    """Parameters of a step from ``frontier``; ``types`` only when the walk is limited to some."""
    params = {"frontier": frontier, **more}
    if types is not None:
        params["types"] = types
    return params


def _walks(parents: dict[Any, set[Any]], node: Any) -> list[tuple[Any, ...]]:
    """Every walk from ``node`` back to the search's start, following ``parents``."""
    if not parents.get(node):
        return [(node,)]
    return [(node, *rest) for parent in sorted(parents[node]) for rest in _walks(parents, parent)]
