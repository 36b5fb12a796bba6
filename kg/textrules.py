"""Character classes and line patterns shared by the cleaner (kg.clean), the article splitter (kg.articles)
and the rules (kg.nlp): what a byline, a headline-like line, a list heading or a stated sum looks like in
Chinese news."""
from __future__ import annotations

import re

from kg.document import Person
from kg.schema import BYLINE_KINDS, BYLINE_OUTLETS, BYLINE_ROLES, EDITOR_ROLES

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"                       # ideographs
# CJK punctuation: ideographic symbols, full-width forms, curly quotes, dashes, ellipsis, middle dot
CJK_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7"
CJK = HAN + CJK_PUNCT

FINAL = "。！？…!?"                       # ends a sentence
CLAUSE = "，、；：,;:—"                    # ends a clause: the sentence goes on
CLOSERS = "”’」』）)】》\""                 # may follow the final punctuation

# China's ethnic groups as names of autonomous places and towns write them (某某蒙古族藏族自治州, 某某满族镇); 各族: all
ETHNIC = "蒙古|藏|回|土|撒拉|哈萨克|维吾尔|壮|苗|彝|土家|布依|侗|瑶|白|哈尼|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|达斡尔|羌|仫佬|朝鲜|满|各"

_OUTLET = "|".join(BYLINE_OUTLETS)
ROLE = rf"(?:{_OUTLET})?(?:{'|'.join(BYLINE_KINDS)})?(?:{'|'.join(BYLINE_ROLES)})"     # 本报特约记者, 通讯员
_ROLE_RE = re.compile(ROLE)
_OUTLET_RE = re.compile(rf"^(?:{_OUTLET})")
_NAME = rf"[{HAN}·]"
# "本报讯（记者 何立新 郑晓岚）", "本报某地讯(特约记者 程素云)", "本报济南3月5日讯", "本报包头9月10日电（记者 某某）",
# "新华社北京11月16日电", "新华社北京电（记者 张三）"
LEAD_RE = re.compile(
    rf"^(?:(?:本报|本刊|[{HAN}]{{2,6}}(?:日报|晚报|电视台|新闻网))[{HAN}0-9]{{0,14}}?[讯电]"
    rf"|(?:新华社|中新社)[{HAN}0-9]{{0,14}}?电)"
    rf"(?:\s*[（(]\s*{ROLE}[^（）()\n]{{1,60}}[）)])?")
# a parenthesised group of roles and names anywhere: "（记者 陈俊 通讯员 吴楠）", "(记者 樊娅楠)"
ROLE_GROUP_RE = re.compile(rf"[（(]\s*{ROLE}[^（）()\n。，,]{{1,60}}[）)]")
# a second item from the same desk run on after the first: "又讯（记者 某某）会议期间，…"
FOLLOW_UP_RE = re.compile(rf"又讯\s*(?:{ROLE_GROUP_RE.pattern})?")


def dotted_name(stop: str = "") -> str:
    """The pattern of a name with its middle dot (阿依江·木拉提, 某某某某·某某某·某某); `stop`: what no part after a dot
    may start with (the next credit's role in 编辑：某某·某某校对：…)."""
    han = rf"(?:(?!{stop})[\u4e00-\u9fff])" if stop else r"[\u4e00-\u9fff]"
    return rf"[\u4e00-\u9fff]{{2,8}}(?:·{han}{{2,8}}){{1,2}}"


# a page's editor credited: 责任编辑：某某, 责编:某某, 责编/某某, 责任编辑：杨 静 (a two-character name spaced out to three widths),
# 责编 某某 美编 某某 (a space for the colon: the name ends at a space, the line's end or the next role); one pattern
# for the running heads cleaning removes and the credits left in an article's text
EDITOR_ROLE = "|".join(EDITOR_ROLES)          # a page editor's role, longest first (schema order)
_SPACED = rf"[\u4e00-\u9fff] [\u4e00-\u9fff](?![\u4e00-\u9fff])"
EDITOR_CREDIT = re.compile(rf"(?P<role>{EDITOR_ROLE})(?:\s*[：:/／]\s*(?P<name>{_SPACED}|{dotted_name(EDITOR_ROLE)}"
                           rf"|(?:(?!{EDITOR_ROLE})[\u4e00-\u9fff]){{2,4}})"    # 吴某校对：… : the next credit
                           rf"|[ \u3000]+(?P<spaced_name>{_SPACED}|[\u4e00-\u9fff]{{2,3}}(?=\s|$|{EDITOR_ROLE}))"
                           # 编辑韩雪校对李梅——: spaces squeezed out, the next credit or a rule ends the name
                           rf"|(?P<glued_name>(?:(?!{EDITOR_ROLE})[\u4e00-\u9fff]){{2,3}})"
                           rf"(?={EDITOR_ROLE}|[—─]{{2}}))")


