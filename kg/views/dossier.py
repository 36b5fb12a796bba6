"""Dossiers: everything the graph knows about one person, organisation/company or project, with evidence.

`dossier_report(graph, kind, name)` returns a kg.views.report.Report (rendered to Markdown and HTML there).
A name matches an entity's name or one of its aliases (quotes and spaces ignored); several entities of one
name (two officials called 王伟, kept apart by entity resolution) each get their section. An unknown name
raises EntityNotFound carrying the close matches (difflib, plus names that contain it or that it contains).
"""
from __future__ import annotations

import difflib
import re

import networkx as nx

from kg.views.report import (MEETING_ROLES, ROLE_RANK, Facts, Heading, Para, Report, Table, chart_image,
                             edge_dates, name_of)

KINDS = {"person": ("Person",), "org": ("Organization", "Company"), "project": ("Project",)}
FLAGS = {"Person": "--person", "Organization": "--org", "Company": "--org", "Project": "--project"}
NOUNS = {"person": "person", "org": "organisation or company", "project": "project"}
MAX_FACTS = 1000
_IGNORED = re.compile(r"[\s\"'“”‘’「」『』《》]")


def norm(text: object) -> str:
    return _IGNORED.sub("", str(text or ""))


class EntityNotFound(LookupError):
    def __init__(self, kind: str, name: str, close: list[str], elsewhere: list[str]):
        self.kind, self.name, self.close, self.elsewhere = kind, name, close, elsewhere
        msg = f"no {NOUNS.get(kind, kind)} named {name!r} in the graph"
        msg += f"; close matches: {', '.join(close)}" if close else "; no close matches"
        if elsewhere:
            msg += "; " + "; ".join(elsewhere)
        super().__init__(msg)


def _names(d: dict) -> list[str]:
    return [str(d.get("name") or "")] + [str(a) for a in d.get("aliases") or []]


def find_entities(graph: nx.MultiDiGraph, kind: str, name: str) -> list:
    """The nodes of `kind` ('person', 'org', 'project') whose name or alias is `name`; raises EntityNotFound."""
    labels = KINDS[kind]
    key = norm(name)
    hits = [n for n, d in graph.nodes(data=True)
            if d.get("label") in labels and key and key in {norm(x) for x in _names(d)}]
    if hits:
        return sorted(hits, key=lambda n: (norm(graph.nodes[n].get("name")) != key,
                                           -(graph.nodes[n].get("mentions") or 0), str(n)))
    candidates: dict[str, str] = {}                  # spelling -> entity name
    for _, d in graph.nodes(data=True):
        if d.get("label") in labels:
            for spelling in _names(d):
                if spelling:
                    candidates.setdefault(spelling, str(d.get("name")))
    close = difflib.get_close_matches(name, list(candidates), n=8, cutoff=0.5)
    if len(key) >= 2:
        close += sorted((c for c in candidates if c not in close and (key in norm(c) or (len(norm(c)) >= 2 and norm(c) in key))),
                        key=lambda c: (len(c), c))
    shown = []
    for c in close:
        label = c if candidates[c] == c else f"{c} (= {candidates[c]})"
        if label not in shown:
            shown.append(label)
    elsewhere = sorted({f"{d.get('name')} is a{'n' if d.get('label', ' ')[0] in 'AEIOU' else ''} {d.get('label')}"
                        + (f" (try {FLAGS[d.get('label')]})" if d.get("label") in FLAGS else "")
                        for _, d in graph.nodes(data=True)
                        if d.get("label") not in labels and key and key in {norm(x) for x in _names(d)}})
    raise EntityNotFound(kind, name, shown[:10], elsewhere)


def dossier_filename(kind: str, name: str) -> str:
    """A safe file name: letters, digits and CJK kept, everything else (/ .. < > quotes) becomes _."""
    safe = re.sub(r"[^\w\-]+", "_", str(name)).strip("._-")[:60] or "entity"
    return f"dossier-{kind}-{safe}.md"


# -- helpers ---------------------------------------------------------------------------------------------
def _date_key(text) -> tuple:
    from kg.views.charts import parse_date

    p = parse_date(text)
    return (0, p[0] or 0, p[1], p[2]) if p else (1, 0, 0, 0)


def _first_date(data: dict) -> str:
    dates = sorted(edge_dates(data), key=_date_key)
    return dates[0] if dates else ""


