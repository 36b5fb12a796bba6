"""The graph as files: node-link JSON (lossless, what `kg` reads back), GraphML and GEXF (for Gephi,
yEd and Cytoscape). GraphML/GEXF hold only scalars, so list and dict attributes become JSON strings."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.outputs import atomic_write


def write_node_link(graph: nx.MultiDiGraph, path: Path) -> Path:
    data = nx.node_link_data(graph, edges="edges")
    return atomic_write(path, lambda p: p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8"))


def read_node_link(path: Path) -> nx.MultiDiGraph:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def _scalar_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    def flat(d: dict) -> dict:
        return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                for k, v in d.items() if v is not None}

    g = nx.MultiDiGraph()
    g.add_nodes_from((n, flat(d)) for n, d in graph.nodes(data=True))
    g.add_edges_from((u, v, k, flat(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    return g


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    return atomic_write(path, lambda p: nx.write_graphml(_scalar_copy(graph), p, encoding="utf-8"))


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    g = _scalar_copy(graph)
    for _, d in g.nodes(data=True):
        d["label"], d["type"] = d.get("name", ""), d.get("label", "")   # Gephi shows `label`
    return atomic_write(path, lambda p: nx.write_gexf(g, p, encoding="utf-8"))
