"""Combine the rule finders' people with Baidu LAC's statistical PER tags (doc._.lac_ents).

A plain union of the two lowers precision (LAC tags 林田湖 in 山水林田湖草, 于伟 out of 于伟国代省长), so:
- a LAC name the rules did not find is added when it looks like a name on its own (a known surname or
  name syllables, not a dictionary word) or stands in a 、 list, and is not the head of a longer name
  the rules found;
- a rule name that strictly contains a LAC name sharing one edge is cut to LAC's edges where the rule
  over-ran: a group label before the name (省领导杨岳 -> 杨岳) or a verb after it (曾伟作了发言 -> 曾伟);
  a name that ends before list punctuation keeps the rules' edges (刘柏呈、 is not 刘柏);
- a two-character rule name that LAC reads as the head of a three-character name is extended
  (pkuseg's 周立|新到会 -> 周立新).

>>> combine_people("曾伟作了发言", [Candidate(0, 3, "PERSON", "speaker")], [[0, 2, "PERSON"]], lex)
[Candidate(start=0, end=2, label='PERSON', source='speaker', titles=[])]
"""
from __future__ import annotations

from bisect import bisect_right
import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon, alternation
from kg.nlp.people import DOTTED_NAME, in_list_of_things
from kg.nlp.phrases import AFTER_NAME_POS, FUNCTION_CHARS, RANKED, RELATIVE_LEVELS, TOWN_LEVELS, Candidate
from kg.textrules import ETHNIC

HAN_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,10}$")
ALL_HAN = re.compile(r"[\u4e00-\u9fff·]{2,}")
ETHNIC_GROUP = re.compile(rf"(?:{ETHNIC})族")
LIST_MARKS = "、"
QUOTES_OPEN, QUOTES_CLOSE = "“‘\"「『", "”’\"」』"
LOOSE_SOURCES = ("list", "recurrence")   # rule names read without a title: LAC's edges are the better ones
VERB_POS = ("v", "p", "d")     # jieba: verb, preposition, adverb: words that follow a name, never end one


def looks_like_name(word: str, lex: Lexicon) -> bool:
    """A name on its own: a 2-4 character Han name with a known surname that is no dictionary word,
    a name spelled in name syllables (扎西多杰), or a name with the middle dot (帕巴拉·格列朗杰)."""
    if not HAN_NAME.match(word) or word in lex.titles or word in lex.orgs or lex.is_place(word):
        return False                                 # 曲麻莱 is a county, not a name
    if word.endswith(tuple(lex.rules["PEOPLE"]["honorific_ends"])):
        return False                                 # 郑先生, 王某, 吕老: a surname and a form of address
    if "·" in word.strip("·"):
        return True
    foreign = lex.rules["PEOPLE"].get("transliteration_chars", "")
    if 3 <= len(word) <= 8 and all(ch in foreign for ch in word) and not lex.is_common(word, 1):
        return True                                  # 克林顿, 普里马科夫: a foreign name in Chinese
    if lex.is_syllable_name(word):
        return True
    return 2 <= len(word) <= 4 and lex.has_surname(word) and not lex.is_common(word, 1)


def _quoted(text: str, start: int, end: int) -> bool:
    """“季季红”, or an item of a short list in quotes (“周调度、月通报、季拉练”): a slogan, not a name."""
    if text[start - 1:start] in QUOTES_OPEN and text[end:end + 1] in QUOTES_CLOSE:
        return True
    opened = max(text.rfind(q, max(0, start - 20), start) for q in QUOTES_OPEN)
    closed = min((i for q in QUOTES_CLOSE if (i := text.find(q, end, end + 20)) >= 0), default=-1)
    if opened < 0 or closed < 0 or any(q in text[opened + 1:start] for q in QUOTES_CLOSE):
        return False
    items = text[opened + 1:closed].split("、")
    return len(items) >= 2 and all(1 <= len(x) <= 5 for x in items)


def _listed_with_people(text: str, start: int, end: int, people: list[Candidate], lac_ents: list) -> bool:
    """In a 、 list next to another person (坚参 between two names), not in a list of things (档案史志)."""
    persons = {(c.start, c.end) for c in people} | {(s, e) for s, e, label in lac_ents if label == "PERSON"}
    before = text[start - 1:start] == "、" and any(e == start - 1 for _, e in persons)
    after = text[end:end + 1] == "、" and any(s == end + 1 for s, _ in persons)
    return before or after


def _listed(text: str, start: int, end: int) -> bool:
    return text[end:end + 1] in LIST_MARKS or text[start - 1:start] in LIST_MARKS