def editor_name(m: re.Match) -> tuple[int, int]:
    """Where the name of an EDITOR_CREDIT match is."""
    group = next(g for g in ("name", "spaced_name", "glued_name") if m.group(g))
    return m.start(group), m.end(group)


# the names after a role: "宋明慧 叶文娟", "刘 伟" (spaced-out single characters belong together)
_TOKEN_RE = re.compile(rf"{ROLE}|(?:(?!{ROLE}){_NAME})+")      # 记者甲实习生乙: a role between names ends the first
ENUM_RE = re.compile(r"^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}[、．]"
                     r"|第[一二三四五六七八九十]{1,3}[，、章节部分条]|\d{1,2}[、．.](?!\d))")


def at_most_a_number(lead: str) -> bool:
    """Is `lead` nothing, or only a list item's number ((一), 2、, 第三，)?"""
    return not lead or ((m := ENUM_RE.match(lead)) is not None and m.end() == len(lead))


# a stated investment: 投资4.2亿元, 总投资约30亿元, 增资8000万美元 (the firm that makes it builds what follows
# or precedes)
INVESTED_SUM = r"(?:投资|增资)[约近超]?[0-9.]+[万亿]*(?:美元|欧元|港元|元)"
DATE_RE = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
PAPER_NAME = re.compile(rf"[{HAN}]{{2,8}}(?:日报|晚报|时报|商报)")      # a newspaper's own name
BULLETS = "●○◎■□▲△◆◇★☆•"       # list and item marks of newspaper pages (●某某项目…, ■本报讯, ■本报记者 某某)
BYLINE_REPORTED = re.compile(r"[\s\u3000]+报道$")   # 记者 某某 通讯员 某某 报道: the word closing a byline
# a role glued to a name ("记者手记" is a column name) only counts after an outlet ("本报记者刘伟"); a byline line
# may name its paper (某某日报记者 某某)
_BYLINE_LINE_RE = re.compile(rf"^\s*(?:{PAPER_NAME.pattern})?(?:{ROLE}\s+|(?:本报|本刊|新华社)\S*?(?:记者|通讯员))"
                             rf"{_NAME}[{HAN}·\s]*$")


NOT_HEADLINE = re.compile("[。，,；;]")          # a line holding one of these is a sentence
# a line that opens on 会议 and its verb (会议听取了…, 会议邀请某大学…) reports what the meeting did: the wrap of a
# body sentence, never a headline (a headline names its event)
REPORTED_BY_MEETING = re.compile(rf"^会议[{HAN}]{{0,2}}(?:传达|通报|听取|表决|邀请|同意|审议|批准|强调|指出|要求|认为|决定|研究|讨论|部署|学习|通过)")
SENTENCE_MARK = re.compile("[？！?!；;]")


def width(s: str) -> float:
    """Printed width in ideograph units: ASCII is about half as wide as a CJK character and spaces are
    left out (in justified columns they only stretch the gaps)."""
    ascii_count = len(s.encode("ascii", "ignore"))
    return len(s) - ascii_count / 2 - s.count(" ") / 2


def ends_sentence(line: str) -> bool:
    """Ends with 。！？… maybe followed by closing quotes or brackets."""
    s = line.rstrip().rstrip(CLOSERS)
    return bool(s) and s[-1] in FINAL


def ends_clause(line: str) -> bool:
    s = line.rstrip()
    return bool(s) and s[-1] in CLAUSE


def is_role(word: str) -> bool:
    """A byline role and nothing else (记者, 本报特约记者, 实习生)."""
    return bool(_ROLE_RE.fullmatch(word))


def reporter_title(role: str) -> str:
    """The title a byline role gives: the role without its outlet (本报记者 -> 记者, gold convention 8)."""
    return _OUTLET_RE.sub("", role)


