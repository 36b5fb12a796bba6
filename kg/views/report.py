"""Relationship reports: the corpus overview and entity dossiers (kg.views.dossier), in Markdown and HTML.

A report is built once as a list of blocks (Heading, Para, Facts, Table, Image) and rendered twice, so the
Markdown and the HTML say the same thing. Charts are PNGs (kg.views.charts): written beside the Markdown
file and linked from it, embedded in the HTML as data URIs so the HTML is one self-contained offline file.

Document text is data. Markdown: HTML-significant characters become entities, Markdown punctuation that
could make links, emphasis or code is backslash-escaped, `|` cannot break a table. HTML: every string is
html.escape()d, no script, and a Content-Security-Policy that allows only inline styles and data: images.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.graph.build import MENTIONS

from kg.outputs import atomic_write

MEETING_ROLES = ("主持", "出席", "讲话")
ROLE_RANK = {"主持": 0, "讲话": 1, "出席": 2}          # a meeting counts once per person, by the highest role
TOP = 15


# -- the document model ----------------------------------------------------------------------------------
@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Para:
    text: str


@dataclass
class Facts:
    items: list[tuple[str, str]]


@dataclass
class Table:
    header: list[str]
    rows: list[list]
    note: str = ""                      # e.g. "first 50 of 120 shown"


@dataclass
class Image:
    key: str                            # file name part: report_<key>.png
    alt: str
    png: bytes | None = None
    why_missing: str = ""


@dataclass
class Report:
    title: str
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> "Report":
        self.blocks.extend(blocks)
        return self

    @property
    def images(self) -> list[Image]:
        return [b for b in self.blocks if isinstance(b, Image) and b.png]


# -- escaping --------------------------------------------------------------------------------------------
_MD_PUNCT = re.compile(r"([\\`*\[\]~])")
_MD_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")    # intraword _ (01_meeting) is literal


def md_text(text: object) -> str:
    """Plain text for Markdown: one line, HTML entities for < > & " ', Markdown punctuation escaped."""
    s = " ".join(str(text).split())
    s = html.escape(s, quote=True)
    s = _MD_PUNCT.sub(r"\\\1", s)
    s = _MD_UNDERSCORE.sub(r"\\_", s)
    return s.replace("|", "&#124;")


def cell(text: object) -> str:
    """A Markdown table cell: escaped, no line breaks, no pipes."""
    return md_text(text)


def h(text: object) -> str:
    """Text for HTML (element content and quoted attribute values)."""
    return html.escape(str(text), quote=True)


# -- rendering -------------------------------------------------------------------------------------------
def image_name(stem: str, key: str) -> str:
    return f"{stem}_{key}.png"


def render_markdown(report: Report, stem: str = "report") -> str:
    lines = [f"# {md_text(report.title)}", ""]
    for b in report.blocks:
        if isinstance(b, Heading):
            lines += [f"{'#' * max(2, min(b.level, 6))} {md_text(b.text)}", ""]
        elif isinstance(b, Para):
            lines += [md_text(b.text), ""]
        elif isinstance(b, Facts):
            lines += [f"- **{md_text(k)}**: {md_text(v)}" for k, v in b.items] + [""]
        elif isinstance(b, Table):
            if not b.rows:
                lines += ["_none found_", ""]
                continue
            lines += ["| " + " | ".join(cell(c) for c in b.header) + " |", "|" + "---|" * len(b.header)]
            lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in b.rows]
            lines += [""] + ([f"_{md_text(b.note)}_", ""] if b.note else [])
        elif isinstance(b, Image):
            if b.png:
                lines += [f"![{md_text(b.alt)}]({image_name(stem, b.key)})", ""]
            elif b.why_missing:
                lines += [f"_{md_text(b.why_missing)}_", ""]
    return "\n".join(lines).rstrip() + "\n"


CSS = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
  sans-serif; margin: 2em auto; max-width: 1100px; padding: 0 1em; color: #222; line-height: 1.5; }
