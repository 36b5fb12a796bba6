"""The Neo4j store over real Bolt (a throwaway FalkorDB server, see bolt_server.py).

FalkorDB crashes on Bolt messages over about 4 KB, so pushes here use small batches and clipped strings.
"""
import io
import time

import networkx as nx
import pytest

from bolt_server import falkordb_bolt, free_port, release
from kg.stores import neo4j_store
from kg.stores.neo4j_store import Neo4jError, connect, count, ensure_constraints, push_graph, run_query
from kg.stores.schema import NODE_LABELS

# Hostile strings: if any value were pasted into query text, these would break out of it.
# The second one wipes a FalkorDB graph when sent as a raw parameter (it pastes parameters unescaped).
HOSTILE = ["'}) DETACH DELETE n //", "x' MATCH (m) DETACH DELETE m //", "<script>alert('x')</script>",
           "张`三`) DETACH DELETE n //", 'a\\"b\\\\c']
SMALL = {"batch_size": 4, "max_property_chars": 100}


def sample_graph(prefix: str = "") -> nx.MultiDiGraph:
    """Shaped like kg.graph.build's output; `prefix` keeps ids apart on a shared server."""
    g = nx.MultiDiGraph()

    def node(label, name, **extra):
        nid = f"{prefix}{label}:{name}"
        g.add_node(nid, label=label, name=name, aliases=extra.get("aliases", []), titles=extra.get("titles", []),
                   mentions=extra.get("mentions", 1), docs=["000"])
        return nid

    def edge(h, rel, t, sentence, date="2024-03-05"):
        g.add_edge(h, t, key=rel, relation=rel, weight=1, confidence=0.9,
                   evidence=[{"sentence": sentence, "doc": "000", "article": 1, "start": 0, "end": 3, "date": date}])

    li = node("Person", "李明远", titles=["省长"], mentions=4)
    wang = node("Person", "王海峰", aliases=["王海峰同志"], titles=["副省长"])
    evil = [node("Person", s, aliases=[s], titles=[s]) for s in HOSTILE]
    standing = node("Meeting", "省政府常务会议")
    safety = node("Meeting", "全省安全生产工作会议")
    governor = node("Title", "省长")
    project = node("Project", "黄河流域生态保护项目")
    lanzhou = node("Place", "兰州市")
    ndrc = node("Organization", "省发展改革委")
    edge(li, "主持", standing, "李明远主持召开省政府常务会议。")
    edge(li, "讲话", safety, "李明远在全省安全生产工作会议上讲话。")
    edge(wang, "出席", standing, "王海峰出席会议。")
    edge(li, "任职", governor, "省长李明远")
    edge(ndrc, "实施", project, "省发展改革委实施黄河流域生态保护项目。")
    edge(project, "位于", lanzhou, "项目位于兰州市。")
    for e in evil:
        edge(e, "出席", standing, g.nodes[e]["name"] + " 出席会议 " + "很长的证据" * 60)  # long: exercises clipping
    edge(li, "位于", wang, "outside the schema: never pushed")
    return g


def expected_counts(g) -> tuple[int, int]:
    return g.number_of_nodes(), g.number_of_edges() - 1  # minus the Person-位于->Person edge


@pytest.fixture(scope="module")
def driver(neo4j_uri):
    d = connect(neo4j_uri, timeout=5, retry_time=5)
    yield d
    d.close()
    release(neo4j_uri)


@pytest.fixture
def empty(driver):
    run_query(driver, "MATCH (n) DETACH DELETE n", write=True)
    assert count(driver) == (0, 0)
    return driver


def test_push_twice_same_counts(empty):
    g = sample_graph()
    calls = []
    first = push_graph(empty, g, progress=lambda done, total: calls.append((done, total)), **SMALL)
    assert (first["nodes"], first["relationships"]) == expected_counts(g)
    assert first["skipped"] == 1 and first["batches"] > 1
    assert calls[-1][0] == calls[-1][1] == first["nodes"] + first["relationships"]
    assert count(empty) == expected_counts(g)
    push_graph(empty, g, **SMALL)
    assert count(empty) == expected_counts(g)


def test_values_stay_inert_and_come_back_unchanged(empty):
    g = sample_graph()
    push_graph(empty, g, **SMALL)
    _, rows = run_query(empty, "MATCH (p:Person) RETURN p.id, p.name, p.aliases ORDER BY p.id")
    persons = sorted((n, d) for n, d in g.nodes(data=True) if d["label"] == "Person")
    assert rows == [[n, d["name"], d["aliases"]] for n, d in persons]
    for s in HOSTILE:
        assert run_query(empty, "RETURN $v AS v", {"v": s})[1] == [[s]]
    assert count(empty) == expected_counts(g)  # nothing was deleted by any of them
    _, rows = run_query(empty, "MATCH (p:Person {name: $name})-[r]->(m:Meeting) RETURN r.evidence, r.sources",
                        {"name": HOSTILE[1]})
    evidence, sources = rows[0]
    assert evidence[0].startswith(HOSTILE[1]) and evidence[0].endswith("…") and len(evidence[0]) == 100
    assert len(sources) == 100


