"""Extract many documents, in a process pool when asked; one bad document never stops the batch."""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path

import pebble

from ingest.errors import DocumentRejected
from ingest.lexicon import default_lexicon
from ingest.load import read_document
from ingest.pipeline import extract_document, extractor_version
from kg import ids
from kg.model import DocStatus, Document, DocumentFacts

# Workers start from a fresh, single-threaded server process, never as a fork of the caller: a fork
# copies the locks the caller's other threads hold at that moment (an embedded store's, a driver's, a
# test runner's), and a worker that needs one hangs until its time limit or crashes. The server
# imports the pipeline once; each worker loads the lexicon as it starts.
_WORKERS = multiprocessing.get_context("forkserver")
_WORKERS.set_forkserver_preload(["ingest.pipeline"])


def _unread(path: Path, status: DocStatus, code: str, message: str) -> DocumentFacts:
    """A document whose bytes could not be read: its id comes from its path and the reason."""
    marker = f"{path.as_posix()}:{code}".encode()
    return DocumentFacts(
        Document(
            ids.undecoded_document_id(marker),
            path.as_posix(),
            "",
            status,
            error_code=code,
            error_message=message,
            extractor_version=extractor_version(default_lexicon()),
        )
    )


def extract_path(path: Path) -> DocumentFacts:
    """Read and extract one file; reading errors become the document's status, never an exception."""
    try:
        raw = read_document(path)
    except DocumentRejected as rejected:
        return _unread(path, rejected.status, rejected.code, rejected.message)
    except OSError as exc:
        return _unread(path, DocStatus.FAILED, "unreadable", f"{path}: {exc.strerror or exc}")
    return extract_document(path.as_posix(), raw)


def raw_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


DEFAULT_TIMEOUT_S = 120.0


def extract_paths(
    paths: list[Path],
    workers: int = 1,
    on_done: Callable[[Path], None] | None = None,
    timeout_s: float | None = None,
) -> Iterator[DocumentFacts]:
    """Facts for each path, in order. ``workers > 1`` extracts in that many processes.

    ``timeout_s`` bounds each document's wall-clock time (a PDF whose content loops forever, bad-inputs
    C22): the document is stopped with its worker process, which is replaced, and reported
    ``failed/timeout``. A process cannot stop itself mid-parse, so a timeout always means worker
    processes, even with one worker.
    """
    if timeout_s is None and (workers <= 1 or len(paths) < 2):
        for path in paths:
            yield extract_path(path)
            if on_done:
                on_done(path)
        return
    # A bounded window of documents in flight: results wait in order for a slow consumer (the store),
    # and a whole corpus of them must not.
    window = max(workers, 1) * 4
    with pebble.ProcessPool(
        max_workers=max(workers, 1), initializer=default_lexicon, context=_WORKERS
    ) as pool:
        pending: deque[tuple[Path, Future[DocumentFacts]]] = deque()

        def submit(path: Path) -> None:
            pending.append((path, pool.schedule(extract_path, args=(path,), timeout=timeout_s)))

        queued = iter(paths)
        for path in itertools.islice(queued, window):
            submit(path)
        while pending:
            path, future = pending.popleft()
            yield _outcome(path, future, timeout_s)
            if on_done:
                on_done(path)
            following = next(queued, None)
            if following is not None:
                submit(following)


def _outcome(path: Path, future: Future[DocumentFacts], timeout_s: float | None) -> DocumentFacts:
    try:
        return future.result()
    except TimeoutError:
        return _unread(path, DocStatus.FAILED, "timeout",
                       f"{path}: extraction took longer than {timeout_s:g} s and was stopped")  # fmt: skip
    except pebble.ProcessExpired as exc:  # killed for memory, or crashed in a native library
        return _unread(path, DocStatus.FAILED, "worker_died",
                       f"{path}: the extraction process ended unexpectedly (exit code {exc.exitcode})")  # fmt: skip
