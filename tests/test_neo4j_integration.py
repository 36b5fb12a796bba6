"""The same push/query checks against a real Neo4j: set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD).

The database may hold real data, so everything here lives under an id prefix unique to this run,
is counted by that prefix, and only those nodes are deleted afterwards.
"""
import os
import uuid

import pytest

from kg.stores.neo4j_store import Neo4jError, connect, ensure_constraints, push_graph, run_query
from test_neo4j_store import HOSTILE, expected_counts, sample_graph

URI = os.environ.get("NEO4J_URI")
pytestmark = pytest.mark.skipif(not URI, reason="NEO4J_URI not set: no real Neo4j to test against")


@pytest.fixture(scope="module")
def driver():
    d = connect(URI, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
    yield d
    d.close()


@pytest.fixture
def prefix(driver):
    p = f"kgtest-{uuid.uuid4().hex[:8]}|"
    yield p
    run_query(driver, "MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", {"p": p}, write=True)


def scoped_count(driver, prefix):
    _, nodes = run_query(driver, "MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n)", {"p": prefix})
    _, rels = run_query(driver, "MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p RETURN count(r)", {"p": prefix})
    return nodes[0][0], rels[0][0]


def test_push_twice_and_query(driver, prefix):
    outcome = ensure_constraints(driver)
    assert all(kind in ("constraint", "index") for kind in outcome.values()), outcome
    g = sample_graph(prefix)
    for _ in range(2):
        push_graph(driver, g, batch_size=7)
        assert scoped_count(driver, prefix) == expected_counts(g)
    _, rows = run_query(driver, "MATCH (p:Person {id: $id})-[r]->(m:Meeting) RETURN type(r), m.name ORDER BY type(r)",
                        {"id": f"{prefix}Person:李明远"})
    assert rows == [["主持", "省政府常务会议"], ["讲话", "全省安全生产工作会议"]]
    _, rows = run_query(driver, "MATCH (p:Person) WHERE p.id STARTS WITH $p AND p.name IN $names RETURN p.name",
                        {"p": prefix, "names": HOSTILE})
    assert sorted(r[0] for r in rows) == sorted(HOSTILE)


def test_read_only_and_errors(driver):
    with pytest.raises(Neo4jError, match="read-only"):
        run_query(driver, "CREATE (n)")
    with pytest.raises(Neo4jError, match="rejected the query"):
        run_query(driver, "MATCH (n RETURN n")


def test_wrong_password_is_a_clear_error():
    if not os.environ.get("NEO4J_USER"):
        pytest.skip("NEO4J_USER not set")
    with pytest.raises(Neo4jError, match="refused the credentials"):
        connect(URI, os.environ["NEO4J_USER"], "definitely-not-the-password-" + uuid.uuid4().hex)
