"""Split a cleaned newspaper page into articles: headline blocks, bylines, datelines and body paragraphs.

Every paragraph (line) of the cleaned text goes to exactly one article. A page is read in one of two
layouts, chosen per document:
- "headline first" (the usual one): a headline block opens the article whose byline or body follows it;
- "headline after" (PDF column order put each headline below its body, as in some extracted pages): an
  article runs from one byline to the next and the headline block at its end is moved to its front.
The layout is the one under which the headline blocks share more character pairs with the article lead
they are assigned to (a headline summarises its lead); a page that opens with a byline leans "after".
On a headline-first page a block that shares clearly more with the lead before it than with the next one
(MIXED_LAYOUT_MARGIN) heads the article before: some pages mix the two layouts.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from kg import textrules as tr
from kg.clean import PAGE_EDITOR, clean_text, is_running_head
from kg.document import Article, Cleaned, Document, Person
from kg.ingest import read_document

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_HAN_PAIR = re.compile(f"(?=([{tr.HAN}]{{2}}))")
_END_BYLINE = re.compile(rf"[（(]\s*{tr.ROLE}[^（）()\n。，]{{1,40}}[）)]\s*$")
CAPTION_MAX = 60          # a photo caption is short
MIXED_LAYOUT_MARGIN = 0.5     # how much more a headline must share with the lead before it to head that one
HEADLINE_MIN_CHARS = 6    # a headline block says something: 在达拉 is a line broken off a sentence


class _Para:
    __slots__ = ("start", "end", "text", "kind", "photo", "reporters")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text, self.photo = start, end, text, False
        self.reporters = tr.byline_line(text) or []      # a byline line's people (the paper that sent them is none)
        if self.reporters:
            self.kind = "byline"
        elif tr.lead_byline(text):
            self.kind = "lead"
        elif is_running_head(text):
            self.kind = "page"              # 某某日报 2024年5月9日 星期四 第3版: the page's head, no article's headline
        elif tr.headline_like(text) or (text.startswith("——") and tr.width(text) <= 40 and not tr.ends_sentence(text)):
            self.kind = "headline"
        else:
            self.kind = "body"

    @property
    def opens(self) -> bool:               # starts an article's text
        return self.kind in ("byline", "lead")

    @property
    def caption(self) -> bool:             # a short line followed by a photo credit
        return self.kind == "body" and self.photo and tr.width(self.text) <= CAPTION_MAX


def document_year(text: str) -> int | None:
    """The year a document states: in its title (first lines), else in a full date, else the year it
    names most often (ties: the latest)."""
    for line in text.split("\n", 3)[:3]:
        m = _YEAR.search(line)
        if m and tr.headline_like(line):
            return int(m.group(1))
    m = tr.DATE_RE.search(text)
    while m and not m.group(1):
        m = tr.DATE_RE.search(text, m.end())
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in _YEAR.findall(text))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _pairs(text: str) -> set[str]:
    return set(_HAN_PAIR.findall(text))


def _overlap(head: str, body: str) -> float:
    h = _pairs(head)
    return len(h & _pairs(body)) / len(h) if h else 0.0


def _para_before(cleaned: Cleaned, starts: list[int], raw_offset: int) -> int:
    """Index of the paragraph holding, or last before, the place where raw_offset was removed."""
    c = bisect_left(cleaned.origin, raw_offset)          # first kept character after the removal
    return max(0, bisect_right(starts, c - 1) - 1)


def _paragraphs(cleaned: Cleaned) -> list[_Para]:
    paras, pos = [], 0
    for line in cleaned.text.split("\n"):
        if line:
            paras.append(_Para(pos, pos + len(line), line))
        pos += len(line) + 1
    starts = [p.start for p in paras]
    for raw_start, _, kind, _ in cleaned.removed:     # a photo credit marks the paragraph before it
        if kind == "photo" and paras:
            paras[_para_before(cleaned, starts, raw_start)].photo = True
    return paras


def _next_opening(paras: list[_Para], i: int) -> int | None:
    """Index of the byline reached from i over headline lines and captions only, else None."""
    j = i
    while j < len(paras) and (paras[j].kind == "headline" or paras[j].caption):
        j += 1
    return j if j < len(paras) and paras[j].opens else None


def _lead_text(paras: list[_Para], i: int, n: int = 400) -> str:
    """The first n characters of the article that opens at i, up to the next byline or headline block (a short
    article would otherwise take in the next headline and match it perfectly)."""
    text = ""
    for p in paras[i:]:
        if len(text) >= n or (text and (p.opens or p.kind in ("headline", "page"))):
            break
        text += p.text
    return text[:n]


def _headline_after(paras: list[_Para]) -> bool:
    """Do this page's headlines follow their articles' bodies? (see the module docstring)"""
    score = 0.25 if paras and paras[0].opens else 0.0
    last_open = None
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.opens:
            last_open = i
        elif p.kind == "headline" and (i == 0 or paras[i - 1].kind != "headline") and last_open is not None:
            nxt = _next_opening(paras, i)
            if nxt is not None:
                head = "".join(q.text for q in paras[i:nxt] if q.kind == "headline")
                score += _overlap(head, _lead_text(paras, last_open)) - _overlap(head, _lead_text(paras, nxt))
                i = nxt
                continue
        i += 1
    return score > 0


def _heads_the_one_before(paras: list[_Para], i: int, opened: int | None) -> bool:
    """On a headline-first page, the headline block at i shares clearly more character pairs with the lead of
    the article it follows (opened at `opened`) than with the next one's: printed after its body (a page of
    mixed layout), it heads the article before."""
    end, nxt = _block_end(paras, i), _next_opening(paras, i)
    if opened is None or nxt is None:
        return False
    head = "".join(paras[k].text for k in range(i, end))
    return _overlap(head, _lead_text(paras, opened)) - _overlap(head, _lead_text(paras, nxt)) > MIXED_LAYOUT_MARGIN


def _groups_before(paras: list[_Para], removed_after: set[int]) -> list[list[int]]:
    """Headline-first layout: where does each article start? A headline block that plainly heads the article
    before it moves to that article's front."""
    groups: list[list[int]] = [[]]
    has_body = flash = ended = False
    opened = None                           # the opening (byline, lead) of the current article
    trailing = None                         # a headline block printed after the current article's body
    for i, p in enumerate(paras):
        block_start = p.kind == "headline" and (i == 0 or paras[i - 1].kind != "headline")
        new = False
        if p.opens:
            new = has_body
        elif block_start and has_body and _heads_the_one_before(paras, i, opened):
            trailing = range(i, _block_end(paras, i))
        elif block_start and has_body:
            section_photo = any(q.photo for q in paras[i:_section_end(paras, i)])
            # after a brief told in its lead (flash), a headline block opens the next item, not a line the
            # extractor broke off a body's first words (在达拉|图旗，…: too short for a headline)
            flash_ends = flash and _block_chars(paras, i) >= HEADLINE_MIN_CHARS
            new = _next_opening(paras, i) is not None or flash_ends or ended or section_photo
        if new:
            _to_front(groups[-1], trailing)
            trailing = None
            groups.append([])
            has_body = flash = False
        if p.opens:
            opened = i
            flash = p.kind == "lead"
            has_body = has_body or (p.kind == "lead" and len(p.text) - tr.lead_byline(p.text).end() > 10)
        elif p.kind == "body" and not p.caption:
            has_body = True
        ended = bool(_END_BYLINE.search(p.text)) or i in removed_after
        groups[-1].append(i)
    _to_front(groups[-1], trailing)
    return [g for g in groups if g]


