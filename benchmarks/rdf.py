"""RDF export on the generated graph: time to read the store's dump, to build the graph, and to write
each format, with sizes; plus the SHACL validation time.

    python -m benchmarks.rdf                         # 20k entities / 100k relations, embedded store
    python -m benchmarks.rdf --store embedded:kg.db  # an existing store
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.stores import generate
from kg.rdf import FORMATS, ExportError, graph_from_dump, serialize, validate
from kg.stores import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store")
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = args.store or f"embedded:{Path(scratch) / 'rdf.db'}"
        store = open_store(url)
        if not args.store:
            store.ensure_schema()
            for facts in generate(args.entities, args.relations, 200):
                store.write(facts)
        started = time.perf_counter()
        dump = store.dump()
        print(f"dump: {len(dump['entities'])} entities, {len(dump['facts'])} facts, {len(dump['evidence'])} "
              f"evidence, {len(dump['mentions'])} mentions in {time.perf_counter() - started:.1f} s")  # fmt: skip
        store.close()
        started = time.perf_counter()
        graph = graph_from_dump(dump)
        print(f"graph: {len(graph):,} triples in {time.perf_counter() - started:.1f} s")
        for fmt in FORMATS:
            started = time.perf_counter()
            try:
                text = serialize(graph, fmt)
            except ExportError as exc:
                print(f"{fmt:9}: refused ({exc})")
                continue
            note = " (includes the read-back check)" if fmt == "rdfxml" else ""
            print(
                f"{fmt:9}: {len(text.encode()) / 1e6:7.1f} MB in {time.perf_counter() - started:6.1f} s{note}"
            )
        if not args.no_validate:
            started = time.perf_counter()
            result = validate(graph)
            print(f"SHACL    : conforms={result.conforms} ({len(result.violations)} violations) in "
                  f"{time.perf_counter() - started:.1f} s")  # fmt: skip


if __name__ == "__main__":
    main()
