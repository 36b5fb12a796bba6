"""The `kg_relations` spaCy component: who chaired, attended, spoke, held which post, built what, where.

Works on one article per Doc. Sentences are split at 。！？；and line breaks; clauses at ，and 、-free
punctuation. A trigger word (主持, 出席, 讲话 …, data in pipelines/relation_rules.json) links the people
before it in its clause to the sentence's meeting, or to the article's meeting when the text only says
会议 / 会上 (the meeting named in the headline or lead). Results go to doc._.relations as dicts with
spans, the sentence's character range, the method and a rule confidence.
"""
from __future__ import annotations

import itertools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.doctext import doc_text
from kg.nlp.entities import BOOK_TITLE, ROUTE_JOINERS, SPAN_KEY, span_name
from kg.nlp.events import EVENT_OPENER, Events
from kg.nlp.lexicon import RulesError, alternation, load_lexicon, read_rule_section
from kg.nlp.meetings import DATE_LEAD, REPORT_SUBTITLE, wrap_up_root
from kg.nlp.phrases import CJK_WORD, CLAUSE_ADVERBS, COUNTY_LEVELS, NAME_LIST_JOINERS, PHASE, TOWN_LEVELS
from kg.nlp.people import GROUP_LABEL
from kg.nlp.projects import BuilderPhrases
from kg.paths import read_words
from kg.schema import REPORTER_ROLES
from kg.textrules import CLOSERS, ENUM_RE, INVESTED_SUM, at_most_a_number

if not Doc.has_extension("relations"):
    Doc.set_extension("relations", default=[])

SENT_FINAL = set("。！？；!?;\n")
CLAUSE_BREAK = "，,。！？；!?;：:\n"
# the time a sentence may open with before its subject: 12月27日下午，, 当天上午，, 随后
SENTENCE_TIME = re.compile(rf"\s*{DATE_LEAD}(?:当天|当日|同日|次日|随后|近日|日前)?(?:上午|下午|晚上)?[，,]?")
# 某市在某县召开: a place inside the host city (not 某市 in 北京市: a city may be another one)
COUNTY_AND_BELOW = (*COUNTY_LEVELS.replace("市", ""), *TOWN_LEVELS, "村", "街道")
BARE_EVENT_CHARS = 4                                  # 推介活动, 座谈会: an event word with no name of its own
LIST_BUILT_BY = re.compile(r"[，,]?(?:均|都|全部)?由")
LIST_ONLY = "、，,和及与等；;。\n \t"                  # what may stand between the items of a bare list
HEADING_INTRO_CHARS = 24                              # 各县市重点项目亮点纷呈：某市：…: a list's introduction
HEADING_INTRO = re.compile("：|——")
PARK_INSIDE = "内的"                                  # 某园区内的甲项目
PARK_WORD = "园区"                                     # 园区内的甲项目: the park named before
PARK_BACK_CHARS = 120                                 # how far back 园区 may refer (this sentence or the one before)