def _ev_sort(ev: dict) -> tuple:
    return _date_key(ev.get("date")), str(ev.get("doc") or ""), ev.get("article") or 0, ev.get("start") or 0


def _first_ev(data: dict) -> dict:
    """The earliest evidence; within one document the fullest sentence (a headline fragment is less useful)."""
    evidence = sorted(data.get("evidence") or [], key=lambda ev: (_date_key(ev.get("date")), str(ev.get("doc") or ""),
                                                                 -len(ev.get("sentence") or ""), _ev_sort(ev)))
    return evidence[0] if evidence else {}


def _docs(data: dict) -> str:
    return "、".join(sorted({str(ev.get("doc")) for ev in data.get("evidence") or [] if ev.get("doc")}))


def _places(graph, n) -> list[str]:
    return sorted({name_of(graph, v) for _, v, k in graph.out_edges(n, keys=True) if k == "位于"})


def _header(graph, n) -> Facts:
    d = graph.nodes[n]
    items = [("type", str(d.get("label", "?"))), ("node", str(n))]
    if d.get("aliases"):
        items.append(("also written", "、".join(map(str, d["aliases"]))))
    if d.get("titles"):
        items.append(("titles", "、".join(map(str, d["titles"]))))
    items.append(("mentions", str(d.get("mentions") or 0)))
    docs = d.get("docs") or []
    items.append(("documents", f"{len(docs)}: " + "、".join(map(str, docs[:20])) + (" …" if len(docs) > 20 else "")))
    if d.get("merge_reasons"):
        items.append(("merged because", "; ".join(map(str, d["merge_reasons"]))))
    return Facts(items)


def facts_of(graph, n) -> list[tuple[str, str, str, dict]]:
    """Every evidence record of every relation touching n: (relation, head name, tail name, evidence)."""
    out = []
    edges = list(graph.out_edges(n, keys=True, data=True))
    edges += [e for e in graph.in_edges(n, keys=True, data=True) if e[0] != e[1]]     # a self-loop once
    for u, v, k, d in edges:
        for ev in d.get("evidence") or [{}]:
            out.append((k, name_of(graph, u), name_of(graph, v), ev))
    out.sort(key=lambda f: (_ev_sort(f[3]), f[0], f[1], f[2]))
    return out


def _facts_table(graph, n) -> Table:
    facts = facts_of(graph, n)
    rows = [[k, f"{head} {k} {tail}", ev.get("date") or "", ev.get("doc") or "",
             "" if ev.get("article") is None else ev["article"], ev.get("sentence") or ""]
            for k, head, tail, ev in facts[:MAX_FACTS]]
    note = f"first {MAX_FACTS} of {len(facts)} shown" if len(facts) > MAX_FACTS else ""
    return Table(["relation", "fact", "date", "document", "article", "evidence"], rows, note)


def _timeline(graph, n, key: str):
    from kg.views.charts import timeline_chart

    me = name_of(graph, n)
    events = sorted({(ev.get("date"), k, tail if head == me else head)
                     for k, head, tail, ev in facts_of(graph, n) if ev.get("date")}, key=lambda e: (_date_key(e[0]), e[1], e[2]))
    if not events:
        return Para("No dated events: the documents state no dates for these facts.")
    return chart_image(key, f"Timeline of {me}", lambda: timeline_chart(events, f"{me}: dated events"))


def _first(edge: dict) -> str:
    ev = sorted(edge.get("evidence") or [], key=_ev_sort)
    return ev[0].get("sentence", "") if ev else ""


def _titled_people(graph, n) -> Table:
    """People whose titles mention the entity (省发展改革委主任 for 省发展改革委), with evidence."""
    keys = {k for k in (norm(x) for x in _names(graph.nodes[n])) if len(k) >= 2}
    rows, seen = [], set()
    for t, td in graph.nodes(data=True):
        if td.get("label") != "Title" or not any(k in norm(td.get("name")) for k in keys):
            continue
        for p, _, k, d in graph.in_edges(t, keys=True, data=True):
            if k != "任职":
                continue
            for ev in sorted(d.get("evidence") or [{}], key=_ev_sort):
                rows.append([name_of(graph, p), name_of(graph, t), ev.get("date") or "", ev.get("doc") or "",
                             ev.get("sentence") or ""])
            seen.add((p, norm(td.get("name"))))
    for p, _, k, d in graph.in_edges(n, keys=True, data=True):   # people whose post is in this organisation
        if k == "任职":
            for title in d.get("titles") or []:
                if (p, norm(title)) not in seen:
                    ev = min(d.get("evidence") or [{}], key=_ev_sort)
                    rows.append([name_of(graph, p), title, ev.get("date") or "", ev.get("doc") or "",
                                 ev.get("sentence") or ""])
                    seen.add((p, norm(title)))
    for p, pd in graph.nodes(data=True):           # titles kept on the person without a 任职 sentence
        if pd.get("label") != "Person":
            continue
        for title in pd.get("titles") or []:
            if (p, norm(title)) not in seen and any(k in norm(title) for k in keys):
                rows.append([name_of(graph, p), title, "", "", ""])
                seen.add((p, norm(title)))
    rows.sort(key=lambda r: (_date_key(r[2]), r[0], r[1]))
    return Table(["person", "title", "date", "document", "evidence"], rows)


