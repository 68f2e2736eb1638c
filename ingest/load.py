"""Finding documents (files, folders, globs) and reading their bytes within limits."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from ingest.errors import failed

MAX_BYTES = 64 * 1024 * 1024
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx", ".text")


def find_documents(inputs: Iterable[str]) -> list[Path]:
    """Files named, files under folders (recursively, known suffixes) and glob matches; sorted, unique."""
    found: dict[str, Path] = {}
    for item in inputs:
        matches = [Path(p) for p in glob.glob(item, recursive=True)] if glob.has_magic(item) else [Path(item)]
        for path in matches:
            if path.is_dir():
                for child in sorted(path.rglob("*")):
                    if (
                        child.is_file()
                        and child.suffix.lower() in DOCUMENT_SUFFIXES
                        and not child.name.startswith(".")
                    ):
                        found.setdefault(child.as_posix(), child)
            elif path.is_file():
                found.setdefault(path.as_posix(), path)
            else:
                raise FileNotFoundError(f"{item}: no such file or folder")
    return [found[k] for k in sorted(found)]


def read_document(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; the size cap is checked before reading (a 3 GB file is never loaded)."""
    size = os.stat(path).st_size
    if size > max_bytes:
        raise failed("too_large", f"{path}: {size / 1e6:.1f} MB exceeds the cap of {max_bytes / 1e6:.0f} MB")
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise failed("too_large", f"{path}: exceeds the cap of {max_bytes / 1e6:.0f} MB")
    return data


__all__ = ["MAX_BYTES", "find_documents", "read_document"]
