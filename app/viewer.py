"""Streamlit viewer: search, a graph around an entity, its facts with evidence, stats and documents.

Glue only: data comes from the store's read API, view data and HTML from app.viz. Text from documents
is shown with Streamlit's text elements (escaped), never with unsafe HTML.
Run: fintech-kg serve   (or: streamlit run app/viewer.py)
"""

from __future__ import annotations

import os

import streamlit as st
import streamlit.components.v1 as components

from app.viz import legend, render_html, to_vis
from kg.errors import KGError
from kg.stores import default_store_url, open_store

st.set_page_config(page_title="fintech-kg", layout="wide")


@st.cache_resource(show_spinner=False)
def get_store(url: str):  # type: ignore[no-untyped-def]
    return open_store(url, read_only=True)


def main() -> None:
    st.sidebar.title("fintech-kg")
    url = st.sidebar.text_input("Store", value=os.environ.get("FINTECH_KG_STORE", default_store_url()))
    try:
        store = get_store(url)
        stats = store.stats()
    except KGError as exc:
        st.error(f"Cannot open the store: {exc}")
        return
    except Exception as exc:  # the store may be missing, locked or unreachable: no stack trace for users
        st.error(
            f"Cannot open the store ({type(exc).__name__}). Ingest documents first: fintech-kg ingest data/corpus"
        )
        return
    st.sidebar.caption(
        f"{stats.entities} entities · {stats.relations} relations · {stats.documents} documents"
    )
    if stats.entities == 0:
        st.info("The store is empty. Ingest documents first: `fintech-kg ingest data/corpus`.")
        return
    explore, overview, documents = st.tabs(["Explore", "Overview", "Documents"])
    with explore:
        explore_tab(store)
    with overview:
        st.subheader("Entities by type")
        st.bar_chart(stats.entities_by_type)
        st.subheader("Relations by type")
        st.bar_chart(stats.relations_by_type)
    with documents:
        rows = [
            {"title": d["title"], "status": d["status"], "format": d["format"], "date": d["date"],
             "paths": ", ".join(d["source_paths"] or []), "facts": d["fact_count"], "error": d["error_message"]}
            for d in store.documents()
        ]  # fmt: skip
        st.dataframe(rows, use_container_width=True)


def explore_tab(store) -> None:  # type: ignore[no-untyped-def]
    query = st.text_input("Search an entity (any name, alias or abbreviation; 中文 or English)", value="MAS")
    hits = store.search(query, limit=25) if query.strip() else []
    if not hits:
        st.warning("No entity matches that name.")
        return
    labels = [f"{h.entity.name} · {h.entity.type.value} · {h.entity.id}" for h in hits]
    choice = st.selectbox("Centre on", options=range(len(hits)), format_func=lambda i: labels[i])
    centre = hits[int(choice)].entity
    col_depth, col_cap = st.columns(2)
    depth = col_depth.slider("Depth", 1, 3, 1)
    cap = col_cap.slider("Node cap", 20, 300, 150, step=10)
    sub = store.neighbourhood(centre.id, depth=depth, limit=cap)
    st.caption(
        f"showing {len(sub.nodes)} of {sub.total_nodes} nodes"
        + (" (narrow the depth or cap)" if sub.truncated else "")
    )
    vis = to_vis(sub)
    components.html(render_html(vis), height=640, scrolling=False)
    st.caption(" · ".join(name for name, _ in legend(vis)))
    detail = store.entity(centre.id)
    if detail is None:
        return
    st.subheader(detail.entity.name)
    st.text(f"{detail.entity.type.value} · {detail.entity.jurisdiction or '—'}")
    st.text("Names: " + " | ".join(dict.fromkeys([*detail.entity.names, *detail.aliases])))
    for fv in detail.facts:
        with st.expander(
            f"{fv.subject_name} — {fv.fact.type} → {fv.object_name}  ({fv.fact.confidence:.2f})"
        ):
            for ev in fv.evidence:
                st.text(ev.sentence)
                st.caption(f"{ev.doc_title} {ev.doc_date} · {ev.extractor} · {ev.confidence:.2f}")


main()