@dataclass
class Relation:
    head: Span
    relation: str
    tail: Span | str          # a Span, or the title text for 任职
    sent: tuple[int, int]     # sentence [start, end) in doc characters
    method: str
    confidence: float
    shared: int = 0           # firm-opens-name: how many characters of the project's name are the firm's own

    def as_dict(self) -> dict:
        """Plain data for doc._.relations: survives DocBin and multiprocessing (a Span would not).
        An entity that stands for one name other than its text (span._.names: 会议 of 某常委会召开会议) is
        given by that name, and its offsets are the mention's."""
        span_tail = isinstance(self.tail, Span)
        return {"head": span_name(self.head), "head_type": self.head.label_,
                "head_start": self.head.start_char, "head_end": self.head.end_char,
                "relation": self.relation, "tail": span_name(self.tail) if span_tail else self.tail,
                "tail_type": self.tail.label_ if span_tail else "TITLE",
                "tail_start": self.tail.start_char if span_tail else None,
                "tail_end": self.tail.end_char if span_tail else None,
                "sent_start": self.sent[0], "sent_end": self.sent[1], "method": self.method,
                "confidence": self.confidence}


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence: it ends at 。！？；, a line break, or a space between two Chinese
    characters outside brackets (two headline lines joined on one line; bylines keep their spaces)."""
    out, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "（(" and 1 or 0
        depth -= ch in "）)" and depth > 0 and 1 or 0
        split = ch in SENT_FINAL or (ch == " " and depth == 0 and 0 < i < len(text) - 1
                                     and _is_han(text[i - 1]) and _is_han(text[i + 1]))
        if split:
            _add_sentence(text, start, i + 1, out)
            start, depth = i + 1, 0
    _add_sentence(text, start, len(text), out)
    return out


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _add_sentence(text: str, s: int, e: int, out: list) -> None:
    while s < e and text[s].isspace():
        s += 1
    if s < e:
        out.append((s, e))


class RelationExtractor:
    """Rules over kg_entities' spans. Trigger words and patterns are loaded by `initialize(rules_path=...)`
    and saved with the pipeline (`to_disk`), with the title words that tell a list goes on."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.rules: dict | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, rules_path: str | None = None,
                   gazetteer_dir: str | None = None) -> None:
        from kg.paths import GAZETTEER_DIR, PIPELINES_DIR

        path = Path(rules_path or PIPELINES_DIR / "relation_rules.json")
        lex = load_lexicon(str(gazetteer_dir or GAZETTEER_DIR))     # the word lists kg_entities reads
        rules = read_relation_rules(path)
        # the words that state a site are kg_entities' too (a plainly named project with its site is one project)
        located = rules["位于"]
        located["triggers"] = list(dict.fromkeys([*lex.rules["PROJECT"]["site_verbs"], *located["triggers"]]))
        # a firm's own name is its full name without the legal form (某某电瓷电器|有限公司): kg_entities' list
        rules["实施"]["firm_legal_forms"] = lex.rules["COMPANY"]["legal_forms"]
        # an event's wrap-up (观摩总结会) held somewhere: kg_entities reads it as the event, so is its venue
        rules["位于"]["closing_parts"] = lex.rules["MEETING_SUBJECT"]["closing_parts"]
        # 某市在某会展中心举行 (a hall in the host city) against 某县在杭州举办 (another city): kg_entities' halls
        rules["位于"]["venue_suffixes"] = lex.rules["PLACE"]["venue_suffixes"]
        self._use(rules, sorted(lex.titles), sorted(lex.province_names), lex.rules["BUILT_BY"])

    def _use(self, rules: dict, titles: list[str], provinces: list[str], built_by: dict) -> None:
        self.rules = rules
        self.firm_legal_forms = tuple(rules["实施"].get("firm_legal_forms", ()))   # 有限公司, 集团…
        self.builders = BuilderPhrases(built_by)     # the entity rules' 由…投资建设 forms, one definition
        self.joined_partner = re.compile(rf"(?:{alternation(self.builders.joiners)}){FIRM_KIND}")   # 与|港资企业|某公司
        # 由<a partner no finder names>与|联合<firm>(合作)建设: the firm after the joiner builds (村集体与某公司共同建设)
        partner = rf"(?:[\u4e00-\u9fff]{{2,12}}?(?:{alternation(self.builders.partner_joiners)}))?"
        self.by_actor = re.compile(BY_ACTOR_LEAD + partner + FIRM_KIND)
        self.provinces = set(provinces)     # a province prefixing a project's name is not its site
        self.triggers = {rel: sorted(rules[rel]["triggers"], key=len, reverse=True)
                         for rel in ("主持", "出席", "讲话", "实施", "主办", "位于")}
        self.titles = set(titles)
        self.title_words = tuple(self.titles)          # for str.endswith: a phrase that ends in a title
        self.built_verbs = tuple(sorted(rules["位于"]["built_verbs"], key=len, reverse=True))
        self.invest_verbs = tuple(rules["位于"]["invest_verbs"])   # 在某镇投资的|某项目: the one after
        self.venue_adverbs = tuple(rules["位于"]["venue_adverbs"])
        self.venue_entered = tuple(rules["位于"]["venue_entered"])
        self.event_words = tuple(rules["位于"]["event_words"])          # 会议在某会议中心举行: the current event
        self.closing_parts = tuple(rules["位于"].get("closing_parts", ()))   # 观摩总结会在某厅召开: the event's wrap-up
        self.zones = tuple(rules["位于"]["zones_within"])
        self.park_ends = (*self.zones, "园")               # 某化工园, 某产业园区: a park a project may stand in
        # 某市在某会展中心|某开发区|某县举行: a hall, a zone or a county inside the host city, which is a site too
        self.host_inside = (*rules["位于"].get("venue_suffixes", ()), *self.zones, "中心", *COUNTY_AND_BELOW)
        along = rules["位于"]["along"]
        self.along_verbs = re.compile(rf"(?:{alternation(rules['位于']['river_positions'])})?"
                                      rf"(?:{alternation(along['verbs'])})")
        self.along_marker = along["marker"]
        self.visit_site_verbs = tuple(rules["位于"]["visit_site_verbs"])
        self.arrival = re.compile(alternation(rules["位于"]["arrival_verbs"]))    # 某某来到|某县，察看…
        self.reach_subjects = tuple(rules["位于"]["reach_subjects"])
        # ，(这家)公司2021年(从某市整体搬迁)落户…: the firm just named settles there
        self.settled_firm = re.compile(
            rf"(?<=[，。,；;\n])(?:{alternation(rules['位于']['firm_words'])})(?:于?(?:[0-9]{{4}}年|去年|今年|前年))?"
            rf"(?:从[\u4e00-\u9fff]{{2,10}}?(?:整体)?搬迁)?(?:{alternation(rules['位于']['settle_verbs'])})")
        # 在某市某区，… / 某县某乡境内，…, after a news opener at most (本报讯, 记者从某市获悉，)
        self.site_lead = re.compile(rf"\s*(?:{rules['位于']['site_lead']})(?P<at>在)?")
        self.site_enclosures = tuple(sorted(rules["位于"]["site_enclosures"], key=len, reverse=True))
        self.inside_words = tuple(w for w in self.site_enclosures if w.endswith("内"))   # 在某县境内|开工建设
        # 位于某县境内的…, 位于某江畔的…, 某沙漠边缘的…: what may stand between a site and the 的 before the thing
        self.site_surroundings = tuple(sorted(rules["位于"]["site_enclosures"] + rules["位于"]["site_positions"],
                                              key=len, reverse=True))
        self.described_by = {"的", *(w + "的" for w in self.site_surroundings)}
        # 在某镇分会场，某项目开工 / 某镇分会场(同步)开工的某项目: the projects started at a venue of a mass start
        # stand in the place it is named after
        halls = alternation(rules["位于"]["venue_halls"])
        # only a town or a park names such a hall for where its projects are: a city's or county's hall gathers the
        # projects of a whole area (writers then name each project's own site)
        self.start_venue_sites = (*TOWN_LEVELS, *rules["位于"]["start_venue_sites"], *self.zones)
        self.started_at_venue = re.compile(rf"(?:{halls})(?:{alternation(rules['位于']['venue_adverbs'])})?"
                                           rf"(?:{alternation(rules['位于']['built_verbs'])})的$")
        self.site_headings = tuple(sorted(rules["位于"]["site_headings"], key=len, reverse=True))
        # what may stand between the items of a site's list: list marks and the words describing an item
        item_words = rf"[{re.escape(LIST_ONLY)}]|{alternation(rules['位于']['site_heading_item_words'])}"
        self.heading_list_words = re.compile(rf"(?:{item_words})*")
        # a body sentence's list may also hold verbs (某镇：推进甲工程和乙项目，启动丙管道建设。)
        body_verbs = alternation(rules["位于"]["site_heading_body_verbs"])
        self.heading_body_words = re.compile(rf"(?:{item_words}|{body_verbs})*")
        self.listed_after = re.compile(rules["出席"].get("listed_after") or "(?!)")
        self.chair_label = re.compile(rules["主持"].get("chair_label") or "(?!)")
        self.demands = re.compile(rules["讲话"].get("demands") or "(?!)")
        self.pronoun_speakers = re.compile(rules["讲话"].get("pronoun_speakers") or "(?!)")
        self.pronoun_not_after = tuple(rules["讲话"]["pronoun_not_after"])
        self.in_turn_lead = re.compile(rf"^(?:{alternation([*rules['in_turn'], '也'])})")     # 甲、乙分别|也…
        self.speeches_in_turn = re.compile(alternation(rules["in_turn"] + rules["in_turn_speeches"]))
        self.reports_on = re.compile(rules["讲话"].get("reports_on") or "(?!)")
        self.visit_words = tuple(rules["实施"]["visit_words"])
        # 来到(位于某开发区的)某公司, 走进某开发区的某公司: the visit's host, its seat between the verb and the name
        self.visit_host = re.compile(rf"(?:{alternation(self.visit_words)})(?:(?:位于)?[^，。；、]{{2,24}}?的)?$")
        tail = rules.get("list_tail", {})            # nameless groups after a list of names (_group_tail)
        self.tail_starts, self.tail_chars = tuple(tail.get("starts", ())), tail.get("max_chars", 0)
        self.tail_ends = tuple(tail.get("ends", ())) + self.title_words
        self.absent_negations = tuple(rules["absent"]["negations"])
        self.absent_unrealised = tuple(rules["absent"]["unrealised"])
        self.tail_manner = re.compile(tail.get("manner") or "(?!)")   # …负责同志|在主会场 参加会议
        self.role_triggers = tuple(t for rel in ("主持", "出席", "讲话") for t in self.triggers[rel])
        # 主持大会并|就…作具体部署: a chair's or attendant's clause that goes on to speak on a topic
        self.delegating = tuple(rules["出席"]["delegating"])   # 受省长某某委托，…主持: the principal is not there
        self.role_then = re.compile(rf"(?:{alternation(self.triggers['主持'] + self.triggers['出席'])})"
                                    r"[^，。；、,;]{0,8}?并")
        self.river_positions = tuple(self.rules["位于"]["river_positions"])   # 某市长江|岸线…工程
        self.contractor_verbs = tuple(rules["实施"]["contractor_verbs"])
        # 由某公司(计划投资30亿元)建设, 由某建设集团总承包
        self.build_words = (*self.builders.verbs, *self.triggers["实施"], *self.contractor_verbs)
        self.builds_what_follows = re.compile(rf"^[^的]{{0,6}}?(?:{alternation(self.build_words)})的")   # 由某公司承建的|某工程
        self.mass_start_after = re.compile(rf"(?:{alternation(rules['实施']['mass_start_adverbs'])}){{0,2}}"
                                           rf"(?:{alternation(rules['实施']['mass_start_words'])})")
        batch = rules["实施"]["batch"]          # 此次集中开工项目28个，其中甲…；乙…: the batch of a mass start
        self.batch_phrase = re.compile(batch["pattern"])
        self.batch_continuers, self.batch_reach = tuple(batch["continuers"]), batch["max_chars"]
        self.mass_start_words = tuple(rules["实施"]["mass_start_words"])
        self.owner_phrase = re.compile(rf"(?:{alternation(rules['实施']['owners'])})(?:为|是)?")   # 项目业主为某公司
        self.main_venue_set_at = tuple(rules["位于"]["main_venue_set_at"])    # 主会场设在某会议中心 (not 分会场)
        self._venue_set_reach = max(map(len, self.main_venue_set_at), default=0)
        self.main_venue_set_after = tuple(rules["位于"]["main_venue_set_after"])   # 在某市设主会场
        self.venue_halls = sorted(rules["位于"]["venue_halls"], key=len, reverse=True)   # 某市|分会场集中开工…
        self.venue_hall_after = tuple("的" + w for w in self.venue_halls)     # 位于某园|的主会场
        self.events = Events(rules)                  # which meeting the text speaks of, sentence by sentence
        self.quoted = self.events.account            # 某某介绍，…: a speech trigger's words (讲话.quoted)
        verbs = alternation(rules["位于"]["venue_verbs"])
        adverbs = "|".join(map(re.escape, rules["位于"]["venue_adverbs"]))
        self.branch_halls = tuple(rules["位于"]["branch_halls"]["words"])     # 在某市分会场参加…: not where it is held
        self.attend_at_branch = tuple(rules["位于"]["branch_halls"]["attend_verbs"])
        # 在<venue>(隆重)举行, <meeting>于<venue>召开 (于5月16日在某市开幕: the venue after 在)
        self.venue_pattern = re.compile(rf"[在于](?P<venue>[^，。；：\n,;:在]{{2,30}}?)(?:{adverbs})?(?:{verbs})")
        # 某县举办了以“…”为主题的<meeting>: the verb, then the meeting (search from up to 40 characters before it)
        hosts = alternation(rules["位于"]["host_verbs"])
        self.host_verb = re.compile(rf"(?:{adverbs})?(?:{hosts})了?(?:以[“\"][^”\"，。]{{1,30}}[”\"]为主题的)?$")

    def _ensure(self) -> None:
        if self.rules is None:
            self.initialize()

    def to_bytes(self, *, exclude=()) -> bytes:
        self._ensure()
        return srsly.msgpack_dumps({"rules": self.rules, "titles": sorted(self.titles), "provinces": sorted(self.provinces),
                                    "built_by": self.builders.rules})

    def from_bytes(self, data: bytes, *, exclude=()) -> "RelationExtractor":
        msg = srsly.msgpack_loads(data)
        self._use(msg["rules"], msg["titles"], msg["provinces"], msg["built_by"])
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        self._ensure()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "relation_rules.json", self.rules)
        (path / "titles.txt").write_text("\n".join(sorted(self.titles)) + "\n", encoding="utf-8")
        (path / "provinces.txt").write_text("\n".join(sorted(self.provinces)) + "\n", encoding="utf-8")
        srsly.write_json(path / "built_by.json", self.builders.rules)

    def from_disk(self, path, *, exclude=()) -> "RelationExtractor":
        path = Path(path)
        self._use(read_relation_rules(path / "relation_rules.json"), read_words(path / "titles.txt"),
                  read_words(path / "provinces.txt"), read_rule_section(path / "built_by.json", "BUILT_BY"))
        return self

    def __call__(self, doc: Doc) -> Doc:
        self._ensure()
        ents = sorted(doc.spans[SPAN_KEY], key=lambda s: s.start_char) if SPAN_KEY in doc.spans else []
        text = doc_text(doc)
        article_meeting = self.events.article_meeting(text, ents)
        # the meetings the document names (not cites), for a bare event word to refer back to (推介活动 -> …推介会)
        self._named_meetings = [x for x in ents if x.label_ == "MEETING" and not self.events.is_reference(text, x)]
        # a visit told before the text names any meeting: (where its first visit word ends, where the first
        # meeting starts); a speech between the two (项目经理某某介绍) is at no meeting. Reset for every document.
        self._visit_before_meeting = (
            min((k + len(w) for w in self.visit_words if (k := text.find(w)) >= 0), default=len(text) + 1),
            min((x.start_char for x in self._named_meetings), default=len(text)))
        rels: list[Relation] = []
        projects = [x for x in ents if x.label_ == "PROJECT"]
        places = [x for x in ents if x.label_ == "PLACE"]
        last_project, k = None, 0
        firms = [x for x in ents if x.label_ == "COMPANY"]
        last_firm, f = None, 0
        current = article_meeting           # the event the text is reporting on at this point
        topic = None                        # a project heading its paragraph (1．某某项目。): what the rest is about
        heading = None                      # the sites a work report's list is under (某县：甲项目；乙项目。)
        held = None                         # (the place, where its event ends) of the last mass start named
        batch = None                        # the place whose batch of started projects the text is listing
        bounds = sentences(text)
        before = (0, 0, [])                 # the sentence before this one and its roles: its opener may be 他 here
        for s, e in bounds:
            while k < len(projects) and projects[k].end_char <= s:      # the last project named before this sentence
                last_project, k = projects[k], k + 1
            in_sent = [x for x in ents if s <= x.start_char and x.end_char <= e]
            if topic is not None and "\n" in text[topic.end_char:s]:
                topic = None
            rels += self._titles(in_sent, (s, e))
            current = self.events.back_at_session(text, (s, e), in_sent, current, article_meeting)
            current = self.events.named_by_opener(text, (s, e), current, self._named_meetings)
            roles = self._meeting_roles(text, (s, e), in_sent, current)
            rels += roles + self._pronoun_speech(text, (s, e), before, ents)
            current = self.events.after(text, (s, e), in_sent, roles, current)
            before = (s, e, roles)
            recent = last_project if last_project is not None and last_project.start_char >= s - 300 else None
            while f < len(firms) and firms[f].end_char <= s:                # the last firm named before it
                last_firm, f = firms[f], f + 1
            firm = last_firm if last_firm is not None and last_firm.start_char >= s - 200 else None
            respective = self._respective_builders(text, in_sent)
            rels += self._projects(text, (s, e), in_sent, firm, respective) \
                + self._mass_starts(text, (s, e), in_sent) + self._mass_start_lists(text, (s, e), in_sent)
            held = self._mass_start_held(in_sent, places) or held
            batch_rels, batch = self._batch_listed(text, (s, e), in_sent, held, batch)
            rels += batch_rels
            opening = _anaphor_end(text, s, recent)     # where 该项目/项目/该基地 opening the sentence ends
            if not respective:                  # 甲、乙分别由A、B建设: each its own builder (_projects)
                rels += self._builder_of_topic(text, (s, e), in_sent, recent if opening is not None else None, topic)
            rels += self._owners(text, (s, e), in_sent, recent)
            rels += self._built_by_anaphor(text, (s, e), in_sent, recent, opening, topic)
            opened = self._site_heading(text, (s, e), in_sent)
            if opened or heading is None or text[s - 1:s] not in "；;":
                heading = opened
            else:
                heading = (heading[0], s)         # the list runs on after ；
            if heading:
                rels += self._site_heading_list(text, (s, e), *heading, in_sent)
            rels += self._locations(text, (s, e), in_sent, recent, topic)
            rels += self._settled_firm(text, (s, e), in_sent, firm)
            rels += self._projects_in_parks(text, (s, e), in_sent, places)
            topic = _heading_project(text, (s, e), in_sent) or topic
            rels += self._main_venues(text, (s, e), in_sent, current)
            rels += self._organisers(text, (s, e), in_sent)
        owned = self._firms_opening_projects(text, ents, bounds)
        rels = [r for r in rels if not _inside_a_firms_name(r, owned)] + owned
        rels += self._report_speakers(text, ents)
        rels += self._cited_speeches(text, ents)
        doc._.relations = [r.as_dict() for r in _dedupe(rels)]
        return doc

    # -- relations ------------------------------------------------------------------------------------------
    def _titles(self, in_sent: list[Span], sent: tuple[int, int]) -> list[Relation]:
        out = []
        for p in in_sent:
            if p.label_ == "PERSON":
                for t in p._.mention_titles:
                    out.append(Relation(p, "任职", t, sent, "title-chain", 0.9))
        return out

    def _find_triggers(self, text: str, s: int, e: int, rel: str, in_sent: list[Span]) -> list[tuple[int, int]]:
        """(start, end) of the relation's trigger words in text[s:e], longest first where they overlap; not one
        inside an entity's name (某县某某项目启动仪式, 某某讲话精神宣讲会: the name's word, no verb of the sentence)."""
        found, taken = [], set()
        if rel == "讲话":                  # 作了关于…的报告: the whole phrase is the verb
            for m in self.reports_on.finditer(text, s, e):
                if text[m.start() - 1:m.start()] in WORD_BEFORE_ZUO \
                        or text[m.start() + 1:m.start() + 2] in WORD_AFTER_ZUO:
                    continue                      # 审议政府工作报告, 经济作物研究所: the 作 of a word, no report made
                found.append((m.start(), m.end()))
                taken.update(range(m.start(), m.end()))
        for trig in self.triggers[rel]:
            for m in re.finditer(re.escape(trig), text[s:e]):
                a, b = s + m.start(), s + m.end()
                if trig.startswith("作") and text[a - 1:a] in WORD_BEFORE_ZUO:
                    continue                      # 审议政府工作报告: the 作 of 工作, not a report made
                if not taken.intersection(range(a, b)):
                    found.append((a, b))
                    taken.update(range(a, b))
        return sorted((a, b) for a, b in found if not any(x.start_char <= a < x.end_char for x in in_sent))

    def _meeting_roles(self, text, sent, in_sent, article_meeting) -> list[Relation]:
        s, e = sent
        people = [x for x in in_sent if x.label_ == "PERSON"]
        if not people:
            return []
        out: list[Relation] = []
        for rel in ("主持", "出席", "讲话"):
            conf = self.rules[rel]["confidence"]
            for a, b in self._find_triggers(text, s, e, rel, in_sent):
                if rel == "讲话" and (self._speech_is_a_noun(text, a, b) or text[b:b + 1] == "会"
                                     or _heard_from_no_one_named(text, s, a, people)):
                    continue                      # 重要讲话精神, 讲话要求: a cited speech; 参加推介会: an event
                if rel == "讲话" and any(w in text[_clause_start(text, s, a):a] for w in self.rules["讲话"]["interviews"]):
                    continue                      # 某某接受记者采访时表示: said to a reporter, not at the event
                if rel == "讲话" and text[a:b] in self.rules["讲话"]["quote_attributions"] \
                        and text[s:a].lstrip()[:1] in CLOSERS:
                    continue                      # “…。”某公司总经理某某说。: a quote given to the reporter
                if self._absent(text, s, a):
                    continue                      # 未能参会, 原定到会汇报: the role did not happen
                if rel == "出席" and (text[b:b + 1] == "的" or (text[a:b] in ("与会", "参会") and text.startswith(
                        tuple(self.rules["出席"]["attendee_nouns"]), b))):
                    continue                      # 会见参会的企业家, 与会专家围绕…: the attendants are the ones described
                if rel == "主持" and text[b:b + 1] == "的" and not any(
                        x.label_ == "MEETING" and x.start_char == b + 1 for x in in_sent):
                    continue                      # 其主持的某研究项目, 由某某主持的节目: what is led is no meeting
                visit = next((w for w in self.rules[rel].get("not_objects", ()) if text.startswith(w, b)), None)
                if visit and text[b + len(visit):b + len(visit) + 1] not in "和及与":
                    continue                      # 参加调研: a visit, not a meeting (参加调研和座谈会 attends it)
                meeting = self._meeting_for(text, sent, in_sent, a, b, article_meeting, rel)
                if meeting is None:
                    continue
                named = [x for x in in_sent if x.label_ == "MEETING"]
                for p in self._subjects(text, people, s, a, named, rel):
                    for m in _listed_with(text, meeting, named):
                        out.append(Relation(p, rel, m, sent, "trigger:" + text[a:b], conf))
        # 出席会议的有甲、乙、丙: the attendants named after the verb
        for m in self.listed_after.finditer(text, s, e):
            meeting = self._meeting_for(text, sent, in_sent, m.start(), m.end(), article_meeting)
            after = [p for p in people if p.start_char >= m.end() and not _is_reporter(p)]
            if meeting is None or not after or after[0].start_char - m.end() > 16:
                continue
            group = [after[0]]
            for p in after[1:]:
                if not self._joins_list(text[group[-1].end_char:p.start_char]):
                    break
                group.append(p)
            out += [Relation(p, "出席", meeting, sent, "listed-after:" + m.group(), self.rules["出席"]["confidence"])
                    for p in group]
            label = GROUP_LABEL.search(m.group())        # 出席会议的省领导有甲、乙: the label is each one's title
            #                                               (gold convention 8: a label before a list is a title)
            if label and text[after[0].start_char - 1:after[0].start_char] in "：:有" :
                out += [Relation(p, "任职", label.group(), sent, "group-label", self.rules["出席"]["confidence"])
                        for p in group if not p._.mention_titles]
        # 主持人：(副省长)某某: a programme line names the chair
        for m in self.chair_label.finditer(text, s, e):
            meeting = self._meeting_for(text, sent, in_sent, m.start(), m.end(), article_meeting, "主持")
            after = [p for p in people if p.start_char >= m.end() and not _is_reporter(p)]
            if meeting is not None and after and after[0].start_char - m.end() <= 16:
                out.append(Relation(after[0], "主持", meeting, sent, "chair-label", self.rules["主持"]["confidence"]))
        # 某某要求，…: what a person demands is said at the event reported on (not at a meeting it names)
        if article_meeting is not None:
            for m in self.demands.finditer(text, s, e):
                speaker = next((p for p in people if p.end_char == m.start() and not _is_reporter(p)), None)
                opens = speaker is not None and (speaker.start_char == s or text[speaker.start_char - 1] in CLAUSE_BREAK
                                                 or self._opens_clause_with_title(text, speaker, s))
                if opens:
                    out.append(Relation(speaker, "讲话", article_meeting, sent, "demands", self.rules["讲话"]["confidence"]))
        # 会议听取了某厅厅长某某关于…的汇报: the one who reports speaks at the meeting
        heard = list(HEARD_REPORT.finditer(text, s, e))
        for m in list(heard):
            while (m := HEARD_NEXT.match(text, m.end(), e)) is not None:
                heard.append(m)
        # a meeting named in what a report is about (关于某博览会筹备情况的汇报) is not where it is heard
        outside = [x for x in in_sent if not any(h.start() <= x.start_char and x.end_char <= h.end() for h in heard)] \
            if heard else in_sent
        for m in heard:
            meeting = self._meeting_for(text, sent, outside, m.start(), m.end(), article_meeting, "讲话")
            if meeting is not None:
                out += [Relation(p, "讲话", meeting, sent, "heard-report", self.rules["讲话"]["confidence"])
                        for p in people if m.start("who") <= p.start_char and p.end_char <= m.end("who")
                        and not _is_reporter(p)]
        # others named beside the chair in a meeting's lead sentence attended it
        chairs = {id(r.head) for r in out if r.relation == "主持"}
        speakers = {id(r.head) for r in out if r.relation == "讲话"}    # a speaker attends only where it is said
        meetings = {r.tail.start_char: r.tail for r in out if r.relation != "任职"}
        if meetings and chairs:
            meeting = next(iter(meetings.values()))
            for p in people:
                if id(p) not in chairs | speakers and self._opens_clause_with_title(text, p, s) \
                        and not _is_reporter(p) and not text.startswith(self.delegating, p.end_char) \
                        and not _speech_cited_at(text, p, in_sent):   # 受某某委托; 某某在某会议上的讲话要求
                    out.append(Relation(p, "出席", meeting, sent, "co-mentioned", 0.6))
        return out

    def _pronoun_speech(self, text, sent, before, ents) -> list[Relation]:
        """某某主持召开某专题会，…。他强调，…: 他 opening a sentence with a speech verb is the person who opens
        the sentence before (after a time at most, or introduced by a title) and chairs or attends an event
        there: a speech at that event; not where that sentence has them sign or meet guests (pronoun_not_after)."""
        s, e = sent
        b_start, b_end, b_roles = before
        m = self.pronoun_speakers.match(text, s + len(text[s:e]) - len(text[s:e].lstrip()))
        if m is None or any(w in text[b_start:b_end] for w in self.pronoun_not_after):
            return []
        opener = next((p for p in ents if p.label_ == "PERSON" and b_start <= p.start_char < b_end
                       and not _is_reporter(p)), None)
        if opener is None or not (self._opens_sentence(text, opener, b_start)
                                  or self._opens_clause_with_title(text, opener, b_start)):
            return []
        if any(r.relation == "讲话" and r.head != opener for r in b_roles):
            return []                      # 甲主持会议，乙在会上讲话。他强调: 他 goes on with 乙's speech
        role = next((r for r in b_roles if r.head == opener and r.relation in ("主持", "出席")), None)
        return [Relation(opener, "讲话", role.tail, sent, "pronoun:" + m.group(), self.rules["讲话"]["confidence"])] \
            if role is not None else []

    def _opens_clause_with_title(self, text: str, p: Span, sent_start: int) -> bool:
        """…，副省长唐明远安排部署工作: the person opens a clause, introduced only by their title."""
        i = p.start_char
        while i > sent_start and text[i - 1] not in CLAUSE_BREAK:
            i -= 1
        lead = text[i:p.start_char]
        return bool(lead) and any(lead.endswith(t) for t in p._.mention_titles) and all(
            lead.startswith(t) or t in lead for t in p._.mention_titles[:1])

    def _opens_sentence(self, text: str, p: Span, sent_start: int) -> bool:
        """当天上午，某某来到…，并主持召开…: the person opens the sentence, a time before them at most."""
        return SENTENCE_TIME.fullmatch(text, sent_start, p.start_char) is not None

    def _speech_is_a_noun(self, text: str, a: int, b: int) -> bool:
        rule = self.rules["讲话"]
        if text[a - 1:a] == "在" and text[b:b + 1] in "中时":
            return False                          # 某某在讲话中强调: the person's own speech here
        if text[a - 1:a] == "所" and text[a:b] in rule["quoted_with_suo"]:
            return True                           # 正如某某所说: a saying quoted
        if text.startswith(tuple(rule["gestures"].get(text[a:b], ())), b):
            return True                           # 向大会表示祝贺: a gesture, not a speech
        return any(text.startswith(w, b) for w in rule["noun_after"]) or any(
            text[max(0, a - len(w)):a] == w for w in rule["noun_before"])

    def _absent(self, text: str, sent_start: int, trig: int) -> bool:
        """未出席, 未能参会; 原定到会汇报, 因在外参加学术交流活动: the clause says the role did not happen; 此前曾撰文指出:
        it happened before, elsewhere."""
        clause = text[_clause_start(text, sent_start, trig):trig]
        return clause.endswith(self.absent_negations) or any(w in clause for w in self.absent_unrealised)

    def _subjects(self, text: str, people: list[Span], sent_start: int, trig: int,
                  meetings: list[Span] = (), rel: str = "") -> list[Span]:
        """The person right before the trigger and the list they stand in.

        A list continues over 、，和 and over the next person's title (…何建平，省政府参事宋长河、丁瑞华…先后发言);
        any other words (another verb, 安排部署工作) end it: 甲乙出席丙主持 gives 丙 alone for 主持.
        """
        before = [p for p in people if sent_start <= p.start_char and p.end_char <= trig and not _is_reporter(p)]
        if not before or _addressed(text, before[-1], sent_start):
            return []                             # 他对村党支部书记某某说: the one spoken to, not the speaker
        gap = text[before[-1].end_char:trig]
        for m in meetings:                        # 信长星在某某座谈会上强调: the meeting is not a gap
            if before[-1].end_char <= m.start_char and m.end_char <= trig:
                gap = gap.replace(m.text, "")
        if self._unread_subject(gap):
            return []                             # 甲致辞，县长某某主持: a new clause's official, a name unread
        gap = self.in_turn_lead.sub("", gap)      # 甲、乙分别就…作大会发言
        if (then := self.role_then.match(gap)) and gap.startswith(tuple(self.rules["topic_markers"]), then.end()):
            gap = gap[then.end():]                # 主持大会并|就…作具体部署: the chair speaks
        gap = BOOK_TITLE.sub("《》", gap)                  # 就《某某规划的建议（讨论稿）》起草情况作说明: one word
        topical = gap.startswith(tuple(self.rules["topic_markers"])) and not any(c in CLAUSE_BREAK for c in gap)
        group = self._group_tail(gap)
        limit = self.tail_chars if group else 20 if gap.startswith("等") else 30 if topical else 12
        if len(gap) > limit and "由" not in gap:
            return self._sentence_subject(text, before, sent_start, trig, rel == "讲话")  # …韩国栋等14位专家先后发言: a list
        group = [before[-1]]
        for p in reversed(before[:-1]):
            if not self._joins_list(text[p.end_char:group[0].start_char]):
                break
            group.insert(0, p)
        return group

    def _unread_subject(self, gap: str) -> bool:
        """`致辞，县长某某` between a person and the verb: the last clause opens with a post and a few characters
        after it, the official whose name the finders missed; the person before is not the verb's subject."""
        if not any(c in CLAUSE_BREAK for c in gap):
            return False
        last = re.split(f"[{CLAUSE_BREAK}]", gap)[-1]
        post = max((t for t in self.titles if last.startswith(t)), key=len, default="")
        return bool(post) and 2 <= len(last) - len(post) <= 4 and CJK_WORD.match(last[len(post):]) is not None

    def _group_tail(self, gap: str) -> bool:
        """`，县直有关单位负责同志` / `，县人民法院院长、县人民检察院检察长，各乡镇人大主席` / `，市政府组成人员，
        市人大常委会副秘书长和各工作机构负责人等` between a list of names
        and its verb: groups named without names (each part after ， ending in a group word or a post) do not cut
        the list from the verb."""
        if not gap.startswith(self.tail_starts) or len(gap) > self.tail_chars:
            return False
        parts = gap.removeprefix("，").split("，")     # 和某某领导干部，各县党政主要负责同志: each part a group
        parts[-1] = self.tail_manner.sub("", parts[-1])
        return all(part and not any(c in CLAUSE_BREAK for c in part) and part.removesuffix("等").endswith(self.tail_ends)
                   for part in parts)

    def _sentence_subject(self, text: str, before: list[Span], sent_start: int, trig: int,
                          speech: bool = False) -> list[Span]:
        """州委书记某某到某县调研…，并在某镇主持召开座谈会: a clause that goes on with 并/随后 has the sentence's
        subject, the person who opens it introduced only by a title, when no one else is named between."""
        clause = _clause_start(text, sent_start, trig)
        if clause <= sent_start or not text[clause:trig].startswith(tuple(self.rules["continued_clause_starts"])):
            return []
        first = before[0]
        if not (self._opens_clause_with_title(text, first, sent_start)
                or self._opens_sentence(text, first, sent_start)):
            return []
        subject = [first]     # 甲、乙、丙在分会场参加会议，并先后作表态发言: the opening list speaks, one after another
        for p in before[1:] if speech and self.speeches_in_turn.search(text, clause, trig + 4) else ():
            if p.start_char >= clause or not self._joins_list(text[subject[-1].end_char:p.start_char]):
                break
            subject.append(p)
        return [] if any(p.start_char < clause for p in before[len(subject):]) else subject

    def _joins_list(self, between: str) -> bool:
        rest = between.strip("、，,和及与以及 ")
        if not rest:
            return True
        group, comma, rest = rest.partition("，")
        if comma and group.startswith("等") and group.endswith(self.tail_ends) and len(group) <= 10:
            rest = rest.strip()                   # 甲、乙等县领导，县法院院长丙列席: one list, two groups
            if not rest:
                return True
        else:
            rest = group + comma + rest
        if "，" in rest or "," in rest:
            return False                          # 受某某委托，副省长某某讲话: another clause, not the list
        if len(rest) > 30 or any(c in rest for c in "。；;：:") \
                or any(t in rest for t in self.role_triggers):
            return False                          # another verb; a build word in a firm's name (某建设有限公司) is not
        return rest.endswith(self.title_words)                     # a title phrase: 省政府参事

    def _meeting_for(self, text, sent, in_sent, a, b, article_meeting, rel=None) -> Span | None:
        meeting = self._meeting_named_for(text, sent, in_sent, a, b, article_meeting, rel)
        if meeting is None or len(meeting.text) > BARE_EVENT_CHARS:
            return meeting
        # 出席推介活动, 主持座谈: a bare event word is the event named before it whose name holds its root
        fuller = [x for x in self._named_meetings if x.end_char <= meeting.start_char
                  and len(x.text) > len(meeting.text) and meeting.text[:2] in x.text]
        return fuller[-1] if fuller else meeting

    def _meeting_named_for(self, text, sent, in_sent, a, b, article_meeting, rel=None) -> Span | None:
        s, e = sent
        named = [x for x in in_sent if x.label_ == "MEETING" and not self.events.is_reference(text, x)]
        # 在第三届某博会某市专场推介会上致辞: the event named whole, not the fair named inside its name
        named = [x for x in named if not any(y.start_char <= x.start_char and x.end_char <= y.end_char
                                             and len(y) > len(x) for y in named)]
        after = [x for x in named if x.start_char >= b]
        # the speech's words after the trigger (在致辞中介绍，…), or the trigger itself a verb of saying (表示，…)
        quoted = rel == "讲话" and (self.quoted.match(text, b) or self.quoted.match(text, a))
        if text.endswith(("会议", "会上"), a, b) or quoted:
            after = []                              # 主持会议，研究某某博览会筹备工作: 会议 is the meeting already named;
            # 在致辞中介绍，今年5月某某活动…: an event in the speech's words is spoken about, not spoken at
        before = [x for x in named if x.end_char <= a]
        opener = EVENT_OPENER.match(text, s)
        if rel == "讲话" and opener and article_meeting is not None and not any(x.start_char < opener.end() for x in named) \
                and not any(k in opener.group() and k not in article_meeting.text for k in self.rules["side_meeting_words"]):
            return article_meeting                  # 签约仪式上，某某介绍了本届某洽会…情况: spoken at the article's event
        if after and after[0].start_char - b <= 4:
            if text[after[0].end_char:after[0].end_char + 1] == "的":
                return None                         # 看望出席XX会议的委员: the 出席 is the 委员's, not the subject's
            return after[0]                         # 主持召开XX会议
        if before:
            return before[-1]                       # XX会议由…主持
        if after:
            return after[0]
        if article_meeting is not None and any(k in text[s:e] and k not in article_meeting.text
                                               for k in self.rules["side_meeting_words"]):
            return None                             # 座谈会上…: a side meeting, not the session the page names
        visit_end, first_meeting = self._visit_before_meeting
        if rel == "讲话" and visit_end <= s and first_meeting >= e:
            return None                             # 项目经理某某介绍 on a visit before any meeting is named
        return article_meeting

    def _projects(self, text, sent, in_sent, firm_before: Span | None = None,
                  respective: dict[Span, Span] | None = None) -> list[Relation]:
        """Who builds each project of the sentence; `firm_before`: the last firm named in the sentences just
        before (某公司总经理某某介绍，该公司承建的某工程…); `respective`: each project's builder after 分别由
        (_respective_builders)."""
        respective = respective or {}
        out = []
        actors = [x for x in in_sent if x.label_ in ("COMPANY", "ORG", "PLACE", "PERSON")]
        sites = [x for x in actors if x.label_ == "PLACE"]
        out += [Relation(x, "实施", proj, sent, "respective-builders", self.rules["实施"]["confidence"])
                for proj, x in respective.items()]
        for proj in (x for x in in_sent if x.label_ == "PROJECT"):
            # builder named inside the project name: 某某锂业年产2万吨碳酸锂
            inner = [x for x in actors if proj.start_char <= x.start_char and x.end_char <= proj.end_char]
            opening = _places_from(proj.start_char, proj.end_char, [x for x in inner if x.label_ == "PLACE"])
            lead = opening[-1].end_char if opening else proj.start_char    # the builder starts after them
            # project + 由 + actor + build verb: 某项目由某公司投资建设 (甲项目、乙项目均由…: the list's end)
            stated = [] if proj in respective else self._built_by(text, _listed_projects_end(text, proj, in_sent),
                                                                  [x for x in actors if x not in inner], in_sent)
            for x in inner:
                bracketed = text[x.start_char - 1:x.start_char] in ("（", "(") and text[x.end_char:x.end_char + 1] in ("）", ")")
                if x.label_ == "COMPANY" and (x.start_char in (proj.start_char, lead) or bracketed) \
                        and not _a_product_beside_the_builder(text, x, stated, self.contractor_verbs):
                    out.append(Relation(x, "实施", proj, sent, "builder-in-name", 0.8))
            out += [Relation(x, "实施", proj, sent, "by-actor", self.rules["实施"]["confidence"]) for x in stated]
            # 由 + builders + build verb + 的 + project: 由甲和乙共同投资的某项目
            out += [Relation(x, "实施", proj, sent, "by-actor", self.rules["实施"]["confidence"])
                    for x in self._builders_before(text, proj, [x for x in actors if x not in inner and x.label_ in ("COMPANY", "ORG")])]
            # 某某米业(在某镇)投资的某项目: the firm right before its build verb and 的 (BuilderPhrases.opening);
            # 某公司的某项目: the firm's own project
            out += [Relation(x, "实施", proj, sent, "built-by", self.rules["实施"]["confidence"]) for x in actors
                    if x.label_ == "COMPANY" and x.end_char < proj.start_char
                    and (self.builders.verb_of.fullmatch(text, _past_site(text, x.end_char, sites), proj.start_char)
                         or text[x.end_char:proj.start_char] == "的")]
            # 来到某公司，察看该公司(投资建设的)某项目: the firm just named builds it
            if self.builders.anaphor.search(text, max(sent[0], proj.start_char - 12), proj.start_char):
                named = [x for x in actors if x.label_ == "COMPANY" and x.end_char <= proj.start_char and x not in inner]
                named = named or ([firm_before] if firm_before is not None else [])
                if named:
                    out.append(Relation(named[-1], "实施", proj, sent, "firm-anaphor", self.rules["实施"]["confidence"]))
            # the host of a visit: 在某公司，某某察看了某项目 / 来到某公司，了解某项目建设进展 (not 在某公司的支持下)
            if not any(x.label_ == "COMPANY" for x in inner):
                hosts = [x for x in actors if x.label_ == "COMPANY" and x.end_char <= proj.start_char
                         and text[x.end_char:x.end_char + 1] != "、"      # 来到甲公司、乙项目: two places visited
                         and (self.visit_host.search(text, max(sent[0], x.start_char - 40), x.start_char)
                              or text[x.start_char - 1:x.end_char + 1] in (f"在{x.text}，", f"在{x.text},"))]
                if hosts and not any(y.label_ == "COMPANY" and hosts[-1].end_char <= y.start_char < proj.start_char
                                     for y in actors):
                    out.append(Relation(hosts[-1], "实施", proj, sent, "visit-host", self.rules["实施"]["confidence"]))
            # actor + build verb + project in one clause
            for a, b in self._find_triggers(text, sent[0], sent[1], "实施", in_sent):
                if not (proj.start_char >= b and not any(c in CLAUSE_BREAK for c in text[b:proj.start_char])):
                    continue
                subj = [x for x in actors if x.end_char <= a and x not in inner
                        and (not any(c in CLAUSE_BREAK for c in text[x.end_char:a]) and a - x.end_char <= 10
                             or x.label_ == "COMPANY" and (self._invests_then_builds(text, x.end_char, a)
                                                           or _sentence_topic_firm(text, sent[0], x, a)))]
                both = [x for x in actors if x.label_ == "COMPANY" and x.end_char <= a and x not in inner
                        and BOTH_PARTIES.fullmatch(text, x.end_char, a)]
                if both and not subj:          # 甲公司与乙公司签约，双方将合资建设某项目: both build it
                    subj = [y for y in actors if y.label_ == "COMPANY" and both[0].end_char <= y.start_char < a]
                    out += [Relation(both[0], "实施", proj, sent, "both-parties", self.rules["实施"]["confidence"])]
                for x in self._with_partners(text, subj[-1:], actors):
                    chain = _places_before(x.end_char, [p for p in actors if p.label_ == "PLACE"]) \
                        if x.label_ == "PLACE" else []
                    if chain and text[chain[0].start_char - 1:chain[0].start_char] == "在":
                        # 在某县(某镇)实施某工程: the places are where it is built, not who builds it
                        out += [Relation(proj, "位于", pl, sent, "built-at", self.rules["位于"]["confidence"]) for pl in chain]
                        # 某公司(将投资56亿元，)(将)在某区建设某项目, 某县将在某镇新建某中心: the firm or county
                        # before the site builds it
                        out += [Relation(f, "实施", proj, sent, "trigger:" + text[a:b], self.rules["实施"]["confidence"])
                                for f in actors if f.label_ in ("COMPANY", "PLACE") and f.end_char < chain[0].start_char
                                and SITE_SUBJECT_GAP.fullmatch(text[f.end_char:chain[0].start_char - 1])]
                    else:
                        out.append(Relation(x, "实施", proj, sent, "trigger:" + text[a:b], self.rules["实施"]["confidence"]))
                        # 某公司将在某园(投资42亿元，)建设某项目: the firm's site before its sum is the project's
                        site = SITE_BEFORE_VERB.search(text, x.end_char, a) if x.label_ == "COMPANY" else None
                        out += [Relation(proj, "位于", pl, sent, "built-at", self.rules["位于"]["confidence"])
                                for pl in (_places_from(site.start() + 1, site.end() + 1, sites) if site else [])]
        return out

    def _respective_builders(self, text: str, in_sent: list[Span]) -> dict[Span, Span]:
        """`甲项目、乙项目和丙工程分别由A公司、B公司和C公司投资建设`: the projects listed right before 分别由 and the
        builders listed after it, paired in order; nothing where the counts differ or no build verb follows."""
        at = text.find("分别由", in_sent[0].start_char if in_sent else 0, in_sent[-1].end_char if in_sent else 0)
        if at < 0:
            return {}
        projects = _run_of(text, [x for x in in_sent if x.label_ == "PROJECT"], at, before=True)
        builders = _run_of(text, [x for x in in_sent if x.label_ in ("COMPANY", "ORG")], at + 3, before=False)
        rest = re.split(r"[，。；,;]", text[builders[-1].end_char:builders[-1].end_char + 12])[0] if builders else ""
        if len(projects) < 2 or len(projects) != len(builders) or not any(v in rest for v in self.build_words):
            return {}
        return dict(zip(projects, builders))

    def _firms_opening_projects(self, text: str, ents: list[Span], bounds: list[tuple[int, int]]) -> list[Relation]:
        """`湖南某某电瓷电器有限公司…。加快某某电瓷特高压…项目建设`: a project whose name opens with the own name of a
        firm the document names in full (without its province and legal form; four characters at least, past
        the places that open the project's name) or short (the whole short name) is that firm's, where no firm is
        read inside the name."""
        forms = self.firm_legal_forms
        provinces = sorted(self.provinces, key=len, reverse=True)
        full, short = [], []
        for c in (x for x in ents if x.label_ == "COMPANY"):
            if c.text.endswith(forms):
                core = c.text[:-len(next(f for f in forms if c.text.endswith(f)))]
                full.append((core[len(next((p for p in provinces if core.startswith(p)), "")):], c))
            else:                 # a firm named short (某某重装董事长): its whole name opens the project's
                short.append((c.text, c))
        places = [x for x in ents if x.label_ == "PLACE"]
        out = []
        for proj in (x for x in ents if x.label_ == "PROJECT"):
            if any(x.label_ == "COMPANY" and proj.start_char <= x.start_char < proj.end_char for x in ents):
                continue                          # a builder read inside the name (builder-in-name)
            opening = _places_from(proj.start_char, proj.end_char, places)
            past = opening[-1].end_char - proj.start_char if opening else 0
            for firms, whole in ((full, False), (short, True)):     # a firm named in full first
                apart = [(core, c) for core, c in firms
                         if c.end_char <= proj.start_char or c.start_char >= proj.end_char]
                shared = [(n, c) for core, c in apart
                          if (n := len(os.path.commonprefix([core, proj.text]))) == len(core) or not whole]
                best = max((n for n, _ in shared), default=0)
                owners = [c for n, c in shared if n == best]
                if best >= max(4, past + 2) and len({c.text for c in owners}) == 1:     # one firm, however often named
                    sent = next((b for b in bounds if b[0] <= proj.start_char < b[1]), (proj.start_char, proj.end_char))
                    out.append(Relation(owners[0], "实施", proj, sent, "firm-opens-name",
                                        self.rules["实施"]["confidence"], shared=best))
                    break
        return out

    def _with_partners(self, text: str, subj: list[Span], actors: list[Span]) -> list[Span]:
        """The subject of a build verb and the firms joined to it before (甲与乙合资建设: both build)."""
        out = list(subj)
        while out and out[0].label_ in ("COMPANY", "ORG"):
            partner = next((y for y in actors if y.label_ in ("COMPANY", "ORG") and y.end_char < out[0].start_char
                            and self.builders.joined([text[y.end_char:out[0].start_char]])), None)
            if partner is None:
                break
            out.insert(0, partner)
        return out

    def _builder_of_topic(self, text, sent, in_sent, opened_by=None, topic=None) -> list[Relation]:
        """`某工程由省交通运输厅组织实施，某建设有限公司承建，…`: a clause that is a firm and a build verb alone
        (a sum between them: 某公司投资8.6亿元建设，…) builds the project the sentence is about: the one an opening
        该项目 stands for (`opened_by`), else the one it opens with or the only one it names, else the one heading
        the paragraph."""
        named = [x for x in in_sent if x.label_ == "PROJECT"]
        reach = sent[1]
        if opened_by is not None:
            topic = opened_by                 # 项目由甲投资建设，乙承建，…成为某某基地: a project named later is not it
            reach = _first_project_start(in_sent, sent[1])
        elif named:
            topic = named[0] if len(named) == 1 or not text[sent[0]:named[0].start_char].strip() else None
        if topic is None:
            return []
        return [Relation(f, "实施", topic, sent, "clause-builder", self.rules["实施"]["confidence"])
                for f in in_sent if f.label_ == "COMPANY" and max(topic.end_char, sent[0]) <= f.start_char < reach
                and (self._opens_clause(text, sent, f.start_char) or self._subsidiary_of(text, sent, f, in_sent))
                and self._closing_build_verb(text, f) is not None]

    @staticmethod
    def _opens_clause(text: str, sent: tuple[int, int], at: int) -> bool:
        return text[at - 1:at] in "，,、" or not text[sent[0]:at].strip()

    def _subsidiary_of(self, text: str, sent: tuple[int, int], firm: Span, in_sent: list[Span]) -> bool:
        """，某集团所属|某局承建: the firm is the subsidiary of a group that opens the clause."""
        word = next((w for w in self.rules["实施"]["subsidiary_words"] if text.endswith(w, 0, firm.start_char)), None)
        group = word and next((g for g in in_sent if g.label_ in ("COMPANY", "ORG")
                               and g.end_char == firm.start_char - len(word)), None)
        return group is not None and self._opens_clause(text, sent, group.start_char)

    def _owners(self, text, sent, in_sent, last_project=None) -> list[Relation]:
        """`某项目…，项目业主为某公司`: the firm or body named as the owner (rules 实施.owners) implements the last
        project the sentence names before it, else the one named just before the sentence."""
        out = []
        for m in self.owner_phrase.finditer(text, sent[0], sent[1]):
            owner = next((x for x in in_sent if x.start_char == m.end() and x.label_ in ("COMPANY", "ORG")), None)
            # (某某工程项目业主为…: the project's name may hold the phrase's 项目)
            named = [x for x in in_sent if x.label_ == "PROJECT" and x.start_char < m.start() and x.end_char <= m.end()]
            project = named[-1] if named else last_project
            if owner is not None and project is not None:
                out.append(Relation(owner, "实施", project, sent, "owner", self.rules["实施"]["confidence"]))
        return out

    def _builders_before(self, text: str, proj: Span, actors: list[Span]) -> list[Span]:
        """The firms of `由甲和乙共同投资的<project>`: every actor inside the 由 phrase, joined by 和/与/、."""
        m = self.builders.before.search(text, max(0, proj.start_char - 100), proj.start_char)
        if m is None:
            return []
        inside = sorted((x for x in actors if m.start("actors") <= x.start_char and x.end_char <= m.end("actors")),
                        key=lambda x: x.start_char)
        if not inside or inside[0].start_char != m.start("actors") or inside[-1].end_char != m.end("actors"):
            return []
        return inside if self.builders.joined([text[a.end_char:b.start_char] for a, b in zip(inside, inside[1:])]) else []

    def _built_by(self, text: str, after: int, actors: list[Span], in_sent: list[Span]) -> list[Span]:
        """The builders named after a project (it ends at `after`): `由某公司投资建设`, a figure or a site first
        (BY_ACTOR_LEAD), each partner of `由甲与乙共同投资建设`; none unless a build verb follows them."""
        first = [x for x in actors if x.start_char > after and self.by_actor.fullmatch(text[after:x.start_char].strip())
                 and not any(y.label_ == "PROJECT" and after <= y.start_char < x.start_char for y in in_sent)]
        builders = first[:1]
        for y in sorted(actors, key=lambda a: a.start_char):
            # 由甲与乙, 由甲与港资企业乙: a partner after a joiner, its kind of firm at most between
            if builders and y.start_char > builders[-1].end_char \
                    and self.joined_partner.fullmatch(text, builders[-1].end_char, y.start_char):
                builders.append(y)
        if not builders:
            return []
        rest = re.split(r"[，。；,;]", text[builders[-1].end_char:builders[-1].end_char + 16])[0]
        if self.builds_what_follows.search(rest):
            return []                             # …建成投产，由某公司承建的某工程…: the builder of the next one
        # 由甲和乙共同投资，总投资…; 由某公司计划投资30亿元建设
        return builders if any(v in rest for v in self.build_words) else []

    def _built_by_anaphor(self, text, sent, in_sent, last_project, end, topic=None) -> list[Relation]:
        """`某项目开工。该项目由某公司投资建设`: a sentence that opens with 该项目 (ending at `end`) speaks of the
        project just named, up to a project it names later (…，成为某某基地); one that names no project and stands
        in the paragraph a project heads (1．某项目。总投资…，由某公司建设) speaks of that one."""
        project = last_project if end is not None else topic
        if project is None:
            return []
        actors = [x for x in in_sent if x.label_ in ("COMPANY", "ORG")]
        builders = self._built_by(text, end if end is not None else sent[0], actors, in_sent)
        reach = _first_project_start(in_sent, sent[1])
        if any(x.end_char > reach for x in builders) or (end is None and reach < sent[1]):
            return []
        return [Relation(x, "实施", project, sent, "by-actor", self.rules["实施"]["confidence"]) for x in builders]

    def _mass_start_events(self, in_sent, places):
        """(event, its host) for each mass start the sentence names: the place opening the event's name
        (某县2024年第二季度重大项目集中开工仪式), the whole of what stands before its year (not 拉萨 of
        拉萨经济技术开发区2024年…). The place's span may lie inside a project's name (…暨某县某项目), or be its
        mention elsewhere (the headline) where the name's is no entity (a modifier, convention 2)."""
        for m in (x for x in in_sent if x.label_ == "MEETING" and any(w in x.text for w in self.mass_start_words)):
            year = YEAR_AFTER_HOST.match(m.text)
            host = max((p for p in places if m.text.startswith(p.text) and (year is None or year["host"] == p.text)),
                       key=lambda p: (len(p), m.start_char <= p.start_char < m.end_char), default=None)
            if host is not None:
                yield m, host

    def _mass_start_held(self, in_sent, places) -> tuple[Span, int] | None:
        """(the host, where the event ends) of the last mass start the sentence names."""
        return max(((host, m.end_char) for m, host in self._mass_start_events(in_sent, places)),
                   key=lambda x: x[1], default=None)

    def _batch_listed(self, text, sent, in_sent, held, batch) -> tuple[list[Relation], Span | None]:
        """`某县…集中开工仪式举行。此次集中开工项目28个，其中甲…；乙…。此外，丙…同步开工`: the host of the mass
        start just told carries out each project its batch names (gold convention 12): from the batch phrase on,
        through the sentences that go on with the list (after ；, or opening with 其中/此外…). Returns the
        relations and the host while the list runs on. The place's own batch (某县此次集中开工…) is
        _mass_start_lists'; 当天，…也开工 is no longer the batch."""
        s, e = sent
        m = self.batch_phrase.search(text[s:e])          # on the sentence alone: ^ is its start
        if m is not None and held is not None and 0 <= s + m.start() - held[1] <= self.batch_reach \
                and not any(x.label_ == "PLACE" and x.end_char == s + m.start() for x in in_sent):
            batch, start = held[0], s + m.end()
        elif batch is not None and (text[s - 1:s] in ("；", ";") or text.startswith(self.batch_continuers, s)):
            start = s
        else:
            return [], None
        conf = self.rules["实施"]["confidence"]
        return [Relation(batch, "实施", x, sent, "mass-start", conf)
                for x in in_sent if x.label_ == "PROJECT" and x.start_char >= start], batch

    def _mass_starts(self, text, sent, in_sent) -> list[Relation]:
        """`某县…项目集中开工暨某某项目开工仪式`: the place that holds a mass start of its projects carries out
        each project the event's name names (gold convention 12)."""
        out = []
        for m, host in self._mass_start_events(in_sent, [x for x in in_sent if x.label_ == "PLACE"]):
            out += [Relation(host, "实施", proj, sent, "mass-start", self.rules["实施"]["confidence"])
                    for proj in in_sent if proj.label_ == "PROJECT" and m.start_char <= proj.start_char
                    and proj.end_char <= m.end_char]
        return out

    def _mass_start_lists(self, text, sent, in_sent) -> list[Relation]:
        """`某县此次集中开工的23个项目中，…甲项目、乙工程`, `本批次某市集中开工项目62个，其中包括甲、乙`: the place
        that starts a batch of its projects carries out each project the sentence names after it (gold convention
        12); not where the words are an event's name (某县集中开工仪式)."""
        out = []
        for pl in (x for x in in_sent if x.label_ == "PLACE"):
            hall = next((w for w in self.venue_halls if text.startswith(w, pl.end_char)), "")   # 某市分会场集中开工…
            m = self.mass_start_after.match(text, pl.end_char + len(hall))
            if m is None or any(x.label_ == "MEETING" and x.start_char < m.end() <= x.end_char for x in in_sent):
                continue
            out += [Relation(pl, "实施", x, sent, "mass-start", self.rules["实施"]["confidence"])
                    for x in in_sent if x.label_ == "PROJECT" and x.start_char >= m.end()]
        return out

    @staticmethod
    def _invests_then_builds(text: str, firm_end: int, verb: int) -> bool:
        """某公司(与某县签约，)(计划)投资10亿元(，)|建设某项目: the firm that states its sum builds the project."""
        gap = SITE_BEFORE_VERB.sub("", text[firm_end:verb])       # 将在某县投资8亿元，| 将投资15亿元，在某园|
        return SITE_SUBJECT_GAP.fullmatch(gap) is not None and re.search(INVESTED_SUM, gap) is not None

    def _closing_build_verb(self, text, firm):
        """`某公司(投资8.6亿元)建设，`: the build verb that closes the firm's clause, a sum or 将 between them."""
        return self.builders.closing_verb.match(text, SITE_SUBJECT_GAP.match(text, firm.end_char).end())

    def _builds_then_located(self, text, firm, place, trig: str) -> bool:
        """某公司(投资8.6亿元)建设，位于|某县: the firm's clause closes with its build verb, so what is located
        is the project the firm builds, not the firm."""
        verb = self._closing_build_verb(text, firm)
        return bool(trig) and verb is not None and text[verb.end():place.start_char - len(trig)] in ("，", ",")

    def _locations(self, text, sent, in_sent, last_project=None, topic=None) -> list[Relation]:
        """Where things are: stated (位于, 坐落于, 在某地召开/建成), a venue, a place opening a project's name.
        `该项目位于…` after the sentence that named the project refers to it (last_project); `由某公司建设，
        项目地点位于…` in the paragraph a project heads, to that project (topic)."""
        out = []
        conf = self.rules["位于"]["confidence"]
        places = [x for x in in_sent if x.label_ == "PLACE"]
        things = [x for x in in_sent if x.label_ in ("PROJECT", "COMPANY", "ORG", "MEETING")]
        out += self._venues(text, sent, places, things)
        out += self._visited_sites(text, sent, places, things) + self._arrival_sites(text, sent, places, things)
        for pl in places:
            before = text[max(sent[0], pl.start_char - 5):pl.start_char]
            after = text[pl.end_char:pl.end_char + 6]
            # 在甲县、乙县|同步推进
            run_end = _listed_chains(text, pl, places, self.builders.joiners, self.zones)[-1].end_char
            inside = next((w for w in self.inside_words if text.startswith(w, run_end)), "")
            run_end += len(inside)                                          # 在某县境内|开工
            verb_at = run_end + next((len(a) for a in self.venue_adverbs if text.startswith(a, run_end)), 0)
            verb = next((v for v in self.built_verbs if text.startswith(v, verb_at)), "")
            invested = "" if verb or not before.endswith("在") else \
                next((v for v in self.invest_verbs if text.startswith(v, verb_at)), "")   # 在某镇投资的|某项目
            verb = verb or invested
            built_at = before.endswith("在") and bool(verb)                # 在某县(某镇)|(正式)建成投产
            # 某项目(全线)在某县境内，: inside a place, said with no verb after it
            built_at = built_at or (before.endswith("在") and bool(inside) and text[run_end:run_end + 1] in "，,。；;")
            # 某某工程沿某河布局 / 沿某江两岸展开: the river it is built along is its site
            built_at = built_at or (before.endswith(self.along_marker)
                                    and self.along_verbs.match(text, run_end) is not None)
            trig = next((t for t in self.triggers["位于"] if t != "在" and before.endswith(t)), "")
            stated = bool(trig) or built_at or (
                before.endswith("在") and any(after.startswith(v) for v in self.rules["位于"]["venue_verbs"]))
            if stated:
                people = [x for x in in_sent if x.label_ == "PERSON"]
                # 位于某县某镇: both; 某镇、某镇: each
                chain = _listed_chains(text, pl, places, self.builders.joiners, self.zones)
                subj = [x for x in things if x.end_char <= pl.start_char and not _in_title(text, x, people)]
                if before.endswith("在") and after.startswith(self.events.meeting_verbs):
                    subj = [x for x in subj if x.label_ == "MEETING"]   # 某组织在某宾馆召开…: the meeting's venue
                elif built_at:
                    # 某项目在某镇建成投产: the project before; 某公司将在某县某镇建设(的)|某某产业园, 推动甲项目开工，
                    # 支持某公司在某县建设乙项目: the project after the verb where none or another's clause is before
                    after = verb_at + len(verb) + (text[verb_at + len(verb):verb_at + len(verb) + 1] == "的")
                    built = [x for x in things if x.label_ == "PROJECT" and x.start_char == after]
                    before = [x for x in subj if x.label_ == "PROJECT"]
                    own_subject = bool(before) and any(x.label_ in ("COMPANY", "ORG", "PLACE") and x not in chain
                                                 and before[-1].end_char <= x.start_char < pl.start_char
                                                 for x in in_sent)
                    # 甲项目和|在某镇建设的乙项目: the clause after a joiner describes the project after it
                    joined = bool(before) and text[before[-1].end_char:pl.start_char - 1] in NAME_LIST_JOINERS
                    # 在甲园启动甲项目，在乙镇实施|乙工程: a clause like the one before builds the project after its
                    # verb (the project before was built at a place of its own)
                    new_clause = bool(before) and any(c in "，,；;" for c in text[before[-1].end_char:pl.start_char]) \
                        and any(text[x.start_char - 1:x.start_char] == "在"
                                and 1 <= before[-1].start_char - x.end_char <= 4 for x in places)
                    subj = built if built and (not before or own_subject or joined or new_clause) or invested \
                        else before
                    #                                                                (投资: only after)
                later = [x for x in things if x.start_char >= chain[-1].end_char and x.label_ in ("PROJECT", "COMPANY")]
                # 位于某县(境内)的<it>
                later.sort(key=lambda x: (x.start_char, -len(x)))   # 的某公司年产…项目: the project, not its firm
                describes = bool(later) and text[chain[-1].end_char:later[0].start_char] in self.described_by
                if trig and text.endswith(self.reach_subjects, 0, pl.start_char - len(trig)):
                    continue                      # 服务对象覆盖某区: what the project reaches, not where it is
                if trig and text[:pl.start_char - len(trig)].endswith("总部"):
                    seat = later[0] if describes else max((x for x in subj if x.label_ in ("COMPANY", "ORG")),
                                                          key=lambda x: x.end_char, default=None)
                    if seat is not None and seat.label_ != "PROJECT":
                        out += [Relation(seat, "位于", p, sent, "stated-location", conf) for p in chain]
                    continue                      # 由总部位于某市的某公司投资: a firm's seat, never the project's site
                if trig and (pairs := _respective_sites(text, pl.start_char - len(trig), subj, chain)):
                    out += [Relation(x, "位于", p, sent, "stated-location", conf) for x, p in pairs]
                    continue                      # 甲项目、乙项目分别落户某园和某镇: each at its own
                projects = [x for x in subj if x.label_ == "PROJECT"]
                opens = last_project is not None and not projects \
                    and _anaphor_end(text, sent[0], last_project) is not None
                if opens and not describes and not any(x.label_ == "MEETING" for x in subj):
                    out += [Relation(last_project, "位于", p, sent, "stated-location", conf) for p in chain]
                    continue                      # 该项目由某公司投资建设，位于某镇: the project, not its builder
                anaphor = text[:pl.start_char - len(trig)].endswith(("项目", "工程"))
                if describes and trig and not text[:pl.start_char - len(trig)].endswith("设在"):
                    best = later[0]               # 供应位于某市的某公司: what 位于…的 describes, not the subject before
                    #                               (会场设在位于某区的某项目现场: the venue is the meeting's)
                elif anaphor and not projects and last_project is not None \
                        and text[sent[0]:pl.start_char - len(trig)].lstrip("，, ") in ("该项目", "项目", "该工程", "工程"):
                    best = last_project           # 某某项目…。该项目位于某高新区: the project just named
                elif projects and anaphor:
                    best = max(projects, key=lambda x: (x.end_char, len(x)))   # …由某公司建设，项目选址于某镇
                elif subj:                        # the nearest, outermost thing before the place
                    best = max(subj, key=lambda x: (x.end_char, len(x)))
                    builder = best.label_ in ("COMPANY", "ORG") and (
                        BY_DESCRIBED.search(text, sent[0], best.start_char) is not None
                        or self._builds_then_located(text, best, pl, trig)) \
                        and not self.builders.about_firm.match(text, _clause_start(text, sent[0], pl.start_char))   # ，该集团总部位于某市
                    if builder and projects:
                        best = max(projects, key=lambda x: (x.end_char, len(x)))   # 某项目由某公司建设，坐落于某园区
                    elif builder and topic is not None:
                        best = topic              # 1．某项目。由某公司实施，项目地点位于某镇
                elif describes:
                    best = later[0]               # 在某县的某某项目 (no subject before it)
                elif topic is not None and not any(x.label_ == "PROJECT" for x in later):
                    best = topic                  # 5．某某二期。建在某区，由某公司建设
                else:
                    continue
                out += [Relation(best, "位于", p, sent, "stated-location", conf) for p in chain]
        # 某县某镇某村的某某项目 (or 某镇的某某公司): the places written before the project with 的; 推进某开发区|
        # 某某新材料年产…项目: the park written right before a project that opens with its builder
        firms_of_place = [t for t in things if t.label_ == "COMPANY" and text[t.start_char - 1:t.start_char] == "的"
                          and not any(y.start_char == t.start_char and len(y) > len(t) for y in things)]
        for x in [t for t in things if t.label_ == "PROJECT"] + firms_of_place:
            if x.label_ == "PROJECT" and (venue := self.started_at_venue.search(text, sent[0], x.start_char)):
                chain = [pl for pl in _places_before(venue.start(), places) if pl.text.endswith(self.start_venue_sites)]
                how = "start-venue"               # 某镇分会场开工的
            elif text[x.start_char - 1:x.start_char] == "的":
                enclosure = next((w for w in self.site_surroundings if text.endswith(w, 0, x.start_char - 1)), "")
                chain, how = _places_before(x.start_char - 1 - len(enclosure), places), "place-of"   # 某县(境内)的
            else:
                chain, how = _places_before(x.start_char, places), "place-before"
                if chain and text[chain[0].start_char - 1:chain[0].start_char] in ROUTE_JOINERS:
                    continue                      # 某甲至|某乙某某公路: a route's far end
            out += [Relation(x, "位于", p, sent, how, conf) for p in chain
                    if p.text not in self.rules["位于"]["never_sites"] and not self._home_province(text, p, x.text)]
        # 某某工程（甲县、乙县）: the sites a work report puts in brackets after the project, nothing else in them
        for x in (t for t in things if t.label_ == "PROJECT" and text[t.end_char:t.end_char + 1] in ("（", "(")):
            close = min((i for i in (text.find("）", x.end_char), text.find(")", x.end_char)) if i > 0), default=-1)
            inside = [pl for pl in places if x.end_char < pl.start_char and pl.end_char <= close]
            if inside and close - x.end_char <= 30 and _covers(text, inside, x.end_char + 1, close):
                out += [Relation(x, "位于", pl, sent, "bracketed-site", conf) for pl in inside]
        # a project named after its place: 某县某某抽水蓄能项目, or after its builder and then the place
        # (某矿业某地镍钴矿采选); a place inside the builder's name (黄河矿业) is not where it is
        companies = [x for x in in_sent if x.label_ == "COMPANY"]
        for x in (t for t in things if t.label_ == "PROJECT"):
            lead = x.start_char
            for c in companies:
                if c.start_char == lead and c.end_char < x.end_char:
                    lead = c.end_char
            stretches = [pl for pl in places if x.start_char < pl.start_char and pl.end_char < x.end_char
                         and (text[pl.end_char] == "段" or text.startswith(self.river_positions, pl.end_char))
                         and pl.start_char != lead and text[pl.start_char - 1] != "至"]
            # 某公路某市段, 某市长江岸线…工程: the stretch or bank it is on (not 某甲至某乙段: a route's far end)
            opening = list(itertools.takewhile(                                # 某省某县某镇…: each
                lambda pl: text[pl.start_char - 1:pl.start_char] != "至" and not _route_start(text, pl),
                _places_from(lead, x.end_char, places)))   # 某甲至某乙…改扩建工程: a route's end is not its site
            for pl in opening + [pl for pl in stretches if pl not in opening]:
                if pl.text in self.rules["位于"]["never_sites"]:
                    continue                      # 中国铝业60万吨…: the country opens a firm's name
                if any(c.start_char <= pl.start_char and pl.end_char <= c.end_char for c in companies):
                    continue                      # a place inside a firm's name (某县华光公司) is not a site
                if pl.text in self.provinces and any(c.start_char == pl.end_char for c in companies):
                    continue                      # 某省某某新能源年产…: where the firm comes from, not the site
                if not self._home_province(text, pl, x.text):
                    out.append(Relation(x, "位于", pl, sent, "place-in-name", 0.7))
        return out

    def _projects_in_parks(self, text, sent, in_sent, places) -> list[Relation]:
        """`某产业园内的甲项目`: the project is in the park; so is one `园区内的` after the text has just named a park
        (分会场设在某化工园，园区内的甲项目…; 某产业园是…。在园区内的乙项目现场)."""
        out = []
        for x in (x for x in in_sent if x.label_ == "PROJECT"):
            if not text.endswith(PARK_INSIDE, sent[0], x.start_char):
                continue
            word_at = x.start_char - len(PARK_INSIDE)
            named = next((pl for pl in in_sent if pl.label_ == "PLACE" and pl.end_char == word_at), None)
            if named is None and text.endswith(PARK_WORD, sent[0], word_at):
                # 园区内的: the last park named before, in this sentence or the one before it
                word_at -= len(PARK_WORD)
                named = next((pl for pl in reversed(places) if pl.end_char <= word_at
                              and pl.start_char >= word_at - PARK_BACK_CHARS and "\n" not in text[pl.end_char:word_at]),
                             None)
            if named is not None and named.text.endswith(self.park_ends):
                out.append(Relation(x, "位于", named, sent, "in-park", self.rules["位于"]["confidence"]))
        return out

    def _settled_firm(self, text, sent, in_sent, firm_before) -> list[Relation]:
        """`(这家)公司2021年落户某园区`, `这家企业去年从某市整体搬迁落户某县`: the firm written as 公司 or 企业
        is the one just named (in this sentence, a title's firm too: 某某光伏董事长某某介绍，公司…), and it stands
        where it settled (gold convention 11)."""
        out = []
        for m in self.settled_firm.finditer(text, sent[0], sent[1]):
            firm = max((x for x in in_sent if x.label_ == "COMPANY" and x.end_char <= m.start()),
                       key=lambda x: x.end_char, default=firm_before)
            place = next((x for x in in_sent if x.label_ == "PLACE" and x.start_char == m.end()), None)
            if firm is not None and place is not None:
                out += [Relation(firm, "位于", pl, sent, "firm-settled", self.rules["位于"]["confidence"])
                        for pl in _listed_chains(text, place, [x for x in in_sent if x.label_ == "PLACE"],
                                                 self.builders.joiners, self.zones)]
        return out

    def _visited_sites(self, text, sent, places, things) -> list[Relation]:
        """`在某市(某区)，某某察看了某项目 / 走进某公司`: the places that open a visit's sentence are where the
        projects and firms visited are; so are those of `某县某乡境内，某项目…` (projects only)."""
        lead = self.site_lead.match(text, sent[0])
        at = lead.end()
        # 本报讯（记者 某某）3月3日，位于某市某区的某园内，…: the lead's first clause that opens with 位于
        located = LOCATED_LEAD.search(text, sent[0], min(sent[1], sent[0] + LOCATED_LEAD_REACH)) \
            if not lead.group("at") else None
        at = located.end() if located else at
        chain = _places_from(at, sent[1], places)
        if not chain or chain[0].start_char != at:
            return []
        if located and text.startswith("的", chain[-1].end_char):
            chain += _places_from(chain[-1].end_char + 1, sent[1], places)   # 位于某市某区的|某某产业园内，…
        end = chain[-1].end_char
        if any(text.startswith(h, end) for h in self.site_headings):
            return []                             # 某镇：甲工程、乙项目 (_site_heading)
        if (venue := next((w for w in self.venue_halls if text.startswith(w, end)), "")):
            end += len(venue)                     # 在某镇分会场，…: the projects started there
            things = [x for x in things if x.label_ == "PROJECT"]
            chain = [pl for pl in chain if pl.text.endswith(self.start_venue_sites)]
        elif not lead.group("at"):
            enclosure = next((w for w in self.site_enclosures if text.startswith(w, end)), "")
            if not enclosure:
                return []
            end += len(enclosure)
            things = [x for x in things if x.label_ == "PROJECT"]
        if text[end:end + 1] not in ("，", ","):
            return []
        # a project of the sentence is there, whatever the verb (在某县某镇，某公司…项目已完成主体工程); a firm only
        # where it is visited (在某市，某某走进某公司: a firm named otherwise may come from elsewhere)
        visited = [x for x in things if x.label_ in ("PROJECT", "COMPANY") and x.start_char > end
                   and (x.label_ == "PROJECT" or text[max(sent[0], x.start_char - 4):x.start_char].rstrip("了").endswith(self.visit_site_verbs))]
        # 来到某公司建设的某项目现场: the firm builds what is visited; the project is there, the firm may not be
        visited = [x for x in visited if x.label_ == "PROJECT" or not any(
            p.label_ == "PROJECT" and self.builders.verb_of.match(text, x.end_char, p.start_char) for p in things)]
        # 察看某某光伏年产…项目: a firm written short opening the name of the project visited is not what is
        # visited (来到某某有限公司某基地, a firm named in full, is)
        visited = [x for x in visited if x.label_ == "PROJECT" or x.text.endswith(self.firm_legal_forms) or not any(
            p.label_ == "PROJECT" and p.start_char <= x.start_char and x.end_char < p.end_char for p in things)]
        return [Relation(x, "位于", pl, sent, "visited-site", self.rules["位于"]["confidence"])
                for x in visited for pl in chain if not _route_end(x.text, pl.text)]

    def _arrival_sites(self, text, sent, places, things) -> list[Relation]:
        """`随后，某某来到某县，察看了…某项目`: the places a visitor comes to (来到/前往 and nothing but places,
        then a comma) are where the projects the sentence visits after them are."""
        out = []
        for m in self.arrival.finditer(text, sent[0], sent[1]):
            chain = _places_from(m.end(), sent[1], places)
            if not chain or text[chain[-1].end_char:chain[-1].end_char + 1] not in ("，", ","):
                continue
            end = chain[-1].end_char
            # up to the next arrival: 来到甲县，察看甲项目；随后来到乙县… (a sentence may take two stops)
            stop = next((a.start() for a in self.arrival.finditer(text, end, sent[1])), sent[1])
            out += [Relation(x, "位于", pl, sent, "visited-site", self.rules["位于"]["confidence"])
                    for x in things if x.label_ == "PROJECT" and end < x.start_char < stop
                    for pl in chain if not _route_end(x.text, pl.text)]
        return out

    def _site_heading(self, text, sent, in_sent) -> tuple[list[Span], int] | None:
        """`(二)某镇：` / `某园区——` / `【某县】` opening a sentence: the sites a work report lists projects under,
        and where the list after them starts."""
        lead = self.site_lead.match(text, sent[0])
        if lead.group("at"):
            return None
        start = lead.end() + ((m := ENUM_RE.match(text[lead.end():lead.end() + 8])) and m.end() or 0)
        places = [x for x in in_sent if x.label_ == "PLACE"]
        # 各县重点项目如下：【某县】… / 部分项目如下——某县：… (the intro's paragraph joined to the list's) / 某县：…
        intro = HEADING_INTRO.search(text, start, start + HEADING_INTRO_CHARS)
        for at in (start, intro.end()) if intro else (start,):
            at += 2 if text.startswith("——", at) else text[at:at + 1] == "【"   # ——某县：, 【某县】甲项目
            chain = _places_from(at, sent[1], places)
            if chain and chain[0].start_char == at:
                heading = next((h for h in self.site_headings if text.startswith(h, chain[-1].end_char)), "")
                if heading:
                    return chain, chain[-1].end_char + len(heading)
        return None

    def _site_heading_list(self, text, sent, chain, body, in_sent) -> list[Relation]:
        """`某镇：甲工程、乙项目；某新区——丙工程`, `(二)某县：由某公司承建的甲工程；某镇的乙项目`: a work report
        lists the projects at each site, the list running on over `；`, a body sentence ending in the items'
        state; not `某市：推动某项目加快建设` (news: words besides the list before or between its items, the names
        in it and the words that describe them), nor a headline's `某市：某项目加快建设`."""
        projects = sorted((x for x in in_sent if x.label_ == "PROJECT" and x.start_char >= body),
                          key=lambda x: x.start_char)
        if not projects:
            return []
        # a body sentence may end in what the items' state is (某县：甲项目、乙工程开工建设；), a headline may not
        in_body = text[sent[1] - 1:sent[1]] in "；;。"
        tail_end = projects[-1].end_char if in_body else sent[1]
        gaps = zip([body] + [x.end_char for x in projects], [x.start_char for x in projects] + [tail_end])
        named = [x for x in in_sent if x.label_ in ("PLACE", "COMPANY", "ORG")]
        words = self.heading_body_words if in_body else self.heading_list_words   # 某镇：推进甲工程和乙项目。
        if not words.fullmatch("".join(_without(text, a, b, named) for a, b in gaps)):
            return []
        return [Relation(x, "位于", pl, sent, "site-heading", self.rules["位于"]["confidence"])
                for x in projects for pl in chain if not _route_end(x.text, pl.text)]

    def _main_venues(self, text, sent, in_sent, article_meeting) -> list[Relation]:
        """`某某在位于<某产业园>的主会场出席活动`: the event of the sentence is held at that place; `开幕会在<某会堂>
        举行`: a part of the session (gold convention 10) is held where the session is; `代表们步入<某会堂>`: the
        hall the members walk into is where it is."""
        meetings = [x for x in in_sent if x.label_ == "MEETING" and not self.events.is_reference(text, x)]
        meeting = meetings[0] if meetings else article_meeting
        if meeting is None:
            return []
        out = []
        part = SESSION_PART_VENUE.match(text, sent[0], sent[1])
        if not meetings:                  # (随后召开的)推进会在某会议中心举行, 会议在…举行: a kind or event word, its venue
            kinds = (meeting.text[-3:], meeting.text[-2:], *self.event_words)
            for m in self.venue_pattern.finditer(text, sent[0], sent[1]):
                subject = re.split(r"[的，,\n]", text[sent[0]:m.start()])[-1]
                kind = next((k for k in kinds if subject == k), None)
                # 观摩总结会在某厅召开: the wrap-up, named by a root the event's name holds, is the event's
                wrap_up = (root := wrap_up_root(subject, self.closing_parts)) is not None and root in meeting.text
                # 随后在某市某宾馆召开总结会议: the event's wrap-up, written bare after the verb, is held there
                wrap_up = wrap_up or text.startswith(self.closing_parts, m.end() + (text[m.end():m.end() + 1] == "了"))
                if kind or wrap_up:
                    out += [Relation(meeting, "位于", pl, sent, "kind-venue", self.rules["位于"]["confidence"])
                            for pl in in_sent if pl.label_ == "PLACE" and m.start("venue") <= pl.start_char
                            and pl.end_char <= m.end("venue")]
        if not meetings and part and part.group("part") in self.events.session_parts:
            venue = self.venue_pattern.match(text, part.end())
            if venue is not None:
                out += [Relation(meeting, "位于", pl, sent, "session-venue", self.rules["位于"]["confidence"])
                        for pl in in_sent if pl.label_ == "PLACE" and venue.start("venue") <= pl.start_char
                        and pl.end_char <= venue.end("venue")]
        return out + [Relation(meeting, "位于", pl, sent, "main-venue", self.rules["位于"]["confidence"])
                for pl in in_sent if pl.label_ == "PLACE" and (
                    (text[max(0, pl.start_char - 2):pl.start_char] == "位于"
                     and text.startswith(self.venue_hall_after, pl.end_char))
                    or self._after_main_venue_set(text, sent, pl, in_sent)
                    or (text[pl.start_char - 1:pl.start_char] == "在"
                        and text.startswith(self.main_venue_set_after, pl.end_char))
                    or text.endswith(self.venue_entered, sent[0], pl.start_char))]   # 代表们步入某会堂

    def _after_main_venue_set(self, text: str, sent, pl: Span, in_sent: list[Span]) -> bool:
        """主会场设在某会议中心, 会议地点设在某市某区某大厦三楼会议室, 展区设在某开发区内的某会展中心: each place of
        the chain right after the phrase."""
        at = pl.start_char
        while not text[max(sent[0], at - self._venue_set_reach):at].endswith(self.main_venue_set_at):
            before = next((p for p in in_sent if p.label_ == "PLACE" and p.end_char <= at
                           and text[p.end_char:at] in ("", "内的")), None)
            if before is None:
                return False
            at = before.start_char
        return True

    def _report_speakers(self, text: str, ents: list[Span]) -> list[Relation]:
        """A work report's author, named under the subtitle (——…在<会议>上 / 某市市长某某), delivered it there."""
        out = []
        # the subtitle's meeting, whichever finder read its name whole (the suffix rule reads it too)
        subtitles = {m.span("name") for m in REPORT_SUBTITLE.finditer(text)}
        for m in (x for x in ents if x.label_ == "MEETING" and (x.start_char, x.end_char) in subtitles):
            author = next((p for p in ents if p.label_ == "PERSON" and 0 < p.start_char - m.end_char <= 16
                           and "\n" in text[m.end_char:p.start_char]), None)
            if author is not None:
                line_end = text.find("\n", author.end_char)
                sent = (m.start_char, line_end if line_end > 0 else len(text))
                out.append(Relation(author, "讲话", m, sent, "report-author", self.rules["讲话"]["confidence"]))
        return out

    def _cited_speeches(self, text: str, ents: list[Span]) -> list[Relation]:
        """`某某总书记在<会议>上的重要讲话`, `某某《在<会议>上的讲话》`: a speech cited by the meeting it was given
        at is still a speech there (gold convention 9), though the meeting is not the one reported."""
        meetings = [x for x in ents if x.label_ == "MEETING"]
        return [Relation(p, "讲话", cited[0], (p.start_char, cited[1]), "cited-speech", self.rules["讲话"]["confidence"])
                for p in ents if p.label_ == "PERSON" and (cited := _speech_cited_at(text, p, meetings))]

    def _organisers(self, text, sent, in_sent) -> list[Relation]:
        """`某组织召开/主办/举办<会议>`, `<会议>由某组织主办`: the body that holds the meeting (not a person)."""
        out = []
        bodies = [x for x in in_sent if x.label_ in ("ORG", "COMPANY", "PLACE")]
        meetings = [x for x in in_sent if x.label_ == "MEETING"]
        conf = self.rules["主办"]["confidence"]
        people = [p for p in in_sent if p.label_ == "PERSON"]
        starts = {y.end_char: y.start_char for y in bodies}       # the names written back to back (_run_start)
        for a, b in self._find_triggers(text, sent[0], sent[1], "主办", in_sent):
            after = [m for m in meetings if 0 <= m.start_char - b <= 12 and not any(c in CLAUSE_BREAK for c in text[b:m.start_char])]
            holder = [x for x in bodies if x.end_char <= a and text[_run_start(x, starts) - 1:x.start_char][:1] != "在"
                      and _holds(text[x.end_char:a]) and not _in_title(text, x, people)]
            if after and holder:                               # 某组织召开某会议
                out.append(Relation(holder[-1], "主办", after[0], sent, "trigger:" + text[a:b], conf))
            by = [x for x in bodies if 0 <= a - x.end_char <= 1 and text[x.start_char - 1:x.start_char] == "由"]
            before = [m for m in meetings if m.end_char <= a and not any(c in CLAUSE_BREAK for c in text[m.end_char:a])]
            if by and before and not after:                    # 某会议由某组织主办
                out.append(Relation(by[-1], "主办", before[-1], sent, "trigger:" + text[a:b], conf))
        return out

    def _home_province(self, text: str, place: Span, name: str = "") -> bool:
        """The article's own province used as a prefix (吉林省某药厂 in a Jilin paper): a province named
        elsewhere in the article too. A province named only in the project's name (however often that
        name is repeated) is its site."""
        if place.text not in self.provinces:
            return False
        stem = place.text[:2]
        return (text.replace(name, "") if name else text).count(stem) >= (1 if name else 2)

    def _venues(self, text, sent, places, things) -> list[Relation]:
        """`<meeting>在<venue>隆重举行`, `在<venue>举行<meeting>`: the meeting is at every place named in the
        venue (在某镇某村某组 gives each)."""
        meetings = [x for x in things if x.label_ == "MEETING"]
        if not meetings:
            return []
        out = []
        for m in self.venue_pattern.finditer(text, sent[0], sent[1]):
            a, b = m.span("venue")
            if m.group().startswith("于") and not any(x.end_char == m.start() for x in meetings):
                continue                          # 于 right after the meeting's name only (not 致力于, 位于…)
            if NOT_A_VENUE.search(m.group("venue")):
                continue                          # 是在以中国式现代化…关键时期召开的: a time, not a place
            if any(w in m.group("venue") for w in self.branch_halls) and m.group().endswith(self.attend_at_branch):
                continue                          # 在某市分会场参加: some attend there, it is held elsewhere
            inside = [pl for pl in places if a <= pl.start_char and pl.end_char <= b]
            if text[a:b].endswith(self.host_inside):
                inside += [pl for pl in places if pl.end_char == m.start()]     # 某市在某中心|某县举行…: the host
            #                                               city too (not 某县在杭州举办: the event is in another city)
            if not inside:
                continue
            near = min(meetings, key=lambda x: min(abs(x.end_char - m.start()), abs(x.start_char - m.end())))
            out += [Relation(near, "位于", pl, sent, "venue", self.rules["位于"]["confidence"]) for pl in inside]
        return out + self._host_places(text, sent, places, meetings)

    def _host_places(self, text, sent, places, meetings) -> list[Relation]:
        """`某州某县某镇举办了<meeting>`, `某县举行<meeting>` (a headline): the places that open the clause and hold
        the event are where it is."""
        out = []
        for m in meetings:
            verb = self.host_verb.search(text, max(sent[0], m.start_char - 40), m.start_char)
            if verb is None:
                continue
            chain = _places_before(verb.start(), places)
            end = chain[0].start_char if chain else verb.start()
            if chain and CLAUSE_LEAD.search(text, max(0, end - 12), end):
                out += [Relation(m, "位于", pl, sent, "host-place", self.rules["位于"]["confidence"]) for pl in chain]
        return out


