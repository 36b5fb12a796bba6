"""Self-contained interactive HTML view of a kg graph (pyvis / vis-network, zero network requests).

Every string in the graph comes from scraped documents and is treated as data: tooltip and panel text is
html.escape()d, node data reaches the page only through Jinja's ``tojson`` (which escapes ``< > & '``), and
canvas labels are drawn as plain text by vis-network, never parsed as markup.
"""

from __future__ import annotations

import difflib
import html
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import numpy as np
from pyvis.network import Network

from kg.outputs import atomic_write

FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
#            label: (colour, vis shape, legend glyph)
STYLES = {
    "Person": ("#e15759", "dot", "●"),
    "Place": ("#59a14f", "triangle", "▲"),
    "Company": ("#f28e2b", "square", "■"),
    "Organization": ("#4e79a7", "hexagon", "⬢"),
    "Project": ("#b07aa1", "diamond", "◆"),
    "Meeting": ("#d4a017", "star", "★"),
    "Title": ("#76b7b2", "triangleDown", "▼"),
    "Article": ("#bab0ac", "box", "▭"),
}
# off at first sight in the full view (a toggle shows them): articles and their 提及 edges would make a star of
# every page; they are in the graph for queries ("which articles mention X and Y")
HIDDEN_TYPES, HIDDEN_RELATIONS = {"Article"}, {"提及"}
COMMUNITY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                     "#9c755f", "#86bcb6", "#d37295", "#8cd17d", "#499894", "#f1ce63", "#a0cbe8", "#ffbe7d"]
# node size and label size grow with the node's links; a label is drawn once it is this many pixels high on
# screen, so the most connected names show at first sight and the others appear as one zooms in
LABEL_DRAW_THRESHOLD = 7
OTHER = ("#9c9c9c", "dot", "●")
MAX_EVIDENCE, MAX_DOCS, MAX_SENTENCE = 5, 5, 200

_REMOTE = r"""["']?\s*(?:https?:)?//"""
_REMOTE_TAGS = [  # pyvis 0.3.2 adds bootstrap from a CDN even with cdn_resources="in_line"
    re.compile(r"<link\b[^>]*?\bhref\s*=\s*" + _REMOTE + r"[^>]*>", re.I | re.S),
    re.compile(r"<script\b[^>]*?\bsrc\s*=\s*" + _REMOTE + r"[^>]*>\s*</script>", re.I | re.S),
    re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.S),  # commented-out template leftovers
    re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.S),
]

CSS = """<style>
body { margin: 0; font-family: %(font)s; }
#mynetwork { height: 100vh; border: 0; }
#kg-panel { position: absolute; top: 8px; left: 8px; z-index: 10; width: 220px; max-height: calc(100vh - 32px);
  overflow-y: auto; background: rgba(255,255,255,.93); border: 1px solid #ccc; border-radius: 6px;
  padding: 8px 10px; font-size: 13px; line-height: 1.5; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
#kg-panel label { display: block; cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#kg-panel .kg-head { font-weight: bold; font-size: 14px; }
#kg-panel .kg-sec { margin-top: 6px; color: #666; font-size: 12px; }
#kg-panel .kg-n { color: #888; }
#kg-search { width: 100%%; box-sizing: border-box; margin-top: 4px; font-family: inherit; }
#kg-search.kg-miss { outline: 2px solid #e15759; }
.vis-tooltip { white-space: normal !important; max-width: 420px; font-family: %(font)s !important; font-size: 13px; }
.vis-tooltip ul { margin: 4px 0 0; padding-left: 18px; } .vis-tooltip .kg-src { color: #777; font-size: 11px; }
</style>""" % {"font": FONT}

