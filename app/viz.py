"""Store results -> view data -> HTML. Pure functions; the Streamlit page only glues them.

The HTML is our own template around the vis-network build that ships inside the pyvis package, inlined
so the page works offline. Every string from documents reaches the page only inside a JSON literal whose
``<``, ``>`` and ``&`` are escaped, and node tooltips are plain text: vis-network renders string titles
as text, so a name such as ``<img src=x onerror=alert(1)>`` stays inert (bad-inputs.md part G).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.results import Subgraph
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
<style>html,body{margin:0;height:100%;font-family:sans-serif}#graph{width:100%;height:__HEIGHT__px;border:1px solid #ddd}</style>
<script>__VIS__</script></head>
<body><div id="graph"></div>
<script>
const data = __DATA__;
const container = document.getElementById("graph");
const network = new vis.Network(container, {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}, {
  physics: {stabilization: {iterations: 200}, barnesHut: {springLength: 140}},
  interaction: {hover: true, tooltipDelay: 120},
  edges: {font: {size: 10, align: "middle"}, smooth: {type: "dynamic"}},
  nodes: {font: {size: 13}}
});
network.once("stabilizationIterationsDone", function () { document.body.setAttribute("data-stabilized", "1"); });
network.on("click", function (params) {
  if (params.nodes.length) { document.body.setAttribute("data-selected", String(params.nodes[0])); }
});
</script></body></html>"""


def render_html(vis: dict[str, Any], height: int = 620) -> str:
    return (
        _TEMPLATE.replace("__VIS__", vis_network_js())
        .replace("__HEIGHT__", str(int(height)))
        .replace("__DATA__", safe_json(vis))
    )
