"""Relation triggers: the one-pass scan against one ``re.finditer`` per rule, on the same texts.

Figures, not pass/fail. Both must find the same matches (checked here too); the ratio is what the scan
saves in each document's extraction.

    python -m benchmarks.triggers --mb 4           # generates a corpus in a temporary folder
    python -m benchmarks.triggers --corpus DIR
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate_corpus import generate
from ingest.load import find_documents
from ingest.normalize import normalize
from ingest.relation_rules import RULES
from ingest.trigger_scan import TriggerScanner


def _texts(corpus: Path) -> list[str]:
    """Each document's matching text (decoded as UTF-8; what is not UTF-8 is left out)."""
    texts = []
    for path in find_documents([str(corpus)]):
        try:
            texts.append(normalize(path.read_text(encoding="utf-8")).text)
        except UnicodeDecodeError:
            continue
    return texts


def run(corpus: Path, repeats: int) -> None:
    texts = _texts(corpus)
    patterns = [rule.pattern for rule in RULES]
    scanner = TriggerScanner(patterns)
    compiled = [re.compile(p) for p in patterns]

    def per_rule() -> list[list[tuple[int, int]]]:
        return [[m.span() for p in compiled for m in p.finditer(text)] for text in texts]

    def one_pass() -> list[list[tuple[int, int]]]:
        return [[m.span() for matches in scanner.matches(text) for m in matches] for text in texts]

    if per_rule() != one_pass():
        raise SystemExit("the one-pass scan and finditer disagree")
    timings = {
        name: min(_timed(scan) for _ in range(repeats))
        for name, scan in (("finditer per rule", per_rule), ("one pass", one_pass))
    }
    characters = sum(len(t) for t in texts) / 1e6
    print(f"texts: {len(texts)} documents, {characters:.1f} M characters; {len(RULES)} rules")
    for name, seconds in timings.items():
        print(f"{name:<18}: {seconds:6.3f} s = {characters / seconds:6.1f} M characters/s")
    print(f"one pass / per rule: {timings['finditer per rule'] / timings['one pass']:.1f}x faster")


def _timed(scan: Callable[[], object]) -> float:
    started = time.perf_counter()
    scan()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of documents (default: generate one)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the generated corpus")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each; the best is shown")
    args = parser.parse_args()
    if args.corpus:
        run(args.corpus, args.repeats)
        return
    with tempfile.TemporaryDirectory() as scratch:
        generate(Path(scratch), args.mb)
        run(Path(scratch), args.repeats)


if __name__ == "__main__":
    main()
