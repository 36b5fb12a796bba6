"""Layout repairs for kg.clean: lines overprinted in bold (every run doubled) and lines wrapped at the
column width, plus the edit helpers every cleaning pass uses to keep each character's raw offset."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from kg import textrules as tr

# ---------------------------------------------------------------------------------------------- editing


def apply_edits(text: str, origin: list[int], edits: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """Replace sorted, non-overlapping [start, end) spans. A new character takes the origin of the next
    equal character of the replaced span (so deletions and 1:1 swaps keep exact origins)."""
    if not edits:
        return text, origin
    out: list[str] = []
    org: list[int] = []
    pos = 0
    for s, e, new in edits:
        out.append(text[pos:s])
        org.extend(origin[pos:s])
        out.append(new)
        if len(new) == e - s:                    # 1:1 swap (the common case): origins carry over
            org.extend(origin[s:e])
            pos = e
            continue
        p = s
        for ch in new:
            q = text.find(ch, p, e)
            if q < 0:                          # a replacement character: take the current position
                q = min(p, e - 1) if e > s else s
            org.append(origin[q] if q < len(origin) else (origin[-1] + 1 if origin else 0))
            p = min(q + 1, e) if e > s else p
        pos = e
    out.append(text[pos:])
    org.extend(origin[pos:])
    return "".join(out), org


def sub(text, origin, regex: re.Pattern, repl) -> tuple[str, list[int]]:
    """Regex substitution that keeps origins; `repl(match)` returns the new text or None (no change)."""
    edits = []
    for m in regex.finditer(text):
        new = repl(m) if callable(repl) else repl
        if new is not None and new != m.group(0):
            edits.append((m.start(), m.end(), new))
    return apply_edits(text, origin, edits)


# ------------------------------------------------------------------------------------------ doubled lines

_DOUBLE_START = re.compile(r"^[ \t]*(.{1,40}?)\1", re.M)


def undouble(s: str) -> str | None:
    """Undo bold-by-overprinting ("格尔木格尔木：：" -> "格尔木：") when the whole line is made of runs each
    printed twice; None when the line is ordinary text (an accidental "谢谢" or "天天" stays)."""
    n = len(s)
    if n < 6 or n > 240:
        return None
    # quick test first: in a doubled line nearly every character occurs an even number of times
    if sum(c % 2 for c in Counter(s).values()) > n // 10:
        return None
    best = [(0, 0)] * (n + 1)          # (characters not doubled, runs) for the suffix s[i:]
    step = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        b, k_best = (best[i + 1][0] + 1, best[i + 1][1] + 1), 0
        for k in range(min(60, (n - i) // 2), 0, -1):      # long runs first: fewer runs wins ties
            if s[i:i + k] == s[i + k:i + 2 * k]:
                cand = (best[i + 2 * k][0], best[i + 2 * k][1] + 1)
                if cand < b:
                    b, k_best = cand, k
        best[i], step[i] = b, k_best
    if best[0][0] > n // 10:
        return None
    out, i = [], 0
    while i < n:
        k = step[i]
        out.append(s[i:i + k] if k else s[i])
        i += 2 * k if k else 1
    u = "".join(out)
    return u if len(u) >= 3 and len(set(u)) >= 2 else None


def undouble_lines(text, origin):
    edits = []
    for m in _DOUBLE_START.finditer(text):
        start = m.start()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        u = undouble(line)
        if u:
            lead = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            edits.append((lead, lead + len(line), u))
    return apply_edits(text, origin, edits)


# ----------------------------------------------------------------------------------------- line joining

LINE = re.compile(r"[^\n]+")


def _shape(widths: list[float], i: int) -> tuple[bool, bool]:
    """(wrapped, full): is line i inside a block of equal-width column lines, and does it fill the column?

    Column lines of a newspaper page all have about the same printed width (the first line of a
    paragraph is indented by two characters); a line much narrower ends a paragraph and a line much
    wider spans several columns (a headline)."""
    window = sorted(widths[max(0, i - 8):i + 9])
    col = window[int(0.7 * (len(window) - 1))]
    near = bisect_right(window, col + 2.5) - bisect_left(window, col - 2.5)
    if len(window) >= 4 and col <= 45 and near >= 0.5 * len(window):
        return True, col - 3.5 <= widths[i] <= col + 2.5
    return False, False


class _Line:
    """Shape features of one non-blank line, each computed once."""

    __slots__ = ("text", "width", "blank_before", "headline", "pure_headline", "byline", "lead", "block",
                 "sentence_end", "clause_end")

    def __init__(self, text: str, blank_before: bool):
        self.text, self.blank_before = text, blank_before
        self.width = tr.width(text)
        self.byline = tr.byline_line(text) is not None
        self.lead = tr.lead_byline(text) is not None
        self.block = self.lead or self.byline or tr.starts_block(text, bylines=False)
        self.sentence_end, self.clause_end = tr.ends_sentence(text), tr.ends_clause(text)
        # the same test as tr.headline_like, from the values at hand (this runs for every line)
        self.headline = not (self.lead or self.byline or self.sentence_end or self.clause_end
                             or self.width > 40 or tr.NOT_HEADLINE.search(text))
        self.pure_headline = self.headline and not tr.SENTENCE_MARK.search(text)


# the extractor may set a space between digits and Chinese (唐山市 202 | 5 年…)
NUMBER_CUT_BEFORE = re.compile(r"[\u4e00-\u9fff] ?[0-9]{1,3}$")     # …常委会2 | …第1
NUMBER_CUT_AFTER = re.compile(r"[0-9]{1,3} ?[年月日次届期个万亿元]")       # 024年… | 2次…


def _number_cut(a: str, b: str) -> bool:
    """A number wrapped across two lines of Chinese text: Chinese then digits ending one line, digits and a
    Chinese unit opening the next."""
    return NUMBER_CUT_BEFORE.search(a) is not None and NUMBER_CUT_AFTER.match(b) is not None


TAIL_MAX_CHARS = 4                      # 座。, 议。: a line this short that ends a sentence ends the one before it
HAN_NUMBER_CUT_BEFORE = re.compile(r"(?:第|届|[〇一二三四五六七八九十百])[〇一二三四五六七八九十百]$")   # …十四届二 | …第十
HAN_NUMBER_CUT_AFTER = re.compile(r"[次届期]")                                                # 次会议以来…


def _han_number_cut(a: str, b: str) -> bool:
    """A session's number written in Chinese and wrapped before its 次 or 届 (某政协七届三|次会议以来): one line."""
    return HAN_NUMBER_CUT_BEFORE.search(a) is not None and HAN_NUMBER_CUT_AFTER.match(b) is not None


