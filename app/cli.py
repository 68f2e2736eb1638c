"""The ``fintech-kg`` command line. Thin: parse, call the library, turn its errors into clear messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.ingest_run import RunReport, import_graph, ingest_paths, load_facts
from ingest.batch import DEFAULT_TIMEOUT_S, extract_paths
from ingest.load import find_documents
from kg.analytics import summarize
from kg.errors import KGError
from kg.rdf import SUFFIXES, ExportError, graph_from_dump, serialize
from kg.rdf import validate as rdf_validate
from kg.rdf_import import MAX_IMPORT_BYTES, ImportRefusedError, parse_untrusted
from kg.serialize import FactsFormatError, facts_from_json, facts_to_json
from kg.sparql import run_sparql
from kg.stores import default_store_url, open_store
from kg.vocab import EXTRACTED, RelationType

app = typer.Typer(
    help="fintech-kg: a knowledge graph of the fintech ecosystem, built offline from zh-Hans, zh-Hant and English documents.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
console = Console()
err = Console(stderr=True)

TimeoutOpt = Annotated[
    float,
    typer.Option(
        "--timeout",
        help="seconds one document may take; over it, it is stopped and reported failed/timeout (0: no limit)",
    ),
]
StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        "-s",
        help="embedded:PATH or neo4j://HOST:PORT (default: $FINTECH_KG_STORE or embedded:fintech-kg.db)",
    ),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def _open(store: str | None, *, read_only: bool = False) -> Any:
    try:
        return open_store(store or default_store_url(), read_only=read_only)
    except KGError as exc:
        raise _fail(str(exc)) from None


def _report(report: RunReport) -> None:
    table = Table(title="ingest", show_header=True)
    table.add_column("documents")
    table.add_column("count", justify="right")
    for status in (
        "ok",
        "ok_with_warnings",
        "skipped_empty",
        "quarantined",
        "failed",
        "unchanged",
        "deleted",
    ):
        table.add_row(status, str(report.statuses.get(status, 0)))
    table.add_row("entities added / removed", f"{report.entities_added} / {report.entities_removed}")
    table.add_row("relations added / removed", f"{report.relations_added} / {report.relations_removed}")
    table.add_row("time", f"{report.seconds:.2f} s")
    console.print(table)
    for path, code, message in report.problems[:50]:
        console.print(f"  {code}: {message or path}", highlight=False, markup=False)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )  # fmt: skip


@app.command()
def init(store: StoreOpt = None) -> None:
    """Create the store's schema (constraints, indexes or tables) from the ontology.

    Example: fintech-kg init --store embedded:kg.db
    """
    s = _open(store)
    s.ensure_schema()
    console.print(f"schema ready in the {s.name} store")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs")],
    store: StoreOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="extraction processes")] = 1,
    sync_deletes: Annotated[
        bool, typer.Option("--sync-deletes", help="retract documents whose files are gone")
    ] = False,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT_S,
) -> None:
    """Read documents and write their entities and evidence-backed facts to the store.

    Unchanged files are skipped by content hash; a changed file replaces only its own facts.

    Example: fintech-kg ingest data/corpus --store embedded:kg.db --workers 2
    """
    try:
        found = find_documents(paths)
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    s = _open(store)
    with _progress() as progress:
        task = progress.add_task("ingesting", total=len(found))
        try:
            report = ingest_paths(
                s,
                found,
                workers=workers,
                sync_deletes=sync_deletes,
                on_done=lambda _: progress.advance(task),
                timeout_s=timeout or None,
            )
        except KGError as exc:
            raise _fail(str(exc)) from None
    _report(report)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSON lines file to write")] = Path(
        "facts.jsonl"
    ),
    workers: Annotated[int, typer.Option("--workers", "-w")] = 1,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT_S,
) -> None:
    """Extract facts to JSON lines without touching a store (one line per document).

    Example: fintech-kg extract data/corpus -o facts.jsonl && fintech-kg load facts.jsonl
    """
    try:
        found = find_documents(paths)
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    count = 0
    with output.open("w", encoding="utf-8") as handle, _progress() as progress:
        task = progress.add_task("extracting", total=len(found))
        for facts in extract_paths(
            found, workers=workers, on_done=lambda _: progress.advance(task), timeout_s=timeout or None
        ):
            handle.write(facts_to_json(facts) + "\n")
            count += 1
    console.print(f"wrote {count} documents to {output}")


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="JSON lines written by `fintech-kg extract`")],
    store: StoreOpt = None,
) -> None:
    """Write extracted facts (JSON lines) to the store, one transaction per document.

    Example: fintech-kg load facts.jsonl --store neo4j://localhost:7687
    """
    s = _open(store)

    def records() -> Any:
        for file in files:
            with file.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        yield facts_from_json(line, where=f"{file}:{number}")

    try:
        _report(load_facts(s, records()))
    except (FactsFormatError, OSError) as exc:
        raise _fail(str(exc)) from None


@app.command()
def query(
    cypher: Annotated[str, typer.Argument(help="one read-only Cypher query")],
    store: StoreOpt = None,
    timeout: Annotated[float, typer.Option(help="seconds before the query is stopped")] = 10.0,
    limit: Annotated[int, typer.Option(help="row cap")] = 1000,
    as_json: Annotated[bool, typer.Option("--json", help="print rows as JSON lines")] = False,
) -> None:
    """Run a read-only Cypher query. Writes, file loading and several statements are refused.

    Example: fintech-kg query "MATCH (r:Entity)-[:REGULATES]->(x) RETURN r.name, x.name LIMIT 10"
    """
    s = _open(store, read_only=True)
    try:
        result = s.cypher(cypher, timeout_s=timeout, row_cap=limit)
    except KGError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        for row in result.rows:
            console.print_json(
                json.dumps(dict(zip(result.columns, row, strict=True)), default=str, ensure_ascii=False)
            )
    else:
        table = Table(*result.columns)
        for row in result.rows:
            table.add_row(*(str(v) for v in row))
        console.print(table)
    note = " (truncated)" if result.truncated else ""
    console.print(f"{len(result.rows)} rows{note} in {result.elapsed_ms:.0f} ms")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="a name, alias or abbreviation in any script")],
    store: StoreOpt = None,
    limit: int = 20,
) -> None:
    """Find entities by name or alias in English, Simplified or Traditional Chinese.

    Example: fintech-kg search 金管局
    """
    s = _open(store, read_only=True)
    table = Table("id", "name", "type", "jurisdiction")
    for hit in s.search(text, limit=limit):
        table.add_row(hit.entity.id, hit.entity.name, hit.entity.type.value, hit.entity.jurisdiction)
    console.print(table)


@app.command()
def show(
    entity_id: Annotated[str, typer.Argument(help="an entity id, as `search` prints it")],
    store: StoreOpt = None,
) -> None:
    """Show an entity: names, relations and the sentences that support each relation.

    Example: fintech-kg show sg.mas
    """
    s = _open(store, read_only=True)
    detail = s.entity(entity_id)
    if detail is None:
        raise _fail(f"no entity {entity_id!r}; try `fintech-kg search`")
    e = detail.entity
    console.print(
        f"[bold]{e.name}[/] ({e.type.value}, {e.jurisdiction or 'no jurisdiction'})", highlight=False
    )
    console.print(
        "names: " + " | ".join(dict.fromkeys([*e.names, *detail.aliases])), highlight=False, markup=False
    )
    cooccurring = [fv for fv in detail.facts if fv.fact.type == RelationType.CO_OCCURS_WITH.value]
    for fv in detail.facts:
        if fv in cooccurring:
            continue
        console.print(f"- {fv.subject_name} {fv.fact.type} {fv.object_name} (confidence {fv.fact.confidence:.2f})",
                      highlight=False, markup=False)  # fmt: skip
        for ev in fv.evidence[:3]:
            where = f", {ev.place}" if ev.place else ""
            console.print(f"    “{ev.sentence}” — {ev.doc_title}{where}", highlight=False, markup=False)
    if cooccurring:  # not stated relations: one line, strongest first
        others = sorted(
            (
                (fv.object_name if fv.fact.subject_id == e.id else fv.subject_name, fv.fact.support)
                for fv in cooccurring
            ),
            key=lambda pair: (-pair[1], pair[0]),
        )
        console.print(
            "named together with (co-occurrence, not a stated relation): "
            + ", ".join(f"{name} ({n} doc{'s' if n > 1 else ''})" for name, n in others),
            highlight=False,
            markup=False,
        )


@app.command()
def stats(
    store: StoreOpt = None,
    top: Annotated[int, typer.Option("--top", help="also rank the N most connected entities")] = 0,
) -> None:
    """Counts of documents, entities and relations by status and type; with --top, the most central
    entities (degree, betweenness), their communities and the graph's components.

    Example: fintech-kg stats --top 20
    """
    s = _open(store, read_only=True)
    st = s.stats()
    table = Table("what", "count")
    table.add_row("documents", str(st.documents))
    table.add_row("entities", str(st.entities))
    table.add_row("relations", str(st.relations))
    table.add_row("mentions", str(st.mentions))
    table.add_row("evidence", str(st.evidence))
    for key, value in st.entities_by_type.items():
        table.add_row(f"  entity {key}", str(value))
    for key, value in st.relations_by_type.items():
        table.add_row(f"  relation {key}", str(value))
    for key, value in st.documents_by_status.items():
        table.add_row(f"  document {key}", str(value))
    console.print(table)
    if top <= 0:
        return
    summary = summarize(s.whole_graph(), top=top)
    console.print(
        f"{summary.nodes} connected entities, {summary.edges} linked pairs, {summary.components} components "
        f"(largest {summary.largest_component}), {len(summary.communities)} communities",
        highlight=False,
    )
    ranking = Table("#", "entity", "type", "jurisdiction", "degree", "betweenness", "community")
    for rank, r in enumerate(summary.ranking, 1):
        ranking.add_row(
            str(rank), r.entity.name, r.entity.type.value, r.entity.jurisdiction, str(r.degree),
            f"{r.betweenness:.4f}", str(r.community),
        )  # fmt: skip
    console.print(ranking)


@app.command()
def path(
    source: Annotated[str, typer.Argument(help="an entity id or a name to search for")],
    target: Annotated[str, typer.Argument(help="an entity id or a name to search for")],
    store: StoreOpt = None,
    max_depth: Annotated[int, typer.Option("--max-depth", min=1, max=8)] = 4,
    cooccurrence: Annotated[
        bool, typer.Option("--cooccurrence", help="also walk co-occurrence links (named in one sentence)")
    ] = False,
) -> None:
    """The shortest paths between two entities ("how is UPI connected to MAS?"), over stated
    relations unless --cooccurrence.

    Example: fintech-kg path UPI "Monetary Authority of Singapore"
    """
    s = _open(store, read_only=True)
    ends = [_entity_id(s, name) for name in (source, target)]
    typed = frozenset(r.value for r in EXTRACTED)
    found = s.shortest_paths(
        ends[0], ends[1], max_depth=max_depth, relation_types=None if cooccurrence else typed
    )
    if not found.paths:
        raise _fail(f"no path of at most {max_depth} steps between {source!r} and {target!r}")
    names = {e.id: e.name for e in found.subgraph.nodes}
    kinds: dict[frozenset[str], set[str]] = {}
    for f in found.subgraph.facts:
        kinds.setdefault(frozenset((f.subject_id, f.object_id)), set()).add(f.type)
    for steps in found.paths:
        line = names.get(steps[0], steps[0])
        for a, b in pairwise(steps):
            line += f" -[{'/'.join(sorted(kinds.get(frozenset((a, b)), {'?'})))}]- {names.get(b, b)}"
        console.print(line, highlight=False, markup=False)


def _entity_id(s: Any, text: str) -> str:
    """An id as given, or the best search hit for a name in any script."""
    if s.entity(text) is not None:
        return text
    hits = s.search(text, limit=1)
    if not hits:
        raise _fail(f"no entity matches {text!r}; try `fintech-kg search`")
    return str(hits[0].entity.id)


@app.command()
def dump(
    store: StoreOpt = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Write the canonical, sorted dump of the graph as JSON (equal dumps mean equal graphs).

    Example: fintech-kg dump -o graph.json
    """
    s = _open(store, read_only=True)
    text = json.dumps(s.dump(), ensure_ascii=False, indent=1, sort_keys=True)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
        console.print(f"wrote {output}")
    else:
        sys.stdout.write(text + "\n")


