"""The per-document record cache: real pipeline, real files, a private cache folder."""
import json
import shutil

import pytest

import kg.extract
from kg.cache import RecordCache, document_key
from kg.cli import main
from kg_docs import DOCS, EXTRA, lines, private_cache, write_docs


@pytest.fixture
def cache(tmp_path, monkeypatch, nlp):
    return private_cache(tmp_path / "cache", monkeypatch)


@pytest.fixture
def calls(monkeypatch):
    """Documents that went through the pipeline (in this process)."""
    seen = []
    real = kg.extract.record_for

    def counting(document, docs, articles=None):
        seen.append(document.raw.name)
        return real(document, docs, articles)

    monkeypatch.setattr(kg.extract, "record_for", counting)
    return seen


def summary_row(err: str, name: str) -> str:
    return next(line.split()[-1] for line in err.splitlines() if line.startswith(name + " "))


def test_adding_a_document_reprocesses_only_that_document(tmp_path, cache, calls, capsys):
    corpus, out = write_docs(tmp_path / "docs"), tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert sorted(calls) == sorted(DOCS) and summary_row(err, "cached") == "0"
    assert len(list(cache.glob("*.json"))) == len(DOCS)

    calls.clear()
    (corpus / EXTRA[0]).write_text(EXTRA[1], encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert calls == [EXTRA[0]]
    assert summary_row(err, "cached") == str(len(DOCS)) and summary_row(err, "documents") == str(len(DOCS) + 1)
    docs = [json.loads(x)["doc"] for x in lines(out / "extractions.jsonl")]
    assert docs == sorted([*DOCS, EXTRA[0]])                       # input order, cached or not


def test_cached_records_equal_fresh_ones(tmp_path, cache, calls):
    corpus = write_docs(tmp_path / "docs")
    assert main(["extract", str(corpus), "-o", str(tmp_path / "fresh.jsonl")]) == 0
    calls.clear()
    assert main(["extract", str(corpus), "-o", str(tmp_path / "cached.jsonl")]) == 0
    assert calls == []
    assert main(["extract", str(corpus), "-o", str(tmp_path / "bypass.jsonl"), "--no-cache"]) == 0
    assert len(calls) == len(DOCS)
    assert lines(tmp_path / "fresh.jsonl") == lines(tmp_path / "cached.jsonl") == lines(tmp_path / "bypass.jsonl")


def test_no_cache_neither_reads_nor_writes(tmp_path, cache, calls):
    corpus = write_docs(tmp_path / "docs")
    assert main(["extract", str(corpus), "-o", str(tmp_path / "x.jsonl"), "--no-cache"]) == 0
    assert not cache.exists() or not list(cache.iterdir())


def test_content_addressed_renamed_copy_hits_and_is_named_after_the_file_read(tmp_path, cache, calls):
    corpus = write_docs(tmp_path / "docs")
    assert main(["extract", str(corpus), "-o", str(tmp_path / "a.jsonl")]) == 0
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(corpus / "a_meeting.txt", other / "renamed.txt")
    calls.clear()
    assert main(["extract", str(other), "-o", str(tmp_path / "b.jsonl")]) == 0
    assert calls == []
    rec = json.loads(lines(tmp_path / "b.jsonl")[0])
    assert rec["doc"] == "renamed.txt" and rec["path"] == str(other / "renamed.txt")
    original = json.loads(lines(tmp_path / "a.jsonl")[0])
    assert {k: v for k, v in rec.items() if k not in ("doc", "path")} == \
           {k: v for k, v in original.items() if k not in ("doc", "path")}


def test_changed_content_or_pipeline_is_a_miss(tmp_path, cache, calls, monkeypatch):
    corpus = write_docs(tmp_path / "docs")
    assert main(["extract", str(corpus), "-o", str(tmp_path / "a.jsonl")]) == 0
    calls.clear()
    (corpus / "b_project.txt").write_text(DOCS["b_project.txt"] + "\n副省长唐启明强调，要加快项目建设。\n", encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(tmp_path / "b.jsonl")]) == 0
    assert calls == ["b_project.txt"]

    calls.clear()                                   # another pipeline (word lists, code, version): all new keys
    monkeypatch.setattr("kg.parallel.ExtractionRun.__post_init__", _with_fingerprint("0" * 32))
    assert main(["extract", str(corpus), "-o", str(tmp_path / "c.jsonl")]) == 0
    assert sorted(calls) == sorted(DOCS)


def _with_fingerprint(fp):
    from kg.parallel import ExtractionRun

    real = ExtractionRun.__post_init__

    def post_init(self):
        real(self)
        self._fingerprint = fp
    return post_init


def test_key_covers_bytes_suffix_and_fingerprint():
    k = document_key("x.txt", b"abc", "f1")
    assert k == document_key("other/y.txt", b"abc", "f1")
    assert len({k, document_key("x.txt", b"abd", "f1"), document_key("x.pdf", b"abc", "f1"),
                document_key("x.txt", b"abc", "f2")}) == 4


def test_damaged_entry_is_recomputed(tmp_path, cache, calls):
    corpus = write_docs(tmp_path / "docs", {"a_meeting.txt": DOCS["a_meeting.txt"]})
    assert main(["extract", str(corpus), "-o", str(tmp_path / "a.jsonl")]) == 0
    (entry,) = cache.glob("*.json")
    entry.write_text('{"format": 1, "key": "', encoding="utf-8")     # a torn write from some other tool
    calls.clear()
    assert main(["extract", str(corpus), "-o", str(tmp_path / "b.jsonl")]) == 0
    assert calls == ["a_meeting.txt"]
    assert lines(tmp_path / "a.jsonl") == lines(tmp_path / "b.jsonl")
    assert RecordCache(cache).get(entry.stem, "a_meeting.txt") is not None


def test_interrupted_build_keeps_outputs_and_resumes(tmp_path, cache, calls, monkeypatch, capsys):
    corpus, out = write_docs(tmp_path / "docs", dict(list(DOCS.items())[:2])), tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    write_docs(corpus, dict(list(DOCS.items())[2:]))
    (corpus / EXTRA[0]).write_text(EXTRA[1], encoding="utf-8")

    real = kg.extract.record_for                      # Ctrl-C while the 2nd new document is extracted
    state = {"n": 0}

    def interrupted(document, docs, articles=None):
        state["n"] += 1
        if state["n"] == 2:
            raise KeyboardInterrupt
        return real(document, docs, articles)

    monkeypatch.setattr(kg.extract, "record_for", interrupted)
    capsys.readouterr()
    assert main(["build", str(corpus), "--out", str(out)]) == 130
    assert "interrupted" in capsys.readouterr().err
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before                              # every output as the last complete build left it
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]
    assert len(list(cache.glob("*.json"))) == 3          # 2 from the first build, 1 done before Ctrl-C

    monkeypatch.setattr(kg.extract, "record_for", real)
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    assert summary_row(capsys.readouterr().err, "cached") == "3"
    assert len(lines(out / "extractions.jsonl")) == 5
