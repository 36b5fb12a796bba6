"""In-memory indexes over a built graph, made once when `kg serve` starts, so the page's search box and
neighbourhood view answer from memory (a few milliseconds on 100,000 nodes) instead of querying the
database per keystroke. The embedded database is used for the Cypher box only (kg.serve.app).

Search: every name and alias, normalised (quotes and spaces dropped, lower case), is one key. Keys are
kept twice: sorted, for exact and prefix look-ups with bisect; and joined into one string in order of
mentions (most mentioned entity first), so a substring scan with str.find meets the likeliest entity
first and can stop as soon as it has enough.
"""
from __future__ import annotations

import bisect
import heapq
import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx

from kg.views.dossier import KINDS, norm

SEP = "\x00"                         # between keys in the substring haystack; never inside a key
DOSSIER_KIND = {label: kind for kind, labels in KINDS.items() for label in labels}
MAX_LIMIT = 500


def key_of(text: object) -> str:
    return norm(text).lower()


def parse_bound(text: str | None, upper: bool) -> tuple[int | None, int, int] | None:
    """A date-range bound: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', 'MM-DD' (or empty: no bound).
    Raises ValueError on anything else."""
    text = (text or "").strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?|(\d{1,2})-(\d{1,2})", text)
    if not m:
        raise ValueError(f"not a date: {text!r} (use 2024, 2024-03, 2024-03-18 or 03-18)")
    if m.group(1):
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else (12 if upper else 1)
        day = int(m.group(3)) if m.group(3) else (31 if upper else 1)
    else:
        year, month, day = None, int(m.group(4)), int(m.group(5))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"not a date: {text!r}")
    return year, month, day


def parse_date(text) -> tuple[int | None, int, int] | None:
    """An evidence date: '2024-03-18' -> (2024, 3, 18); '03-18' (year not stated) -> (None, 3, 18)."""
    m = re.fullmatch(r"(?:(\d{4})-)?(\d{1,2})-(\d{1,2})", str(text or "").strip())
    if not m:
        return None
    return (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))


def _within(date, lo, hi) -> bool:
    """Compare full dates when both sides state the year, month and day otherwise (a yearless '03-18')."""
    for bound, ok in ((lo, lambda a, b: a >= b), (hi, lambda a, b: a <= b)):
        if bound is None:
            continue
        if date[0] is not None and bound[0] is not None:
            if not ok(date, bound):
                return False
        elif not ok(date[1:], bound[1:]):
            return False
    return True