def join_lines(text, origin, own_line=lambda line: False):
    """Wrapped lines joined into paragraphs (see CLEANING.md); `own_line(line)` marks lines that always
    stand alone (a newspaper's running head between two paragraphs)."""
    spans, lines = [], []
    prev_end = 0
    for m in LINE.finditer(text):
        seg = m.group(0)
        stripped = seg.strip()
        if not stripped:
            continue
        s = m.start() + (len(seg) - len(seg.lstrip()))
        spans.append((s, s + len(stripped)))
        lines.append(_Line(stripped, text.count("\n", prev_end, m.start()) >= 2))
        prev_end = m.end()
    if not lines:
        return apply_edits(text, origin, [(0, len(text), "")]) if text else (text, origin)
    widths = [ln.width for ln in lines]
    blank_doc = sum(1 for ln in lines[1:] if ln.blank_before) >= 0.5 * max(1, len(lines) - 1)
    shapes: dict[int, tuple[bool, bool]] = {}

    def shape(i):                                # computed only when a rule needs it
        if i not in shapes:
            shapes[i] = _shape(widths, i)
        return shapes[i]

    alone = [own_line(ln.text) for ln in lines]   # asked once per line, not once per pair
    edits = [(0, spans[0][0], "")]
    after_headline = False                       # is line i stacked under a headline line?
    continues = False                            # does line i go on with a sentence the line before it left open?
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if after_headline and a.pure_headline and not b.headline and not _column_line_under_heading(i, shape):
            join = False                         # the last line of a stacked headline, then body
        elif alone[i] or alone[i + 1]:
            join = False
        else:
            join = _joins(a, b, lambda: shape(i), blank_doc, continues)
        if not join:
            sep = "\n"
        elif _number_cut(a.text, b.text):
            sep = ""                             # 常委会2|024年第15次会议: a number the wrap cut, inside Chinese text
        elif a.text[-1].isascii() and a.text[-1].isalnum() and b.text[0].isascii() and b.text[0].isalnum():
            sep = " "                            # never glue two Latin words or numbers together
        elif a.headline and b.headline and not shape(i)[1]:
            sep = " "                            # two short headline lines stay apart by a space
        else:
            sep = ""
        after_headline = a.headline and sep != ""
        continues = join and not a.sentence_end and (a.lead or not a.headline or continues)
        edits.append((spans[i][1], spans[i + 1][0], sep))
    edits.append((spans[-1][1], len(text), ""))
    return apply_edits(text, origin, [e for e in edits if e[0] < e[1] or e[2]])


