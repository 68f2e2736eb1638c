"""Graph analytics over a store's subgraph with networkx: centrality, communities, components.

Co-occurrence is left out unless asked for: it is association, not a stated fact. Results are
deterministic (seeded community detection, sorted ties), so the CLI and the viewer agree run to run.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.model import Entity
from kg.results import Subgraph
from kg.vocab import EXTRACTED, RelationType

# Exact betweenness is O(nm); above this many nodes it is estimated from this many sampled sources.
BETWEENNESS_SAMPLE = 500


@dataclass(frozen=True, slots=True)
class RankedEntity:
    entity: Entity
    degree: int
    degree_centrality: float
    betweenness: float
    community: int


@dataclass(frozen=True, slots=True)
class GraphSummary:
    nodes: int
    edges: int
    components: int
    largest_component: int
    communities: tuple[tuple[str, ...], ...]  # entity ids, largest community first
    ranking: tuple[RankedEntity, ...]  # by degree, then betweenness, then name


def undirected(sub: Subgraph, *, include_cooccurrence: bool = False) -> nx.Graph:
    """One edge per connected pair, weighted by the number of supporting sentences."""
    graph = nx.Graph()
    for entity in sub.nodes:
        graph.add_node(entity.id)
    for fact in sub.facts:
        if not include_cooccurrence and RelationType(fact.type) not in EXTRACTED:
            continue
        if fact.subject_id == fact.object_id:
            continue
        weight = max(fact.support, 1)
        if graph.has_edge(fact.subject_id, fact.object_id):
            graph[fact.subject_id][fact.object_id]["weight"] += weight
        else:
            graph.add_edge(fact.subject_id, fact.object_id, weight=weight)
    return graph


def summarize(sub: Subgraph, *, top: int = 20, include_cooccurrence: bool = False) -> GraphSummary:
    graph = undirected(sub, include_cooccurrence=include_cooccurrence)
    entities = {e.id: e for e in sub.nodes}
    if graph.number_of_nodes() == 0:
        return GraphSummary(0, 0, 0, 0, (), ())
    degree_centrality = nx.degree_centrality(graph)
    sample = BETWEENNESS_SAMPLE if graph.number_of_nodes() > BETWEENNESS_SAMPLE else None
    betweenness = nx.betweenness_centrality(graph, k=sample, seed=0 if sample else None)
    communities = sorted(
        (tuple(sorted(c)) for c in nx.community.louvain_communities(graph, weight="weight", seed=0)),
        key=lambda c: (-len(c), c),
    )
    community_of = {node: index for index, members in enumerate(communities) for node in members}
    components = list(nx.connected_components(graph))
    ranked = sorted(
        graph.nodes,
        key=lambda n: (-graph.degree(n), -betweenness[n], entities[n].name if n in entities else n, n),
    )
    ranking = tuple(
        RankedEntity(
            entity=entities[n],
            degree=int(graph.degree(n)),
            degree_centrality=round(degree_centrality[n], 6),
            betweenness=round(betweenness[n], 6),
            community=community_of[n],
        )
        for n in ranked[:top]
        if n in entities
    )
    return GraphSummary(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        components=len(components),
        largest_component=max((len(c) for c in components), default=0),
        communities=tuple(communities),
        ranking=ranking,
    )