def _to_front(group: list[int], block: range | None) -> None:
    """The headline block printed after the article's body goes to its front (in place)."""
    if block is not None:
        group[:] = [*block, *(k for k in group if k not in block)]


def _block_end(paras: list[_Para], i: int) -> int:
    """End of the headline block that opens at i."""
    j = i
    while j < len(paras) and paras[j].kind == "headline":
        j += 1
    return j


def _block_chars(paras: list[_Para], i: int) -> int:
    """Characters of the headline block that opens at i."""
    return sum(len(p.text.strip()) for p in paras[i:_block_end(paras, i)])


def _section_end(paras: list[_Para], i: int) -> int:
    """End of the section a headline block at i opens: the next headline block or byline."""
    j = _block_end(paras, i)
    while j < len(paras) and paras[j].kind != "headline" and not paras[j].opens:
        j += 1
    return j


def _groups_after(paras: list[_Para]) -> list[list[int]]:
    """Headline-after layout: articles run from byline to byline; a trailing headline block (followed
    at most by short captions) moves to the front."""
    ranges: list[list[int]] = [[]]
    for i, p in enumerate(paras):
        if p.opens and any(paras[k].kind == "body" or paras[k].opens for k in ranges[-1]):
            ranges.append([])
        ranges[-1].append(i)
    groups = []
    for r in ranges:
        tail = len(r)
        while tail > 0 and paras[r[tail - 1]].kind != "headline":
            if tr.width(paras[r[tail - 1]].text) > CAPTION_MAX or paras[r[tail - 1]].opens:
                tail = -1
                break
            tail -= 1
        if tail <= 0:
            groups.append(r)
            continue
        head_start = tail
        while head_start > 0 and paras[r[head_start - 1]].kind == "headline":
            head_start -= 1
        if head_start == 0:
            groups.append(r)
        else:
            groups.append(r[head_start:tail] + r[:head_start] + r[tail:])
    return [g for g in groups if g]


