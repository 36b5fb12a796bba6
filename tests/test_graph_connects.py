"""The graph connects: articles as nodes, affiliations, organisers, reprints kept once."""
import shutil

from kg.cli import main
from kg.graph.build import build_graph
from kg.stores.ladybug_store import run_query
from kg.stores.networkx_io import read_node_link


def record(doc, entities, relations, articles=None):
    return {"doc": doc, "path": doc, "entities": entities, "relations": relations,
            "articles": articles or [{"index": 0, "headline": "某报道", "date": "2024-03-18", "start": 0, "end": 200}]}


def ent(text, etype, titles=(), mentions=((0, 2),)):
    return {"text": text, "type": etype, "titles": list(titles), "mentions": [list(m) for m in mentions],
            "articles": [0]}


def rel(head, relation, tail, head_type="PERSON", tail_type="TITLE"):
    return {"head": head, "head_type": head_type, "relation": relation, "tail": tail, "tail_type": tail_type,
            "evidence": f"{tail}{head}出席", "article": 0, "start": 0, "end": 10, "date": "2024-03-18"}


def test_a_title_naming_its_organisation_links_the_person_to_it():
    g = build_graph([record("a.txt", [ent("王海东", "PERSON", ["省人大财经委员会主任委员"]),
                                      ent("省人大财经委员会", "ORG")],
                           [rel("王海东", "任职", "省人大财经委员会主任委员")])])
    person = next(n for n, d in g.nodes(data=True) if d["name"] == "王海东")
    orgs = [(g.nodes[t]["name"], d) for _, t, k, d in g.out_edges(person, keys=True, data=True)
            if k == "任职" and g.nodes[t]["label"] == "Organization"]
    assert [name for name, _ in orgs] == ["省人大财经委员会"]
    assert orgs[0][1]["titles"] == ["省人大财经委员会主任委员"]
    assert any(g.nodes[t]["label"] == "Title" for _, t in g.out_edges(person))     # the Title node stays


def test_a_relative_post_links_to_the_organ_of_the_documents_place():
    entities = [ent("林振华", "PERSON", ["省长"]), ent("青海省", "PLACE", mentions=((0, 3), (9, 12))),
                ent("西宁", "PLACE")]
    g = build_graph([record("a.txt", entities, [rel("林振华", "任职", "省长")])])
    person = next(n for n, d in g.nodes(data=True) if d["name"] == "林振华")
    targets = {g.nodes[t]["name"] for _, t, k in g.out_edges(person, keys=True) if k == "任职"}
    assert "青海省人民政府" in targets


def test_a_relative_post_without_a_known_place_links_to_no_organ():
    g = build_graph([record("a.txt", [ent("林振华", "PERSON", ["省长"])], [rel("林振华", "任职", "省长")])])
    labels = {g.nodes[t]["label"] for _, t in g.out_edges(next(n for n in g if n.startswith("Person:")))}
    assert labels == {"Title"}


def test_every_entity_is_mentioned_by_its_article():
    g = build_graph([record("a.txt", [ent("林振华", "PERSON"), ent("西宁", "PLACE")], [])])
    article = next(n for n, d in g.nodes(data=True) if d["label"] == "Article")
    assert g.nodes[article]["headline"] == "某报道" and g.nodes[article]["date"] == "2024-03-18"
    assert {g.nodes[t]["name"] for _, t, k in g.out_edges(article, keys=True) if k == "提及"} == {"林振华", "西宁"}


def _counts(out):
    g = read_node_link(out / "graph.json")
    evidence = sum(len(d.get("evidence", [])) for _, _, k, d in g.edges(keys=True, data=True) if k != "提及")
    labels = sorted(d["label"] for _, d in g.nodes(data=True))
    return labels, g.number_of_edges(), evidence, g


def test_the_same_article_twice_gives_the_graph_of_one_copy(tmp_path, nlp):
    from kg.paths import SAMPLES_DIR

    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    shutil.copy(SAMPLES_DIR / "01_meeting.txt", one / "a.txt")
    shutil.copy(SAMPLES_DIR / "01_meeting.txt", two / "a.txt")
    shutil.copy(SAMPLES_DIR / "01_meeting.txt", two / "b_reprint.txt")
    assert main(["build", str(one), "--out", str(tmp_path / "out1")]) == 0
    assert main(["build", str(two), "--out", str(tmp_path / "out2")]) == 0
    labels1, edges1, ev1, _ = _counts(tmp_path / "out1")
    labels2, edges2, ev2, g2 = _counts(tmp_path / "out2")
    assert (labels1, edges1, ev1) == (labels2, edges2, ev2)
    assert g2.graph["reprints"] and g2.graph["reprints"][0]["copy"][0] == "b_reprint.txt"


def test_articles_are_queryable_in_the_embedded_database(samples_built):
    columns, rows = run_query(samples_built / "graph.lbdb",
                              "MATCH (a:Article)-[:提及]->(p:Person {name: $name}) RETURN a.headline, a.date",
                              {"name": "林振华"})
    assert any("推进会议" in r[0] for r in rows)
    columns, rows = run_query(samples_built / "graph.lbdb",
                              "MATCH (p:Person)-[r:任职]->(o:Organization) RETURN p.name, o.name, r.titles")
    assert rows


def test_readme_article_queries_answer_on_the_samples(samples_built):
    db = samples_built / "graph.lbdb"
    _, both = run_query(db, "MATCH (a:Article)-[:提及]->(:Person {name: $x}), (a)-[:提及]->(y {name: $y}) "
                            "RETURN a.headline, a.date, a.doc ORDER BY a.date", {"x": "林振华", "y": "唐明远"})
    assert both and "推进会议" in both[0][0]
    _, timeline = run_query(db, "MATCH (a:Article)-[:提及]->(p:Person {name: $name}) OPTIONAL MATCH (p)-[r:任职]->"
                                "(o:Organization) RETURN a.date, a.headline, collect(DISTINCT o.name) AS organisations "
                                "ORDER BY a.date", {"name": "林振华"})
    assert timeline and all(row[0] for row in timeline)
