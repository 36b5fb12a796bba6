"""From documents to extraction records: run the pipeline over each article, map offsets back to the
document's cleaned text and emit the `kg extract` JSON contract (one record per document)."""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from kg.articles import load_document
from kg.document import Article, Document
from kg.ingest import InputError, iter_input_files
from kg.nlp.entities import SPAN_KEY
from kg.reprints import article_signature



@dataclass
class Failure:
    path: str
    reason: str


def _span(article: Article, start: int, end: int) -> tuple[int, int]:
    """Article-text offsets -> document cleaned-text offsets."""
    if end <= start:
        o = article.offset_of(start)
        return o, o
    return article.offset_of(start), article.offset_of(end - 1) + 1


def record_for(document: Document, docs, articles=None) -> dict:
    """Merge the processed articles (spaCy Docs, same order as `articles`, by default document.articles;
    an article may also be a _Piece of one) into one record."""
    entities: dict[tuple[str, str], dict] = {}
    relations: list[dict] = []
    text = document.cleaned.text
    for article, doc in zip(document.articles if articles is None else articles, docs):
        back = _original(article.text, doc.text)
        for span in doc.spans.get(SPAN_KEY, []):
            start, end = _span(article, span.start_char, span.end_char)
            # a joined mention (十九届二中、三中全会) gives each entity it names, at the same place
            for name in span._.names or [back(span.text, span.start_char)]:
                key = (name, span.label_)
                ent = entities.get(key)
                if ent is None:
                    ent = entities[key] = {"text": name, "type": span.label_, "start": start, "end": end,
                                           "titles": [], "mentions": [], "articles": []}
                ent["mentions"].append([start, end])
                if article.index not in ent["articles"]:
                    ent["articles"].append(article.index)
                for t in map(back, span._.titles):
                    if t not in ent["titles"]:
                        ent["titles"].append(t)
        _add_reporters(article, text, entities, relations)
        _add_outlets(article, text, entities)
        for rel in doc._.relations:
            r = {k: v for k, v in rel.items() if k not in ("head_start", "head_end", "tail_start", "tail_end")}
            r["head"] = back(r["head"], rel.get("head_start"))
            r["tail"] = back(r["tail"], rel.get("tail_start"))
            s_start, s_end = _span(article, r.pop("sent_start"), r.pop("sent_end"))
            r["evidence"] = "".join(text[s_start:s_end].split())
            r.update({"article": article.index, "headline": article.headline, "date": article.date,
                      "start": s_start, "end": s_end})
            relations.append(r)
    return {
        "doc": document.raw.name,
        "path": document.raw.path,
        "encoding": document.raw.encoding,
        "year": document.year,
        "articles": [{"index": a.index, "headline": a.headline, "byline": a.byline, "date": a.date,
                      "date_source": a.date_source,
                      "start": min((s for s, _ in a.segments), default=0),
                      "end": max((e for _, e in a.segments), default=0),
                      "minhash": article_signature(a.text)} for a in document.articles],
        "entities": sorted(entities.values(), key=lambda e: (e["start"], e["type"])),
        "relations": relations,
    }


def _add_reporters(article: Article, text: str, entities: dict, relations: list) -> None:
    """Bylines and photo credits are cut from the article text before the NLP runs: their people are
    added here, each with the role as a title (记者, 通讯员, 摄影) and its 任职 relation."""
    for person in article.reporters:
        ent = entities.get((person.name, "PERSON"))
        if ent is None:
            at = text.find(person.name)
            mention = [[at, at + len(person.name)]] if at >= 0 else []
            start = at if at >= 0 else article.offset_of(0)
            ent = entities[(person.name, "PERSON")] = {
                "text": person.name, "type": "PERSON", "start": start, "end": start + (len(person.name) if at >= 0 else 0),
                "titles": [], "mentions": mention, "articles": [article.index]}
        if person.role not in ent["titles"]:
            ent["titles"].append(person.role)
            relations.append({"head": person.name, "head_type": "PERSON", "relation": "任职", "tail": person.role,
                              "tail_type": "TITLE", "method": "byline", "confidence": 0.9,
                              "evidence": "".join((article.byline or person.name).split()),
                              "article": article.index, "headline": article.headline, "date": article.date,
                              "start": ent["start"], "end": ent["end"]})