def _listed_projects_end(text: str, proj: Span, in_sent: list[Span]) -> int:
    """Where the list of projects `proj` opens ends when the builder follows it for all (甲项目、乙项目和丙工程
    (均)由…; not 甲、乙，后者由…), else where `proj` ends."""
    end = proj.end_char
    while (nxt := next((x for x in in_sent if x.label_ == "PROJECT" and x.start_char > end
                        and text[end:x.start_char] in NAME_LIST_JOINERS), None)) is not None:
        end = nxt.end_char
    return end if LIST_BUILT_BY.match(text, end) else proj.end_char


def _route_start(text: str, place: Span) -> bool:
    """某县(城|街道)至…: the place a route starts from, right before 至 or its seat or quarter (某市|某镇至…
    starts at the town, not at the city; 某码头3号至5号泊位 is no route)."""
    return any(text.startswith(gap + "至", place.end_char) for gap in ROUTE_START_GAPS)


def _route_end(name: str, place: str) -> bool:
    """Is the place (河阳县, 河阳) an end of the route the name is (河阳至沂川一级公路)? A route writes its
    ends short, so a longer place is looked for without its last character (its level, mostly)."""
    return "至" in name and (place[:-1] if len(place) > 2 else place) in name


# a sentence that opens with a part of the session and a date or time before 在<venue>: 开幕会(25日上午)在…
SESSION_PART_VENUE = re.compile(r"\s*(?P<part>[\u4e00-\u9fff]{3,4}?)(?:[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上)?(?=在)")

