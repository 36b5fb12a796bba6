"""`--workers N` and `--dask SCHEDULER`: the same records, in the same order, as one process."""
import json
import multiprocessing
import os

import pytest

from kg.cli import main
from kg_docs import DOCS, EXTRA, lines, private_cache, write_docs

# one longer page, so that documents finish out of order in the pool
LONG = {"f_long.txt": "\n\n".join([DOCS["c_standing.txt"], DOCS["a_meeting.txt"], DOCS["d_forum.txt"]] * 4)}


@pytest.fixture
def corpus(tmp_path, monkeypatch, nlp):
    private_cache(tmp_path / "cache", monkeypatch)
    folder = write_docs(tmp_path / "docs", {**LONG, **DOCS, EXTRA[0]: EXTRA[1]})
    (folder / "g_empty.txt").write_text("", encoding="utf-8")          # skipped, in its place
    return folder


def skipped(err: str) -> list[str]:
    return [x[x.index("kg: skipped"):] for x in err.splitlines() if "kg: skipped" in x]   # after any progress bar


def graph_of(out):
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def test_workers_give_the_single_process_records_in_input_order(tmp_path, corpus, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(corpus), "-o", str(one), "--no-cache"]) == 1
    err_one = capsys.readouterr().err
    assert main(["extract", str(corpus), "-o", str(two), "--no-cache", "--workers", "2"]) == 1
    err_two = capsys.readouterr().err
    assert lines(one) == lines(two)
    assert [json.loads(x)["doc"] for x in lines(two)] == sorted([*LONG, *DOCS, EXTRA[0]])
    assert skipped(err_one) == skipped(err_two) == [f"kg: skipped {corpus / 'g_empty.txt'}: the file is empty"]


def test_build_with_workers_and_cache_equals_a_plain_build(tmp_path, corpus, capsys):
    plain, pooled = tmp_path / "plain", tmp_path / "pooled"
    assert main(["build", str(corpus), "--out", str(plain), "--no-cache"]) == 1
    assert main(["build", str(corpus), "--out", str(pooled), "--workers", "2"]) == 1     # fills the cache
    assert lines(plain / "extractions.jsonl") == lines(pooled / "extractions.jsonl")
    assert graph_of(plain) == graph_of(pooled)
    capsys.readouterr()
    assert main(["build", str(corpus), "--out", str(pooled), "--workers", "2"]) == 1     # all from the cache
    assert "cached" in capsys.readouterr().err
    assert lines(plain / "extractions.jsonl") == lines(pooled / "extractions.jsonl")


def test_workers_and_dask_are_exclusive(capsys):
    with pytest.raises(SystemExit):
        main(["build", "x", "--workers", "2", "--dask", "tcp://127.0.0.1:1"])
    with pytest.raises(SystemExit):
        main(["extract", "x", "-o", "y.jsonl", "--workers", "-1"])


def test_dask_build_equals_a_local_build(tmp_path, corpus, monkeypatch, capsys):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    local, remote = tmp_path / "local", tmp_path / "remote"
    assert main(["build", str(corpus), "--out", str(local), "--no-cache"]) == 1
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert main(["build", str(corpus), "--out", str(remote), "--no-cache", "--dask", cluster.scheduler_address]) == 1
        before = (remote / "graph.json").read_bytes()
        monkeypatch.setattr("kg.cache.extraction_fingerprint", lambda: "another kg")   # workers of another version
        capsys.readouterr()
        assert main(["build", str(corpus), "--out", str(remote), "--dask", cluster.scheduler_address]) == 2
        assert "different kg version" in capsys.readouterr().err
        assert (remote / "graph.json").read_bytes() == before
    assert lines(local / "extractions.jsonl") == lines(remote / "extractions.jsonl")
    assert graph_of(local) == graph_of(remote)
    assert os.path.exists(remote / "graph.lbdb")


def test_unreachable_scheduler_is_a_clean_error(tmp_path, corpus, capsys):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["build", str(corpus), "--out", str(tmp_path / "out"), "--dask", "tcp://127.0.0.1:9"])
    assert code == 2 and "dask scheduler" in capsys.readouterr().err


def test_one_new_document_is_extracted_in_process_even_with_workers(tmp_path, corpus, monkeypatch, capsys):
    out = tmp_path / "out"
    (corpus / "g_empty.txt").unlink()               # failures are not cached: it would be a 2nd document to run
    assert main(["build", str(corpus), "--out", str(out), "--workers", "2"]) == 0
    (corpus / "h_new.txt").write_text(DOCS["a_meeting.txt"].replace("周建业", "钱卫东"), encoding="utf-8")

    def no_pool(*a, **k):
        raise AssertionError("a process pool was started for one document")

    monkeypatch.setattr("kg.parallel._Pool", no_pool)
    capsys.readouterr()
    assert main(["build", str(corpus), "--out", str(out), "--workers", "2"]) == 0
    err = capsys.readouterr().err
    assert next(x.split()[-1] for x in err.splitlines() if x.startswith("cached ")) == str(len(LONG) + len(DOCS) + 1)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the failure is injected through fork")
def test_a_worker_that_dies_is_a_clean_error(tmp_path, corpus, monkeypatch, capsys):
    import kg.extract

    real = kg.extract.extract_document

    def dies_on_b(nlp, document):               # as if the kernel killed the worker (out of memory)
        if document.raw.name == "b_project.txt":
            os._exit(9)
        return real(nlp, document)

    monkeypatch.setattr(kg.extract, "extract_document", dies_on_b)
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--workers", "2", "--no-cache"]) == 2
    assert "a worker died" in capsys.readouterr().err
    assert not (out / "extractions.jsonl").exists() and not [p for p in out.iterdir() if p.name.endswith(".tmp")]