JS = """<script>
(function () {  // runs after pyvis' drawGraph(); uses its globals nodes, edges, network
  function asElement(escapedHtml) { var d = document.createElement("div"); d.innerHTML = escapedHtml; return d; }
  nodes.update(nodes.get().map(function (n) { return {id: n.id, title: asElement(n.tip)}; }));
  edges.update(edges.get().map(function (e) { return {id: e.id, title: asElement(e.tip)}; }));
  var list = document.getElementById("kg-names");
  nodes.forEach(function (n) { var o = document.createElement("option"); o.value = n.label; list.appendChild(o); });

  function checked(cls) {
    var on = new Set();
    document.querySelectorAll("input." + cls).forEach(function (c) { if (c.checked) on.add(c.value); });
    return on;
  }
  function applyFilters() {
    var types = checked("kg-type"), rels = checked("kg-rel");
    var lonely = document.getElementById("kg-isolated").checked;
    var shownEdges = edges.get({filter: function (e) {
      var a = nodes.get(e.from), b = nodes.get(e.to);
      return rels.has(e.relation) && types.has(a.kgtype) && types.has(b.kgtype); }});
    var linked = new Set();
    shownEdges.forEach(function (e) { linked.add(e.from); linked.add(e.to); });
    var visible = new Set(shownEdges.map(function (e) { return e.id; }));
    nodes.update(nodes.get().map(function (n) {
      var hide = !types.has(n.kgtype) || (!lonely && !linked.has(n.id));
      return {id: n.id, hidden: hide, physics: !hide}; }));
    edges.update(edges.get().map(function (e) { return {id: e.id, hidden: !visible.has(e.id)}; }));
    if (window.kgPhysics) {  // lay the remaining nodes out again
      network.setOptions({physics: true});
      network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); network.fit(); });
      network.stabilize(200);
    }
  }
  function colourBy() {
    var mode = document.querySelector("input[name=kg-colour]:checked").value;
    nodes.update(nodes.get().map(function (n) {
      var c = mode === "community" ? n.communityColour : n.typeColour;
      return {id: n.id, color: {background: c, border: n.kgfocus ? "#222" : c}}; }));
  }
  document.querySelectorAll("input.kg-type, input.kg-rel, #kg-isolated").forEach(function (c) {
    c.addEventListener("change", applyFilters); });
  document.querySelectorAll("input[name=kg-colour]").forEach(function (c) { c.addEventListener("change", colourBy); });
  applyFilters();

  var box = document.getElementById("kg-search");
  function find() {
    var q = box.value.trim().toLowerCase();
    if (!q) return;
    function named(exact) {
      return nodes.get({filter: function (n) {
        return [n.label].concat(n.aliases || []).some(function (s) {
          s = String(s).toLowerCase(); return exact ? s === q : s.indexOf(q) >= 0; });
      }});
    }
    var hits = named(true);
    if (!hits.length) hits = named(false);
    box.classList.toggle("kg-miss", !hits.length);
    if (!hits.length) return;
    network.selectNodes([hits[0].id]);
    network.focus(hits[0].id, {scale: 1.3, animation: true});
  }
  box.addEventListener("change", find);
  box.addEventListener("keydown", function (e) { if (e.key === "Enter") find(); });
  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });
})();
</script>"""


class _RemoteRefs(HTMLParser):
    """Collect every URL in the page's markup and CSS that a browser would fetch from another host."""

    URL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
    CSS = re.compile(r"url\(\s*['\"]?\s*(?:[a-z][a-z0-9+.-]*:)?//[^)]*|@import[^;]*", re.I)

    def __init__(self):
        super().__init__()
        self.found, self.in_style = [], False

    def handle_starttag(self, tag, attrs):
        self.in_style = tag == "style"
        for name, value in attrs:
            if name in ("src", "href", "srcset", "data", "poster", "action", "formaction") and self.URL.match(value or ""):
                self.found.append(f"<{tag} {name}={value}>")
            elif name == "style":
                self.found += self.CSS.findall(value or "")

    def handle_data(self, data):
        if self.in_style:
            self.found += self.CSS.findall(data)


