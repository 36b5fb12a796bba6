"""Merge extraction records into one networkx MultiDiGraph, one node per resolved entity.

Nodes: `label`, `name`, `aliases`, `titles`, `positions` (people: title, date, document), `mentions`,
`docs`, `merge_reasons`. Edges: one per (head, relation, tail), key = relation; `relation`, `weight`
(mentions), `confidence` (best seen) and `evidence` (list of {sentence, doc, article, start, end, date}).

What connects the graph besides the extracted relations:
- every article is a node (`Article`: headline, date, date_source, doc, path) with a `提及` edge to each
  entity it mentions, so "which articles mention both X and Y" and "X's timeline" are queries;
- 任职 edges point to the Title node (the post as written) and, where the title names its organisation
  (省人大财经委员会主任委员) or is a relative post of the document's place (省长 in a Qinghai page ->
  青海省人民政府), also to that Organization, with the titles on the edge;
- a reprinted article (kg.reprints) is kept once: its copies add no nodes and no evidence; the graph's
  `reprints` attribute lists them.
Which mentions are one entity is decided in kg.graph.resolve; this module only assembles.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache

import networkx as nx

from kg.graph.resolve import Resolution, clean, resolve
from kg.paths import PIPELINES_DIR
from kg.reprints import find_reprints

LABELS = {"PERSON": "Person", "PLACE": "Place", "COMPANY": "Company", "ORG": "Organization",
          "PROJECT": "Project", "MEETING": "Meeting", "TITLE": "Title"}
ARTICLE = "Article"
MENTIONS = "提及"


def node_id(label: str, name: str) -> str:
    return f"{label}:{clean(name)}"


def article_id(doc: str, index: int) -> str:
    return f"{ARTICLE}:{doc}#{index}"


@lru_cache(maxsize=1)
def relative_title_organs() -> dict[str, str]:
    return json.loads((PIPELINES_DIR / "graph_rules.json").read_text(encoding="utf-8"))["relative_title_organs"]


class GraphBuilder:
    def __init__(self, resolution: Resolution, reprints: dict | None = None):
        self.res = resolution
        self.reprints = reprints or {}                # (doc, article) -> (doc, article) kept
        self.g = nx.MultiDiGraph()
        self.ids: dict[str, str] = {}                 # resolution key -> node id

    def node(self, etype: str, text: str, doc: str, key_name: tuple[str, str] | None = None) -> str:
        label = LABELS[etype]
        if etype == "TITLE":
            key, name = f"TITLE:{clean(text)}", clean(text)
        else:
            key, name = key_name or self.res.key(doc, etype, text)
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

    def edge(self, h: str, t: str, key: str, rel: dict, doc: str) -> dict:
        if not self.g.has_edge(h, t, key):
            self.g.add_edge(h, t, key=key, relation=key, weight=0, confidence=0.0, evidence=[])
        edge = self.g.edges[h, t, key]
        evidence = {"sentence": rel.get("evidence", ""), "doc": doc, "article": rel.get("article"),
                    "start": rel.get("start"), "end": rel.get("end"), "date": rel.get("date")}
        if evidence not in edge["evidence"]:
            edge["evidence"].append(evidence)
            edge["weight"] += 1
        edge["confidence"] = max(edge["confidence"], float(rel.get("confidence") or 0.0))
        return edge

    def add_record(self, rec: dict) -> None:
        doc = rec["doc"]
        copies = {a["index"] for a in rec.get("articles", []) if (doc, a["index"]) in self.reprints}
        articles = {a["index"]: a for a in rec.get("articles", []) if a["index"] not in copies}
        for a in articles.values():
            self.g.add_node(article_id(doc, a["index"]), label=ARTICLE, name=a.get("headline") or f"{doc} #{a['index']}",
                            headline=a.get("headline") or "", date=a.get("date") or "",
                            date_source=a.get("date_source") or "", doc=doc, path=rec.get("path") or "",
                            aliases=[], titles=[], positions=[], mentions=0, docs=[doc], merge_reasons=[])
        types: dict[str, str] = {}
        for ent in rec["entities"]:
            in_articles = [i for i in ent.get("articles") or [0] if i not in copies]
            if not in_articles:
                continue                              # only in a reprint
            nid = self.node(ent["type"], ent["text"], doc)
            data = self.g.nodes[nid]
            data["mentions"] += _mentions_in(ent, rec, copies)
            for t in ent.get("titles", []):
                if t not in data["titles"]:
                    data["titles"].append(t)
            types.setdefault(ent["text"], ent["type"])
            for i in in_articles:
                if i in articles:
                    self.mention(article_id(doc, i), nid, doc)
        for rel in rec["relations"]:
            if rel.get("article") in copies:
                continue
            head_type = rel.get("head_type") or types.get(rel["head"])
            tail_type = rel.get("tail_type") or ("TITLE" if rel["relation"] == "任职" else types.get(rel["tail"]))
            if head_type not in LABELS or tail_type not in LABELS:
                continue
            h = self.node(head_type, rel["head"], doc)
            t = self.node(tail_type, rel["tail"], doc)
            self.edge(h, t, rel["relation"], rel, doc)
            if rel["relation"] == "任职":              # a person's titles over time, and the organisation
                position = {"title": rel["tail"], "date": rel.get("date"), "doc": doc}
                if position not in self.g.nodes[h]["positions"]:
                    self.g.nodes[h]["positions"].append(position)
                self.affiliation(h, rel, rec, types)

    def mention(self, article: str, nid: str, doc: str) -> None:
        if not self.g.has_edge(article, nid, MENTIONS):
            self.g.add_edge(article, nid, key=MENTIONS, relation=MENTIONS, weight=0, confidence=1.0, evidence=[])
        self.g.edges[article, nid, MENTIONS]["weight"] += 1

    def affiliation(self, person: str, rel: dict, rec: dict, types: dict[str, str]) -> None:
        """Person -[任职 {titles}]-> the organisation the title names, or the relative post's organ."""
        doc, title = rec["doc"], rel["tail"]
        orgs = [text for text, etype in types.items() if etype in ("ORG", "COMPANY")
                and title.startswith(text) and len(title) > len(text)]
        if orgs:
            org = max(orgs, key=len)
            target = self.node(types[org], org, doc)
        else:
            organ = relative_title_organs().get(title)
            key_name = organ and self.res.organ_key(doc, organ)
            if not key_name:
                return
            target = self.node("ORG", organ, doc, key_name)
        edge = self.edge(person, target, "任职", rel, doc)
        edge.setdefault("titles", [])
        if title not in edge["titles"]:
            edge["titles"].append(title)


def _mentions_in(ent: dict, rec: dict, copies: set[int]) -> int:
    """Mentions of the entity outside reprinted articles."""
    mentions = ent.get("mentions") or [[ent.get("start", 0), ent.get("end", 0)]]
    if not copies:
        return len(mentions)
    spans = [(a.get("start", 0), a.get("end", 0)) for a in rec.get("articles", []) if a["index"] in copies]
    return sum(1 for s, _ in mentions if not any(a <= s < b for a, b in spans))


def build_graph(records: Iterable[dict], resolution: Resolution | None = None) -> nx.MultiDiGraph:
    records = sorted(records, key=lambda r: r["doc"])      # the same graph whatever order files come in
    reprints = find_reprints(records)
    builder = GraphBuilder(resolution or resolve(records), reprints)
    for rec in records:
        builder.add_record(rec)
    builder.g.graph["reprints"] = [{"copy": list(copy), "kept": list(kept)} for copy, kept in sorted(reprints.items())]
    return builder.g
