"""The embedded Cypher database (LadybugDB, the maintained Kuzu fork): no server, one file.

Written whole from the graph into a temporary file and renamed into place, so a failed load never
leaves a half-written database. Queries open it read-only unless the caller asks to write.
"""
from __future__ import annotations

import os
from pathlib import Path

import ladybug

from kg.stores.cypher_guard import statements
from kg.stores.schema import ARTICLE_PROPERTIES, NODE_LABELS, REL_ENDPOINTS, node_rows, rel_rows

DB_NAME = "graph.lbdb"
BATCH = 1000

NODE_COLUMNS = "id STRING, name STRING, aliases STRING[], titles STRING[], mentions INT64, docs STRING[]"
ARTICLE_COLUMNS = ", ".join(f"{p} STRING" for p in ARTICLE_PROPERTIES)
REL_COLUMNS = ("weight INT64, confidence DOUBLE, evidence STRING[], docs STRING[], dates STRING[], sources STRING, "
               "titles STRING[]")


def create_schema(conn: ladybug.Connection) -> None:
    for label in NODE_LABELS:
        extra = f", {ARTICLE_COLUMNS}" if label == "Article" else ""
        conn.execute(f"CREATE NODE TABLE {label}({NODE_COLUMNS}{extra}, PRIMARY KEY(id))")
    for rel, pairs in REL_ENDPOINTS.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        conn.execute(f"CREATE REL TABLE {rel}({ends}, {REL_COLUMNS})")


def load_graph(conn: ladybug.Connection, graph) -> dict[str, int]:
    counts = {"nodes": 0, "relationships": 0}
    for label in NODE_LABELS:
        rows = node_rows(graph, label)
        props = [k for k in (rows[0] if rows else {}) if k != "id"]
        assign = ", ".join(f"n.{k} = r.{k}" for k in props)
        for i in range(0, len(rows), BATCH):
            conn.execute(f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET {assign}", {"rows": rows[i:i + BATCH]})
        counts["nodes"] += len(rows)
    groups, counts["skipped"] = rel_rows(graph)
    for (rel, a, b), rows in groups.items():
        for i in range(0, len(rows), BATCH):
            conn.execute(
                f"UNWIND $rows AS r MATCH (a:{a} {{id: r.a}}), (b:{b} {{id: r.b}}) MERGE (a)-[e:{rel}]->(b) "
                "SET e.weight = r.weight, e.confidence = r.confidence, e.evidence = r.evidence, e.docs = r.docs, "
                "e.dates = r.dates, e.sources = r.sources, e.titles = r.titles",
                {"rows": rows[i:i + BATCH]})
        counts["relationships"] += len(rows)
    return counts


def write_database(graph, out_dir: Path) -> tuple[Path, dict[str, int]]:
    """Create out_dir/graph.lbdb from the graph (atomically replacing an older one)."""
    target = Path(out_dir) / DB_NAME
    tmp = target.with_name(f".{DB_NAME}.{os.getpid()}.tmp")
    for leftover in (tmp, Path(str(tmp) + ".wal")):
        leftover.unlink(missing_ok=True)
    db = ladybug.Database(str(tmp))
    conn = ladybug.Connection(db)
    try:
        create_schema(conn)
        counts = load_graph(conn, graph)
    finally:
        conn.close()
        db.close()
    Path(str(target) + ".wal").unlink(missing_ok=True)
    os.replace(tmp, target)
    return target, counts


class QueryError(Exception):
    """The database rejected a query; the message is the database's own."""


def run_query(db_path: Path, cypher: str, params: dict | None = None, write: bool = False) -> tuple[list[str], list[list]]:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"{db_path}: no embedded database here; run `kg build` first")
    if len(statements(cypher)) > 1:
        raise QueryError("one statement at a time: the query holds several, separated by `;`")
    try:
        db = ladybug.Database(str(db_path), read_only=not write)
    except RuntimeError as err:
        raise QueryError(f"{db_path}: cannot be opened as a kg database ({err}); run `kg build` again") from None
    conn = ladybug.Connection(db)
    try:
        result = conn.execute(cypher, params or {})
        if isinstance(result, list):                 # several statements after all: never a half answer
            raise QueryError("one statement at a time: the query holds several, separated by `;`")
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return columns, rows
    except RuntimeError as err:
        raise QueryError(str(err)) from None
    finally:
        conn.close()
        db.close()