def parse_people(text: str, default_role: str = "记者") -> list[Person]:
    """Roles and names of a byline: each name takes the role written before it.

    Inside a byline a space between two names of several characters separates people, while single
    spaced-out characters ("刘 伟") are one name stretched by justified typesetting."""
    people: list[Person] = []
    role = default_role
    pending = ""                      # single characters waiting to be glued into one name
    for part in text.split():
        for tok in _TOKEN_RE.findall(part):
            if is_role(tok):
                if pending:
                    people.append(Person(pending, role))
                    pending = ""
                role = reporter_title(tok)
            elif len(tok) == 1:
                pending += tok
            else:
                if pending:
                    people.append(Person(pending, role))
                    pending = ""
                people.append(Person(tok, role))
    if pending:
        people.append(Person(pending, role))
    return [p for p in people if 2 <= len(p.name) <= 8]


def byline_line(line: str) -> list[Person] | None:
    """People of a line that is only a byline ("本报记者 刘 伟", "记者 陈俊 通讯员 吴楠"), else None."""
    s = BYLINE_REPORTED.sub("", line.strip().lstrip(BULLETS).lstrip())
    if not s or len(s) > 40 or not _BYLINE_LINE_RE.match(s):
        return None
    if (paper := PAPER_NAME.match(s)) is not None and _ROLE_RE.match(s, paper.end()):
        s = s[paper.end():]                      # the paper is no one's name
    # every name is short: a wrapped body line such as "记者在现场看到工人们" is not a byline
    names = _ROLE_RE.sub(" ", s).split()
    if any(len(n) > (8 if "·" in n else 4) for n in names):
        return None
    people = parse_people(s)
    return people or None


def lead_byline(line: str) -> re.Match | None:
    """The dateline byline opening a news item ("本报讯（记者 …）", "新华社北京11月16日电")."""
    m = LEAD_RE.match(line.lstrip())
    return m if m and (m.group(0).endswith(("讯", "电", ")", "）"))) else None


SOURCE_LINE = re.compile(r"(?:来源|稿源|出处)\s*[:：]")       # 来源：某某日报　记者 某某: the page's source line


def starts_block(line: str, bylines: bool = True) -> bool:
    """A line that can only open a paragraph: a byline, a list heading, a dash sub-title or a source line."""
    s = line.lstrip()
    if ENUM_RE.match(s) or s.startswith(("——", "--")) or SOURCE_LINE.match(s):
        return True
    return bylines and bool(lead_byline(s) or byline_line(s))


def pure_headline(line: str) -> bool:
    """Headline-like with no sentence punctuation at all (a "？" or "！" inside means body text)."""
    return headline_like(line) and not SENTENCE_MARK.search(line)


def headline_like(line: str, max_width: float = 40, bylines: bool = True) -> bool:
    """Short and not a sentence: no full stop or comma inside, no punctuation at the end, no byline."""
    s = line.strip()
    if not s or NOT_HEADLINE.search(s) or ends_sentence(s) or ends_clause(s) or width(s) > max_width \
            or REPORTED_BY_MEETING.match(s):
        return False
    return not (bylines and (lead_byline(s) or byline_line(s)))


SESSION_BODIES = ("主席团", "代表团", "党组")     # bodies of a session that hold meetings of their own
NUMBER = "[0-9一二三四五六七八九十]{1,3}"
TERM, SITTING = re.compile(rf"({NUMBER})届"), re.compile(rf"({NUMBER})次")
SCOPE_LEVELS = "国省市区州县盟旗"
SCOPE_WORD = re.compile(rf"全[{SCOPE_LEVELS}]")   # 全市某某推进会: the scope a headline or lead writes for the place
SCOPE = re.compile(rf"^{SCOPE_WORD.pattern}")
# a party committee's plenum: 某市第五届委员会第八次全体会议, 市委五届八次全会, 二十届三中全会
PLENUM = re.compile(rf"委员会第?{NUMBER}次全体会议|届{NUMBER}[次中]全(?:体)?会")


def body_session(name: str) -> tuple[str, str, str]:
    """(body, term, sitting) of a numbered session: 某市第十九届人民代表大会第五次会议 -> (人大, 十九, 五);
    body empty where the name names no congress, CPPCC or party plenum (第二次全体会议: a sitting of whichever
    session)."""
    body = "政协" if "政协" in name else "人大" if ("人大" in name or "人民代表大会" in name) \
        else "全会" if PLENUM.search(name) else ""
    term, sitting = TERM.search(name), SITTING.search(name)
    return body, term.group(1) if term else "", sitting.group(1) if sitting else ""
