"""Per-document cache of extraction records, so that a rebuild only runs the pipeline on new or changed files.

A record is stored under `cache_dir()/records/<key>.json`, where the key is the sha256 of
- the extraction fingerprint: `kg.nlp.pipeline.fingerprint()` (config, word lists, library versions),
  the kg version, a hash of the source files that decide a record (ingest, clean, articles, extract,
  kg/nlp/*.py) and the size/mtime of the binary files under pipelines/ (a trained model) — editing any of
  them makes every key new, so stale records are never served;
- the file's suffix (`.pdf` is read as a PDF whatever its bytes) and the file's bytes.

The cache is content-addressed: a file renamed or copied elsewhere hits the same entry, and the record's
`doc` and `path` are set to the file being read. Entries are written to a temporary name and renamed into
place, so an interrupted build never leaves a half entry; a damaged entry (disk trouble) reads as a miss.
Nothing is ever evicted: delete `records/` (or the whole cache folder) to reclaim the space.
"""
from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path

import kg
from kg.paths import PIPELINES_DIR, cache_dir

FORMAT = 1                                   # bump when the entry layout changes
_KG_DIR = Path(kg.__file__).resolve().parent
# modules that only orchestrate, store or draw: editing them does not change a record
_NOT_RECORD_CODE = {"cli.py", "cache.py", "parallel.py", "paths.py", "__main__.py"}
_FINGERPRINTED_SUFFIXES = {".cfg", ".txt", ".json"}   # already hashed by kg.nlp.pipeline.fingerprint()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the source files that decide what a record contains."""
    h = hashlib.sha256()
    files = [p for p in _KG_DIR.glob("*.py") if p.name not in _NOT_RECORD_CODE] + list((_KG_DIR / "nlp").glob("*.py"))
    for path in sorted(files):
        h.update(path.relative_to(_KG_DIR).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    for path in sorted(PIPELINES_DIR.rglob("*")):       # binary data (a trained model): size and mtime
        if path.is_file() and path.suffix not in _FINGERPRINTED_SUFFIXES:
            st = path.stat()
            h.update(f"{path.relative_to(PIPELINES_DIR).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    from kg.nlp.pipeline import fingerprint       # imports spaCy; only needed once per process

    return hashlib.sha256(f"kg {kg.__version__} records v{FORMAT} pipeline {fingerprint()} code {code_fingerprint()}"
                          .encode()).hexdigest()[:32]


def document_key(path: str, data: bytes, fingerprint: str | None = None) -> str:
    """The cache key of a file with these bytes, under the current (or the given) extraction fingerprint."""
    h = hashlib.sha256()
    h.update((fingerprint or extraction_fingerprint()).encode() + b"\0")
    h.update(Path(path).suffix.lower().encode() + b"\0")
    h.update(data)
    return h.hexdigest()


def records_dir() -> Path:
    return cache_dir() / "records"


class RecordCache:
    """get/put extraction records by document key (see the module docstring)."""

    def __init__(self, root: Path | None = None):
        self.dir = Path(root) if root is not None else records_dir()
        self.hits = self.misses = self.writes = 0

    def file(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def get(self, key: str, path: str) -> tuple[dict, int] | None:
        """(record, cleaned characters) for the file at `path`, or None if not cached."""
        try:
            entry = json.loads(self.file(key).read_text(encoding="utf-8"))
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("not an entry for this key")
            record, chars = entry["record"], int(entry["chars"])
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):   # damaged entry: recompute it (and overwrite)
            self.misses += 1
            return None
        record["doc"] = Path(path).name          # content-addressed: name the file actually read
        record["path"] = str(path)
        self.hits += 1
        return record, chars

    def put(self, key: str, record: dict, chars: int) -> None:
        from kg.outputs import atomic_write

        text = json.dumps({"format": FORMAT, "key": key, "chars": chars, "record": record}, ensure_ascii=False)
        self.dir.mkdir(parents=True, exist_ok=True)
        try:
            atomic_write(self.file(key), lambda tmp: tmp.write_text(text, encoding="utf-8"))
            self.writes += 1
        except OSError as err:                    # a full or read-only cache must not fail the build
            print(f"kg: could not write the record cache ({err})", file=sys.stderr)
