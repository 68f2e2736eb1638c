"""The embedded store: LadybugDB (the maintained continuation of Kuzu), in-process and on disk.

Its schema is generated from the ontology: one node table per record kind and one relationship table
per relation type, so users can write ``MATCH (a)-[:REGULATES]->(b)`` in the console.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import ladybug

from kg.errors import QueryError, QueryRefusedError, QueryTimeoutError, StoreUnavailableError
from kg.results import QueryResult
from kg.stores import cypher as q
from kg.stores.cypher_store import CypherStore, Row, Run
from kg.stores.readonly import check_embedded_query

T = TypeVar("T")


class EmbeddedStore(CypherStore):
    """A LadybugDB database at a path.

    Example:
        >>> store = EmbeddedStore("/tmp/fkg-example.db")  # doctest: +SKIP
        >>> store.ensure_schema()  # doctest: +SKIP
    """

    name = "embedded"
    supports_cypher = True
    dialect = q.LADYBUG
    serialized_writes = True
    refreshes_entities_by_probe = False

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        super().__init__()
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreUnavailableError(f"no embedded store at {self.path}: ingest documents first")
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreUnavailableError(f"cannot open embedded store at {self.path}: {exc}") from exc
        # One connection serves every thread (Streamlit runs each session in its own thread).
        self._lock = threading.RLock()
        if read_only:
            self._refuse_an_outdated_schema()

    def _missing_columns(self) -> list[str]:
        """Columns added since an existing store was written ("Evidence.page"); none on a new store."""
        tables = {r["name"] for r in self._read(q.LADYBUG_SHOW_TABLES)}
        missing = []
        for table, column, _ in q.LADYBUG_ADDED_COLUMNS:
            if table in tables and column not in {
                r["name"] for r in self._read(q.ladybug_table_columns(table))
            }:
                missing.append(f"{table}.{column}")
        return missing

    def _refuse_an_outdated_schema(self) -> None:
        """A read-only reader cannot add columns, and its reads name them: say so at once, not on the
        first entity opened."""
        missing = self._missing_columns()
        if missing:
            self.close()
            raise StoreUnavailableError(
                f"the embedded store at {self.path} was written by an earlier version of fintech-kg "
                f"(it has no {', '.join(missing)}); run `fintech-kg init --store embedded:{self.path}` "
                "once to bring it up to date (its data is kept)"
            )

    def _execute(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        result = self._conn.execute(query, params or {})
        if isinstance(result, list):  # several statements: not something this store sends
            raise QueryError("one statement at a time")
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(dict(zip(columns, result.get_next(), strict=True)))
        result.close()
        return rows

    def _read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        with self._lock:
            return self._execute(query, params)

    def _write(self, work: Callable[[Run], T]) -> T:
        with self._lock:
            self._execute("BEGIN TRANSACTION")
            try:
                result = work(self._execute)
            except BaseException:
                with contextlib.suppress(RuntimeError):  # LadybugDB may have rolled back already
                    self._execute("ROLLBACK")
                raise
            self._execute("COMMIT")
            return result

    def ensure_schema(self) -> None:
        with self._lock:
            tables = {r["name"] for r in self._execute(q.LADYBUG_SHOW_TABLES)}
            for statement in q.ladybug_schema():
                self._execute(statement)
            # Tables added since a store's first release are filled from what it holds.
            if q.LADYBUG_FACT_KEY_TABLE not in tables:
                self._write(lambda run: [run(s, {}) for s in q.ladybug_fact_key_backfill()])
            if q.SOURCE_PATH_LABEL not in tables:
                self._write(lambda run: run(q.source_path_backfill(self.dialect), {}))
        self._schema_checked = True

    def _schema_present(self) -> bool:
        tables = {r["name"] for r in self._read(q.LADYBUG_SHOW_TABLES)}
        needed = set(q.LADYBUG_NODE_TABLES) | set(q.LADYBUG_PROVENANCE_RELS)
        needed |= {q.rel_type(t) for t in q.ENTITY_RELATION_TYPES}
        if not needed <= tables:
            return False
        # A store from an earlier version lacks the columns added since; ensure_schema adds them.
        return not self._missing_columns()

    def cypher(
        self,
        query: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_s: float = 10.0,
        row_cap: int = 1000,
    ) -> QueryResult:
        check_embedded_query(query)
        started = time.perf_counter()
        with self._lock:
            self._conn.set_query_timeout(int(timeout_s * 1000))
            # A read-only transaction is the second guard: the engine itself refuses any write.
            self._execute("BEGIN TRANSACTION READ ONLY")
            try:
                result = self._conn.execute(query, params or {})
                if isinstance(result, list):
                    raise QueryRefusedError("one statement only")
                columns = tuple(result.get_column_names())
                rows: list[tuple[Any, ...]] = []
                while result.has_next() and len(rows) <= row_cap:
                    rows.append(tuple(result.get_next()))
                result.close()
            except RuntimeError as exc:
                message = str(exc)
                if "interrupted" in message.lower() or "timeout" in message.lower():
                    raise QueryTimeoutError(f"query timed out after {timeout_s:g} s") from exc
                raise QueryError(message) from exc
            finally:
                try:
                    self._execute("ROLLBACK")
                except RuntimeError as exc:  # an interrupted query's transaction is already gone
                    if "no active transaction" not in str(exc).lower():
                        raise
                self._conn.set_query_timeout(0)
        truncated = len(rows) > row_cap
        return QueryResult(columns, tuple(rows[:row_cap]), truncated, (time.perf_counter() - started) * 1000)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            self._db.close()
