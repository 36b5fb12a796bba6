#!/usr/bin/env python
"""Speed and scale of kg, measured in one run (a script, not a test).

    .venv/bin/python bench/bench_speed.py                 # ~1 M characters, plus a 10x run for peak memory
    .venv/bin/python bench/bench_speed.py --big 0         # skip the 10x run (about 10 minutes on 2 cores)

What it measures (see BENCHMARKS.md for a run and what the figures mean):
 a) `kg extract` characters/second in one process and with --workers N, and their ratio;
 b) bare pkuseg segmentation of the same article texts through spaCy (`nlp.make_doc`: tokenizer only),
    timed right before and right after each one-process run of (a), and that run's rate as a share of it
    (the median over --repeat runs); plus the time of every pipeline component;
 c) peak RSS of `kg extract` (the process and its largest worker) as the corpus grows 1x -> 10x;
 d) graph build time, embedded-database load rate (synthetic graph of ~50k relationships) and HTML
    generation for ~1k and ~10k nodes;
 e) incremental build: a full `kg build` of 100 documents, then the same build after adding one document.
Where a target is missed, a pyinstrument profile is written next to the results.

The corpus is ../shared/corpus repeated, each copy written to a temporary folder under its own name with a
line of its own appended (so every copy is a distinct document for the cache). The code and data that are
measured are a snapshot of kg/ and pipelines/ taken at the start, so edits made meanwhile do not leak in.
The record cache used is a private temporary one (the machine's built spaCy pipeline is linked into it).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpus"

TARGETS = {"workers_ratio": 1.7, "pipeline_share": 0.50, "db_rels_per_s": 20_000}

# Runs `kg` and reports its peak memory. Its own peak is VmHWM (the peak of this process's address space):
# ru_maxrss of RUSAGE_SELF would also count the bench process it was forked from (Linux records the old
# address space's peak at exec). The workers are forked from it without exec, so RUSAGE_CHILDREN is right.
WRAPPER = r"""
import json, resource, sys, time
from kg.cli import main
code = main(sys.argv[1:])
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print("KGBENCH " + json.dumps({"code": code, "self_rss_mb": hwm / 1024, "child_rss_mb": c.ru_maxrss / 1024,
      "cpu_s": s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime}), file=sys.stderr)
"""


# -- setup ----------------------------------------------------------------------------------------------------
def snapshot_and_reexec(args: argparse.Namespace) -> None:
    """Copy kg/ and pipelines/ to a temporary folder and run this script again on that copy."""
    if os.environ.get("KG_BENCH_SNAPSHOT") or not args.snapshot:
        return
    snap = Path(tempfile.mkdtemp(prefix="kg-bench-snap-"))
    shutil.copytree(PROJECT / "kg", snap / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PROJECT / "pipelines", snap / "pipelines", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "KG_BENCH_SNAPSHOT": str(snap),
           "PYTHONPATH": os.pathsep.join([str(snap), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *sys.argv[1:]], env=env)
    try:
        code = child.wait()
    except BaseException:
        child.terminate()
        child.wait()
        raise
    finally:
        shutil.rmtree(snap, ignore_errors=True)
    sys.exit(code)


def private_cache(root: Path) -> Path:
    """A KG_CACHE with an empty record cache, linking the machine's built pipeline and models."""
    from kg.paths import cache_dir

    real = Path(os.environ.get("KG_BENCH_REAL_CACHE") or cache_dir())
    root.mkdir(parents=True, exist_ok=True)
    for entry in real.iterdir():
        if entry.name != "records" and not entry.name.startswith(".") and not (root / entry.name).exists():
            (root / entry.name).symlink_to(entry)
    return root


def make_corpus(source: Path, target: Path, copies: int, start: int = 0) -> tuple[list[Path], int]:
    """`copies` distinct copies of every source file; returns the files and their characters."""
    target.mkdir(parents=True, exist_ok=True)
    files, chars = [], 0
    sources = sorted(p for p in source.iterdir() if p.suffix in (".txt", ".md"))
    for n in range(start, start + copies):
        for src in sources:
            text = src.read_text(encoding="utf-8") + f"\n\n（本文为基准测试副本，编号 {n:05d}）\n"
            dst = target / f"{src.stem}-{n:05d}{src.suffix}"
            dst.write_text(text, encoding="utf-8")
            files.append(dst)
            chars += len(text)
    return files, chars


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    import spacy

    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": mem, "python": platform.python_version(),
            "os": platform.platform(), "spacy": spacy.__version__}


