"""kg.views.html: offline, escaped, focused, scalable; plus a real headless-Chromium render."""

from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import signal
import subprocess
import time
from html.parser import HTMLParser

import networkx as nx
import pytest

from kg.views.html import STYLES, layout, remote_refs, write_html

HOSTILE = [
    "<script>alert(1)</script>",
    '"onmouseover="x',
    "`${alert(2)}`}",
    "</script><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">",
]
CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium not on PATH (apt-get install chromium fonts-noto-cjk)")


def sample_graph() -> nx.MultiDiGraph:
    """A small invented who-did-what graph: every entity type, every relation, one pair of parallel edges."""
    g = nx.MultiDiGraph()

    def node(label, name, titles=(), aliases=(), mentions=1, docs=("doc_001",)):
        g.add_node(f"{label}:{name}", label=label, name=name, titles=list(titles), aliases=list(aliases),
                   mentions=mentions, docs=list(docs))
        return f"{label}:{name}"

    def edge(u, v, rel, n=1):
        ev = [{"sentence": f"{g.nodes[u]['name']}{rel}{g.nodes[v]['name']}（第{i + 1}例）。", "doc": f"doc_{i:03d}",
               "article": i, "start": 0, "end": 5} for i in range(n)]
        g.add_edge(u, v, key=rel, relation=rel, weight=n, evidence=ev)

    zhang = node("Person", "张志明", titles=["省长"], aliases=["张省长"], mentions=12, docs=["doc_001", "doc_002"])
    li = node("Person", "李华强", titles=["副省长"], mentions=7)
    wang = node("Person", "王丽萍", titles=["市委书记"], mentions=5)
    zhao = node("Person", "赵建国", titles=["董事长"], mentions=3)
    m1, m2 = node("Meeting", "全省经济工作会议", mentions=4), node("Meeting", "数字政府建设推进会", mentions=2)
    nanjing, suzhou = node("Place", "南京市"), node("Place", "苏州工业园区")
    org, company = node("Organization", "省发展改革委"), node("Company", "江苏智造科技有限公司")
    project, title = node("Project", "长江大桥改造工程"), node("Title", "省长")
    edge(zhang, m1, "主持", 8)
    edge(zhang, m1, "讲话", 7)  # parallel to 主持, and more than 5 evidence sentences
    edge(li, m1, "出席", 2)
    edge(wang, m1, "出席")
    edge(li, m2, "主持", 2)
    edge(wang, m2, "讲话")
    edge(zhao, m2, "出席")
    edge(m1, nanjing, "位于")
    edge(m2, suzhou, "位于")
    edge(project, nanjing, "位于")
    edge(zhang, title, "任职")
    edge(li, org, "任职")
    edge(zhao, company, "任职")
    edge(company, project, "实施", 4)
    return g


def hostile_graph() -> nx.MultiDiGraph:
    g = sample_graph()
    bad = "Person:" + HOSTILE[0]
    g.add_node(bad, label="Person", name=HOSTILE[0], aliases=[HOSTILE[1]], titles=[HOSTILE[2]], mentions=1,
               docs=[HOSTILE[3]])
    g.add_edge(bad, "Meeting:全省经济工作会议", key=HOSTILE[0], relation=HOSTILE[0], weight=1,
               evidence=[{"sentence": HOSTILE[3], "doc": HOSTILE[1], "article": 1, "start": 0, "end": 1}])
    return g


def random_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    for v in range(n):
        g.add_node(f"N{v}", label=rnd.choice(list(STYLES)), name=f"实体{v}", aliases=[], titles=[], mentions=1,
                   docs=["d"])
    for u, v in nx.barabasi_albert_graph(n, 1, seed=seed).edges():
        rel = rnd.choice(["主持", "出席", "讲话", "任职", "实施", "位于"])
        g.add_edge(f"N{u}", f"N{v}", key=rel, relation=rel, weight=1, evidence=[])
    return g


def vis_data(page: str, name: str) -> list[dict]:
    """The JSON array pyvis put in `<name> = new vis.DataSet([...]);` (always one line: JSON escapes newlines)."""
    prefix = f"{name} = new vis.DataSet("
    line = next(ln.strip() for ln in page.splitlines() if ln.strip().startswith(prefix))
    return json.loads(line[len(prefix):-2])