FormatOpt = Annotated[str, typer.Option("--format", "-f", help="turtle, jsonld, ntriples or rdfxml")]


@app.command()
def export(
    store: StoreOpt = None,
    fmt: FormatOpt = "turtle",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="file to write (default: stdout)")
    ] = None,
) -> None:
    """Export the graph as RDF: the ontology, entities with labels in three scripts, every fact as a
    triple and as a reified statement, and its evidence as PROV-O.

    Example: fintech-kg export --format turtle -o fintech-kg.ttl
    """
    s = _open(store, read_only=True)
    try:
        text = serialize(graph_from_dump(s.dump()), fmt)
    except ExportError as exc:
        raise _fail(str(exc)) from None
    if output:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output} ({len(text.encode()) / 1e6:.1f} MB, {fmt})")
    else:
        sys.stdout.write(text)


@app.command()
def validate(
    rdf_file: Annotated[
        Path | None, typer.Argument(help="an exported file (default: export the store)")
    ] = None,
    store: StoreOpt = None,
    fmt: FormatOpt = "",
) -> None:
    """Check an export (or the store's graph) against the project's SHACL shapes; list each violation.

    Example: fintech-kg validate fintech-kg.ttl
    """
    if rdf_file is not None:
        graph = _parse_file(rdf_file, fmt)
    else:
        graph = graph_from_dump(_open(store, read_only=True).dump())
    result = rdf_validate(graph)
    if result.conforms:
        console.print(f"conforms: {len(graph)} triples, no violations")
        return
    table = Table("focus", "path", "message", title=f"{len(result.violations)} violations")
    for v in result.violations[:200]:
        table.add_row(v.focus, v.path, v.message)
    console.print(table)
    raise typer.Exit(1)


