"""kg serve on a synthetic graph of 100,000 nodes: how long it takes to start, and how fast the two answers
the page asks for while someone types and clicks come back (target: under 100 ms median each).

    .venv/bin/python bench/bench_serve.py [--nodes 100000] [--requests 300]

It writes graph.json for a generated graph (names built from real surnames and word pieces, every entity
type, scale-free edges with evidence sentences and dates) into a temporary folder, starts `kg serve --port 0`
on it as its own process, and times HTTP requests from here over one keep-alive connection (loopback only):
  search         /api/search?q=...  prefixes of real names (1 to 3 characters), inner parts, and misses
  neighbourhood  /api/neighbourhood?id=...  random entities and the 20 biggest hubs (thousands of edges)
Only figures are printed; nothing is asserted.
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "明华建国伟强军平志红文杰芳敏静丽海涛斌波辉刚健峰超英霞秀兰玉春晓东南西北新振兴宏远素琴庆忠"
PLACES = ["省", "市", "县", "区", "镇", "州", "新区", "开发区"]
WORDS = "经济发展建设改革生态保护数字政府能源交通水利农业科技创新产业园区城乡供水高速公路乡村振兴文化旅游医疗教育"
KINDS = [("Person", 0.40), ("Place", 0.10), ("Organization", 0.12), ("Company", 0.12), ("Project", 0.12),
         ("Meeting", 0.10), ("Title", 0.04)]
RELS = {("Person", "Meeting"): ["主持", "出席", "讲话"], ("Person", "Title"): ["任职"],
        ("Company", "Project"): ["实施"], ("Organization", "Project"): ["实施"], ("Project", "Place"): ["位于"],
        ("Meeting", "Place"): ["位于"], ("Company", "Place"): ["位于"]}


def synthetic_graph(n: int, seed: int = 15) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    words = [WORDS[i:i + 2] for i in range(0, len(WORDS) - 1, 2)]
    labels = rnd.choices([k for k, _ in KINDS], [w for _, w in KINDS], k=n)

    def name(label: str, i: int) -> str:
        if label == "Person":
            return rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.randint(1, 2)))
        if label == "Place":
            return "".join(rnd.choice(GIVEN) for _ in range(2)) + rnd.choice(PLACES)
        stem = "".join(rnd.choice(words) for _ in range(rnd.randint(2, 4)))
        return stem + {"Organization": "委员会", "Company": "有限公司", "Project": "项目", "Meeting": "推进会议",
                       "Title": "主任"}[label] + (str(i % 97) if rnd.random() < 0.3 else "")

    g = nx.MultiDiGraph()
    ids = []
    for i, label in enumerate(labels):
        nm = name(label, i)
        nid = f"{label}:{nm}#{i}"                 # names repeat (two officials called 王伟): ids must not
        g.add_node(nid, label=label, name=nm, aliases=[nm[:1] + "某"] if label == "Person" and rnd.random() < 0.1 else [],
                   titles=[], mentions=max(1, int(rnd.paretovariate(1.2))), docs=[f"doc{rnd.randrange(5000)}.txt"])
        ids.append(nid)
    by_label: dict[str, list[str]] = {}
    for nid, label in zip(ids, labels):
        by_label.setdefault(label, []).append(nid)
    pairs = list(RELS)
    # preferential attachment: a few hubs (a governor at hundreds of meetings, a city hosting thousands of projects)
    popular: dict[str, list[str]] = {k: v[: max(1, len(v) // 5000)] for k, v in by_label.items()}
    for _ in range(int(n * 1.5)):
        a, b = rnd.choice(pairs)
        u = rnd.choice(popular[a]) if rnd.random() < 0.15 else rnd.choice(by_label[a])
        v = rnd.choice(popular[b]) if rnd.random() < 0.3 else rnd.choice(by_label[b])
        rel = rnd.choice(RELS[(a, b)])
        month, day = rnd.randint(1, 12), rnd.randint(1, 28)
        ev = [{"sentence": f"{g.nodes[u]['name']}{rel}{g.nodes[v]['name']}，研究部署{rnd.choice(words)}工作。",
               "doc": f"doc{rnd.randrange(5000)}.txt", "article": rnd.randrange(8), "start": 0, "end": 30,
               "date": f"{rnd.choice([2023, 2024])}-{month:02d}-{day:02d}"} for _ in range(rnd.randint(1, 2))]
        if g.has_edge(u, v, key=rel):
            g.edges[u, v, rel]["evidence"].extend(ev)
            g.edges[u, v, rel]["weight"] += len(ev)
        else:
            g.add_edge(u, v, key=rel, relation=rel, weight=len(ev), confidence=0.9, evidence=ev)
    return g


def timed(conn: http.client.HTTPConnection, path: str) -> tuple[float, int, bytes]:
    started = time.perf_counter()
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read()
    return (time.perf_counter() - started) * 1000, resp.status, body


def summary(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return (f"{name:<28} n={len(ms):<5} median {statistics.median(ms):7.2f} ms   p95 {p95:7.2f} ms   "
            f"max {ms[-1]:7.2f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=300, help="requests per kind (default 300)")
    args = ap.parse_args()
    from kg.serve.index import GraphIndex
    from kg.stores.networkx_io import write_node_link

    t0 = time.perf_counter()
    g = synthetic_graph(args.nodes)
    print(f"synthetic graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges "
          f"({time.perf_counter() - t0:.1f} s to generate)")
    t0 = time.perf_counter()
    index = GraphIndex(g)
    print(f"in-memory index from the graph: {time.perf_counter() - t0:.2f} s")
    rnd = random.Random(1)
    names = [d["name"] for _, d in g.nodes(data=True)]
    queries = []
    for _ in range(args.requests):
        nm = rnd.choice(names)
        kind = rnd.random()
        if kind < 0.5:
            queries.append(nm[: rnd.randint(1, 3)])                          # typing: a prefix
        elif kind < 0.8:
            at = rnd.randrange(max(1, len(nm) - 2))
            queries.append(nm[at:at + rnd.randint(2, 3)])                  # a part from inside
        else:
            queries.append(nm[:2] + "乂乂")                                  # nothing matches: a full scan
    hubs = sorted(g.nodes, key=g.degree, reverse=True)[:20]
    hood_ids = hubs + rnd.sample(list(g.nodes), args.requests - len(hubs))
    g_hub = g.degree(hubs[0])
    print(f"biggest hub: {g_hub:,} edges; median degree {statistics.median(g.degree(n) for n in hood_ids[20:]):.0f}")

    t0 = time.perf_counter()
    for q in queries:
        index.search(q, 20)
    print(f"search in process (no HTTP): {(time.perf_counter() - t0) / len(queries) * 1000:.2f} ms mean")

    with tempfile.TemporaryDirectory(prefix="kg-bench-serve-") as tmp:
        out = Path(tmp)
        t0 = time.perf_counter()
        write_node_link(g, out / "graph.json")
        size = (out / "graph.json").stat().st_size
        print(f"graph.json: {size / 1e6:.0f} MB written in {time.perf_counter() - t0:.1f} s")
        del g, index
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", "0"],
                                stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT)
        try:
            port = None
            for line in proc.stderr:
                m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
                if m:
                    port = int(m.group(1))
                    break
            if port is None:
                print("kg serve did not start", file=sys.stderr)
                return 1
            print(f"kg serve start (read graph.json, build indexes, listen): {time.perf_counter() - started:.1f} s")
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for q in queries[:10]:                                           # warm up the connection
                timed(conn, "/api/search?" + urlencode({"q": q}))
            search_ms, hits = [], 0
            for q in queries:
                ms, status, body = timed(conn, "/api/search?" + urlencode({"q": q, "limit": 20}))
                assert status == 200, body[:200]
                search_ms.append(ms)
                hits += bool(json.loads(body))
            hood_ms, hub_ms, edges = [], [], []
            for i, nid in enumerate(hood_ids):
                ms, status, body = timed(conn, "/api/neighbourhood?id=" + quote(nid))
                assert status == 200, body[:200]
                (hub_ms if i < len(hubs) else hood_ms).append(ms)
                edges.append(json.loads(body)["shown"])
            filtered = []
            for nid in hood_ids[:100]:
                ms, status, _ = timed(conn, "/api/neighbourhood?" + urlencode(
                    {"id": nid, "types": "Person,Meeting", "relations": "主持,出席,位于", "from": "2024-03", "to": "2024-09"}))
                assert status == 200
                filtered.append(ms)
            conn.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"--- HTTP answers from kg serve on {args.nodes:,} nodes (loopback, one keep-alive connection) ---")
    print(summary("search", search_ms) + f"   ({hits} of {len(queries)} found something)")
    print(summary("neighbourhood (random)", hood_ms) + f"   (median {statistics.median(edges[20:]):.0f} edges shown)")
    print(summary("neighbourhood (20 hubs)", hub_ms) + f"   ({statistics.median(edges[:20]):.0f} edges shown, of up to {g_hub} on the biggest)")
    print(summary("neighbourhood (filtered)", filtered))
    return 0


if __name__ == "__main__":
    sys.exit(main())
