"""Repair the damage PDF extraction does to Chinese news text, keeping for every output character the
offset of the raw character it came from (`Cleaned.origin`).

Passes, in order (each one is a linear regex scan, so a megabyte takes a fraction of a second):
characters -> markup and page furniture -> bold-doubled lines -> line joining -> punctuation -> spaces.
The rules look at character classes and line shapes only, never at particular words of a corpus.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg import textrules as tr
from kg.clean_tables import read_tables
from kg.clean_layout import LINE, apply_edits, join_lines, sub, undouble_lines
from kg.document import Cleaned
from kg.paths import GAZETTEER_DIR, read_words

HAN, CJK, ROLE = tr.HAN, tr.CJK, tr.ROLE

# -------------------------------------------------------------------------------------------- characters

_TABLE = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}                     # ０-９
_TABLE.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})              # Ａ-Ｚ
_TABLE.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})              # ａ-ｚ
_TABLE.update({ord(c): ord(" ") for c in "\t\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
               "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})
_TABLE.update({ord("％"): "%", ord("＋"): "+", ord("＝"): "=", ord("\u2028"): "\n", ord("\u2029"): "\n"})
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_CR = re.compile(r"\r\n?")

# ----------------------------------------------------------------------------------- markup and furniture

_MARKUP = re.compile(r"^[ \t]*#{1,6}[ \t]*(?=\S)|\*\*|^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_NUM = r"[A-Za-z]?[0-9一二三四五六七八九十]{1,3}"
_PAGE_REF = (rf"(?:上接|下转|紧接|接|转|续)\s*(?:第|本报)?\s*{_NUM}\s*版"
             rf"|(?:更多|相关|详细)?(?:报道|内容|新闻|详情)?\s*(?:详见|请见|见)\s*(?:今日|本报|本期)?\s*第?\s*{_NUM}\s*[版页]")
_CONTINUED = re.compile(rf"[ \t]*[（(][ \t]*(?:{_PAGE_REF})[ \t]*[)）]|^[ \t]*(?:{_PAGE_REF})[ \t]*$", re.M)
# "本报记者 刘伟 摄", "韩立群 摄", "通讯员 方明远 本报记者 程素云 摄", "某某日报记者 刘伟 摄": names then a spaced-off 摄
_CREDIT_NAME = (rf"(?:(?:{tr.PAPER_NAME.pattern})?{ROLE}[ \t]*(?:[{HAN}·]{{2,5}}|[{HAN}](?:[ \t][{HAN}]){{1,3}})"
                rf"|[{HAN}·]{{2,5}})")
_CREDIT = re.compile(
    rf"(?:^|(?<=[。！？!?”\s]))[ \t]*{_CREDIT_NAME}(?:[ \t、，,]+{_CREDIT_NAME}){{0,4}}[ \t]+摄(?![影像制入取氏])[ \t]*"
    rf"|[ \t]*[（(][ \t]*{_CREDIT_NAME}(?:[ \t、，,]+{_CREDIT_NAME}){{0,4}}[ \t/／]*摄影?[ \t]*[)）]", re.M)
# a column rule drawn with dashes or box lines (—————, ━━━━): furniture between paragraphs, no subtitle (——某某侧记)
_RULE_LINE = re.compile(r"^[ \t]*[—─━═＿－_=~-]{4,}[ \t]*$", re.M)
_PAGE_LINE = re.compile(r"^[ \t]*(?:第?[ \t]*\d{1,3}[ \t]*[版页]?|[-—–][ \t]*\d{1,3}[ \t]*[-—–]|\d{1,3}[ \t]*/[ \t]*\d{1,3}"
                        r"|\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*(?:星期|周)[一二三四五六日天])[ \t]*$", re.M)


# a newspaper's running head printed inside the text at a page break: paper, date, weekday, page and section
# in any order, with rules around it (———— 某某日报 2024年1月25日 星期四 第2版 ————, 2024年1月27日 星期六 某某日报 1)
_HEAD_DATE = re.compile(r"\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日")
PAGE_EDITOR = tr.EDITOR_CREDIT
_HEAD_PARTS = re.compile(rf"{tr.PAPER_NAME.pattern}|(?:星期|周)[一二三四五六日天]"
                         rf"|第?[ \t\u3000]*\d{{1,3}}[ \t\u3000]*版|[A-H]?\d{{1,3}}"   # 第2版, 2, A2: the page
                         rf"|{PAGE_EDITOR.pattern}"                                         # the page's editor
                         r"|[ \t\u3000—\-–=_·|]+")
HEAD_MAX = 60               # a running head is at most this long, on one line or over several
_RUNNING_HEAD = re.compile(rf"^[^\n]{{0,{HEAD_MAX}}}$", re.M)


class _RunningHeads:
    """Finds running heads (see above) the way _remove uses a pattern: a short line with a full date where,
    once the date, the paper's name, the weekday, the page and the rules are taken out, at most a section
    word of four characters is left (eight after a weekday and a page: 某县两会特刊), and a paper's name, a
    weekday or a page was there."""

    @staticmethod
    def is_head(line: str) -> bool:
        date = _HEAD_DATE.search(line)
        if date is None:
            return False
        rest = line[:date.start()] + " " + line[date.end():]
        parts = [m.group().strip(" \t\u3000—-–=_·|") for m in _HEAD_PARTS.finditer(rest)]
        marked = any(p and not p.isdigit() for p in parts)
        weekday_and_page = any(p.startswith(("星期", "周")) for p in parts) \
            and any(p[-1:].isdigit() or p.endswith("版") for p in parts)
        left = _HEAD_PARTS.sub("", rest)
        return marked and len(left) <= (8 if weekday_and_page else 4) and all(_HAN_RE.match(ch) for ch in left)

    def finditer(self, text: str, start: int, end: int) -> list:
        """Only a head that cuts a sentence (the line before it ends without 。！？): between paragraphs it stays,
        and its paper's name with it (an outlet the gold counts)."""
        m = _RUNNING_HEAD.match(text, start, end)
        return [m] if m and m.end() == end and self.is_head(m.group(0)) and _cuts_a_sentence(text, start) else []


