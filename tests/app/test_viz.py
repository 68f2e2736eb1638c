from __future__ import annotations

import pytest

from app.viz import render_html, safe_json, to_vis
from kg.model import Entity
from kg.results import Fact, Subgraph
from kg.vocab import EntityType

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "AT&T href",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_viz_payload_is_never_raw_html(payload: str) -> None:
    sub = Subgraph(
        nodes=(Entity("a", EntityType.BANK, payload), Entity("b", EntityType.TECHNOLOGY, "AI")),
        facts=(Fact("f", "USES_TECHNOLOGY", "a", "b", 0.8, 1),),
        total_nodes=2,
        centre="a",
    )
    html = render_html(to_vis(sub))
    assert payload not in html
    assert "<script>alert" not in html


def test_viz_safe_json_round_trips() -> None:
    import json

    value = {"x": "</script>&<>"}
    assert json.loads(safe_json(value)) == value


# ---- the pure helpers behind the viewer's pages ----------------------------------------------

from app.viz import (  # noqa: E402
    filter_subgraph,
    highlight,
    highlighted_markdown,
    jurisdiction_technology_matrix,
    markdown_escape,
    regulator_initiatives,
    result_subgraph,
    to_csv,
    to_graphml,
)


def sample() -> Subgraph:
    nodes = (
        Entity("sg.mas", EntityType.CENTRAL_BANK, "Monetary Authority of Singapore", jurisdiction="SG"),
        Entity("bank.dbs", EntityType.BANK, "DBS Bank", jurisdiction="SG"),
        Entity("in.rbi", EntityType.CENTRAL_BANK, "Reserve Bank of India", jurisdiction="IN"),
        Entity("init.ubin", EntityType.PROJECT, "Project Ubin", jurisdiction="SG"),
        Entity("tech.dlt", EntityType.TECHNOLOGY, "Distributed ledger technology"),
    )
    facts = (
        Fact("f1", "LEADS", "sg.mas", "init.ubin", 0.8, 2),
        Fact("f2", "PARTICIPATES_IN", "bank.dbs", "init.ubin", 0.6, 1),
        Fact("f3", "PARTNERS_WITH", "in.rbi", "sg.mas", 0.8, 1),
        Fact("f4", "USES_TECHNOLOGY", "bank.dbs", "tech.dlt", 0.8, 1),
        Fact("f5", "CO_OCCURS_WITH", "in.rbi", "bank.dbs", 0.3, 4),
    )
    return Subgraph(nodes, facts, 5, centre="sg.mas")


@pytest.mark.parametrize(
    ("filters", "nodes", "facts"),
    [
        ({}, {"sg.mas", "bank.dbs", "in.rbi", "init.ubin", "tech.dlt"}, {"f1", "f2", "f3", "f4"}),
        ({"hide_cooccurrence": False}, {"sg.mas", "bank.dbs", "in.rbi", "init.ubin", "tech.dlt"}, {"f1", "f2", "f3", "f4", "f5"}),
        ({"groups": frozenset({"Regulator"})}, {"sg.mas", "in.rbi"}, {"f3"}),
        ({"jurisdictions": frozenset({"SG"})}, {"sg.mas", "bank.dbs", "init.ubin", "tech.dlt"}, {"f1", "f2", "f4"}),
        ({"min_confidence": 0.7}, {"sg.mas", "bank.dbs", "in.rbi", "init.ubin", "tech.dlt"}, {"f1", "f3", "f4"}),
        ({"relation_types": frozenset({"LEADS"})}, {"sg.mas", "bank.dbs", "in.rbi", "init.ubin", "tech.dlt"}, {"f1"}),
        ({"entity_ids": frozenset({"bank.dbs"})}, {"sg.mas", "bank.dbs"}, set()),
    ],
)  # fmt: skip
def test_viz_filters_keep_the_centre_and_drop_dangling_facts(
    filters: dict[str, object], nodes: set[str], facts: set[str]
) -> None:
    kept = filter_subgraph(sample(), **filters)  # type: ignore[arg-type]
    assert {e.id for e in kept.nodes} == nodes
    assert {f.id for f in kept.facts} == facts


@pytest.mark.parametrize(
    ("sentence", "names", "pieces"),
    [
        ("MAS launched Project Ubin.", ["MAS"], [("MAS", True), (" launched Project Ubin.", False)]),
        ("新加坡金融管理局（MAS）推出", ["新加坡金融管理局", "MAS"],
         [("新加坡金融管理局", True), ("（", False), ("MAS", True), ("）推出", False)]),
        ("No name here.", ["MAS"], [("No name here.", False)]),
    ],
)  # fmt: skip
def test_viz_highlight_marks_every_name(
    sentence: str, names: list[str], pieces: list[tuple[str, bool]]
) -> None:
    assert highlight(sentence, names) == pieces
    assert "".join(text for text, _ in pieces) == sentence


def test_viz_markdown_is_escaped_once() -> None:
    assert markdown_escape("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert\\(1\\)\\>"
    assert (
        markdown_escape("AT&T *bold* [link](javascript:x)")
        == "AT\\&T \\*bold\\* \\[link\\]\\(javascript:x\\)"
    )
    assert highlighted_markdown("<b>MAS</b> said", ["MAS"]) == "\\<b\\>**MAS**\\</b\\> said"


def test_viz_exports_of_a_view() -> None:
    import csv
    import io

    import networkx as nx

    nodes, edges = to_csv(sample())
    assert next(r["id"] for r in csv.DictReader(io.StringIO(nodes))) == "sg.mas"
    assert len(list(csv.DictReader(io.StringIO(edges)))) == 5
    graph = nx.parse_graphml(to_graphml(sample()))
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 5


def test_viz_overview_tables() -> None:
    assert jurisdiction_technology_matrix(sample()) == {"SG": {"Distributed ledger technology": 1}}
    assert regulator_initiatives(sample()) == [
        {"regulator": "Monetary Authority of Singapore", "relation": "leads", "initiative": "Project Ubin",
         "jurisdiction": "SG"}
    ]  # fmt: skip


def test_viz_console_results_become_a_graph() -> None:
    ladybug_node = {"_id": {"table": 0, "offset": 1}, "_label": "Entity", "id": "sg.mas", "type": "CentralBank",
                    "name": "MAS"}  # fmt: skip
    other = {
        "_id": {"table": 0, "offset": 2},
        "_label": "Entity",
        "id": "init.ubin",
        "type": "Project",
        "name": "Ubin",
    }
    rel = {"_src": {"table": 0, "offset": 1}, "_dst": {"table": 0, "offset": 2}, "_label": "LEADS", "id": "f1",
           "confidence": 0.8, "support": 1}  # fmt: skip
    drawn = result_subgraph(("a", "r", "b"), [(ladybug_node, rel, other)])
    assert drawn is not None
    assert {e.id for e in drawn.nodes} == {"sg.mas", "init.ubin"}
    assert [(f.subject_id, f.type, f.object_id) for f in drawn.facts] == [("sg.mas", "LEADS", "init.ubin")]
    assert result_subgraph(("n",), [(1,), ("text",)]) is None
