"""Ingest throughput on a generated corpus, and what a re-ingest of the unchanged corpus costs.

Figures, not pass/fail: extraction MB/s with one worker (per core) and with every worker, the
end-to-end ingest into the embedded store, and the ratio of the first ingest to a re-ingest of the
same, unchanged corpus (both in this run, on this machine).

    python -m benchmarks.ingest --mb 20            # generates the corpus in a temporary folder
    python -m benchmarks.ingest --corpus DIR       # or uses yours
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import threading
import time
from pathlib import Path

from app.ingest_run import ingest_paths
from benchmarks.generate_corpus import generate
from ingest.batch import extract_paths
from ingest.lexicon import default_lexicon
from ingest.load import find_documents
from kg.stores import open_store


class _WorkerPeak:
    """The largest peak RSS (VmHWM) among this process's descendants, sampled from /proc while it runs:
    workers start from a forkserver, so they are not children whose usage RUSAGE_CHILDREN collects."""

    def __init__(self) -> None:
        self.megabytes = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> _WorkerPeak:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            parents: dict[int, int] = {}
            peaks: dict[int, float] = {}
            for status in Path("/proc").glob("[0-9]*/status"):
                try:
                    fields = dict(
                        line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
                    )
                    pid = int(status.parent.name)
                    parents[pid] = int(fields["PPid"])
                    peaks[pid] = int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
                except (OSError, KeyError, ValueError):
                    continue  # a process that ended while it was read
            me = os.getpid()
            for pid, peak in peaks.items():
                ancestor = parents.get(pid)
                while ancestor and ancestor != me:
                    ancestor = parents.get(ancestor)
                if ancestor == me:
                    self.megabytes = max(self.megabytes, peak)


def _megabytes(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def _extract(paths: list[Path], workers: int) -> tuple[float, int]:
    started = time.perf_counter()
    relations = sum(len(f.relations) for f in extract_paths(paths, workers=workers))
    return time.perf_counter() - started, relations


def run(corpus: Path, workers: int, sample_mb: float) -> None:
    paths = find_documents([str(corpus)])
    total_mb = _megabytes(paths)
    default_lexicon()  # built once, outside every timing
    sample: list[Path] = []
    for path in paths:
        if _megabytes(sample) >= sample_mb:
            break
        sample.append(path)
    print(f"corpus: {len(paths)} documents, {total_mb:.1f} MB; {workers} workers on {os.cpu_count()} cores")

    with _WorkerPeak() as workers_peak:
        _timed_runs(paths, sample, total_mb, workers)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS            : {peak:.0f} MB (this process), {workers_peak.megabytes:.0f} MB (largest worker)"
    )


def _timed_runs(paths: list[Path], sample: list[Path], total_mb: float, workers: int) -> None:
    seconds, relations = _extract(sample, 1)
    one = _megabytes(sample) / seconds
    print(f"extract, 1 worker   : {_megabytes(sample):6.1f} MB in {seconds:6.1f} s = {one:5.2f} MB/s per core"
          f" ({relations} relations)")  # fmt: skip
    seconds, relations = _extract(paths, workers)
    many = total_mb / seconds
    print(f"extract, {workers} workers  : {total_mb:6.1f} MB in {seconds:6.1f} s = {many:5.2f} MB/s"
          f" ({many / one:.2f}x one worker; {relations} relations)")  # fmt: skip

    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(f"embedded:{Path(scratch) / 'bench.db'}")
        try:
            started = time.perf_counter()
            first = ingest_paths(store, paths, workers=workers)
            first_seconds = time.perf_counter() - started
            started = time.perf_counter()
            again = ingest_paths(store, paths, workers=workers)
            again_seconds = time.perf_counter() - started
        finally:
            store.close()
    print(f"ingest to embedded  : {total_mb:6.1f} MB in {first_seconds:6.1f} s = {total_mb / first_seconds:5.2f} MB/s"
          f" end to end ({first.relations_added} relations, {dict(first.statuses)})")  # fmt: skip
    print(f"re-ingest unchanged : {again_seconds:6.2f} s ({dict(again.statuses)}); "
          f"first / re-ingest = {first_seconds / again_seconds:.1f}x")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of documents (default: generate one)")
    parser.add_argument("--mb", type=float, default=20.0, help="size of the generated corpus")
    parser.add_argument("--sample-mb", type=float, default=4.0, help="size timed with one worker")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.corpus:
        run(args.corpus, args.workers, args.sample_mb)
        return
    with tempfile.TemporaryDirectory() as scratch:
        generate(Path(scratch), args.mb)
        run(Path(scratch), args.workers, args.sample_mb)


if __name__ == "__main__":
    main()