# what may stand between a clause's start and the places that open it: a date, a time of day
CLAUSE_LEAD = re.compile(r"(?:^|[，。；：！？\n])\s*(?:[0-9一二三四五六七八九十]{1,4}[年月日号])*(?:上午|下午|晚上|晚|今天|近日|日前)?[，,]?$")

# characters that make a word with the 作 after them (工作, 合作, 创作…): no 作报告 and no reports_on there
WORD_BEFORE_ZUO = frozenset("工合创写运协操动制")
# and those that make one with the 作 before them (作物, 作为, 作用, 作风, 作品, 作者, 作业)
WORD_AFTER_ZUO = frozenset("物为用风品者业")

# 在<…>召开 where <…> is a time or a manner: 在以…为…的关键时期召开, 在…之际举行
NOT_A_VENUE = re.compile(r"^[以于]|(?:时期|期间|之际|阶段|时刻|背景下|时候)$")

# 某县2024年第二季度…集中开工仪式: the host of a mass start is all that stands before the year in its name
YEAR_AFTER_HOST = re.compile(r"(?P<host>[^\d０-９]{2,}?)(?:19|20)\d\d年")
# a sentence that speaks of the project just named: 该项目/该工程 whatever follows (该工程全长…，由…承建), not
# 该项目部; a bare 项目 only before what speaks of the project (项目总投资, 项目地点为, 项目由…), not 项目经理
# (这个项目由某公司投资建设: a quote's words for the same)
ANAPHOR_DEMONSTRATIVES = ("该", "此", "这个", "这一")
WHAT_SPEAKS_OF_A_PROJECT = "[由总位坐落选建计地全，,]"
ANAPHOR = re.compile(rf"\s*(?:(?:{alternation(ANAPHOR_DEMONSTRATIVES)})(?:项目|工程)(?![部办组])"
                     rf"|(?:项目|工程)(?={WHAT_SPEAKS_OF_A_PROJECT}))")
