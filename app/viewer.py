"""Streamlit viewer: explore the graph around an entity, find paths, read the evidence, see the
overview and the documents, and run read-only Cypher.

Glue only: data comes from the store's read API and kg.analytics, view data and HTML from app.viz.
Document text reaches the page through Streamlit's text elements or escaped Markdown (HTML never
enabled), and through the graph's JSON, escaped by app.viz.
Run: fintech-kg serve   (or: streamlit run app/viewer.py)
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

import streamlit as st
import streamlit.components.v1 as components

from app.viz import (
    PALETTE,
    filter_subgraph,
    highlighted_markdown,
    jurisdiction_technology_matrix,
    markdown_escape,
    regulator_initiatives,
    render_html,
    result_subgraph,
    to_csv,
    to_graphml,
    to_vis,
    view_dump,
)
from kg.analytics import summarize
from kg.errors import KGError
from kg.rdf import graph_from_dump, languages_of, serialize
from kg.results import Subgraph
from kg.stores import default_store_url, open_store
from kg.stores.cypher import console_examples
from kg.vocab import ENTITY_LABELS, EXTRACTED, RelationType

st.set_page_config(page_title="fintech-kg", page_icon="🕸️", layout="wide")

GRAPH_HEIGHT = 620
_QID = re.compile(r"^Q[0-9]+$")
COOCCURS = RelationType.CO_OCCURS_WITH.value
_HTTP = re.compile(r"^https?://[^\s<>\"']+$")


@st.cache_resource(show_spinner=False)
def get_store(url: str) -> Any:
    return open_store(url, read_only=True)


@st.cache_data(show_spinner="Reading the whole graph…", max_entries=4)
def whole_graph(url: str, signature: tuple[int, int, int]) -> Subgraph:
    del signature  # part of the cache key: a changed store is read again
    graph: Subgraph = get_store(url).whole_graph()
    return graph


def main() -> None:
    st.sidebar.title("fintech-kg")
    url = st.sidebar.text_input("Store", value=os.environ.get("FINTECH_KG_STORE", default_store_url()))
    try:
        store = get_store(url)
        stats = store.stats()
    except KGError as exc:
        st.error(f"Cannot open the store: {exc}")
        return
    except Exception as exc:  # missing, locked or unreachable: a clear message, no stack trace
        st.error(f"Cannot open the store ({type(exc).__name__}). Ingest first: fintech-kg ingest data/corpus")
        return
    st.sidebar.caption(
        f"{stats.entities} entities · {stats.relations} relations · {stats.documents} documents"
    )
    if stats.entities == 0:
        st.info("The store is empty. Ingest documents first: `fintech-kg ingest data/corpus`.")
        return
    whole = whole_graph(url, (stats.entities, stats.relations, stats.documents))
    filters = sidebar_filters(store, whole)
    explore, paths, overview, documents, console = st.tabs(
        ["Explore", "Paths", "Overview", "Documents", "Cypher console"]
    )
    with explore:
        explore_tab(store, filters)
    with paths:
        paths_tab(store, filters["relation_types"])
    with overview:
        overview_tab(store, whole, stats)
    with documents:
        documents_tab(store)
    with console:
        console_tab(store)


def sidebar_filters(store: Any, whole: Subgraph) -> dict[str, Any]:
    st.sidebar.subheader("Filters")
    groups = st.sidebar.multiselect("Entity types", sorted(PALETTE), default=sorted(PALETTE))
    relation_names = sorted(r.value for r in RelationType if r in EXTRACTED)
    relations = st.sidebar.multiselect("Relation types", relation_names, default=relation_names)
    places = sorted({e.jurisdiction for e in whole.nodes if e.jurisdiction})
    jurisdictions = st.sidebar.multiselect("Jurisdictions (none = all)", places)
    technologies = sorted((e.name, e.id) for e in whole.nodes if e.type.value == "Technology")
    chosen_tech = st.sidebar.multiselect(
        "Uses technology (none = any)", technologies, format_func=lambda t: t[0]
    )
    docs = [(d["title"] or d["id"], d["id"]) for d in store.documents()]
    chosen_docs = st.sidebar.multiselect("Named in documents (none = any)", docs, format_func=lambda d: d[0])
    min_confidence = st.sidebar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05)
    hide_cooccurrence = st.sidebar.checkbox("Hide co-occurrence", value=True)
    entity_ids: set[str] | None = None
    if chosen_tech:
        entity_ids = set()
        for _name, tech_id in chosen_tech:  # the technology and its users, from the graph already read
            entity_ids.add(tech_id)
            entity_ids |= {
                f.subject_id for f in whole.facts if f.type == "USES_TECHNOLOGY" and f.object_id == tech_id
            }
    if chosen_docs:
        in_docs = {row["id"] for _t, doc_id in chosen_docs for row in store.document_entities(doc_id)}
        entity_ids = in_docs if entity_ids is None else entity_ids & in_docs
    return {
        "groups": frozenset(groups),
        "relation_types": frozenset(relations) | ({COOCCURS} if not hide_cooccurrence else set()),
        "jurisdictions": frozenset(jurisdictions) or None,
        "entity_ids": frozenset(entity_ids) if entity_ids is not None else None,
        "min_confidence": min_confidence,
        "hide_cooccurrence": hide_cooccurrence,
    }


def pick_entity(store: Any, label: str, default: str, key: str) -> Any:
    """A search box with suggestions: any name, alias or abbreviation, in any script."""
    text = st.text_input(label, value=default, key=f"{key}-text")
    hits = store.search(text, limit=25) if text.strip() else []
    if not hits:
        if text.strip():
            st.warning(f"No entity matches {text!r}.")
        return None
    names = [
        f"{h.entity.name} · {ENTITY_LABELS[h.entity.type]['en']} · {h.entity.jurisdiction or '—'}"
        for h in hits
    ]
    index = st.selectbox("Suggestions", range(len(hits)), format_func=lambda i: names[i], key=f"{key}-pick")
    return hits[int(index or 0)].entity


def draw(sub: Subgraph, *, navigate: bool) -> None:
    components.html(render_html(to_vis(sub), GRAPH_HEIGHT, navigate=navigate), height=GRAPH_HEIGHT + 40)


def explore_tab(store: Any, filters: dict[str, Any]) -> None:
    clicked = st.query_params.get("entity")
    detail = store.entity(clicked) if clicked else None
    centre = detail.entity if detail else None
    if centre is None:
        centre = pick_entity(
            store, "Search an entity (any name, alias or abbreviation; 中文 or English)", "MAS", "explore"
        )
    else:
        st.caption(f"Centred on {centre.name} (clicked). Clear the address bar's ?entity= to search again.")
    if centre is None:
        return
    col_depth, col_cap = st.columns(2)
    depth = col_depth.slider("Depth", 1, 3, 1)
    cap = col_cap.slider("Node cap", 20, 300, 150, step=10)
    # The walk follows only the relation types on show, so the node cap is spent on what is drawn.
    reached = store.neighbourhood(centre.id, depth=depth, limit=cap, relation_types=filters["relation_types"])
    sub = filter_subgraph(reached, **filters)
    note = (
        " Narrow the view: lower the depth, or filter by type, jurisdiction or document."
        if sub.truncated
        else ""
    )
    st.caption(f"showing {len(sub.nodes)} of {sub.total_nodes} nodes.{note}")
    draw(sub, navigate=True)
    downloads(sub, "view")
    in_view = sorted(sub.nodes, key=lambda e: (e.id != centre.id, e.name))
    chosen = st.selectbox(
        "Details for", range(len(in_view)), format_func=lambda i: in_view[i].name, key="detail"
    )
    detail_panel(store, in_view[int(chosen or 0)].id)


def detail_panel(store: Any, entity_id: str) -> None:
    detail = store.entity(entity_id)
    if detail is None:
        return
    e = detail.entity
    st.subheader(e.name)
    labels = ENTITY_LABELS[e.type]
    st.text(
        f"{labels['en']} · {labels['zh-Hans']} · {labels['zh-Hant']} — jurisdiction: {e.jurisdiction or '—'}"
    )
    by_script: dict[str, list[str]] = {"en": [], "zh-Hans": [], "zh-Hant": []}
    for name in dict.fromkeys([e.name, *e.names, *detail.aliases]):
        for lang in languages_of(name):
            by_script[lang].append(name)
    for lang, names in by_script.items():
        if names:
            st.text(f"{lang}: " + " | ".join(names))
    links = []
    if _QID.match(e.wikidata or ""):
        links.append(f"[Wikidata {e.wikidata}](https://www.wikidata.org/wiki/{e.wikidata})")
    if e.lei:
        links.append(f"LEI {markdown_escape(e.lei)}")
    if links:
        st.markdown(" · ".join(links))
    by_type: dict[str, list[Any]] = {}
    for fv in detail.facts:
        by_type.setdefault(fv.fact.type, []).append(fv)
    names_of = {e.name, *e.names, *detail.aliases}
    # Typed facts first; co-occurrence last and closed, named as what it is.
    for relation, facts in sorted(by_type.items(), key=lambda item: (item[0] == COOCCURS, item[0])):
        cooccurrence = relation == COOCCURS
        title = (
            f"named together with, not a stated relation ({len(facts)})"
            if cooccurrence
            else f"{relation.lower().replace('_', ' ')} ({len(facts)})"
        )
        with st.expander(title, expanded=len(by_type) <= 3 and not cooccurrence):
            for fv in facts:
                weight = (
                    f"{fv.fact.support} document(s)" if cooccurrence else f"{fv.fact.support} sentence(s)"
                )
                st.markdown(f"**{markdown_escape(fv.subject_name)}** → **{markdown_escape(fv.object_name)}** "
                            f"· confidence {fv.fact.confidence:.2f} · {weight}")  # fmt: skip
                for ev in fv.evidence:
                    st.markdown("> " + highlighted_markdown(ev.sentence, names_of))
                    source = f"[source]({ev.doc_url})" if _HTTP.match(ev.doc_url or "") else ""
                    where = f" · {ev.place}" if ev.place else ""
                    st.markdown(f"{markdown_escape(ev.doc_title or ev.doc_id)}{where} {markdown_escape(ev.doc_date)} "
                                f"{source} · {markdown_escape(ev.extractor)} · {ev.confidence:.2f}")  # fmt: skip


def paths_tab(store: Any, relation_types: frozenset[str]) -> None:
    st.caption("How are two entities connected? The shortest paths, in either direction.")
    left, right = st.columns(2)
    with left:
        source = pick_entity(store, "From", "UPI", "path-from")
    with right:
        target = pick_entity(store, "To", "MAS", "path-to")
    if source is None or target is None:
        return
    depth = st.slider("At most this many steps", 1, 6, 4, key="path-depth")
    found = store.shortest_paths(source.id, target.id, max_depth=depth, relation_types=relation_types)
    if not found.paths:
        st.warning(f"No path of at most {depth} steps between {source.name} and {target.name}.")
        return
    names = {e.id: e.name for e in found.subgraph.nodes}
    for path in found.paths:
        st.text(" → ".join(names.get(n, n) for n in path))
    draw(found.subgraph, navigate=False)


def overview_tab(store: Any, whole: Subgraph, stats: Any) -> None:
    left, right = st.columns(2)
    left.subheader("Entities by type")
    left.bar_chart(stats.entities_by_type)
    by_place: dict[str, int] = {}
    for e in whole.nodes:
        by_place[e.jurisdiction or "—"] = by_place.get(e.jurisdiction or "—", 0) + 1
    right.subheader("Entities by jurisdiction")
    right.bar_chart(by_place)
    summary = summarize(whole, top=20)
    st.subheader("Most central entities")
    st.caption(
        f"{summary.nodes} connected entities, {summary.edges} linked pairs, {summary.components} components"
    )
    st.dataframe(
        [{"entity": r.entity.name, "type": r.entity.type.value, "jurisdiction": r.entity.jurisdiction,
          "degree": r.degree, "betweenness": round(r.betweenness, 4), "community": r.community}
         for r in summary.ranking],
        width="stretch",
    )  # fmt: skip
    names = {e.id: e.name for e in whole.nodes}
    st.subheader("Communities")
    for index, members in enumerate(summary.communities[:8]):
        st.text(
            f"{index}: "
            + ", ".join(names.get(m, m) for m in members[:15])
            + (" …" if len(members) > 15 else "")
        )
    st.subheader("Jurisdiction × technology (entities using it)")
    matrix = jurisdiction_technology_matrix(whole)
    techs = sorted({t for row in matrix.values() for t in row})
    st.dataframe(
        [{"jurisdiction": j, **{t: row.get(t, 0) for t in techs}} for j, row in matrix.items()],
        width="stretch",
    )
    st.subheader("Regulators and the initiatives they lead, launch or operate")
    st.dataframe(regulator_initiatives(whole), width="stretch")
    st.subheader("Download the whole graph")
    if st.button("Prepare downloads (RDF with provenance, GraphML, CSV)"):
        graph = graph_from_dump(store.dump())
        cols = st.columns(4)
        cols[0].download_button("Turtle", serialize(graph, "turtle"), "fintech-kg.ttl", "text/turtle")
        cols[1].download_button(
            "JSON-LD", serialize(graph, "jsonld"), "fintech-kg.jsonld", "application/ld+json"
        )
        cols[2].download_button("GraphML", to_graphml(whole), "fintech-kg.graphml", "application/xml")
        nodes, edges = to_csv(whole)
        cols[3].download_button("CSV (edges)", edges, "fintech-kg-edges.csv", "text/csv")
        cols[3].download_button("CSV (nodes)", nodes, "fintech-kg-nodes.csv", "text/csv")


def downloads(sub: Subgraph, name: str) -> None:
    with st.expander("Download this view"):
        graph = graph_from_dump(view_dump(sub), include_ontology=False)
        cols = st.columns(5)
        cols[0].download_button("Turtle", serialize(graph, "turtle"), f"{name}.ttl", "text/turtle")
        cols[1].download_button(
            "JSON-LD", serialize(graph, "jsonld"), f"{name}.jsonld", "application/ld+json"
        )
        cols[2].download_button("GraphML", to_graphml(sub), f"{name}.graphml", "application/xml")
        nodes, edges = to_csv(sub)
        cols[3].download_button("CSV nodes", nodes, f"{name}-nodes.csv", "text/csv")
        cols[4].download_button("CSV edges", edges, f"{name}-edges.csv", "text/csv")


def documents_tab(store: Any) -> None:
    docs = store.documents()
    st.dataframe(
        [{"title": d["title"], "status": d["status"], "format": d["format"], "language": d["language"],
          "date": d["date"], "facts": d["fact_count"], "paths": ", ".join(d["source_paths"] or []),
          "problem": d["error_code"]} for d in docs],
        width="stretch",
    )  # fmt: skip
    for d in docs:
        with st.expander(f"{d['title'] or d['id']} — {d['status']}"):
            st.text(f"id: {d['id']}\nfiles: {', '.join(d['source_paths'] or [])}\nlanguage: {d['language']}")
            if d["error_message"]:
                st.text(f"{d['error_code']}: {d['error_message']}")
            for warning in d.get("warnings") or []:
                st.text(f"warning: {warning}")
            if d["metadata"] not in (None, "", "{}"):
                st.json(json.loads(d["metadata"]))
            found = store.document_entities(d["id"])
            st.text("entities: " + (", ".join(f"{r['name']} ({r['type']})" for r in found) or "none"))


def console_tab(store: Any) -> None:
    examples = console_examples(store.dialect)
    chosen = st.selectbox(
        "Examples for this store", range(len(examples)), format_func=lambda i: examples[i][0]
    )
    query = st.text_area("Cypher (read-only)", value=examples[int(chosen or 0)][1], height=120)
    left, right = st.columns(2)
    timeout = left.number_input("Timeout (s)", 1.0, 60.0, 10.0)
    cap = right.number_input("Row cap", 1, 10_000, 1000)
    if not st.button("Run"):
        return
    try:
        result = store.cypher(query, timeout_s=float(timeout), row_cap=int(cap))
    except KGError as exc:
        st.error(str(exc))
        return
    st.caption(
        f"{len(result.rows)} rows in {result.elapsed_ms:.0f} ms"
        + (" — truncated at the row cap" if result.truncated else "")
    )
    st.dataframe(
        [dict(zip(result.columns, map(_cell, row), strict=False)) for row in result.rows],
        width="stretch",
    )
    drawn = result_subgraph(result.columns, result.rows)
    if drawn is not None:
        draw(drawn, navigate=False)


def _cell(value: Any) -> str:
    if isinstance(value, dict) and "_label" in value:  # LadybugDB node or relationship
        return json.dumps(
            {k: v for k, v in value.items() if not k.startswith("_")}, ensure_ascii=False, default=str
        )
    if hasattr(value, "element_id") and hasattr(value, "items"):  # neo4j Node or Relationship
        return json.dumps(dict(value.items()), ensure_ascii=False, default=str)
    return str(value)


main()
