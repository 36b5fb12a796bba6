"""Merge extraction records into one networkx MultiDiGraph, one node per resolved entity.

Nodes: `label`, `name`, `aliases`, `titles`, `positions` (people: title, date, document), `mentions`,
`docs`, `merge_reasons`. Edges: one per (head, relation, tail), key = relation; `relation`, `weight`
(mentions), `confidence` (best seen) and `evidence` (list of {sentence, doc, article, start, end, date}).
任职 edges point to Title nodes, so a person's posts are queryable like any other relation.
Which mentions are one entity is decided in kg.graph.resolve; this module only assembles.
"""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.graph.resolve import Resolution, clean, resolve

LABELS = {"PERSON": "Person", "PLACE": "Place", "COMPANY": "Company", "ORG": "Organization",
          "PROJECT": "Project", "MEETING": "Meeting", "TITLE": "Title"}
def node_id(label: str, name: str) -> str:
    return f"{label}:{clean(name)}"


class GraphBuilder:
    def __init__(self, resolution: Resolution):
        self.res = resolution
        self.g = nx.MultiDiGraph()
        self.ids: dict[str, str] = {}                 # resolution key -> node id

    def node(self, etype: str, text: str, doc: str) -> str:
        label = LABELS[etype]
        if etype == "TITLE":
            key, name = f"TITLE:{clean(text)}", clean(text)
        else:
            key, name = self.res.key(doc, etype, text)
        nid = self.ids.get(key)
        if nid is None:
            nid = node_id(label, name)
            if nid in self.g:                         # another entity of the same name (王伟 of two provinces)
                nid = f"{nid}#{sum(1 for n in self.g if n.startswith(nid))+1}"
            self.ids[key] = nid
            merge = self.res.merges.get(key, {})
            self.g.add_node(nid, label=label, name=name, aliases=[], titles=[], positions=[], mentions=0, docs=[],
                            merge_reasons=list(merge.get("reasons", [])))
        data = self.g.nodes[nid]
        if text != data["name"] and text not in data["aliases"]:
            data["aliases"].append(text)
        if doc not in data["docs"]:
            data["docs"].append(doc)
        return nid

    def add_record(self, rec: dict) -> None:
        doc = rec["doc"]
        types: dict[str, str] = {}
        for ent in rec["entities"]:
            nid = self.node(ent["type"], ent["text"], doc)
            data = self.g.nodes[nid]
            data["mentions"] += len(ent.get("mentions") or [1])
            for t in ent.get("titles", []):
                if t not in data["titles"]:
                    data["titles"].append(t)
            types.setdefault(ent["text"], ent["type"])
        for rel in rec["relations"]:
            head_type = rel.get("head_type") or types.get(rel["head"])
            tail_type = rel.get("tail_type") or ("TITLE" if rel["relation"] == "任职" else types.get(rel["tail"]))
            if head_type not in LABELS or tail_type not in LABELS:
                continue
            h = self.node(head_type, rel["head"], doc)
            t = self.node(tail_type, rel["tail"], doc)
            key = rel["relation"]
            if not self.g.has_edge(h, t, key):
                self.g.add_edge(h, t, key=key, relation=key, weight=0, confidence=0.0, evidence=[])
            edge = self.g.edges[h, t, key]
            evidence = {"sentence": rel.get("evidence", ""), "doc": doc, "article": rel.get("article"),
                        "start": rel.get("start"), "end": rel.get("end"), "date": rel.get("date")}
            if evidence not in edge["evidence"]:
                edge["evidence"].append(evidence)
                edge["weight"] += 1
            edge["confidence"] = max(edge["confidence"], float(rel.get("confidence") or 0.0))
            if key == "任职":                           # a person's titles over time
                position = {"title": rel["tail"], "date": rel.get("date"), "doc": doc}
                if position not in self.g.nodes[h]["positions"]:
                    self.g.nodes[h]["positions"].append(position)


def build_graph(records: Iterable[dict], resolution: Resolution | None = None) -> nx.MultiDiGraph:
    records = list(records)
    builder = GraphBuilder(resolution or resolve(records))
    for rec in records:
        builder.add_record(rec)
    return builder.g