BARE_HEAD_SPEAKS = re.compile(WHAT_SPEAKS_OF_A_PROJECT)
SPACES = re.compile(r"\s*")
# what a reporter writes before passing on what was said of the project (据介绍，该电站由…): not the subject
REPORTED_LEAD = re.compile(r"\s*(?:另?据(?:介绍|了解|悉)|记者[^，,。]{0,12}了解到)[，,]")
# a word for the kind of firm between 由 and its name (由港资企业|某公司, 由本地龙头企业|某公司)
FIRM_KIND = r"(?:[\u4e00-\u9fff]{1,4}企业)?"
BY_DESCRIBED = re.compile(rf"由{FIRM_KIND}$")        # the firm right after 由 (and its kind)


def _anaphor_end(text: str, start: int, last_project: Span | None) -> int | None:
    """Where an opening 该项目/该工程 (ANAPHOR) ends, or 该/此 and the head word of the project just named
    (…养殖基地。该基地位于…，由某局牵头实施), or that head word alone before 由/位于/总…: the sentence speaks of
    that project. None if it opens otherwise."""
    if (lead := REPORTED_LEAD.match(text, start)) is not None:
        start = lead.end()
    m = ANAPHOR.match(text, start)
    if m is not None:
        return m.end()
    if last_project is None or len(last_project.text) < 4:
        return None
    at = SPACES.match(text, start).end()
    head = last_project.text[-2:]
    core = PHASE.sub("", last_project.text)              # 某某产业园一期。该产业园由…: the head before the phase
    # 某某示范基地项目。(该)基地由…: the head before 项目 or 工程 too
    inner = core[:-2] if core.endswith(("项目", "工程")) and len(core) >= 6 else ""
    for lead in ANAPHOR_DEMONSTRATIVES:
        for word in (core[-3:], head, core[-2:], inner[-3:], inner[-2:]):   # the longer head first (该产业园)
            if len(word) >= 2 and text.startswith(lead + word, at):     # (a name all phase leaves no head)
                return at + len(lead) + len(word)
    # …长江公路大桥。大桥由某公司承建: the head word alone (光伏项目由…: with its 项目), before what speaks of it
    kind = inner[-2:] + core[-2:] if len(inner) >= 2 else ""
    bare = next((w for w in (kind, head, inner[-2:]) if len(w) in (2, 4) and text.startswith(w, at)), None)
    return at + len(bare) if bare and BARE_HEAD_SPEAKS.match(text, at + len(bare)) else None


