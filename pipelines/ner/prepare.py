"""Convert the public NER data sets into spaCy DocBin files for the character-level NER.

Reads ../shared/datasets (relative to the repo root; --datasets to change) and writes, into
$KG_CACHE/ner-data or ~/.cache/kg/ner-data (outside the repo: the data keep their own licences):
  cluener-train.spacy, cluener-dev.spacy   CLUENER2020, types mapped to ours
  pd-test.spacy, pd-dev.spacy              People's Daily 1998, PER/LOC/ORG mapped to ours
  train.spacy                              the training set: CLUENER train (+ PD test unless --no-pd)
  dev.spacy                                CLUENER dev (model selection during training)

Docs are tokenised one token per character (spaCy zh, segmenter "char"), so character offsets
are token offsets. Output is deterministic: input order is kept, nothing is sampled.
"""
from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

ROOT = Path(__file__).resolve().parents[2]
CLUENER_MAP = {"name": "PERSON", "address": "PLACE", "company": "COMPANY",
               "government": "ORG", "organization": "ORG"}   # book/game/movie/scene/position: not ours -> O
PD_MAP = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
# People's Daily has no company type: its firms are ORG. Relabel the unambiguous ones so they do not
# teach the model that 某某公司 is an ORG; central/state banks stay ORG (they are government bodies).
PD_COMPANY = re.compile(r"(公司|厂|[^国]集团|银行)$")
PD_PUBLIC_BANK = re.compile(r"(中央|国家|联邦|人民|储备|英格兰|法兰西)银行$")


def default_cache() -> Path:
    return Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg") / "ner-data"


def char_nlp():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


def make_doc(nlp, text: str, spans: list[tuple[int, int, str]]) -> Doc:
    """spans: (start, end exclusive, label) in characters; overlapping ones keep the longest."""
    doc = nlp.make_doc(text)
    ents = []
    for start, end, label in spans:
        # "contract" drops leading/trailing spaces that are not tokens of their own
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None and len(span):
            ents.append(span)
    doc.ents = filter_spans(ents)
    return doc


def read_cluener(path: Path):
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        spans = [(s, e + 1, CLUENER_MAP[typ])                   # end is inclusive in CLUENER
                 for typ, mentions in rec.get("label", {}).items() if typ in CLUENER_MAP
                 for offsets in mentions.values() for s, e in offsets]
        yield rec["text"], sorted(spans)


def read_bio(path: Path):
    """People's Daily "char TAG" lines, blank line between sentences."""
    chars, tags = [], []
    for line in list(path.open(encoding="utf-8")) + [""]:
        parts = line.split()
        if len(parts) == 2:
            chars.append(parts[0])
            tags.append(parts[1])
            continue
        if chars:
            yield "".join(chars), bio_spans(tags, chars)
        chars, tags = [], []


def bio_spans(tags: list[str], chars: list[str]) -> list[tuple[int, int, str]]:
    spans, cur = [], None
    for i, tag in enumerate(tags + ["O"]):
        if cur and not (tag.startswith("I-") and tag[2:] == cur[2]):
            spans.append(tuple(cur))
            cur = None
        if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
            cur = [i, i + 1, tag[2:]]
        elif cur:
            cur[1] = i + 1
    out = []
    for s, e, lab in spans:
        label = PD_MAP[lab]
        name = "".join(chars[s:e])
        if label == "ORG" and PD_COMPANY.search(name) and not PD_PUBLIC_BANK.search(name):
            label = "COMPANY"
        out.append((s, e, label))
    return out


def write(nlp, records, path: Path) -> int:
    db = DocBin(store_user_data=False)
    n = 0
    for text, spans in records:
        db.add(make_doc(nlp, text, spans))
        n += 1
    db.to_disk(path)
    return n


def prepare(datasets: Path, out: Path, with_pd: bool = True) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    nlp = char_nlp()
    sources = {
        "cluener-train": read_cluener(datasets / "cluener2020" / "train.jsonl"),
        "cluener-dev": read_cluener(datasets / "cluener2020" / "dev.jsonl"),
        "pd-test": read_bio(datasets / "peoples_daily_1998_ner" / "test.bio"),
        "pd-dev": read_bio(datasets / "peoples_daily_1998_ner" / "dev.bio"),
    }
    for name, records in sources.items():
        print(f"{name}: {write(nlp, records, out / f'{name}.spacy')} docs")
    train = DocBin().from_disk(out / "cluener-train.spacy")
    if with_pd:
        train.merge(DocBin().from_disk(out / "pd-test.spacy"))
    train.to_disk(out / "train.spacy")
    DocBin().from_disk(out / "cluener-dev.spacy").to_disk(out / "dev.spacy")
    print(f"train.spacy: {len(train)} docs ({'CLUENER train + PD test' if with_pd else 'CLUENER train'}) in {out}")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--out", type=Path, default=default_cache())
    ap.add_argument("--no-pd", action="store_true", help="train on CLUENER only")
    args = ap.parse_args(argv)
    prepare(args.datasets, args.out, with_pd=not args.no_pd)


if __name__ == "__main__":
    main()
