#!/usr/bin/env python
"""How fast is the embedded database (LadybugDB) loaded? kg's write_database (bulk COPY FROM tab-separated
files, list properties joined and split in the database) against the UNWIND ... MERGE loader it replaced,
on the same synthetic graph, in one run. A measurement for BENCHMARKS.md.

    .venv/bin/python bench/db_load_options.py [--docs 2000]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_speed import synthetic_records  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000, help="synthetic documents (26 relations each)")
    args = ap.parse_args()

    from kg.graph import build_graph
    from kg.graph.resolve import resolve

    records = synthetic_records(args.docs)
    graph = build_graph(records, resolve(records))
    work = Path(tempfile.mkdtemp(prefix="kg-dbload-"))
    try:
        return measure(graph, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def merge_load(graph, path: Path) -> dict:
    """The loader kg used before the bulk path: UNWIND $rows ... MERGE in batches of 1,000, for comparison."""
    import ladybug

    from kg.stores.ladybug_store import ARTICLE_COLUMNS, NODE_COLUMNS, REL_COLUMNS
    from kg.stores.schema import NODE_LABELS, REL_ENDPOINTS, node_rows, rel_rows

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for label in NODE_LABELS:
        extra = f", {ARTICLE_COLUMNS}" if label == "Article" else ""
        conn.execute(f"CREATE NODE TABLE {label}({NODE_COLUMNS}{extra}, PRIMARY KEY(id))")
    for rel, pairs in REL_ENDPOINTS.items():
        conn.execute(f"CREATE REL TABLE {rel}({', '.join(f'FROM {a} TO {b}' for a, b in pairs)}, {REL_COLUMNS})")
    counts = {"nodes": 0, "relationships": 0}
    for label in NODE_LABELS:
        rows = node_rows(graph, label)
        assign = ", ".join(f"n.{k} = r.{k}" for k in (rows[0] if rows else {}) if k != "id")
        for i in range(0, len(rows), 1000):
            conn.execute(f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET {assign}", {"rows": rows[i:i + 1000]})
        counts["nodes"] += len(rows)
    groups, _ = rel_rows(graph)
    for (rel, a, b), rows in groups.items():
        for i in range(0, len(rows), 1000):
            conn.execute(f"UNWIND $rows AS r MATCH (a:{a} {{id: r.a}}), (b:{b} {{id: r.b}}) MERGE (a)-[e:{rel}]->(b) "
                         "SET e.weight = r.weight, e.confidence = r.confidence, e.evidence = r.evidence, "
                         "e.docs = r.docs, e.dates = r.dates, e.sources = r.sources, e.titles = r.titles",
                         {"rows": rows[i:i + 1000]})
        counts["relationships"] += len(rows)
    conn.close()
    db.close()
    return counts


def measure(graph, work: Path) -> int:
    from kg.stores.ladybug_store import write_database

    t = time.perf_counter()
    counts = merge_load(graph, work / "merge.lbdb")
    merge_s = time.perf_counter() - t
    print(f"UNWIND ... MERGE (the previous loader): {counts['relationships']:,} rels + {counts['nodes']:,} nodes "
          f"in {merge_s:.1f} s = {counts['relationships'] / merge_s:,.0f} rels/s")
    (work / "bulk").mkdir()
    t = time.perf_counter()
    _, counts = write_database(graph, work / "bulk")
    bulk_s = time.perf_counter() - t
    print(f"write_database (COPY FROM tab-separated files, lists split in the database): {counts['relationships']:,} "
          f"rels + {counts['nodes']:,} nodes in {bulk_s:.1f} s = {counts['relationships'] / bulk_s:,.0f} rels/s "
          f"(files written included)")
    print(f"ratio: {merge_s / bulk_s:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
