"""SPARQL engines compared on the same export: rdflib (what `fintech-kg sparql` uses, in a forked
child for its timeout) against pyoxigraph (in process, after a bulk load). pyoxigraph is not a
dependency: `pip install pyoxigraph` to run the comparison.

    python -m benchmarks.sparql --relations 10000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.stores import generate
from kg.rdf import graph_from_dump, serialize
from kg.sparql import run_sparql
from kg.stores import open_store

PREFIX = "PREFIX fkg: <https://w3id.org/fintech-kg/ontology#> "
QUERIES = {
    "who regulates whom": PREFIX + "SELECT ?r ?x WHERE { ?r fkg:regulates ?x }",
    "facts with 2+ sentences": PREFIX
    + "SELECT ?f (COUNT(?e) AS ?n) WHERE { ?e fkg:evidenceFor ?f } GROUP BY ?f HAVING (COUNT(?e) > 1)",
    "two hops": PREFIX + "SELECT ?a ?c WHERE { ?a fkg:launches ?b . ?c fkg:participatesIn ?b } LIMIT 1000",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=5_000)
    parser.add_argument("--relations", type=int, default=10_000)
    args = parser.parse_args()
    try:
        import pyoxigraph
    except ImportError:
        print("pyoxigraph is not installed: pip install pyoxigraph")
        return
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(f"embedded:{Path(scratch) / 'sparql.db'}")
        store.ensure_schema()
        for facts in generate(args.entities, args.relations, 200):
            store.write(facts)
        graph = graph_from_dump(store.dump())
        store.close()
    print(f"graph: {len(graph):,} triples")
    oxigraph = pyoxigraph.Store()
    started = time.perf_counter()
    oxigraph.bulk_load(serialize(graph, "ntriples").encode(), pyoxigraph.RdfFormat.N_TRIPLES)
    print(f"pyoxigraph bulk load: {time.perf_counter() - started:.1f} s")
    for name, query in QUERIES.items():
        started = time.perf_counter()
        rows = run_sparql(graph, query, timeout_s=300, row_cap=1_000_000).rows
        rdflib_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        count = len(list(oxigraph.query(query)))  # type: ignore[arg-type]
        oxigraph_ms = (time.perf_counter() - started) * 1000
        print(
            f"{name:26} rdflib {rdflib_ms:8.0f} ms ({len(rows)} rows)   pyoxigraph {oxigraph_ms:7.0f} ms ({count} rows)"
        )


if __name__ == "__main__":
    main()
