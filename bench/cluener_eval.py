"""Benchmark the statistical NER and the full kg pipeline on CLUENER2020 dev and People's Daily 1998 dev.

    .venv/bin/python bench/cluener_eval.py [--datasets ../shared/datasets] [--limit N] [--model PATH]

Exact span match (start, end, type), per type and micro-averaged. Types are ours:
  CLUENER  name->PERSON, address->PLACE, company->COMPANY, government+organization->ORG
           (book/game/movie/scene/position are not scored: they are not entities of ours)
  PD 1998  PER->PERSON, LOC->PLACE, ORG->ORG; PD files firms under ORG, so predicted COMPANY counts as ORG
The pipeline's entities are doc.spans["kg_entities"] (nested ones included) restricted to the four
types; "pipeline outer" uses doc.ents instead; "union" is pipeline spans + statistical spans.
Published figures are on CLUENER *test* with all 10 types (README of the data sets), for orientation only.
Note: the statistical model's best checkpoint was chosen on CLUENER dev, so its CLUENER dev score is
slightly optimistic; People's Daily dev was never used in training or selection.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipelines" / "ner"))
from prepare import CLUENER_MAP, read_bio  # noqa: E402

TYPES = ("PERSON", "PLACE", "COMPANY", "ORG")
PUBLISHED = {"PERSON": "89.1 (name)", "PLACE": "62.6 (address)", "COMPANY": "83.0 (company)",
             "ORG": "88.2 (government)", "all": "80.4 (10 types)"}
PD_PUBLISHED = {"all": "~95 (BERT+softmax)"}


def load_cluener(path: Path, limit: int):
    texts, golds = [], []
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        texts.append(rec["text"])
        golds.append({(s, e + 1, CLUENER_MAP[t]) for t, m in rec["label"].items() if t in CLUENER_MAP
                      for offs in m.values() for s, e in offs})
        if len(texts) == limit:
            break
    return texts, golds


def load_pd(path: Path, limit: int):
    texts, golds = [], []
    for text, spans in read_bio(path):
        texts.append(text)
        golds.append({(s, e, "ORG" if lab == "COMPANY" else lab) for s, e, lab in spans})
        if len(texts) == limit:
            break
    return texts, golds


def run_statistical(texts, model_path):
    from kg.nlp.statistical import load_model, spans_of

    t0 = time.perf_counter()
    model = load_model(model_path)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    preds = [set(spans_of(d)) for d in model.pipe(texts, batch_size=256)]
    return {"statistical": preds}, load, time.perf_counter() - t0


def run_pipeline(texts):
    from kg.nlp.entities import SPAN_KEY
    from kg.nlp.pipeline import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline()
    load = time.perf_counter() - t0
    spans, outer = [], []
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):
        spans.append({(s.start_char, s.end_char, s.label_) for s in doc.spans[SPAN_KEY] if s.label_ in TYPES})
        outer.append({(s.start_char, s.end_char, s.label_) for s in doc.ents if s.label_ in TYPES})
    return {"pipeline": spans, "pipeline outer": outer}, load, time.perf_counter() - t0


def score(golds, preds, types):
    """{type: (tp, n_pred, n_gold)} plus 'all'."""
    counts = {t: [0, 0, 0] for t in (*types, "all")}
    for gold, pred in zip(golds, preds):
        for key, spans in (("pred", pred), ("gold", gold)):
            for *_, lab in spans:
                if lab in counts:
                    counts[lab][1 if key == "pred" else 2] += 1
                    counts["all"][1 if key == "pred" else 2] += 1
        for *_, lab in gold & pred:
            counts[lab][0] += 1
            counts["all"][0] += 1
    return counts


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(title, golds, systems, types, published):
    print(f"\n## {title}\n")
    names = list(systems)
    print("| type | gold | " + " | ".join(f"{n} P / R / F1" for n in names) + " | published F1 |")
    print("|---|---:|" + "---:|" * len(names) + "---|")
    scores = {n: score(golds, p, types) for n, p in systems.items()}
    for t in (*types, "all"):
        cells = [" / ".join(f"{100 * x:.1f}" for x in prf(*scores[n][t])) for n in names]
        print(f"| {t if t != 'all' else 'micro all'} | {scores[names[0]][t][2]} | " + " | ".join(cells)
              + f" | {published.get(t, '')} |")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--model", default="", help="statistical model dir (default pipelines/ner/model)")
    ap.add_argument("--limit", type=int, default=0, help="first N sentences of each set (0: all)")
    args = ap.parse_args(argv)

    sets = {
        "CLUENER2020 dev": (load_cluener(args.datasets / "cluener2020" / "dev.jsonl", args.limit), TYPES, PUBLISHED),
        "People's Daily 1998 dev": (load_pd(args.datasets / "peoples_daily_1998_ner" / "dev.bio", args.limit),
                                    ("PERSON", "PLACE", "ORG"), PD_PUBLISHED),
    }
    speed = []
    for title, ((texts, golds), types, published) in sets.items():
        n_chars = sum(map(len, texts))
        stat, stat_load, stat_s = run_statistical(texts, args.model)
        pipe, pipe_load, pipe_s = run_pipeline(texts)
        systems = {**stat, **pipe, "union": [a | b for a, b in zip(stat["statistical"], pipe["pipeline"])]}
        if "COMPANY" not in types:            # PD files firms under ORG
            systems = {n: [{(s, e, "ORG" if l == "COMPANY" else l) for s, e, l in p} for p in preds]
                       for n, preds in systems.items()}
        report(f"{title}: {len(texts)} sentences, {n_chars} characters, exact match", golds, systems, types, published)
        speed.append((title, n_chars, stat_s, stat_load, pipe_s, pipe_load))
    print("\n## Speed (one process, this machine; load time excluded from chars/s)\n")
    print("| data set | statistical chars/s | pipeline chars/s |")
    print("|---|---:|---:|")
    for title, n, ss, sl, ps, pl in speed:
        print(f"| {title} | {n / ss:,.0f} (load {sl:.1f} s) | {n / ps:,.0f} (load {pl:.1f} s) |")


if __name__ == "__main__":
    main()
