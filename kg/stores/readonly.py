"""Guards that keep the Cypher console read-only (bad-inputs.md part F).

Text checks run on the query with comments, string literals and backquoted names removed, so tricks
such as a comment between ``CALL`` and a procedure name, mixed case or odd whitespace do not matter.
They are the first of several guards: Neo4j queries must also plan as a pure read (EXPLAIN query type
``r``) with no file-loading or procedure operators and run in a read transaction; embedded queries run
in a read-only transaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from kg.errors import QueryRefusedError

# Words that write, load files or URLs, change schema or session, or manage transactions.
_WRITE_OR_LOAD = frozenset(
    {
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "FOREACH", "INSERT",
        "COPY", "LOAD", "INSTALL", "ATTACH", "EXPORT", "IMPORT", "USE", "CHECKPOINT", "BEGIN", "COMMIT",
        "ROLLBACK", "GRANT", "REVOKE", "DENY", "TERMINATE", "START", "STOP", "RENAME", "FINISH",
    }
)  # fmt: skip
# Read-only table functions of the embedded store that the console may CALL.
EMBEDDED_CALL_ALLOWED = frozenset({"show_tables", "table_info", "show_functions", "show_connection"})
# Read-only procedures of Neo4j that the console may CALL.
NEO4J_PROCEDURES_ALLOWED = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
    }
)
# Plan operators that read files or URLs, or call code whose effects the planner cannot see.
NEO4J_OPERATORS_DENIED = frozenset({"loadcsv", "procedurecall", "transactionforeach", "transactionapply"})

_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*|;|\S")


def strip_literals(query: str) -> str:
    """The query with comments, strings and backquoted names blanked, whitespace folded to spaces."""
    text = unicodedata.normalize("NFKC", query)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            out.append(" ")
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif ch in "'\"`":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            out.append(" _ ")
            i = j + 1
        else:
            out.append(" " if ch.isspace() else ch)
            i += 1
    return "".join(out)


def _tokens(query: str) -> list[str]:
    return _TOKEN.findall(strip_literals(query))


def check_common(query: str) -> list[str]:
    """Checks for every store; returns the tokens for store-specific checks."""
    if not query.strip():
        raise QueryRefusedError("the query is empty")
    if query.lstrip().startswith(":"):
        raise QueryRefusedError("console commands such as :use are not supported; write one Cypher query")
    tokens = _tokens(query)
    while tokens and tokens[-1] == ";":
        tokens.pop()
    if ";" in tokens:
        raise QueryRefusedError("one statement only: remove everything after the first ';'")
    upper = [t.upper() for t in tokens]
    # An alias ("AS start") or a property ("n.set") is a name, not a clause; the engine's own read-only
    # check still stands behind this one.
    denied = sorted(
        {
            t
            for i, t in enumerate(upper)
            if t in _WRITE_OR_LOAD and (i == 0 or upper[i - 1] not in ("AS", "."))
        }
    )
    if denied:
        raise QueryRefusedError(
            f"the console is read-only: {', '.join(denied)} is not allowed (no writes, file loading or schema changes)"
        )
    return tokens


def _called(tokens: list[str]) -> Iterable[str]:
    for i, token in enumerate(tokens[:-1]):
        if token.upper() == "CALL":
            yield tokens[i + 1]


# LadybugDB builds a range() list whole before its query timeout can act (2e9 elements: 16 GB, 80 s),
# so the embedded console refuses literal ranges above this many elements.
MAX_EMBEDDED_RANGE = 10_000_000
_RANGE_CALL = re.compile(r"\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)", re.I)


def check_embedded_query(query: str) -> None:
    tokens = check_common(query)
    for match in _RANGE_CALL.finditer(query):
        start, stop = int(match.group(1)), int(match.group(2))
        step = abs(int(match.group(3) or 1)) or 1
        if abs(stop - start) // step > MAX_EMBEDDED_RANGE:
            raise QueryRefusedError(
                f"range() of more than {MAX_EMBEDDED_RANGE:,} elements is refused in the embedded console "
                "(it would be built in memory before the timeout can stop it)"
            )
    if re.search(r"\brange\s*\(", query, re.I) and not _RANGE_CALL.search(query):
        raise QueryRefusedError("range() bounds must be plain numbers in the embedded console")
    for name in _called(tokens):
        if name.lower() not in EMBEDDED_CALL_ALLOWED:
            raise QueryRefusedError(
                f"CALL {name} is not allowed in the console; allowed: {', '.join(sorted(EMBEDDED_CALL_ALLOWED))}"
            )


def check_neo4j_text(query: str) -> None:
    tokens = check_common(query)
    for name in _called(tokens):
        if name == "{":
            continue  # a subquery; its clauses were checked with the rest
        if name.lower() not in NEO4J_PROCEDURES_ALLOWED:
            raise QueryRefusedError(
                f"CALL {name} is not allowed in the console (procedures may write or load files)"
            )
    if any(t.lower().startswith("apoc.") for t in tokens):
        raise QueryRefusedError("APOC functions are not allowed in the console")


def check_neo4j_plan(query_type: str | None, plan: Mapping[str, Any] | None) -> None:
    """The plan must be a pure read, with no file loading and no procedure outside the allow-list."""
    if query_type != "r":
        raise QueryRefusedError(
            f"the console is read-only: this query plans as type {query_type!r}, not a read"
        )
    stack = [plan] if plan else []
    while stack:
        op = stack.pop()
        name = str(op.get("operatorType", "")).split("@")[0].lower()
        if name in NEO4J_OPERATORS_DENIED:
            details = str(op.get("args", {}).get("Details", "")).lower()
            if name == "procedurecall" and any(details.startswith(p) for p in NEO4J_PROCEDURES_ALLOWED):
                pass
            else:
                raise QueryRefusedError(f"the console does not run {op.get('operatorType')} operations")
        stack.extend(op.get("children", []))