def remote_refs(page: str) -> list[str]:
    """Remote resources `page` would load (an empty list for every page write_html writes)."""
    parser = _RemoteRefs()
    parser.feed(page)
    parser.close()
    return parser.found


def _esc(value) -> str:
    return html.escape(str(value), quote=True)


def _capped(items, cap: int) -> str:
    items = [_esc(i) for i in items]
    more = f" (+{len(items) - cap} more)" if len(items) > cap else ""
    return ", ".join(items[:cap]) + more


def _node_tip(node_id, d) -> str:
    rows = [f"<b>{_esc(d.get('name', node_id))}</b> &middot; {_esc(d.get('label', '?'))}"]
    for key, cap in (("titles", 20), ("aliases", 20), ("docs", MAX_DOCS)):
        if d.get(key):
            rows.append(f"{key}: {_capped(d[key], cap)}")
    if d.get("mentions") is not None:
        rows.append(f"mentions: {_esc(d['mentions'])}")
    return "<br>".join(rows)


def _edge_tip(src: str, dst: str, d) -> str:
    ev = list(d.get("evidence") or [])
    items = []
    for e in ev[:MAX_EVIDENCE]:
        s = str(e.get("sentence", ""))
        s = s if len(s) <= MAX_SENTENCE else s[:MAX_SENTENCE] + "…"
        src_ref = f"{_esc(e.get('doc', '?'))} #{_esc(e.get('article', '?'))}"
        items.append(f"<li>{_esc(s)} <span class=\"kg-src\">[{src_ref}]</span></li>")
    more = f"<li>+{len(ev) - MAX_EVIDENCE} more</li>" if len(ev) > MAX_EVIDENCE else ""
    head = f"<b>{_esc(src)}</b> {_esc(d.get('relation', ''))} <b>{_esc(dst)}</b> &times;{_esc(d.get('weight', 1))}"
    return head + (f"<ul>{''.join(items)}{more}</ul>" if items else "")


def _focus_nodes(graph, focus: str, depth: int) -> tuple[set, set]:
    """(nodes within `depth` undirected hops of the focus, the focus nodes themselves)."""
    hits = [n for n, d in graph.nodes(data=True)
            if focus == n or focus == d.get("name") or focus in (d.get("aliases") or [])]
    if not hits:
        names = sorted({str(d.get("name", n)) for n, d in graph.nodes(data=True)})
        close = difflib.get_close_matches(focus, names, n=8, cutoff=0.4)
        close += [n for n in names if (focus in n or n in focus) and n not in close][: 8 - len(close)]
        raise ValueError(f"focus {focus!r} is not a node name, alias or id in the graph; "
                         f"close matches: {', '.join(close) if close else '(none)'}")
    keep = set()
    for h in hits:
        keep |= set(nx.ego_graph(graph, h, radius=depth, undirected=True))
    return keep, set(hits)


def communities_of(graph) -> dict:
    """node -> community number (networkx's Louvain on the entity links, 提及 and Title nodes left out), the
    largest community first; nodes with no such link get none."""
    g = nx.Graph()
    for u, v, k in graph.edges(keys=True):
        if k not in HIDDEN_RELATIONS and graph.nodes[u].get("label") not in HIDDEN_TYPES | {"Title"} \
                and graph.nodes[v].get("label") not in HIDDEN_TYPES | {"Title"}:
            g.add_edge(u, v)
    if g.number_of_edges() == 0:
        return {}
    parts = sorted(nx.community.louvain_communities(g, seed=1), key=len, reverse=True)
    return {n: i for i, part in enumerate(parts) for n in part}