# -- the dossiers ----------------------------------------------------------------------------------------
def _person(graph, n, lv: int) -> list:
    d = graph.nodes[n]
    blocks = []

    # titles over time
    title_ev: dict[str, list] = {}
    organisations = []
    for _, t, k, ed in graph.out_edges(n, keys=True, data=True):
        if k == "任职" and graph.nodes[t].get("label") in ("Organization", "Company"):
            organisations.append((t, ed))         # the organisation a title names: a table of its own
        elif k == "任职":
            title_ev.setdefault(norm(name_of(graph, t)), []).extend(ed.get("evidence") or [])
    rows, covered = [], set()
    for pos in sorted(d.get("positions") or [], key=lambda p: (_date_key(p.get("date")), str(p.get("doc")), str(p.get("title")))):
        evs = title_ev.get(norm(pos.get("title")), [])
        ev = next((e for e in evs if e.get("doc") == pos.get("doc") and e.get("date") == pos.get("date")),
                  next((e for e in evs if e.get("doc") == pos.get("doc")), {}))
        rows.append([pos.get("title") or "", pos.get("date") or "", pos.get("doc") or "", ev.get("sentence") or ""])
        covered.add(norm(pos.get("title")))
    for title, evs in title_ev.items():              # graphs built without `positions`
        if title not in covered:
            for ev in sorted(evs, key=_ev_sort):
                rows.append([title, ev.get("date") or "", ev.get("doc") or "", ev.get("sentence") or ""])
            covered.add(title)
    for title in d.get("titles") or []:
        if norm(title) not in covered:
            rows.append([title, "", "", "(title attached to the name; no 任职 sentence)"])
    blocks += [Heading(lv, "Titles over time (任职)"), Table(["title", "date", "document", "evidence"], rows)]
    if organisations:
        org_rows = [[name_of(graph, t), "、".join(ed.get("titles") or []), "、".join(edge_dates(ed)), _first(ed)]
                    for t, ed in sorted(organisations, key=lambda x: name_of(graph, x[0]))]
        blocks += [Heading(lv, "Organisations (任职)"), Table(["organisation", "titles", "dates", "evidence"], org_rows)]

    # meetings with role
    at: dict = {}
    for _, m, k, ed in graph.out_edges(n, keys=True, data=True):
        if k in MEETING_ROLES:
            at.setdefault(m, {})[k] = ed
    meetings = sorted(at, key=lambda m: (min((_date_key(_first_date(ed)) for ed in at[m].values())), name_of(graph, m)))
    rows = []
    for m in meetings:
        roles = sorted(at[m], key=ROLE_RANK.get)
        dates = sorted({x for ed in at[m].values() for x in edge_dates(ed)}, key=_date_key)
        docs = sorted({x for ed in at[m].values() for x in _docs(ed).split("、") if x})
        ev = _first_ev(at[m][roles[0]])
        rows.append([name_of(graph, m), "、".join(roles), "、".join(dates), "、".join(_places(graph, m)), "、".join(docs),
                     ev.get("sentence") or ""])
    blocks += [Heading(lv, "Meetings (主持 chaired / 出席 attended / 讲话 spoke)"),
               Table(["meeting", "role", "date", "place", "documents", "evidence"], rows)]

    # co-attendees
    co: dict = {}
    for m in at:
        for o, _, k in graph.in_edges(m, keys=True):
            if k in MEETING_ROLES and o != n and graph.nodes[o].get("label") == "Person":
                co.setdefault(o, {}).setdefault(m, set()).add(k)
    rows = []
    for o in sorted(co, key=lambda o: (-len(co[o]), name_of(graph, o))):
        shared = "；".join(f"{name_of(graph, m)}（{'、'.join(sorted(rs, key=ROLE_RANK.get))}）"
                          for m, rs in sorted(co[o].items(), key=lambda x: name_of(graph, x[0])))
        rows.append([name_of(graph, o), "、".join((graph.nodes[o].get("titles") or [])[:4]), len(co[o]), shared])
    blocks += [Heading(lv, "Co-attendees (other people at the same meetings)"),
               Table(["person", "titles", "shared meetings", "meetings (their role)"], rows)]

    # projects
    rows = []
    for _, p, k, ed in graph.out_edges(n, keys=True, data=True):
        if graph.nodes[p].get("label") == "Project":
            ev = _first_ev(ed)
            rows.append([name_of(graph, p), k, "、".join(_places(graph, p)), ev.get("date") or "", ev.get("doc") or "",
                         ev.get("sentence") or ""])
    rows.sort(key=lambda r: (_date_key(r[3]), r[0]))
    blocks += [Heading(lv, "Projects"), Table(["project", "relation", "where", "date", "document", "evidence"], rows)]
    return blocks


