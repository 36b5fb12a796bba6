"""Meetings named as the subject of the genre's lead sentence, whole.

The suffix rules grow a meeting name leftwards token by token and stop early on long event names
(年份, 暨 chains, a builder in brackets). The lead sentence of a report names the event whole as the subject
of its verb, from the clause start (after the date) to 在<venue> / 举行 / 召开 / 开幕:

    1月12日，<某县2023年第二季度项目集中开工暨某项目开工仪式>在某镇隆重举行。
    <2022某市投资贸易洽谈会重点项目签约仪式>举行。
    <某自治区第十二届人民代表大会第一次会议>在某市隆重开幕。
    某市在某会展中心举行<2022某市投资贸易洽谈会重点项目签约仪式>。     (the object of 举行, to the clause end)

The words (verbs, date words, ceremony kinds) are data in
pipelines/gazetteers/entity_rules.json under "MEETING_SUBJECT".
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import alternation
from kg.nlp.phrases import COUNTED_EVENTS, EVENT_JOINER, UP_THERE, Candidate
from kg.textrules import SCOPE, SCOPE_WORD, body_session, lead_byline

# 某某联席会议|第三次会议: the sitting a body's meeting closes with (the headline writes the meeting without it)
SITTING_AFTER = re.compile(r"(?<=会议)第[0-9一二三四五六七八九十]{1,3}次(?:全体)?会议$")
NUMBERED_PART = re.compile(r"[0-9０-９一二三四五六七八九十百届次第]|常委|主席团|党组")   # a sitting's number, a body
CLOSE_MIN_CHARS = 8           # 某某专场推介会: long enough to name one event by itself
HOSTED_MIN_CHARS = 6          # 开工仪式, 推进会: a bare event word is bare_events' case, not a hosted name
YEAR_OPENING = re.compile(r"(?P<before>[^0-9]*?)(?:19|20)[0-9]{2}年?(?:第[一二三四五六七八九十0-9]{1,3}批)?(?P<after>[^0-9]*)")
QUARTER = re.compile(r"^(?=[一二三四]季度)")


def _numbered_quarter(name: str) -> str:
    """一季度某某会 -> 第一季度某某会: one quarter, written both ways."""
    return QUARTER.sub("第", name)


CLAUSE_START = r"(?:^|(?<=[，。！？；\n,!?;：:]))"
DATE_LEAD = r"(?:\s*(?:[0-9]{4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚间|晚)?(?:[0-9]{1,2}时(?:[0-9]{1,2}分)?许?)?[，,]?)?"
# a work report's subtitle names the session it was delivered at, often wrapped over two lines:
# ——2021年2月2日在某市第十五届\n人民代表大会第七次会议上 (or …上的报告)
REPORT_SUBTITLE = re.compile(r"——[^\n]{0,24}?在(?P<name>[^，。；：\n]{2,40}(?:\n[^，。；：\n]{1,40})?)上(?=\s|$|的(?:报告|讲话))")
ORGANISER_LEAD = re.compile(r"^由[^，。；]{2,30}?(?:主办|承办|举办|组织|召开|联合主办|共同主办)的")
THEME_LEAD = re.compile(r"^(?:特别是|尤其是|同时|此外|另外|其中)?了?(?:以.{1,30}?为(?:主题|题)的)?")
DEMONSTRATIVES = ("这", "本次", "此次", "本届", "该", "上述", "各", "有关", "相关")
NAME_CHARS = r"(?:（[市区县旗](?:、[市区县旗]){1,2}）|[^，。！？；\n,!?;：:、\s])"   # 、 only in 县（市、区）
VENUE_CHARS = r"[^，。！？；\n,!?;：:\s]"
HALL_CHARS = r"[^，。！？；\n,!?;：:、\s在的]"      # a hall's name: no clause break, no 在 or 的 inside
# 第二次全体会议, 24日上午…: no event's own name (第一批…集中开工活动 is: a batch of projects)
SESSION_PART_OR_DATE = re.compile(r"第(?![0-9一二三四五六七八九十]{1,3}批)|[0-9]{1,2}[月日]")
DAY = r"(?:[0-9]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日"
WHEN = rf"(?:将?于?{DAY}(?:[至到—-]{DAY})?|将?于)?"     # 某洽谈会于9月24日至28日在某市举办, 某会将于明日…


# 在 after an event's kind inside a subject's name: where it is held (某市在深企业家恳谈会 and 在线 are names)
AT_VENUE_INSIDE = re.compile(r"在(?!线)")


def wrap_up_root(name: str, closing_parts: tuple[str, ...]) -> str | None:
    """观摩总结会 -> 观摩: the root an event's wrap-up is named by (MEETING_SUBJECT.closing_parts); None where
    `name` names no wrap-up."""
    part = next((p for p in closing_parts if name.endswith(p)), None)
    return None if part is None else name[:len(name) - len(part)]


class MeetingSubjects:
    def __init__(self, rules: dict, meeting_suffixes: list[str], generic: list[str], venue_suffixes: list[str],
                 is_word=lambda w: True):
        self.is_word = is_word                              # a common word (社会, 机会) is no kind of meeting
        self.not_event_ends = tuple(rules["not_event_ends"])
        verbs = "|".join(map(re.escape, rules["verbs"]))
        adverbs = "|".join(map(re.escape, rules["adverbs"]))
        time_words = "|".join(map(re.escape, rules["time_words"]))
        self.described_by_time = re.compile(rf"(?:{alternation(rules['described_by_time'])})的")   # 下午的会议
        self.suffixes = tuple(meeting_suffixes) + tuple(rules["extra_suffixes"])
        self.not_inside = tuple(rules["not_inside"])        # a verb inside: 某某宣布…活动启动 is a clause
        self.generic = set(generic)
        # 、 too: the last of listed events is the verb's subject; its venue may list places (在甲市、乙市举行)
        self.subject = re.compile(
            r"(?:^|(?<=[，。！？；\n,!?;：:、]))" + DATE_LEAD + rf"(?P<name>{NAME_CHARS}{{4,60}}?){WHEN}(?:{time_words})?"
            rf"(?:(?:在{VENUE_CHARS}{{2,40}}?)?(?:{adverbs})?(?:{verbs})(?!仪式|式|会|典礼|活动)"
            rf"|{alternation(rules['venue_set'])})")     # a venue up to 40: 在位于某园区的某某项目现场举行
        self.held_before = re.compile(rf"(?:{alternation(rules['held_before'])})"       # 举行的<name>中: see rules
                                      rf"(?P<name>{NAME_CHARS}{{2,58}}?(?:{alternation(self.suffixes)}))(?=上|中|期间)")
        halls = alternation(venue_suffixes) or "(?!)"   # none: no venue
        # 在某会议室主持召开: the chair's verb may stand between the hall and 召开
        # (于 as a preposition, not the 于 of 位于, 等于; the venue holds no date before a 在 of its own)
        hall = rf"(?P<venue>{HALL_CHARS}{{1,18}}?(?:{halls}))"
        self.venue = re.compile(rf"(?:在|(?<![位属至等关对由基处])于){hall}(?:{adverbs})?(?:主持)?(?:{verbs}|设主会场)")
        # 主会场设在某宾馆三楼会议室。, 会议地点设在某市某区某大厦三楼会议室: the hall the clause ends with
        self.venue_set_at = re.compile(rf"设[在于]{hall}(?=[，。；,;、\n]|$)")
        self.parent_words = tuple(rules["parent_events"])
        sessions = rules["body_sessions"]
        self.bodies = tuple(sessions["bodies"])
        kinds, events = alternation(sessions["kinds"]), alternation(sessions["events"])
        self.session = re.compile(r"(?:[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上)?(?:召开|举行)了?"
                                  rf"(?P<ev>(?:[0-9]{{4}}年(?:度)?)?(?:第[0-9一二三四五六七八九十百]{{1,4}}次)?"
                                  rf"(?:{kinds}){{0,2}}(?:{events}))(?![^，。；]{{0,6}}精神)")
        self.sitting = re.compile(rules["sittings"])
        self.closing_parts = tuple(rules["closing_parts"])     # 总结会: the wrap-up of the event named before
        bare = rules["bare_events"]
        # 出席签约仪式, 在投用仪式上(致辞)
        self.bare_event = re.compile(
            rf"(?:(?:{alternation(bare['verbs'])})[了的]?|在)(?P<event>{alternation(bare['words'])})"
            r"(?=[，。！？；\n,!?;并和]|上|$)")
        self.list_item = re.compile(CLAUSE_START + DATE_LEAD + rf"(?P<name>{NAME_CHARS}{{4,60}})$")
        self.role_object_not = frozenset(rules["role_object_not"]) | {""}
        self.role_object = re.compile(rf"(?:{'|'.join(map(re.escape, rules['role_verbs']))})"
                                      rf"(?P<name>{NAME_CHARS}{{4,60}}?)(?=并|[，。！？；\n,!?;]|$)")
        self.object_verbs = tuple(rules["object_verbs"])    # 举行, 召开, 举办: what a host does with its event
        self.hosted_short_kinds = tuple(rules["hosted_short_kinds"])   # 全省|活动: see hosted_short_mentions
        self.object = re.compile(rf"(?:{adverbs})?(?:{'|'.join(map(re.escape, self.object_verbs))})"
                                 rf"(?P<name>{NAME_CHARS}{{4,60}})(?=[，。！？；\n,!?;]|$)")

    def find(self, text: str) -> list[Candidate]:
        out = [Candidate(m.start("name"), m.end("name"), "MEETING", "report-subtitle")
               for m in REPORT_SUBTITLE.finditer(text) if self._is_name(re.sub(r"\s", "", m.group("name")))]
        subjects = list(self.subject.finditer(text))
        at_venue = {m.start("name") for m in subjects if "在" in text[m.end("name"):m.end()]}   # not a body convening
        found = subjects + list(self.object.finditer(text)) \
            + [m for m in self.role_object.finditer(text) if self._named_after_role(m.group("name"))] \
            + [m for m in self.held_before.finditer(text) if self._named_after_role(m.group("name"))]
        for m in found:
            name = m.group("name")
            start = m.start("name")
            lead = lead_byline(name) or THEME_LEAD.match(name)   # 本报某地某日讯, 以“某某”为主题的…, 特别是…: not the name
            if lead:
                name, start = name[lead.end():], start + lead.end()
            host = ORGANISER_LEAD.match(name)         # 由某厅主办的…洽谈会: the organiser is not the name
            if host:
                name, start = name[host.end():], start + host.end()
            while name and name[0] in "“\"'（(【〔［[":          # 【某某论坛在某地举办】: a brief's bracketed head
                if name[0] in "“\"" and ("”" in name or '"' in name[1:]):
                    break                          # “十四五”规划…: the quote belongs to the name
                name, start = name[1:], start + 1
            if self._is_name(name) or (m.start("name") in at_venue and self._named_by_kind(name)):
                out.append(Candidate(start, start + len(name), "MEETING", "event-subject"))
                out += self._listed_before(text, start)
        return out

    def venues(self, text: str) -> list[Candidate]:
        """`在<某县委党校报告厅>召开`, `于<某大酒店>召开`, `在<省政府第一会议室>举行`, `在<某会议中心第一会议室>设主会场`,
        `会议地点设在<某大厦三楼会议室>。`: the place an event is held at, whole, when it ends with a venue word (a
        hall, a meeting room); the organ it belongs to only modifies it."""
        return [Candidate(m.start("venue"), m.end("venue"), "PLACE", "venue")
                for pattern in (self.venue, self.venue_set_at) for m in pattern.finditer(text)]

    def parent_events(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`第二十八届某洽谈会重点项目签约仪式`: the fair the ceremony belongs to is a meeting of its own (gold
        convention 10). The parent ends with a fair's word and the sub-event follows it; parts joined by 暨 are
        one event's name and are not split."""
        out = []
        for c in cands:
            name = text[c.start:c.end]
            if c.label != "MEETING" or EVENT_JOINER in name:
                continue
            ends = [k + len(w) for w in self.parent_words for k in _find_all(name, w) if k + len(w) < len(name)]
            if ends and max(ends) >= 4:
                out.append(Candidate(c.start, c.start + max(ends), "MEETING", "parent-event"))
        return out

    def without_closing_parts(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`观摩总结会` after `某市2024年重点项目现场观摩会`: an event's wrap-up named by a root the event's own name
        holds is that event (MEETING_SUBJECT.closing_parts); a wrap-up with a name of its own (全市某某观摩讲评会
        after 某市某某观摩活动) stays a meeting."""
        names = [text[c.start:c.end] for c in cands if c.label == "MEETING"]
        return [c for c in cands if c.label != "MEETING" or not self._closing_part_of(text[c.start:c.end], names)]

    def _closing_part_of(self, name: str, names: list[str]) -> bool:
        root = wrap_up_root(name, self.closing_parts)
        part = name[len(root):] if root is not None else ""
        if root == "":                  # 召开|总结会 written bare: the wrap-up of the event the text names
            return any(wrap_up_root(other, self.closing_parts) is None for other in names)
        return root is not None and len(root) >= 2 and any(root in other and not other.endswith(part) and other != name
                                                            for other in names)

    def without_sittings(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`某省第十四届人民代表大会第三次会议举行预备会议`, `大会主席团举行第一次会议`: where the text names a numbered
        congress or CPPCC session, a sitting written alone is that session (gold convention 10), not a meeting of
        its own; the relations stage reads its mentions as the session's."""
        if not any(c.label == "MEETING" and all(body_session(text[c.start:c.end])[:2]) for c in cands):
            return cands
        return [c for c in cands if c.label != "MEETING" or not self.sitting.fullmatch(text, c.start, c.end)]

    def body_sessions(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`某省委常委会召开会议`, `某党组召开专题会议`: a body's session, named by the body (gold convention 10:
        the fullest name the text supports): the mention is 会议, the name 某省委常委会会议."""
        out = []
        for c in cands:
            body = text[c.start:c.end]
            if c.label != "ORG" or not body.endswith(self.bodies):
                continue
            m = self.session.match(text, c.end)
            if m:
                out.append(Candidate(m.start("ev"), m.end("ev"), "MEETING", "body-session",
                                     names=[body + m.group("ev")]))
        return out

    def bare_events(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`出席签约仪式`, `主持召开座谈会`, `在投用仪式上` where the text names no event of its kind: the bare word is the meeting's name
        (gold convention 10: a bare 开工仪式 with no fuller name keeps that surface form)."""
        named = [text[c.start:c.end] for c in cands if c.label == "MEETING"]
        out = []
        for m in self.bare_event.finditer(text):
            kind = m.group("event").removesuffix("会").removesuffix("仪式").removesuffix("活动")
            # a named event of that kind (某某座谈会; 某市集中开工仪式 for 参加开工活动) is the one the bare word refers
            # to (kg_relations); an event of another kind beside it is another event: a 座谈 during a plenary
            # session, 在项目现场举行的开工仪式上 after an expo
            if not any(kind in n for n in named):
                out.append(Candidate(m.start("event"), m.end("event"), "MEETING", "bare-event"))
        return out

    def _named_after_role(self, name: str) -> bool:
        """出席某市2025年一季度重大项目集中开工活动: a named event; not 出席签约仪式 or 主持开幕会议 (a bare word)."""
        kind = max((s for s in self.suffixes if name.endswith(s)), key=len, default="")
        rest = name[: len(name) - len(kind)]
        # 调研和座谈会, 上午的全体会议: two events or a described one; 第二次全体会议, 某某会议开幕会: a part of a session
        return rest not in self.role_object_not and not any(w in name for w in "和的及与") \
            and not SESSION_PART_OR_DATE.match(name) and not rest.endswith(self.suffixes)

    def _is_name(self, name: str) -> bool:
        return len(name) >= 4 and name.endswith(self.suffixes) and self._reads_as_event(name)

    def _named_by_kind(self, name: str) -> bool:
        """某市重大项目年终比拼晾晒会在某中心召开: held at a venue, a name ending in a kind of 会 the suffix list
        does not hold is an event, unless the kind is a common word (社会, 机会) or an organisation's (协会)."""
        return (len(name) >= 5 and name.endswith("会") and not self.is_word(name[-2:])
                and not name.endswith(self.not_event_ends) and self._reads_as_event(name))

    def _reads_as_event(self, name: str) -> bool:
        """What every event's name is, whatever it ends in: quotes and brackets paired, not a generic word, a
        demonstrative, a clause with a verb inside, a count of events or an event and its venue."""
        if any(name[:m.start()].endswith(self.suffixes) for m in AT_VENUE_INSIDE.finditer(name)):
            return False                  # 推进会在某某会议|中心举行: the venue after 在 is no part of the name
        return (_balanced(name) and name not in self.generic and not name.startswith(DEMONSTRATIVES)
                and not UP_THERE.match(name)                                  # 省里会议: no name
                and not self.described_by_time.match(name) and not any(w in name for w in self.not_inside)
                and not COUNTED_EVENTS.match(name))         # 举办|30余场专业论坛: a count of events, not one

    def _listed_before(self, text: str, start: int) -> list[Candidate]:
        """Events listed before the subject share its verb: `<甲仪式>、<乙活动>举行`."""
        out = []
        while start > 0 and text[start - 1] == "、":
            end = start - 1
            m = self.list_item.search(text, 0, end)
            if m is None:
                break
            name, start = m.group("name"), m.start("name")
            if not self._is_name(name):
                break
            out.append(Candidate(start, end, "MEETING", "event-subject"))
        return out


def name_meetings_in_full(text: str, chosen: list[Candidate], is_host, is_place, convening: tuple[str, ...]) -> None:
    """Each mention of an event written short takes the one fuller name the text gives it (gold convention 10),
    each way of writing it short tried in turn; a mention named once keeps that name."""
    named_with_host(text, chosen, is_host, convening)
    named_with_place_inside(text, chosen, is_place)
    named_with_words_left_out(text, chosen)
    body_sessions_named_in_full(text, chosen)
    named_by_its_close(text, chosen)


def named_with_host(text: str, chosen: list[Candidate], is_host, convening: tuple[str, ...]) -> None:
    """某县举行|2025年春季重点项目集中开工仪式 (a headline) and 某县2025年春季…仪式在某地举行 (the lead), 市政府召开|
    第48次常务会议 and 主持召开市政府第48次常务会议: the event written without its host (a place or an organ) is
    the one the text names whole with it (gold convention 10: the fullest name the text supports), so the
    shorter mention takes the fuller name. `convening`: the verbs a host holds its event with (某区召开|…)."""
    def hosted(short: str, names: set[str], at: int) -> list[str]:
        # 某县召开|一季度某某推进会 and 某县2024年第一季度某某推进会: the lead adds the year (and 第 to the quarter);
        # 某区召开|某某会议 and 全区某某会议: the lead writes the host as its scope (not 在某座谈会上 cited in the body)
        scoped = text.endswith(convening, 0, at)
        found = [n for n in names if len(n) > len(short) and any(
            n.endswith(s) and _host_and_year(n[:len(n) - len(s)], is_host, scoped)
            for s in {short, _numbered_quarter(short)})]
        if len(found) > 1 and _one_organ([n[:len(n) - len(short)] for n in found]):
            found = [max(found, key=len)]    # 某市人民政府… and 市政府…: one organ written twice, the fuller name
        return found                         # two hosts (两县各自的开工仪式) name two events: left alone
    _name_more_fully(text, chosen, hosted)


def hosted_short_mentions(text: str, cands: list[Candidate], kinds: tuple[str, ...]) -> list[Candidate]:
    """参加全省活动后出席某市活动, 全省会议结束后: a scope (全省) or a place found, then only the kind of event, is
    the one event the text names in full with that opening and that kind (gold convention 10). A mention found
    already takes the name; the new ones are returned."""
    meetings = [c for c in cands if c.label == "MEETING"]
    names = {text[c.start:c.end] for c in meetings}
    hosts = {(m.start(), m.end()) for m in SCOPE_WORD.finditer(text)} | {(c.start, c.end) for c in cands
                                                                          if c.label == "PLACE"}
    out = []
    for s, e in sorted(hosts):
        kind = next((k for k in kinds if text.startswith(k, e)), None)
        if kind is None:
            continue
        host, short = text[s:e], text[s:e] + kind
        found = [n for n in names if n.startswith(host) and n.endswith(kind) and len(n) >= len(short) + 4]
        # a headline's short form of the lead's name (words left out between its opening and close) is one event
        found = [n for n in found if not any(_shortened(n, m) for m in found)]
        if len(found) != 1:
            continue
        same = [c for c in meetings if (c.start, c.end) == (s, s + len(short))]
        for c in same:
            c.names = found
        if not same:
            out.append(Candidate(s, s + len(short), "MEETING", "hosted-short", names=found))
    return out


def body_sessions_named_in_full(text: str, chosen: list[Candidate]) -> None:
    """某市委常委会召开会议 (a headline: 某市委常委会会议), then 主持召开十四届某市委常委会第72次会议 (the lead): the
    body's session is the one meeting the text names later with the body inside, its term and number (convention
    10: the fullest name the text supports)."""
    meetings = [c for c in chosen if c.label == "MEETING"]
    for c in meetings:
        if c.source != "body-session" or len(c.names) != 1:
            continue
        kind = text[c.start:c.end]
        body = c.names[0][:-len(kind)]
        found = {text[m.start:m.end] for m in meetings if m.start > c.end and body in text[m.start:m.end]
                 and text.endswith(kind, m.start, m.end) and m.end - m.start > len(c.names[0])}
        if len(found) == 1:
            c.names = [*found]


def named_with_place_inside(text: str, chosen: list[Candidate], is_place) -> None:
    """某区举行|2024年某某项目签约仪式 (a headline) and 2024年某省某某项目签约仪式在某地举行
    (the lead): the name written again with the place inside is the same event named more fully (gold convention
    10), so the shorter mention takes that name."""
    _name_more_fully(text, chosen, lambda short, names, _: [n for n in names if len(n) > len(short)
                                                            and _place_inserted(short, n, is_place)])


def named_with_words_left_out(text: str, chosen: list[Candidate]) -> None:
    """全省安全生产电视电话会议 (a headline) and 全省安全生产和森林防灭火工作电视电话会议 (the lead): a name whose
    opening and close both stand in a longer name, words left out between them, is that event written short
    (convention 10); not where a number, a term or a body is left out (人大|常委会第三次会议: another meeting)."""
    def longer(short: str, names: set[str], _) -> list[str]:
        return [n for n in names if _shortened(short, n)]
    _name_more_fully(text, chosen, longer)


def named_by_its_close(text: str, chosen: list[Candidate]) -> None:
    """我市在东博会举办|投资合作专场推介会 (a headline), then 第21届某博览会某市投资合作专场推介会 (the lead): a long
    name that only one longer name closes with is that event (convention 10); not a numbered sitting (第一次会议)."""
    _name_more_fully(text, chosen, lambda short, names, _: [
        n for n in names if len(short) >= CLOSE_MIN_CHARS and n.endswith(short) and len(n) > len(short)
        and not NUMBERED_PART.search(short)])


def _shortened(short: str, full: str) -> bool:
    """short is full written with words left out (and without the sitting it closes with: 某联席会议|第三次会议)."""
    return _words_left_out(short, full) or _words_left_out(short, SITTING_AFTER.sub("", full))


def _words_left_out(short: str, full: str) -> bool:
    """full is short with words written between its opening and its close (four characters each at least), none
    of them a number, a term or a body."""
    extra = len(full) - len(short)
    return extra >= 2 and any(full.startswith(short[:i]) and full.endswith(short[i:])
                              and not NUMBERED_PART.search(full[i:i + extra]) for i in range(4, len(short) - 3))


def _name_more_fully(text: str, chosen: list[Candidate], fuller) -> None:
    """Each meeting mention not yet named takes the one fuller name `fuller(short, names, start)` finds for it."""
    meetings = [c for c in chosen if c.label == "MEETING" and not c.names]
    names = {text[c.start:c.end] for c in meetings}
    for c in meetings:
        short = text[c.start:c.end]
        if len(short) >= HOSTED_MIN_CHARS and len(found := fuller(short, names, c.start)) == 1:
            c.names = found


def _place_inserted(short: str, full: str, is_place) -> bool:
    """full is short with one place written inside it, after its opening (2024年|某省|某某项目…)."""
    at = next((i for i, (a, b) in enumerate(zip(short, full)) if a != b), len(short))
    extra = len(full) - len(short)
    return 0 < at and 2 <= extra <= 8 and full[at + extra:] == short[at:] and is_place(full[at:at + extra])


def _host_and_year(prefix: str, is_host, scoped: bool = False) -> bool:
    """某县, 某县2024年, 2024某市, 某县2024年第二批: the host, with or without the year (and batch) the lead adds;
    `scoped`: the host may be written as its scope (全区)."""
    def host(h: str) -> bool:
        return is_host(h) or scoped and SCOPE.fullmatch(h) is not None
    m = YEAR_OPENING.fullmatch(prefix)
    if m is None:
        return host(prefix)
    before, after = m.group("before"), m.group("after")
    return not (before and after) and all(host(h) for h in (before, after) if h)


def _one_organ(hosts: list[str]) -> bool:
    """某某市人民政府, 市政府: one government, its full and its short name (人民政府 written 政府, the place left off)."""
    short = [h.replace("人民政府", "政府") for h in hosts]
    least = min(short, key=len)
    return least.endswith("政府") and len(least) >= 3 and all(h.endswith(least) for h in short)


def _find_all(text: str, word: str) -> list[int]:
    out, k = [], text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


def _balanced(name: str) -> bool:
    return name.count("（") + name.count("(") == name.count("）") + name.count(")") and name.count("“") == name.count("”")
