"""kg serve: the JSON API through Starlette's test client, the command (a real process, Ctrl-C), and the
page in real headless Chromium (Playwright driving the system browser)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from starlette.testclient import TestClient

from kg.serve.app import CSP, create_app
from kg.serve.index import GraphIndex
from kg.stores.ladybug_store import write_database
from kg.stores.networkx_io import write_node_link

HOSTILE_NAME = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
HOSTILE_SENTENCE = "</script><script>document.body.setAttribute('data-pwned','2')</script>恶意主持会议"
CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")


# ------------------------------------------------------------------------------------------ small graphs
def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()

    def node(label, name, mentions=1, aliases=(), titles=()):
        g.add_node(f"{label}:{name}", label=label, name=name, aliases=list(aliases), titles=list(titles),
                   mentions=mentions, docs=["d1.txt"])
        return f"{label}:{name}"

    def edge(u, v, rel, dates):
        ev = [{"sentence": f"{g.nodes[u]['name']}{rel}{g.nodes[v]['name']}。", "doc": "d1.txt", "article": i,
               "start": 0, "end": 9, "date": d} for i, d in enumerate(dates)]
        g.add_edge(u, v, key=rel, relation=rel, weight=len(ev), confidence=0.9, evidence=ev)

    zhang = node("Person", "张志明", 12, aliases=["张省长"], titles=["省长"])
    zhang2 = node("Person", "张志", 3)
    li = node("Person", "李张志", 1)
    m1 = node("Meeting", "全省经济工作会议", 4)
    m2 = node("Meeting", "数字政府建设推进会", 2)
    place = node("Place", "南京市", 5)
    title = node("Title", "省长", 0)
    bad = node("Person", HOSTILE_NAME, 1, aliases=["坏人"])
    edge(zhang, m1, "主持", ["2024-03-18", "2024-03-19"])
    edge(zhang, m1, "讲话", ["2024-03-18"])
    edge(zhang, m2, "出席", ["2023-07-01"])
    edge(zhang, title, "任职", [None])
    edge(li, m1, "出席", ["03-18"])
    edge(m1, place, "位于", ["2024-03-18"])
    edge(zhang2, m2, "主持", ["2023-07-01"])
    g.add_edge(bad, m1, key="主持", relation="主持", weight=1, confidence=0.5,
               evidence=[{"sentence": HOSTILE_SENTENCE, "doc": "<b>evil</b>.txt", "article": 0, "start": 0, "end": 5,
                          "date": "2024-03-18", "headline": "<i>标题</i>"}])
    return g


@pytest.fixture(scope="module")
def small_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serve-small")
    g = small_graph()
    write_node_link(g, out / "graph.json")
    write_database(g, out)
    return out


@pytest.fixture(scope="module")
def small(small_build) -> TestClient:
    return TestClient(create_app(small_build))


@pytest.fixture(scope="module")
def samples(samples_built) -> TestClient:
    return TestClient(create_app(samples_built))


def folder_state(out: Path) -> dict:
    return {p.relative_to(out).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns,
                                            hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(out.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------------------------------------ search
def test_search_ranks_exact_then_prefix_then_substring(small):
    hits = small.get("/api/search", params={"q": "张志"}).json()
    assert [(h["name"], h["match"]) for h in hits] == [("张志", "exact"), ("张志明", "prefix"), ("李张志", "substring")]
    assert all({"id", "name", "label", "mentions", "degree"} <= set(h) for h in hits)
    assert hits[1] == {**hits[1], "id": "Person:张志明", "label": "Person", "mentions": 12, "degree": 4}
    # an alias finds its entity and says which spelling matched
    alias = small.get("/api/search", params={"q": "张省"}).json()
    assert alias[0]["id"] == "Person:张志明" and alias[0]["alias"] == "张省长" and alias[0]["match"] == "prefix"
    # type filter, limit, nothing, blank
    assert [h["label"] for h in small.get("/api/search", params={"q": "省", "types": "Title"}).json()] == ["Title"]
    assert len(small.get("/api/search", params={"q": "张", "limit": 2}).json()) == 2
    assert small.get("/api/search", params={"q": "不存在的名字"}).json() == []
    assert small.get("/api/search", params={"q": "  "}).json() == []
    assert small.get("/api/search", params={"q": "张", "limit": "many"}).status_code == 400


def test_search_index_agrees_with_a_plain_scan():
    """Random names: the indexed answer is exactly what a scan over every name and alias finds."""
    import random

    rnd = random.Random(7)
    chars = "张王李赵省市会议工程"
    g = nx.MultiDiGraph()
    for i in range(400):
        name = "".join(rnd.choice(chars) for _ in range(rnd.randint(1, 5)))
        g.add_node(f"N{i}", label="Person", name=name, aliases=[name[::-1]] if i % 3 == 0 else [],
                   mentions=rnd.randint(0, 9))
    index = GraphIndex(g)
    for q in ["张", "省市", "会议", "王李", "工程张", "赵"]:
        got = index.search(q, limit=500)
        spell = {n: [d["name"]] + d["aliases"] for n, d in g.nodes(data=True)}
        want_exact = {n for n, s in spell.items() if q in s}
        want_prefix = {n for n, s in spell.items() if any(x.startswith(q) for x in s)} - want_exact
        want_sub = {n for n, s in spell.items() if any(q in x for x in s)} - want_exact - want_prefix
        kinds = [h["match"] for h in got]
        assert kinds == sorted(kinds, key=["exact", "prefix", "substring"].index), q
        assert {h["id"] for h in got if h["match"] == "exact"} == want_exact, q
        assert {h["id"] for h in got if h["match"] == "prefix"} == want_prefix, q
        assert {h["id"] for h in got if h["match"] == "substring"} == want_sub, q
        for kind in ("prefix", "substring"):                  # most mentioned first within a group
            m = [h["mentions"] for h in got if h["match"] == kind]
            assert m == sorted(m, reverse=True), (q, kind)


def test_search_on_the_samples(samples):
    hits = samples.get("/api/search", params={"q": "林振"}).json()
    assert hits and hits[0]["id"] == "Person:林振华" and hits[0]["name"] == "林振华" and hits[0]["label"] == "Person"
    assert hits[0]["mentions"] >= 2


# ---------------------------------------------------------------------------------------- neighbourhood
def test_neighbourhood_with_evidence_on_the_samples(samples):
    body = samples.get("/api/neighbourhood", params={"id": "Person:林振华"}).json()
    assert body["center"]["name"] == "林振华" and body["center"]["dossier"] == "person"
    names = {n["name"] for n in body["nodes"]}
    assert "全省生态保护与高质量发展推进会议" in names and "省长" in names
    chair = [e for e in body["edges"] if e["relation"] == "主持"]
    assert chair and all(e["from"] == "Person:林振华" for e in chair)
    sentences = [ev["sentence"] for e in chair for ev in e["evidence"]]
    assert any("林振华主持会议" in s for s in sentences), sentences
    ev = next(ev for e in chair for ev in e["evidence"] if ev["doc"] == "01_meeting.txt")
    assert ev["headline"] and "林振华" in ev["headline"]            # from extractions.jsonl
    assert ev["path"].endswith("01_meeting.txt") and ev["date"] == "03-18"
    # every edge touches the centre and every other end is listed
    ids = {n["id"] for n in body["nodes"]} | {"Person:林振华"}
    assert all({e["from"], e["to"]} <= ids and "Person:林振华" in (e["from"], e["to"]) for e in body["edges"])


def test_neighbourhood_filters(small):
    def hood(**params):
        r = small.get("/api/neighbourhood", params={"id": "Person:张志明", **params})
        assert r.status_code == 200, r.text
        return r.json()

    everything = hood()
    assert {(e["relation"], e["to"]) for e in everything["edges"]} == {
        ("主持", "Meeting:全省经济工作会议"), ("讲话", "Meeting:全省经济工作会议"), ("出席", "Meeting:数字政府建设推进会"),
        ("任职", "Title:省长")}
    assert everything["total"] == everything["shown"] == 4
    assert {n["label"] for n in hood(types="Title")["nodes"]} == {"Title"}
    assert {e["relation"] for e in hood(relations="主持,讲话")["edges"]} == {"主持", "讲话"}
    assert hood(relations="")["edges"] == []
    in_2024 = hood(**{"from": "2024-01-01", "to": "2024-12-31"})
    assert {e["relation"] for e in in_2024["edges"]} == {"主持", "讲话"}     # undated 任职 and 2023's 出席 left out
    assert {e["relation"] for e in hood(to="2023")["edges"]} == {"出席"}
    one = hood(limit=1, evidence=1)
    assert one["shown"] == 1 and one["total"] == 4 and one["edges"][0]["relation"] == "主持"   # the heaviest
    assert len(one["edges"][0]["evidence"]) == 1 and one["edges"][0]["evidence_total"] == 2
    # a meeting: in-edges too, and a yearless date compares by month and day
    meeting = small.get("/api/neighbourhood", params={"id": "Meeting:全省经济工作会议", "from": "03-18", "to": "03-18"}).json()
    assert "Person:李张志" in {n["id"] for n in meeting["nodes"]}
    assert small.get("/api/neighbourhood", params={"id": "Person:张志明", "from": "yesterday"}).status_code == 400
    missing = small.get("/api/neighbourhood", params={"id": "Person:nobody"})
    assert missing.status_code == 404 and "nobody" in missing.json()["error"]


def test_evidence_and_node_endpoints(small):
    full = small.get("/api/evidence", params={"from": "Person:张志明", "to": "Meeting:全省经济工作会议",
                                              "relation": "主持"}).json()
    assert full["evidence_total"] == 2 and [e["date"] for e in full["evidence"]] == ["2024-03-18", "2024-03-19"]
    assert full["source"]["name"] == "张志明" and full["target"]["name"] == "全省经济工作会议"
    assert small.get("/api/evidence", params={"from": "Person:张志明", "to": "Title:省长",
                                              "relation": "主持"}).status_code == 404
    node = small.get("/api/node", params={"id": "Person:张志明"}).json()
    assert node["aliases"] == ["张省长"] and node["relations"] == {"主持": 1, "讲话": 1, "出席": 1, "任职": 1}
    assert small.get("/api/node", params={"id": "x"}).status_code == 404
    assert small.get("/api/nothing-here").json()["error"].startswith("no API endpoint")


# --------------------------------------------------------------------------------------------- dossier
def test_dossier_is_kg_reports_content(samples, samples_built):
    from kg.serve.dossier import report_json
    from kg.stores.networkx_io import read_node_link
    from kg.views.dossier import dossier_report

    body = samples.get("/api/dossier", params={"id": "Person:林振华"}).json()
    want = report_json(dossier_report(read_node_link(samples_built / "graph.json"), "person", "林振华"))
    assert body["title"] == want["title"] == "Dossier: 林振华"
    strip = lambda blocks: [b for b in blocks if b["type"] != "image"]  # noqa: E731  (charts drawn twice)
    assert strip(body["blocks"]) == strip(want["blocks"])
    headings = [b["text"] for b in body["blocks"] if b["type"] == "heading"]
    assert "Titles over time (任职)" in headings and "Every fact with its evidence" in headings
    assert any(b["type"] == "image" and (b["src"] or "").startswith("data:image/png;base64,") for b in body["blocks"])
    assert samples.get("/api/dossier", params={"id": "Title:省长"}).status_code == 404


# ---------------------------------------------------------------------------------------------- cypher
def test_cypher_reads_with_parameters_and_refuses_writes(small, small_build):
    before = folder_state(small_build)
    r = small.post("/api/cypher", json={"query": "MATCH (p:Person {name: $name})-[r]->(m:Meeting) "
                                                 "RETURN m.name AS meeting, label(r) AS role ORDER BY meeting, role",
                                        "params": {"name": "张志明"}})
    assert r.status_code == 200, r.text
    assert r.json()["columns"] == ["meeting", "role"]
    assert r.json()["rows"] == [["全省经济工作会议", "主持"], ["全省经济工作会议", "讲话"], ["数字政府建设推进会", "出席"]]
    nodes = small.post("/api/cypher", json={"query": "MATCH (p:Person) WHERE p.name = $n RETURN p", "params": {"n": HOSTILE_NAME}})
    assert nodes.json()["rows"][0][0]["name"] == HOSTILE_NAME        # a node comes back as a JSON object
    for query in ["MATCH (p:Person) DETACH DELETE p", "CREATE (:Person {id: 'x', name: 'x'})",
                  "MATCH (p:Person) SET p.name = 'x'", "MERGE (p:Person {id: 'y'})", "DROP TABLE Person"]:
        r = small.post("/api/cypher", json={"query": query})
        assert r.status_code == 403, query
        assert r.json()["error"].startswith("read-only:") and "kg query --write" in r.json()["error"]
    for body, status in [({"query": "MATCH (n) RETURN n.nope"}, 400), ({"query": ""}, 400), ({"query": 3}, 400),
                         ({"query": "RETURN 1; RETURN 2"}, 400), ({"query": "RETURN $x", "params": [1]}, 400)]:
        assert small.post("/api/cypher", json=body).status_code == status, body
    assert small.post("/api/cypher", content=b"not json").status_code == 400
    assert small.get("/api/cypher").status_code == 405
    count = small.post("/api/cypher", json={"query": "MATCH (n) RETURN count(n)"}).json()["rows"]
    assert count == [[small_graph().number_of_nodes()]]              # nothing was deleted or added
    assert folder_state(small_build) == before                         # and nothing written at all


# --------------------------------------------------------------------------------------------- safety
class _Page(HTMLParser):
    def __init__(self, text: str):
        super().__init__()
        self.scripts, self.attrs, self.inline = [], [], 0
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.attrs += attrs
        if tag == "script":
            self.scripts.append(dict(attrs).get("src"))
            self._in_script = True

    def handle_endtag(self, tag):
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline += 1


def test_headers_page_and_static_files_are_local(small):
    for path in ["/", "/api/meta", "/static/app.js", "/static/vis/vis-network.min.js", "/api/search?q=张",
                 "/api/node?id=nope", "/static/missing.js"]:
        r = small.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "unsafe-eval" not in CSP
    page = small.get("/").text
    parsed = _Page(page)
    assert parsed.inline == 0 and parsed.scripts == ["/static/vis/vis-network.min.js", "/static/app.js"]
    assert not [n for n, _ in parsed.attrs if n.startswith("on") or n == "style"]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    js = small.get("/static/app.js").text
    assert "innerHTML" not in js.replace("never innerHTML", "") and "eval(" not in js
    vis = small.get("/static/vis/vis-network.min.js")
    assert vis.status_code == 200 and len(vis.content) > 100_000 and "javascript" in vis.headers["content-type"]
    meta = small.get("/api/meta").json()
    assert meta["nodes"] == small_graph().number_of_nodes() and meta["database"] is True
    assert meta["styles"]["Person"]["color"] == "#e15759"


def test_api_returns_document_text_as_json_data(small):
    r = small.get("/api/search", params={"q": "坏人"})
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()[0]["name"] == HOSTILE_NAME                           # data, unchanged, for textContent
    ev = small.get("/api/evidence", params={"from": f"Person:{HOSTILE_NAME}", "to": "Meeting:全省经济工作会议",
                                            "relation": "主持"}).json()
    assert ev["evidence"][0]["sentence"] == HOSTILE_SENTENCE and ev["evidence"][0]["headline"] == "<i>标题</i>"


def test_loopback_server_refuses_other_host_names(small_build):
    client = TestClient(create_app(small_build, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1")
    assert client.get("/api/meta").status_code == 200
    assert client.get("/api/meta", headers={"host": "attacker.example"}).status_code == 400


def test_missing_or_damaged_build_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="run `kg build` first"):
        create_app(tmp_path)
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not a graph"):
        create_app(tmp_path)


# ------------------------------------------------------------------------------------- the command
def _start(out: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", "0", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    lines = []
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line)
        m = re.search(r"open (http://127\.0\.0\.1:\d+/)", line)
        if m:
            return proc, m.group(1)
    proc.kill()
    raise AssertionError("kg serve did not print its address: " + "".join(lines))


def test_kg_serve_command_serves_and_stops_on_ctrl_c(small_build, tmp_path):
    from urllib.error import HTTPError
    from urllib.parse import quote
    from urllib.request import Request, urlopen

    before = folder_state(small_build)
    proc, url = _start(small_build)
    try:
        with urlopen(url + "api/search?q=" + quote("张志明"), timeout=10) as r:
            assert json.loads(r.read())[0]["id"] == "Person:张志明"
        with urlopen(url, timeout=10) as r:
            assert "kg explorer" in r.read().decode() and r.headers["content-security-policy"] == CSP
        with pytest.raises(HTTPError) as refused:              # another Host name: DNS rebinding guard
            urlopen(Request(url + "api/meta", headers={"Host": "evil.example"}), timeout=10)
        assert refused.value.code == 400
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == 0, err
    assert "stopped" in err
    assert folder_state(small_build) == before
    # no build here: exit 2 and say why; a port already taken: exit 2 and say so
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--out", str(tmp_path), "--port", "0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "run `kg build` first" in r.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--out", str(small_build), "--port", str(port)],
                           capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in r.stderr


# ------------------------------------------------------------------------------------- the browser
@contextmanager
def live_server(out: Path):
    """The app on a free loopback port, served by uvicorn in a thread."""
    import uvicorn

    app = create_app(out)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium not installed (apt-get install chromium fonts-noto-cjk)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    profile = tempfile.mkdtemp(prefix="kg-serve-chromium-")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, viewport={"width": 1400, "height": 860},
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"])
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


def _watch(page, origin: str) -> dict:
    seen = {"errors": [], "foreign": []}
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(origin) else seen["foreign"].append(r.url))
    return seen


def _click_node(page, node_id: str) -> None:
    page.wait_for_function("() => window.kgExplorer && window.kgExplorer.state.stable")
    at = page.evaluate("id => window.kgExplorer.domPosition(id)", node_id)
    page.mouse.click(at["x"], at["y"])


def test_browser_search_open_expand_and_read_evidence(browser, samples_built, tmp_path):
    with live_server(samples_built) as url:
        page = browser.new_page()
        seen = _watch(page, url.rstrip("/"))
        page.goto(url)
        page.wait_for_selector("#type-filters input")                 # /api/meta answered, filters built
        page.fill("#search", "林振")
        first = page.wait_for_selector("#results li[data-id]")
        assert first.get_attribute("data-id") == "Person:林振华"
        assert "Person" in first.inner_text() and "mentions" in first.inner_text()
        page.keyboard.press("Enter")
        page.wait_for_function("() => window.kgExplorer.nodes.get('Meeting:全省生态保护与高质量发展推进会议') !== null")
        assert page.inner_text("#tab-details h3").startswith("林振华")
        assert page.evaluate("() => window.kgExplorer.nodes.get('Person:唐明远')") is None
        # expand a neighbour by clicking it on the canvas: its own neighbours join the graph
        _click_node(page, "Meeting:全省生态保护与高质量发展推进会议")
        page.wait_for_function("() => window.kgExplorer.nodes.get('Person:唐明远') !== null")
        page.wait_for_selector("#tab-details ul.rels li:has-text('唐明远')")
        assert page.inner_text("#tab-details h3").startswith("全省生态保护与高质量发展推进会议")
        # the evidence of 唐明远 出席 …: the sentence with the name highlighted, headline, date and file
        page.click("#tab-details ul.rels li:has-text('唐明远')")
        ev = page.wait_for_selector("#tab-evidence .ev")
        sentence = page.inner_text("#tab-evidence .ev .sentence")
        assert "唐明远" in sentence and "出席会议" in sentence
        assert page.inner_text("#tab-evidence .ev mark.head") == "唐明远"
        where = ev.inner_text()
        assert "01_meeting.txt" in where and "03-18" in where and "林振华主持会议并讲话" in where   # headline
        # filters: without the Person type, the people around the meeting go
        page.uncheck("#type-filters input[value='Person']")
        page.wait_for_function("() => window.kgExplorer.nodes.get('Person:唐明远') === null")
        page.check("#type-filters input[value='Person']")
        page.wait_for_function("() => window.kgExplorer.nodes.get('Person:唐明远') !== null")
        # dossier and Cypher
        _click_node(page, "Person:林振华")
        page.click("#tab-details button.dossier")
        page.wait_for_selector("#tab-dossier .dossier table")
        assert "Titles over time" in page.inner_text("#tab-dossier")
        page.click("#tabs button[data-tab='cypher']")
        page.fill("#cypher", "MATCH (p:Person {name: $name}) RETURN p.name AS who, p.titles AS titles")
        page.fill("#cypher-params", '{"name": "林振华"}')
        page.click("#cypher-run")
        page.wait_for_selector("#cypher-out table")
        assert page.inner_text("#cypher-out td") == "林振华"
        page.fill("#cypher", "MATCH (p:Person) DETACH DELETE p")
        page.click("#cypher-run")
        page.wait_for_selector("#cypher-status.error")
        assert "read-only" in page.inner_text("#cypher-status")
        # back to the graph for the picture
        _click_node(page, "Meeting:全省生态保护与高质量发展推进会议")
        chaired = json.dumps(["Person:林振华", "Meeting:全省生态保护与高质量发展推进会议", "主持"], ensure_ascii=False)
        page.click(f"#tab-details ul.rels li[data-edge='{chaired}']")
        page.wait_for_selector("#tab-evidence .ev mark")
        page.wait_for_function("() => window.kgExplorer.state.stable")
        shot = tmp_path / "serve.png"
        page.screenshot(path=str(shot))
        if os.environ.get("KG_SERVE_SCREENSHOT"):                     # docs/serve.png is made this way
            shutil.copy(shot, os.environ["KG_SERVE_SCREENSHOT"])
        assert shot.stat().st_size > 20_000
        refused = "Failed to load resource: the server responded with a status of 403 (Forbidden)"
        assert seen["errors"].count(refused) == 1, seen                  # the DELETE above, and nothing else
        assert seen["foreign"] == [] and [e for e in seen["errors"] if e != refused] == [], seen
        page.close()


def test_browser_shows_hostile_text_as_text(browser, small_build):
    with live_server(small_build) as url:
        page = browser.new_page()
        seen = _watch(page, url.rstrip("/"))
        page.on("dialog", lambda d: seen["errors"].append("dialog: " + d.message))
        page.goto(url)
        page.wait_for_selector("#type-filters input")
        page.fill("#search", "坏人")
        page.wait_for_selector("#results li[data-id]")
        assert HOSTILE_NAME in page.inner_text("#results")
        page.keyboard.press("Enter")
        page.wait_for_selector("#tab-details ul.rels li")
        assert page.inner_text("#tab-details h3").startswith(HOSTILE_NAME)
        page.click("#tab-details ul.rels li")
        page.wait_for_selector("#tab-evidence .ev")
        assert page.inner_text("#tab-evidence .ev .sentence") == HOSTILE_SENTENCE
        assert "<i>标题</i>" in page.inner_text("#tab-evidence .ev .src")
        page.click("#tabs button[data-tab='details']")
        page.click("#tab-details button.dossier")
        page.wait_for_selector("#tab-dossier .dossier")
        state = page.evaluate("""() => ({pwned: document.body.getAttribute('data-pwned'),
            imgs: document.querySelectorAll('img[src="x"], #tab-evidence img, #results img').length,
            scripts: document.scripts.length})""")
        assert state == {"pwned": None, "imgs": 0, "scripts": 2}, state
        assert seen["foreign"] == [] and seen["errors"] == [], seen
        page.close()
