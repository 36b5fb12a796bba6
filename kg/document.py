"""Data types passed between the stages: a read document, its cleaned text and its articles."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    """A file as read from disk, decoded to str."""

    path: str            # the path as given by the user (or found under a given folder)
    name: str            # file name, e.g. "000_x.txt"
    text: str            # decoded text, unmodified
    encoding: str        # detected encoding, e.g. "utf-8", "gb18030", "utf-16", "pdf"


@dataclass
class Cleaned:
    """Repaired text plus, for every character, its offset in the raw text."""

    text: str
    origin: list[int]    # len(origin) == len(text); origin[i] = raw offset of text[i]
    # page furniture the cleaner deleted: (raw start, raw end, kind, text) with kind "continued" (a 下转/上接
    # marker), "photo" (a photo credit such as 本报记者 刘伟 摄) or "page" (a page number or page header)
    removed: list[tuple[int, int, str, str]] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of cleaned text to the raw text."""
        if start >= end:
            o = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return o, o
        return self.origin[start], self.origin[end - 1] + 1


@dataclass
class Person:
    name: str
    role: str            # e.g. 记者, 通讯员, 特约记者, 摄影


@dataclass
class Article:
    """One article of a page. All offsets index the document's cleaned text.

    `segments` are the [start, end) pieces of cleaned text making up the article in reading order
    (headline first, even when the layout printed it after the body); `text` is those pieces joined
    with "\n", and `offset_of(i)` maps an index of `text` back to the cleaned text.
    """

    index: int
    segments: list[tuple[int, int]]
    text: str
    headline: str = ""
    subheadline: str = ""
    byline: str = ""
    reporters: list[Person] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)   # papers named in running heads cut out of its text
    date: str | None = None        # ISO date "2020-11-16", partial "11-16" when no year is known, or a year
    date_source: str | None = None  # dateline, lead (first paragraph), headline year, article year, page year
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # body paragraphs, cleaned offsets

    def offset_of(self, i: int) -> int:
        """Cleaned-text offset of character i of `text` (the joining "\n" maps to its segment end)."""
        pos = 0
        for start, end in self.segments:
            n = end - start
            if i < pos + n:
                return start + (i - pos)
            if i == pos + n:          # the separator or the very end
                return end
            pos += n + 1
        return self.segments[-1][1] if self.segments else 0


@dataclass
class Document:
    raw: RawDocument
    cleaned: Cleaned
    articles: list[Article]
    year: int | None = None        # year stated in the document, if any
