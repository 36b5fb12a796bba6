"""The graph schema shared by the embedded Cypher database and Neo4j, so one query text runs on both.

Node labels carry `id` (unique), `name`, `aliases`, `titles`, `mentions`, `docs`.
Relationship types are the Chinese verbs; each carries `weight`, `confidence`, `evidence` (sentences),
`docs`, `dates` and `sources` (the full evidence records as JSON).
"""
from __future__ import annotations

import json

NODE_LABELS = ("Person", "Place", "Company", "Organization", "Project", "Meeting", "Title", "Article")
ENTITY_LABELS = NODE_LABELS[:6]

# relationship type -> allowed (from label, to label) pairs
REL_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "主持": (("Person", "Meeting"),),
    "出席": (("Person", "Meeting"),),
    "讲话": (("Person", "Meeting"),),
    "任职": (("Person", "Title"), ("Person", "Organization"), ("Person", "Company")),
    "实施": (("Company", "Project"), ("Organization", "Project"), ("Place", "Project"), ("Person", "Project")),
    "位于": (("Project", "Place"), ("Company", "Place"), ("Organization", "Place"), ("Meeting", "Place")),
    "主办": (("Organization", "Meeting"), ("Company", "Meeting"), ("Place", "Meeting")),
    "提及": tuple(("Article", label) for label in ENTITY_LABELS),
}
ARTICLE_PROPERTIES = ("headline", "date", "date_source", "doc", "path")


def node_rows(graph, label: str) -> list[dict]:
    rows = []
    for nid, d in graph.nodes(data=True):
        if d.get("label") != label:
            continue
        row = {"id": nid, "name": d["name"], "aliases": list(d.get("aliases", [])), "titles": list(d.get("titles", [])),
               "mentions": int(d.get("mentions", 0)), "docs": list(d.get("docs", []))}
        if label == "Article":
            row.update({k: str(d.get(k) or "") for k in ARTICLE_PROPERTIES})
        rows.append(row)
    return rows


def rel_rows(graph) -> tuple[dict[tuple[str, str, str], list[dict]], int]:
    """Edges grouped by (type, from label, to label); also the number of edges outside the schema."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    skipped = 0
    for h, t, key, d in graph.edges(keys=True, data=True):
        pair = (graph.nodes[h]["label"], graph.nodes[t]["label"])
        if pair not in REL_ENDPOINTS.get(key, ()):
            skipped += 1
            continue
        ev = d.get("evidence", [])
        groups.setdefault((key, *pair), []).append({
            "a": h, "b": t, "weight": int(d.get("weight", 1)), "confidence": float(d.get("confidence", 0.0)),
            "evidence": [e.get("sentence", "") for e in ev],
            "docs": sorted({str(e.get("doc")) for e in ev}),
            "dates": sorted({str(e.get("date")) for e in ev if e.get("date")}),
            "sources": json.dumps(ev, ensure_ascii=False),
            "titles": list(d.get("titles", [])),
        })
    return groups, skipped