def split_articles(cleaned: Cleaned, name: str = "", year: int | None = None) -> list[Article]:
    """Articles of a cleaned page in reading order (`name` is the file name, kept for callers' logs;
    `year` completes "11月16日" datelines and defaults to the year the text states)."""
    paras = _paragraphs(cleaned)
    if not paras:
        return []
    year = year if year is not None else document_year(cleaned.text)
    removed_after = set()
    starts = [p.start for p in paras]
    for raw_start, _, kind, _ in cleaned.removed:
        if kind == "continued":
            removed_after.add(_para_before(cleaned, starts, raw_start))
    groups = _groups_after(paras) if _headline_after(paras) else _groups_before(paras, removed_after)
    outlets, editors = _running_head_credits(cleaned, paras)
    photos = _photographers(cleaned, paras)
    for k, people in editors.items():
        photos.setdefault(k, []).extend(people)
    articles = [_article(n, [paras[i] for i in g], cleaned.text, year, photos, g) for n, g in enumerate(groups)]
    for a, g in zip(articles, groups):
        a.outlets = list(dict.fromkeys(name for k in g for name in outlets.get(k, [])))
    return articles


def _running_head_credits(cleaned: Cleaned, paras: list[_Para]) -> tuple[dict[int, list[str]], dict[int, list[Person]]]:
    """The paper and the page's editor a running head names when the cleaner cut it out of a sentence (…等产品，
    某某日报 2024年3月8日 星期五 A2 要闻 责编：某某 产品远销…): the paragraph it stood in was printed there, and
    the editor is credited as when the head stays between paragraphs. By paragraph: (papers, editors)."""
    starts = [p.start for p in paras]
    papers: dict[int, list[str]] = {}
    editors: dict[int, list[Person]] = {}
    for raw_start, _, kind, text in cleaned.removed:
        if kind == "page":
            k = _para_before(cleaned, starts, raw_start)
            papers.setdefault(k, []).extend(tr.PAPER_NAME.findall(text))
            editors.setdefault(k, []).extend(Person("".join(text[slice(*tr.editor_name(m))].split()),
                                                    m.group("role")) for m in PAGE_EDITOR.finditer(text))
    return papers, editors


def _photographers(cleaned: Cleaned, paras: list[_Para]) -> dict[int, list[Person]]:
    starts = [p.start for p in paras]
    out: dict[int, list[Person]] = {}
    for raw_start, _, kind, text in cleaned.removed:
        if kind == "photo":
            k = _para_before(cleaned, starts, raw_start)
            # a credit names its role where it has one (本报记者 甲 摄, 某某日报记者 甲 摄 -> 记者), else the
            # photographer's
            names = tr.parse_people(re.sub(r"摄影?|[（()）/／]", " ", tr.PAPER_NAME.sub(" ", text)), default_role="摄影")
            out.setdefault(k, []).extend(names)
    return out