def _first_project_start(in_sent: list[Span], default: int) -> int:
    return min((x.start_char for x in in_sent if x.label_ == "PROJECT"), default=default)


def _heading_project(text: str, sent: tuple[int, int], in_sent: list[Span]) -> Span | None:
    """The project a sentence consists of, after an item number at most (`1．某某项目。`, `（二）某某工程；`)."""
    projects = [x for x in in_sent if x.label_ == "PROJECT"]
    if len(projects) != 1:
        return None
    lead, rest = text[sent[0]:projects[0].start_char].strip(), text[projects[0].end_char:sent[1]].strip()
    return projects[0] if at_most_a_number(lead) and rest in ("", "。", "；", ";", "：", ":") else None


# 听取(了)<who>(关于…)的汇报/报告/说明: the people in <who> report to the meeting
_REPORT = r"(?:工作)?(?:汇报|报告|说明)"
HEARD_REPORT = re.compile(rf"听取(?:了)?(?P<who>[^。；，]{{2,40}}?)(?:关于[^。；]{{1,60}}?)?的{_REPORT}")
# …的报告，某委员会主任委员某某作的关于…的报告: the next report heard, its reporter named with 作的
HEARD_NEXT = re.compile(rf"[，、](?P<who>[^。；，]{{2,40}}?作)的(?:关于[^。；]{{1,60}}?的)?{_REPORT}")

