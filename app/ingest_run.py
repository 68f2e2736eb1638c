"""An ingest run: find documents, skip unchanged ones, extract, write each in its own transaction.

This is where ingest meets a store: extraction stays pure (ingest), writing stays in the store (kg).
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from ingest.batch import extract_paths, raw_sha256
from ingest.lexicon import default_lexicon
from ingest.pipeline import extractor_version
from kg.errors import CommitUnknownError, KGError
from kg.model import DocumentFacts
from kg.rdf_import import facts_from_graph
from kg.stores.base import GraphStore

UNCHANGED = "unchanged"


@dataclass
class RunReport:
    statuses: Counter[str] = field(default_factory=Counter)
    entities_added: int = 0
    entities_removed: int = 0
    relations_added: int = 0
    relations_removed: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (path, code, message)
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return sum(self.statuses.values())


def _stored_index(store: GraphStore) -> dict[str, dict[str, object]]:
    index: dict[str, dict[str, object]] = {}
    for doc in store.documents():
        for path in doc.get("source_paths") or []:
            index[path] = doc
    return index


def write_facts(store: GraphStore, facts: DocumentFacts, report: RunReport) -> None:
    doc = facts.document
    try:
        result = store.write(facts)
    except CommitUnknownError as exc:
        # The write may have landed. Flag the document so the next run writes it again; writes are
        # idempotent, so either way the graph ends up as if it had been written once.
        report.statuses["failed"] += 1
        report.problems.append((doc.source_path, "commit_unknown", f"{doc.source_path}: {exc}"))
        # If the store is unreachable now: a landed commit landed whole, a lost one stored nothing.
        with contextlib.suppress(Exception):
            store.mark_for_reprocessing(doc.id, "commit_unknown", str(exc))
        return
    except KGError:
        raise
    except Exception as exc:  # a store fault: this document is reported and re-processed next run
        report.statuses["failed"] += 1
        report.problems.append((doc.source_path, "write_failed", f"{type(exc).__name__}: {exc}"))
        return
    if result.unchanged:
        report.statuses[UNCHANGED] += 1
        return
    report.statuses[doc.status.value] += 1
    if doc.error_code:
        report.problems.append((doc.source_path, doc.error_code, doc.error_message))
    report.entities_added += result.entities_added
    report.entities_removed += result.entities_removed
    report.relations_added += result.relations_added
    report.relations_removed += result.relations_removed


def ingest_paths(
    store: GraphStore,
    paths: list[Path],
    *,
    workers: int = 1,
    sync_deletes: bool = False,
    on_done: Callable[[Path], None] | None = None,
    timeout_s: float | None = None,
) -> RunReport:
    started = time.perf_counter()
    report = RunReport()
    store.ensure_schema()
    store.check_schema()
    version = extractor_version(default_lexicon())
    index = _stored_index(store)
    todo: list[Path] = []
    for path in paths:
        stored = index.get(path.as_posix())
        if (
            stored
            and stored.get("extractor_version") == version
            and stored.get("raw_sha256") == raw_sha256(path)
            and stored.get("status") not in ("failed",)
        ):
            report.statuses[UNCHANGED] += 1
            if on_done:
                on_done(path)
            continue
        todo.append(path)
    for facts in extract_paths(todo, workers=workers, on_done=on_done, timeout_s=timeout_s):
        write_facts(store, facts, report)
    if sync_deletes:
        for stored_path, doc in sorted(index.items()):
            if Path(stored_path).exists():
                continue
            paths_of_doc: list[str] = list(doc.get("source_paths") or [])  # type: ignore[call-overload]
            if not any(Path(p).exists() for p in paths_of_doc):
                result = store.delete_document(str(doc["id"]))
                report.statuses["deleted"] += 1
                report.entities_removed += result.entities_removed
                report.relations_removed += result.relations_removed
    report.seconds = time.perf_counter() - started
    return report


def load_facts(store: GraphStore, records: Iterable[DocumentFacts]) -> RunReport:
    started = time.perf_counter()
    report = RunReport()
    store.ensure_schema()
    for facts in records:
        write_facts(store, facts, report)
    report.seconds = time.perf_counter() - started
    return report


def import_graph(store: GraphStore, graph: Graph) -> RunReport:
    """Write a graph that kg.rdf exported (see kg.rdf_import) document by document, like an ingest."""
    started = time.perf_counter()
    report = RunReport()
    store.ensure_schema()
    for facts, paths in facts_from_graph(graph):
        write_facts(store, facts, report)
        for extra in paths[1:]:  # the same content under more file names: one document, more paths
            store.write(replace(facts, document=replace(facts.document, source_path=extra)))
    report.seconds = time.perf_counter() - started
    return report
