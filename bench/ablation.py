"""Ablation of the entity signals on the two development folds (../shared/eval), lenient and strict.

    .venv/bin/python bench/ablation.py [--eval ../shared/eval] [--corpus ../shared/corpus]

Variants (kg_entities config): rules alone (no LAC, no divisions); + divisions; + LAC appended as is
(union); + LAC through the combiner (the default pipeline). Each variant extracts the 22 development
documents the way `kg extract` does and is scored per fold with the project-independent scorer
(eval/score.py). Prints a Markdown table: entity F1 (ALL and per type) and relation F1 (ALL) per fold.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.articles import load_document  # noqa: E402
from kg.extract import extract_document  # noqa: E402
from kg.nlp.pipeline import load_pipeline  # noqa: E402
from kg.schema import ENTITY_TYPES  # noqa: E402

VARIANTS = [
    ("rules alone", {"lac_mode": "off", "use_divisions": False}),
    ("+ divisions", {"lac_mode": "off", "use_divisions": True}),
    ("+ LAC appended (union)", {"lac_mode": "union", "use_divisions": True}),
    ("+ LAC combined (default)", {"lac_mode": "combine", "use_divisions": True}),
]


def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("kg_eval_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = ap.parse_args()
    eval_dir, corpus = Path(args.eval), Path(args.corpus)
    scorer = load_scorer(eval_dir)
    folds = json.loads((eval_dir / "dev_texts" / "folds.json").read_text(encoding="utf-8"))
    stems = folds["A"] + folds["B"]
    paths = [corpus / f"{s}.txt" if (corpus / f"{s}.txt").exists() else eval_dir / "dev_texts" / f"{s}.txt" for s in stems]
    documents = [load_document(str(p)) for p in paths]
    nlp = load_pipeline()
    component = nlp.get_pipe("kg_entities")
    saved = (component.lac_mode, component.use_divisions)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        gold = {}
        for fold in ("A", "B"):
            gold[fold] = Path(tmp) / f"gold{fold}"
            gold[fold].mkdir()
            for s in folds[fold]:
                (gold[fold] / f"{s}.json").write_bytes((eval_dir / "dev_gold" / f"{s}.json").read_bytes())
        try:
            for label, cfg in VARIANTS:
                component.lac_mode, component.use_divisions = cfg["lac_mode"], cfg["use_divisions"]
                out = Path(tmp) / "out.jsonl"
                out.write_text("".join(json.dumps(extract_document(nlp, d), ensure_ascii=False) + "\n"
                                       for d in documents), encoding="utf-8")
                for fold in ("A", "B"):
                    for lenient in (True, False):
                        res = scorer.score(str(out), str(gold[fold]), lenient)
                        rows.append((label, fold, "lenient" if lenient else "strict", res))
                print(f"  {label}: done", file=sys.stderr)
        finally:
            component.lac_mode, component.use_divisions = saved
    head = "| variant | fold | scoring | entities | " + " | ".join(ENTITY_TYPES) + " | relations |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for label, fold, mode, res in rows:
        ents = res["entities"]
        cells = [f"{ents['ALL'][2]:.3f}"] + [f"{ents[t][2]:.3f}" for t in ENTITY_TYPES] + [f"{res['relations']['ALL'][2]:.3f}"]
        print(f"| {label} | {fold} | {mode} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