class _RunningHeadBlocks:
    """A running head printed over several short lines of their own (某某日报 / 2025年3月27日 星期四 / 3 / 要闻)
    inside a sentence the page break cut: the whole block of lines goes, so the sentence's halves join. A block
    is the run of short lines around the date's with no blank line inside; read together they are a head."""

    def finditer(self, text: str, start: int, end: int) -> list:
        a, b = start, end
        while a > 0 and (line := text[text.rfind("\n", 0, a - 1) + 1:a - 1]).strip() and len(line) <= HEAD_LINE_MAX:
            a -= len(line) + 1                     # the short line just above
        while b < len(text) and (line := text[b + 1:_line_end(text, b + 1)]).strip() and len(line) <= HEAD_LINE_MAX:
            b += len(line) + 1                     # the short line just below
        if (a, b) == (start, end):
            return []                              # one line: _RunningHeads' case
        joined = " ".join(text[a:b].split("\n"))
        if len(joined) > HEAD_MAX or not _RunningHeads.is_head(joined) or not _cuts_a_sentence(text, a):
            return []
        # the line breaks around the block go with it: the two halves of the cut line are one line again
        a = len(text[:a].rstrip())
        b = len(text) - len(text[b:].lstrip())
        return [_Found(a, b, text[a:b])]


HEAD_LINE_MAX = 16          # a line of a running head printed over several lines is short


def _line_end(text: str, i: int) -> int:
    k = text.find("\n", i)
    return len(text) if k < 0 else k


class _Found:
    """A found span, read the way _remove reads a regular-expression match."""

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _=0) -> str:
        return self._text


class _Captions:
    """A photo caption (a line opening with ▲ or △, or 图为) printed inside a sentence the page break cut (the
    line before it ends without 。！？): found the way _remove uses a pattern, so the two halves join again.
    Between paragraphs a caption stays."""

    def finditer(self, text: str, start: int, end: int) -> list:
        m = _CAPTION.match(text, start, end)
        return [m] if m and m.end() == end and _cuts_a_sentence(text, start) else []


_CAPTION = re.compile(r"^[ \t]*(?:[▲△]|图为)[^\n]{0,120}$", re.M)


def _cuts_a_sentence(text: str, start: int) -> bool:
    """The last non-blank line before `start` ends without 。！？: what stands at `start` interrupts a sentence."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and not tr.ends_sentence(text[text.rfind("\n", 0, end) + 1:end])


def is_running_head(line: str) -> bool:
    """A newspaper's running head on a line of its own (see _RunningHeads)."""
    return len(line) <= HEAD_MAX and _RunningHeads.is_head(line)


def _stands_alone(line: str) -> bool:
    """A line joined to none around it: a running head, or the page's editor credits alone (责任编辑：某某 美编：某某
    above a headline printed over short lines)."""
    if len(line) > HEAD_MAX:
        return False                          # a paragraph: neither a head nor a credit line (most lines)
    return _RunningHeads.is_head(line) or (PAGE_EDITOR.search(line) is not None
                                           and not PAGE_EDITOR.sub("", line).strip(" \t\u3000|｜"))


