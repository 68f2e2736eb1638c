"""Store results -> view data -> HTML. Pure functions; the Streamlit page only glues them.

The HTML is our own template around the vis-network build that ships inside the pyvis package, inlined
so the page works offline. Every string from documents reaches the page only inside a JSON literal whose
``<``, ``>`` and ``&`` are escaped, and node tooltips are plain text: vis-network renders string titles
as text, so a name such as ``<img src=x onerror=alert(1)>`` stays inert (bad-inputs.md part G).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import networkx as nx

from kg.model import Entity
from kg.results import Fact, Subgraph
from kg.types import type_chain
from kg.vocab import ENTITY_LABELS, EntityType

# Colours by top-level class, so the legend stays short.
PALETTE = {
    "Regulator": "#d62728", "GovernmentBody": "#e377c2", "FinancialInstitution": "#1f77b4",
    "Company": "#2ca02c", "IndustryBody": "#9467bd", "InternationalOrganization": "#8c564b",
    "ResearchOrganization": "#bcbd22", "Organization": "#7f7f7f", "Technology": "#17becf",
    "Initiative": "#ff7f0e", "Regulation": "#393b79", "Jurisdiction": "#637939", "Product": "#e7ba52",
}  # fmt: skip
SHAPES = {
    "Technology": "diamond",
    "Initiative": "triangle",
    "Regulation": "square",
    "Jurisdiction": "hexagon",
}


def colour_group(entity_type: EntityType) -> str:
    for name in type_chain(entity_type):
        if name in PALETTE and name != "Organization":
            return name
    return "Organization" if "Organization" in type_chain(entity_type) else type_chain(entity_type)[-1]


def to_vis(subgraph: Subgraph, *, hide_types: frozenset[str] = frozenset()) -> dict[str, Any]:
    degree: dict[str, int] = {}
    for fact in subgraph.facts:
        degree[fact.subject_id] = degree.get(fact.subject_id, 0) + 1
        degree[fact.object_id] = degree.get(fact.object_id, 0) + 1
    nodes = []
    for e in subgraph.nodes:
        group = colour_group(e.type)
        top = type_chain(e.type)[-1]
        tooltip = "\n".join(x for x in (e.name, ENTITY_LABELS[e.type]["en"], e.jurisdiction) if x)
        nodes.append(
            {
                "id": e.id,
                "label": e.name,
                "title": tooltip,
                "group": group,
                "color": PALETTE.get(group, "#7f7f7f"),
                "shape": SHAPES.get(top, "dot"),
                "size": 12 + min(degree.get(e.id, 0), 20) * 1.5,
                "borderWidth": 4 if e.id == subgraph.centre else 1,
            }
        )
    edges = [
        {
            "id": f.id,
            "from": f.subject_id,
            "to": f.object_id,
            "label": f.type.lower().replace("_", " "),
            "title": f"{f.type} · confidence {f.confidence:.2f} · {f.support} sentence(s)",
            "arrows": "" if f.type in ("PARTNERS_WITH", "CO_OCCURS_WITH") else "to",
            "dashes": f.type == "CO_OCCURS_WITH",
        }
        for f in subgraph.facts
        if f.type not in hide_types
    ]
    return {"nodes": nodes, "edges": edges}


def legend(vis: dict[str, Any]) -> list[tuple[str, str]]:
    groups = sorted({n["group"] for n in vis["nodes"]})
    return [(g, PALETTE.get(g, "#7f7f7f")) for g in groups]


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no '</script>', no HTML-significant characters."""
    text = json.dumps(value, ensure_ascii=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network as shipped inside the pyvis package (no CDN, no download)."""
    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")


_TEMPLATE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style>html,body{margin:0;height:100%;font-family:sans-serif}#graph{width:100%;height:__HEIGHT__px;border:1px solid #ddd}
#legend{font-size:12px;padding:4px 0}#legend span{display:inline-block;margin-right:12px}
#legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:middle}</style>
<script>__VIS__</script></head>
<body><div id="legend">__LEGEND__</div><div id="graph"></div>
<script>
const data = __DATA__;
const container = document.getElementById("graph");
const network = new vis.Network(container, {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}, {
  physics: {stabilization: {iterations: 200}, barnesHut: {springLength: 140}},
  interaction: {hover: true, tooltipDelay: 120},
  edges: {font: {size: 10, align: "middle"}, smooth: {type: "dynamic"}},
  nodes: {font: {size: 13}}
});
const started = performance.now();
network.once("stabilizationIterationsDone", function () {
  document.body.setAttribute("data-stabilized-ms", String(Math.round(performance.now() - started)));
  document.body.setAttribute("data-stabilized", "1");
});
document.body.setAttribute("data-nodes", String(data.nodes.length));
network.on("click", function (params) {
  if (!params.nodes.length) { return; }
  const id = String(params.nodes[0]);
  document.body.setAttribute("data-selected", id);
  // Clicking a node selects it in the viewer: the page reloads centred on it (?entity=ID).
  if (__NAVIGATE__) {
    try {
      const target = new URL(window.top.location.href);
      target.searchParams.set("entity", id);
      window.top.location.href = target.toString();
    } catch (e) { /* not embedded in the viewer */ }
  }
});
</script></body></html>"""


def legend_html(vis: dict[str, Any]) -> str:
    return "".join(
        f'<span><i style="background:{html.escape(colour)}"></i>{html.escape(name)}</span>'
        for name, colour in legend(vis)
    )


def render_html(vis: dict[str, Any], height: int = 620, *, navigate: bool = False) -> str:
    return (
        _TEMPLATE.replace("__VIS__", vis_network_js())
        .replace("__HEIGHT__", str(int(height)))
        .replace("__LEGEND__", legend_html(vis))
        .replace("__NAVIGATE__", "true" if navigate else "false")
        .replace("__DATA__", safe_json(vis))
    )


# ----------------------------------------------------------------------------------------------
# Filters and tables for the viewer's pages (pure: store results in, view data out)
# ----------------------------------------------------------------------------------------------


def filter_subgraph(
    sub: Subgraph,
    *,
    groups: frozenset[str] | None = None,
    relation_types: frozenset[str] | None = None,
    jurisdictions: frozenset[str] | None = None,
    entity_ids: frozenset[str] | None = None,
    min_confidence: float = 0.0,
    hide_cooccurrence: bool = True,
) -> Subgraph:
    """The part of a subgraph that passes every filter; the centre always stays, and so do the
    jurisdiction-less entities when filtering by jurisdiction (technologies, international bodies)."""

    def keep(e: Entity) -> bool:
        if e.id == sub.centre:
            return True
        if groups is not None and colour_group(e.type) not in groups:
            return False
        if jurisdictions is not None and e.jurisdiction and e.jurisdiction not in jurisdictions:
            return False
        return entity_ids is None or e.id in entity_ids

    nodes = tuple(e for e in sub.nodes if keep(e))
    kept = {e.id for e in nodes}
    facts = tuple(
        f
        for f in sub.facts
        if f.subject_id in kept
        and f.object_id in kept
        and f.confidence >= min_confidence
        and (relation_types is None or f.type in relation_types)
        and not (hide_cooccurrence and f.type == "CO_OCCURS_WITH")
    )
    return Subgraph(nodes, facts, sub.total_nodes, sub.truncated, sub.centre)


def highlight(sentence: str, names: Iterable[str]) -> list[tuple[str, bool]]:
    """The sentence cut into (text, is_a_name) pieces, for showing where the entity is named."""
    forms = sorted({n for n in names if n and n in sentence}, key=len, reverse=True)
    if not forms:
        return [(sentence, False)]
    pattern = re.compile("|".join(re.escape(f) for f in forms))
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in pattern.finditer(sentence):
        if match.start() > last:
            pieces.append((sentence[last : match.start()], False))
        pieces.append((match.group(0), True))
        last = match.end()
    if last < len(sentence):
        pieces.append((sentence[last:], False))
    return pieces


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&])")


