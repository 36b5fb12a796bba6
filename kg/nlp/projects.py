"""Things named in a list that the text itself says what they are: `A、B、C等项目`, `A、B等15项新建项目`,
`A、B等5家企业`, `A、B等单位`, `A、B等景区`; and the firm written before a project's yearly output.

The genre lists the sites an official inspected or the projects a report counts, and the closing 等…项目
says what every item is, whatever its head word (药厂, 基地, 度假区, 塔, 客栈). The first item starts after the
clause's verb (踏察了, 推进, 引进签约): those words are data (entity_rules.json "LISTED_PROJECTS",
"LISTED_COMPANIES", "LISTED_ORGS", "LISTED_PLACES", "PROJECT_BUILDER", "BUILT_BY").
"""
from __future__ import annotations

import bisect
import re

from kg.nlp.lexicon import alternation
from kg.nlp.phrases import (CAPACITY, CJK_WORD, NAME_LIST_JOINERS, RELATIVE_LEVELS, Candidate, after_places,
                            inside_a_firm_name)
from kg.textrules import INVESTED_SUM, at_most_a_number

ITEM = re.compile(r"[^，。；：、！？,;:!?\n]+")
SITE_LIST_OPENERS = "。；;：:\n"     # what a site's heading follows: a sentence or list item's end, an intro's colon
SITE_LIST_END = re.compile(r"[；;。\n]")
NAME_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z.\-]+")
ITEM_END = re.compile(r"[、，。；：,;:！？\n和及等]")


# 中国500强、民企百强等企业: a ranking names a kind of firm, not a firm
RANKING = re.compile(r"[0-9一二三四五六七八九十百千]+强")
PLAIN_WORD_FREQ = 100       # a word this frequent in the general dictionary is an everyday word, no firm's own name