def _add_outlets(article: Article, text: str, entities: dict) -> None:
    """A paper named in a running head the cleaner cut out of a sentence is an organisation of the article
    (the outlet it was printed in), as it is when the head stands between paragraphs and stays in the text."""
    for name in article.outlets:
        if (name, "ORG") not in entities:
            at = text.find(name)
            start = at if at >= 0 else article.offset_of(0)
            entities[(name, "ORG")] = {"text": name, "type": "ORG", "start": start,
                                       "end": start + (len(name) if at >= 0 else 0),
                                       "titles": [], "mentions": [[at, at + len(name)]] if at >= 0 else [],
                                       "articles": [article.index]}
        elif article.index not in entities[(name, "ORG")]["articles"]:
            entities[(name, "ORG")]["articles"].append(article.index)


# An article longer than this is run through the pipeline in pieces cut at sentence ends: spaCy refuses a
# text over nlp.max_length (E088, 1,000,000 characters), and one huge Doc would hold all its memory at once.
PIECE_CHARS = 50_000
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_CLAUSE_END = re.compile(r"[，,、：:\s]")


@dataclass
class _Piece:
    """Characters [base, base + len(text)) of an article's text, standing in for the article in record_for:
    offsets inside the piece are mapped through the article, so records index the cleaned text as ever."""

    article: Article
    base: int
    text: str

    def offset_of(self, i: int) -> int:
        return self.article.offset_of(self.base + i)

    def __getattr__(self, name):                     # index, headline, date, byline: the article's
        return getattr(self.article, name)

    @property
    def reporters(self):                             # added once, with the article's first piece
        return self.article.reporters if self.base == 0 else []

    @property
    def outlets(self):
        return self.article.outlets if self.base == 0 else []


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """(start, piece) covering `text`, each at most `limit` characters, cut after a sentence end where one
    lies in the second half of the window, else after a clause mark or space, else at the limit."""
    pieces, pos, n = [], 0, len(text)
    limit = max(limit, 2)
    while n - pos > limit:
        window = text[pos:pos + limit]
        cut = 0
        for pattern in (_SENTENCE_END, _CLAUSE_END):
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append((pos, window[:cut]))
        pos += cut
    pieces.append((pos, text[pos:]))
    return pieces


def _pieces(nlp: Language, document: Document) -> list:
    limit = min(PIECE_CHARS, max(nlp.max_length - 1, 2))
    views = []
    for article in document.articles:
        if len(article.text) <= limit:
            views.append(article)
        else:
            views.extend(_Piece(article, base, piece) for base, piece in split_text(article.text, limit))
    return views


def extract_document(nlp: Language, document: Document) -> dict:
    return next(extract_documents(nlp, [(None, document)]))[1]


def extract_documents(nlp: Language, documents: Iterable[tuple[object, Document]]) -> Iterator[tuple[object, dict]]:
    """(key, record) of each (key, document), in order, as extract_document makes it. The articles of all
    the documents go through one `nlp.pipe` stream (kg_lac tags one batch of articles while the next is
    segmented); a record comes out as soon as its document's last article is done, so the documents are
    read from `documents` only a little ahead of the records."""
    open_docs: deque[tuple[object, Document, list, list]] = deque()

    def texts():
        for key, document in documents:
            views = _pieces(nlp, document)
            open_docs.append((key, document, views, []))
            for view in views:
                yield simplified(view.text), open_docs[-1][3]

    def finished():
        while open_docs and len(open_docs[0][3]) == len(open_docs[0][2]):
            key, document, views, docs = open_docs.popleft()
            yield key, record_for(document, docs, views)

    for doc, done in nlp.pipe(texts(), as_tuples=True):
        done.append(doc)
        yield from finished()
    yield from finished()                       # documents without any text after the last one with some