def layout(graph, iterations: int = 30, seed: int = 1, pivots: int = 1000) -> dict:
    """Fruchterman-Reingold in numpy, no scipy. Repulsion is exact up to `pivots` nodes; above that each
    iteration repels from a fresh random sample of `pivots` nodes (scaled up), so a step costs O(n*pivots)."""
    order = list(graph)
    n = len(order)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(order)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v}
    e = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    k = np.float32(1.0 / np.sqrt(n))
    temp, cool = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        ref = pos if n <= pivots else pos[rng.choice(n, pivots, replace=False)]
        scale = np.float32(n / len(ref))
        disp = np.zeros_like(pos)
        rx, ry = ref[:, 0], ref[:, 1]
        for s in range(0, n, 512):  # repulsion k^2/d per pair as (p_i - p_j) * k^2/d^2; elementwise, as
            px, py = pos[s:s + 512, 0:1], pos[s:s + 512, 1:2]  # BLAS threads only add overhead for 2-d points
            w = np.maximum((px - rx) ** 2 + (py - ry) ** 2, 1e-4)
            np.divide(k * k * scale, w, out=w)
            total = w.sum(1)
            disp[s:s + 512, 0] += px[:, 0] * total - (w * rx).sum(1)
            disp[s:s + 512, 1] += py[:, 0] * total - (w * ry).sum(1)
        if len(e):  # attraction d^2/k along edges
            d = pos[e[:, 0]] - pos[e[:, 1]]
            f = d * np.sqrt((d * d).sum(1, keepdims=True)) / k
            np.add.at(disp, e[:, 0], -f)
            np.add.at(disp, e[:, 1], f)
        length = np.maximum(np.sqrt((disp * disp).sum(1, keepdims=True)), 1e-6)
        pos += disp / length * np.minimum(length, temp)
        temp -= cool
    pos -= pos.mean(0)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(order)}


def _panel(title: str, graph, info: str, communities: bool = False) -> str:
    types = Counter(str(d.get("label", "?")) for _, d in graph.nodes(data=True))
    rels = Counter(str(d.get("relation", "")) for *_, d in graph.edges(data=True))
    rows = [f'<div id="kg-panel"><div class="kg-head">{_esc(title)}</div>',
            '<input id="kg-search" list="kg-names" placeholder="search name / 搜索"><datalist id="kg-names"></datalist>',
            '<div class="kg-sec">entity types</div>']
    for t, count in types.most_common():
        colour, _, glyph = STYLES.get(t, OTHER)
        on = "" if t in HIDDEN_TYPES else " checked"
        rows.append(f'<label><input type="checkbox" class="kg-type" value="{_esc(t)}"{on}> '
                    f'<span style="color:{colour}">{glyph}</span> {_esc(t)} <span class="kg-n">{count}</span></label>')
    rows.append('<div class="kg-sec">relations</div>')
    for r, count in rels.most_common():
        on = "" if r in HIDDEN_RELATIONS else " checked"
        rows.append(f'<label><input type="checkbox" class="kg-rel" value="{_esc(r)}"{on}> '
                    f'{_esc(r)} <span class="kg-n">{count}</span></label>')
    rows.append('<div class="kg-sec">show</div>'
                '<label><input type="checkbox" id="kg-isolated"> unconnected nodes</label>'
                '<div class="kg-sec">colour by</div>'
                f'<label><input type="radio" name="kg-colour" value="community"{" checked" if communities else ""}> '
                'community</label>'
                f'<label><input type="radio" name="kg-colour" value="type"{"" if communities else " checked"}> '
                'entity type</label>')
    rows.append(f'<div class="kg-sec">{_esc(info)}</div></div>')
    return "\n".join(rows)