# -- running kg ---------------------------------------------------------------------------------------------
SUMMARY_ROW = re.compile(r"^(documents|cached|characters|pipeline load s|extraction s|characters/second)\s+(\S+)\s*$")


def _steal_ticks() -> int:
    """CPU time the hypervisor gave to other guests (the 8th field of /proc/stat's cpu line)."""
    try:
        return int(Path("/proc/stat").read_text().split("\n", 1)[0].split()[8])
    except (OSError, IndexError, ValueError):
        return 0


def run_kg(argv: list[str], cache: Path, log: Path | None = None) -> dict:
    """`kg ARGV` in a fresh process: wall time, summary figures, peak RSS (its own, its largest child)."""
    env = {**os.environ, "KG_CACHE": str(cache)}
    load_before, steal_before = os.getloadavg()[0], _steal_ticks()
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", WRAPPER, *argv], env=env, capture_output=True, text=True,
                          cwd=cache)          # not the project folder: `-c` puts the current folder first on sys.path
    wall = time.perf_counter() - started
    if log:
        log.write_text(proc.stderr, encoding="utf-8")
    out = {"wall_s": wall, "load_before": load_before, "load_after": os.getloadavg()[0],
           "steal_s": (_steal_ticks() - steal_before) / os.sysconf("SC_CLK_TCK")}
    for line in proc.stderr.splitlines():
        line = line.split("\r")[-1]
        if line.startswith("KGBENCH "):
            out.update(json.loads(line[8:]))
        m = SUMMARY_ROW.match(line)
        if m:
            value = m.group(2).replace(",", "")
            out[m.group(1)] = float(value) if value not in ("-",) else None
    if out.get("code") not in (0, 1):
        raise RuntimeError(f"kg {' '.join(argv)} failed:\n{proc.stderr[-3000:]}")
    return out


# -- (b) segmentation and components --------------------------------------------------------------------------
def article_texts(files: list[Path]) -> tuple[list[str], float, int]:
    from kg.articles import load_document

    started = time.perf_counter()
    texts = [a.text for f in files for a in load_document(str(f)).articles]
    return texts, time.perf_counter() - started, sum(len(t) for t in texts)


def tokenizer_rate(nlp, texts: list[str]) -> float:
    chars = sum(len(t) for t in texts)
    started = time.perf_counter()
    for t in texts:
        nlp.make_doc(t)
    return chars / (time.perf_counter() - started)


def component_times(nlp, texts: list[str]) -> list[tuple[str, float]]:
    started = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    times = [("tokenizer (pkuseg)", time.perf_counter() - started)]
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        docs = [proc(d) for d in docs]
        times.append((name, time.perf_counter() - started))
    return times


def profile(fn, path: Path) -> str:
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "(pyinstrument not installed: pip install pyinstrument)"
    profiler = Profiler(interval=0.002)
    profiler.start()
    fn()
    profiler.stop()
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    path.write_text(text, encoding="utf-8")
    return text


# -- (d) synthetic graphs -------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国明华志强文军伟芳丽敏静秀英玉兰春海晓东红平德福生光辉振兴云峰涛鹏超杰磊刚勇毅宏博宇浩然雪松清源立新长庆永安"
TOPICS = ["生态保护", "乡村振兴", "安全生产", "招商引资", "文化旅游", "民生保障", "科技创新", "营商环境", "水利建设", "清洁能源",
          "交通运输", "教育发展", "医疗卫生", "城市更新", "农牧业", "防灾减灾"]
TITLES = ["省长", "副省长", "市长", "副市长", "州长", "副州长", "县长", "副县长", "省委书记", "市委书记", "州委书记", "县委书记",
          "厅长", "副厅长", "局长", "副局长", "主任", "副主任", "秘书长", "副秘书长", "董事长", "总经理", "院长", "校长",
          "省委常委", "市委常委", "宣传部部长", "组织部部长", "统战部部长", "政协主席"]


def _names(rng: random.Random, n: int, make) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < n:
        seen.setdefault(make(rng, len(seen)), None)
    return list(seen)


