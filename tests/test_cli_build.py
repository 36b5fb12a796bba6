"""`kg build` and `kg query` as a user runs them: real pipeline, real files, real embedded database."""
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
OUTPUTS = ("extractions.jsonl", "graph.json", "graph.graphml", "graph.gexf", "graph.html", "report.md", "merges.json",
           "graph.lbdb")


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("build")
    assert main(["build", str(SAMPLES), "--out", str(out)]) == 0
    return out


def test_build_writes_every_output(built):
    for name in OUTPUTS:
        assert (built / name).stat().st_size > 0, name
    graph = nx.node_link_graph(json.loads((built / "graph.json").read_text(encoding="utf-8")),
                               directed=True, multigraph=True, edges="edges")
    assert graph.has_edge("Person:林振华", "Title:省长", "任职")


def test_html_is_offline(built):
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "vis-network" in html or "vis.Network" in html
    assert 'src="http' not in html and 'href="http' not in html


def test_report_lists_the_chair_with_evidence(built):
    report = (built / "report.md").read_text(encoding="utf-8")
    assert "林振华" in report and "主持" in report


def test_query_json(built, capsys):
    code = main(["query", "MATCH (p:Person)-[:主持]->(m:Meeting) RETURN p.name, m.name", "--out", str(built), "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 0 and {"p.name": "林振华", "m.name": "全省生态保护与高质量发展推进会议"} in rows


def test_query_with_parameter_and_table_output(built, capsys):
    code = main(["query", "MATCH (p:Person {name: $name})-[:任职]->(t:Title) RETURN t.name", "--param", "name=林振华",
                 "--out", str(built)])
    out = capsys.readouterr().out
    assert code == 0 and "省长" in out and "t.name" in out.splitlines()[0]


def test_query_refuses_writes_and_reports_bad_cypher(built, capsys):
    assert main(["query", "CREATE (:Person {id: 'x', name: 'x'})", "--out", str(built)]) == 2
    assert "--write" in capsys.readouterr().err
    assert main(["query", "MATCH (p:Person RETURN p", "--out", str(built)]) == 2
    assert "Parser exception" in capsys.readouterr().err


def test_query_without_a_build_says_so(tmp_path, capsys):
    assert main(["query", "MATCH (n) RETURN n", "--out", str(tmp_path)]) == 2
    assert "kg build" in capsys.readouterr().err