h1 { font-size: 1.6em; border-bottom: 2px solid #4e79a7; padding-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.1em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: 14px; max-width: 100%; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f8; } tr:nth-child(even) td { background: #fafafa; }
td.num { text-align: right; white-space: nowrap; } td.date { white-space: nowrap; }
.none, .note { color: #777; font-style: italic; }
img { max-width: 100%; height: auto; border: 1px solid #eee; }
ul.facts { list-style: none; padding-left: 0; } ul.facts b { display: inline-block; min-width: 8em; }
"""
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}")


def _td(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cls = ' class="num"'
    else:
        cls = ' class="date"' if _DATE.fullmatch(str(value)) else ""
    return f"<td{cls}>{h(value)}</td>"


def render_html(report: Report) -> str:
    from kg.views.charts import data_uri

    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{h(CSP)}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{h(report.title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
           f"<h1>{h(report.title)}</h1>"]
    for b in report.blocks:
        if isinstance(b, Heading):
            n = max(2, min(b.level, 6))
            out.append(f"<h{n}>{h(b.text)}</h{n}>")
        elif isinstance(b, Para):
            out.append(f"<p>{h(b.text)}</p>")
        elif isinstance(b, Facts):
            out.append('<ul class="facts">' + "".join(f"<li><b>{h(k)}</b> {h(v)}</li>" for k, v in b.items) + "</ul>")
        elif isinstance(b, Table):
            if not b.rows:
                out.append('<p class="none">none found</p>')
                continue
            out.append("<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in b.header) + "</tr></thead><tbody>")
            out += ["<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in b.rows]
            out.append("</tbody></table>")
            if b.note:
                out.append(f'<p class="note">{h(b.note)}</p>')
        elif isinstance(b, Image):
            if b.png:
                out.append(f'<p><img src="{data_uri(b.png)}" alt="{h(b.alt)}"></p>')
            elif b.why_missing:
                out.append(f'<p class="note">{h(b.why_missing)}</p>')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def report_paths(path: Path) -> tuple[Path, Path]:
    """(Markdown, HTML) for a requested output: FILE.html -> FILE.md beside it; anything else -> FILE + .html."""
    path = Path(path)
    if path.suffix.lower() in (".html", ".htm"):
        return path.with_suffix(".md"), path
    return path, path.with_suffix(".html")


def write_document(report: Report, path: Path, html_too: bool = True) -> list[Path]:
    """Write the report as Markdown (and HTML beside it, and the chart PNGs the Markdown links), atomically.
    Returns the paths written."""
    md_path, html_path = report_paths(path)
    written = []
    for img in report.images:
        target = md_path.with_name(image_name(md_path.stem, img.key))
        written.append(atomic_write(target, lambda p, data=img.png: p.write_bytes(data)))
    text = render_markdown(report, md_path.stem)
    written.insert(0, atomic_write(md_path, lambda p: p.write_text(text, encoding="utf-8")))
    if html_too:
        page = render_html(report)
        written.insert(1, atomic_write(html_path, lambda p: p.write_text(page, encoding="utf-8")))
    return written


# -- shared helpers (also used by kg.views.dossier) ------------------------------------------------------
def name_of(graph: nx.MultiDiGraph, n) -> str:
    return str(graph.nodes[n].get("name") or n)


def evidence_source(ev: dict) -> str:
    parts = [str(ev.get("doc") or "?")]
    if ev.get("article") is not None:
        parts.append(f"article {ev['article']}")
    if ev.get("date"):
        parts.append(str(ev["date"]))
    return ", ".join(parts)


def evidence_text(ev: dict) -> str:
    """One evidence record as 'sentence (doc, article N, date)'."""
    return f"{ev.get('sentence', '')} ({evidence_source(ev)})"


def _first_evidence(data: dict) -> str:
    evidence = data.get("evidence") or []
    return evidence_text(evidence[0]) if evidence else ""


def edge_dates(data: dict) -> list[str]:
    return sorted({str(ev["date"]) for ev in data.get("evidence") or [] if ev.get("date")})


def meeting_roles(graph: nx.MultiDiGraph) -> dict:
    """person -> meeting -> set of roles (主持/出席/讲话)."""
    roles: dict = {}
    for u, v, k in graph.edges(keys=True):
        if k in MEETING_ROLES and graph.nodes[u].get("label") == "Person":
            roles.setdefault(u, {}).setdefault(v, set()).add(k)
    return roles


def meetings_by_role(roles_at: dict) -> Counter:
    """{meeting: roles} -> Counter of meetings by the person's highest role there (sums to distinct meetings)."""
    return Counter(min(rs, key=ROLE_RANK.get) for rs in roles_at.values())


def chart_image(key: str, alt: str, draw) -> Image:
    """An Image block from draw() -> PNG bytes; a note instead when charts cannot be drawn."""
    from kg.views.charts import ChartsUnavailable, available

    if not available():
        return Image(key, alt, None, f"({alt}: not drawn, matplotlib is not installed)")
    try:
        return Image(key, alt, draw())
    except ChartsUnavailable as err:
        return Image(key, alt, None, f"({alt}: not drawn, {err})")


def documents_of(graph: nx.MultiDiGraph) -> list[str]:
    docs = set()
    for _, d in graph.nodes(data=True):
        docs.update(d.get("docs") or [])
    return sorted(docs)


def _join(items, limit: int = 4) -> str:
    items = [str(i) for i in items]
    return "、".join(items[:limit]) + (f" 等{len(items)}个" if len(items) > limit else "")


def _capped(rows: list, limit: int) -> tuple[list, str]:
    return rows[:limit], (f"first {limit} of {len(rows)} shown" if len(rows) > limit else "")


# -- the corpus overview ---------------------------------------------------------------------------------
def overview_report(graph: nx.MultiDiGraph, records_summary: dict | None = None, top: int = TOP,
                    charts: bool = True) -> Report:
    nodes = graph.nodes
    labels = Counter(d.get("label", "?") for _, d in graph.nodes(data=True))
    rels = Counter(k for _, _, k in graph.edges(keys=True) if k != MENTIONS)
    links = Counter()                   # extracted relations per node (not 提及): what "most active" ranks by
    for u, v, k in graph.edges(keys=True):
        if k != MENTIONS:
            links[u] += 1
            links[v] += 1
    docs = documents_of(graph)
    n_docs = (records_summary or {}).get("documents", len(docs))
    r = Report("kg relationship report")
    r.add(Facts([("Documents", str(n_docs)), ("Articles", str(labels.get("Article", 0))),
                 ("Entities", str(sum(v for k, v in labels.items() if k not in ("Title", "Article")))),
                 ("Relations", f"{sum(rels.values())} links, backed by "
                               f"{sum(len(d.get('evidence') or []) for _, _, d in graph.edges(data=True))} evidence records")]))

    # documents
    per_doc_entities, per_doc_relations, per_doc_dates = Counter(), Counter(), {}
    for _, d in graph.nodes(data=True):
        if d.get("label") not in ("Title", "Article"):
            per_doc_entities.update(set(d.get("docs") or []))
    for _, _, d in graph.edges(data=True):
        for ev in d.get("evidence") or []:
            per_doc_relations[ev.get("doc")] += 1
            if ev.get("date"):
                per_doc_dates.setdefault(ev.get("doc"), set()).add(str(ev["date"]))
    rows, note = _capped([[doc, per_doc_entities[doc], per_doc_relations[doc], "、".join(sorted(per_doc_dates.get(doc, ())))]
                          for doc in docs], 100)
    r.add(Heading(2, "Documents"), Table(["document", "entities", "relation mentions", "dates"], rows, note))
    r.add(Heading(2, "Entities by type"), Table(["type", "count"], sorted(labels.items(), key=lambda x: (-x[1], x[0]))))
    articles = sorted((d for _, d in graph.nodes(data=True) if d.get("label") == "Article"),
                      key=lambda d: (str(d.get("doc")), str(d.get("date"))))
    rows, note = _capped([[d.get("headline") or "(no headline)", d.get("doc"), d.get("date") or "",
                           d.get("date_source") or ""] for d in articles], 100)
    r.add(Heading(2, "Articles"), Table(["headline", "document", "date", "date from"], rows, note))
    reprints = graph.graph.get("reprints") or []
    if reprints:
        heads = {(d.get("doc"), n.rsplit("#", 1)[-1]): d.get("headline") for n, d in graph.nodes(data=True)
                 if d.get("label") == "Article"}
        rows, note = _capped([[heads.get((x["kept"][0], str(x["kept"][1]))) or "", f"{x['kept'][0]} #{x['kept'][1]}",
                               f"{x['copy'][0]} #{x['copy'][1]}"] for x in reprints], 100)
        r.add(Heading(2, "Reprints (kept once)"), Table(["headline", "kept", "copy not counted"], rows, note))
    r.add(Heading(2, "Relations by type"), Table(["relation", "count"], sorted(rels.items(), key=lambda x: (-x[1], x[0]))))

    # officials
    roles = meeting_roles(graph)
    edges_by_role = {p: Counter() for p in roles}
    for p, at in roles.items():
        for rs in at.values():
            edges_by_role[p].update(rs)
    officials = sorted(roles, key=lambda p: (-len(roles[p]), -edges_by_role[p]["主持"], name_of(graph, p)))
    r.add(Heading(2, "Most active officials (meetings)"),
          Table(["person", "titles", "meetings", "主持 chaired", "出席 attended", "讲话 spoke"],
                [[name_of(graph, p), "、".join((nodes[p].get("titles") or [])[:4]), len(roles[p]),
                  edges_by_role[p]["主持"], edges_by_role[p]["出席"], edges_by_role[p]["讲话"]] for p in officials[:top]],
                f"top {top} of {len(officials)}" if len(officials) > top else ""))
    if charts and officials:
        from kg.views.charts import meetings_chart

        chart_rows = [(name_of(graph, p), meetings_by_role(roles[p])) for p in officials[:top]]
        r.add(chart_image("meetings", f"Meetings per official (top {top})", lambda: meetings_chart(chart_rows, top)))

    # companies and organisations
    implements = {}
    located = {}
    for u, v, k in graph.edges(keys=True):
        if k == "实施":
            implements.setdefault(u, set()).add(v)
        elif k == "位于":
            located.setdefault(u, set()).add(v)
    actors = [n for n, d in graph.nodes(data=True) if d.get("label") in ("Company", "Organization")]
    actors.sort(key=lambda n: (-len(implements.get(n, ())), -links[n], -(nodes[n].get("mentions") or 0),
                               -len(nodes[n].get("docs") or []), name_of(graph, n)))
    r.add(Heading(2, "Most active companies and organisations"),
          Table(["name", "type", "projects (实施)", "mentions", "documents", "projects"],
                [[name_of(graph, n), nodes[n].get("label"), len(implements.get(n, ())), nodes[n].get("mentions") or 0,
                  len(nodes[n].get("docs") or []), _join(sorted(name_of(graph, p) for p in implements.get(n, ())))]
                 for n in actors[:top]],
                f"top {top} of {len(actors)}" if len(actors) > top else ""))

    # projects
    builders = {}
    for u, v, k in graph.edges(keys=True):
        if k == "实施":
            builders.setdefault(v, []).append(u)
    projects = [n for n, d in graph.nodes(data=True) if d.get("label") == "Project"]
    projects.sort(key=lambda n: (-links[n], -(nodes[n].get("mentions") or 0), -len(nodes[n].get("docs") or []),
                                 name_of(graph, n)))
    r.add(Heading(2, "Most mentioned projects"),
          Table(["project", "implemented by", "where", "mentions", "documents"],
                [[name_of(graph, n), _join(sorted(name_of(graph, b) for b in builders.get(n, ()))),
                  _join(sorted(name_of(graph, p) for p in located.get(n, ()))), nodes[n].get("mentions") or 0,
                  len(nodes[n].get("docs") or [])] for n in projects[:top]],
                f"top {top} of {len(projects)}" if len(projects) > top else ""))

    # who chaired what, who implements what, with evidence
    chaired = sorted(((u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == "主持"),
                     key=lambda x: ((edge_dates(x[2]) or ["~"])[0], name_of(graph, x[0]), name_of(graph, x[1])))
    rows, note = _capped([[name_of(graph, u), name_of(graph, v), "、".join(edge_dates(d)), _first_evidence(d)]
                          for u, v, d in chaired], 50)
    r.add(Heading(2, "Who chaired what (主持)"), Table(["person", "meeting", "date", "evidence"], rows, note))
    built = sorted(((u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == "实施"),
                   key=lambda x: (name_of(graph, x[0]), name_of(graph, x[1])))
    rows, note = _capped([[name_of(graph, u), name_of(graph, v), _first_evidence(d)] for u, v, d in built], 50)
    r.add(Heading(2, "Projects and who implements them (实施)"), Table(["actor", "project", "evidence"], rows, note))

    # places
    here = Counter()
    for u, v, k in graph.edges(keys=True):
        if k == "位于":
            here[v] += 1
    places = [n for n, d in graph.nodes(data=True) if d.get("label") == "Place"]
    places.sort(key=lambda n: (-here[n], -links[n], -(nodes[n].get("mentions") or 0), name_of(graph, n)))
    r.add(Heading(2, "Places most mentioned"),
          Table(["place", "mentions", "documents", "located here (位于)"],
                [[name_of(graph, n), nodes[n].get("mentions") or 0, len(nodes[n].get("docs") or []), here[n]]
                 for n in places[:top]],
                f"top {top} of {len(places)}" if len(places) > top else ""))

    merged = sorted((str(d.get("name")), d.get("aliases") or [], d.get("merge_reasons") or [])
                    for _, d in graph.nodes(data=True) if d.get("merge_reasons"))
    rows, note = _capped([[name, "、".join(aliases), "; ".join(reasons)] for name, aliases, reasons in merged], 60)
    r.add(Heading(2, "Merged names (entity resolution)"), Table(["entity", "also written", "why"], rows, note))
    return r


def overview(graph: nx.MultiDiGraph, records_summary: dict | None = None, top: int = TOP) -> str:
    """The corpus overview as Markdown text (without charts)."""
    return render_markdown(overview_report(graph, records_summary, top, charts=False))


def write_report(graph: nx.MultiDiGraph, path: Path, records_summary: dict | None = None, *,
                 html_too: bool = True, charts: bool = True) -> Path:
    """Write the corpus overview: `path` (Markdown), the same in HTML beside it, and the chart PNGs."""
    report = overview_report(graph, records_summary, charts=charts)
    return write_document(report, Path(path), html_too)[0]