def _column_line_under_heading(i: int, shape) -> bool:
    """Line i fills the column and the headline line above it does not (◆某县, a short heading, or a byline
    read as one): line i is the body's first line cut mid-sentence, no second line of the headline."""
    return shape(i) == (True, True) and not shape(i - 1)[1]


_LIST_TAIL = re.compile(rf"、[{tr.HAN}]{{1,3}}·?$|[{tr.HAN}]·$")     # …、于慧 or 买买提江· at a line's end
_LIST_HEAD = re.compile(rf"^[{tr.HAN}]{{1,3}}[、，,]")                # 敏、 at the next line's start


# what the people of a list do, opening the line after it: 在主席台(前排)就座, 出席, 列席, 等…到会
_LIST_VERB = "在主席台|出席|参加|列席|到会|等|分别|先后|一同|陪同|主持"
_LIST_HEAD_THEN_VERB = re.compile(rf"^[{tr.HAN}]{{1,2}}(?={_LIST_VERB})")
# a labelled list of names filling line a: 州领导某某、某某、某某·某某 (a space may stand inside a name)
_LABELLED_LIST = re.compile(rf"(?:领导|主席|书记|长|委员|主任)[{tr.HAN}·]{{2,}}(?:、[{tr.HAN}· ]{{2,}})+$")


def _list_wraps(a: str, b: str) -> bool:
    """A 、 list of names cut inside a name: the last item of line a and the first of line b make one name
    of two to four characters (于慧|敏, 权|海军; 韩|冬梅在主席台就座), or line a ends inside a dotted name
    (买买提江·|阿不都热依木), or a labelled list fills line a and what its people do opens line b
    (州领导甲、乙、丙|在主席台就座)."""
    tail = _LIST_TAIL.search(a)
    if tail is not None and tail.group().endswith("·"):
        return re.match(f"[{tr.HAN}]", b) is not None
    if _LABELLED_LIST.search(a) and re.match(_LIST_VERB, b):
        return True
    head = _LIST_HEAD.match(b) or _LIST_HEAD_THEN_VERB.match(b)
    return tail is not None and head is not None and 2 <= len(tail.group()) - 1 + len(head.group().rstrip("、，,")) <= 4


# a name the wrap cut after its title (省长刘继|光代表省人民政府…, 董事长朱晓|峰作为企业代表发言, 副省长张某|某、李某)
# or between the title and the name (县委书记|李某某，县长…): the title's last word and none to two characters end
# line a; the rest of the name and what a named person does (or the mark that lists the next name) open line b.
# A report's signature line (州长　杨|措吉) may be cut too: then the rest of the name is all of line b
_TITLED_NAME_HEAD = re.compile(rf"(?:长|书记|主席|主任|委员|主委|经理)[ \u3000]*(?P<head>[{tr.HAN}]{{0,2}})$")
_NAME_TAIL_THEN_VERB = re.compile(rf"(?P<tail>[{tr.HAN}]{{1,3}}?)(?:代表|主持|作|发言|讲话|致辞|出席|表示|介绍|指出|强调|宣布|参加"
                                  rf"|在|就|向|[、，,])")      # 总经理|某某在仪式上发言, 某某就…作说明
