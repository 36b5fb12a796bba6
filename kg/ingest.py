"""Find input files and read them into text: UTF-8 (with or without BOM), UTF-16/32 (BOM), GB18030/GBK,
or PDF (through pdfplumber, reading the columns of a page one after the other)."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from kg.document import RawDocument

SUFFIXES = (".txt", ".md", ".pdf")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_PLAIN = re.compile(r"[\s\x20-\x7e\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2010-\u206f]")  # text-like characters


class InputError(Exception):
    """A path that cannot be read as a document; str() names the file and the problem."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{path}: {problem}")


def iter_input_files(paths: list[str]) -> Iterator[str]:
    """Each path as given if it is a file; for a folder, every .txt/.md/.pdf below it, sorted."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = [f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()]
            yield from (str(f) for f in sorted(found))
        elif p.exists():
            yield str(given)
        else:
            raise InputError(given, "no such file or folder")


def max_bytes() -> int:
    """Largest document read whole (KG_MAX_MB, default 20 MB): a bigger file is most likely not one article
    page, and would hold the whole run up for hours; it is skipped with a message saying how to proceed."""
    return int(float(os.environ.get("KG_MAX_MB", "20")) * 1024 * 1024)


def read_document(path: str) -> RawDocument:
    p = Path(path)
    if p.is_dir():
        raise InputError(path, "is a folder, not a file")
    try:
        size = p.stat().st_size
    except OSError:
        size = 0
    if size > max_bytes():
        raise InputError(path, f"{size / 1048576:.0f} MB is over the {max_bytes() / 1048576:.0f} MB limit for one "
                               "document; split it into articles or raise KG_MAX_MB")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied: the file cannot be read") from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise InputError(path, "the file is empty")
    if data.startswith(b"%PDF-") or p.suffix.lower() == ".pdf":
        text, encoding = _read_pdf(path, data), "pdf"
    else:
        text, encoding = decode(path, data)
    if not text.strip():
        raise InputError(path, "the PDF has no text layer (a scan?)" if encoding == "pdf" else "the file holds no text")
    return RawDocument(path=str(path), name=p.name, text=text, encoding=encoding)


def decode(path: str, data: bytes) -> tuple[str, str]:
    """(text, encoding). Strict decoders first so that a wrong guess fails instead of making mojibake."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _textual(path, data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError:
                raise InputError(path, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
    if b"\x00" in data:
        # UTF-16 without a BOM puts a NUL beside every ASCII character; anything else with NULs is binary
        zeros_odd = data[1::2].count(0)
        zeros_even = data[0::2].count(0)
        if len(data) % 2 == 0 and 3 * min(zeros_odd, zeros_even) <= max(zeros_odd, zeros_even):
            enc = "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                text = ""
            if text and len(_PLAIN.findall(text)) >= 0.9 * len(text):
                return _textual(path, text, "utf-16")
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        return _textual(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
            # a file cut inside its last character: keep the text, drop the broken tail
            return _textual(path, data[:err.start].decode("utf-8"), "utf-8 (truncated)")
    try:
        return _textual(path, data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes      # slow import: only for the rare odd file
    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "binary or undecodable file: not UTF-8, UTF-16 or GB18030 text")
    return _textual(path, str(best), best.encoding)


def _textual(path: str, text: str, encoding: str) -> tuple[str, str]:
    """Refuse decodings full of control characters: they are binary data that happened to decode."""
    if len(_CONTROL.findall(text[:20000])) > max(2, len(text[:20000]) // 100):
        raise InputError(path, "binary file (control characters), not text")
    return text, encoding


# ---------------------------------------------------------------------------------------------------- PDF


def _read_pdf(path: str, data: bytes) -> str:
    try:
        import pdfplumber
    except ImportError:
        raise InputError(path, "is a PDF, and reading PDFs needs pdfplumber (pip install pdfplumber)") from None
    import io
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page_text(page) for page in pdf.pages]
    except Exception as err:                        # pdfminer raises many kinds on damaged files
        raise InputError(path, f"broken or unreadable PDF ({type(err).__name__}: {err})") from None
    return "\n\n".join(p for p in pages if p.strip())


def page_text(page) -> str:
    """A page's text in reading order: words are grouped into columns by their x position (the gaps
    between columns are x ranges no body word covers), each column is read top to bottom, columns
    left to right. Lines further apart than usual are separated by a blank line."""
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False)
    if not words:
        return ""
    columns = _columns(words, float(page.width))
    out = []
    for col in columns:
        out.append(_column_text(sorted(col, key=lambda w: (round(w["top"]), w["x0"]))))
    return "\n\n".join(t for t in out if t)


def _columns(words: list[dict], page_width: float) -> list[list[dict]]:
    """Split words into columns at vertical gutters: x ranges covered by (almost) no word.

    Words wider than a third of the page (headlines spanning columns) do not take part in finding the
    gutters, so they cannot hide them; they are put in the column where they start."""
    size = int(page_width) + 2
    cover = [0] * size
    narrow = [w for w in words if (w["x1"] - w["x0"]) < page_width / 3] or words
    for w in narrow:
        for x in range(max(0, int(w["x0"])), min(size, int(w["x1"]) + 1)):
            cover[x] += 1
    left, right = int(min(w["x0"] for w in words)), int(max(w["x1"] for w in words))
    threshold = max(1, len(narrow) // 200)
    cuts, x = [], left
    while x <= right:
        if cover[x] < threshold:
            start = x
            while x <= right and cover[x] < threshold:
                x += 1
            if x - start >= 6 and start > left and x <= right:      # a gutter of at least ~6 pt
                cuts.append((start + x) / 2)
        x += 1
    columns: list[list[dict]] = [[] for _ in range(len(cuts) + 1)]
    for w in words:
        k = sum(1 for c in cuts if w["x0"] >= c)
        columns[k].append(w)
    return [c for c in columns if c]


def _column_text(words: list[dict]) -> str:
    lines: list[list[dict]] = []
    for w in words:
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    heights = sorted(ln[0]["bottom"] - ln[0]["top"] for ln in lines)
    line_h = heights[len(heights) // 2] if heights else 10
    out, prev_bottom = [], None
    for ln in lines:
        ln.sort(key=lambda w: w["x0"])
        text = ""
        for k, w in enumerate(ln):
            gap = w["x0"] - ln[k - 1]["x1"] if k else 0
            text += (" " if k and gap > 1 else "") + w["text"]
        if prev_bottom is not None and ln[0]["top"] - prev_bottom > 0.8 * line_h:
            out.append("")                          # a paragraph gap
        out.append(text)
        prev_bottom = max(w["bottom"] for w in ln)
    return "\n".join(out)


