#!/usr/bin/env python
"""How fast can the embedded database (LadybugDB) be loaded? kg's write_database (UNWIND ... MERGE in batches
of 1,000 rows) against a bulk `COPY ... FROM` CSV of the same nodes and relationships — scalar properties
only, because LadybugDB's CSV reader keeps the quotes of quoted list elements (["a,b"] loads as '"a,b"'),
so list properties would have to become JSON strings first. A measurement for BENCHMARKS.md, not a loader.

    .venv/bin/python bench/db_load_options.py [--docs 2000]
"""
from __future__ import annotations

import argparse
import csv
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


def measure(graph, work: Path) -> int:
    import ladybug

    from kg.stores.ladybug_store import write_database
    from kg.stores.schema import NODE_LABELS, REL_ENDPOINTS, node_rows, rel_rows

    t = time.perf_counter()
    _, counts = write_database(graph, work)
    merge_s = time.perf_counter() - t
    print(f"write_database (UNWIND MERGE): {counts['relationships']:,} rels + {counts['nodes']:,} nodes in {merge_s:.1f} s"
          f" = {counts['relationships'] / merge_s:,.0f} rels/s")

    t = time.perf_counter()
    db = ladybug.Database(str(work / "copy.lbdb"))
    conn = ladybug.Connection(db)
    for label in NODE_LABELS:
        conn.execute(f"CREATE NODE TABLE {label}(id STRING, name STRING, mentions INT64, PRIMARY KEY(id))")
    for rel, pairs in REL_ENDPOINTS.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        conn.execute(f"CREATE REL TABLE {rel}({ends}, weight INT64, confidence DOUBLE, sources STRING)")
    nodes = 0
    for label in NODE_LABELS:
        rows = node_rows(graph, label)
        if not rows:
            continue
        path = work / f"n-{label}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([r["id"], r["name"], r["mentions"]] for r in rows)
        conn.execute(f"COPY {label} FROM '{path}' (header=false, quote='\"', escape='\"')")
        nodes += len(rows)
    groups, _ = rel_rows(graph)
    rels = 0
    for n, ((rel, a, b), rows) in enumerate(groups.items()):
        path = work / f"r-{n}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([r["a"], r["b"], r["weight"], r["confidence"], r["sources"]] for r in rows)
        conn.execute(f"COPY {rel} FROM '{path}' (from='{a}', to='{b}', header=false, quote='\"', escape='\"')")
        rels += len(rows)
    copy_s = time.perf_counter() - t
    check = conn.execute("MATCH ()-[e]->() RETURN count(e)").get_next()[0]
    conn.close()
    db.close()
    print(f"COPY FROM csv (scalars + sources JSON): {rels:,} rels + {nodes:,} nodes in {copy_s:.1f} s = "
          f"{rels / copy_s:,.0f} rels/s (database holds {check:,} relationships)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