# between a firm and 在 + the site of what it builds: 将, 计划投资38亿元，
# between a firm and the site it builds at: a sum, 将/拟, its seat and a time before (某公司总部位于某市，此前已|在某地建成)
SIGNED_WITH = r"与[^，。；]{2,40}?(?:签约|签订|签署)[^，。；]{0,12}?[，,]"    # 与某县签约，, 与某公司签订投资协议，
# 甲公司|与乙公司签约，双方将合资|建设: both parties of the signing build what follows
BOTH_PARTIES = re.compile(rf"{SIGNED_WITH}双方(?:将|拟|计划)?(?:合资|共同|联合)?")
# 位于某园区的某公司，正在建设…: a firm that is the sentence's topic (its seat before it at most), then what it does
TOPIC_FIRM_LEAD = re.compile(r"(?:位于[^，。；]{2,24}?的)?")
TOPIC_FIRM_GAP = re.compile(r"[，,](?:目前|今年|正在|正|已经|已|还)*")


def _sentence_topic_firm(text: str, sent_start: int, firm: Span, trig: int) -> bool:
    """位于某园区的某公司，正在建设某项目 / ，新建的某项目…: the firm opens the sentence and the clause after the comma
    goes on with its build verb."""
    return TOPIC_FIRM_LEAD.fullmatch(text, sent_start, firm.start_char) is not None \
        and TOPIC_FIRM_GAP.fullmatch(text, firm.end_char, trig) is not None


SITE_BEFORE_VERB = re.compile(rf"在[\u4e00-\u9fff]{{2,16}}?(?={INVESTED_SUM}|[，,]|$)")    # 在某县|投资8亿元, 在某园|
SITE_SUBJECT_GAP = re.compile(rf"(?:总部(?:设在|设于|位于|在)[^，。；]{{1,12}}[，,])?(?:{SIGNED_WITH})?"
                              rf"(?:此前|之前|曾经|曾|已经|已|该?公司|[0-9]{{4}}年)*"
                              rf"(?:将|拟|计划|预计|要)?(?:(?:总|计划|拟)?{INVESTED_SUM})?[，,]?(?:将|拟)?")
