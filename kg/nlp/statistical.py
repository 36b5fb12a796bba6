"""The `kg_statistical_ner` component: our character-level NER model, as one more signal beside the rules.

The model (pipelines/ner/model, trained by pipelines/ner/train.py on CLUENER2020 + People's Daily) has
one token per character, so it runs on the raw `doc.text` whatever the host pipeline's segmentation,
and its token offsets are character offsets. It only proposes: it writes
    doc.user_data["kg_statistical"] = [(start, end, label, score), ...]   labels PERSON/PLACE/COMPANY/ORG
and leaves doc.ents and doc.spans alone (the greedy transition-based NER gives no score: None).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from kg.paths import PIPELINES_DIR

MODEL_DIR = PIPELINES_DIR / "ner" / "model"
USER_DATA_KEY = "kg_statistical"


@lru_cache(maxsize=4)
def load_model(model_path: str = "") -> Language:
    """The character NER, loaded once per process and path."""
    path = model_path or str(MODEL_DIR)
    try:
        return spacy.load(path)
    except OSError as exc:
        raise RuntimeError(f"no statistical NER model at {path}: run pipelines/ner/train.py") from exc


def spans_of(char_doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in char_doc.ents]


def predict_spans(text: str, model_path: str = "") -> list[tuple[int, int, str]]:
    """(start, end, label) character spans found in `text`; text[start:end] is the entity."""
    return spans_of(load_model(model_path)(text))


class StatisticalNER:
    def __init__(self, nlp: Language, name: str, model_path: str):
        self.name = name
        self.model = load_model(model_path)

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[USER_DATA_KEY] = [(*s, None) for s in spans_of(self.model(doc.text))]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        # the char model batches its own docs; host docs are buffered one batch at a time
        for batch in minibatch(docs, size=batch_size):
            for doc, char_doc in zip(batch, self.model.pipe([d.text for d in batch], batch_size=batch_size)):
                doc.user_data[USER_DATA_KEY] = [(*s, None) for s in spans_of(char_doc)]
                yield doc


@Language.factory("kg_statistical_ner", default_config={"model_path": ""})
def make_statistical_ner(nlp: Language, name: str, model_path: str) -> StatisticalNER:
    return StatisticalNER(nlp, name, model_path)
