"""Relationship reports in Markdown: the corpus overview and who-did-what tables with evidence.

Document text is data: Markdown table cells escape `|`, and HTML-significant characters are escaped so a
report rendered to HTML shows them as text.
"""
from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

import networkx as nx

from kg.stores.networkx_io import atomic_write

MEETING_ROLES = ("主持", "出席", "讲话")


def cell(text: object) -> str:
    """A Markdown table cell: escaped, no line breaks, no pipes."""
    return html.escape(str(text)).replace("|", "&#124;").replace("\n", " ")


def _table(header: list[str], rows: list[list]) -> list[str]:
    if not rows:
        return ["_none found_", ""]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _first_evidence(data: dict) -> str:
    ev = (data.get("evidence") or [{}])[0]
    return f"{ev.get('sentence', '')} ({ev.get('doc', '')})"


def overview(graph: nx.MultiDiGraph, records_summary: dict | None = None, top: int = 15) -> str:
    labels = Counter(d["label"] for _, d in graph.nodes(data=True))
    rels = Counter(k for _, _, k in graph.edges(keys=True))
    lines = ["# kg relationship report", ""]
    if records_summary:
        lines += [f"Documents: {records_summary.get('documents', 0)}  ", ""]
    lines += ["## Entities by type", ""] + _table(["type", "count"], sorted(labels.items(), key=lambda x: -x[1]))
    lines += ["## Relations by type", ""] + _table(["relation", "count"], sorted(rels.items(), key=lambda x: -x[1]))

    activity: dict[str, Counter] = {}
    for h, _, k in graph.edges(keys=True):
        if k in MEETING_ROLES:
            activity.setdefault(h, Counter())[k] += 1
    officials = sorted(activity.items(), key=lambda x: (-sum(x[1].values()), x[0]))[:top]
    lines += ["## Most active officials (meetings)", ""]
    lines += _table(["person", "titles", "主持", "出席", "讲话"],
                    [[graph.nodes[p]["name"], "、".join(graph.nodes[p].get("titles", [])[:4]),
                      c["主持"], c["出席"], c["讲话"]] for p, c in officials])

    builders = Counter(h for h, _, k in graph.edges(keys=True) if k == "实施")
    lines += ["## Most active implementers (实施)", ""]
    lines += _table(["actor", "type", "projects"],
                    [[graph.nodes[n]["name"], graph.nodes[n]["label"], c] for n, c in builders.most_common(top)])

    lines += ["## Who chaired what", ""]
    chaired = [(h, t, d) for h, t, k, d in graph.edges(keys=True, data=True) if k == "主持"]
    lines += _table(["person", "meeting", "evidence"],
                    [[graph.nodes[h]["name"], graph.nodes[t]["name"], _first_evidence(d)] for h, t, d in chaired[:50]])

    lines += ["## Projects and who implements them", ""]
    built = [(h, t, d) for h, t, k, d in graph.edges(keys=True, data=True) if k == "实施"]
    lines += _table(["actor", "project", "evidence"],
                    [[graph.nodes[h]["name"], graph.nodes[t]["name"], _first_evidence(d)] for h, t, d in built[:50]])

    places = Counter()
    for n, d in graph.nodes(data=True):
        if d["label"] == "Place":
            places[n] = d.get("mentions", 0)
    lines += ["## Places most mentioned", ""]
    lines += _table(["place", "mentions", "documents"],
                    [[graph.nodes[n]["name"], c, len(graph.nodes[n].get("docs", []))] for n, c in places.most_common(top)])
    merged = [(d["name"], d.get("aliases", []), d.get("merge_reasons", [])) for _, d in graph.nodes(data=True)
              if d.get("merge_reasons")]
    lines += ["## Merged names (entity resolution)", ""]
    lines += _table(["entity", "also written", "why"],
                    [[name, "、".join(aliases), "; ".join(reasons)] for name, aliases, reasons in sorted(merged)[:60]])
    return "\n".join(lines)


def write_report(graph: nx.MultiDiGraph, path: Path, records_summary: dict | None = None) -> Path:
    text = overview(graph, records_summary)
    return atomic_write(Path(path), lambda p: p.write_text(text, encoding="utf-8"))
