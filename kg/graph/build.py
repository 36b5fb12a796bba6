"""Merge extraction records into one networkx MultiDiGraph.

Nodes: one per (label, canonical name); attributes `label`, `name`, `aliases`, `titles`, `mentions`, `docs`.
Edges: one per (head, relation, tail), key = relation; attributes `relation`, `weight` (mentions),
`confidence` (best seen) and `evidence` (list of {sentence, doc, article, start, end, date}).
任职 edges point to Title nodes, so a person's posts are queryable like any other relation.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import networkx as nx

LABELS = {"PERSON": "Person", "PLACE": "Place", "COMPANY": "Company", "ORG": "Organization",
          "PROJECT": "Project", "MEETING": "Meeting", "TITLE": "Title"}
_QUOTES = re.compile(r"[\s\"'“”‘’「」『』《》]")


def canonical(name: str) -> str:
    """The form two mentions must share to be one node (quotes and spaces do not tell entities apart)."""
    return _QUOTES.sub("", name)


def node_id(label: str, name: str) -> str:
    return f"{label}:{canonical(name)}"


def _add_node(g: nx.MultiDiGraph, label: str, name: str, doc: str) -> str:
    nid = node_id(label, name)
    if nid not in g:
        g.add_node(nid, label=label, name=name, aliases=[], titles=[], mentions=0, docs=[])
    data = g.nodes[nid]
    if name != data["name"] and name not in data["aliases"]:
        data["aliases"].append(name)
    if doc not in data["docs"]:
        data["docs"].append(doc)
    return nid


def add_record(g: nx.MultiDiGraph, rec: dict) -> None:
    doc = rec["doc"]
    types: dict[str, str] = {}
    for ent in rec["entities"]:
        label = LABELS[ent["type"]]
        nid = _add_node(g, label, ent["text"], doc)
        g.nodes[nid]["mentions"] += len(ent.get("mentions") or [1])
        for t in ent.get("titles", []):
            if t not in g.nodes[nid]["titles"]:
                g.nodes[nid]["titles"].append(t)
        types.setdefault(ent["text"], ent["type"])
    for rel in rec["relations"]:
        head_type = rel.get("head_type") or types.get(rel["head"])
        tail_type = rel.get("tail_type") or ("TITLE" if rel["relation"] == "任职" else types.get(rel["tail"]))
        if head_type not in LABELS or tail_type not in LABELS:
            continue
        h = _add_node(g, LABELS[head_type], rel["head"], doc)
        t = _add_node(g, LABELS[tail_type], rel["tail"], doc)
        key = rel["relation"]
        if not g.has_edge(h, t, key):
            g.add_edge(h, t, key=key, relation=key, weight=0, confidence=0.0, evidence=[])
        edge = g.edges[h, t, key]
        evidence = {"sentence": rel.get("evidence", ""), "doc": doc, "article": rel.get("article"),
                    "start": rel.get("start"), "end": rel.get("end"), "date": rel.get("date")}
        if evidence not in edge["evidence"]:
            edge["evidence"].append(evidence)
            edge["weight"] += 1
        edge["confidence"] = max(edge["confidence"], float(rel.get("confidence") or 0.0))


def build_graph(records: Iterable[dict]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for rec in records:
        add_record(g, rec)
    return g
