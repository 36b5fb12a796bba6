"""Which meeting a report speaks of, sentence by sentence (issue: one identity per meeting). The article's
meeting is the one its lead opens or convenes, under its fullest name; a later sentence moves to a second event
it opens (同日，某机关在某地召开某座谈会; 会后，某某主持召开某会议) and back to the session when it speaks of its
opening or closing. The words are data (relation_rules.json: meeting_opening_verbs, convening_verbs,
next_event_markers, session_parts, not_a_meeting_reference; 讲话.quoted and 讲话.earlier for a meeting named in
someone's account of an earlier time)."""
from __future__ import annotations

import re

from spacy.tokens import Span

from kg.nlp.entities import span_name
from kg.nlp.lexicon import alternation
from kg.textrules import FOLLOW_UP_RE, SCOPE, SCOPE_LEVELS, SESSION_BODIES, body_session, lead_byline


class Events:
    def __init__(self, rules: dict):
        self.rules = rules
        self.meeting_verbs = tuple(v for v in rules["meeting_opening_verbs"] if v != "在")
        self.held_verbs = tuple(rules["convening_verbs"])        # …召开<meeting>
        self.session_parts = tuple(rules["session_parts"])       # 开幕会, 闭幕时: the session itself
        # 会议期间，/会后，/随后: a sentence about an event beside the one the report is about
        self.side_markers = tuple(rules["next_event_markers"]) + tuple(rules["side_event_markers"])
        # 、市委九届九次全会精神: after a meeting's name, the list of meetings goes on to the word that cites them
        self.listed_before_reference = re.compile(r"(?:[、和及与][\u4e00-\u9fff0-9]{2,30}?(?:会议?|全会))+"
                                                  rf"(?:{alternation(rules['not_a_meeting_reference'])})")
        self.account = re.compile(rules["讲话"].get("quoted") or "(?!)")   # 某某表示，/介绍，: what someone says
        self.earlier = re.compile(rules["讲话"].get("earlier") or "(?!)")  # 今年5月…: a time before the report's
        verbs = alternation(self.meeting_verbs)
        self.opened_at_venue = re.compile(rf"在[^，。；]{{2,24}}?(?:{verbs})")
        # <meeting>，于12月17日至18日在某地举行, <meeting>12日晚在某饭店举行: the dates, where, the opening verb
        self.opened_on_dates = re.compile(rf"(?:[，,]?于[^，。；]{{1,16}}?|{DAY})(?:在[^，。；]{{2,24}}?)?(?:{verbs})")
        self.planned = re.compile(alternation(rules["planned_markers"]))   # 全会决定，12月下旬召开…: not held yet
        self.cited_after = frozenset(rules["cited_after"])         # 贯彻|某全会: the two characters before a name

    def article_meeting(self, text: str, ents: list[Span]) -> Span | None:
        # an event named only in someone's account (某某介绍，今年5月某推介会在上海举行) is not what a feature reports
        meetings = [x for x in ents if x.label_ == "MEETING" and not self.is_reference(text, x)
                    and not self._in_an_account(text, x)]
        for m in meetings:
            if self._side_event(text, m) and any(x.start_char < m.start_char for x in meetings):
                continue                         # 会议期间，某机关召开某座谈会: a side event of the one named before
            after = text[m.end_char:m.end_char + 8]
            if any(after.startswith(v) or after.lstrip("（(").startswith(v) for v in self.rules["meeting_opening_verbs"]) \
                    or self.opened_on_dates.match(text, m.end_char) or (len(m.text) > 4 and self.convened(text, m)):
                # 某县举行<name> in the headline, 某县<name>在某地举行 in the lead: the fuller name; a headline's
                # 全市<name> is the lead's 某市2025年<name> (convention 10: the fullest name the text gives)
                core = SCOPE.sub("", m.text)
                return max((x for x in meetings if x.text.endswith(m.text) or (
                    core != m.text and x.start_char > m.start_char and x.text.endswith(core)
                    and _scope_fits(m.text[1], x.text[:len(x.text) - len(core)]))
                    or (x.start_char > m.start_char and _shortened(m.text, x.text))), key=lambda x: len(x.text))
        return meetings[0] if meetings else None

    def _side_event(self, text: str, span: Span) -> bool:
        """The meeting's sentence opens with a marker of another event's time (会议期间，…, 会后，…, 随后…)."""
        opening = text[_sentence_start(text, span.start_char):span.start_char].lstrip()
        dateline = lead_byline(opening) or FOLLOW_UP_RE.match(opening)      # 又讯（记者 某某）会议期间，…
        return opening[dateline.end() if dateline else 0:].lstrip().startswith(self.side_markers)

    def _in_an_account(self, text: str, span: Span) -> bool:
        """The meeting is named after 表示，/介绍，/说： in its sentence and after a time before the report's
        (今年5月, 去年, 9月28日在…举行的): in what someone says of an earlier event."""
        start = _sentence_start(text, span.start_char)
        told = self.account.search(text, start, span.start_char)
        return told is not None and self.earlier.search(text, told.end(), span.start_char) is not None

    def after(self, text, sent, in_sent, roles, current) -> Span | None:
        """The event the sentences after this one speak of when they name none: a second event this sentence
        opens, or `current` still. Four forms: 大会结束后，某某主持召开某座谈会 (a marker, then a chaired event);
        某某主持座谈 (a bare event word chaired: the side event the item reports);
        观摩结束后，某某点评会在某地召开 (an event named, then its opening verb), unless it is `current` named
        again or a sub-session of it; and 会议期间，某某参加某座谈会 (an event held beside it, a side marker first)."""
        if current is None:
            return None
        s, e = sent
        chaired = [r.tail for r in roles if r.relation == "主持" and r.tail is not current
                   and s <= r.tail.start_char and r.tail.end_char <= e]
        # a bare event word chaired (某某主持座谈) is a side event of its own: the text names it no other way
        if chaired and chaired[-1].start_char > current.end_char \
                and (any(w in text[s:chaired[-1].start_char] for w in self.rules["next_event_markers"])
                     or (len(chaired[-1].text) <= 3 and not _same_event(current.text, chaired[-1].text))):
            current = chaired[-1]
        # 会议期间，某某参加某座谈会: an event held beside the current one, where the person the sentence opens with
        # takes part (not 委员们…列席某会议, nor a sitting of the session: 闭幕会前，主席团举行第三次会议)
        first = next((p for p in in_sent if p.label_ == "PERSON"), None)
        takes_part = first is not None and "们" not in text[s:first.start_char] and first.start_char - s <= SUBJECT_REACH
        beside = [m for m in in_sent if m.label_ == "MEETING" and takes_part and first.end_char <= m.start_char
                  and self._side_event(text, m) and not m.text.startswith("第") and not self.is_reference(text, m)
                  and not _same_event(current.text, m.text)]
        if beside:
            return beside[0]
        opened = [m for m in in_sent if m.label_ == "MEETING" and not self.is_reference(text, m)
                  and self.opens_here(text, m)]
        # 某政协会议举行第N次全体会议: the sitting belongs to the session named as the subject of 举行
        opened = [m for m in opened if not m.text.startswith("第")] or opened
        # a meeting opened after the current one's name, or before that name is first given in the body (the
        # headline named it: 某县委常委会召开会议 某县政府召开常务会议, the lead opens the first)
        later = opened[-1] if opened and (opened[-1].start_char > current.end_char or current.start_char >= e) else None
        if later is None:
            return current
        if not _same_event(current.text, later.text) or self._own_meeting(text, current, later) \
                or self._next_event(text, s, current, later):
            current = later
        return current

    def _next_event(self, text: str, s: int, current: Span, later: Span) -> bool:
        """会议结束后，某某电视电话会议随即召开: an event opened after a marker of the next one, under a name of
        its own (not the current one named again or in part, nor a sitting or a part of the session)."""
        return any(w in text[s:later.start_char] for w in self.rules["next_event_markers"]) and len(later.text) > 4 \
            and not later.text.startswith("第") and not later.text.endswith(self.session_parts) \
            and not current.text.endswith(later.text) and not later.text.endswith(current.text)

    def _own_meeting(self, text: str, current: Span, later: Span) -> bool:
        """全会闭幕后，某某主持召开市委常委会会议: a body's own meeting convened after the session, though both
        names end in 会议; not 召开第二次全体会议 (a sitting of the session)."""
        return self.convened(text, later) and current.text[-4:] != later.text[-4:] \
            and not later.text.startswith("第") and not later.text.endswith(self.session_parts)

    def back_at_session(self, text, sent, in_sent, current, article_meeting) -> Span | None:
        """26日下午，某某在闭幕时讲话: a sentence about the session's opening or closing that names no meeting is
        back at the article's meeting after a side meeting; so is a lead that opens the article's meeting, named in
        full after a headline named it short and a subheadline convened another (我市随即召开全市会议)."""
        if current is not article_meeting and article_meeting is not None and any(
                span_name(m) == span_name(article_meeting) and self.opens_here(text, m)
                for m in in_sent if m.label_ == "MEETING"):
            return article_meeting
        if current is not article_meeting and any(w in text[sent[0]:sent[1]] for w in self.session_parts) \
                and not any(x.label_ == "MEETING" for x in in_sent) \
                and not self._another_bodys_session(current, article_meeting):
            return article_meeting
        return current

    @staticmethod
    def _another_bodys_session(current: Span | None, article_meeting: Span | None) -> bool:
        """政协某市第十五届委员会第五次会议 after 某市第十六届人民代表大会第五次会议: its 闭幕会 is its own."""
        body = body_session(current.text)[0] if current is not None else ""
        return bool(body) and article_meeting is not None and body != body_session(article_meeting.text)[0]

    def named_by_opener(self, text, sent, current, named) -> Span | None:
        """`签约仪式上，…` / `下午的开工仪式上，…`: a sentence that opens at an event word is at the one event the
        text names with that word at its end (two events on one page: the signing, then the groundbreaking)."""
        m = EVENT_OPENER.match(text, sent[0])
        word = m.group("event").rsplit("的", 1)[-1] if m else ""     # 下午的开工仪式上: 开工仪式
        if len(word) < 3:
            return current                    # none, or a bare 会上: names no event
        same = {x.text: x for x in named if x.text.endswith(word) and len(x.text) > len(word)}
        return next(iter(same.values())) if len(same) == 1 else current

    def opens_here(self, text: str, m: Span) -> bool:
        """`某会议召开`, `某会议在某地举行`, `某机关在某地召开某会议`: the sentence reports the meeting's opening
        (an opening verb, or a venue clause and then one, right after its name; or the verb right before it)."""
        after = text[m.end_char:m.end_char + 30]
        return after.startswith(self.meeting_verbs) or self.opened_at_venue.match(after) is not None \
            or self.convened(text, m)

    def convened(self, text: str, m: Span) -> bool:
        """`…召开<meeting>`, `举行了<meeting>`: the opening verb right before the name, in a clause that does not
        plan it (全会决定，12月下旬召开某会议; 将于下月召开)."""
        before = text[max(0, m.start_char - 5):m.start_char]
        if not before.removesuffix("了").endswith(self.held_verbs):
            return False
        sentence = max(text.rfind(c, 0, m.start_char) for c in "。！？\n；") + 1
        return self.planned.search(text, sentence, m.start_char) is None

    def is_reference(self, text: str, span: Span) -> bool:
        """`…会议精神`, `《…大会上的讲话》`, `贯彻某全会…`: the meeting is cited, not the one being reported; so is
        the first of cited meetings listed before the word (省委某次全会、市委某次全会精神)."""
        after = text[span.end_char:span.end_char + 5]
        before = text[max(0, span.start_char - 2):span.start_char]
        return any(after.startswith(w) for w in self.rules["not_a_meeting_reference"]) or "《" in before \
            or before in self.cited_after \
            or self.listed_before_reference.match(text, span.end_char) is not None


