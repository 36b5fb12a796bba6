"""Where the project's data files and caches live."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIPELINES_DIR = ROOT / "pipelines"
GAZETTEER_DIR = PIPELINES_DIR / "gazetteers"
PIPELINE_CONFIG = PIPELINES_DIR / "kg_zh.cfg"
SAMPLES_DIR = ROOT / "samples"


def cache_dir() -> Path:
    """Built pipelines and models live outside the source tree (KG_CACHE or ~/.cache/kg)."""
    path = Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg")
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_words(path: Path) -> list[str]:
    """Whitespace-separated words, '#' comments ignored, order kept, duplicates dropped (the gazetteers'
    format, read by the cleaner and the lexicon alike)."""
    words: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        for w in line.split():
            words[w] = None
    return list(words)