def write_html(graph, path, *, focus: str | None = None, depth: int = 2, title: str = "kg graph",
               physics_limit: int = 1500) -> Path:
    """Write an offline, interactive HTML view of `graph` to `path` (atomically) and return the path."""
    path = Path(path)
    if depth < 0:
        raise ValueError(f"depth must be >= 0, got {depth}")
    info = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    hits = set()
    if focus is not None:
        keep, hits = _focus_nodes(graph, focus, depth)
        graph = graph.subgraph(keep)
        info = f"focus {focus}, depth {depth}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    big = graph.number_of_nodes() > physics_limit
    pos = layout(graph) if big else {}
    spread = 80.0 * max(1.0, graph.number_of_nodes()) ** 0.5  # layout units -> pixels, about 80 px per node
    degree = Counter()                       # links other than 提及: what a node is connected by
    for u, v, k in graph.edges(keys=True):
        if k not in HIDDEN_RELATIONS:
            degree[u] += 1
            degree[v] += 1
    top = max(degree.values(), default=1) or 1
    community = communities_of(graph) if focus is None else {}

    vis_nodes = []
    for n, d in graph.nodes(data=True):
        colour, shape, _ = STYLES.get(d.get("label"), OTHER)
        fill = COMMUNITY_COLOURS[community[n] % len(COMMUNITY_COLOURS)] if n in community else colour
        node = {"id": str(n), "label": str(d.get("name") or n), "shape": shape, "kgtype": str(d.get("label", "?")),
                "color": {"background": fill, "border": "#222" if n in hits else fill},
                "typeColour": colour, "communityColour": fill, "kgfocus": n in hits,
                "borderWidth": 4 if n in hits else 1, "value": degree[n] + (top if n in hits else 0),
                "aliases": [str(a) for a in d.get("aliases") or []], "tip": _node_tip(n, d)}
        if big:
            node["x"], node["y"] = pos[n][0] * spread, pos[n][1] * spread
        vis_nodes.append(node)
    vis_edges, seen = [], {}
    for u, v, d in graph.edges(data=True):
        pair = tuple(sorted((str(u), str(v))))
        nth = seen[pair] = seen.get(pair, -1) + 1  # fan out parallel edges so their labels do not overlap
        w = int(d.get("weight", 1) or 1)
        edge = {"from": str(u), "to": str(v), "arrows": "to", "label": str(d.get("relation", "")),
                "relation": str(d.get("relation", "")), "width": 1 + min(np.log2(max(w, 1)), 5),
                "tip": _edge_tip(graph.nodes[u].get("name") or u, graph.nodes[v].get("name") or v, d)}
        if nth and not big:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * nth}
        vis_edges.append(edge)

    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.nodes, net.edges = vis_nodes, vis_edges
    net.node_ids = [n["id"] for n in vis_nodes]
    net.node_map = {n["id"]: n for n in vis_nodes}
    net.options = {
        "nodes": {"font": {"face": FONT, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"min": 10, "max": 36, "label": {"enabled": True, "min": 10, "max": 28,
                                                              "drawThreshold": LABEL_DRAW_THRESHOLD}}},
        "edges": {"font": {"face": FONT, "size": 11, "align": "middle", "color": "#555", "strokeWidth": 3},
                  "color": {"color": "#9aa5b1", "highlight": "#333", "hover": "#333", "inherit": False},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "smooth": False if big else {"enabled": True, "type": "continuous"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "layout": {"improvedLayout": graph.number_of_nodes() <= 150, "randomSeed": 1},
        "physics": {"enabled": False} if big else {
            "enabled": True, "solver": "barnesHut", "barnesHut": {"gravitationalConstant": -6000, "springLength": 140},
            "stabilization": {"enabled": True, "iterations": 400, "fit": True}},
    }
    page = net.generate_html()
    for pattern in _REMOTE_TAGS:
        page = pattern.sub("", page)
    head = f"<title>{_esc(title)}</title>\n{CSS}\n</head>"
    page = page.replace("</head>", head, 1)
    page = page.replace("<body>", "<body>\n" + _panel(title, graph, info, bool(community)), 1)
    page = page.replace("</head>", f"<script>window.kgPhysics = {'false' if big else 'true'};</script>\n</head>", 1)
    cut = page.rindex("</body>")
    page = page[:cut] + JS + "\n" + page[cut:]
    leaks = remote_refs(page)
    if leaks:  # pyvis changed its template: refuse to write a page that would phone home
        raise RuntimeError(f"remote references left in the HTML: {leaks[:3]}")
    return atomic_write(path, lambda p: p.write_text(page, encoding="utf-8"))