class ListedItems:
    """Items of a list the text closes with what they are. Projects by default; with another label and rule
    section the same finder reads `A、B、C等企业` as firms (entity_rules.json "LISTED_COMPANIES")."""

    def __init__(self, rules: dict, other_suffixes: list[str], label: str = "PROJECT"):
        self.label = label
        # items ending like another kind are that kind: 某某有限公司、某某集团等项目 are firms, not projects
        self.other_suffixes = tuple(other_suffixes)
        self.closing = re.compile(rules["closing"])
        self.lead_words = sorted(rules["lead_words"], key=len, reverse=True)
        self.max_chars = rules["max_chars"]
        self.min_chars = rules.get("min_chars", 2)      # 家居、物流、文旅等产业项目: industries, not project names
        self.min_items = rules["min_items"]
        self.prepositions = sorted(rules.get("prepositions", ()), key=len, reverse=True)
        joiners = "".join(rules.get("joiners_before_level", ()))
        self.joiner_before_level = re.compile(f"[{joiners}](?=[{''.join(RELATIVE_LEVELS)}])") if joiners else None

    def find(self, text: str) -> list[Candidate]:
        out, previous_end = [], -1
        for m in self.closing.finditer(text):
            follows, previous_end = m.start() == previous_end, m.end()
            if follows:
                continue                          # 某甲、某乙两镇12个村: the second count closes no list of its own
            clause_start = max(text.rfind(c, 0, m.start()) for c in "，。；：！？,;:!?\n") + 1
            items = [(i.start() + clause_start, i.end() + clause_start) for i in ITEM.finditer(text[clause_start:m.start()])]
            if len(items) < self.min_items:
                continue
            first_start, first_end = items[0]
            cut = self._after_lead(text[first_start:first_end])
            if cut is None:
                items = items[1:]
            else:
                items[0] = (first_start + cut, first_end)
            for a, b in self._split_at_joiners(text, items):
                name = text[a:b].strip("“”\"' ")
                if self.min_chars <= len(name) <= self.max_chars and not name.endswith(self.other_suffixes) \
                        and not RANKING.search(name):
                    a = text.index(name, a)
                    out.append(Candidate(a, a + len(name), self.label, "listed-" + self.label.lower()))
        return out

    def _split_at_joiners(self, text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """某市和省商务厅: an item joined to the next by 和 before a level character is two (rule
        joiners_before_level; 工业和信息化厅 is one)."""
        if self.joiner_before_level is None:
            return items
        out = []
        for a, b in items:
            for m in self.joiner_before_level.finditer(text, a, b):
                out.append((a, m.start()))
                a = m.end()
            out.append((a, b))
        return out

    def _after_lead(self, first: str) -> int | None:
        """Where the first item starts: after the last lead word, or at once if the item is short."""
        best = -1
        for w in self.lead_words:
            k = first.rfind(w)
            if k >= 0:
                best = max(best, k + len(w))
        if best >= 0:
            return best if len(first) - best >= 2 else None
        opener = next((len(w) for w in self.prepositions if first.startswith(w)), 0)     # 要对|某某项目
        return opener if len(first) - opener <= self.max_chars else None


BRACKETED = re.compile(r"[（(](?P<name>[\u4e00-\u9fff]{2,20})[）)]")


def bracketed_firms(text: str, cands: list[Candidate], firm_suffixes: tuple[str, ...]) -> list[Candidate]:
    """某县酒旅一体（步长集团）建设项目: a firm in brackets inside a project's name is its builder, even where
    its name is an everyday word (步长) that the suffix rule refuses."""
    return [Candidate(m.start("name"), m.end("name"), "COMPANY", "project-builder")
            for proj in cands if proj.label == "PROJECT"
            for m in BRACKETED.finditer(text, proj.start, proj.end) if m.group("name").endswith(firm_suffixes)]


class ProjectBuilders:
    """The firm that opens a project's name before its capacity (gold convention 2 and 12):
    `某某果业年产20万吨浓缩果汁项目` — the words before 年产, after any
    place that starts the name, are the builder written short (entity_rules.json "PROJECT_BUILDER")."""

    def __init__(self, rules: dict, generic_firms: list[str], lex, firm_suffixes: list[str]):
        self.generic_firms = set(generic_firms)          # 新能源, 科技: an industry, not a firm
        self.firm_suffixes = tuple(w for w in firm_suffixes if len(w) >= 2)   # （某某集团）, （某某锂业）
        self.lex = lex
        self.min_chars, self.max_chars = rules["min_chars"], rules["max_chars"]
        self.not_firms = tuple(rules["not_firms"])
        self.output_words = tuple(rules["output_words"])    # 年产, 年处理: a yearly output follows its producer
        self.park_words = tuple(lex.rules["PLACE"]["parks_as_locations"]["names"])

    def find(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        out = bracketed_firms(text, cands, self.firm_suffixes)
        places = {(c.start, c.end) for c in cands if c.label == "PLACE"}
        firm_names = [text[c.start:c.end] for c in cands if c.label == "COMPANY"]
        for proj in (c for c in cands if c.label == "PROJECT"):
            start = proj.start
            while True:                                   # 某县某某年产…: the firm starts after the places
                after = max((b for a, b in places if a == start and b < proj.end), default=None)
                if after is None:
                    break
                start = after
            m = CAPACITY.search(text, start, proj.end)
            if m is None or not m.group().startswith(self.output_words) or any(
                    c.label == "COMPANY" and proj.start <= c.start and c.end <= m.start() for c in cands):
                continue                                  # an amount alone (60万千瓦) names a site; a firm is found
            name = text[start:m.start()]
            if not (self.min_chars <= len(name) <= self.max_chars) or not CJK_WORD.match(name):
                continue
            if self.lex.is_place(name) or self.lex.is_common(name, 20) or name in self.generic_firms \
                    or any(w in name for w in self.not_firms) or name.endswith(self.park_words):
                continue                                  # 某某盐化工业园|年产…: a park, the site
            if (site := self._site_after_firm(name, firm_names)):
                # 某某新材料|某市|年产…, 浙江某某新材料有限公司 named in the text: the firm, then its plant's place
                out.append(Candidate(start, m.start() - site, "COMPANY", "project-builder"))
                out.append(Candidate(m.start() - site, m.start(), "PLACE", "project-builder"))
                continue
            out.append(Candidate(start, m.start(), "COMPANY", "project-builder"))
        return out

    def _site_after_firm(self, name: str, firm_names: list[str]) -> int:
        """Length of a known place closing name after a firm's short name written inside a longer firm name."""
        return next((n for n in (4, 3, 2) if len(name) - n >= 2 and self.lex.is_place(name[-n:])
                     and inside_a_firm_name(name[:-n], firm_names)), 0)


def _words(toks: list, start: int, end: int) -> list[str]:
    """pkuseg's words inside [start, end) (tokens are in text order: a binary search, not a scan)."""
    k = bisect.bisect_left(toks, start, key=lambda t: t.start)
    out = []
    while k < len(toks) and toks[k].end <= end:
        out.append(toks[k].text)
        k += 1
    return out


def _short_firm_name(name: str, words: list[str], lex) -> bool:
    """Could `name` (pkuseg's words) be a firm written short (天府锂电, 华岳新材)? Not a place or a name ending
    like one (某某片区|智能, 某某经开区|光电: a zone, then an industry), not an everyday word, and no verb,
    adverb, adjective, pronoun, preposition or class word in it (企业自主, 退役光伏, 新型墙体: a kind, a clause);
    a one-character adjective inside the name is a trade word pkuseg split (某源|新|能源; not 锂电|新 + 材料)."""
    return not (lex.is_place(name) or name.endswith(lex.place_name_ends) or lex.is_common(name, 20)
                or name in lex.titles or (words and lex.is_common(words[0], 5000))
                or any(lex.pos.get(w, "")[:1] in ("v", "a", "d", "r", "p", "b") for w in words[:1])
                or any(lex.pos.get(w, "")[:1] in ("v", "a", "d", "r", "p", "b") and (len(w) > 1 or n == len(words) - 1)
                       for n, w in enumerate(words) if n > 0))


def short_firm_forms(text: str, toks: list, cands: list[Candidate], lex) -> list[Candidate]:
    """A firm named in full once (江西钜源稀土新材料有限公司) is written short elsewhere by its name and first
    trade word (钜源稀土正在建设…): the four characters after the places that open the full name, where the
    full name runs on after them, found again on word edges outside the full name (gold convention 4; not
    雅砻江|清洁能源)."""
    starts, ends = {t.start for t in toks}, {t.end for t in toks}
    forms, firms = _full_firms(text, cands, lex)
    taken = [(c.start, c.end) for c in cands if c.label in ("COMPANY", "ORG")]
    out = []
    for short in {s for c in firms for s in _short_forms(text[c.start:c.end], forms, lex)}:
        for m in re.finditer(re.escape(short), text):
            if m.start() in starts and m.end() in ends and not any(a <= m.start() < b for a, b in taken):
                out.append(Candidate(m.start(), m.end(), "COMPANY", "short-form"))
    return out


def projects_opened_by_firm_names(text: str, cands: list[Candidate], lex) -> list[Candidate]:
    """某省驰骋汽车零部件有限公司 named in the text, then 推进驰骋|汽车零部件新能源…项目: the project's name stopped at a
    dictionary word (驰骋, a verb; 米都) that opens the firm's own name. The project opens with the firm's name
    (without its places and legal form) written short, which is the firm (gold convention 2); returns those firms."""
    forms, firms = _full_firms(text, cands, lex)
    names = {_name_part(text[c.start:c.end], forms, lex) for c in firms}
    out = []
    for proj in (c for c in cands if c.label == "PROJECT"):
        for name in sorted(n for n in names if len(n) >= 4):
            if not (text.endswith(name[:2], 0, proj.start) and text.startswith(name[2:4], proj.start)):
                continue
            start, k = proj.start - 2, 4
            while k < len(name) and start + k < proj.end and text[start + k] == name[k]:
                k += 1
            out.append(Candidate(start, start + k, "COMPANY", "short-form"))
            # 招远|金都黄金…项目: the place written before the firm's name opens the project's name too
            while n := next((n for n in (4, 3, 2) if lex.is_place(text[max(0, start - n):start])), 0):
                start -= n
            proj.start = start
            break
    return out


def _full_firms(text: str, cands: list[Candidate], lex) -> tuple[tuple[str, ...], list[Candidate]]:
    """The legal forms (有限公司 …) and the firms named in full with one."""
    forms = tuple(lex.rules["COMPANY"]["legal_forms"])
    return forms, [c for c in cands if c.label == "COMPANY" and text.endswith(forms, c.start, c.end)]


def _name_part(full: str, forms: tuple[str, ...], lex) -> str:
    """江西钜源稀土新材料有限公司 -> 钜源稀土新材料: the firm's name without the places that open it and its legal form."""
    name = full[: -len(next(f for f in forms if full.endswith(f)))]
    while (cut := lex.leading_place(name)) and len(name) - cut >= 4:
        name = name[cut:]
    return name


def _short_forms(full: str, forms: tuple[str, ...], lex) -> set[str]:
    """江西钜源稀土新材料有限公司 -> 钜源稀土, 福建银雪菌业有限公司 -> 银雪菌业, 济南某青新能源科技有限公司 -> 某青新能,
    某青新能源 (the name and its trade word), or none where the name has no part of its own to write short."""
    name = _name_part(full, forms, lex)           # 江西|钜源稀土新材料, 福建|银雪菌业: the places that open it
    if len(name) < 4 or lex.is_common(name[:2], 50):
        return set()
    if len(name) in (4, 5):
        shorts = {name}                            # 银雪菌业, 稻香源米业: the whole name left is the short one
    else:
        shorts = {name[:4]} | {name[:2 + len(w)] for w in lex.trade_words if name.startswith(w, 2)}
    return {s for s in shorts if CJK_WORD.match(s) and not lex.is_common(s, 5) and not lex.leading_place(s)}
    #                                                中国铝业, 新华书店, 鄂尔多斯…, 雅砻江…: no name of its own


class BuilderPhrases:
    """How the genre says who builds a project (entity_rules.json "BUILT_BY"), one definition for kg_entities
    (the firm written short in `由天府锂电投资建设`) and kg_relations (实施): `由甲与乙共同投资建设`,
    `由甲和乙共同投资的<project>`, `该公司(投资建设的)<project>`."""

    def __init__(self, rules: dict):
        self.rules = rules
        self.verbs = tuple(rules["verbs"])
        verbs, manners = alternation(self.verbs), alternation(rules["manners"])
        self.joiners = tuple(rules["joiners"])
        self.partner_joiners = (*self.joiners, *rules["partner_joiners"])   # 某合作社|联合|某公司
        self.firm_anaphors = frozenset(rules["firm_anaphors"])
        self.max_chars = rules["max_chars"]
        # 由<actors>(共同)投资建设: the actors of a clause after the project, or of the entity finder
        self.clause = re.compile(rf"由(?P<actors>[\u4e00-\u9fff、]{{2,{self.max_chars * 2}}}?)(?:{manners})?(?:{verbs})")
        # 由<actors>(共同)投资的 + the project right after
        self.before = re.compile(rf"由(?P<actors>[^，。；！？]{{2,80}}?)(?:{manners})?(?:{verbs})的$")
        # 该公司(投资建设的) + the project right after: the firm named before builds it
        # 其投资建设的 + the project: the bare pronoun only with its build verb (其中, 其他 are no firm)
        self.anaphor = re.compile(rf"(?:(?:{alternation(self.firm_anaphors)})(?:(?:{manners})?(?:{verbs})的)?"
                                  rf"|(?:{alternation(rules['pronouns'])})(?:{manners})?(?:{verbs})的)$")
        self.part = re.compile(rf"(?:(?!{alternation(self.joiners)})[\u4e00-\u9fff])+")   # an actor between joiners
        # 。<firm>投资建设的<project>: a clause that opens with the firm, the project right after 的
        self.opening = re.compile(rf"(?:^|(?<=[，。；：\n]))(?P<actors>[\u4e00-\u9fff]{{2,{self.max_chars}}}?)"
                                  rf"(?:{manners})?(?:{verbs})的")
        # what stands between that firm and its project (某公司投资26亿元(建设)的|<project>: the sum too)
        self.verb_of = re.compile(rf"(?:{INVESTED_SUM}(?:(?:{manners})?(?:{verbs}))?|(?:{manners})?(?:{verbs}))的")
        self._verb_of_before = re.compile(rf"(?:{self.verb_of.pattern})$")
        # ，该集团总部位于…, 企业总部在…: a clause about the firm just named (where it is based)
        self.about_firm = re.compile(rf"{alternation(self.firm_anaphors)}|{alternation(sorted({w[1:] for w in self.firm_anaphors}))}总部")
        # ，<firm>承建，: the build verb closes the firm's clause (the project is the sentence's topic)
        self.closing_verb = re.compile(rf"(?:{manners})?(?:{verbs})(?=[，。；,;]|$)")

    def built_before(self, text: str, at: int) -> bool:
        """A build verb and 的 end right at `at` (某公司投资建设的|…): what follows is built."""
        return self._verb_of_before.search(text, max(0, at - 24), at) is not None

    def joined(self, gaps: list[str]) -> bool:
        """Every gap between two builders is a joiner (与, 和, 、)."""
        return all(g in self.joiners for g in gaps)


class BuiltBy:
    """The firm a project is built by, written short: `某项目由天府锂电投资建设`, `由某某与某某共同投资建设`,
    `某某物流投资建设的<project>` (gold convention 12). Names that another finder reads (某县政府, 某某集团) and places are left to it."""

    def __init__(self, phrases: BuilderPhrases, lex, other_suffixes: list[str]):
        self.phrases = phrases
        self.other_suffixes = tuple(other_suffixes)
        self.lex = lex

    def find(self, text: str, toks: list, cands: list[Candidate]) -> list[Candidate]:
        known = {(c.start, c.end) for c in cands}
        word_starts = {t.start for t in toks}
        word_ends = {t.end for t in toks}
        out = []
        project_starts = {c.start for c in cands if c.label == "PROJECT"}
        project_names = [text[c.start:c.end] for c in cands if c.label == "PROJECT"]
        opening = [m for m in self.phrases.opening.finditer(text) if m.end() in project_starts]
        for m in [*self.phrases.clause.finditer(text), *opening]:
            for p in self.phrases.part.finditer(text, m.start("actors"), m.end("actors")):
                start, end, part = p.start(), p.end(), p.group()
                if not (2 <= len(part) <= self.phrases.max_chars) or (start, end) in known or part.endswith(self.other_suffixes):
                    continue
                if start not in word_starts or end not in word_ends:
                    continue                  # a word cut in two is not a name's edge
                # 深蓝海工某某基地项目由深蓝海工投资建设: the builder opens its project's name, a name whatever its words
                opens_its_project = any(n.startswith(part) and len(n) > len(part) + 2 for n in project_names) \
                    and not self.lex.is_place(part) and not part.endswith(self.lex.place_name_ends)
                if not (opens_its_project or _short_firm_name(part, _words(toks, start, end), self.lex)):
                    continue                  # 由企业自主投资: a kind of actor and an adverb, not a firm
                out.append(Candidate(start, end, "COMPANY", "built-by"))
        return out


class FirmOpeners:
    """The firm that opens a project's name, written short with its trade word: `华岳新材高端电子材料项目`,
    `吉松新能源榆树300万千瓦…项目`, `闽瑞纸业二期` (gold convention 2 and 12). Trade words (新材, 纸业, 物流)
    are not firm suffixes everywhere (物流园区, 新能源汽车), only here, at the start of a project's name."""

    def __init__(self, rules: dict, company_suffixes: list[str], generic_firms: list[str], lex):
        self.trades = tuple(sorted(set(rules["trade_words"]) | {w for w in company_suffixes if len(w) >= 2}))
        self.max_name = rules["max_name_chars"]
        self.firm_only_ends = tuple(rules["firm_only_ends"])      # 某某煤业, 某某科技: a firm's name, never a product
        self.product_kinds = tuple(rules["product_kinds"])      # 果蔬冷链物流, 铜基新材料: a kind, no firm's name
        self.generic = set(generic_firms)
        self.lex = lex

    def find(self, text: str, toks: list, cands: list[Candidate], lac_names: frozenset[int] | None = None) -> list[Candidate]:
        """`lac_names`: where LAC reads a name (a person, place or organisation of two characters or more), None
        when LAC is off (then every opener the rules accept is kept; see _a_kind_of_product)."""
        places = {(c.start, c.end) for c in cands if c.label == "PLACE"}
        projects = {(c.start, c.end) for c in cands if c.label == "PROJECT"}
        # (某某物流中心 read as an organ too is the project, no firm that holds the opener)
        firms = {(c.start, c.end) for c in cands if c.label in ("COMPANY", "ORG")} - projects
        firm_names = [text[a:b] for a, b in firms]
        ends = {t.end for t in toks}
        out = []
        for proj in (c for c in cands if c.label == "PROJECT"):
            start = after_places(proj.start, proj.end, places)   # 某县某某…: the firm starts after the places
            if any(a == start for a, b in firms):
                continue                                  # a firm is already read there
            # the first trade word after the name (某诚|机械|智能装备…: 机械), the longest one where several start
            found = sorted((at, -len(trade), trade) for trade in self.trades
                           if (at := text.find(trade, start + 2, min(proj.end, start + self.max_name + len(trade)))) >= 0)
            for at, _, trade in found:
                end, name = at + len(trade), text[start:at]
                words = _words(toks, start, at)
                proper = len(words) == 1 and not self.lex.is_common(words[0], 1)    # 锦源|新|材锂: pkuseg
                # glued the trade word's end to the product; a name no dictionary knows still opens the project
                if text[end:end + 1] == "园":
                    continue                              # 某某物流|园项目: the trade word names the park, no firm
                if (end not in ends and not proper) or end >= proj.end - 1 or not CJK_WORD.match(name) or self._generic(name) \
                        or text[start:end] in self.generic or not _short_firm_name(name, words, self.lex):
                    continue                              # 退役光伏组件回收: a verb, not a firm's name
                if (text.endswith(self.product_kinds, start, end) or self._place_and_a_kind(words)) \
                        and not inside_a_firm_name(text[start:end], firm_names):
                    break                                 # 果蔬冷链物流|中心, 铜基新材料|…项目: a kind of product
                if lac_names is not None and self._a_kind_of_product(text[start:end], trade, words, start in lac_names,
                                                                     firm_names):
                    break                                 # 铜基新材料|精深加工项目: a product, no firm named
                out.append(Candidate(start, end, "COMPANY", "firm-opener"))
                break
        return out

    def _place_and_a_kind(self, words: list[str]) -> bool:
        """某市|日用|陶瓷…产业园项目: a place and an everyday word before the trade word name a kind of the place's
        products (its industry), no firm (a firm's own name is no everyday word: 某市|恒旭|智能)."""
        return len(words) == 2 and self.lex.is_place(words[0]) and self.lex.is_common(words[1], PLAIN_WORD_FREQ)

    def _a_kind_of_product(self, opener: str, trade: str, words: list[str], lac_reads_a_name: bool,
                           firm_names: list[str]) -> bool:
        """煤基新材料, 智能网联汽车, 钠离子电池 opening a project name no firm: LAC reads no name there, the trade word
        is one a product is named with too (not 煤业, 科技: firm_only_ends), the first word is in the dictionary
        (a name no dictionary knows, 某博|化学新材料, is still a firm) and no full firm name in the text holds it."""
        return not (lac_reads_a_name or trade.endswith(self.firm_only_ends)
                    or (words and words[0] not in self.lex.pos and len(words[0]) >= 2)
                    or inside_a_firm_name(opener, firm_names))

    def _generic(self, name: str) -> bool:
        """光伏新材, 锂电新材料, 全省物流: a kind (a trade word itself) or a scope, not a firm's own name (nor is
        智慧|物流 with its trade word: COMPANY.generic)."""
        return name in self.generic or name in self.trades or any(ch.isdigit() for ch in name) or name[:1] in "全本各该"


class Signatories:
    """`，华创科技与某县签约`: the party that signs with a place or a body, at the start of its clause, is a
    firm written short (gold convention 1: every named entity counts)."""

    def __init__(self, rules: dict, lex):
        verbs = "|".join(map(re.escape, rules["verbs"]))
        self.clause = re.compile(rf"(?:^|(?<=[，。；：\n]))(?P<firm>[\u4e00-\u9fff]{{2,8}}?)与(?P<other>[\u4e00-\u9fff]{{2,16}}?)(?:{verbs})", re.M)
        self.lex = lex

    def find(self, text: str, toks: list, cands: list[Candidate]) -> list[Candidate]:
        parties = {(c.start, c.end) for c in cands if c.label in ("PLACE", "ORG", "COMPANY")}
        taken = [(c.start, c.end) for c in cands]
        starts, ends = {t.start for t in toks}, {t.end for t in toks}
        out = []
        for m in self.clause.finditer(text):
            a, b = m.span("firm")
            if m.span("other") not in parties or a not in starts or b not in ends:
                continue                          # the other side must be a known place or body
            if any(x < b and a < y for x, y in taken):
                continue                          # already read (a person, a place, a firm)
            if not _short_firm_name(m.group("firm"), _words(toks, a, b), self.lex):
                continue
            out.append(Candidate(a, b, "COMPANY", "signatory"))
        return out


def places_opening_projects(text: str, toks: list, outer: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
    """Places the document names on their own that also open a project's name (某村…；某村精品民宿项目), after
    the firm written first if any (某风能某区某镇…风电项目): no finder reads a village or a town inside a name
    whose next characters glue on, but the text has said it is a place. The place must end where a word does
    (not 亚太区 of 亚太区域) and have three characters or more: a two-character one is too often a product's
    origin or a modifier (霍山石斛…, 海口江东新区…) to be read inside a name on one mention. Returns the new
    nested places."""
    named = {text[c.start:c.end] for c in outer if c.label == "PLACE" and c.length >= 3}
    if not named:
        return []
    longest = max(map(len, named))
    word_ends = {t.end for t in toks}
    added = []
    for proj in (c for c in outer if c.label == "PROJECT"):
        inner = [n for n in nested if proj.start <= n.start and n.end <= proj.end]
        at = max((n.end for n in inner if n.label == "COMPANY" and n.start == proj.start), default=proj.start)
        while True:
            kept = max((n for n in inner if n.label == "PLACE" and n.start == at), key=lambda n: n.length, default=None)
            size = kept.length if kept else next((k for k in range(min(longest, proj.end - at - 1), 1, -1)
                                                  if text[at:at + k] in named and at + k in word_ends), 0)
            if not size or at + size >= proj.end:
                break
            if kept is None:
                added.append(Candidate(at, at + size, "PLACE", "named-elsewhere"))
            at += size
    return added


def projects_named_short(text: str, outer: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
    """某镇污水处理厂扩建工程…。其中，污水处理厂扩建工程由县水务局负责实施: a later mention of a project without the
    places that open its name (six characters or more, one project so named) is that project (named in full), where
    no finder read it (a plain name alone is no project)."""
    taken = [(c.start, c.end) for c in outer]
    short: dict[str, list[Candidate]] = {}
    places = [(n.start, n.end) for n in nested if n.label == "PLACE"]
    for proj in (c for c in outer if c.label == "PROJECT"):
        at = after_places(proj.start, proj.end, places)
        if at > proj.start and proj.end - at >= 6:
            short.setdefault(text[at:proj.end], []).append(proj)
    out = []
    for rest, projects in short.items():
        full = {text[p.start:p.end] for p in projects}
        if len(full) != 1:
            continue                                  # 甲镇…工程 and 乙镇…工程: which one is meant is unknown
        k = text.find(rest, projects[0].end)
        while k >= 0:
            if not any(a < k + len(rest) and k < b for a, b in taken):
                out.append(Candidate(k, k + len(rest), "PROJECT", "named-short", names=[next(iter(full))]))
            k = text.find(rest, k + len(rest))
    return out


def projects_listed_at_a_site(text: str, cands: list[Candidate], max_chars: int, verbs: tuple[str, ...]
                              ) -> list[Candidate]:
    """`某县：甲项目、乙示范园、丙街区；`: a work report lists the projects at each site, and an item beside a
    project in such a list is one too, whatever its head word (示范园, 集群, 街区). The heading is a place opening
    its sentence or list item (after a number: (一)某县：) and a colon; the list is names only, joined by 、 (not
    某市：推进甲项目，…), and an item that opens or ends with a verb (推进甲茶园, 乙工程开工) or crosses another name
    is no name."""
    found = {(c.start, c.end) for c in cands if c.label == "PROJECT"}
    others = [(c.start, c.end) for c in cands if c.label != "PLACE"]
    out = []
    for heading in (c for c in cands if c.label == "PLACE" and text[c.end:c.end + 1] in "：:"):
        if not _opens_item(text, heading.start):
            continue
        end = (m.start() if (m := SITE_LIST_END.search(text, heading.end + 1)) else len(text))
        items, at = [], heading.end + 1
        for item in text[at:end].split("、"):
            items.append((at, at + len(item)))
            at += len(item) + 1
        if len(items) < 2 or not any(item in found for item in items):
            continue
        out += [Candidate(a, b, "PROJECT", "listed-at-site") for a, b in items
                if (a, b) not in found and _unread_item(text, a, b, 4, max_chars, verbs, others)]
    return out


def projects_beside_projects(text: str, cands: list[Candidate], max_chars: int, verbs: tuple[str, ...],
                             heads: tuple[str, ...]) -> list[Candidate]:
    """`观摩了某县某某育苗中心、甲项目和某县某某示范园`, `推进甲项目、某县某某加工园建设`: an item listed beside a
    project is one where it opens with a place the text names (the county or town it is in) and ends in a
    facility's head word (heads: 园, 中心, 片区, 廊道); the verb closing the list (建设) is no part of it."""
    found = {(c.start, c.end) for c in cands if c.label == "PROJECT"}
    place_starts = {c.start for c in cands if c.label == "PLACE"}
    others = [(c.start, c.end) for c in cands if c.label != "PLACE"]
    spans = set()
    for start, end in found:
        joiner = next((j for j in NAME_LIST_JOINERS if text.startswith(j, end)), "")
        if joiner:                                    # the item after: up to the next list mark or clause end
            a = end + len(joiner)
            m = ITEM_END.search(text, a + 1)
            spans.add((a, m.start() if m else len(text)))
        if text[start - 1:start] in NAME_LIST_JOINERS:      # the item before: from the place that opens it
            b = start - 1
            a = max(text.rfind(ch, 0, b) for ch in "、，。；：,;:\n") + 1
            spans.add((next((p for p in range(a, b) if p in place_starts), b), b))
    out = []
    for a, b in sorted(spans):
        b -= next((len(v) for v in verbs if text.endswith(v, a, b)), 0)      # 某加工园|建设
        described = "的" in text[a:b]                  # 某镇的某园区: a place's park, described
        if a in place_starts and (a, b) not in found and text.endswith(heads, a, b) and not described \
                and _unread_item(text, a, b, 5, max_chars, verbs, others):
            out.append(Candidate(a, b, "PROJECT", "beside-a-project"))
    return out


def facilities_built_by(text: str, cands: list[Candidate], max_chars: int, verbs: tuple[str, ...],
                        heads: tuple[str, ...], built_by: re.Pattern) -> list[Candidate]:
    """`某县某镇某某集散中心，由某公司建设；`: a facility a work report names at the start of a clause, opened by a
    place the text names and ended by a facility's head word, then the one who builds it (由…建设) is a project."""
    found = {(c.start, c.end) for c in cands if c.label == "PROJECT"}
    others = [(c.start, c.end) for c in cands if c.label != "PLACE"]
    out = []
    for place in (c for c in cands if c.label == "PLACE"):
        if not _opens_item(text, place.start):
            continue
        by = text.find("由", place.end, place.start + max_chars + 2)
        if by < 0 or not built_by.match(text, by):
            continue
        b = by - (text[by - 1:by] in "，,")
        if (place.start, b) not in found and text.endswith(heads, place.start, b) \
                and _unread_item(text, place.start, b, 5, max_chars, verbs, others):
            out.append(Candidate(place.start, b, "PROJECT", "built-facility"))
    return out


def _opens_item(text: str, at: int) -> bool:
    """Does text[at] open a sentence or a list item (after 。；：or a line's end, and a number at most: (一)某县)?"""
    opened = max(text.rfind(ch, 0, at) for ch in SITE_LIST_OPENERS) + 1
    return at_most_a_number(text[opened:at].strip())


def _unread_item(text: str, a: int, b: int, least: int, most: int, verbs: tuple[str, ...],
                 others: list[tuple[int, int]]) -> bool:
    """Is text[a:b], an item of a list no finder read, a name: its length in bounds, only name characters, no verb
    opening or ending it (推进甲茶园, 乙工程开工), no other name (but a place) crossing or inside it?"""
    return least <= b - a <= most and NAME_CHARS.fullmatch(text, a, b) is not None \
        and not text.startswith(verbs, a, b) and not text.endswith(verbs, a, b) \
        and not any(s < b and a < e for s, e in others)
