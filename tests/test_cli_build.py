"""`kg build` and `kg query` as a user runs them: real pipeline, real files, real embedded database."""
import json

import networkx as nx
import pytest

from kg.cli import main

OUTPUTS = ("extractions.jsonl", "graph.json", "graph.graphml", "graph.gexf", "graph.html", "report.md", "merges.json",
           "graph.lbdb")


@pytest.fixture(scope="module")
def built(samples_built):
    return samples_built


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


def _rows(built, cypher, capsys, **params):
    args = ["query", cypher, "--out", str(built), "--json"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_readme_example_queries_answer_on_the_samples(built, capsys):
    """The example Cypher documented in the README, on the embedded default."""
    roles = _rows(built, "MATCH (p:Person {name: $name})-[r]->(m:Meeting) RETURN m.name AS meeting, label(r) AS role",
                  capsys, name="林振华")
    assert {"meeting": "全省生态保护与高质量发展推进会议", "role": "主持"} in roles
    co = _rows(built, "MATCH (p:Person {name: $name})-[]->(m:Meeting)<-[:出席]-(other:Person) WHERE other <> p "
                      "RETURN m.name AS meeting, collect(DISTINCT other.name) AS co_attendees", capsys, name="林振华")
    assert any({"唐明远", "韩素琴"} <= set(r["co_attendees"]) for r in co)
    built_by = _rows(built, "MATCH (a)-[:实施]->(p:Project) OPTIONAL MATCH (p)-[:位于]->(pl:Place) "
                            "RETURN a.name AS actor, p.name AS project, pl.name AS place", capsys)
    assert any(r["actor"] == "青海德源新能源开发有限公司" for r in built_by)
    top = _rows(built, "MATCH (c:Company)-[:实施]->(p:Project) RETURN c.name AS company, count(p) AS projects "
                       "ORDER BY projects DESC LIMIT 10", capsys)
    assert top and top[0]["projects"] >= 1
    path = _rows(built, "MATCH path = (a:Person {name: $a})-[:主持|出席|讲话* SHORTEST 1..6]-(b:Person {name: $b}) "
                        "RETURN properties(nodes(path), 'name') AS via", capsys, a="唐明远", b="韩素琴")
    assert path and path[0]["via"][0] == "唐明远" and path[0]["via"][-1] == "韩素琴"


def test_query_cannot_touch_files_or_extensions_without_write(built, tmp_path, capsys):
    """Issue 16.3, on the real embedded database: these all ran before the guard knew them."""
    victim = tmp_path / "victim.csv"
    victim.write_text("precious\n", encoding="utf-8")
    secret = tmp_path / "secret.csv"
    secret.write_text("user,token\nroot,s3cr3t\n", encoding="utf-8")
    for cypher in (f"COPY (RETURN 'x' AS x) TO '{victim}'",
                   f"LOAD FROM '{secret}' (header=true) RETURN *",
                   "INSTALL httpfs", "LOAD EXTENSION httpfs",
                   f"ATTACH '{tmp_path / 'other.lbdb'}' AS other (dbtype lbug)",
                   f"CALL file_search_path='{tmp_path}'"):
        assert main(["query", cypher, "--out", str(built), "--json"]) == 2, cypher
        out, err = capsys.readouterr()
        assert "--write" in err and "s3cr3t" not in out, cypher
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "other.lbdb").exists()
