"""Read-only SPARQL over an exported graph, with the console's rules: one query, reads only, no
federation or remote datasets, a timeout and a row cap.

rdflib cannot interrupt a running query, so the query runs in a forked child process (which shares the
parent's graph without copying it) that is killed at the timeout.
"""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.connection import Connection
from typing import Any

import rdflib.plugins.sparql as rdflib_sparql
from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseQuery

from kg.errors import QueryError, QueryRefusedError, QueryTimeoutError
from kg.results import QueryResult

rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # FROM <url> never loads anything
rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION = True


def check_sparql(query: str) -> None:
    """Refuse updates, SERVICE (federation) and FROM / FROM NAMED (remote datasets) before running."""
    try:
        parsed = parseQuery(query)
    except Exception as exc:
        if any(word in query.upper() for word in ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE")):
            raise QueryRefusedError("SPARQL updates are refused: the endpoint is read-only") from exc
        raise QueryError(f"not a SPARQL query: {exc}") from exc
    text = repr(parsed)
    if "ServiceGraphPattern" in text:
        raise QueryRefusedError(
            "SERVICE (federated queries) is refused: queries run on the exported graph only"
        )
    if "datasetClause" in text:
        raise QueryRefusedError("FROM / FROM NAMED is refused: queries run on the exported graph only")


def _child(graph: Graph, query: str, row_cap: int, pipe: Connection) -> None:
    try:
        result: Any = graph.query(prepareQuery(query))
        if result.type == "ASK":
            pipe.send(("ok", ("ask",), [(bool(result.askAnswer),)]))
            return
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            rows = [
                tuple(str(x) for x in triple) for _, triple in zip(range(row_cap + 1), result, strict=False)
            ]
            pipe.send(("ok", ("subject", "predicate", "object"), rows))
            return
        columns = tuple(str(v) for v in (result.vars or []))
        rows = []
        for row in result:
            rows.append(tuple("" if v is None else str(v) for v in row))
            if len(rows) > row_cap:
                break
        pipe.send(("ok", columns, rows))
    except Exception as exc:
        pipe.send(("error", f"{type(exc).__name__}: {exc}", []))


def run_sparql(graph: Graph, query: str, *, timeout_s: float = 10.0, row_cap: int = 1000) -> QueryResult:
    check_sparql(query)
    started = time.perf_counter()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(graph, query, row_cap, send), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(timeout_s):
            raise QueryTimeoutError(f"query timed out after {timeout_s:g} s")
        status, columns, rows = receive.recv()
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    if status != "ok":
        raise QueryError(str(columns))
    elapsed = (time.perf_counter() - started) * 1000
    cols: Any = columns
    return QueryResult(tuple(cols), tuple(rows[:row_cap]), len(rows) > row_cap, elapsed)
