"""Store speed on a generated graph: load rates, latencies, idempotence cost and memory, per store.

The graph has ENTITIES entities and RELATIONS relations with provenance (a mention for each end and an
evidence sentence per relation), written as documents of --per-doc relations (200), exactly as
ingest writes them. Two naive writers run on new documents in the same run, in rounds alternating with
the batched writer, so the ratios compare like with like: the batched writer's own statements and rows
sent one row per statement, in one transaction per document (the strict baseline), and each committed
on its own (what a loop over ``session.run`` does).

    python -m benchmarks.stores                       # both stores, 20k entities / 100k relations
    python -m benchmarks.stores --stores embedded --relations 20000
    python -m benchmarks.stores --stores neo4j --without-mentions   # what the mentions cost each writer
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg import ids
from kg.model import DocStatus, Document, DocumentFacts, Entity, Evidence, Mention, Relation
from kg.stores import cypher as q
from kg.stores import open_store
from kg.vocab import RELATION_DOMAIN, RELATION_RANGE, EntityType, RelationType

ROOT = Path(__file__).resolve().parents[1]
TYPES = (
    EntityType.CENTRAL_BANK, EntityType.SUPERVISORY_AUTHORITY, EntityType.BANK, EntityType.FINTECH_COMPANY,
    EntityType.PROJECT, EntityType.PAYMENT_SYSTEM, EntityType.TECHNOLOGY, EntityType.JURISDICTION, EntityType.LAW,
)  # fmt: skip
RELATIONS = (
    (RelationType.REGULATES, EntityType.SUPERVISORY_AUTHORITY, EntityType.BANK),
    (RelationType.LAUNCHES, EntityType.CENTRAL_BANK, EntityType.PROJECT),
    (RelationType.PARTICIPATES_IN, EntityType.BANK, EntityType.PROJECT),
    (RelationType.USES_TECHNOLOGY, EntityType.FINTECH_COMPANY, EntityType.TECHNOLOGY),
    (RelationType.OPERATES, EntityType.CENTRAL_BANK, EntityType.PAYMENT_SYSTEM),
    (RelationType.PARTNERS_WITH, EntityType.BANK, EntityType.FINTECH_COMPANY),
    (RelationType.BASED_IN, EntityType.BANK, EntityType.JURISDICTION),
    (RelationType.ISSUES, EntityType.CENTRAL_BANK, EntityType.LAW),
)
# Writers compared on new documents, in rounds that alternate them, so that the machine's drift (10-20%
# within minutes here) falls on all three alike. Documents per writer and round: the naive writers are
# 10x and 30x slower, so fewer of theirs take about as long.
ROUNDS = 5
BATCHED_DOCS, NAIVE_DOCS, AUTOCOMMIT_DOCS = 10, 4, 1
EDITED_DOCS = 11  # the first warms up
assert all(RELATION_DOMAIN[r] is not None and RELATION_RANGE[r] is not None for r, _, _ in RELATIONS)


def generate(
    entities: int, relations: int, per_doc: int, seed: int = 11, prefix: str = "bench"
) -> list[DocumentFacts]:
    """Documents whose facts together make a graph with a few hubs, like the real one. The entities
    depend on ``entities`` alone, so documents made with another seed and prefix speak of the same ones."""
    rng = random.Random(seed)
    pool: dict[EntityType, list[Entity]] = {t: [] for t in TYPES}
    for i in range(entities):
        entity_type = TYPES[i % len(TYPES)]
        name = f"{entity_type.value} {i:05d}"
        pool[entity_type].append(Entity(ids.discovered_entity_id(entity_type.value, name), entity_type, name,
                                        origin="benchmark", confidence=0.6))  # fmt: skip
    docs: list[DocumentFacts] = []
    made = 0
    seen: set[str] = set()
    while made < relations:
        doc_id = f"doc:{prefix}{len(docs):06d}"
        ents: dict[str, Entity] = {}
        rels: dict[str, Relation] = {}
        mentions: dict[str, Mention] = {}
        evidence: dict[str, Evidence] = {}
        offset = 0
        while len(rels) < per_doc and made < relations:
            relation, s_type, o_type = rng.choice(RELATIONS)
            # Preferential choice: low indices are hubs (a regulator regulates many banks); the busiest
            # entity of a type takes about 2% of its relations, as "China" or "blockchain" do in news.
            subject = pool[s_type][int((rng.paretovariate(1.2) - 1) * 50) % len(pool[s_type])]
            obj = pool[o_type][rng.randrange(len(pool[o_type]))]
            fact = ids.fact_id(subject.id, relation.value, obj.id)
            if fact in rels or (fact in seen and rng.random() > 0.1):
                continue  # mostly new facts; one in ten repeats a known one, adding support
            if fact not in seen:
                seen.add(fact)
                made += 1
            sentence = f"{subject.name} {relation.value.lower()} {obj.name}."
            ents[subject.id], ents[obj.id] = subject, obj
            rels[fact] = Relation(fact, relation, subject.id, obj.id)
            for entity, start in ((subject, offset), (obj, offset + len(sentence) - len(obj.name) - 1)):
                end = start + len(entity.name)
                mid = ids.mention_id(doc_id, entity.id, start, end)
                mentions[mid] = Mention(mid, entity.id, doc_id, start, end, entity.name, 0, "benchmark", 0.6)
            eid = ids.evidence_id(fact, doc_id, offset, offset + len(sentence))
            evidence[eid] = Evidence(
                eid, fact, doc_id, sentence, offset, offset + len(sentence), "benchmark", 0.8
            )
            offset += len(sentence) + 1
        document = Document(doc_id, f"bench/{doc_id[4:]}.txt", doc_id, DocStatus.OK, "text", doc_id, "en",
                            extractor_version="benchmark")  # fmt: skip
        docs.append(DocumentFacts(document, tuple(ents.values()), tuple(mentions.values()),
                                  tuple(rels.values()), tuple(evidence.values())))  # fmt: skip
    return docs


def edited_versions(docs: list[DocumentFacts], entities: int, per_doc: int) -> list[DocumentFacts]:
    """``docs`` (the first of a ``generate`` run with the default seed) as edited files: the same paths
    with new content that states the same facts, so each write first retracts the old version
    (mentions, evidence, support, aliases) and then adds its own."""
    again = generate(entities, len(docs) * per_doc, per_doc, prefix="edit")
    return [
        dataclasses.replace(e, document=dataclasses.replace(e.document, source_path=d.document.source_path))
        for d, e in zip(docs, again, strict=False)
    ]


def naive_write(store: Any, facts: DocumentFacts, *, commit_each_row: bool = False) -> None:
    """The writer we do not use: the batched writer's own statements and rows, one row per statement.

    The same data lands the same way (every property, label and provenance row, merged and created as
    the batched writer does), so the ratio measures batching and nothing else. By default the rows of
    a document share one transaction, the strict baseline. With ``commit_each_row`` every statement is
    its own transaction, as in a loop over ``session.run`` (``_autocommit``).
    """

    def one_row_at_a_time(run: Callable[[str, dict[str, Any]], Any]) -> Callable[[str, dict[str, Any]], Any]:
        def each(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
            listed = [k for k in ("rows", "ids", "mentions", "evidence") if isinstance(params.get(k), list)]
            if not listed:
                return list(run(query, params))
            results: list[dict[str, Any]] = []
            empty: dict[str, list[Any]] = {k: [] for k in listed}
            for key in listed:  # a statement of several lists (INSERT_PROVENANCE): each list's rows alone
                for item in params[key]:
                    results.extend(run(query, {**params, **empty, key: [item]}))
            if query == q.MERGE_FACTS:  # one count per statement: the document's is their sum
                return [{"created": sum(r["created"] for r in results)}]
            return results

        return each

    if commit_each_row:
        run, done = _autocommit(store)
        try:
            store._replace(one_row_at_a_time(run), facts)
        finally:
            done()
    else:
        store._write(lambda run: store._replace(one_row_at_a_time(run), facts))


def _autocommit(store: Any) -> tuple[Callable[[str, dict[str, Any]], Any], Callable[[], None]]:
    """A statement runner whose every statement commits alone, and what ends it. On Neo4j a loop over
    ``session.run`` in one session (implicit transactions: no BEGIN or COMMIT round trip, no session
    per statement, the cheapest way to commit row by row); on the embedded store a transaction each."""
    if store.name != "neo4j":
        return (lambda query, params: store._write(lambda run: run(query, params))), lambda: None
    from kg.stores.neo4j import _rows

    session = store._driver.session(database=store.database)

    def run(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        result = session.run(q.NEO4J_WRITE_OPTIONS + query, params)
        return _rows(list(result), result.keys())

    return run, session.close


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {p50 * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def bench_store(
    name: str,
    url: str,
    docs: list[DocumentFacts],
    samples: list[DocumentFacts],
    edits: list[DocumentFacts],
    server_pid: int | None,
) -> None:
    relations = sum(len(d.relations) for d in docs)
    print(f"\n== {name}: {len(docs)} documents, {relations} relations")
    store = open_store(url)
    store.ensure_schema()
    load = _timed(lambda: [store.write(d) for d in docs])
    print(f"load, all            : {relations / load:8.0f} relations/s ({load:.1f} s)")
    again = _timed(lambda: [store.write(d) for d in docs])
    print(f"re-write, unchanged  : {again:.1f} s ({load / again:.1f}x faster than the first load)")
    # On the loaded graph, before the writers' comparison adds to it. The first edit plans the
    # retraction's statements (a second or more on Neo4j) and is not timed.
    store.write(edits[0])
    edits = edits[1:]
    edited = _timed(lambda: [store.write(d) for d in edits])
    # Batched against naive at steady state: after the full load (a JVM's JIT is warm, caches are
    # full), each writer adds new documents about the same entities to the loaded graph.
    writers: dict[str, tuple[int, Callable[[DocumentFacts], Any]]] = {
        "batched": (BATCHED_DOCS, store.write),
        "naive": (NAIVE_DOCS, lambda d: naive_write(store, d)),
        "autocommit": (AUTOCOMMIT_DOCS, lambda d: naive_write(store, d, commit_each_row=True)),
    }
    written = dict.fromkeys(writers, 0)
    seconds = dict.fromkeys(writers, 0.0)
    queue = iter(samples)
    # Round 0 is not timed: Neo4j plans a statement once per size class of its list parameters (a
    # second or more for a document's first batch of facts in a new class), a one-time cost the
    # first new documents would otherwise carry; the naive writers' statements are planned there too.
    for round_ in range(ROUNDS + 1):
        for name, (count, write) in writers.items():
            batch = [next(queue) for _ in range(count)]
            took = _timed(lambda batch=batch, write=write: [write(d) for d in batch])
            if round_:
                seconds[name] += took
                written[name] += sum(len(d.relations) for d in batch)
    b_rate, n_rate, a_rate = (written[name] / seconds[name] for name in writers)
    b_docs, n_docs, a_docs = (ROUNDS * count for count, _ in writers.values())
    print(f"{f'batched, {b_docs} new docs':<21}: {b_rate:8.0f} relations/s"
          f" ({ROUNDS} rounds alternating with the naive writers, after one untimed)")  # fmt: skip
    print(f"{f'naive, {n_docs} new docs':<21}: {n_rate:8.0f} relations/s, one query per row, a transaction per document"
          f" (batched is {b_rate / n_rate:.1f}x)")  # fmt: skip
    print(f"{f'naive, {a_docs} new docs':<21}: {a_rate:8.0f} relations/s, one query per row, each committed alone"
          f" (batched is {b_rate / a_rate:.1f}x)")  # fmt: skip
    print(f"{f'edited, {len(edits)} docs':<21}: {edited / len(edits) * 1000:8.1f} ms per document (retract the old version, write the new)")  # fmt: skip
    stats = store.stats()
    print(f"stored               : {stats.entities} entities, {stats.relations} relations, "
          f"{stats.mentions} mentions, {stats.evidence} evidence")  # fmt: skip
    # Reads as the viewer makes them: a store opened after the ingest, not the writer's connection
    # (LadybugDB still holds the load's uncheckpointed pages there); the first queries warm it up.
    store.close()
    store = open_store(url)
    for entity_id in [e.id for d in docs[:5] for e in d.entities][:20]:
        store.neighbourhood(entity_id, depth=2, limit=300)

    rng = random.Random(5)
    graph_ids = [e.id for d in docs[:200] for e in d.entities]
    centres = rng.sample(graph_ids, 50)
    times = [_timed(lambda c=c: store.neighbourhood(c, depth=2, limit=300)) for c in centres]
    print(f"neighbourhood d2/300 : {_percentiles(times)}")
    pairs = [(rng.choice(graph_ids), rng.choice(graph_ids)) for _ in range(30)]
    times = [_timed(lambda a=a, b=b: store.shortest_paths(a, b, max_depth=4)) for a, b in pairs]
    print(f"shortest paths (≤4)  : {_percentiles(times)}")
    names = [f"{t.value} {rng.randrange(len(graph_ids)):05d}" for t in rng.choices(TYPES, k=30)]
    times = [_timed(lambda n=n: store.search(n)) for n in names]
    print(f"search (exact)       : {_percentiles(times)}")
    times = [_timed(lambda n=n: store.search(n[:-1] + "x")) for n in names[:10]]
    print(f"search (fuzzy)       : {_percentiles(times)}")
    store.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS             : {own:.0f} MB (this process, embedded store included)")
    if server_pid:
        print(f"peak RSS Neo4j       : {_vm_hwm(server_pid)}")


def _vm_hwm(pid: int) -> str:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return f"{int(line.split()[1]) / 1024:.0f} MB"
    except OSError:
        pass
    return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", default="embedded,neo4j")
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--per-doc", type=int, default=200)
    parser.add_argument(
        "--without-mentions",
        action="store_true",
        help="write no mentions (a what-if: how much of each writer's time the mentions take)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    docs = generate(args.entities, args.relations, args.per_doc)
    samples = generate(
        args.entities,
        (ROUNDS + 1) * (BATCHED_DOCS + NAIVE_DOCS + AUTOCOMMIT_DOCS) * args.per_doc,
        args.per_doc,
        seed=29,
        prefix="sample",
    )
    edits = edited_versions(docs[:EDITED_DOCS], args.entities, args.per_doc)
    if args.without_mentions:
        docs, samples, edits = (
            [dataclasses.replace(d, mentions=()) for d in ds] for ds in (docs, samples, edits)
        )
    print(f"generated {len(docs)} documents in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as scratch:
        if "embedded" in args.stores:
            bench_store(
                "embedded (LadybugDB)",
                f"embedded:{Path(scratch) / 'bench.db'}",
                docs,
                samples,
                edits,
                None,
            )
        if "neo4j" in args.stores:
            sys.path.insert(0, str(ROOT / "tools" / "neo4j"))
            import os

            import local_neo4j

            server = local_neo4j.start(Path(scratch) / "neo4j")
            os.environ["NEO4J_PASSWORD"] = server.password
            try:
                bench_store(
                    "Neo4j 5.26 (local, tools/neo4j)",
                    server.uri,
                    docs,
                    samples,
                    edits,
                    server.process.pid,
                )
            finally:
                local_neo4j.stop(server)


if __name__ == "__main__":
    main()