def _org_or_project(graph, n, lv: int) -> list:
    blocks = []
    label = graph.nodes[n].get("label")
    if label == "Project":
        rows = []
        for a, _, k, ed in graph.in_edges(n, keys=True, data=True):
            if k == "实施":
                ev = _first_ev(ed)
                rows.append([name_of(graph, a), graph.nodes[a].get("label", ""), ev.get("date") or "", ev.get("doc") or "",
                             ev.get("sentence") or ""])
        rows.sort(key=lambda r: (_date_key(r[2]), r[0]))
        blocks += [Heading(lv, "Who implements it (实施)"), Table(["actor", "type", "date", "document", "evidence"], rows)]
    else:
        rows = []
        for _, p, k, ed in graph.out_edges(n, keys=True, data=True):
            if k == "实施":
                ev = _first_ev(ed)
                rows.append([name_of(graph, p), "、".join(_places(graph, p)), ev.get("date") or "", ev.get("doc") or "",
                             ev.get("sentence") or ""])
        rows.sort(key=lambda r: (_date_key(r[2]), r[0]))
        blocks += [Heading(lv, "What it implements (实施)"), Table(["project", "where", "date", "document", "evidence"], rows)]

    rows = []
    for _, pl, k, ed in graph.out_edges(n, keys=True, data=True):
        if k == "位于":
            ev = _first_ev(ed)
            rows.append([name_of(graph, pl), "", ev.get("date") or "", ev.get("doc") or "", ev.get("sentence") or ""])
    if label != "Project":                          # where its projects are
        for _, p, k in graph.out_edges(n, keys=True):
            if k != "实施":
                continue
            for _, pl, k2, ed in graph.out_edges(p, keys=True, data=True):
                if k2 == "位于":
                    ev = _first_ev(ed)
                    rows.append([name_of(graph, pl), f"via its project {name_of(graph, p)}", ev.get("date") or "",
                                 ev.get("doc") or "", ev.get("sentence") or ""])
    blocks += [Heading(lv, "Where (位于)"), Table(["place", "how", "date", "document", "evidence"], rows)]
    blocks += [Heading(lv, "People holding titles that mention it"), _titled_people(graph, n)]
    return blocks


def dossier_report(graph: nx.MultiDiGraph, kind: str, name: str, charts: bool = True) -> Report:
    """The dossier of `name` (kind 'person', 'org' or 'project'); raises EntityNotFound."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    hits = find_entities(graph, kind, name)
    r = Report(f"Dossier: {name_of(graph, hits[0])}")
    lv = 2
    if len(hits) > 1:
        r.add(Para(f"{len(hits)} different entities are called {name}; entity resolution kept them apart, "
                   "so each has its own section below."))
        lv = 3
    for i, n in enumerate(hits):
        suffix = "" if i == 0 else f"-{i + 1}"
        if len(hits) > 1:
            r.add(Heading(2, f"{name_of(graph, n)} ({n})"))
        r.add(_header(graph, n))
        r.add(*(_person(graph, n, lv) if kind == "person" else _org_or_project(graph, n, lv)))
        if charts:
            r.add(Heading(lv, "Timeline"), _timeline(graph, n, "timeline" + suffix))
        r.add(Heading(lv, "Every fact with its evidence"), _facts_table(graph, n))
    return r
