"""Where kg writes (issue 16): a build's outputs are one set, never touched when nothing was read, never mixed by
two builds or a kill; errors about the output are a message and exit 2, found before any extraction."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.outputs import COMPLETE, STAGING_PREFIX, tidy

ROOT = Path(__file__).resolve().parent.parent
DOC_A = "全省推进会议召开。省长林振华主持会议。"
DOC_B = "全省生态保护会议召开。副省长唐明远出席会议并讲话。"


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith(STAGING_PREFIX) or p.name.endswith(".tmp"))


@pytest.fixture
def built(tmp_path, nlp):
    """A folder with the outputs of a build of DOC_A."""
    doc = tmp_path / "a.txt"
    doc.write_text(DOC_A, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(doc), "--out", str(out)]) == 0
    return out


# -- case 2: nothing read, nothing touched ----------------------------------------------------------------
def test_a_mistyped_path_leaves_the_outputs_as_they_were(built, tmp_path, capsys):
    before = snapshot(built)
    capsys.readouterr()
    assert main(["build", str(tmp_path / "sampels"), "--out", str(built)]) == 2
    err = capsys.readouterr().err
    assert "sampels" in err and "no document was read" in err and str(built) in err
    assert snapshot(built) == before and not leftovers(built)


def test_extract_with_nothing_read_keeps_the_old_output(tmp_path, nlp, capsys):
    target = tmp_path / "out.jsonl"
    target.write_text('{"doc": "old"}\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["extract", str(empty), "-o", str(target)]) == 2
    assert "no document was read" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == '{"doc": "old"}\n'


# -- case 5: one consistent set, a lock, orphans removed -------------------------------------------------
SLOW_BUILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import kg.stores.ladybug_store as store
    real = store.write_database
    def slow(graph, out_dir):          # the write phase: some outputs written, the database not yet
        Path(sys.argv[1]).write_text("writing")
        time.sleep(60)
        return real(graph, out_dir)
    store.write_database = slow
    from kg.cli import main
    sys.exit(main(["build", sys.argv[2], "--out", sys.argv[3]]))
""")


def test_a_build_killed_while_writing_and_a_second_build_at_once(built, tmp_path, nlp, capsys):
    before = snapshot(built)
    doc_b = tmp_path / "b.txt"
    doc_b.write_text(DOC_B, encoding="utf-8")
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BUILD, str(ready), str(doc_b), str(built)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the build never reached its write phase"
            time.sleep(0.1)
        # a second build into the same folder while the first one writes: refused at once, nothing read
        capsys.readouterr()
        assert main(["build", str(doc_b), "--out", str(built)]) == 2
        err = capsys.readouterr().err
        assert "another kg build" in err and f"pid {proc.pid}" in err and "extracting" not in err
        assert snapshot(built) == before
        os.kill(proc.pid, signal.SIGKILL)                  # killed in the write phase
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    assert snapshot(built) == before                       # not one file of the killed build is in place
    assert leftovers(built)                                # its staging folder is left behind ...
    assert main(["build", str(doc_b), "--out", str(built)]) == 0
    err = capsys.readouterr().err
    assert "removed " + STAGING_PREFIX in err             # ... and removed by the next build
    assert not leftovers(built)
    graph = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    names = {n["name"] for n in graph["nodes"]}
    assert "唐明远" in names and "林振华" not in names
    assert [json.loads(x)["doc"] for x in (built / "extractions.jsonl").read_text(encoding="utf-8").splitlines()] == ["b.txt"]
    assert main(["query", "MATCH (p:Person) RETURN p.name", "--out", str(built), "--json"]) == 0
    assert {r["p.name"] for r in json.loads(capsys.readouterr().out)} == {"唐明远"}


