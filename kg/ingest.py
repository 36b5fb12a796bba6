"""Find input files and read them into text: UTF-8 (with or without BOM), UTF-16/32 (BOM), GB18030/GBK,
PDF (through pdfplumber, reading the columns of a page one after the other), saved web pages (.html/.htm, the
article text through trafilatura) and Word files (.docx, through python-docx). The text returned is the text
kg reads: every offset in the records indexes it."""
from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.document import RawDocument

SUFFIXES = (".txt", ".md", ".pdf", ".html", ".htm", ".docx")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_PLAIN = re.compile(r"[\s\x20-\x7e\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2010-\u206f]")  # text-like characters


class InputError(Exception):
    """A path that cannot be read as a document; str() names the file and the problem."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{path}: {problem}")


def _kind(mode: int) -> str:
    return ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a character device" if stat.S_ISCHR(mode) else "a block device" if stat.S_ISBLK(mode)
            else "not a regular file")


def _folder_entry(f: Path) -> tuple[bool, str | None]:
    """(read it?, why not) for an entry found under a folder; (False, None): pass over without a word."""
    try:
        st = f.stat()                                   # follows links
    except OSError as err:
        if f.is_symlink():
            what = "a symbolic link loop" if err.errno == errno.ELOOP else "a broken symbolic link"
            return False, f"{what}, not followed"
        return False, f"cannot be read ({err.strerror or err})"
    if stat.S_ISDIR(st.st_mode):
        return False, ("a symbolic link to a folder, not followed" if f.is_symlink() else None)
    if not stat.S_ISREG(st.st_mode):
        return False, f"{_kind(st.st_mode)}, not a regular file"
    if f.suffix.lower() not in SUFFIXES:
        kind = f"a {f.suffix.lower()} file" if f.suffix else "a file without a suffix"
        return False, f"{kind}: kg reads {', '.join(SUFFIXES)}"
    return True, None


def iter_input_files(paths: list[str], on_skip: Callable[[str, str], None] | None = None) -> Iterator[str]:
    """Each path as given if it exists; for a folder, every .txt/.md/.pdf below it, sorted. What is found in a
    folder and not read (another kind of file, a FIFO or device, a broken link or link loop) is passed to
    on_skip(path, why); hidden files and folders (.git, .DS_Store) are passed over."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                read, why = _folder_entry(f)
                if read:
                    yield str(f)
                elif why and on_skip is not None:
                    on_skip(str(f), why)
        elif p.exists() or p.is_symlink():
            yield str(given)                            # read_document says what is wrong with it, if anything
        else:
            raise InputError(given, "no such file or folder")


def max_bytes() -> int:
    """Largest document read whole (KG_MAX_MB, default 20 MB): a bigger file is most likely not one article
    page, and would hold the whole run up for hours; it is skipped with a message saying how to proceed."""
    return int(float(os.environ.get("KG_MAX_MB", "20")) * 1024 * 1024)


def _too_big(path: str, size: int) -> InputError:
    return InputError(path, f"{size / 1048576:.0f} MB is over the {max_bytes() / 1048576:.0f} MB limit for one "
                            "document; split it into articles or raise KG_MAX_MB")


def read_bytes(path: str) -> bytes:
    """The bytes of a regular file, at most the size limit: a FIFO, a device or a folder is refused without
    waiting on it (opened non-blocking, checked with fstat), and no more than the limit + 1 bytes are ever
    read, whatever st_size says (/proc files report 0, a file may grow while it is read)."""
    limit = max_bytes()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise InputError(path, "permission denied: the file cannot be read") from None
    except FileNotFoundError:
        raise InputError(path, "a broken symbolic link" if os.path.islink(path) else "no such file") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(path, "a symbolic link loop") from None
        if err.errno in (errno.ENXIO, errno.ENODEV, errno.EOPNOTSUPP):      # a socket, a device without a driver
            raise InputError(path, "not a regular file") from None
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(path, "is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(path, f"{_kind(st.st_mode)}, not a regular file: kg reads only files")
        if st.st_size > limit:
            raise _too_big(path, st.st_size)
        os.set_blocking(fd, True)
        chunks, got = [], 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            raise _too_big(path, max(got, st.st_size))
        return b"".join(chunks)
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None
    finally:
        os.close(fd)


def read_document(path: str) -> RawDocument:
    p = Path(path)
    data = read_bytes(path)
    if not data.strip():
        raise InputError(path, "the file is empty")
    suffix = p.suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        text, encoding = _read_pdf(path, data), "pdf"
    elif suffix == ".docx":
        text, encoding = _read_docx(path, data), "docx"
    elif suffix in (".html", ".htm") or _HTML_START.match(data[:4096]):
        text, encoding = _read_html(path, data), "html"
    else:
        text, encoding = decode(path, data)
    if not text.strip():
        raise InputError(path, {"pdf": "the PDF has no text layer (a scan?)",
                                "html": "the web page holds no article text kg could find",
                                "docx": "the Word file holds no text"}.get(encoding, "the file holds no text"))
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
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _textual(path, *mostly)
    try:
        return _textual(path, data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes      # slow import: only for the rare odd file
    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "binary or undecodable file: not UTF-8, UTF-16 or GB18030 text")
    return _textual(path, str(best), best.encoding)


_BAD_BYTE = re.compile(r"[\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes are UTF-8 but for a few bad ones (a damaged copy, a bad paste), each bad
    byte replaced by U+FFFD; None when they are not overwhelmingly UTF-8 (GBK text fails on nearly every
    character, so it never gets here). Tried before GB18030, which would read such a file as mojibake."""
    text = data.decode("utf-8", errors="surrogateescape")     # a bad byte -> one lone surrogate
    bad = len(_BAD_BYTE.findall(text))
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if not bad or bad > max(8, len(data) // 1000) or multibyte < 4 * bad:
        return None
    return _BAD_BYTE.sub("\ufffd", text), f"utf-8 ({bad} bad byte{'s' if bad > 1 else ''} replaced)"


def _textual(path: str, text: str, encoding: str) -> tuple[str, str]:
    """Refuse decodings full of control characters: they are binary data that happened to decode."""
    if len(_CONTROL.findall(text[:20000])) > max(2, len(text[:20000]) // 100):
        raise InputError(path, "binary file (control characters), not text")
    return text, encoding


# ------------------------------------------------------------------------------------------- web page, Word


def _read_html(path: str, data: bytes) -> str:
    """The main text of a saved web page (trafilatura: boilerplate, menus and scripts left out), one paragraph a
    line; offsets in the records index this text. The page's own charset is honoured (meta tag, BOM, guess)."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(path, "is a web page, and reading web pages needs trafilatura (pip install trafilatura)") from None
    try:
        text = trafilatura.extract(data, output_format="txt", include_comments=False, include_tables=True,
                                   deduplicate=False)
    except Exception as err:                        # lxml and trafilatura raise many kinds on broken markup
        raise InputError(path, f"unreadable web page ({type(err).__name__}: {err})") from None
    return text or ""


def _read_docx(path: str, data: bytes) -> str:
    """The text of a Word .docx file: paragraphs and table rows in document order, one a line."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise InputError(path, "is a Word file, and reading .docx needs python-docx (pip install python-docx)") from None
    import io
    try:
        document = docx.Document(io.BytesIO(data))
        lines = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                for row in Table(child, document).rows:
                    lines.append("\t".join(cell.text.strip() for cell in row.cells))
    except Exception as err:                        # not a zip, no document part, broken XML
        raise InputError(path, f"broken or unreadable Word file ({type(err).__name__}: {err})") from None
    return "\n".join(lines)


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