def synthetic_records(n_docs: int, seed: int = 7) -> list[dict]:
    """Extraction records of invented documents: ~26 relations each between pools sized to n_docs."""
    rng = random.Random(seed)
    k = max(1, n_docs)
    places = _names(rng, max(20, k // 7), lambda r, i: rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice("县市区"))
    people = _names(rng, 4 * k, lambda r, i: rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN))
    meetings = _names(rng, 3 * k // 2, lambda r, i: f"全省{rng.choice(TOPICS)}工作第{i}次推进会议")
    companies = _names(rng, 3 * k // 4, lambda r, i: f"{rng.choice(places)[:2]}{rng.choice(TOPICS)}发展有限公司{i}")
    projects = _names(rng, 2 * k, lambda r, i: f"{rng.choice(places)[:2]}{rng.choice(TOPICS)}工程{i}号项目")
    records = []
    for d in range(n_docs):
        ents: dict[tuple[str, str], dict] = {}
        rels = []

        def ent(text, etype, titles=()):
            e = ents.setdefault((text, etype), {"text": text, "type": etype, "start": 0, "end": len(text),
                                                "titles": [], "mentions": [[0, len(text)]], "articles": [0]})
            for t in titles:
                if t not in e["titles"]:
                    e["titles"].append(t)

        def rel(h, ht, r, t, tt):
            rels.append({"head": h, "head_type": ht, "relation": r, "tail": t, "tail_type": tt,
                         "evidence": f"{h}{r}{t}。", "method": "synthetic", "confidence": 0.9, "article": 0,
                         "headline": "", "date": f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}", "start": 0, "end": 10})

        for _ in range(8):
            p, m = rng.choice(people), rng.choice(meetings)
            ent(p, "PERSON"), ent(m, "MEETING")
            rel(p, "PERSON", rng.choice(["主持", "出席", "讲话"]), m, "MEETING")
        for _ in range(6):
            p, t = rng.choice(people), rng.choice(TITLES)
            ent(p, "PERSON", [t])
            rel(p, "PERSON", "任职", t, "TITLE")
        for _ in range(6):
            c, pr = rng.choice(companies), rng.choice(projects)
            ent(c, "COMPANY"), ent(pr, "PROJECT")
            rel(c, "COMPANY", "实施", pr, "PROJECT")
        for _ in range(6):
            pr, pl = rng.choice(projects), rng.choice(places)
            ent(pr, "PROJECT"), ent(pl, "PLACE")
            rel(pr, "PROJECT", "位于", pl, "PLACE")
        records.append({"doc": f"synthetic-{d:05d}.txt", "path": f"synthetic/{d:05d}.txt", "encoding": "utf-8",
                        "year": 2024, "articles": [], "entities": list(ents.values()), "relations": rels})
    return records


def first_nodes_subgraph(graph, n: int):
    keep = list(graph.nodes)[:n]
    return graph.subgraph(keep).copy()


# -- main ---------------------------------------------------------------------------------------------------
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="source documents (default ../shared/corpus)")
    ap.add_argument("--chars", type=float, default=1_000_000, help="size of the 1x corpus in characters (default 1e6)")
    ap.add_argument("--big", type=int, default=10, help="multiplier of the large run for peak memory (0: skip; default 10)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes for the parallel runs (default 2)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each mode in (a), the fastest counts (default 2)")
    ap.add_argument("--docs", type=int, default=100, help="documents in the incremental-build run (default 100)")
    ap.add_argument("--db-docs", type=int, default=2000, help="synthetic documents for the database load (26 relations each)")
    ap.add_argument("--results", type=Path, default=HERE / "results", help="where to write results.json, profiles, logs")
    ap.add_argument("--no-snapshot", dest="snapshot", action="store_false", help="measure the working tree as it changes")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))      # kill: remove the temporary folders
    snapshot_and_reexec(args)

    from kg.nlp.pipeline import fingerprint, load_pipeline

    results_dir = args.results
    results_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    os.environ.setdefault("KG_BENCH_REAL_CACHE", str(Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg")))
    R: dict = {"machine": machine(), "pipeline_fingerprint": fingerprint(), "started": time.strftime("%Y-%m-%d %H:%M:%S"),
               "command": " ".join([".venv/bin/python", "bench/bench_speed.py", *sys.argv[1:]]),
               "snapshot": bool(os.environ.get("KG_BENCH_SNAPSHOT"))}
    started_all = time.perf_counter()
    load_started = time.perf_counter()
    nlp = load_pipeline()                                   # built into the real cache if needed
    R["pipeline_load_in_process_s"] = time.perf_counter() - load_started
    try:
        print(f"kg bench: work folder {work}", file=sys.stderr)
        base_chars = sum(len(p.read_text(encoding="utf-8")) for p in args.corpus.iterdir() if p.suffix in (".txt", ".md"))
        copies = max(1, round(args.chars / base_chars))
        one_x, raw_chars = make_corpus(args.corpus, work / "corpus1x", copies)
        R["corpus"] = {"source": str(args.corpus), "copies": copies, "documents": len(one_x), "raw_chars": raw_chars}

        # (a) kg extract: one process, then N workers
        cache = private_cache(work / "cache-a")
        texts, clean_s, text_chars = article_texts(one_x)
        singles, multis, shares, tok_rates = [], [], [], []
        for attempt in range(args.repeat):          # interleaved: a busy moment of the machine hits both modes
            print(f"kg bench: (a) kg extract, one process ({attempt + 1}/{args.repeat}) ...", file=sys.stderr)
            # (b)'s bare segmentation is timed right before and after each run: the machine's speed drifts
            # by a third between minutes here, and the share compares the two
            tok_before = tokenizer_rate(nlp, texts)
            singles.append(run_kg(["extract", str(work / "corpus1x"), "-o", str(work / "single.jsonl"), "--no-cache"],
                                  cache, results_dir / f"log_extract_single_{attempt + 1}.txt"))
            tok_after = tokenizer_rate(nlp, texts)
            tok_rates += [tok_before, tok_after]
            shares.append((singles[-1]["characters/second"] or 0) / ((tok_before + tok_after) / 2))
            print(f"kg bench: (a) kg extract --workers {args.workers} ({attempt + 1}/{args.repeat}) ...", file=sys.stderr)
            multis.append(run_kg(["extract", str(work / "corpus1x"), "-o", str(work / "multi.jsonl"), "--no-cache",
                                  "--workers", str(args.workers)], cache, results_dir / f"log_extract_workers_{attempt + 1}.txt"))
        single, multi = min(singles, key=lambda r: r["wall_s"]), min(multis, key=lambda r: r["wall_s"])
        same = (work / "single.jsonl").read_bytes() == (work / "multi.jsonl").read_bytes()
        chars = single["characters"]
        R["a"] = {"single": single, "workers": multi, "n_workers": args.workers, "identical_output": same,
                  "all_single_walls": [r["wall_s"] for r in singles], "all_workers_walls": [r["wall_s"] for r in multis],
                  "single_chars_per_s_wall": chars / single["wall_s"], "workers_chars_per_s_wall": chars / multi["wall_s"],
                  "ratio_wall": single["wall_s"] / multi["wall_s"],
                  "ratio_excl_load": (multi["characters/second"] or 0) / (single["characters/second"] or 1)}

        # (b) bare segmentation vs our pipeline, component times, profile
        tok = statistics.median(tok_rates)
        base_texts, _, base_text_chars = article_texts(sorted(p for p in args.corpus.iterdir() if p.suffix in (".txt", ".md")))
        comps = component_times(nlp, base_texts)
        pipe_s = sum(t for _, t in comps)
        R["b"] = {"tokenizer_chars_per_s": tok, "article_chars": text_chars,
                  "ingest_clean_split_chars_per_s": text_chars / clean_s,
                  "tokenizer_rates_around_runs": tok_rates, "shares_per_run": shares,
                  "pipeline_share": statistics.median(shares),
                  "components_on_base_corpus": {"chars": base_text_chars, "seconds": dict(comps),
                                                "nlp_chars_per_s": base_text_chars / pipe_s}}
        if R["b"]["pipeline_share"] < TARGETS["pipeline_share"]:
            profile(lambda: list(nlp.pipe(base_texts)), results_dir / "profile_pipeline.txt")

        # (c) peak memory as the corpus grows
        R["c"] = {"1x": {"chars": chars, "self_rss_mb": multi["self_rss_mb"], "child_rss_mb": multi["child_rss_mb"],
                         "single_process_rss_mb": single["self_rss_mb"]}}
        if args.big > 1:
            print(f"kg bench: (c) {args.big}x corpus, --workers {args.workers} ...", file=sys.stderr)
            make_corpus(args.corpus, work / "corpusNx", copies * args.big)
            big = run_kg(["extract", str(work / "corpusNx"), "-o", str(work / "big.jsonl"), "--no-cache", "--workers", str(args.workers)],
                         cache, results_dir / "log_extract_big.txt")
            shutil.rmtree(work / "corpusNx", ignore_errors=True)
            R["c"][f"{args.big}x"] = {"chars": big["characters"], "self_rss_mb": big["self_rss_mb"],
                                      "child_rss_mb": big["child_rss_mb"], "wall_s": big["wall_s"],
                                      "chars_per_s_wall": big["characters"] / big["wall_s"]}

        # (d) graph build, database load, HTML
        print("kg bench: (d) graph, database, HTML ...", file=sys.stderr)
        from kg.graph import build_graph
        from kg.graph.resolve import resolve
        from kg.stores.ladybug_store import write_database

        records = [json.loads(line) for line in (work / "single.jsonl").read_text(encoding="utf-8").splitlines()]
        t = time.perf_counter()
        graph = build_graph(records, resolve(records))
        R["d"] = {"corpus_graph": {"documents": len(records), "nodes": graph.number_of_nodes(),
                                   "edges": graph.number_of_edges(), "seconds": time.perf_counter() - t}}
        synth = synthetic_records(args.db_docs)
        t = time.perf_counter()
        sgraph = build_graph(synth, resolve(synth))
        R["d"]["synthetic_graph"] = {"documents": len(synth), "nodes": sgraph.number_of_nodes(),
                                     "edges": sgraph.number_of_edges(), "seconds": time.perf_counter() - t}
        (work / "db").mkdir()
        t = time.perf_counter()
        _, counts = write_database(sgraph, work / "db")
        db_s = time.perf_counter() - t
        R["d"]["database"] = {**counts, "seconds": db_s, "relationships_per_s": counts["relationships"] / db_s,
                              "rows_per_s": (counts["nodes"] + counts["relationships"]) / db_s}
        if R["d"]["database"]["relationships_per_s"] < TARGETS["db_rels_per_s"]:
            (work / "db2").mkdir()
            profile(lambda: write_database(sgraph, work / "db2"), results_dir / "profile_database.txt")
        try:
            from kg.views.html import write_html
        except ImportError as err:
            R["d"]["html"] = f"skipped: {err}"
        else:
            R["d"]["html"] = {}
            for n in (1_000, 10_000):
                sub = first_nodes_subgraph(sgraph, n)
                t = time.perf_counter()
                write_html(sub, work / f"graph{n}.html", title=f"synthetic {n}")
                R["d"]["html"][str(n)] = {"nodes": sub.number_of_nodes(), "edges": sub.number_of_edges(),
                                          "seconds": time.perf_counter() - t,
                                          "mb": (work / f"graph{n}.html").stat().st_size / 1e6}

        # (e) incremental build
        print(f"kg bench: (e) full build of {args.docs} documents, then one more ...", file=sys.stderr)
        inc = work / "incremental"
        per_copy = len(list(p for p in args.corpus.iterdir() if p.suffix in (".txt", ".md")))
        make_corpus(args.corpus, inc, -(-args.docs // per_copy), start=50_000)
        for extra in sorted(inc.iterdir())[args.docs:]:
            extra.unlink()
        cache_e = private_cache(work / "cache-e")
        full = run_kg(["build", str(inc), "--out", str(work / "out-e"), "--workers", str(args.workers)], cache_e,
                      results_dir / "log_build_full.txt")
        added = inc / "zz-added.txt"
        added.write_text((PROJECT / "samples" / "01_meeting.txt").read_text(encoding="utf-8")
                         + f"\n（新增文档 {time.time_ns()}）\n", encoding="utf-8")
        plus_one = run_kg(["build", str(inc), "--out", str(work / "out-e"), "--workers", str(args.workers)], cache_e,
                          results_dir / "log_build_plus_one.txt")
        R["e"] = {"full": full, "plus_one": plus_one, "ratio": full["wall_s"] / plus_one["wall_s"]}
        R["total_s"] = time.perf_counter() - started_all
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (results_dir / "results.json").write_text(json.dumps(R, ensure_ascii=False, indent=1), encoding="utf-8")
    table = render(R)
    (results_dir / "results.md").write_text(table + "\n", encoding="utf-8")
    print(table)
    return 0


def render(R: dict) -> str:
    a, b, c, d, e = R["a"], R["b"], R["c"], R["d"], R["e"]
    mark = lambda ok: "met" if ok else "MISSED"          # noqa: E731
    rows = [
        ("corpus (1x)", f"{R['corpus']['documents']} documents, {a['single']['characters']:,.0f} cleaned characters", ""),
        ("(a) kg extract, 1 process", f"{a['single_chars_per_s_wall']:,.0f} chars/s wall "
         f"({a['single']['characters/second']:,.0f} excl. {a['single']['pipeline load s']:.1f} s load); {a['single']['wall_s']:.1f} s", ""),
        (f"(a) kg extract, --workers {a['n_workers']}", f"{a['workers_chars_per_s_wall']:,.0f} chars/s wall "
         f"({a['workers']['characters/second']:,.0f} excl. {a['workers']['pipeline load s']:.1f} s load); "
         f"{a['workers']['wall_s']:.1f} s; output identical: {a['identical_output']}", ""),
        ("(a) all runs (wall s)", f"one process {', '.join(f'{w:.1f}' for w in a['all_single_walls'])}; "
         f"workers {', '.join(f'{w:.1f}' for w in a['all_workers_walls'])}", ""),
        ("(a) speed-up", f"{a['ratio_wall']:.2f}x wall (excl. load {a['ratio_excl_load']:.2f}x); CPU s "
         f"{a['single']['cpu_s']:.0f} vs {a['workers']['cpu_s']:.0f}; load avg "
         f"{a['single']['load_before']:.1f}/{a['workers']['load_before']:.1f}; steal s "
         f"{a['single']['steal_s']:.1f}/{a['workers']['steal_s']:.1f}",
         f"target >= {TARGETS['workers_ratio']}x: {mark(a['ratio_wall'] >= TARGETS['workers_ratio'])}"),
        ("(b) tokenizer only (pkuseg)", f"{b['tokenizer_chars_per_s']:,.0f} chars/s (median; before and after each "
         f"1-process run: {', '.join(f'{r:,.0f}' for r in b['tokenizer_rates_around_runs'])})", ""),
        ("(b) pipeline / tokenizer", f"{b['pipeline_share']:.0%} (median; each run against the tokenizer around it: "
         f"{', '.join(f'{x:.0%}' for x in b['shares_per_run'])})",
         f"target >= 50%: {mark(b['pipeline_share'] >= TARGETS['pipeline_share'])}"),
        ("(b) ingest+clean+split", f"{b['ingest_clean_split_chars_per_s']:,.0f} chars/s", ""),
    ]
    comp = b["components_on_base_corpus"]
    total = sum(comp["seconds"].values())
    rows.append(("(b) components (base corpus)", ", ".join(f"{k} {v / total:.0%}" for k, v in comp["seconds"].items()), ""))
    for k, v in c.items():
        one = f"; one process {v['single_process_rss_mb']:.0f} MB" if "single_process_rss_mb" in v else ""
        rows.append((f"(c) peak RSS {k}", f"{v['chars']:,.0f} chars, --workers {a['n_workers']}: parent "
                     f"{v['self_rss_mb']:.0f} MB, largest worker {v['child_rss_mb']:.0f} MB{one}", ""))
    rows += [
        ("(d) graph build (1x corpus)", f"{d['corpus_graph']['seconds']:.2f} s ({d['corpus_graph']['nodes']:,} nodes, "
         f"{d['corpus_graph']['edges']:,} edges)", ""),
        ("(d) graph build (synthetic)", f"{d['synthetic_graph']['seconds']:.2f} s ({d['synthetic_graph']['nodes']:,} nodes, "
         f"{d['synthetic_graph']['edges']:,} edges)", ""),
        ("(d) database load", f"{d['database']['relationships']:,} rels + {d['database']['nodes']:,} nodes in "
         f"{d['database']['seconds']:.1f} s = {d['database']['relationships_per_s']:,.0f} rels/s",
         f"target >= 20,000/s: {mark(d['database']['relationships_per_s'] >= TARGETS['db_rels_per_s'])}"),
    ]
    if isinstance(d["html"], dict):
        for n, h in d["html"].items():
            rows.append((f"(d) HTML {int(n):,} nodes", f"{h['seconds']:.1f} s ({h['nodes']:,} nodes, {h['edges']:,} edges, "
                         f"{h['mb']:.1f} MB)", ""))
    else:
        rows.append(("(d) HTML", d["html"], ""))
    rows.append((f"(e) build {e['full']['documents']:.0f} docs / +1 doc",
                 f"{e['full']['wall_s']:.1f} s / {e['plus_one']['wall_s']:.1f} s = {e['ratio']:.1f}x "
                 f"(cached {e['plus_one']['cached']:.0f})", ""))
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    line = lambda r: "| " + " | ".join(str(v).ljust(w) for v, w in zip(r, width)) + " |"   # noqa: E731
    return "\n".join([line(("measure", "result", "target")), "|" + "|".join("-" * (w + 2) for w in width) + "|",
                      *map(line, rows)])


if __name__ == "__main__":
    sys.exit(main())
