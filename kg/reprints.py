"""Reprinted articles: the same story in several files (a page saved twice, a story run by two papers).

Each article gets a MinHash signature of its character 4-grams when it is extracted (datasketch, the
well-kept MinHash/LSH library); the graph stage groups articles whose estimated Jaccard similarity is at
least THRESHOLD and keeps one of each group (the first by document name and position), so a reprint adds
neither nodes nor evidence twice. The copies are listed in the report.
"""
from __future__ import annotations

import re

NUM_PERM = 64
SCHEME = "affine32"     # datasketch's hashing scheme: signatures kept in records are read back with it
SHINGLE = 4
THRESHOLD = 0.8
MIN_CHARS = 40          # shorter articles (a caption, a flash) are not compared: too little text to tell
_SPACE = re.compile(r"\s+")


def article_signature(text: str) -> list[int] | None:
    """The MinHash signature of the article's text (spaces ignored), or None for a very short article."""
    from datasketch import MinHash

    body = _SPACE.sub("", text)
    if len(body) < MIN_CHARS:
        return None
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch({body[i:i + SHINGLE].encode("utf-8") for i in range(len(body) - SHINGLE + 1)})
    return [int(v) for v in m.hashvalues]


def find_reprints(records: list[dict]) -> dict[tuple[str, int], tuple[str, int]]:
    """(doc, article index) of each reprint -> (doc, article index) of the copy that is kept."""
    import numpy as np
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