_NAME_TAIL_ALONE = re.compile(rf"(?P<tail>[{tr.HAN}]{{1,3}})$")


def _name_wraps(a: str, b: str) -> bool:
    head = _TITLED_NAME_HEAD.search(a)
    if head is None:
        return False
    tail = _NAME_TAIL_THEN_VERB.match(b) or (_NAME_TAIL_ALONE.match(b) if head.group("head") else None)
    return tail is not None and 2 <= len(head.group("head")) + len(tail.group("tail")) <= 4


# a title the wrap cut in two before its holder's name (副省|长张某某，…, 县委副书|记李某某、…): line a ends with the
# title's first part, line b opens with its last character, a name and the mark after it
_TITLE_CUTS = (("省市州县区旗盟镇乡", "长"), ("书", "记"))       # (last characters of line a, first of line b)
_NAME_THEN_MARK = re.compile(rf"[{tr.HAN}]{{2,3}}[，、,]")


def _title_wraps(a: str, b: str) -> bool:
    return any(a[-1:] and a[-1] in ends and b.startswith(rest) and _NAME_THEN_MARK.match(b, len(rest))
               for ends, rest in _TITLE_CUTS)


# words of names long enough that a wrap falls inside them (某某科技有|限公司10GWh…项目): line a ends with a front
# part of one and line b opens with the rest, so the line is no headline but the first half of a name
_WRAPPED_WORDS = ("股份有限公司", "有限责任公司", "有限公司", "人民政府", "人民代表大会", "委员会", "经济技术开发区",
                  "高新技术产业开发区")


def _word_wraps(a: str, b: str) -> bool:
    return any(a.endswith(w[:k]) and b.startswith(w[k:]) for w in _WRAPPED_WORDS for k in range(1, len(w) - 1))


_CUT_INSIDE_TEXT = re.compile(rf"[{tr.HAN}0-9]$")      # a line that stops on a character, not on a bracket or mark


def _joins(a: _Line, b: _Line, shape, blank_doc: bool, continues: bool = False) -> bool:
    """Is line a wrapped into line b (one paragraph), or does a paragraph end after a? `continues`: line a goes
    on with a sentence that a line of text above it left open."""
    if b.block or a.byline or (a.headline and a.text.startswith(("——", "--"))):
        return False
    if a.clause_end:
        return True                              # a comma never ends a paragraph
    if _list_wraps(a.text, b.text) or _name_wraps(a.text, b.text) or _title_wraps(a.text, b.text) \
            or _han_number_cut(a.text, b.text) or _word_wraps(a.text, b.text):
        return True                              # 某某、于慧|敏、姜某; 省长刘继|光代表…; 副省|长某某，; 科技有|限公司
    if not a.sentence_end and b.sentence_end and len(b.text) <= TAIL_MAX_CHARS:
        return True                              # …在主席台前排就 / 座。: a sentence's last characters, no paragraph
    wrapped, full = shape()
    if a.sentence_end:
        # at full column width a sentence end may still be mid-paragraph: join unless a headline follows
        return wrapped and full and not b.headline
    if a.lead or not a.headline:
        return True                              # text with commas (or a byline) cut mid-sentence
    if continues and not (b.headline or b.blank_before) and _CUT_INSIDE_TEXT.search(a.text):
        return True                              # …某县2025年二季|度…在某开发区|举行，: a short middle line of a wrap
    if wrapped and full:
        return True                              # a column line without punctuation
    if blank_doc and a.blank_before and not b.blank_before and not (b.headline or b.lead or b.byline) \
            and a.width >= 30 and "的" in a.text:
        return True                              # paragraphs set apart by blank lines: a long line that opens
        #                                          one, with 的, then text under it without a blank line is its start
    # a headline wrapped over two lines (single newline, where paragraphs are blank-line separated)
    return a.headline and b.headline and not b.blank_before and blank_doc
