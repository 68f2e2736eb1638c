"""The Neo4j store: the official driver against any Neo4j 5.26+ or 2025.x server, Community to Aura.

Constraints come first and a write refuses to start without them; each document is one managed write
transaction whose function is idempotent (MERGE on deterministic ids), so the driver's retries are safe.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j import exceptions as neo4j_errors

from kg.errors import (
    CommitUnknownError,
    QueryError,
    QueryRefusedError,
    QueryTimeoutError,
    StoreUnavailableError,
)
from kg.results import QueryResult
from kg.stores import cypher as q
from kg.stores.cypher_store import CypherStore, Row, Run
from kg.stores.readonly import check_neo4j_plan, check_neo4j_text

T = TypeVar("T")


def _safe(url: str) -> str:
    """The URL without any user-info part: error messages never carry credentials."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.rpartition('@')[2]}"


def _rows(records: list[neo4j.Record], keys: Sequence[str]) -> list[Row]:
    """Records as dicts; a statement that collected its rows into one record (``cypher.rows``) gives
    them back as if they had come one by one."""
    if list(keys) == [q.COLLECTED]:
        return list(records[0][q.COLLECTED]) if records else []
    return [dict(zip(keys, r.values(), strict=True)) for r in records]


class Neo4jStore(CypherStore):
    """A Neo4j database reached through the official driver.

    Credentials and database come from NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.

    Example:
        >>> store = Neo4jStore("neo4j://127.0.0.1:7687")  # doctest: +SKIP
        >>> store.ensure_schema()  # doctest: +SKIP
    """

    name = "neo4j"
    supports_cypher = True
    dialect = q.NEO4J

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
    ) -> None:
        super().__init__()
        self.url = _safe(url)
        self.read_only = read_only
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        if auth is None:
            auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
        try:
            # Notifications ("relationship type does not exist" on an empty graph) are noise for users.
            self._driver = GraphDatabase.driver(
                url, auth=auth, connection_timeout=10.0, notifications_min_severity="OFF"
            )
            self._driver.verify_connectivity()
        except neo4j_errors.AuthError as exc:
            raise StoreUnavailableError(
                f"Neo4j at {self.url} refused the credentials (check NEO4J_USERNAME/NEO4J_PASSWORD)"
            ) from exc
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.DriverError, OSError, ValueError) as exc:
            raise StoreUnavailableError(f"cannot reach Neo4j at {self.url}: {type(exc).__name__}") from exc

    def _read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        records, _, keys = self._driver.execute_query(
            query, params or {}, database_=self.database, routing_=RoutingControl.READ
        )
        return _rows(records, keys)

    def _write(self, work: Callable[[Run], T]) -> T:
        def transaction(tx: neo4j.ManagedTransaction) -> T:
            def run(query: str, params: dict[str, Any]) -> list[Row]:
                result = tx.run(q.NEO4J_WRITE_OPTIONS + query, params)
                records = list(result)
                return _rows(records, result.keys())

            return work(run)

        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(transaction)
        except neo4j_errors.IncompleteCommit as exc:  # never retried by the driver: outcome unknown
            raise CommitUnknownError(f"the connection to {self.url} dropped during commit") from exc

    def ensure_schema(self) -> None:
        had_source_paths = q.NEO4J_SOURCE_PATH_CONSTRAINT in {
            r["name"] for r in self._read(q.NEO4J_SHOW_CONSTRAINTS)
        }
        with self._driver.session(database=self.database) as session:
            for statement in (*q.NEO4J_RETIRED_SCHEMA, *q.NEO4J_CONSTRAINTS.values(), *q.NEO4J_INDEXES):
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(60)").consume()
        if not had_source_paths:
            self._write(lambda run: run(q.source_path_backfill(self.dialect), {}))
        self._schema_checked = True

    def _schema_present(self) -> bool:
        names = {r["name"] for r in self._read(q.NEO4J_SHOW_CONSTRAINTS)}
        return set(q.NEO4J_CONSTRAINTS) <= names

    def cypher(
        self,
        query: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_s: float = 10.0,
        row_cap: int = 1000,
    ) -> QueryResult:
        check_neo4j_text(query)
        started = time.perf_counter()
        try:
            with self._driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                summary = session.run(
                    neo4j.Query("EXPLAIN " + query, timeout=timeout_s), params or {}
                ).consume()
                check_neo4j_plan(summary.query_type, summary.plan)

                @neo4j.unit_of_work(timeout=timeout_s)
                def read(tx: neo4j.ManagedTransaction) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
                    result = tx.run(query, params or {})
                    rows: list[tuple[Any, ...]] = []
                    for record in result:
                        rows.append(tuple(record.values()))
                        if len(rows) > row_cap:
                            break
                    keys = tuple(result.keys())
                    result.consume()
                    return keys, rows

                columns, rows = session.execute_read(read)
        except QueryRefusedError:
            raise
        except neo4j_errors.ClientError as exc:
            code = exc.code or ""
            if "TransactionTimedOut" in code or "Terminated" in code:
                raise QueryTimeoutError(f"query timed out after {timeout_s:g} s") from exc
            if "AccessMode" in code or "Forbidden" in code:
                raise QueryRefusedError("the console is read-only: the server refused a write") from exc
            raise QueryError(exc.message or code) from exc
        except neo4j_errors.ServiceUnavailable as exc:
            raise StoreUnavailableError(f"Neo4j at {self.url} is unavailable") from exc
        except neo4j_errors.Neo4jError as exc:
            raise QueryError(exc.message or str(exc.code)) from exc
        truncated = len(rows) > row_cap
        return QueryResult(columns, tuple(rows[:row_cap]), truncated, (time.perf_counter() - started) * 1000)

    def close(self) -> None:
        self._driver.close()