def test_query_meetings_of_a_person(empty):
    push_graph(empty, sample_graph(), **SMALL)
    cypher = ("MATCH (p:Person {name: $name})-[r]->(m:Meeting) "
              "RETURN type(r) AS relation, m.name AS meeting, r.dates AS dates ORDER BY relation")
    columns, rows = run_query(empty, cypher, {"name": "李明远"})
    assert columns == ["relation", "meeting", "dates"]
    assert rows == [["主持", "省政府常务会议", ["2024-03-05"]], ["讲话", "全省安全生产工作会议", ["2024-03-05"]]]
    _, rows = run_query(empty, "MATCH (p:Person {id: $id}) RETURN p", {"id": "Person:李明远"})
    assert rows[0][0]["_label"] == "Person" and rows[0][0]["titles"] == ["省长"]


def test_read_only_refuses_writes_before_sending(empty):
    with pytest.raises(Neo4jError, match="CREATE.*read-only"):
        run_query(empty, "CREATE (n)")
    with pytest.raises(Neo4jError, match="DELETE"):
        run_query(empty, "MATCH (n) DETACH DELETE n")
    assert count(empty) == (0, 0)
    run_query(empty, "CREATE (n:Person {id: $id})", {"id": "x"}, write=True)
    assert count(empty) == (1, 0)


def test_read_only_refusal_names_the_cli_option(empty):
    with pytest.raises(Neo4jError) as info:
        run_query(empty, "MERGE (n:Person {id: 'x'})")
    assert "--write" in str(info.value)


def test_malformed_query_raises_with_message(driver):
    with pytest.raises(Neo4jError, match="rejected the query: .+") as info:
        run_query(driver, "MATCH (n RETURN n")
    assert "bolt://127.0.0.1:" in str(info.value)
    assert run_query(driver, "RETURN 1 AS one") == (["one"], [[1]])  # the connection survives


def test_constraints_or_indexes_idempotent(driver):
    for _ in range(2):
        outcome = ensure_constraints(driver)
        assert set(outcome) == set(NODE_LABELS)
        assert all(kind in ("constraint", "index", "index (already there)") for kind in outcome.values()), outcome


def test_password_from_env_or_prompt(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret")
    assert neo4j_store.password_from_env_or_prompt() == "s3cret"
    monkeypatch.delenv("NEO4J_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO())  # not a terminal: never prompt
    assert neo4j_store.password_from_env_or_prompt() is None


def test_identifiers_only_from_schema():
    with pytest.raises(ValueError):
        neo4j_store._quoted("Person`) DETACH DELETE n //", NODE_LABELS)


def test_unreachable_uri_fails_fast_naming_it():
    uri = f"bolt://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(Neo4jError, match="cannot reach") as info:
        connect(uri, timeout=2)
    assert uri in str(info.value)
    assert time.monotonic() - started < 10


def test_dropped_connection_mid_push_names_uri(tmp_path):
    # A message over ~4 KB kills FalkorDB: a real connection loss in the middle of a push.
    with falkordb_bolt(tmp_path) as uri:
        d = connect(uri, timeout=2, retry_time=1)
        g = sample_graph()
        g.nodes["Person:李明远"]["aliases"] = ["很长" * 3000]
        started = time.monotonic()
        with pytest.raises(Neo4jError, match="lost the connection to .* during the push") as info:
            push_graph(d, g, batch_size=50, retries=1)
        d.close()
        assert uri in str(info.value)
        assert "--batch-size" in str(info.value)                   # says how to push to such a server
        assert time.monotonic() - started < 30


def test_cli_push_of_a_real_build_twice_leaves_the_same_counts(tmp_path, neo4j_uri):
    """`kg build samples` then `kg neo4j push` twice over real Bolt: idempotent MERGEs."""
    from pathlib import Path

    from kg.cli import main

    samples = Path(__file__).resolve().parent.parent / "samples"
    out = tmp_path / "out"
    assert main(["build", str(samples), "--out", str(out)]) == 0
    d = connect(neo4j_uri, timeout=5, retry_time=5)
    run_query(d, "MATCH (n) DETACH DELETE n", write=True)
    d.close()
    release(neo4j_uri)
    push = ["neo4j", "push", "--uri", neo4j_uri, "--out", str(out), "--batch-size", "4", "--max-property-chars", "60"]
    counts = []
    for _ in range(2):
        assert main(push) == 0
        release(neo4j_uri)
        d = connect(neo4j_uri, timeout=5, retry_time=5)
        counts.append(count(d))
        d.close()
        release(neo4j_uri)
    assert counts[0] == counts[1] and counts[0][0] > 10 and counts[0][1] > 5