class Skeleton(HTMLParser):
    def __init__(self, page: str):
        super().__init__()
        self.tags, self.attrs = [], []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs


# ---------------------------------------------------------------- file checks


def test_page_is_self_contained(tmp_path):
    page = write_html(sample_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert remote_refs(page) == []
    skeleton = Skeleton(page)
    for name, value in skeleton.attrs:  # independent of remote_refs: no src/href that leaves the file
        if name in ("src", "href"):
            assert not value.strip().lower().startswith(("http:", "https:", "//")), (name, value)
    assert "new vis.Network(" in page and "vis-network" in page  # the library is inlined, not fetched
    assert "<link" not in page.lower()
    assert "Noto Sans CJK SC" in page


def test_nodes_edges_styles_and_tooltips(tmp_path):
    page = write_html(sample_graph(), tmp_path / "g.html", title="示例").read_text(encoding="utf-8")
    nodes = {n["id"]: n for n in vis_data(page, "nodes")}
    edges = vis_data(page, "edges")
    assert len(nodes) == 12 and len(edges) == 14
    zhang = nodes["Person:张志明"]
    assert zhang["label"] == "张志明" and zhang["shape"] == STYLES["Person"][1]
    biggest = max(nodes.values(), key=lambda n: n["value"])  # size by links
    assert biggest["id"] == "Meeting:全省经济工作会议" and zhang["value"] > nodes["Title:省长"]["value"]
    assert "省长" in zhang["tip"] and "张省长" in zhang["tip"] and "doc_002" in zhang["tip"]
    talk = next(e for e in edges if e["relation"] == "讲话" and e["from"] == "Person:张志明")
    assert talk["label"] == "讲话" and talk["tip"].count("<li>") == 6 and "+2 more" in talk["tip"]
    assert "[doc_004 #4]" in talk["tip"] and "smooth" in talk  # parallel edge is curved apart
    assert "<title>示例</title>" in page and 'id="kg-search"' in page
    assert page.count('class="kg-type"') == 7 and page.count('class="kg-rel"') == 6


def test_hostile_strings_only_escaped(tmp_path):
    clean = write_html(sample_graph(), tmp_path / "clean.html").read_text(encoding="utf-8")
    page = write_html(hostile_graph(), tmp_path / "bad.html", title=HOSTILE[0]).read_text(encoding="utf-8")
    for s in HOSTILE:
        if any(c in s for c in "<>\"'&"):
            assert s not in page, s
    assert f"<title>{html.escape(HOSTILE[0])}</title>" in page
    # the data created no elements or attributes: same tags as the clean page, no event handlers
    bad, good = Skeleton(page), Skeleton(clean)
    assert set(bad.tags) == set(good.tags) and bad.tags.count("script") == good.tags.count("script")
    assert not [name for name, _ in bad.attrs if name.startswith("on")]
    # values survive as data: raw on the canvas label (plain text), escaped in tooltip HTML and panel
    node = next(n for n in vis_data(page, "nodes") if n["id"] == "Person:" + HOSTILE[0])
    assert node["label"] == HOSTILE[0] and node["aliases"] == [HOSTILE[1]]
    assert html.escape(HOSTILE[0]) in node["tip"] and html.escape(HOSTILE[3]) in node["tip"]
    assert "<script" not in node["tip"] and "<img" not in node["tip"]
    edge = next(e for e in vis_data(page, "edges") if e["relation"] == HOSTILE[0])
    assert html.escape(HOSTILE[3]) in edge["tip"] and html.escape(HOSTILE[1]) in edge["tip"]
    assert ("value", HOSTILE[0]) in bad.attrs  # the relation checkbox round-trips through escaping


def test_focus_draws_neighbourhood_only(tmp_path):
    g = sample_graph()
    one = {n["id"] for n in vis_data(write_html(g, tmp_path / "a.html", focus="张志明", depth=1)
                                     .read_text(encoding="utf-8"), "nodes")}
    assert one == {"Person:张志明", "Meeting:全省经济工作会议", "Title:省长"}
    page = write_html(g, tmp_path / "b.html", focus="Person:张志明").read_text(encoding="utf-8")
    two = {n["id"]: n for n in vis_data(page, "nodes")}
    assert set(two) == one | {"Person:李华强", "Person:王丽萍", "Place:南京市"}
    assert two["Person:张志明"]["borderWidth"] > two["Person:李华强"]["borderWidth"]
    assert all({e["from"], e["to"]} <= set(two) for e in vis_data(page, "edges"))
    alias = {n["id"] for n in vis_data(write_html(g, tmp_path / "c.html", focus="张省长", depth=1)
                                       .read_text(encoding="utf-8"), "nodes")}
    assert alias == one


def test_unknown_focus_raises_with_close_matches(tmp_path):
    with pytest.raises(ValueError, match="张志明"):
        write_html(sample_graph(), tmp_path / "x.html", focus="张志")
    with pytest.raises(ValueError, match="close matches"):
        write_html(sample_graph(), tmp_path / "x.html", focus="完全不存在")
    assert not list(tmp_path.iterdir())


def test_atomic_write_leaves_only_the_file(tmp_path):
    target = tmp_path / "out" / "g.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    assert write_html(sample_graph(), target) == target
    assert [p.name for p in target.parent.iterdir()] == ["g.html"]
    assert target.read_text(encoding="utf-8").startswith("<html>")


def test_big_graph_gets_python_layout_without_physics(tmp_path):
    g = random_graph(2000)
    start = time.perf_counter()
    page = write_html(g, tmp_path / "big.html", physics_limit=1500).read_text(encoding="utf-8")
    assert time.perf_counter() - start < 30
    nodes = vis_data(page, "nodes")
    assert len(nodes) == 2000 and all("x" in n and "y" in n for n in nodes)
    assert '"physics": {"enabled": false}' in page
    small = vis_data(write_html(sample_graph(), tmp_path / "s.html").read_text(encoding="utf-8"), "nodes")
    assert not any("x" in n for n in small)  # under the limit the browser lays it out


def test_layout_is_fast_and_pulls_neighbours_together():
    g = random_graph(5000)
    start = time.perf_counter()
    pos = layout(g)
    assert time.perf_counter() - start < 20  # about 1 s on 2 idle cores
    dist = lambda a, b: ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5  # noqa: E731
    rnd = random.Random(0)
    linked = sum(dist(u, v) for u, v in g.edges()) / g.number_of_edges()
    anyhow = sum(dist(f"N{rnd.randrange(5000)}", f"N{rnd.randrange(5000)}") for _ in range(2000)) / 2000
    assert linked < 0.5 * anyhow


# ---------------------------------------------------------------- real browser

PROBE_EARLY = ("<script>window.__errs=[];window.__dialogs=0;window.addEventListener('error',"
               "function(e){window.__errs.push(String(e.message))});"
               "window.alert=window.confirm=window.prompt=function(){window.__dialogs++};</script>")
PROBE = """<script>window.addEventListener('load', function () { setTimeout(function () {
  var out = {canvas: !!document.querySelector('#mynetwork canvas'),
             resources: performance.getEntriesByType('resource').map(function (e) { return e.name; }),
             pwned: document.body.hasAttribute('data-pwned'), dialogs: window.__dialogs, nodes: nodes.length, edges: edges.length,
             tooltipsAreElements: nodes.get().every(function (n) { return n.title instanceof Element; })};
  var box = document.getElementById('kg-search');
  box.value = '张省长'; box.dispatchEvent(new Event('change'));
  out.selected = network.getSelectedNodes();
  document.querySelectorAll('input.kg-type').forEach(function (c) {
    if (c.value === 'Person') { c.checked = false; c.dispatchEvent(new Event('change')); } });
  out.hidden = nodes.get({filter: function (n) { return n.hidden; }}).length;
  out.errors = window.__errs;
  var pre = document.createElement('pre'); pre.id = 'kg-probe'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 1000); });</script>"""


def run_chromium(tmp_path, *args: str, timeout: float = 120) -> str:
    """Headless Chromium with a fresh profile and every host name unresolvable; returns stdout."""
    profile = tmp_path / f"profile-{time.monotonic_ns()}"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars", "--window-size=1200,800",
           "--virtual-time-budget=5000", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # our own session: chromium and its helpers only
        proc.communicate()
        raise
    assert proc.returncode == 0, err[-2000:]
    return out


@needs_chromium
def test_chromium_draws_offline_and_runs_no_injected_code(tmp_path):
    page = write_html(hostile_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    page = page.replace("<head>", "<head>" + PROBE_EARLY, 1)
    cut = page.rindex("</body>")
    probe = tmp_path / "probe.html"
    probe.write_text(page[:cut] + PROBE + page[cut:], encoding="utf-8")
    dom = run_chromium(tmp_path, "--dump-dom", probe.as_uri())
    start = dom.index('<pre id="kg-probe">') + len('<pre id="kg-probe">')
    result = json.loads(html.unescape(dom[start:dom.index("</pre>", start)]))
    assert result["canvas"] and result["errors"] == [], result
    assert result["resources"] == [], result  # nothing fetched: no CDN, no injected <img src=x>
    assert result["pwned"] is False and result["dialogs"] == 0 and result["tooltipsAreElements"], result
    assert (result["nodes"], result["edges"]) == (13, 15), result
    assert result["selected"] == ["Person:张志明"], result  # search by alias
    # the Person filter hid every person (5), and the Title and Organization linked only to people are left
    # unconnected, so they are hidden too (the "unconnected nodes" toggle shows them)
    assert result["hidden"] == 7, result


@needs_chromium
def test_chromium_screenshot_is_not_blank(tmp_path):
    image = pytest.importorskip("PIL.Image", reason="Pillow is needed to read the screenshot")
    shot = tmp_path / "shot.png"
    run_chromium(tmp_path, f"--screenshot={shot}", write_html(sample_graph(), tmp_path / "g.html").as_uri())
    with image.open(shot) as im:
        rgb = im.convert("RGB")
        assert rgb.size == (1200, 800)
        canvas = rgb.crop((260, 0, 1200, 800))  # right of the legend panel
        data = canvas.tobytes()
    pixels = list(zip(data[0::3], data[1::3], data[2::3]))
    ink = sum(1 for p in pixels if min(p) < 235)
    assert ink > 0.01 * len(pixels), ink
    # the full view colours communities: the two meetings' circles are drawn in two palette colours
    from kg.views.html import COMMUNITY_COLOURS

    def near(hex_colour):
        c = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return sum(1 for p in pixels if all(abs(a - b) < 30 for a, b in zip(p, c)))
    drawn = [near(c) for c in COMMUNITY_COLOURS[:2]]
    assert all(n > 200 for n in drawn), drawn


@pytest.mark.skipif(shutil.which("fc-match") is None or CHROMIUM is None, reason="no fontconfig / chromium")
def test_cjk_font_available_for_labels():
    out = subprocess.run(["fc-match", "Noto Sans CJK SC"], capture_output=True, text=True, check=True).stdout
    assert "CJK" in out, f"fonts-noto-cjk missing, Chinese labels would be boxes: {out}"


def test_full_view_hides_articles_and_unconnected_nodes_at_first_and_colours_communities(tmp_path):
    from kg.views.html import communities_of

    g = sample_graph()
    g.add_node("Article:doc_001#0", label="Article", name="某报道", headline="某报道", date="2024-01-01", doc="doc_001")
    g.add_edge("Article:doc_001#0", "Person:张志明", key="提及", relation="提及", weight=1, evidence=[])
    g.add_node("Place:孤立村", label="Place", name="孤立村", mentions=1, docs=["doc_001"])
    parts = communities_of(g)
    assert len(set(parts.values())) >= 2 and "Article:doc_001#0" not in parts and "Place:孤立村" not in parts
    page = write_html(g, tmp_path / "g.html").read_text(encoding="utf-8")
    assert re.search(r'class="kg-type" value="Article">', page)          # unchecked: off at first sight
    assert re.search(r'class="kg-rel" value="提及">', page)
    assert re.search(r'class="kg-type" value="Person" checked>', page)
    assert 'id="kg-isolated"' in page and 'value="community" checked' in page