@app.command("import-rdf")
def import_rdf(
    rdf_file: Annotated[Path, typer.Argument(help="a file `fintech-kg export` wrote")],
    store: StoreOpt = None,
    fmt: FormatOpt = "",
) -> None:
    """Load an exported graph into a store (safely: no DTDs, no remote contexts, no network, a size cap).

    Example: fintech-kg import-rdf fintech-kg.ttl --store embedded:copy.db
    """
    graph = _parse_file(rdf_file, fmt)
    s = _open(store)
    try:
        _report(import_graph(s, graph))
    except KGError as exc:
        raise _fail(str(exc)) from None


@app.command()
def sparql(
    query_text: Annotated[
        str, typer.Argument(metavar="QUERY", help="one SELECT, ASK, CONSTRUCT or DESCRIBE")
    ],
    store: StoreOpt = None,
    timeout: Annotated[float, typer.Option("--timeout")] = 10.0,
    row_cap: Annotated[int, typer.Option("--rows")] = 1000,
) -> None:
    """Run read-only SPARQL over the exported graph (no updates, SERVICE or FROM; timeout and row cap).

    Example: fintech-kg sparql "PREFIX fkg: <https://w3id.org/fintech-kg/ontology#> SELECT ?r ?x WHERE { ?r fkg:regulates ?x }"
    """
    graph = graph_from_dump(_open(store, read_only=True).dump())
    try:
        result = run_sparql(graph, query_text, timeout_s=timeout, row_cap=row_cap)
    except KGError as exc:
        raise _fail(str(exc)) from None
    table = Table(*result.columns)
    for row in result.rows:
        table.add_row(*(str(v) for v in row))
    console.print(table)
    if result.truncated:
        console.print(f"truncated at {row_cap} rows")


