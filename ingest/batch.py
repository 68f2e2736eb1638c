"""Extract many documents, in a process pool when asked; one bad document never stops the batch."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ingest.errors import DocumentRejected
from ingest.lexicon import default_lexicon
from ingest.load import read_document
from ingest.pipeline import extract_document, extractor_version
from kg import ids
from kg.model import DocStatus, Document, DocumentFacts


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


def extract_paths(
    paths: list[Path], workers: int = 1, on_done: Callable[[Path], None] | None = None
) -> Iterator[DocumentFacts]:
    """Facts for each path, in order. ``workers > 1`` extracts in that many processes."""
    if workers <= 1 or len(paths) < 2:
        for path in paths:
            yield extract_path(path)
            if on_done:
                on_done(path)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for path, facts in zip(paths, pool.map(extract_path, paths, chunksize=4), strict=True):
            yield facts
            if on_done:
                on_done(path)