def test_orphans_of_dead_processes_are_removed_and_a_complete_staging_is_finished(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text("old")
    (out / "report.md").write_text("old")
    (out / f".graph.json.{dead.pid}.x1y2.tmp").write_text("half")          # atomic_write of a killed run
    (out / f".graph.lbdb.{dead.pid}.tmp.wal").write_text("half")
    (out / f".graph.html.{os.getpid()}.abcd.tmp").write_text("mine")       # a live process: left alone
    half = out / f"{STAGING_PREFIX}{dead.pid}"
    half.mkdir()
    (half / "graph.json").write_text("half")
    done = out / f"{STAGING_PREFIX}1"
    done.mkdir()                                                            # killed while moving its files in:
    (done / "graph.json").write_text("new")                                 # report.md already moved
    (done / COMPLETE).write_text("graph.json\nreport.md\n")
    (out / "report.md").write_text("new")
    tidy(out)
    assert sorted(p.name for p in out.iterdir()) == sorted([".kg-build-outputs", "graph.json", "report.md",
                                                            f".graph.html.{os.getpid()}.abcd.tmp"])
    assert (out / "graph.json").read_text() == "new" and (out / "report.md").read_text() == "new"


# -- case 6: a message and exit 2, not a traceback ----------------------------------------------------------
def test_output_errors_are_found_before_extracting(tmp_path, capsys, monkeypatch):
    import kg.parallel

    def no_extraction(*args, **kwargs):
        raise AssertionError("extraction started before the output was checked")
    monkeypatch.setattr(kg.parallel, "ExtractionRun", no_extraction)
    doc = tmp_path / "a.txt"
    doc.write_text(DOC_A, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["extract", str(doc), "-o", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main(["extract", str(doc), "-o", str(doc / "out.jsonl")]) == 2        # under a file
    assert str(doc) in capsys.readouterr().err
    assert main(["build", str(doc), "--out", str(doc)]) == 2                     # --out names a file
    assert "not a folder" in capsys.readouterr().err
    assert main(["build", str(doc), "--out", "/proc/kg-out"]) == 2               # cannot be created
    assert "/proc/kg-out" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes whatever the mode")
def test_unwritable_output_folder(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    doc = tmp_path / "a.txt"
    doc.write_text(DOC_A, encoding="utf-8")
    assert main(["build", str(doc), "--out", str(locked)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_damaged_outputs_are_a_message_and_exit_2(built, capsys):
    assert main(["query", "RETURN 1 AS a; RETURN 2 AS b", "--out", str(built)]) == 2
    assert "one statement" in capsys.readouterr().err
    (built / "graph.lbdb").write_bytes(os.urandom(5000))
    assert main(["query", "MATCH (n) RETURN count(n)", "--out", str(built)]) == 2
    assert "graph.lbdb" in capsys.readouterr().err
    for damage in ("{bad", '{"nodes": 3}', "[]"):
        (built / "graph.json").write_text(damage, encoding="utf-8")
        for args in (["report"], ["html"], ["report", "--person", "林振华"],
                     ["neo4j", "push", "--uri", "bolt://127.0.0.1:1"]):
            assert main([*args, "--out", str(built)]) == 2, (args, damage)
            err = capsys.readouterr().err
            assert "graph.json" in err and "kg build" in err and "Traceback" not in err, err


# -- case 7: a name from the graph never picks the folder written to -----------------------------------------
def test_html_focus_name_cannot_write_outside_the_output_folder(tmp_path, capsys):
    import networkx as nx

    from kg.stores.networkx_io import write_node_link

    evil = "../../escaped/林振华"
    g = nx.MultiDiGraph()
    g.add_node(f"Person:{evil}", label="Person", name=evil, aliases=[], titles=[], mentions=1, docs=["a"])
    g.add_node("Meeting:会议", label="Meeting", name="会议", aliases=[], titles=[], mentions=1, docs=["a"])
    g.add_edge(f"Person:{evil}", "Meeting:会议", key="主持", relation="主持", weight=1, confidence=0.9,
               evidence=[{"sentence": "主持会议。", "doc": "a", "article": 0, "start": 0, "end": 5}])
    out = tmp_path / "deep" / "er" / "out"
    out.mkdir(parents=True)
    write_node_link(g, out / "graph.json")
    assert main(["html", "--out", str(out), "--focus", evil]) == 0
    written = sorted(p.name for p in out.iterdir() if p.name.startswith("focus-"))
    assert len(written) == 1 and "/" not in written[0] and ".." not in written[0] and "林振华" in written[0]
    assert not (tmp_path / "deep" / "escaped").exists()
    assert sorted(p.name for p in tmp_path.rglob("*.html")) == written