def _remove(text, origin, regex, kind, removed, needles: str):
    """Delete every match, remembering its raw span and kind (the article splitter uses them). Only
    lines holding one of the `needles` characters are searched: the patterns are rare and costly."""
    edits, line_end = [], -1
    for hit in re.finditer(f"[{needles}]", text):
        if hit.start() < line_end:
            continue                              # this line was searched already
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.start())
        line_end = len(text) if line_end < 0 else line_end
        for m in regex.finditer(text, line_start, line_end):
            if m.end() > m.start():
                removed.append((origin[m.start()], origin[m.end() - 1] + 1, kind, m.group(0).strip()))
                edits.append((m.start(), m.end(), ""))
    return apply_edits(text, origin, edits)


# ---------------------------------------------------------------------------------------------- punctuation

_ASCII_PUNCT = re.compile(r"[,;:!?]")
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PARENS = re.compile(r"\(([^()\n]{0,80})\)")
_LONE_PAREN = re.compile(r"[()]")
_CJK_RE = re.compile(f"[{CJK}]")
_HAN_RE = re.compile(f"[{HAN}]")
_QUOTED_LINE = re.compile(r'(?:^|(?<=\n))[^\n"]*"[^\n]*')


def _is_cjk(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _CJK_RE.match(text, i) is not None


def _punctuation(text, origin):
    """ASCII , ; : ! ? ( ) next to Chinese become full-width; numbers such as 1,000 or 12:30 are left."""
    def ascii_punct(m):
        i = m.start()
        if _is_cjk(text, i - 1) or _is_cjk(text, i + 1) or (text[i + 1:i + 2] == " " and _is_cjk(text, i + 2)):
            return _FULL[m.group(0)]
        return None
    text, origin = sub(text, origin, _ASCII_PUNCT, ascii_punct)

    def parens(m):
        if _HAN_RE.search(m.group(1)) or _is_cjk(text, m.start() - 1) or _is_cjk(text, m.end()):
            return "（" + m.group(1) + "）"
        return None
    if "(" in text or ")" in text:
        text, origin = sub(text, origin, _PARENS, parens)
        text, origin = sub(text, origin, _LONE_PAREN, lambda m: (
            "（" if m.group(0) == "(" else "）") if _is_cjk(text, m.start() - 1) or _is_cjk(text, m.end()) else None)

    if '"' in text:                              # alternate “ ” within a paragraph that has Chinese
        edits = []
        for line in _QUOTED_LINE.finditer(text):
            if _HAN_RE.search(line.group(0)):
                for k, q in enumerate(re.finditer('"', line.group(0))):
                    i = line.start() + q.start()
                    edits.append((i, i + 1, "“" if k % 2 == 0 else "”"))
        text, origin = apply_edits(text, origin, edits)
    return text, origin


# ---------------------------------------------------------------------------------------------- spaces

_DIGIT = re.compile("[0-9%]")


def _removable(text: str, s: int, e: int) -> bool:
    """A space between two Chinese characters, or between Chinese and a number, is typesetting."""
    a, b = s - 1, e
    if a < 0 or b >= len(text):
        return True
    left_cjk, right_cjk = _is_cjk(text, a), _is_cjk(text, b)
    return (left_cjk and (right_cjk or text[b].isdigit())) or (right_cjk and _DIGIT.match(text, a) is not None) \
        or text[a] == "\n" or text[b] == "\n"


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans where a space may separate names: bylines and short headline lines."""
    spans = [m.span() for m in tr.ROLE_GROUP_RE.finditer(text)]
    for m in LINE.finditer(text):
        line = m.group(0)
        if tr.byline_line(line) or tr.headline_like(line):
            spans.append(m.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


@lru_cache(maxsize=1)
def _single_surnames() -> frozenset[str]:
    return frozenset(w for w in read_words(GAZETTEER_DIR / "surnames.txt") if len(w) == 1)


def _names_spacing(region: str, byline: bool = False) -> str:
    """Inside a byline or headline keep one space between runs of two or more characters ("花木嵯 钟倩",
    "新时代 新征程") and glue spaced-out single characters ("刘 伟" -> "刘伟"): a single character
    standing alone beside a longer run was split off by a line wrap and is glued back too, to the run before
    it ("花木 嵯" -> "花木嵯"), or in a byline (names only) to the given name after it when it is a surname
    ("覃某 李 春梅" -> "覃某 李春梅"; elsewhere a title may stand before it: "县长 杨 措吉" -> "县长杨措吉")."""
    toks = region.split()
    if not toks:
        return region
    cores = [t.strip("（()）《》“”‘’，、：；。！？") for t in toks]   # "磊）" is the single character 磊
    single = [len(c) == 1 and bool(_HAN_RE.match(c)) for c in cores] + [False]
    opens_next = [byline and single[k] and not single[k + 1] and k + 1 < len(toks) and len(cores[k + 1]) == 2
                  and cores[k] in _single_surnames() and k > 0 and not single[k - 1] for k in range(len(toks))]
    run_at, run_len = _runs(single[:-1])
    out = toks[0]
    for k in range(1, len(toks)):
        a, b = toks[k - 1], toks[k]
        if not (_HAN_RE.match(a[-1]) and _HAN_RE.match(b[0])):
            keep = a[-1].isascii() and b[0].isascii()            # Latin words keep their space
        elif single[k - 1] and single[k]:
            # inside a spaced-out name; a byline's run of four or six is two-character names ("邹 晖 刘 欣")
            keep = byline and run_at[k] % 2 == 0 and run_len[k] in (4, 6)
        elif single[k]:
            keep = single[k + 1] or opens_next[k]                # a spaced-out name starts at b
        elif single[k - 1]:
            # a spaced-out name ended at a; in a byline a lone a went to the name before it (or, a surname, to b)
            keep = k >= 2 and (single[k - 2] or (byline and not opens_next[k - 1]))
        else:
            keep = True                                          # two names / two phrases
        out += (" " if keep else "") + b
    return out


def _runs(single: list[bool]) -> tuple[list[int], list[int]]:
    """For each token: its place in its run of single characters (0 for a longer token) and that run's length."""
    at, length, k = [0] * len(single), [1] * len(single), 0
    while k < len(single):
        j = k
        while single[k] and j + 1 < len(single) and single[j + 1]:
            j += 1
        for i in range(k, j + 1):
            at[i], length[i] = i - k, j - k + 1
        k = j + 1
    return at, length


def _spaces(text, origin):
    prot = _protected(text)
    starts = [s for s, _ in prot]
    edits = []
    for m in re.finditer(" +", text):
        k = bisect_left(starts, m.start() + 1) - 1
        if k >= 0 and prot[k][0] <= m.start() and m.end() <= prot[k][1]:
            continue                              # handled below with the names rule
        if _removable(text, m.start(), m.end()):
            edits.append((m.start(), m.end(), ""))
        elif m.end() - m.start() > 1:
            edits.append((m.start(), m.end(), " "))
    for s, e in prot:
        region = text[s:e]
        new = _names_spacing(region, byline=bool(tr.ROLE_GROUP_RE.search(region)))
        if new != text[s:e]:
            edits.append((s, e, new))
    edits.sort()
    return apply_edits(text, origin, edits)


# ----------------------------------------------------------------------------------------------- pipeline


def clean_text(raw: str) -> Cleaned:
    """Repaired text, one paragraph per line, with `origin[i]` = offset in `raw` of character i."""
    text = raw.translate(_TABLE)
    origin = list(range(len(raw)))
    text, origin = sub(text, origin, _CR, "\n")
    text, origin = sub(text, origin, _INVISIBLE, "")
    text, origin = read_tables(text, origin)
    removed: list[tuple[int, int, str, str]] = []
    if "#" in text or "**" in text or "---" in text or "___" in text:
        text, origin = sub(text, origin, _MARKUP, "")
    text, origin = _remove(text, origin, _CONTINUED, "continued", removed, "版页")
    text, origin = _remove(text, origin, _CREDIT, "photo", removed, "摄")
    text, origin = _remove(text, origin, _RunningHeadBlocks(), "page", removed, "年")
    text, origin = _remove(text, origin, _PAGE_LINE, "page", removed, "0-9")
    text, origin = _remove(text, origin, _RULE_LINE, "rule", removed, "—─━═＿－_=~-")
    text, origin = _remove(text, origin, _RunningHeads(), "page", removed, "年")
    text, origin = _remove(text, origin, _Captions(), "caption", removed, "▲△图")
    text, origin = undouble_lines(text, origin)
    text, origin = join_lines(text, origin, _stands_alone)
    text, origin = _punctuation(text, origin)
    text, origin = _spaces(text, origin)
    removed.sort()
    return Cleaned(text=text, origin=origin, removed=removed)
