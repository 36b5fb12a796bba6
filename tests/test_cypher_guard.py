import pytest

from kg.stores.cypher_guard import is_write_query, strip_literals, write_clause


@pytest.mark.parametrize("cypher", [
    "CREATE (n)",
    "create (n:Person {id: 'x'})",
    "MATCH (n) SET n.x = 1",
    "MATCH (n) set n += $props",
    "MERGE (a:Person {id: $id})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) REMOVE n.name",
    "DROP INDEX kg_person",
    "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
    "load\n  csv WITH HEADERS FROM $url AS row RETURN row",
    "MATCH (n) FOREACH (x IN [1] | SET n.y = x)",
    "MATCH (p)-[:`主持`]->(m) WITH m CALL { WITH m DELETE m } RETURN 1",
    "CALL apoc.create.node(['Person'], {})",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    "CALL dbms.security.createUser('x', 'y', false)",
    "CALL db.createLabel('X')",
    "CALL `apoc.create.node`(['X'], {})",
    "MATCH (n) RETURN n /* harmless */ ; CREATE (m)",
    "RETURN '//' AS s CREATE (n)",  # `//` inside a string does not comment out the rest
    "RETURN 'it\\'s' AS s, 1 AS x DELETE x",
    # outside the database: files, other databases, extensions, settings (issue 16.3)
    "COPY (RETURN 'x' AS x) TO '/tmp/victim.csv'",
    "COPY Person FROM '/tmp/people.csv'",
    "LOAD FROM '/etc/passwd' (file_format='csv') RETURN *",
    "load from $path RETURN count(*)",
    "LOAD EXTENSION httpfs",
    "INSTALL httpfs",
    "ATTACH '/tmp/other.lbdb' AS other (dbtype lbug)",
    "DETACH other",
    "EXPORT DATABASE '/tmp/dump'",
    "IMPORT DATABASE '/tmp/dump'",
    "USE other MATCH (n) RETURN n",
    "CALL home_directory = '/tmp'",
    "CALL file_search_path='/'",
    "CHECKPOINT",
])
def test_writes_detected(cypher):
    assert is_write_query(cypher), cypher


@pytest.mark.parametrize("cypher", [
    "MATCH (p:Person {name: $name})-[r]->(m:Meeting) RETURN type(r), m.name",
    "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n",
    'MATCH (n) WHERE n.name = "DETACH DELETE n" RETURN n',
    "MATCH (n) RETURN n // SET n.x = 1",
    "MATCH (n) /* MERGE (m)\n DELETE n */ RETURN count(n) AS created",
    "MATCH (n) WHERE n.offset > 0 AND n.deleted = false RETURN n.set, $merge",
    "MATCH (n) WHERE n.name CONTAINS 'it\\'s DELETE' RETURN n",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.index.fulltext.queryNodes('names', $q) YIELD node RETURN node",
    "MATCH (p:Person)-[:`出席`]->(m:Meeting) RETURN m.name, count(*) AS n ORDER BY n DESC LIMIT 10",
    "MATCH (n) WHERE n.name = 'COPY TO' RETURN n.load, n.copy, $install",
    "CALL show_tables() RETURN *",
])
def test_reads_pass(cypher):
    assert not is_write_query(cypher), cypher


def test_reports_which_clause():
    assert write_clause("match (n) detach   delete n") == "DELETE"
    assert write_clause("LOAD   CSV FROM 'x' AS r RETURN r") == "LOAD CSV"
    assert write_clause("CALL apoc.create.node([], {})") == "CALL apoc.create.node"
    assert write_clause("RETURN 1") is None
    assert write_clause("LOAD FROM 'x.csv' RETURN *") == "LOAD"
    assert write_clause("COPY (RETURN 1) TO 'x.csv'") == "COPY"


def test_statements_are_split_outside_strings():
    from kg.stores.cypher_guard import statements

    assert len(statements("RETURN 1; RETURN 2")) == 2
    assert len(statements("RETURN ';' AS s;")) == 1


def test_unterminated_string_or_comment_hides_nothing_that_runs():
    # The server sees a syntax error here; the guard must simply not crash or read past it.
    assert not is_write_query("RETURN 'CREATE (n)")
    assert not is_write_query("RETURN 1 /* CREATE (n)")
    assert strip_literals("RETURN 'a' + \"b\" // c").split() == ["RETURN", "+"]
