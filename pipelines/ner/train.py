"""Train the character-level NER and install it into pipelines/ner/model.

    .venv/bin/python pipelines/ner/train.py [--no-pd] [--budget-min 23] [--no-install]

Runs prepare.py (DocBins into $KG_CACHE/ner-data or ~/.cache/kg/ner-data), then
`python -m spacy train pipelines/ner/char_ner.cfg` into <cache>/ner-model. spaCy has no wall-clock limit,
so the run is also stopped after --budget-min minutes; model-best is saved at every evaluation that
improves the dev F1, so a stopped run still leaves the best checkpoint so far. model-best is then
copied into pipelines/ner/model (committed, 5.5 MB), with the machine's data paths blanked.
--budget-min 0 removes the wall-clock limit (then the run stops at [training] max_steps, reproducibly).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import prepare  # noqa: E402  (sibling script)


def blank_data_paths(cfg_path: Path) -> None:
    """The shipped config should not name this machine's cache; loading the model does not need them."""
    from spacy.util import load_config

    cfg = load_config(cfg_path, interpolate=False)
    cfg["paths"].update(train=None, dev=None)
    cfg.to_disk(cfg_path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", type=Path, default=prepare.ROOT.parent / "shared" / "datasets")
    ap.add_argument("--data", type=Path, default=prepare.default_cache())
    ap.add_argument("--output", type=Path, default=prepare.default_cache().parent / "ner-model")
    ap.add_argument("--no-pd", action="store_true", help="train on CLUENER only (no People's Daily test)")
    ap.add_argument("--budget-min", type=float, default=23.0, help="wall-clock limit of spacy train")
    ap.add_argument("--no-install", action="store_true", help="leave pipelines/ner/model alone")
    # anything else goes to spacy train as config overrides, e.g. --training.max_steps 500
    args, overrides = ap.parse_known_args(argv)

    data = prepare.prepare(args.datasets, args.data, with_pd=not args.no_pd)
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "char_ner.cfg"), "--output", str(args.output),
           "--paths.train", str(data / "train.spacy"), "--paths.dev", str(data / "dev.spacy"), *overrides]
    print(" ".join(cmd), flush=True)
    t0 = time.time()
    proc = subprocess.Popen(cmd)
    try:
        rc = proc.wait(timeout=args.budget_min * 60 if args.budget_min > 0 else None)
    except subprocess.TimeoutExpired:
        proc.terminate()             # model-best on disk is the best evaluated checkpoint
        proc.wait()
        rc = 0
        print(f"stopped at the {args.budget_min} min budget", flush=True)
    print(f"training wall time {time.time() - t0:.0f} s", flush=True)
    best = args.output / "model-best"
    if rc != 0 or not (best / "meta.json").exists():
        print(f"training failed (exit {rc}), no model-best in {args.output}", file=sys.stderr)
        return 1
    if not args.no_install:
        target = HERE / "model"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(best, target)
        blank_data_paths(target / "config.cfg")
        size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
        print(f"installed {best} -> {target} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