SUBJECT_REACH = 30        # a side event's sentence names its subject near its start: 又讯（记者 某某）会议期间，市委书记某某…
DAY = r"(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:至[0-9]{1,2}日)?(?:上午|下午|晚上|晚)?"     # 12月17日至18日, 12日晚

# 签约仪式上，… 下午的开工仪式上，… 在推介会上，…: a sentence that opens at an event (its words: group "event")
EVENT_OPENER = re.compile(r"\s*(?:在)?(?P<event>[\u4e00-\u9fff]{0,8}?(?:会|仪式|式|会议|活动))上[，,]")


def _scope_fits(level: str, host: str) -> bool:
    """全市 and 某市2024年, 全省 and 某省 (or a place written without its level): the scope is the host's; not 全省
    and 某市 (同日，某市…活动: the city's own event beside the province's)."""
    levels = [c for c in host if c in SCOPE_LEVELS]
    return not levels or level in levels


def _same_event(a: str, b: str) -> bool:
    """Two names of one event: the same kind of meeting at the end (某市2024年…现场推进会 / 全市…现场推进会,
    人大一次会议 / 人民代表大会第一次会议), or one a sub-session of the other (推进会|总结大会); not two
    sessions of numbered bodies that differ in body, term or sitting (a people's congress and the CPPCC
    session held beside it)."""
    ka, kb = body_session(a), body_session(b)
    if ka[0] and kb[0] and ka != kb:
        return False
    if any((w in a) != (w in b) for w in SESSION_BODIES):
        return False                  # 某届人大某次会议主席团第一次会议: the presidium's own meeting, not the session
    # 某县委经济工作会议 / 某县委第十四届委员会第六次全体会议: a numbered session and a meeting of another kind
    one_numbered = _numbered(ka) != _numbered(kb)
    return a[-4:] == b[-4:] or (not one_numbered and a[-2:] == b[-2:] == "会议") or b.startswith(a[-3:]) \
        or a.startswith(b[-3:])


def _shortened(short: str, full: str) -> bool:
    """A headline's short name of the event the body names in full (某某新能源论坛 / 第二届某某新能源产业发展论坛):
    the same kind of event at the end, and every character of the short name in the full one, in order. Not a
    numbered session (its short forms are body_session's), a name holding a document's title (《…》) nor one
    holding the short name whole (某某论坛智能工厂分论坛: a part of that event)."""
    if len(short) < 5 or short in full or short[-2:] != full[-2:] or "《" in full \
            or _numbered(body_session(short)) or _numbered(body_session(full)):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _numbered(key: tuple[str, str, str]) -> bool:
    """A session of a congress, a CPPCC or a party committee with its term (body_session's key)."""
    return bool(key[0]) and bool(key[1])


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (after the last 。！？ or line break before it)."""
    return max(text.rfind(c, 0, at) for c in "。！？\n") + 1