def combine_people(text: str, cands: list[Candidate], lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """The candidates with LAC's people merged in (see the module docstring)."""
    people = [c for c in cands if c.label == "PERSON"]
    read = {(c.start, c.end) for c in people}   # the rules' people, by their edges
    names = {text[c.start:c.end] for c in people}
    titled = {text[c.start:c.end] for c in people if c.titles}
    other_names = {text[c.start:c.end] for c in cands if c.label in ("MEETING", "ORG", "COMPANY")}   # 王长江: PLACE by 江
    nature_ends = tuple(lex.rules["PLACE"]["nature_ends"])
    rule_places = {(c.start, c.end) for c in cands if c.label == "PLACE" and text[c.start:c.end].endswith(nature_ends)}
    firm_heads = tuple(text[c.start:c.end] for c in cands if c.label == "COMPANY" and c.length >= 4)
    site_verbs = tuple(lex.rules["PROJECT"]["site_verbs"])
    trimmed: dict[int, Candidate] = {}          # id(rule candidate) -> its cut replacement
    added: list[Candidate] = []
    for start, end, label in lac_ents:
        if label != "PERSON":
            continue
        word = text[start:end]
        if (start, end) in read:
            continue                             # the rules read the same name (吉克阿依: 依 is no verb here)
        if len(word) == 4 and _is_verb(word[-1], lex) and looks_like_name(word[:-1], lex):
            word, end = word[:-1], end - 1        # LAC's own over-run: 周立新|作政府工作报告
        if (start, end) in read or word in other_names:
            continue                             # a person, or a name the rules read as something else (黄洽会: a fair)
        if len(word) == 2 and word.endswith(lex.town_ends) and text.endswith(site_verbs, 0, start):
            added.append(Candidate(start, end, "PLACE", "town-after-site"))
            continue                             # 落户|侯镇: a town of one character and its level, not a name
        if len(word) >= 4 and word.endswith(TOWN_LEVELS) and word[:2] not in lex.surnames_double:
            added.append(Candidate(start, end, "PLACE", "town-read-as-person"))
            continue                             # 某乡、张家铺镇: a town named after a family, no name of four
        if any(f.startswith(word) and f != word for f in firm_heads):
            continue                             # 在楚峰|磷化: the head of a firm named in the text (楚峰磷化)
        if any(word[:k] in lex.companies for k in range(2, len(word))):
            continue                             # 隆基|绿: a listed firm opens it, no surname
        # a name the text gives a title somewhere (额尔敦毕力格) keeps its front at every mention (LAC: 额尔敦|毕力格)
        host = next((c for c in people if c.start <= start and end <= c.end), None)
        if host is not None:
            lead = text[host.start:start]
            front_cut = (start > host.start and text[host.start:host.end] in titled
                         and not lex.is_common(lead, 1) and lead not in lex.titles)
            cut = None if front_cut else _cut(text, host, start, end, lex)
            if cut is not None:
                trimmed[id(host)] = cut
            continue
        short = next((c for c in people if c.start == start and c.end < end), None)
        if short is not None and short.source == "byline":
            continue                             # 责任编辑：吴某|校对：…: a credit's name ends where the next role opens
        if short is not None:
            in_list = short.source in ("title", "title-list", "list") and word[2] not in NOT_NAME_ENDS
            if end - start == 3 and short.length == 2 and (looks_like_name(word, lex) or in_list):
                trimmed[id(short)] = Candidate(start, end, short.label, short.source, list(short.titles))
            continue                             # 周立|新到会, 、同国|栋、 (a surname the list does not know): a character early
        if any(c.start < end and start < c.end for c in people):
            continue                             # a different split of a name the rules found
        if any(n != word and n.startswith(word) and text.startswith(n, start) for n in names):
            continue                             # 于伟 of 于伟国
        if _quoted(text, start, end):
            continue                             # “季季红”: a slogan in quotes
        if in_list_of_things(text, start, end, lex):
            continue                             # 档案史志等工作, 高原康养等产业: the items are things
        listed = _listed_with_people(text, start, end, people, lac_ents)
        if (start, end) in rule_places and _listed(text, start, end) and not listed:
            continue                             # 牛栏江、以礼河: a river or a mountain the rules read, listed with no person
        if len(word) == 2 and lex.pos.get(word[0], "")[:1] in ("p", "c") and not listed:
            continue                             # 和|向海|经济, 航道|向南: a preposition, not a surname, in running text
        if looks_like_name(word, lex) or (listed and HAN_NAME.match(word) and len(word) <= 4
                                          and not lex.is_common(word, 1) and word not in lex.titles):
            added.append(Candidate(start, end, "PERSON", "lac"))
    return [trimmed.get(id(c), c) for c in cands] + added


def _cut(text: str, host: Candidate, start: int, end: int, lex: Lexicon) -> Candidate | None:
    """The rule name cut to LAC's edges where the rules over-ran, else None."""
    word = text[start:end]
    if not looks_like_name(word, lex):
        return None
    if host.end == end and host.start < start:
        lead = text[host.start:start]
        if len(lead) == 1 and lead in lex.surnames_single and host.source in ("title", "title-list", "byline") \
                and host.length == 3:
            return None                                         # 副省长向|黎明, 记者 于|洪涛: LAC dropped a surname that is a word
        if lex.is_common(lead, 1) or lead in lex.titles or host.source in LOOSE_SOURCES:
            return Candidate(start, end, host.label, host.source, list(host.titles))   # 领导|杨岳, 漫画家|华某
    if host.start == start and host.end > end:
        tail = text[end:host.end]
        if lex.is_syllable_name(text[host.start:host.end].replace("·", "")) and not lex.is_syllable_name(word):
            return None                                         # 巴音达来: made of name syllables, whole (LAC: 巴音达|来)
        if text[host.end:host.end + 1] in LIST_MARKS + "，,。；":
            return None                                         # 刘柏呈、: the list marks the name's end
        if "·" in text[start:end] and len(tail) == 1:
            return None                                         # 古丽娜尔·热西提|下达: 提 ends many such names
        if word[:2] in lex.surnames_double and len(word) == 3 and len(tail) == 1:
            return None                                         # 欧阳志|刚: a double surname's given name has two
        if len(tail) == 1 and host.length == 3 and host.titles and _is_verb(text[host.end:host.end + 2], lex):
            return None                                         # 主席罗豪才|主持: a verb follows the whole name, so
            #                                                     its last character is no adverb (LAC: 罗豪|才主持)
        if _is_verb(tail, lex) or any(text.startswith(t, end) for t in lex.titles if len(t) >= 2):
            return Candidate(start, end, host.label, host.source, list(host.titles))   # 曾伟|作了, 周某|上将
    return None


def _is_verb(word: str, lex: Lexicon, min_freq: int = 1000, pos: tuple[str, ...] = VERB_POS) -> bool:
    """A frequent verb, preposition or adverb (jieba): such a word follows a name and never ends one."""
    return lex.pos.get(word, "")[:1] in pos and lex.is_common(word, min_freq)


def division_places(text: str, toks: list, lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """Administrative divisions (kg.nlp.divisions) on token edges: a full name (通榆县) is a place wherever
    it stands, however many words pkuseg cut it into (黔|南布|依族|苗族|自治州); a short form (通榆) only where
    LAC also reads a place there or it stands in a 、 list."""
    lac_places = {(s, e) for s, e, label in lac_ents if label == "PLACE"}
    generic = set(lex.rules["PLACE"]["generic"])          # 化工园区 is also some division's short form
    sections = set(lex.rules["PLACE"]["parks_as_locations"]["sections"])    # 某某产业园|南区: a park's part
    out = []
    for i, tok in enumerate(toks):
        if text[tok.start:tok.start + 2] not in lex.division_bigrams:
            continue
        word = ""
        for j in range(i, len(toks)):
            word += toks[j].text
            end = toks[j].end
            if len(word) > lex.longest_division:
                break
            if word in lex.division_full and not lex.is_common(word, 50) and word not in sections:   # 某园|南区
                if _conjunction_and_level(text, tok.start, word, lex) or _slogan_of_a_county(toks, i, word, lex):
                    continue                     # 省、市和县 (和 joins two levels); 工业兴县 (a slogan)
                if word in generic and not any(name in text for name in lex.enclosing_names(word)):
                    continue                     # 老城区: a generic word some city names a district, unless the
                    #                              text names that city
                out.append(Candidate(tok.start, end, "PLACE", "division"))
            elif word in lex.division_short and not lex.is_common(word, 50) and word not in generic \
                    and _stands_alone(toks, j + 1, lex) and (
                    (tok.start, end) in lac_places or _listed(text, tok.start, end)):
                out.append(Candidate(tok.start, end, "PLACE", "division-short"))
    return out


def enclosed_division_pairs(text: str, toks: list, lex: Lexicon) -> list[Candidate]:
    """`平顶山叶县…`, `商丘民权…`, `蚌埠|固镇…`: a division written right after one that encloses it (its city or
    province, full or short) is a place, and so is the encloser: two places, not one (gold conventions 3 and 11:
    each site place). The enclosing name is the evidence a bare short form (民权, 固镇) otherwise lacks."""
    starts, ends = {t.start for t in toks}, {t.end for t in toks}
    generic = set(lex.rules["PLACE"]["generic"])
    # 兰州|新区, 大庆|高新区: a zone (jionlp lists some as counties) keeps the city in its name (one place)
    zones = (*lex.rules["PLACE"]["zone_suffixes"], "新区")
    out = []
    for p in sorted(starts):
        if text[p:p + 2] not in lex.division_bigrams:
            continue
        for n in range(min(8, len(text) - p - 2), 1, -1):
            outer = text[p:p + n]
            if not lex.is_division(outer):
                continue
            # the inner name ends on a token edge, or is a full name with its level (叶县|盐穴…: pkuseg glued it)
            m = next((m for m in range(min(8, len(text) - p - n), 1, -1)
                      if (p + n + m in ends or (text[p + n:p + n + m] in lex.division_full and text[p + n + m - 1] in lex.level_chars))
                      and _enclosed(text[p + n:p + n + m], outer, generic, zones, lex)), 0)
            if m:
                out += [Candidate(p, p + n, "PLACE", "division-pair"), Candidate(p + n, p + n + m, "PLACE", "division-pair")]
                break
    return out


def _enclosed(inner: str, outer: str, generic: set[str], zones: tuple[str, ...], lex: Lexicon) -> bool:
    return lex.is_division(inner) and inner not in generic and not lex.is_common(inner, 1000) \
        and not lex.division_short.get(inner, inner).endswith(zones) and outer in lex.enclosing_names(inner)


def split_enclosed_pairs(cands: list[Candidate]) -> list[Candidate]:
    """A place read whole over a pair of divisions (平顶山叶县) gives way to the pair."""
    pairs = [c for c in cands if c.source == "division-pair"]
    spans = {(a.start, b.end) for a in pairs for b in pairs if a.end == b.start}   # an outer, the inner after it
    return [c for c in cands if not (c.label == "PLACE" and (c.start, c.end) in spans)]


# the parts of speech (pkuseg's tags, first letter) of a first character that keeps a two-character county
# after a noun a place (选址|乾县, 乾 zg; 礼 n): noun-like ones. Others make it a slogan's verb (兴县, 强县) or a
# function word or direction before a level (和县直, 园区|北区); so does a character pkuseg does not tag.
COUNTY_FIRST_POS = ("n", "z", "g", "j", "q", "b")


def _slogan_of_a_county(toks: list, i: int, word: str, lex: Lexicon) -> bool:
    """工业|兴县, 旅游|兴县 (“工业强县、工业兴县”): a two-character division glued to a noun before it is a
    slogan's verb and object, or a function word and a level (乡镇|和县直), not the county (吕梁|兴县: a place
    before it; 选址|乾县: 乾 is neither)."""
    if len(word) != 2 or i == 0 or toks[i - 1].end != toks[i].start \
            or (lex.pos.get(word[0]) or "-")[:1] in COUNTY_FIRST_POS:
        return False
    prev = toks[i - 1].text
    return len(prev) >= 2 and lex.pos.get(prev, "")[:1] == "n" and not lex.is_place(prev)


def _conjunction_and_level(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """A two-character division opening with a conjunction (和县) right after a bare level (、市|和县, （地）|和县)
    or a group of people (县领导|和县直部门), or before 直 (县直: the county's own departments); not after a
    named level (某某省|和县)."""
    if len(word) != 2 or lex.pos.get(word[0], "")[:1] != "c":
        return False
    if text.startswith("直", start + 2) or text[:start].endswith(tuple(lex.rules["PEOPLE"]["people_words"])):
        return True
    before = text[max(0, start - 2):start]
    named = len(before) == 2 and "\u4e00" <= before[0] <= "\u9fff" and before[0] not in "各每"   # 安徽省|和县
    return before[-1:] in ("）", ")") or (before[-1:] in lex.level_chars and not named)


def landscape_and_zone_places(text: str, lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """Rivers, lakes, seas and mountains LAC reads as places (岷江, 洱海, 苍山, 太行山): a one-character ending
    is too common a word part for the suffix rule alone, LAC's reading in context is the evidence. A landscape
    or venue word right after the name joins it (上党|盆地, 老君山|景区: gold convention 3); a position on it
    does not (秦岭|南麓, 汉江|上游). Zones LAC reads whole where pkuseg cut them apart (某木|高新区, 某涛化|工园区)
    are taken the same way."""
    rule = lex.rules["PLACE"]
    ends, positions, generic = tuple(rule["nature_ends"]), tuple(rule["position_words"]), set(rule["generic"])
    joined = sorted((w for w in rule["nature_suffixes"] if len(w) >= 2), key=len, reverse=True)
    zones = sorted(rule["zone_suffixes"] + rule["lac_zone_ends"], key=len, reverse=True)
    firm_words = tuple({*lex.rules["COMPANY"]["suffixes"], *lex.rules["COMPANY"]["needs_name"],
                        *lex.rules["FIRM_OPENERS"]["trade_words"]})
    towns, not_towns = tuple(rule["lac_town_ends"]), tuple(rule["lac_town_not_ends"])
    longer_place = re.compile(rf"[\u4e00-\u9fff]{{0,2}}[{lex.level_chars}园]")   # 某江|核心区, 某山|新区, 某湖|产业园
    out = []
    for s, e, label in lac_ents:
        if label != "PLACE":
            continue
        position = next((p for p in positions if text.endswith(p, s, e) and e - s > len(p) + 1), "")
        e -= len(position)
        name = text[s:e]
        if name in generic or not HAN_NAME.match(name) or any(name[i:] in lex.places for i in range(1, len(name) - 1)):
            continue                                                  # 兴|青海: a word glued onto a known place
        suffix = next((w for w in joined if text.startswith(w, e)), None)
        if suffix and name[-1] not in lex.level_chars:                   # not 某镇|高原: a town is no landscape's name
            out.append(Candidate(s, e + len(suffix), "PLACE", "lac-nature"))
        elif longer_place.match(text, e) or text.startswith(firm_words, e):
            continue                                                  # 滨江|核心区, 东岭|新能源: part of a longer name
        core = next((name[:-len(w)] for w in joined if name.endswith(w)), name[:-1] if name.endswith(ends) else "")
        if core and (not (len(core) >= 2 and lex.is_common(core, 50)) or name in lex.jieba_places) \
                and not all(ch in ends for ch in name):
            out.append(Candidate(s, e, "PLACE", "lac-nature"))         # not 人民|会堂, 通用|机场, 山海 (协作); 太行|山 is
        elif name.endswith(towns) and not name.endswith(not_towns):
            out += _lac_town(s, e, name, lex)
        elif (zone := next((w for w in zones if name.endswith(w)), None)) and len(name) - len(zone) >= 2 \
                and not lex.is_common(name[:-len(zone)], 50):
            # 某某旗|大路工业园区: a division written with its level opens the zone's own name: two places
            cut = lex.leading_division(name, rest=len(zone) + 2)
            if cut:
                out += [Candidate(s, s + cut, "PLACE", "lac-zone"), Candidate(s + cut, e, "PLACE", "lac-zone")]
            else:
                out.append(Candidate(s, e, "PLACE", "lac-zone"))       # 神木|高新区, 白涛化|工园区 (pkuseg's cuts)
    return out


def _lac_town(s: int, e: int, name: str, lex: Lexicon) -> list[Candidate]:
    """A town LAC reads whole (倪家|营镇, 草海|镇易…): its name holds no everyday word and no rank (振兴示范镇,
    千强镇 are designations); a known place that opens it with two or more characters left is the county's (当阳|河溶镇),
    and so is a division written with its level before a town of one character (寿光市|侯镇)."""
    core = ETHNIC_GROUP.sub("", name[:-1])              # 牛家满族镇: the group's name is no everyday word here
    if len(core) < 2 or _holds_common_word(core, lex, 300, "vnad") or lex.is_common(core, 50) or RANKED.search(name):
        return []
    n = lex.leading_place(name)
    # 寿光市|侯镇: after a division written with its level, a town of one character and its level is a town too
    one_character_town = n and len(name) - n == 2 and name[:n] in lex.division_full and name[n - 1] in lex.level_chars \
        and not lex.is_common(name[n:], 50)
    if n and (len(name) - 1 - n >= 2 or one_character_town):
        return [Candidate(s, s + n, "PLACE", "lac-town"), Candidate(s + n, e, "PLACE", "lac-town")]
    return [Candidate(s, e, "PLACE", "lac-town")]


def firms_opening_with_a_cut_place(text: str, cands: list[Candidate], lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """广西|凭|祥陆海通供应链有限公司: pkuseg cut a county's name (凭祥) at the firm's left edge, so the suffix rule
    began the firm inside it. Where LAC reads the organisation whole to the same end and a division's name
    straddles the rule's start, the firm is LAC's span."""
    lac_starts = {e: s for s, e, label in lac_ents if label == "ORG"}
    out = []
    for c in cands:
        s = lac_starts.get(c.end)
        if c.label != "COMPANY" or s is None or not s < c.start - 1 or c.start - s > 6:
            continue
        if any(lex.is_division(text[c.start - n:c.start + m]) for n in (1, 2) for m in (1, 2)) \
                and re.fullmatch(r"[\u4e00-\u9fff]+", text[s:c.start]):
            out.append(Candidate(s, c.end, "COMPANY", "lac-firm"))
    return out


def lac_legal_firms(text: str, cands: list[Candidate], lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """新疆众|和|股份有限公司: a firm's full legal name (COMPANY legal_forms) that LAC reads whole where the suffix
    rule stopped inside it (at 和, a conjunction to jieba) and found no firm ending there; or found one that
    LAC's reading opens with a place before it (江苏盛|和|储能科技有限公司, 禹州钧|都|…, 深圳前|海汇智…: pkuseg cut
    the brand at a function word, and the firm's name starts at its place), or right after 由 (由准能|鑫源电力有限公司
    建设: the builder's name starts where the clause names it)."""
    rule_starts = _rule_starts(cands, "COMPANY")
    forms, longest = tuple(lex.rules["COMPANY"]["legal_forms"]), lex.rules["COMPANY"]["max_chars"]
    out = []
    for s, e, label in lac_ents:
        name = text[s:e]
        if label != "ORG" or not ALL_HAN.fullmatch(name) or len(name) > longest \
                or not any(name.endswith(f) and len(name) >= len(f) + 2 for f in forms):
            continue
        if e not in rule_starts or (s < rule_starts[e] and (0 < lex.leading_place(name) <= rule_starts[e] - s
                                                            or _builder_after_by(text, s, rule_starts[e]))):
            out.append(Candidate(s, e, "COMPANY", "lac-firm"))
    return out


def lac_orgs_over_cut_places(text: str, cands: list[Candidate], lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """上|饶日报: an organisation the suffix rule started inside the place that opens its name (pkuseg read the
    place's first character as the locative 上), where LAC reads it whole from the place on; not from a joiner
    (领导和|县法院: 和县 is a county too)."""
    rule_starts = _rule_starts(cands, "ORG")
    return [Candidate(s, e, "ORG", "lac-org") for s, e, label in lac_ents
            if label == "ORG" and e in rule_starts and s < rule_starts[e] < s + lex.leading_place(text[s:e])
            and text[s] not in FUNCTION_CHARS]


def _rule_starts(cands: list[Candidate], label: str) -> dict[int, int]:
    """Where the rules' names of a label start, by where they end (the earliest start for each end)."""
    starts: dict[int, int] = {}
    for c in (c for c in cands if c.label == label):
        starts[c.end] = min(c.start, starts.get(c.end, c.start))
    return starts


def _builder_after_by(text: str, lac_start: int, rule_start: int) -> bool:
    """由准能|鑫源电力有限公司建设: LAC's firm opens right after 由 with a short word the suffix rule left out (not
    a parent firm: 由某某新能源全资子公司|某某材料有限公司)."""
    lead = text[lac_start:rule_start]
    return text[lac_start - 1:lac_start] == "由" and len(lead) <= 3 and "公司" not in lead and not lead.endswith("子")


def lac_named_lines(text: str, cands: list[Candidate], lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """`某某铁路`, `某某高速公路`: a line named by the short forms of its two ends (two to four characters that
    are no dictionary word), which the suffix rule takes for a kind of line (普速|铁路) because the name is
    short; LAC reads the whole as a place or an organisation, which it does not for a kind."""
    heads = lex.line_heads
    rule_spans = {(c.start, c.end) for c in cands if c.label == "PROJECT"}
    out = []
    for s, e, label in lac_ents:
        name = text[s:e]
        if label not in ("PLACE", "ORG") or (s, e) in rule_spans or not HAN_NAME.match(name):
            continue
        head = next((h for h in heads if name.endswith(h)), None)
        core = name[: len(name) - len(head)] if head else ""
        if 2 <= len(core) <= 4 and not lex.is_common(core, 1) and not lex.is_place(core):
            out.append(Candidate(s, e, "PROJECT", "lac-line"))
    return out


def lines_by_short_names(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """`，某某铁路`: a line named by the first characters of its two ends (张掖 and 肃南 give 张肃铁路), where LAC
    does not read it whole (lac_named_lines): one end is a place the text names, the other a place it names
    or a division of the country (a line often runs to the next province's county, which the text does not
    name); the two characters are no word and no place."""
    firsts: dict[str, set[str]] = {}
    for c in cands:
        if c.label == "PLACE" and c.end - c.start >= 2:
            firsts.setdefault(text[c.start], set()).add(text[c.start:c.end])
    out = []
    for m in _two_character_line(lex.line_heads).finditer(text):
        core = m.group("core")
        a, b = firsts.get(core[0], set()), firsts.get(core[1], set())
        ends = any(x != y for x in a for y in b) or (a and core[1] in lex.division_initials
                                                     or b and core[0] in lex.division_initials)
        if ends and not lex.is_common(core, 1) and not lex.is_place(core):
            out.append(Candidate(m.start("core"), m.end(), "PROJECT", "short-names-line"))
    return out


@lru_cache(maxsize=4)
def _two_character_line(heads: tuple[str, ...]) -> re.Pattern:
    """Two characters and a line word, after a clause mark (，某某铁路)."""
    return re.compile(rf"(?:^|(?<=[，。；、：\n,;]))(?P<core>[\u4e00-\u9fff]{{2}})(?:{alternation(heads)})")


def chained_places(text: str, lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """A place LAC reads whole that is a known division then a town (达拉特旗树林召镇, which pkuseg cut as
    达拉特|旗树林|召镇), or a town then a village (某鹿塘镇某乐村, cut 某鹿塘|镇者|乐村): each part is a place, the
    county by the divisions list, the town and the village by their endings."""
    out = []
    for s, e, label in lac_ents:
        if label != "PLACE" or e - s < 5:
            continue
        cut = lex.leading_division(text[s:e])
        rest = text[s + cut:e]
        if cut and len(rest) >= 3 and rest.endswith(lex.town_ends) and HAN_NAME.match(rest):
            out += [Candidate(s, s + cut, "PLACE", "lac-chain"), Candidate(s + cut, e, "PLACE", "lac-chain")]
        elif text[e - 1] == "村" and HAN_NAME.match(text[s:e]):     # 某某塘镇|某乐村: a town, then its village
            town = next((k + 1 for k in range(s + 2, e - 3) if text[k] in TOWN_LEVELS), None)
            if town is not None and not lex.is_common(text[town - 2:town], 50):
                out += [Candidate(s, town, "PLACE", "lac-chain"), Candidate(town, e, "PLACE", "lac-chain")]
    return out


def glued_level_places(text: str, toks: list, lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """`在某某镇主会场举行`: pkuseg glued an unknown name's level character to the next word (柳溪|镇主|会场),
    so no rule sees the name; LAC reads 柳溪镇 as a place. Taken where the level character is cut from its
    token and what follows is not an organ of that place (某市委, 某县政府: the place is the organ's modifier);
    also where the level character before the name was glued to it (某某市|达拉|图旗: a county after its
    city), and the next item of a 、 list of such places."""
    inside = {i for t in toks for i in range(t.start + 1, t.end)}       # positions inside a token
    out: list[Candidate] = []
    for s, e, label in sorted(x for x in lac_ents if x[2] == "PLACE"):
        if e - s == 2 and text[e - 1] in TOWN_LEVELS and text[s - 1:s] in ("在", "到") \
                and not lex.is_common(text[s:e], 1) and not lex.is_place(text[s:e - 1]):
            out.append(Candidate(s, e, "PLACE", "lac-level"))   # 在侯镇举行, 到淮镇调研: a town of one character
            continue
        if e - s < 3 or text[e - 1] not in lex.level_chars or (lex.is_common(text[s:e - 1], 20)
                                                               and not lex.is_place(text[s:e - 1])):
            continue                                                     # 与会|县领导 (but 神木|市…: a county)
        glued_end = e in inside and text[e:e + 1] not in ORGAN_CHARS
        glued_start = s in inside and text[s - 1] in lex.level_chars and text[e:e + 1] not in ORGAN_CHARS
        listed = text[s - 1:s] == "、" and bool(out) and out[-1].end == s - 1
        if glued_end or glued_start or listed:
            out.append(Candidate(s, e, "PLACE", "lac-level"))
    return out


def glued_divisions(text: str, toks: list, lex: Lexicon) -> list[Candidate]:
    """A full division name with its level (宜都市, 达拉特旗) that pkuseg cut across its edges (盯宜|都|市楚峰,
    达拉特|旗库|布其): the level character glued to the next word or the first to the word before. Taken where
    the words it was cut from are no common words (市|场, 县|城, 区|域 keep their reading) and no places (右江|城区
    is no 江城区), and the name itself is none; names on token edges are division_places' case."""
    starts = [t.start for t in toks]
    out = []
    for q, ch in enumerate(text):
        if ch not in lex.level_chars:
            continue
        p = next((q + 1 - n for n in range(lex.longest_division, 2, -1)
                  if q + 1 - n >= 0 and text[q + 1 - n:q + 1] in lex.division_full), -1)
        if p < 0 or lex.is_common(text[p:q + 1], 50):
            continue
        first, last = toks[bisect_right(starts, p) - 1], toks[bisect_right(starts, q) - 1]
        if first.start == p and last.end == q + 1:
            continue                                    # on token edges: division_places reads it
        cut_words = [t.text for t in (first, last) if t.start < p or t.end > q + 1]
        if not any(lex.is_common(w, 20) or lex.is_place(w) for w in cut_words):
            out.append(Candidate(p, q + 1, "PLACE", "division-glued"))
    return out


def zones_named_with_city(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """`宜宾|三江新区`, `成都|天府国际机场`: a new area or an airport carries its city or province, written short,
    in its name: one place (entity_rules PLACE.named_with_city); a city written with its level (某市|某某新区) or
    before any other place (格尔木|昆仑社区) stays a place of its own, and so does each inside a longer name
    (某市某某新区综合管廊项目: the project's two site places, gold convention 11)."""
    suffixes = tuple(lex.rules["PLACE"]["named_with_city"])
    cities = {c.end: c.start for c in cands if c.label == "PLACE" and text[c.start:c.end] in lex.division_short}
    zones = [(cities[c.start], c.end) for c in cands
             if c.label == "PLACE" and c.start in cities and text.endswith(suffixes, c.start, c.end)]
    return [Candidate(s, e, "PLACE", "city-zone") for s, e in zones
            if not any(o.start <= s and e < o.end for o in cands if o.label != "PERSON")]


def reach_back_over_cut_divisions(cands: list[Candidate]) -> list[Candidate]:
    """盯宜|都|市楚峰…项目: a project that starts inside a division pkuseg cut (glued_divisions) starts with it
    (the division is its site, inside its name); a firm or a place that starts inside one starts after it
    (楚峰新能源; 伊金|霍洛旗札|萨克镇: the town after the banner)."""
    cut = [c for c in cands if c.source == "division-glued"]
    out = []
    for c in cands:
        d = next((d for d in cut if d.start < c.start < d.end), None)
        if d is not None and c.label == "PROJECT":
            c = Candidate(d.start, c.end, c.label, c.source, list(c.titles), list(c.names))
        elif d is not None and c.label in ("COMPANY", "ORG", "PLACE") and c.source != "division-glued":
            if c.end - d.end < 2:
                continue
            c = Candidate(d.end, c.end, c.label, c.source, list(c.titles), list(c.names))
        out.append(c)
    return out


NOT_NAME_ENDS = "在向和与及等作率到为是于对"     # after a two-character name these are its verb or preposition


ORGAN_CHARS = "委政府党人纪"


def _stands_alone(toks: list, k: int, lex: Lexicon) -> bool:
    """Is the short form at the end of a name (not 七星|柠檬, 龙门|养心客栈)? The next token is punctuation,
    a verb, a function word or a direction."""
    if k >= len(toks):
        return True
    nxt = toks[k].text
    return not ("\u4e00" <= nxt[:1] <= "\u9fff") or lex.pos.get(nxt, "")[:1] in AFTER_NAME_POS


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff·]{2,6}")


LIST_JOINERS = "和及与并或暨等"


def whole_listed_names(text: str, cands: list[Candidate]) -> None:
    """A person of a 、 list found one character short of the separator (…某某、俄木拉|各、某某…: a four-
    character Yi or Tibetan name read as three) is the whole item: the list says where each name ends."""
    starts = {c.start for c in cands if c.label == "PERSON"}
    other_starts = {c.start for c in cands if c.label != "PERSON"}
    ends = {c.end for c in cands if c.label == "PERSON"}
    for c in cands:
        if c.label == "PERSON" and 2 <= c.length <= 3 and _han(text[c.end:c.end + 1]) and text[c.end + 1:c.end + 2] == "、" \
                and (text[c.start - 1:c.start] == "、" or c.end + 2 in starts) and c.end not in other_starts:
            c.end += 1
        elif c.label == "PERSON" and 2 <= c.length <= 4 and c.start >= 2 and _han(text[c.start - 1]) \
                and text[c.start - 1] not in LIST_JOINERS and text[c.start - 2] == "、" and c.start - 2 in ends \
                and text[c.end:c.end + 1] == "、":
            c.start -= 1                          # …某某、那|仁格日勒、…: a Mongolian name read without its first syllable


def names_whole_as_elsewhere(text: str, cands: list[Candidate]) -> None:
    """A person read one character short (刘建|设在致辞中说: pkuseg and LAC took 设 for a verb) whose text runs on
    into a longer name the document gives the same person elsewhere (省长刘建设出席) is that name."""
    names = {text[c.start:c.end] for c in cands if c.label == "PERSON" and c.length >= 3}
    for c in cands:
        if c.label == "PERSON" and 2 <= c.length <= 3 and c.end < len(text) and text[c.start:c.end + 1] in names:
            c.end += 1


def fill_list_gaps(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """An item of a 、 list of people that no finder read as a name, between two people (…肖友才、旦科、王峻…,
    严金海、庄严、刘江…): a name too. Titles, places, organisations and division names are not."""
    people = sorted((c for c in cands if c.label == "PERSON"), key=lambda c: c.start)
    starts = {c.start for c in people}
    taken = [(c.start, c.end) for c in cands if c.label != "PERSON"]
    out = []
    for p in people:
        if text[p.end:p.end + 1] != "、":
            continue
        m = _LIST_ITEM.match(text, p.end + 1)
        if not m or text[m.end():m.end() + 1] != "、" or m.end() + 1 not in starts or m.start() in starts:
            continue
        word = m.group()
        if word in lex.titles or word in lex.orgs or lex.is_place(word) \
                or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(Candidate(m.start(), m.end(), "PERSON", "list-gap"))
    return out


# a name written with the middle dot (赛赤·确吉洛智嘉措, 乌拉孜别克·热苏力汗): Han runs joined by dots
HAN_RUN = 10


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


DOTTED_REST = re.compile(r"[\u4e00-\u9fff]{1,4}·(?=[\u4e00-\u9fff])")


def whole_dotted_names(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A person found on one side of a middle dot is the whole dotted name (LAC and the list finder read
    赛赤|·确吉洛智嘉措 and 乌拉孜别克·热|苏力汗 as parts). Leftwards the name must start after punctuation
    (、，), so a title before it (委员乌拉孜别克…) is not taken in; quoted dotted phrases (“数字中国·智慧海西”)
    are slogans."""
    out = []
    for c in cands:
        if c.label == "PERSON":
            start, end = c.start, c.end
            if text[end - 1:end] == "·" and end - start >= 3:
                end -= 1                          # LAC: 某某·|某某某表示: the dot is no end, the name goes on
            run = DOTTED_REST.match(text, end)
            if run and (c.source in ("title", "title-list") or text[start - 1:start] == "、") \
                    and run.end() - start <= HAN_RUN + 1:
                end = run.end() - 1               # 县领导阿不都|热合曼·艾合买提, …、艾合|买提·肉孜: stopped at a syllable
            while text[end:end + 1] == "·" and _han(text[end + 1:end + 2]):
                end += 1
                dot = end
                while end < len(text) and _han(text[end]) and end - c.end <= 2 * HAN_RUN:
                    end += 1
                # 乌拉孜别克·热苏力汗出席, 某某·某某分别致辞, |先后: the words after the name (致辞 is rarer than 1000)
                while end - dot > 2 and _is_verb(text[end - 2:end], lex, 50, (*VERB_POS, "t")):
                    end -= 2
            dot = text.rfind("·", max(0, start - 7), start + 1)
            if dot >= 0 and all(_han(ch) for ch in text[dot + 1:start]):
                k = dot
                while k > 0 and _han(text[k - 1]) and dot - k < HAN_RUN:
                    k -= 1
                role_end = _last_role_word_end(text, k, dot, lex)
                if role_end is not None and dot - role_end >= 2:
                    start = role_end              # 某某走进牧民|那顺·巴特尔家中: the name starts after 牧民
                elif k == 0 or not _han(text[k - 1]):
                    start = k
            if (start, end) != (c.start, c.end) and not _quoted(text, start, end):
                c = Candidate(start, end, "PERSON", c.source, list(c.titles))
        out.append(c)
    return out


def share_list_titles(text: str, cands: list[Candidate]) -> None:
    """A name listed right after a titled one shares its titles (副主席甲、乙·丙、丁: gold convention 8), also
    where LAC or the dotted-name rule found it and the title finder's list stopped."""
    people = sorted((c for c in cands if c.label == "PERSON"), key=lambda c: c.start)
    by_end = {}
    for c in people:
        prev = by_end.get(c.start - 1)
        if not c.titles and prev is not None and prev.titles and text[c.start - 1] == "、":
            c.titles = list(prev.titles)
        by_end[c.end] = c


def titles_after_names(text: str, cands: list[Candidate], lex: Lexicon) -> None:
    """某某委员建议… (a CPPCC member named before the title, PEOPLE.titles_after_name): the word is a title of
    the person, not the start of an organ (委员会) or a longer post (委员长)."""
    for c in cands:
        if c.label != "PERSON":
            continue
        for w in lex.rules["PEOPLE"]["titles_after_name"]:
            if text.startswith(w, c.end) and text[c.end + len(w):c.end + len(w) + 1] not in ("会", "长") \
                    and w not in c.titles:
                c.titles = c.titles + [w]


def _last_role_word_end(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """The end of the last word in text[start:end] that a name follows, not opens: a title, a word for what
    a person is (rules' PEOPLE.residents) or a frequent verb (走进, 看望)."""
    for e in range(end, start + 1, -1):
        for n in (2, 3, 4):
            w = text[e - n:e]
            if e - n >= start and (w in lex.residents or w in lex.titles or (
                    n == 2 and lex.is_common(w, 1000) and lex.pos.get(w, "")[:1] == "v")):
                return e
    return None


def dotted_people(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Names written with the middle dot that nothing else found (帕提古丽·买买提 in a list): Han parts
    joined by a dot, after punctuation or a title, none of them a place (中国·青海 opens an expo's name),
    not quoted (“数字中国·智慧海西”) and not inside a 《》 title."""
    taken = [(c.start, c.end) for c in cands if c.label == "PERSON"]
    not_name_ends = _name_suffixes(lex)
    out = []
    for m in DOTTED_NAME.finditer(text):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in taken) or _quoted(text, start, end):
            continue
        before = text[max(0, start - 12):start]
        after_title = any(before.endswith(t) for t in lex.titles)
        if start > 0 and _han(text[start - 1]) and not after_title:
            continue
        if "《" in text[max(0, start - 30):start] and "》" not in text[max(0, start - 30):start]:
            continue
        title = max((t for t in lex.titles if m.group().startswith(t)), key=len, default="")
        if title and m.group()[len(title):].index("·") >= 2:
            start += len(title)           # 委员帕提古丽·买买提 at a line's start: the title is not in the name
        parts = text[start:end].split("·")
        if any(p.endswith(not_name_ends) for p in parts):
            continue                      # 某某日报·某某新闻: a newspaper and its app, not a person
        if any(lex.is_place(p) or lex.is_common(p, 2000) or _holds_common_word(p, lex) for p in parts):
            continue
        out.append(Candidate(start, end, "PERSON", "dotted"))
    return out


def _holds_common_word(part: str, lex: Lexicon, min_freq: int = 1000, pos: str = "vndp") -> bool:
    """抓项目促发展·某省在行动: a column's slogan holds everyday verbs and nouns (发展, 行动); transcribed names
    do not (none of the 190 dotted names in CLUENER2020 train and People's Daily dev holds one of freq >= 1000).
    Town names are held to a lower frequency (振兴示范镇: 300)."""
    return any(lex.is_common(part[k:k + 2], min_freq) and lex.pos.get(part[k:k + 2], "")[:1] in pos
               for k in range(len(part) - 1))


def _name_suffixes(lex: Lexicon) -> tuple[str, ...]:
    """Two-character and longer suffixes of organisation, company, meeting and project names (日报, 集团)."""
    return tuple(w for label in ("ORG", "COMPANY", "MEETING", "PROJECT") for w in lex.rules[label]["suffixes"]
                 if len(w) >= 2) + tuple(lex.rules["PEOPLE"]["not_name_parts"])


AMBIGUOUS_PLACE_FREQ = 100     # jieba frequency from which a place name is also an everyday word


def drop_ambiguous_places(text: str, cands: list[Candidate], lac_ents: list, lex: Lexicon) -> list[Candidate]:
    """A listed place that is also a common word (来宾 'guests', 日照 'sunshine') is a place only where LAC
    reads one there or a level word follows (来宾市); 各位来宾 stays a greeting."""
    lac_places = {(s, e) for s, e, label in lac_ents if label == "PLACE"}
    out = []
    for c in cands:
        word = text[c.start:c.end]
        if c.label == "PLACE" and c.source == "gazetteer" and lex.is_common(word, AMBIGUOUS_PLACE_FREQ) \
                and (c.start, c.end) not in lac_places and text[c.end:c.end + 1] not in RELATIVE_LEVELS:
            continue
        out.append(c)
    return out

