"""The `kg` command line: extract, build, query, clean, html, report, neo4j.

Exit codes: 0 all inputs processed; 1 some inputs were skipped (named on stderr and in the summary);
2 the command could not run (bad arguments, no database, a query the database rejected).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kg.schema import ENTITY_TYPES

EXIT_OK, EXIT_PARTIAL, EXIT_FATAL = 0, 1, 2
TIMINGS: dict[str, float] = {}   # filled while a command runs, printed in its summary
DEFAULT_OUT = "exports"


def _progress(total: int, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, disable=total < 2, leave=False)


def _run_extraction(paths: list[str], failures: list, args=None):
    """Yield (record, cleaned characters) for every readable input in input order, with a progress bar;
    failures are collected. `args` may carry workers / dask / no_cache (see kg.parallel)."""
    from kg.parallel import ExtractionRun

    def on_error(f) -> None:
        failures.append(f)
        print(f"kg: skipped {f.reason}", file=sys.stderr)

    run = ExtractionRun(paths, on_error, workers=getattr(args, "workers", 1),
                        scheduler=getattr(args, "dask", None), use_cache=not getattr(args, "no_cache", False))
    bar = _progress(len(run.files), "extracting")
    try:
        for rec, n in run:
            yield rec, n
            bar.update(1)
    finally:
        bar.close()
        TIMINGS["pipeline load"] = run.pipeline_load
        TIMINGS["cached"] = run.cached
        TIMINGS["extracted characters"] = run.extracted_chars


def _write_jsonl(records, path: Path) -> int:
    from kg.outputs import atomic_write

    n = 0

    def write(tmp: Path) -> None:
        nonlocal n
        with tmp.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1

    atomic_write(path, write)
    return n


def _summary(tally, failures: list, seconds: float, chars: int) -> str:
    """`tally` is a kg.parallel.Tally or the list of records."""
    from kg.parallel import Tally

    if not isinstance(tally, Tally):
        records, tally = tally, Tally()
        for r in records:
            tally.add(r)
    ents, rels = tally.entities, tally.relations
    cached = int(TIMINGS.get("cached", 0))
    rows = [("documents", tally.documents), ("cached", cached), ("skipped inputs", len(failures))]
    rows += [(f"entities {t}", ents[t]) for t in ENTITY_TYPES]
    rows += [(f"relations {k}", v) for k, v in sorted(rels.items(), key=lambda x: -x[1])]
    load = TIMINGS.get("pipeline load", 0.0)
    work = max(seconds - load, 1e-9)
    extracted = int(TIMINGS.get("extracted characters", chars))
    rows += [("characters", chars), ("pipeline load s", f"{load:.1f}"), ("extraction s", f"{work:.1f}"),
             ("characters/second", f"{extracted / work:,.0f}" if extracted else "-")]
    width = max(len(k) for k, _ in rows)
    lines = [f"{'':-<{width + 14}}"] + [f"{k:<{width}}  {v:>12}" for k, v in rows] + [f"{'':-<{width + 14}}"]
    for f in failures:
        lines.append(f"skipped: {f.reason}")
    return "\n".join(lines)


# -- commands ---------------------------------------------------------------------------------------------
def cmd_extract(args) -> int:
    from kg.outputs import NothingRead, OutputError, check_output_file
    from kg.parallel import ClusterError, Tally, terminate_as_interrupt

    TIMINGS.clear()
    failures: list = []
    started = time.perf_counter()
    tally, chars = Tally(), 0

    def stream():
        nonlocal chars
        for rec, n in _run_extraction(args.paths, failures, args):
            chars += n
            tally.add(rec)               # counts only: the records are streamed to the file, not kept
            yield rec
        if not tally.documents:
            raise NothingRead(args.output)   # before the rename: an existing output stays as it was

    try:
        check_output_file(args.output)       # before the extraction, not after it
        with terminate_as_interrupt():
            _write_jsonl(stream(), Path(args.output))
    except ClusterError as err:
        print(f"kg: {err}", file=sys.stderr)
        return EXIT_FATAL
    except (OutputError, NothingRead) as err:
        print(f"kg extract: {err}", file=sys.stderr)
        return EXIT_FATAL
    except OSError as err:                   # disk full, permissions changed while writing
        print(f"kg extract: cannot write {args.output} ({err}); it was left as it was", file=sys.stderr)
        return EXIT_FATAL
    print(_summary(tally, failures, time.perf_counter() - started, chars), file=sys.stderr)
    print(f"wrote {args.output}", file=sys.stderr)
    return EXIT_PARTIAL if failures else EXIT_OK


def cmd_build(args) -> int:
    from kg.graph import build_graph
    from kg.graph.resolve import resolve, write_merges
    from kg.outputs import NothingRead, OutputError, staged_output
    from kg.parallel import ClusterError, Tally, terminate_as_interrupt
    from kg.stores.ladybug_store import write_database
    from kg.stores.networkx_io import write_gexf, write_graphml, write_node_link
    from kg.views.html import write_html
    from kg.views.report import write_report

    out = Path(args.out)
    TIMINGS.clear()
    failures: list = []
    started = time.perf_counter()
    records, tally, chars = [], Tally(), 0

    def stream():
        nonlocal chars
        for rec, n in _run_extraction(args.paths, failures, args):
            chars += n
            records.append(rec)          # the graph needs them all
            tally.add(rec)
            yield rec
        if not tally.documents:
            raise NothingRead(out)       # a mistyped path must not replace the outputs with an empty graph

    def note(line: str) -> None:
        print(f"kg build: {line}", file=sys.stderr)

    try:
        # every output is written into a staging folder inside `out` and moved in as one set, under a lock
        # against a second build into the same folder (kg.outputs)
        with terminate_as_interrupt(), staged_output(out, note) as stage:
            _write_jsonl(stream(), stage / "extractions.jsonl")
            extract_seconds = time.perf_counter() - started
            resolution = resolve(records)
            graph = build_graph(records, resolution)
            write_merges(resolution, stage / "merges.json")
            write_node_link(graph, stage / "graph.json")
            write_graphml(graph, stage / "graph.graphml")
            write_gexf(graph, stage / "graph.gexf")
            write_html(graph, stage / "graph.html", title="kg: " + ", ".join(Path(p).name for p in args.paths))
            write_report(graph, stage / "report.md", {"documents": len(records)})
            _, counts = write_database(graph, stage)
    except ClusterError as err:
        print(f"kg: {err}", file=sys.stderr)
        return EXIT_FATAL
    except (OutputError, NothingRead) as err:
        print(f"kg build: {err}", file=sys.stderr)
        return EXIT_FATAL
    except OSError as err:               # disk full, permissions changed while writing
        print(f"kg build: cannot write the outputs in {out} ({err}); {out} was left as it was",
              file=sys.stderr)
        return EXIT_FATAL
    seconds = time.perf_counter() - started
    print(_summary(tally, failures, extract_seconds, chars), file=sys.stderr)
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
          f"embedded database: {counts['nodes']} nodes, {counts['relationships']} relationships; "
          f"total {seconds:.1f} s", file=sys.stderr)
    for name in ("extractions.jsonl", "graph.json", "graph.graphml", "graph.gexf", "graph.html", "report.md", "report.html", "merges.json",
                 "graph.lbdb"):
        print(f"  {out / name}", file=sys.stderr)
    return EXIT_PARTIAL if failures else EXIT_OK


def _parse_params(pairs: list[str]) -> dict:
    params = {}
    for pair in pairs or []:
        key, _, value = pair.partition("=")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


def _print_rows(columns: list[str], rows: list[list], as_json: bool) -> None:
    if as_json:
        print(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, default=str))
        return
    table = [columns] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(_width(row[i]) for row in table) for i in range(len(columns))]
    for n, row in enumerate(table):
        print("  ".join(v + " " * (w - _width(v)) for v, w in zip(row, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print(f"({len(rows)} rows)", file=sys.stderr)


def _width(s: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in s)


def cmd_query(args) -> int:
    params = _parse_params(args.param)
    if args.neo4j:
        from kg.stores import neo4j_store

        try:
            driver = neo4j_store.connect(args.neo4j, args.user, neo4j_store.password_from_env_or_prompt() if args.user else None)
            columns, rows = neo4j_store.run_query(driver, args.cypher, params, write=args.write)
        except neo4j_store.Neo4jError as err:
            print(f"kg query: {err}", file=sys.stderr)
            return EXIT_FATAL
    else:
        from kg.stores.cypher_guard import write_clause
        from kg.stores.ladybug_store import DB_NAME, QueryError, run_query

        clause = write_clause(args.cypher)
        if clause and not args.write:
            print(f"kg query: refusing {clause} read-only: this query writes to the database, or reads or writes "
                  "files, other databases, extensions or settings; add --write if that is what you want",
                  file=sys.stderr)
            return EXIT_FATAL
        try:
            columns, rows = run_query(Path(args.out) / DB_NAME, args.cypher, params, write=args.write)
        except (QueryError, FileNotFoundError) as err:
            print(f"kg query: {err}", file=sys.stderr)
            return EXIT_FATAL
    _print_rows(columns, rows, args.json)
    return EXIT_OK


def cmd_clean(args) -> int:
    from kg.extract import read_documents

    failures: list = []

    def on_error(f) -> None:
        failures.append(f)
        print(f"kg: skipped {f.reason}", file=sys.stderr)

    for document in read_documents(args.paths, on_error):
        for a in document.articles:
            raw = [document.cleaned.to_raw(s, e) for s, e in a.segments]
            print(json.dumps({"doc": document.raw.name, "article": a.index, "headline": a.headline,
                              "subheadline": a.subheadline, "byline": a.byline,
                              "reporters": [{"name": p.name, "role": p.role} for p in a.reporters],
                              "date": a.date, "segments": a.segments, "source_offsets": raw,
                              "body": a.text}, ensure_ascii=False))
    return EXIT_PARTIAL if failures else EXIT_OK


def _load_graph(out: str):
    from kg.stores.networkx_io import read_node_link

    path = Path(out) / "graph.json"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no graph here; run `kg build` first")
    try:
        return read_node_link(path)
    except Exception as err:  # noqa: BLE001  (JSON, networkx and type errors alike: a damaged file)
        from kg.outputs import OutputError

        brief = " ".join(str(err).split())[:160]
        raise OutputError(f"{path}: not a graph kg can read ({type(err).__name__}: {brief}); "
                          "run `kg build` again") from None


def cmd_html(args) -> int:
    from kg.outputs import OutputError, safe_stem
    from kg.views.html import write_html

    try:
        graph = _load_graph(args.out)
        # the name is the user's text: `/`, `..` or a NUL in it must not pick the folder written to
        name = "graph.html" if not args.focus else f"focus-{safe_stem(args.focus)}.html"
        target = Path(args.output or Path(args.out) / name)
        write_html(graph, target, focus=args.focus, depth=args.depth)
    except (FileNotFoundError, ValueError, OutputError) as err:
        print(f"kg html: {err}", file=sys.stderr)
        return EXIT_FATAL
    except OSError as err:
        print(f"kg html: cannot write the page ({err})", file=sys.stderr)
        return EXIT_FATAL
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def cmd_report(args) -> int:
    from kg.outputs import OutputError
    from kg.views.dossier import EntityNotFound, dossier_filename, dossier_report
    from kg.views.report import overview_report, write_document

    try:
        graph = _load_graph(args.out)
    except (FileNotFoundError, OutputError) as err:
        print(f"kg report: {err}", file=sys.stderr)
        return EXIT_FATAL
    kind = next((k for k in ("person", "org", "project") if getattr(args, k) is not None), None)
    try:
        if kind:
            report = dossier_report(graph, kind, getattr(args, kind))
            default = Path(args.out) / dossier_filename(kind, getattr(args, kind))
        else:
            report, default = overview_report(graph), Path(args.out) / "report.md"
    except EntityNotFound as err:
        print(f"kg report: {err}", file=sys.stderr)
        return EXIT_FATAL
    for path in write_document(report, Path(args.output or default)):
        print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args) -> int:
    from kg.serve import serve

    try:
        serve(args.out, host=args.host, port=args.port)
    except (FileNotFoundError, OSError, ValueError, RuntimeError) as err:
        print(f"kg serve: {err}", file=sys.stderr)
        return EXIT_FATAL
    return EXIT_OK


def cmd_neo4j_push(args) -> int:
    from tqdm import tqdm

    from kg.outputs import OutputError
    from kg.stores import neo4j_store

    try:
        graph = _load_graph(args.out)
        password = neo4j_store.password_from_env_or_prompt() if args.user else None
        driver = neo4j_store.connect(args.uri, args.user, password)
        constraints = neo4j_store.ensure_constraints(driver, database=args.database)
        bar = tqdm(desc="pushing", unit="batch", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        try:
            counts = neo4j_store.push_graph(driver, graph, batch_size=args.batch_size, database=args.database,
                                            progress=progress, max_property_chars=args.max_property_chars)
        finally:
            bar.close()
            driver.close()
    except (FileNotFoundError, OutputError, neo4j_store.Neo4jError) as err:
        print(f"kg neo4j push: {err}", file=sys.stderr)
        return EXIT_FATAL
    print(f"constraints: {constraints}", file=sys.stderr)
    print(f"pushed {counts['nodes']} nodes and {counts['relationships']} relationships to {args.uri}", file=sys.stderr)
    return EXIT_OK


def _extraction_arguments(p: argparse.ArgumentParser) -> None:
    """Options of extract and build: where the pipeline runs, and the record cache."""
    def _workers(value: str) -> int:
        n = int(value)
        if n < 0:
            raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
        return n

    where = p.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_workers, default=1, metavar="N",
                       help="extract in N worker processes (0: one per core; default 1). Output order and "
                            "records are the same whatever N")
    where.add_argument("--dask", metavar="SCHEDULER", help="extract on a dask cluster, e.g. tcp://10.0.0.5:8786 "
                       "(needs kg[cluster] here and on the workers; see docs/cluster.md)")
    p.add_argument("--no-cache", action="store_true",
                   help="run the pipeline on every document, neither reading nor writing the per-document record "
                        "cache (kept in $KG_CACHE/records or ~/.cache/kg/records)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description=(
        "Find officials, places, companies, organisations, projects and meetings in Chinese government news, "
        "link who did what, and store, query, draw and report the graph. Offline; no GPU."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract entities and relations to JSON lines (one object per document)",
                       description="Read .txt/.md/.pdf files (folders are searched recursively), repair PDF damage, "
                                   "split articles, and write one JSON object per document.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    p.add_argument("-o", "--output", required=True, metavar="FILE.jsonl", help="where to write the JSON lines")
    _extraction_arguments(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="extract, merge into one graph, and write every output (JSONL, graph files, HTML, report, database)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    p.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: exports/)")
    _extraction_arguments(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run Cypher on the embedded database (or on Neo4j with --neo4j)",
                       description="Read-only unless --write. Example: kg query \"MATCH (p:Person)-[:主持]->(m:Meeting) "
                                   "RETURN p.name, m.name\" --json")
    p.add_argument("cypher", help="the Cypher query; pass values with --param, never inside the text")
    p.add_argument("--out", default=DEFAULT_OUT, help="folder holding graph.lbdb (default: exports/)")
    p.add_argument("--json", action="store_true", help="print rows as a JSON list of objects")
    p.add_argument("--param", action="append", metavar="NAME=VALUE", help="query parameter ($NAME); VALUE is JSON or text")
    p.add_argument("--write", action="store_true", help="allow queries that change the database")
    p.add_argument("--neo4j", metavar="URI", help="query a Neo4j server instead, e.g. bolt://localhost:7687")
    p.add_argument("--user", help="Neo4j user (password from NEO4J_PASSWORD or a prompt)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("clean", help="print the cleaned articles as JSON lines, to check what kg read")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("html", help="draw the built graph (or one entity's neighbourhood) as interactive HTML")
    p.add_argument("--out", default=DEFAULT_OUT, help="folder holding graph.json (default: exports/)")
    p.add_argument("--focus", metavar="NAME", help="only this entity and its neighbourhood")
    p.add_argument("--depth", type=int, default=2, help="neighbourhood depth for --focus (default 2)")
    p.add_argument("-o", "--output", help="HTML file to write")
    p.set_defaults(func=cmd_html)

    p = sub.add_parser("report", help="write the corpus report, or one entity's dossier, as Markdown and HTML",
                       description="Without --person/--org/--project: the corpus overview (OUT/report.md). With one: "
                                   "that entity's dossier (OUT/dossier-<kind>-<name>.md). The same content is written "
                                   "as self-contained HTML beside the Markdown (charts embedded), and the chart PNGs "
                                   "the Markdown links. An unknown name exits 2 and lists close matches.")
    p.add_argument("--out", default=DEFAULT_OUT, help="folder holding graph.json, and where reports go (default: exports/)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", metavar="NAME", help="dossier of a person: titles over time, meetings and roles, "
                                                      "co-attendees, projects, every fact with its evidence")
    who.add_argument("--org", metavar="NAME", help="dossier of an organisation or company: projects, places, people "
                                                   "whose titles name it, evidence")
    who.add_argument("--project", metavar="NAME", help="dossier of a project: who implements it, where, evidence")
    p.add_argument("-o", "--output", metavar="FILE", help="Markdown file to write (FILE.html: the HTML, with the "
                                                          "Markdown beside it)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("serve", help="explore the built graph in a local web page (search, neighbourhoods, evidence, "
                                     "dossiers, read-only Cypher)",
                       description="Serve the build in OUT at http://HOST:PORT/ until Ctrl-C. Reads graph.json into "
                                   "memory and opens graph.lbdb read-only; never writes. Binds 127.0.0.1 by default.")
    p.add_argument("--out", default=DEFAULT_OUT, help="folder holding graph.json and graph.lbdb (default: exports/)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("neo4j", help="Neo4j: push the built graph to a server")
    nsub = p.add_subparsers(dest="neo4j_command", required=True, metavar="ACTION")
    push = nsub.add_parser("push", help="MERGE the built graph into Neo4j (idempotent, batched, retried)")
    push.add_argument("--uri", required=True, help="e.g. bolt://localhost:7687 or neo4j://host:7687")
    push.add_argument("--user", help="user name (password from NEO4J_PASSWORD or a prompt)")
    push.add_argument("--database", help="database name (default: the server's default)")
    push.add_argument("--batch-size", type=int, default=500, help="rows per UNWIND batch (default 500)")
    push.add_argument("--max-property-chars", type=int, default=None,
                      help="clip long text properties (evidence) to this many characters (default: no clipping)")
    push.add_argument("--out", default=DEFAULT_OUT, help="folder holding graph.json (default: exports/)")
    push.set_defaults(func=cmd_neo4j_push)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted; outputs written before are intact", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