def markdown_escape(text: str) -> str:
    """Text that Streamlit's Markdown shows literally (HTML is never enabled on those elements)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def highlighted_markdown(sentence: str, names: Iterable[str]) -> str:
    return "".join(
        f"**{markdown_escape(t)}**" if is_name else markdown_escape(t)
        for t, is_name in highlight(sentence, names)
    )


def view_dump(sub: Subgraph) -> dict[str, Any]:
    """A subgraph in the shape of a store dump (entities and facts, no provenance), for exports."""
    return {
        "documents": [],
        "entities": [
            {
                "id": e.id,
                "type": e.type.value,
                "name": e.name,
                "names": list(e.names),
                "aliases": [],
                "jurisdiction": e.jurisdiction,
                "wikidata": e.wikidata,
                "lei": e.lei,
                "origin": e.origin,
                "confidence": e.confidence,
            }
            for e in sub.nodes
        ],  # fmt: skip
        "facts": [
            {
                "id": f.id,
                "type": f.type,
                "subject_id": f.subject_id,
                "object_id": f.object_id,
                "confidence": f.confidence,
                "support": f.support,
            }
            for f in sub.facts
        ],  # fmt: skip
        "mentions": [],
        "evidence": [],
    }


def to_graphml(sub: Subgraph) -> str:
    graph = nx.MultiDiGraph()
    for e in sub.nodes:
        graph.add_node(e.id, name=e.name, type=e.type.value, jurisdiction=e.jurisdiction, wikidata=e.wikidata)
    for f in sub.facts:
        graph.add_edge(
            f.subject_id, f.object_id, key=f.id, type=f.type, confidence=f.confidence, support=f.support
        )
    return "\n".join(nx.generate_graphml(graph))


def to_csv(sub: Subgraph) -> tuple[str, str]:
    """(nodes.csv, edges.csv)."""
    nodes, edges = io.StringIO(), io.StringIO()
    node_writer = csv.writer(nodes)
    node_writer.writerow(["id", "name", "type", "jurisdiction", "wikidata"])
    for e in sub.nodes:
        node_writer.writerow([e.id, e.name, e.type.value, e.jurisdiction, e.wikidata])
    edge_writer = csv.writer(edges)
    edge_writer.writerow(["id", "subject", "relation", "object", "confidence", "support"])
    for f in sub.facts:
        edge_writer.writerow([f.id, f.subject_id, f.type, f.object_id, f.confidence, f.support])
    return nodes.getvalue(), edges.getvalue()


def jurisdiction_technology_matrix(whole: Subgraph) -> dict[str, dict[str, int]]:
    """{jurisdiction: {technology name: number of its entities that use it}}."""
    entities = {e.id: e for e in whole.nodes}
    matrix: dict[str, dict[str, int]] = {}
    for f in whole.facts:
        if f.type != "USES_TECHNOLOGY" or f.subject_id not in entities or f.object_id not in entities:
            continue
        place = entities[f.subject_id].jurisdiction or "—"
        tech = entities[f.object_id].name
        row = matrix.setdefault(place, {})
        row[tech] = row.get(tech, 0) + 1
    return {k: dict(sorted(v.items())) for k, v in sorted(matrix.items())}


def regulator_initiatives(whole: Subgraph) -> list[dict[str, str]]:
    """Rows of (regulator, relation, initiative, jurisdiction) for leads / launches / operates."""
    entities = {e.id: e for e in whole.nodes}
    rows = []
    for f in whole.facts:
        a, b = entities.get(f.subject_id), entities.get(f.object_id)
        if a is None or b is None or f.type not in ("LEADS", "LAUNCHES", "OPERATES"):
            continue
        if "Regulator" in type_chain(a.type) and "Initiative" in type_chain(b.type):
            rows.append({"regulator": a.name, "relation": f.type.lower(), "initiative": b.name,
                         "jurisdiction": a.jurisdiction})  # fmt: skip
    return sorted(rows, key=lambda r: (r["regulator"], r["initiative"], r["relation"]))


def result_subgraph(columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> Subgraph | None:
    """Entities and facts inside a console result (Neo4j nodes and relationships, or LadybugDB's dicts),
    so a query that returns graph elements can be drawn; None when it returns none."""
    nodes: dict[str, Entity] = {}
    internal: dict[Any, str] = {}
    pending: list[tuple[Any, Any, str, str, float, int]] = []

    def visit(value: Any) -> None:
        if isinstance(value, list | tuple):
            for v in value:
                visit(v)
            return
        props = _properties(value)
        if props is None:
            return
        if "type" in props and "id" in props and props.get("type") in _TYPE_VALUES:
            entity = Entity(str(props["id"]), EntityType(props["type"]), str(props.get("name") or props["id"]),
                            jurisdiction=str(props.get("jurisdiction") or ""))  # fmt: skip
            nodes[entity.id] = entity
            internal[_identity(value)] = entity.id
        elif _ends(value) is not None and "id" in props:
            start, end, label = _ends(value)  # type: ignore[misc]
            pending.append(
                (
                    start,
                    end,
                    label,
                    str(props["id"]),
                    float(props.get("confidence") or 0),
                    int(props.get("support") or 0),
                )
            )
        for inner in _path_parts(value):
            visit(inner)

    for row in rows:
        visit(list(row))
    facts = []
    for start, end, label, fact_id, confidence, support in pending:
        if start in internal and end in internal:
            facts.append(Fact(fact_id, label, internal[start], internal[end], confidence, support))
    if not nodes:
        return None
    unique = {f.id: f for f in facts}
    return Subgraph(tuple(nodes.values()), tuple(unique.values()), len(nodes))


_TYPE_VALUES = {t.value for t in EntityType}


def _properties(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict):
        return value
    if hasattr(value, "element_id") and hasattr(value, "items"):  # neo4j Node / Relationship
        return dict(value.items())
    return None


def _identity(value: Any) -> Any:
    if isinstance(value, dict):
        return _internal_id(value.get("_id"))
    return getattr(value, "element_id", id(value))


def _internal_id(internal: Any) -> Any:
    """LadybugDB's internal ids are {table, offset} dicts; hashable as a pair."""
    return (internal.get("table"), internal.get("offset")) if isinstance(internal, dict) else internal


def _ends(value: Any) -> tuple[Any, Any, str] | None:
    if isinstance(value, dict) and "_src" in value and "_dst" in value:
        return _internal_id(value["_src"]), _internal_id(value["_dst"]), str(value.get("_label", ""))
    if hasattr(value, "start_node") and hasattr(value, "end_node") and value.start_node is not None:
        return value.start_node.element_id, value.end_node.element_id, str(value.type)
    return None


def _path_parts(value: Any) -> list[Any]:
    if isinstance(value, dict) and "_nodes" in value:
        return [*value.get("_nodes", []), *value.get("_rels", [])]
    if hasattr(value, "nodes") and hasattr(value, "relationships"):
        return [*value.nodes, *value.relationships]
    return []