def _parse_file(path: Path, fmt: str) -> Any:
    chosen = fmt or next((f for f, suffix in SUFFIXES.items() if path.name.endswith(suffix)), "")
    if not chosen:
        raise _fail(f"{path}: cannot tell the format from the name; pass --format")
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRefusedError(f"{path}: {size / 1e6:.0f} MB exceeds the import cap")
        return parse_untrusted(path.read_bytes(), chosen, source=str(path))
    except OSError as exc:
        raise _fail(f"{path}: {exc.strerror or exc}") from None
    except KGError as exc:
        raise _fail(str(exc)) from None


@app.command()
def serve(
    store: StoreOpt = None,
    port: Annotated[int, typer.Option(help="port of the viewer")] = 8501,
    address: Annotated[
        str, typer.Option(help="bind address; keep 127.0.0.1 unless behind authentication")
    ] = "127.0.0.1",
) -> None:
    """Start the Streamlit graph viewer on http://localhost:8501.

    Example: fintech-kg serve --store embedded:kg.db
    """
    viewer = Path(__file__).with_name("viewer.py")
    env = {**os.environ, "FINTECH_KG_STORE": store or default_store_url()}
    cmd = [sys.executable, "-m", "streamlit", "run", str(viewer), "--server.address", address,
           "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.enableXsrfProtection", "true"]  # fmt: skip
    console.print(f"viewer on http://{'localhost' if address == '127.0.0.1' else address}:{port}")
    raise typer.Exit(subprocess.call(cmd, env=env))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
