"""Batches in worker processes: a document over its time limit, or whose worker dies, fails alone."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ingest import batch
from kg.model import DocStatus, DocumentFacts

REAL_EXTRACT = batch.extract_path


def misbehaving_extract(path: Path) -> DocumentFacts:
    """Module level, so worker processes can run it: stands in for a parser that loops or crashes."""
    if "hangs" in path.name:
        time.sleep(600)
    if "crashes" in path.name:
        os._exit(3)
    return REAL_EXTRACT(path)


@pytest.fixture
def batch_dir(tmp_path: Path) -> list[Path]:
    names = ["a.txt", "hangs.txt", "b.txt", "crashes.txt", "c.txt"]
    for name in names:
        (tmp_path / name).write_text(f"MAS launched Project Ubin. ({name})", encoding="utf-8")
    return [tmp_path / n for n in names]


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_stops_a_document_over_its_time_limit(
    batch_dir: list[Path], workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "extract_path", misbehaving_extract)
    started = time.monotonic()
    done: list[Path] = []
    results = list(batch.extract_paths(batch_dir, workers=workers, on_done=done.append, timeout_s=3))
    assert time.monotonic() - started < 60  # not the 600 s the document would take
    assert done == batch_dir  # in order, every one reported
    by_name = {Path(f.document.source_path).name: f for f in results}
    hung, crashed = by_name["hangs.txt"].document, by_name["crashes.txt"].document
    assert (hung.status, hung.error_code) == (DocStatus.FAILED, "timeout")
    assert "hangs.txt" in hung.error_message and "3 s" in hung.error_message
    assert (crashed.status, crashed.error_code) == (DocStatus.FAILED, "worker_died")
    assert "crashes.txt" in crashed.error_message
    for name in ("a.txt", "b.txt", "c.txt"):  # the others, before and after, are untouched
        assert by_name[name].document.status == DocStatus.OK
        assert [r.type.value for r in by_name[name].relations] == ["LAUNCHES"]


def test_batch_in_processes_gives_what_one_process_gives(batch_dir: list[Path]) -> None:
    good = [p for p in batch_dir if p.name in ("a.txt", "b.txt", "c.txt")]
    assert list(batch.extract_paths(good, workers=2, timeout_s=60)) == list(batch.extract_paths(good))