# between a project and its builder: 由, after a bracket (某工程（某段）由…) or up to four clauses (某项目总投资30亿元，
# 由某公司投资建设; 某工程全长68公里，该工程由某公司承建; 该项目位于某区，规划…，配套…，总投资…，由…)
# …(，该项目)由|某公司; 甲、乙工程，后者由|某公司 (the last one named); 由某集团全资子公司|某公司: the subsidiary
# named beside its parent builds it; 由总部位于某市的|某公司; 由港资企业|某公司 (FIRM_KIND)
BY_ACTOR_LEAD = (r"(?:[（(][^（）()]{1,24}[）)])?(?:(?:[，,]?[^，。；由]{1,24}){0,4}[，,]"
                 rf"(?:(?:{alternation(ANAPHOR_DEMONSTRATIVES)})?(?:项目|工程)|后者)?)?"
                 + CLAUSE_ADVERBS + r"由(?:总部(?:位于|设在)[^，。；的]{2,12}的)?(?:[^，。；]{2,12}?子公司)?")

ROUTE_START_GAPS = ("", "城", "县城", "城区", "市区", "街道", "镇区")   # 某县|城至某镇: where a route starts
RUN_JOINERS = ("", "与", *NAME_LIST_JOINERS)      # between the names of a list (甲项目、乙项目和丙工程)
RESPECTIVELY = re.compile(r"(?:将|均|已)?分别(?:将|已)?$")     # 甲、乙|分别|落户: each its own site

# after a person: a title at most, then 在 (or 《在) and the meeting: 某某总书记在<会议>上的讲话
CITED_LEAD = re.compile(r"(?:总书记|同志|主席|总理)?(?:《)?在")


def _inside_a_firms_name(rel: Relation, owned: list[Relation]) -> bool:
    """A place read in a project's name inside the own name of the firm that opens it (黄河某某|独立储能电站项目,
    by 甘肃黄河某某科技有限公司) is part of the firm's name, not the project's site. A place written with its level
    (某县|某某光电…项目, by 某县某某光电科技有限公司) is where both are."""
    return rel.method == "place-in-name" and not rel.tail.text.endswith((*COUNTY_LEVELS, *TOWN_LEVELS)) and any(
        o.tail is rel.head and rel.tail.end_char <= rel.head.start_char + o.shared for o in owned)


def _a_product_beside_the_builder(text: str, opener: Span, stated: list[Span], contractor_verbs: tuple) -> bool:
    """凹土新材料深加工项目…由某某矿业科技有限公司实施: a name read as a firm only from its trade word at the start
    of the project (FirmOpeners) is the product when the sentence names another owner, one whose name does not
    hold the opener's own name (德嘉精密…由浙江德嘉精密机械有限公司投资建设 keeps it); a contractor named
    (…由某建设有限公司承建) builds for the owner the name opens with."""
    if opener._.source not in ("firm-opener", "builder") or not any(b.label_ == "COMPANY" for b in stated):
        return False
    after = text[stated[-1].end_char:stated[-1].end_char + 6]          # 承建, 负责施工, 共同承建…
    return not any(v in after for v in contractor_verbs) and not any(opener.text[:2] in b.text for b in stated)


# 位于某市某区的某某产业园内，某公司投资建设的某项目…: where the sentence's projects are (a clause of the lead)
LOCATED_LEAD = re.compile(r"(?:(?<=[，,。！？；\n])|^)位于")
LOCATED_LEAD_REACH = 40


def _places_from(start: int, end: int, places: list[Span]) -> list[Span]:
    """The places written one after another from `start` (某省某县某镇…), the longest at each step (海西州,
    not 海西 inside it), each ending before `end` (a name's end: the places that open a project's name)."""
    out = []
    while (nxt := max((pl for pl in places if pl.start_char == start and pl.end_char < end),
                      key=len, default=None)) is not None:
        out.append(nxt)
        start = nxt.end_char
    return out


def _past_site(text: str, at: int, places: list[Span]) -> int:
    """Where the words after `at` go on past a site `在某县(某镇)` written there; `at` if there is none."""
    chain = _places_from(at + 1, len(text), places) if text.startswith("在", at) else []
    return chain[-1].end_char if chain else at


def _run_of(text: str, spans: list[Span], at: int, before: bool) -> list[Span]:
    """The names listed with joiners (、, 和, 及, 与) that end right at `at` (before) or open right at it (after),
    in text order; the outermost span where names nest (a firm inside its project's name)."""
    near = (lambda x: x.end_char) if before else (lambda x: x.start_char)
    far = (lambda x: x.start_char) if before else (lambda x: x.end_char)
    pool = sorted((x for x in spans if (near(x) <= at if before else near(x) >= at)),
                  key=lambda x: (near(x), len(x) if before else -len(x)), reverse=before)
    run: list[Span] = []
    edge = at
    for x in pool:
        if run and (near(x) > edge if before else near(x) < edge):
            continue                              # inside the name just taken
        if (text[near(x):edge] if before else text[edge:near(x)]) not in RUN_JOINERS:
            break
        run.append(x)
        edge = far(x)
    return run[::-1] if before else run


def _respective_sites(text: str, trig_start: int, subj: list[Span], chain: list[Span]) -> list[tuple[Span, Span]]:
    """`甲项目、乙项目(将)分别落户某区某园和某镇`: the things listed right before 分别 and the places listed after
    the verb, paired in order (the first at 某区 and 某园, the second at 某镇); nothing where the counts differ."""
    head = RESPECTIVELY.search(text, 0, trig_start)
    if head is None:
        return []
    run = _run_of(text, [x for x in subj if x.label_ in ("PROJECT", "COMPANY")], head.start(), before=True)
    groups = [[chain[0]]]                         # 某区某园|和|某镇: the places written together, one group each
    for a, b in zip(chain, chain[1:]):
        if a.end_char == b.start_char:
            groups[-1].append(b)
        else:
            groups.append([b])
    if len(run) < 2 or len(run) != len(groups):
        return []
    return [(x, p) for x, group in zip(run, groups) for p in group]


def _listed_chains(text: str, first: Span, places: list[Span], joiners: tuple[str, ...],
                   zones: tuple[str, ...] = ()) -> list[Span]:
    """The places from `first` on, and those of the chains listed after it with a joiner (某县某镇、某镇和某乡)
    or, for a zone, inside it with 的 (在某市的某经济开发区建设: both)."""
    chain = [first] + _places_from(first.end_char, len(text) + 1, places)
    while True:
        joiner = next((j for j in joiners if text.startswith(j, chain[-1].end_char)), None)
        if joiner is None and text.startswith("的", chain[-1].end_char):
            joiner = "的"
        more = _places_from(chain[-1].end_char + len(joiner), len(text) + 1, places) if joiner is not None else []
        if joiner == "的":
            more = more[:1] if more and more[0].text.endswith(zones) else []
        if not more:
            return chain
        chain += more


def _without(text: str, start: int, end: int, spans: list[Span]) -> str:
    """text[start:end] with the spans that lie inside it left out."""
    out, at = [], start
    for x in sorted((x for x in spans if start <= x.start_char and x.end_char <= end), key=lambda x: x.start_char):
        if x.start_char >= at:
            out.append(text[at:x.start_char])
            at = x.end_char
    return "".join(out) + text[at:end]


def _covers(text: str, places: list[Span], start: int, end: int) -> bool:
    """The places, with 、 or ， between them, are all of text[start:end] (某市某县、某县)."""
    return all(ch in "、，, " for ch in _without(text, start, end, places))


def _places_before(end: int, places: list[Span]) -> list[Span]:
    """The places written one after another up to `end` (某州某县某镇|举办了…, 某县某镇的|某某项目), the longest
    at each step, in reading order: _places_from read backwards."""
    out: list[Span] = []
    while (prev := max((pl for pl in places if pl.end_char == end), key=len, default=None)) is not None:
        out.insert(0, prev)
        end = prev.start_char
    return out


def _listed_with(text: str, meeting: Span, named: list[Span]) -> list[Span]:
    """The meeting and the events listed with it (甲仪式、乙活动举行，某某出席: both)."""
    group = [meeting]
    for m in sorted(named, key=lambda x: x.start_char):
        if m is not meeting and any(text[min(m.end_char, g.end_char):max(m.start_char, g.start_char)] == "、"
                                    for g in group):
            group.append(m)
    return group


# a clause that opens with 他/她 + 对/向/跟 and the person's title: the one addressed (他对村支书某某说，…); not a
# bare 对 (对接会由某某主持)
ADDRESSEE = re.compile(r"[他她](?:对|向|跟)[^，。；：、\s]{0,20}")


def _addressed(text: str, person: Span, sent_start: int) -> bool:
    return ADDRESSEE.fullmatch(text, _clause_start(text, sent_start, person.start_char), person.start_char) is not None


def _speech_cited_at(text: str, p: Span, things: list[Span]) -> tuple[Span, int] | None:
    """The meeting of a speech by `p` the text cites (某某在<会议>上的(重要)讲话), with the end of the clause
    citing it (the evidence), else None: p spoke there, not at the event reported."""
    lead = CITED_LEAD.match(text, p.end_char)
    m = lead and next((x for x in things if x.label_ == "MEETING" and x.start_char == lead.end()), None)
    if not m:
        return None
    window = text[m.end_char:m.end_char + 200]                       # the evidence: to the sentence's end
    clause_end = m.end_char + min((k for k in (window.find(c) for c in "。；;\n") if k >= 0), default=len(window))
    return (m, clause_end) if "讲话" in text[m.end_char:min(clause_end, m.end_char + 40)] else None   # 上的讲话》


def _clause_start(text: str, sent_start: int, at: int) -> int:
    """Where the clause holding `at` starts: after the last clause break before it, else the sentence's start."""
    return max(sent_start, max(text.rfind(c, sent_start, at) for c in CLAUSE_BREAK) + 1)


def _heard_from_no_one_named(text: str, sent_start: int, trigger: int, people: list[Span]) -> bool:
    """`出席会议，听取委员发言`: the clause's subject hears a speech by people it does not name; no one named speaks
    (听取发言后说, 听取意见并讲话: what the subject says after hearing, or besides, is its own speech)."""
    k = text.rfind("听取", _clause_start(text, sent_start, trigger), trigger)
    return k >= 0 and not any(w in text[k:trigger] for w in "后并") \
        and not any(k < p.start_char < trigger for p in people)


def _run_start(x: Span, starts: dict[int, int]) -> int:
    """Where the run of names written back to back that ends with `x` starts (在某市|某某山庄召开: the hall is
    part of the venue the city opens); `starts`: each name's start by its end."""
    start = x.start_char
    while start in starts and starts[start] < start:
        start = starts[start]
    return start


def _holds(between: str) -> bool:
    """What may stand between an organiser and 召开/举办: nothing, or 在<venue> (某厅在西宁召开)."""
    return between == "" or (between.startswith("在") and len(between) <= 20
                             and not any(c in CLAUSE_BREAK for c in between))


def _in_title(text: str, thing: Span, people: list[Span]) -> bool:
    """省委常委、某州委书记某某: an organisation written in a person's title (no punctuation up to the name)."""
    return any(0 <= p.start_char - thing.end_char <= 20 and not any(c in CLAUSE_BREAK for c in text[thing.end_char:p.start_char])
               for p in people)


def _is_reporter(p: Span) -> bool:
    return p._.source == "byline" or any(t in REPORTER_ROLES for t in p._.mention_titles)


def _dedupe(rels: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in rels:
        tail = r.tail.text if isinstance(r.tail, Span) else r.tail
        key = (r.head.text, r.relation, tail, r.sent)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


@Language.factory("kg_relations", assigns=["doc._.relations"], requires=["doc.spans"])
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)


RELATION_RULE_KEYS = ("主持", "出席", "讲话", "实施", "位于", "主办", "meeting_opening_verbs", "convening_verbs",
                      "not_a_meeting_reference", "side_meeting_words", "topic_markers", "continued_clause_starts",
                      "next_event_markers", "side_event_markers", "session_parts", "planned_markers", "cited_after",
                      "absent", "in_turn", "in_turn_speeches")


def read_relation_rules(path: Path) -> dict:
    """relation_rules.json, checked: a clear error naming the file and key."""
    try:
        rules = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise RulesError(f"{path}: cannot read the relation rules: {err}") from err
    for key in RELATION_RULE_KEYS:
        if key not in rules:
            raise RulesError(f"{path}: key '{key}' is missing")
    for rel in ("主持", "出席", "讲话", "实施", "位于", "主办"):
        if not isinstance(rules[rel].get("triggers"), list) or not isinstance(rules[rel].get("confidence"), (int, float)):
            raise RulesError(f"{path}: key '{rel}' needs a 'triggers' list and a numeric 'confidence'")
    for rel, key in (("位于", "venue_halls"), ("位于", "main_venue_set_at"), ("位于", "main_venue_set_after"),
                     ("位于", "start_venue_sites"), ("位于", "firm_words"),
                     ("位于", "settle_verbs"), ("位于", "invest_verbs"), ("讲话", "pronoun_not_after"),
                     ("位于", "built_verbs"),
                     ("位于", "never_sites"), ("位于", "river_positions"), ("位于", "host_verbs"),
                     ("位于", "visit_site_verbs"), ("位于", "site_enclosures"), ("位于", "site_positions"),
                     ("位于", "site_headings"), ("位于", "site_heading_item_words"),
                     ("位于", "site_heading_body_verbs"), ("实施", "mass_start_words"),
                     ("实施", "mass_start_adverbs"), ("实施", "visit_words"), ("实施", "contractor_verbs"),
                     ("讲话", "quoted_with_suo"),
                     ("讲话", "interviews"), ("讲话", "quote_attributions"), ("位于", "venue_entered"),
                     ("位于", "event_words"), ("位于", "zones_within"),
                     ("出席", "delegating"), ("出席", "attendee_nouns")):
        if not isinstance(rules[rel].get(key), list):
            raise RulesError(f"{path}: key '{rel}.{key}' must be a list")
    for rel, key in (("位于", "along"), ("讲话", "gestures"), ("实施", "batch")):
        if not isinstance(rules[rel].get(key), dict):
            raise RulesError(f"{path}: key '{rel}.{key}' must be an object")
    batch = rules["实施"]["batch"]
    if not (isinstance(batch.get("pattern"), str) and isinstance(batch.get("continuers"), list)
            and isinstance(batch.get("max_chars"), int)):
        raise RulesError(f"{path}: key '实施.batch' needs a 'pattern' (a regular expression), a 'continuers' list "
                         "and a whole number 'max_chars'")
    for key in ("planned_markers", "cited_after"):
        if not isinstance(rules[key], list):
            raise RulesError(f"{path}: key '{key}' must be a list")
    if not all(isinstance(rules["absent"].get(k), list) for k in ("negations", "unrealised")):
        raise RulesError(f"{path}: key 'absent' needs 'negations' and 'unrealised' lists")
    if not isinstance(rules["位于"].get("site_lead"), str):
        raise RulesError(f"{path}: key '位于.site_lead' must be a regular expression (a string)")
    return rules
