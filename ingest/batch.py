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


def extract_path(path: Path) -> DocumentFacts:
    """Read and extract one file; reading errors become the document's status, never an exception."""
    try:
        raw = read_document(path)
    except DocumentRejected as rejected:
        marker = f"{path.as_posix()}:{rejected.code}".encode()
        return DocumentFacts(
            Document(
                ids.undecoded_document_id(marker),
                path.as_posix(),
                "",
                rejected.status,
                error_code=rejected.code,
                error_message=rejected.message,
                extractor_version=extractor_version(default_lexicon()),
            )  # fmt: skip
        )
    except OSError as exc:
        marker = f"{path.as_posix()}:unreadable".encode()
        return DocumentFacts(
            Document(
                ids.undecoded_document_id(marker),
                path.as_posix(),
                "",
                DocStatus.FAILED,
                error_code="unreadable",
                error_message=f"{path}: {exc.strerror or exc}",
                extractor_version=extractor_version(default_lexicon()),
            )  # fmt: skip
        )
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