def _article(index: int, group: list[_Para], text: str, year, photos, ids: list[int]) -> Article:
    n_head = 0                                   # the head: headline lines, maybe with a photo caption
    while n_head < len(group) and (group[n_head].kind in ("headline", "page") or group[n_head].caption):
        n_head += 1
    head = [p for p in group[:n_head] if p.kind == "headline"]
    titles = [p.text for p in head if not p.text.startswith("——")]
    headline = max(titles, key=tr.width) if titles else ""
    subheadline = " ".join(p.text for p in head if p.text != headline)
    bylines, people, date, paragraphs = [], [], None, []
    year, year_source = _article_year(head, group, text, year)
    date_source = None
    for p in group:
        if p in head or p.kind == "page":
            continue
        start, end = p.start, p.end
        if p.kind == "byline":
            bylines.append(p.text)
            people += p.reporters
            continue
        if p.kind == "lead":
            m = tr.lead_byline(p.text)
            bylines.append(m.group(0))
            group_m = tr.ROLE_GROUP_RE.search(m.group(0))
            people += tr.parse_people(group_m.group(0)[1:-1]) if group_m else []
            date = date or _date(m.group(0), year) or _date(p.text[m.end():m.end() + 12], year, at_start=True)
            date_source = date_source or (date and "dateline")
            start += m.end()
        end_m = _END_BYLINE.search(p.text)
        if end_m and p.kind != "headline":
            bylines.append(end_m.group(0).strip())
            people += tr.parse_people(end_m.group(0).strip()[1:-1])
            end = p.start + end_m.start()
        if date is None and not paragraphs and p.kind == "body":
            date = _date(p.text[:30], year)
            date_source = date and "lead"
        if end > start:
            paragraphs.append((start, end))
    for k in ids:
        people += photos.get(k, [])
    segments: list[tuple[int, int]] = []
    for p in group:
        if segments and p.start == segments[-1][1] + 1:
            segments[-1] = (segments[-1][0], p.end)
        else:
            segments.append((p.start, p.end))
    unique = list({(p.name, p.role): p for p in people}.values())
    return Article(index=index, segments=segments, text="\n".join(text[s:e] for s, e in segments),
                   headline=headline, subheadline=subheadline, byline=" ".join(bylines), reporters=unique,
                   date=date or (f"{year:04d}" if year else None),
                   date_source=date_source if date else (year_source if year else None), paragraphs=paragraphs)


def _article_year(head: list[_Para], group: list[_Para], text: str, page_year: int | None) -> tuple[int | None, str]:
    """The year an article states itself (its headline's year, as in 2020年政府工作报告, or the first full
    date in its own text), else the page's: a page of several articles may name another year more often."""
    for p in head:
        m = _YEAR.search(p.text)
        if m:
            return int(m.group(1)), "headline year"
    for p in group:
        m = tr.DATE_RE.search(text[p.start:p.end])
        if m and m.group(1):
            return int(m.group(1)), "article year"
    return page_year, "page year"


def _date(text: str, year: int | None, at_start: bool = False) -> str | None:
    m = tr.DATE_RE.match(text.lstrip()) if at_start else tr.DATE_RE.search(text)
    if not m:
        return None
    y, month, day = (int(m.group(1)) if m.group(1) else year), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{y:04d}-{month:02d}-{day:02d}" if y else f"{month:02d}-{day:02d}"


def load_document(path: str) -> Document:
    """Read, clean and split one file (raises kg.ingest.InputError when it cannot be read)."""
    raw = read_document(path)
    cleaned = clean_text(raw.text)
    year = document_year(cleaned.text)
    return Document(raw=raw, cleaned=cleaned, articles=split_articles(cleaned, raw.name, year), year=year)
