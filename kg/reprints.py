"""Reprinted articles: the same story in several files (a page saved twice, a story run by two papers).

Each article gets a MinHash signature of its character 4-grams when it is extracted; the graph stage puts
the signatures in datasketch's MinHashLSH (the well-kept MinHash/LSH library), groups articles whose
estimated Jaccard similarity is at least THRESHOLD and keeps one of each group (the first by document name
and position), so a reprint adds neither nodes nor evidence twice. The copies are listed in the report.

The signature is made here with numpy, all of an article's shingles at once, the way datasketch's
`MinHash.update_batch` makes it for its "affine32" scheme (each shingle's 32-bit hash mixed by the
MurmurHash3 finalizer, then a*h+b in uint32 per permutation, the minimum kept): datasketch hashes one shingle
at a time in Python, and importing it pulls in scipy, which extraction does not otherwise need (together about
7% of `kg extract` on the bench corpus). tests/test_reprints.py checks the signature against datasketch's.
"""
from __future__ import annotations

import re

import numpy as np

NUM_PERM = 64
SCHEME = "affine32"     # datasketch's scheme whose arithmetic the signatures follow (and the LSH is told)
SEED = 1
SHINGLE = 4
THRESHOLD = 0.8
MIN_CHARS = 40          # shorter articles (a caption, a flash) are not compared: too little text to tell
_ROWS = 1 << 15         # shingles per step: bounds the (shingles x permutations) array to 8 MB
_SPACE = re.compile(r"\s+")


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """a (odd) and b of each permutation, drawn as datasketch draws them for its affine32 scheme."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


_A, _B = _permutations()


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection that spreads structured input), wrapping in uint32."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def shingle_hashes(body: str) -> np.ndarray:
    """A 32-bit hash of each SHINGLE-character window of body (FNV-1a over the code points, folded)."""
    codes = np.frombuffer(body.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - SHINGLE + 1
    h = np.full(n, 0xCBF29CE484222325, dtype=np.uint64)
    for k in range(SHINGLE):
        h = (h ^ codes[k:k + n]) * np.uint64(0x100000001B3)
    return (h ^ (h >> np.uint64(32))).astype(np.uint32)


def article_signature(text: str) -> list[int] | None:
    """The MinHash signature of the article's text (spaces ignored), or None for a very short article."""
    body = _SPACE.sub("", text)
    if len(body) < MIN_CHARS:
        return None
    mixed = _fmix32(shingle_hashes(body))
    low = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):
        for at in range(0, len(mixed), _ROWS):
            low = np.minimum(low, (mixed[at:at + _ROWS, None] * _A + _B).min(axis=0))
    return low.tolist()


def find_reprints(records: list[dict]) -> dict[tuple[str, int], tuple[str, int]]:
    """(doc, article index) of each reprint -> (doc, article index) of the copy that is kept."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    kept: dict[tuple[str, int], tuple[str, int]] = {}
    articles = sorted(((r["doc"], a["index"], a.get("minhash")) for r in records for a in r.get("articles", [])),
                      key=lambda x: (x[0], x[1]))
    for doc, index, signature in articles:
        if not signature:
            continue
        m = MinHash(num_perm=NUM_PERM, hashvalues=np.array(signature, dtype=np.uint64), scheme=SCHEME)
        matches = [tuple(k) for k in lsh.query(m)]
        if matches:
            kept[(doc, index)] = min(matches)
        else:
            lsh.insert((doc, index), m)
    return kept
