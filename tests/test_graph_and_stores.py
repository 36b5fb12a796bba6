"""Graph building, the networkx files and the embedded Cypher database, with real files on disk."""
import json

import networkx as nx
import pytest

from kg.graph import build_graph
from kg.stores.ladybug_store import QueryError, run_query, write_database
from kg.stores.networkx_io import read_node_link, write_gexf, write_graphml, write_node_link

HOSTILE = "'}) DETACH DELETE n //<script>`"


def record(doc, person="林振华", meeting="全省生态保护推进会议"):
    return {"doc": doc, "entities": [
        {"text": person, "type": "PERSON", "titles": ["省长"], "mentions": [[0, 3]]},
        {"text": meeting, "type": "MEETING", "titles": [], "mentions": [[5, 15]]},
        {"text": "西宁", "type": "PLACE", "titles": [], "mentions": [[20, 22]]}],
        "relations": [
            {"head": person, "relation": "主持", "tail": meeting, "evidence": f"{person}主持会议", "article": 0,
             "head_type": "PERSON", "tail_type": "MEETING", "confidence": 0.9},
            {"head": person, "relation": "任职", "tail": "省长", "evidence": f"省长{person}", "article": 0,
             "head_type": "PERSON", "tail_type": "TITLE"},
            {"head": meeting, "relation": "位于", "tail": "西宁", "evidence": "会议在西宁召开", "article": 0,
             "head_type": "MEETING", "tail_type": "PLACE"}]}


@pytest.fixture()
def graph():
    return build_graph([record("a.txt"), record("b.txt"), record("c.txt", person=HOSTILE)])


def test_one_node_per_entity_across_documents_with_all_evidence(graph):
    node = graph.nodes["Person:林振华"]
    assert node["docs"] == ["a.txt", "b.txt"] and node["titles"] == ["省长"]
    edge = graph.edges["Person:林振华", "Meeting:全省生态保护推进会议", "主持"]
    assert edge["weight"] == 2 and {e["doc"] for e in edge["evidence"]} == {"a.txt", "b.txt"}
    assert graph.has_edge("Person:林振华", "Title:省长", "任职")


def test_files_round_trip(tmp_path, graph):
    write_node_link(graph, tmp_path / "g.json")
    back = read_node_link(tmp_path / "g.json")
    assert nx.utils.graphs_equal(back, graph)
    write_graphml(graph, tmp_path / "g.graphml")
    g2 = nx.read_graphml(tmp_path / "g.graphml")
    assert g2.number_of_edges() == graph.number_of_edges()
    assert json.loads(g2.nodes["Person:林振华"]["titles"]) == ["省长"]
    write_gexf(graph, tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == graph.number_of_nodes()


def test_embedded_database_answers_the_documented_query(tmp_path, graph):
    path, counts = write_database(graph, tmp_path)
    assert counts["nodes"] == graph.number_of_nodes()
    cols, rows = run_query(path, "MATCH (p:Person)-[:主持]->(m:Meeting) RETURN p.name, m.name ORDER BY p.name")
    assert cols == ["p.name", "m.name"]
    assert sorted(r[0] for r in rows) == sorted(["林振华", HOSTILE])
    # a parameter carries hostile text as data
    cols, rows = run_query(path, "MATCH (p:Person {name: $n})-[:任职]->(t:Title) RETURN t.name", {"n": HOSTILE})
    assert rows == [["省长"]]
    cols, rows = run_query(path, "MATCH (m:Meeting)-[:位于]->(pl:Place) RETURN DISTINCT pl.name")
    assert rows == [["西宁"]]


def test_embedded_database_is_read_only_by_default_and_reports_errors(tmp_path, graph):
    path, _ = write_database(graph, tmp_path)
    with pytest.raises(QueryError):
        run_query(path, "CREATE (:Person {id: 'x', name: 'x'})")
    with pytest.raises(QueryError) as err:
        run_query(path, "MATCH (p:Person RETURN p")
    assert "Parser exception" in str(err.value)
    cols, rows = run_query(path, "MATCH (p:Person) RETURN count(p)")
    assert rows == [[2]]


def test_rebuilding_the_database_replaces_it(tmp_path, graph):
    write_database(graph, tmp_path)
    smaller = build_graph([record("a.txt")])
    path, _ = write_database(smaller, tmp_path)
    _, rows = run_query(path, "MATCH (p:Person) RETURN count(p)")
    assert rows == [[1]]
