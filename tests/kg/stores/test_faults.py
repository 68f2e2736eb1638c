"""Faults (bad-inputs.md part E): retried transients, lost commits, crashes and concurrent writers.

Real stores throughout; the Neo4j driver's failures are injected only where a real server cannot be
made to show them on demand (a deadlock inside one transaction, a connection lost during COMMIT).
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import neo4j
import pytest
from neo4j import exceptions as neo4j_errors

from app.ingest_run import ingest_paths
from ingest.load import find_documents
from ingest.pipeline import extract_document
from kg.stores import GraphStore, open_store
from tests.conftest import CORPUS, ROOT


def canonical(store) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(store.dump(), sort_keys=True, ensure_ascii=False)


def clean_dump(url: str, corpus: Path = CORPUS) -> str:
    """The dump of an uninterrupted ingest of ``corpus`` into ``url``."""
    store = open_store(url)
    try:
        ingest_paths(store, find_documents([str(corpus)]))
        return canonical(store)
    finally:
        store.close()


def clear(url: str) -> None:
    store = open_store(url)
    store._write(lambda run: run("MATCH (n) DETACH DELETE n", {}))
    store.close()


@pytest.fixture
def neo4j_url(neo4j_server, monkeypatch: pytest.MonkeyPatch) -> str:  # type: ignore[no-untyped-def]
    uri, password = neo4j_server
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    store = open_store(uri)
    store.ensure_schema()
    store.close()
    clear(uri)
    return str(uri)


@pytest.mark.neo4j
def test_faults_transient_error_mid_document_is_retried_without_duplicates(neo4j_url: str) -> None:
    expected = clean_dump(neo4j_url)
    clear(neo4j_url)
    store = open_store(neo4j_url)
    calls = {"n": 0}
    real_replace = store._replace

    def deadlock_once(run, facts):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        result = real_replace(run, facts)  # the whole document is written inside the transaction...
        if calls["n"] == 1:  # ...then the server reports a deadlock: the driver must roll back and retry
            raise neo4j_errors.TransientError("Neo.TransientError.Transaction.DeadlockDetected", "simulated")
        return result

    store._replace = deadlock_once  # type: ignore[method-assign]
    try:
        report = ingest_paths(store, find_documents([str(CORPUS)]))
        assert report.statuses["failed"] == 0
        assert calls["n"] == report.documents + 1  # one retry, for the first document only
        assert canonical(store) == expected
    finally:
        store.close()


@pytest.mark.neo4j
def test_faults_connection_lost_during_commit_is_repaired_next_run(
    neo4j_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = clean_dump(neo4j_url)
    clear(neo4j_url)
    real_execute_write = neo4j.Session.execute_write
    writes = {"n": 0}

    def commit_then_drop(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = real_execute_write(self, fn, *args, **kwargs)
        writes["n"] += 1
        if writes["n"] == 3:  # the third document commits, but the client never hears back
            raise neo4j_errors.IncompleteCommit("simulated: connection lost during COMMIT")
        return result

    monkeypatch.setattr(neo4j.Session, "execute_write", commit_then_drop)
    store = open_store(neo4j_url)
    try:
        first = ingest_paths(store, find_documents([str(CORPUS)]))
    finally:
        store.close()
    monkeypatch.setattr(neo4j.Session, "execute_write", real_execute_write)
    assert first.statuses["failed"] == 1
    assert [code for _path, code, _message in first.problems] == ["commit_unknown"]

    store = open_store(neo4j_url)
    try:
        second = ingest_paths(store, find_documents([str(CORPUS)]))
        assert second.statuses["unchanged"] == first.documents - 1  # only the flagged one is redone
        assert canonical(store) == expected
    finally:
        store.close()


@pytest.mark.neo4j
def test_faults_two_workers_at_once_give_one_graph(neo4j_url: str) -> None:
    expected = clean_dump(neo4j_url)
    clear(neo4j_url)
    paths = find_documents([str(CORPUS)])
    _at_once(neo4j_url, [lambda store, o=order: ingest_paths(store, o) for order in (paths, paths[::-1])])
    store = open_store(neo4j_url)
    try:
        assert canonical(store) == expected
    finally:
        store.close()


WRITERS = 6


def _at_once(url: str, jobs: list[Callable[[GraphStore], object]]) -> None:
    """Each job on its own store (its own driver) in its own thread, all released together; none
    may fail."""
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def worker(job: Callable[[GraphStore], object]) -> None:
        store = open_store(url)
        try:
            barrier.wait()
            job(store)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=worker, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors


@pytest.mark.neo4j
def test_faults_writers_of_one_document_at_once_store_it_once(neo4j_url: str) -> None:
    """Mentions and evidence are created without a uniqueness check: the document's lock is what keeps
    concurrent writers of one document (its copies, or a re-extraction) from adding them twice."""
    text = sorted(CORPUS.iterdir())[0].read_bytes()
    copies = [extract_document(f"copies/{i}.md", text) for i in range(WRITERS)]
    upgraded = [
        dataclasses.replace(c, document=dataclasses.replace(c.document, extractor_version="next"))
        for c in copies
    ]
    store = open_store(neo4j_url)
    try:
        for facts in (*copies, *upgraded):
            store.write(facts)
        expected = canonical(store)
        clear(neo4j_url)
        for versions in (copies, upgraded):
            _at_once(neo4j_url, [lambda store, v=v: store.write(v) for v in versions])
            stats = store.stats()
            assert (stats.mentions, stats.evidence) == (len(copies[0].mentions), len(copies[0].evidence))
            [document] = store.documents()
            assert sorted(document["source_paths"]) == sorted(c.document.source_path for c in copies)
        assert canonical(store) == expected
    finally:
        store.close()


@pytest.mark.neo4j
def test_faults_fifty_writers_merging_one_key_make_one_node(neo4j_url: str) -> None:
    store = open_store(neo4j_url)
    barrier = threading.Barrier(50)

    def merge() -> None:
        barrier.wait()
        store._write(lambda run: run("MERGE (e:Entity {id: 'race.key'}) SET e.name = 'Race'", {}))

    threads = [threading.Thread(target=merge) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert store.cypher("MATCH (e:Entity {id: 'race.key'}) RETURN count(e)").rows[0][0] == 1
    finally:
        store.close()


KILL_AFTER_BYTES = 200_000  # of database files written: some documents are committed by then


def test_faults_killed_run_resumes_to_the_same_graph(tmp_path: Path) -> None:
    """SIGKILL in the middle of an ingest run, then run again: the graph equals an uninterrupted run."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(CORPUS.iterdir()):
        for copy in range(3):  # enough documents for the kill to land mid-run
            (corpus / f"{copy}-{path.name}").write_bytes(path.read_bytes() + f"\n\n{copy}".encode())
    reference = f"embedded:{tmp_path / 'reference.db'}"
    clean = clean_dump(reference, corpus)

    target = tmp_path / "killed.db"
    command = [sys.executable, "-m", "app.cli", "ingest", str(corpus), "--store", f"embedded:{target}"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (target.exists() and _size(target) > KILL_AFTER_BYTES):
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be killed; the test needs more documents"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    store = open_store(f"embedded:{target}")
    try:
        stored_before = store.stats().documents
        resumed = ingest_paths(store, find_documents([str(corpus)]))
        assert 0 < stored_before < resumed.documents, stored_before  # killed mid-run, after some commits
        assert resumed.statuses["failed"] == 0
        assert canonical(store) == clean
    finally:
        store.close()


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size + sum(
        p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file() and p != path
    )