# -- Traditional Chinese -------------------------------------------------------------------------------------
# The pipeline's word lists and models are Simplified. A Traditional text is analysed in its Simplified form
# (OpenCC t2s) and everything the records say is taken back from the original at the same offsets: t2s maps
# character for character in almost every text, and a text where it does not keep its length is analysed as it
# is. Only a text with a real share of Traditional characters is converted (a Simplified text may hold a few
# characters t2s would change, such as 乾 or 著).
TRADITIONAL_SHARE = 0.05
_HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _t2s():
    try:
        from opencc import OpenCC
    except ImportError:              # opencc-python-reimplemented missing: analyse Traditional text as it is
        return None
    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _t2s_changeable() -> frozenset[str] | None:
    """Every character t2s can change (read from the dictionaries it converts with), or None. A text holding
    fewer of them than TRADITIONAL_SHARE of its Han characters is not converted whatever t2s makes of it, so
    it is not converted at all: counting them is a set look-up per character, the conversion a dictionary
    match at every position (3% of `kg extract` on the bench's corpus, all of it Simplified)."""
    import opencc

    chars: set[str] = set()
    for name in ("TSPhrases.txt", "TSCharacters.txt"):
        path = Path(opencc.__file__).parent / "dictionary" / name
        if not path.is_file():
            return None
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            value = values.split(" ")[0]
            chars.update(k for i, k in enumerate(key) if len(value) != len(key) or value[i] != k)
    return frozenset(chars)


def simplified(text: str) -> str:
    """`text` in Simplified characters, of the same length, or `text` itself (see above)."""
    converter = _t2s()
    if converter is None or not text:
        return text
    changeable = _t2s_changeable()
    could_change = sum(1 for ch in text if ch in changeable) if changeable is not None else len(text)
    if not could_change:
        return text
    han = len(_HAN.findall(text))
    if could_change < TRADITIONAL_SHARE * han:
        return text                               # too few characters t2s could change (see _t2s_changeable)
    converted = converter.convert(text)
    if len(converted) != len(text):
        return text
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    return converted if changed and changed >= TRADITIONAL_SHARE * han else text


def _original(original: str, analysed: str):
    """back(s, start=None): a string the pipeline produced from `analysed`, as written in `original` (the two
    have the same length): the slice at `start` when it is known, else at the first place `s` occurs."""
    if original == analysed or len(original) != len(analysed):
        return lambda s, start=None: s

    def back(s, start=None):
        if not isinstance(s, str):
            return s
        if start is None or analysed[start:start + len(s)] != s:
            start = analysed.find(s)
        return original[start:start + len(s)] if start >= 0 else s
    return back


def input_files(paths: Iterable[str], on_error: Callable[[Failure], None]) -> list[str]:
    """Every input file under the given paths, in order; a path that does not exist is reported."""
    files: list[str] = []
    for given in paths:
        try:
            files.extend(iter_input_files([given], lambda path, why: on_error(Failure(path, f"{path}: {why}"))))
        except InputError as err:
            on_error(Failure(err.path, str(err)))
    return files


def extract_file(nlp: Language, path: str) -> tuple[dict, int]:
    """(record, length of the cleaned text) of one file; raises kg.ingest.InputError if it cannot be read."""
    document = load_document(path)
    return extract_document(nlp, document), len(document.cleaned.text)


def read_documents(paths: Iterable[str], on_error: Callable[[Failure], None]) -> Iterator[Document]:
    """Load every input file; a file that cannot be read is reported and skipped."""
    for path in input_files(paths, on_error):
        try:
            yield load_document(path)
        except InputError as err:
            on_error(Failure(path, str(err)))