class GraphIndex:
    """Search, node, neighbourhood and evidence answers from one networkx MultiDiGraph."""

    def __init__(self, graph: nx.MultiDiGraph, articles: dict | None = None, paths: dict | None = None):
        self.graph = graph
        self.articles = articles or {}          # (doc, article index) -> headline
        self.paths = paths or {}                # doc -> path as given to kg build
        self.labels = Counter(str(d.get("label", "?")) for _, d in graph.nodes(data=True))
        self.relations = Counter(k for _, _, k in graph.edges(keys=True))
        self._degree = dict(graph.degree())     # a multigraph's degree is a sum over its edges: count once
        entries = []                            # (key, -mentions, node id, spelling)
        for n, d in graph.nodes(data=True):
            mentions = int(d.get("mentions") or 0)
            spellings = [str(d.get("name") or n)] + [str(a) for a in d.get("aliases") or []]
            for s in dict.fromkeys(spellings):
                k = key_of(s)
                if k:
                    entries.append((k, -mentions, str(n), s))
        entries.sort()
        self._keys = [e[0] for e in entries]
        self._sorted = entries
        by_mentions = sorted(entries, key=lambda e: (e[1], e[0], e[2]))
        self._scan = [(e[2], e[3]) for e in by_mentions]
        starts, ends, pos = [], [], 1
        for e in by_mentions:
            starts.append(pos)
            ends.append(pos + len(e[0]))
            pos += len(e[0]) + 1
        self._starts, self._ends = starts, ends
        self._haystack = SEP + SEP.join(e[0] for e in by_mentions) + SEP

    # -- loading -----------------------------------------------------------------------------------------
    @classmethod
    def from_folder(cls, out: Path) -> "GraphIndex":
        """graph.json of a `kg build` folder, with headlines and file paths from extractions.jsonl."""
        from kg.stores.networkx_io import read_node_link

        out = Path(out)
        path = out / "graph.json"
        if not path.exists():
            raise FileNotFoundError(f"{path}: no graph here; run `kg build` first")
        try:
            graph = read_node_link(path)
        except Exception as err:  # noqa: BLE001  (JSON, networkx and type errors alike: a damaged file)
            brief = " ".join(str(err).split())[:160]
            raise ValueError(f"{path}: not a graph kg can read ({type(err).__name__}: {brief}); "
                             "run `kg build` again") from None
        articles, paths = {}, {}
        records = out / "extractions.jsonl"
        if records.exists():
            with records.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    doc = rec.get("doc")
                    if rec.get("path"):
                        paths.setdefault(doc, rec["path"])
                    for a in rec.get("articles") or []:
                        if a.get("headline"):
                            articles[(doc, a.get("index"))] = a["headline"]
        return cls(graph, articles, paths)

    # -- answers -----------------------------------------------------------------------------------------
    def node(self, n, full: bool = False) -> dict:
        d = self.graph.nodes[n]
        out = {"id": str(n), "name": str(d.get("name") or n), "label": str(d.get("label", "?")),
               "mentions": int(d.get("mentions") or 0), "degree": self._degree.get(n, 0)}
        titles, aliases = list(d.get("titles") or []), list(d.get("aliases") or [])
        if full:
            out.update(titles=titles, aliases=aliases, docs=list(d.get("docs") or []),
                       dossier=DOSSIER_KIND.get(out["label"]),
                       relations=dict(Counter(k for keyed in self.graph._succ[n].values() for k in keyed)
                                      + Counter(k for keyed in self.graph._pred[n].values() for k in keyed)))
        else:
            out.update(titles=titles[:4], aliases=aliases[:4])
        return out

    def search(self, q: str, limit: int = 20, labels: set | None = None) -> list[dict]:
        """Exact matches first, then prefix matches, then substring matches; each group most mentioned
        first. Names and aliases both count; `match` says which kind, `alias` the spelling matched when it
        is not the name."""
        k = key_of(q)
        limit = max(1, min(int(limit), MAX_LIMIT))
        if not k:
            return []
        found: dict[str, dict] = {}

        def take(n: str, spelling: str, how: str) -> bool:
            if n in found or (labels and self.graph.nodes[n].get("label") not in labels):
                return len(found) >= limit
            hit = self.node(n)
            hit["match"] = how
            if spelling != hit["name"]:
                hit["alias"] = spelling
            found[n] = hit
            return len(found) >= limit

        lo = bisect.bisect_left(self._keys, k)
        for i in range(lo, len(self._keys)):       # exact: the keys equal to k, most mentioned first
            if self._keys[i] != k:
                break
            if take(self._sorted[i][2], self._sorted[i][3], "exact"):
                return list(found.values())
        hay, starts, ends = self._haystack, self._starts, self._ends
        for how, needle, shift in (("prefix", SEP + k, 1), ("substring", k, 0)):
            at = hay.find(needle)
            while at >= 0:
                i = bisect.bisect_right(starts, at + shift) - 1
                n, spelling = self._scan[i]
                if take(n, spelling, how):
                    return list(found.values())
                at = hay.find(needle, ends[i])       # next key: one hit per key is enough
        return list(found.values())

    def resolve(self, node_id: str):
        """The node with this id, or KeyError."""
        if node_id in self.graph:
            return node_id
        raise KeyError(node_id)

    def evidence(self, ev: dict) -> dict:
        doc, article = ev.get("doc"), ev.get("article")
        out = {"sentence": str(ev.get("sentence") or ""), "doc": doc, "article": article, "date": ev.get("date"),
               "start": ev.get("start"), "end": ev.get("end"),
               "headline": ev.get("headline") or self.articles.get((doc, article)),
               "path": ev.get("path") or self.paths.get(doc)}
        return out

    def _edge(self, u, v, k, d, evidence: int) -> dict:
        ev = d.get("evidence") or []
        return {"id": json.dumps([str(u), str(v), str(k)], ensure_ascii=False), "from": str(u), "to": str(v),
                "relation": str(k), "weight": int(d.get("weight") or len(ev) or 1),
                "confidence": d.get("confidence"),
                "dates": sorted({str(e["date"]) for e in ev if e.get("date")}),
                "docs": sorted({str(e["doc"]) for e in ev if e.get("doc")}),
                "evidence": [self.evidence(e) for e in ev[:evidence]], "evidence_total": len(ev)}

    def neighbourhood(self, node_id: str, *, labels: set | None = None, relations: set | None = None,
                      date_from: str | None = None, date_to: str | None = None, limit: int = 150,
                      evidence: int = 3) -> dict:
        """The node, its neighbours and the edges between them (both directions, parallel edges apart),
        filtered by the neighbour's type, the relation and the evidence dates (an edge passes when one of
        its dated evidence sentences is in the range; undated edges are left out while a range is set).
        The `limit` heaviest edges are kept; `total` says how many passed the filters."""
        n = self.resolve(node_id)
        lo, hi = parse_bound(date_from, upper=False), parse_bound(date_to, upper=True)
        limit = max(1, min(int(limit), 5000))
        g = self.graph
        passed = []
        # straight from the adjacency dicts: networkx's edge views cost several times more on a hub
        edges = [(n, v, k, d, v) for v, keyed in g._succ[n].items() for k, d in keyed.items()]
        edges += [(u, n, k, d, u) for u, keyed in g._pred[n].items() if u != n for k, d in keyed.items()]
        for u, v, k, d, other in edges:
            if relations is not None and k not in relations:
                continue
            if labels is not None and other != n and g.nodes[other].get("label") not in labels:
                continue
            if lo or hi:
                dates = [parse_date(e.get("date")) for e in d.get("evidence") or []]
                if not any(x and _within(x, lo, hi) for x in dates):
                    continue
            passed.append((u, v, k, d, other))
        if len(passed) > limit:                 # the heaviest; among equals, the first met (nlargest is stable)
            kept = heapq.nlargest(limit, passed, key=lambda e: e[3].get("weight") or 0)
        else:
            kept = passed
        neighbours = dict.fromkeys(e[4] for e in kept if e[4] != n)
        return {"center": self.node(n, full=True),
                "nodes": [self.node(m) for m in neighbours],
                "edges": [self._edge(u, v, k, d, evidence) for u, v, k, d, _ in kept],
                "total": len(passed), "shown": len(kept)}

    def edge_evidence(self, u: str, v: str, k: str, limit: int = 1000) -> dict:
        g = self.graph
        if not g.has_edge(u, v, key=k):
            raise KeyError(f"{u} -[{k}]-> {v}")
        d = g.edges[u, v, k]
        out = self._edge(u, v, k, d, limit)
        out["source"], out["target"] = self.node(u), self.node(v)
        return out

    def meta(self) -> dict:
        return {"nodes": self.graph.number_of_nodes(), "edges": self.graph.number_of_edges(),
                "labels": dict(self.labels.most_common()), "relations": dict(self.relations.most_common())}
