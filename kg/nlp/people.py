"""People: names after title chains, in lists, in bylines, before speech verbs, and repeated mentions.

The genre names officials as `省委副书记、省长林振华` or `副省长唐明远、韩素琴、周立参加`; a title chain is the
strongest evidence that the next word is a name, and a list after one title shares it. Names seen with a
title are then found again wherever they recur in the document.
"""
from __future__ import annotations

import itertools
import re

from kg import textrules as tr
from kg.nlp.lexicon import Lexicon, alternation
from kg.nlp.phrases import (CONJUNCTIONS, FIRM_HEADS, GLUED_VERB_OPENERS, GROUP_WORDS, PUNCT, RELATIVE_LEVELS,
                            Candidate, Tok, dateline_mark)

ORDINAL_INSIDE = re.compile(r"第|[一二三四五六七八九十百]{2}|[0-9]")
GROUP_LABEL = re.compile(r"(?:省|市|州|县|区|自治区|自治州|盟|旗)领导")   # 省领导, 县领导: a level's leaders as a title
GLUED_PREPOSITIONS = "受在向对为与将把"     # 某某受某某委托, 某某在会上, 某某向大会: a preposition after a name
# what follows 新作 when 新 ends a name and 作 is the verb (某某新|作交流发言, 作了, 作关于…的报告)
AFTER_GLUED_VERB = ("的", "了", "关于", "交流", "表态", "典型", "经验", "报告", "说明", "讲话", "发言", "总结", "动员",
                    "重要", "工作", "专题", "主旨")
TITLE_JOINER = "兼"                      # 副主席兼某商会会长: two titles of one person
CJK = re.compile(r"^[\u4e00-\u9fff·]+$")
APPOINTEE_FOLLOWERS = ("为", "的", "、", "辞去")        # 任命某某为…, 免去某某的…职务, 接受某某辞去…
ORDER_NOTE = re.compile(r"[（(](?:按|以)?姓氏笔画(?:排序|为序|排列)?[）)]")     # 大会执行主席（按姓氏笔画排序）某某、…
POST_AFTER_WEI = re.compile(r"为(?P<post>[\u4e00-\u9fff]{2,30}?)(?=的|[、，。；,;]|$)")   # 任命某某为<post>的决定
LISTED_APPOINTEE = re.compile(r"、(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[、为])")    # 推选甲、|乙、丙为<post>
# ，某某当选(为)<post>。: a name opening its clause, elected to the post written after 当选
ELECTED = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<name>[\u4e00-\u9fff]{2,4}?)当选为?"
                     r"(?P<post>[\u4e00-\u9fff]{2,20}?)(?=[、，。；,;\n]|$)", re.M)
DOTTED_NAME = re.compile(tr.dotted_name())      # 阿依江·木拉提 (textrules: one definition)
OPENS_NO_ORG = ("p", "c", "u", "r")   # jieba: a function word opens no organisation's name (verbs: LAC's, in context)
# the words that bound names are data: entity_rules.json "PEOPLE"


def byline_pattern(role: str) -> re.Pattern:
    """A role (a regex: kg.textrules.ROLE), then up to six names separated by a space (also the full-width one)
    or 、 (no nested repetition: linear time)."""
    name = rf"(?:(?!{role})[\u4e00-\u9fff·]){{2,8}}"      # up to 8 characters (乌云其木格, 艾尔肯·吐尔逊), no role inside
    return re.compile(rf"({role})[ 　：:]?"
                      rf"({name}(?:[ 　、]{name}){{0,5}})"
                      rf"(?=[）)\n]|$|[ 　]?(?:{role}|{tr.EDITOR_ROLE})|[ 　]?摄)")   # 记者：甲 编辑：乙


class PersonFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._verbs: frozenset = frozenset()      # set by find()
        self._lac_people: tuple = ()
        self._lac_people_spans: frozenset = frozenset()
        words = lex.rules["PEOPLE"]
        self.byline = byline_pattern(tr.ROLE)
        # a role, or a name that holds none (白雪|通讯员|温宏)
        self.byline_words = re.compile(rf"{tr.ROLE}|(?:(?!{tr.ROLE})[\u4e00-\u9fff·]){{2,8}}")
        self.speech_verbs = set(words["speech_verbs"])
        self.appointing_verbs = tuple(sorted(words["appointing_verbs"], key=len, reverse=True))
        self.appointee = re.compile(rf"(?:{alternation(words['appointing_verbs'])})[：:]?"
                                    rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?={'|'.join(APPOINTEE_FOLLOWERS)})")
        self._glued_verbs = tuple(sorted(words["glued_verbs"], key=len, reverse=True))
        self._glued_chars = words["glued_verb_chars"]      # 作, 率, 在, 受: one-character verbs right after a name
        self._roles_after_he = frozenset(words["roles_after_he"])
        self._attend_verbs_after_he = frozenset(words["attends_after_he"])
        self.after_name_titles = set(words["after_name_titles"])
        self.weak_titles = set(words["weak_titles"])
        self.non_name_end = set(words["non_name_end"])
        self.name_followers = tuple(words["name_followers"])
        self.max_name = words["max_name_chars"]
        self.honorific_ends = tuple(words["honorific_ends"])
        self.stop = set(lex.rules["title_stop_words"]) | set(lex.rules["left_boundary_words"]) | set(GLUED_VERB_OPENERS)
        self.one_character_after = frozenset(words["one_character_after"])
        self.business_titles = set(lex.rules["TITLE_ORGS"]["business_titles"])
        self.org_suffixes = tuple(lex.rules["ORG"]["suffixes"] + lex.rules["COMPANY"]["suffixes"])
        # 集团, 集团有限公司: nothing but a firm's suffixes (not 市委: an organ's name is no firm's suffix)
        self.firm_suffix_run = re.compile(rf"(?:{alternation(lex.rules['COMPANY']['suffixes'])})+")

    # -- word tests ---------------------------------------------------------------------------------
    def is_title(self, word: str) -> bool:
        return word in self.lex.titles

    def title_word_end(self, word: str) -> bool:
        """A token that ends in a title word: 副厅长, 党组书记, 所长 (but not 书记处)."""
        return word in self.lex.titles or any(word[-n:] in self.lex.titles for n in range(2, min(len(word), 7)))

    def name_like(self, word: str, strict: bool = False) -> bool:
        if not CJK.match(word) or word in self.lex.titles or word in self.stop:
            return False
        n = len(word)
        if n < 2 or n > self.max_name or ORDINAL_INSIDE.search(word):
            return False                  # 委员|会第二十一|次会议: an ordinal, not a name
        if word in self.lex.places or word in self.lex.division_full or word in self.lex.orgs or word in self.lex.companies:
            return False
        if word[-1] in self.non_name_end and n <= 4:
            return False
        if word[1:] in self.speech_verbs or word.endswith(self.honorific_ends):
            return False                  # 曾|表示, 也|指出: an adverb and a verb; 李总, 杨律师: a form of address
        if n >= 3 and self.lex.pos.get(word[:2], "")[:1] == "p" and self.lex.is_common(word[:2], 500):
            return False                  # 总书记|关于防灾…: a preposition opens the phrase (关 is a surname too)
        surname = self.lex.has_surname(word)
        if not surname and self._two_everyday_words(word):
            return False                  # 主任|会议委托: two everyday words, not a name of four characters
        if self.lex.is_syllable_name(word.replace("·", "")):
            return True
        common = self.lex.is_common(word, 30)
        if strict:
            return 2 <= n <= 4 and surname and not common
        return not common or (surname and n == 3 and not self.lex.is_common(word, 2000))

    # -- main -----------------------------------------------------------------------------------------
    def find(self, text: str, toks: list[Tok], verbs: frozenset = frozenset(), lac_people: tuple = (),
             lac_places: tuple = ()) -> list[Candidate]:
        """`verbs`: (start, end) of the words LAC reads as verbs here (a weak title's name is never one);
        `lac_people`: (start, end) of LAC's people (they bound an editor's name). A title word is no title
        where a LAC verb runs over its start (地处|长三角 cut 地|处长) or a LAC place (`lac_places`) starts
        inside it and runs past it (某镇|长江 cut 镇长|江)."""
        self._verbs, self._lac_people, self._lac_people_spans = verbs, lac_people, frozenset(lac_people)
        self._inside_lac_word = {p for s, e in verbs for p in range(s + 1, e)}    # a verb over a title's start
        self._lac_place_end = {s: e for s, e in lac_places}
        toks = self._mend_names(toks)
        found: list[Candidate] = []
        found += self._bylines(text)
        bylined = [c for c in found if c.source == "byline"]
        # 记者李某王某某, 实习记者某某: the byline reads its names and their roles whole, the title finder neither a
        # name over their edges nor the bare 记者 of 实习记者
        found += [c for c in self._after_titles(text, toks)
                  if not any(b.start < c.end and c.start < b.end for b in bylined)]
        found += self._appointees(text)
        found += self._lists(text, toks, {(c.start, c.end) for c in found})
        found += self._speakers_and_trailing_titles(text, toks)
        found += self._residents(toks)
        found += self._recurrences(text, toks, found)
        return [_without_photo_credit(text, c) for c in found]

    def _mend_names(self, toks: list[Tok]) -> list[Tok]:
        """Undo pkuseg's splits of a 3-character name (4 with a double surname) after a title or 、 (韩国|栋,
        韩素|琴安排, 欧阳志|刚)."""
        out: list[Tok] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            prev = out[-1].text if out else ""
            # 州委书记阿西尔布致辞: pkuseg glued the speech verb to a name it does not know
            verb = next((v for v in self._glued_verbs if t.text.endswith(v) and len(t.text) - len(v) >= 2), None) \
                if len(t.text) >= 4 and (self.title_word_end(prev) or prev == "、") and CJK.match(t.text) else None
            if verb:
                cut = t.end - len(verb)
                out += [Tok(t.text[:-len(verb)], t.start, cut), Tok(verb, cut, t.end)]
                i += 1
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            # 甲、乙、和建平出席: 和 right after 、 joins nothing; it is the surname of the name LAC reads after it
            if nxt is not None and prev == "、" and t.text == "和" and self.lex.has_surname(t.text) \
                    and len(nxt.text) == 2 and (nxt.start, nxt.end) in self._lac_people_spans:
                out.append(Tok(t.text + nxt.text, t.start, nxt.end))
                i += 2
                continue
            if nxt is not None and self._last_character_glued_on(t, nxt, prev):
                out += [Tok(t.text + nxt.text[0], t.start, nxt.start + 1), Tok(nxt.text[1:], nxt.start + 1, nxt.end)]
                i += 2
                continue
            # 副县长陈宏主|持签约仪式: pkuseg glued the verb's first character to a two-character name
            split_verb = t.text[-1] + toks[i + 1].text if i + 1 < len(toks) else ""
            if len(t.text) == 3 and split_verb in self._glued_verbs and self.lex.has_surname(t.text[:2]) \
                    and (self.title_word_end(prev) or prev == "、") and CJK.match(t.text):
                nxt = toks[i + 1]
                out += [Tok(t.text[:2], t.start, t.start + 2), Tok(split_verb, t.start + 2, nxt.end)]
                i += 2
                continue
            two_char_head = len(t.text) == 2 or (len(t.text) == 3 and t.text[:2] in self.lex.surnames_double)
            # a common word opens no name (书记|高度|重视), unless what follows is no word but a name's last
            # character glued to a preposition (副主任严守|成受委托: 严守 is also a word)
            glued_preposition = i + 1 < len(toks) and len(toks[i + 1].text) == 2 and toks[i + 1].text[1] in GLUED_PREPOSITIONS \
                and not self.lex.is_common(toks[i + 1].text, 1)
            if (i + 1 < len(toks) and two_char_head and self.lex.has_surname(t.text) and CJK.match(t.text)
                    and (self.title_word_end(prev) or prev == "、") and (not self.lex.is_common(t.text, 300) or glued_preposition)):
                nxt = toks[i + 1]
                after = toks[i + 2].text if i + 2 < len(toks) else "。"
                if nxt.text == "和" and (after in self._glued_chars or after in self.speech_verbs
                                        or after in self._roles_after_he or self._attends_after_he(toks, i + 2)):
                    out.append(Tok(t.text + nxt.text, t.start, nxt.end))          # 副书记某庆|和|作…: 和 ends the name,
                    i += 2                                                          # a verb follows, not a second name
                    continue
                if len(nxt.text) == 1 and CJK.match(nxt.text) and nxt.text not in self.stop and (
                        after in PUNCT or after in self.stop or self.lex.is_common(after, 50)):
                    out.append(Tok(t.text + nxt.text, t.start, nxt.end))          # 韩国|栋
                    i += 2
                    continue
                verb_glued = len(nxt.text) >= 3 or self.lex.pos.get(nxt.text[1:], "")[:1] in ("v", "p")
                if (t.start, nxt.end) in self._lac_people_spans:
                    verb_glued = False                                              # 吉克|阿依: LAC reads it whole
                # 主任委员胡立|新作的…报告: the word pkuseg made (新作) is the name's last character and a verb
                made_a_word = len(nxt.text) == 2 and nxt.text[1] in self._glued_chars and after in AFTER_GLUED_VERB
                if len(nxt.text) >= 2 and CJK.match(nxt.text) and (not self.lex.is_common(nxt.text, 1) or made_a_word) \
                        and self.lex.is_common(nxt.text[1:], 100) and verb_glued:
                    out.append(Tok(t.text + nxt.text[0], t.start, nxt.start + 1))  # 韩素|琴安排, 王小|明作
                    out.append(Tok(nxt.text[1:], nxt.start + 1, nxt.end))
                    i += 2
                    continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and len(t.text) == 1 and (self.title_word_end(prev) or prev == "、") \
                    and t.text + nxt.text[:1] in self.lex.surnames_double and 3 <= len(t.text + nxt.text) <= 4 \
                    and CJK.match(nxt.text):
                out.append(Tok(t.text + nxt.text, t.start, nxt.end))                # 上|官志远: the surname cut
                i += 2
                continue
            out.append(t)
            i += 1
        return out

    def _bylines(self, text: str) -> list[Candidate]:
        """Reporters: `（记者 甲 乙 通讯员 丙）` gives 甲, 乙 the role 记者 and 丙 the role 通讯员; editors:
        `责任编辑：丁`. A credit's name that runs on into the text ends where LAC's person ends when LAC reads one
        there (责任编辑：王蕾会议…), not one the line or a space ends (责任编辑：索南加)."""
        out = []
        for m in tr.EDITOR_CREDIT.finditer(text):
            start, end = tr.editor_name(m)
            if CJK.match(text[end:end + 1]):
                end = next((e for s, e in self._lac_people if s == start and e <= end), end)
            if end - start >= 2 and not self.lex.is_common(text[start:end].replace(" ", ""), 5):
                out.append(Candidate(start, end, "PERSON", "byline", [m.group("role")]))
        for m in self.byline.finditer(text):
            role = tr.reporter_title(m.group(1))
            base = m.start(2)
            for nm in self.byline_words.finditer(m.group(2)):
                word = nm.group()
                if word in self.lex.titles or tr.is_role(word):
                    role = tr.reporter_title(word)  # the next names carry this role (记者甲实习生乙)
                    continue
                if self.lex.is_common(word, 5) or (len(word) >= 4 and "·" not in word
                                                   and not self.lex.is_syllable_name(word)
                                                   and word[:2] not in self.lex.surnames_double):
                    # 宋云辉王爽, 刘娜郝雪: two names written together, where one cut only gives two names (欧阳晓光:
                    # a double surname's one name); 公培佳北京报道: none
                    out += [Candidate(base + nm.start() + a, base + nm.start() + b, "PERSON", "byline", [role])
                            for a, b in self._two_names(word)]
                    continue
                out.append(Candidate(base + nm.start(), base + nm.end(), "PERSON", "byline", [role]))
        return out

    def _two_names(self, word: str) -> list[tuple[int, int]]:
        """The two names a byline writes with no space between them (李某王某某, 央金张某), where exactly one cut of
        the four to six characters gives two names each opening with a surname, the first maybe a name syllable of
        two characters (央金, 卓玛: a Tibetan's whole name; not 郎加|泽仁, one name); none otherwise."""
        syllable = lambda part: len(part) == 2 and part in self.lex.syllables
        cuts = [n for n in (2, 3) if len(word) - n in (2, 3)
                and (self.lex.has_surname(word[:n]) or syllable(word[:n])) and not self.lex.is_common(word[:n], 5)
                and self.lex.has_surname(word[n:]) and not syllable(word[n:]) and not self.lex.is_common(word[n:], 5)]
        return [(0, cuts[0]), (cuts[0], len(word))] if len(cuts) == 1 else []

    def _name_at(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """Token range [k, e) of a name starting at token k, or None."""
        if k >= len(toks):
            return None
        first = toks[k].text
        word_given = self._surname_and_word(toks, k)
        if word_given and first in self.stop:
            return k, k + 2                 # 、于|海洋、: a surname that is also a preposition, inside a list
        if first in PUNCT or self.is_title(first):
            return None
        syllable_end = self._syllable_name_end(toks, k)
        if syllable_end:
            return k, syllable_end          # 其|木格: a name of syllables may open with a function word
        if first in self.one_character_after and k + 2 < len(toks) and CJK.match(toks[k + 1].text) \
                and len(toks[k + 1].text) == 1 and toks[k + 1].text not in self.stop \
                and (toks[k + 2].text in "、，," or any(s == toks[k + 2].start for s, _ in self._verbs)):
            return k, k + 2                 # 市长于|春、, 于|春出席: a surname that is a preposition, a one-character
            #                                 given name, then a list mark or a verb (not 于|春节, 于|3月)
        if first in self.stop:
            return None
        if len(first) >= 2 and first in self.lex.places and not self.lex.has_surname(first) \
                and k + 1 < len(toks) and CJK.match(toks[k + 1].text):
            return None                     # 、湖南|醴窑|新材料…有限公司: a place opens a firm's name, not a person's
        if word_given:
            return k, k + 2                 # 管|新民，段|发达等, 、曾|繁荣|在, 指挥长娄|建设|主持
        e = k
        length = 0
        while e < len(toks):
            w = toks[e].text
            if w in PUNCT and w != "·" or w in self.stop or self.is_title(w) or not CJK.match(w):
                break
            if e > k and self.lex.is_common(w, 50) and (length >= 2 or len(w) >= 2) \
                    and not self._given_name_cut(toks, k, e):
                break
            if e > k and toks[e].start > toks[e - 1].end and length >= 2 and len(w) >= 2:
                break                       # （记者 张伟 贺丹）: two names a space apart, not one
            if e > k and length >= 2 and len(w) >= 2 and w[0] in GLUED_PREPOSITIONS \
                    and toks[k].text not in self.lex.surnames_double:
                break                       # 副市长某振东|受市…委托: a preposition pkuseg glued to what follows
            length += len(w)
            e += 1
            if length >= 3 and self.lex.has_surname(toks[k].text) and len(toks[k].text) <= 3:
                break                       # a Han name is 2-3 characters: 王黎明 then stop
        if e == k:
            return None
        name = "".join(t.text for t in toks[k:e])
        if name in self.lex.surnames_double and e < len(toks) and CJK.match(toks[e].text) and len(toks[e].text) <= 2 \
                and toks[e].text not in self.stop and not self.is_title(toks[e].text):
            e += 1                          # 皇甫|宏伟: a double surname is never the whole name
            name += toks[e - 1].text
        if len(name) == 2 and name[0] in self.lex.surnames_single and e + 1 < len(toks) \
                and toks[e].text in CONJUNCTIONS and toks[e + 1].text in ("、", "，", ","):
            e += 1                          # 书记纪某|和|、: a joiner never stands before a list mark; it ends the name
            name += toks[e - 1].text
        if len(name) < 2 or len(name) > self.max_name or not self.name_like(name):
            return None
        return k, e

    def _given_name_cut(self, toks: list[Tok], k: int, e: int) -> bool:
        """副省长严守|正|参加: pkuseg read the surname and the first given character as a word (严守) and left the
        second alone; after a title the one character (no function word, no verb glued to the name) ends the name."""
        first, w = toks[k].text, toks[e].text
        return e == k + 1 and len(first) == 2 and first[0] in self.lex.surnames_single and len(w) == 1 \
            and CJK.match(w) is not None and w not in self.stop and w not in self._glued_chars \
            and k > 0 and self.title_word_end(toks[k - 1].text) \
            and (e + 1 >= len(toks) or len(toks[e + 1].text) >= 2 or toks[e + 1].text in PUNCT)

    def _surname_and_word(self, toks: list[Tok], k: int) -> bool:
        """A one-character surname and a two-character given name that is also a word, which the name loop
        would stop at: before punctuation or 等 (管|新民，段|发达等), or before a verb after a list mark or a
        title (、曾|繁荣|在, 指挥长娄|建设|主持). A surname that is also a preposition (于|海洋) only between
        list marks or after a title, before one or before a verb (委员向|春林、, 、向|春林|出席)."""
        if k + 1 >= len(toks) or toks[k].text not in self.lex.surnames_single:
            return False
        given, after = toks[k + 1].text, (toks[k + 2].text if k + 2 < len(toks) else "。")
        if len(given) != 2 or not CJK.match(given) or self.is_title(given):
            return False
        if given in self.speech_verbs:
            return False                     # 记者|时|表示: the verb of saying follows, not a given name (段|发达 is one)
        before = toks[k - 1].text if k > 0 else ""
        if toks[k].text in self.stop:        # 、于|海洋、, 委员向|春林、: a list's item, or a title's first name
            return (before == "、" or self.title_word_end(before)) and (after in ("、", "，", "。") or (
                (self.lex.pos.get(after, "")[:1] == "v" or after in self._glued_chars)     # 、向|春林|出席, 、向|春林|在…
                and not self.lex.is_common(given, 50)))
                                            # 秘书长和|春明|出席: a verb right after, so 和 is no conjunction
        return after in PUNCT or after in self.name_followers or (
            (before == "、" or self.title_word_end(before)) and after in self.stop)

    def _attends_after_he(self, toks: list[Tok], k: int) -> bool:
        """副主任某景|和|出席对接会并致辞: an attending verb at k with no 的 in the rest of its clause (和出席本次大会的
        代表 is a conjunction and a group) makes 和 the name's last character."""
        if k >= len(toks) or toks[k].text not in self._attend_verbs_after_he:
            return False
        clause = itertools.takewhile(lambda t: t.text not in PUNCT, toks[k + 1:])
        return all(t.text != "的" for t in clause)

    def _syllable_name_end(self, toks: list[Tok], k: int) -> int | None:
        """End token of the longest run from k that spells a syllable name (拉毛|才|让 -> 拉毛才让)."""
        best, word = None, ""
        for e in range(k, min(k + 5, len(toks))):
            if not CJK.match(toks[e].text):
                break
            word += toks[e].text
            if len(word) > 10:
                break
            if self.lex.is_syllable_name(word.replace("·", "")) and not self._two_everyday_words(word):
                best = e + 1
        return best

    def _two_everyday_words(self, word: str) -> bool:
        """会议委托(作): four characters or more that open with two of the commonest words (syllables of names
        spell them too)."""
        return len(word) >= 4 and self.lex.is_common(word[:2], 300) and self.lex.is_common(word[2:4], 300)

    def _title_chain_before(self, text: str, toks: list[Tok], i: int) -> list[str]:
        """Titles ending at token i-1, read leftwards over `、` and `兼`: 省委副书记、省长 -> [省委副书记, 省长].
        A title keeps the organisation written before it (省人大财经委员会主任委员, 青海大学财经学院教授)."""
        titles: list[str] = []
        j = i - 1
        while j >= 0 and self.title_word_end(toks[j].text):
            end = toks[j].end
            k = start = j
            # a boundary word ends the title, unless only a firm's suffixes follow it (某某建设|集团有限公司总经理)
            while k > 0 and toks[k - 1].text not in PUNCT \
                    and (toks[k - 1].text not in self.stop
                         or len(toks[k - 1].text) >= 2
                         and self.firm_suffix_run.fullmatch(text, toks[k].start, toks[j].start)) \
                    and toks[k - 1].end == toks[k].start and end - toks[k - 1].start <= 24 \
                    and not dateline_mark(toks, k - 1):   # 新华社北京5月7日电|国务院副总理
                k -= 1
                if self._verb_before_org(text, toks, k, j):
                    k += 1                     # 决定派遣|交通运输部副部长: no name runs across the verb
                    break
                if self._is_org_prefix(text[toks[k].start:toks[j].start]):
                    start = k                  # the longest prefix that reads as an organisation
            if start == j and self._firm_written_short(text, toks, k, j):
                start = k                      # 、之江云智创始人某某: a firm's short name before a business post
            if start == j and self._opens_with_organ(toks[j].text):
                # 某某高新区|党工委书记: the organ's place or zone is part of the organisation
                start = min((kk for kk in range(k, j) if self._place_prefix(text[toks[kk].start:toks[j].start])),
                            default=j)
            if start == j and titles == [] and self._qualifier_after_joiner(toks, k, j):
                start = k                      # 副省长、省某某产业链|链长某某: the second title's own words
            titles.insert(0, text[toks[start].start:end])
            j = start - 1
            if j >= 0 and toks[j].text in ("、", TITLE_JOINER):      # 副主席兼某商会会长: one more title
                j -= 1
            else:
                break
        return titles

    def _qualifier_after_joiner(self, toks: list[Tok], k: int, j: int) -> bool:
        """Tokens k..j-1, right after a 、 that joins two titles, are words of the title ending at token j
        (副省长、省高端化工产业链|链长; 旗委常委、常务副|旗长), though no organisation the lexicon knows: at most
        eight characters, no verb or function word, with a title word before the 、."""
        if k == j or k < 2 or toks[k - 1].text != "、" or not self.title_word_end(toks[k - 2].text):
            return False
        run = toks[k:j]
        return sum(len(t.text) for t in run) <= 8 and all(CJK.fullmatch(t.text) for t in run) and not any(
            (t.start, t.end) in self._verbs or self.lex.pos.get(t.text, "")[:1] in (*OPENS_NO_ORG, "v", "d")
            for t in run)

    def _verb_before_org(self, text: str, toks: list[Tok], k: int, j: int) -> bool:
        """派遣|财政部副部长: a verb (LAC's, in context: 包头 is a city) or a function word before an
        organisation's own name opens no name (but 联想|集团: a firm's name may be a verb before a bare 集团)."""
        rest = text[toks[k + 1].start:toks[j].start] if k + 1 < j else ""
        word = toks[k].text
        opener = ((toks[k].start, toks[k].end) in self._verbs or self.lex.pos.get(word) in OPENS_NO_ORG) \
            and not self.lex.is_place(word)                     # 无为|市委: LAC's verb, jieba's conjunction
        return opener and self._is_org_prefix(rest) \
            and rest not in self.org_suffixes

    def _firm_written_short(self, text: str, toks: list[Tok], k: int, j: int) -> bool:
        """The whole clause-initial run before a business post (董事长, 创始人) is the firm, when it is 2-8
        characters of nouns and names (no verb: 会见了某某董事长 is not a firm)."""
        prefix = text[toks[k].start:toks[j].start]
        def no_name_word(n: int) -> bool:
            pos = self.lex.pos.get(toks[n].text, "")[:1]
            # a one-character verb inside the run is pkuseg's cut of a name it does not know (蜀|能|重装董事长)
            return pos in ("p", "r", "d", "u") or (pos == "v" and not (k < n < j - 1 and len(toks[n].text) == 1))
        return (toks[j].text in self.business_titles and (k == 0 or toks[k - 1].text in PUNCT)
                and 2 <= len(prefix) <= 8 and CJK.fullmatch(prefix) is not None
                and not any(no_name_word(n) for n in range(k, j)))

    def _opens_with_organ(self, title: str) -> bool:
        """党工委书记, 管委会主任 written as one word: an organ, then a position."""
        return any(title[k:] in self.lex.titles and title[:k].endswith(self.org_suffixes) for k in range(2, len(title) - 1))

    def _place_prefix(self, prefix: str) -> bool:
        return len(prefix) >= 2 and CJK.fullmatch(prefix) is not None and (
            self.lex.is_place(prefix) or prefix.endswith(self.lex.place_name_ends))

    def _is_org_prefix(self, prefix: str) -> bool:
        if prefix.startswith("受"):
            return False                       # 受|省委书记某某委托: a preposition, not part of the organisation
        if prefix in self.lex.orgs or prefix in self.lex.companies:
            return True
        return any(prefix.endswith(s) for s in self.org_suffixes) and len(prefix) >= 2

    def _place_runs_through(self, tok: Tok, nxt: Tok | None) -> bool:
        """A place LAC reads starts inside the title word and runs past it (某镇|长江: 镇长 is no title), unless
        pkuseg's next word is a name of syllables (州长|沙马拉哈, read 长沙马拉哈 by LAC)."""
        return any(self._lac_place_end.get(p, 0) > tok.end for p in range(tok.start + 1, tok.end)) \
            and not (nxt is not None and self.lex.is_syllable_name(nxt.text))

    def _after_titles(self, text: str, toks: list[Tok]) -> list[Candidate]:
        out = []
        i = 0
        while i < len(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not self.title_word_end(toks[i].text) or (nxt is not None and nxt.text == "、") \
                    or toks[i].start in self._inside_lac_word or self._place_runs_through(toks[i], nxt):
                i += 1
                continue
            first = self._after_order_note(text, toks, i + 1)   # 大会执行主席（按姓氏笔画排序）某某、某某
            span = self._signature_at(text, toks, i) or self._name_at(toks, first)
            if span and first == i + 1 and self.lex.is_common(toks[i].text + toks[i + 1].text[:1], 5):
                span = None                 # 主席台, 书记处: the title word is part of a longer word
            if not span:
                i += 1
                continue
            titles = self._title_chain_before(text, toks, i + 1)
            k, e = span
            name = "".join(t.text for t in toks[k:e])
            weak = toks[i].text in self.weak_titles
            if name[0] in CONJUNCTIONS and name[1:2] in self.lex.level_chars:
                i += 1                      # 等县领导|和县直部门: the joiner and the next organ's level, no name
                continue
            if GROUP_LABEL.fullmatch(toks[i].text) and any((t.start, t.end) in self._verbs for t in toks[k:e]) \
                    and not (self.name_like(name, strict=True) or self.lex.is_syllable_name(name)):
                i += 1                      # 等县领导|到会|祝贺: a verb after a level's group label, no name
                continue
            if weak and (not (self.name_like(name, strict=True) or self.lex.is_syllable_name(name))
                         or self.lex.is_common(name[:2], 1000)
                         or (toks[k].start, toks[e - 1].end) in self._verbs     # 领导|干部包联, 领导|包联、专班推进
                         or len(name) == 2 and (toks[e - 1].end - 1, toks[e - 1].end) in self._verbs):   # 领导|包抓
                i += 1                      # 委员履职, 负责人介绍道: a role word, not a title before a name
                continue
            out.append(Candidate(toks[k].start, self._before_glued_verb(text, toks[k].start, toks[e - 1].end),
                                 "PERSON", "title", titles))
            # a list after one title shares it: 副省长唐明远、韩素琴、周立参加
            while e + 1 < len(toks) and toks[e].text == "、":
                nxt = self._name_at(toks, e + 1)
                if not nxt or self._opens_a_title(toks, nxt[1]) or self._firm_before_title(toks, *nxt):
                    break                   # 省长某某、华光|集团董事长某某: the item opens the next title
                k, e = nxt
                out.append(Candidate(toks[k].start, self._before_glued_joiner(text, toks[k].start, toks[e - 1].end),
                                     "PERSON", "title-list", titles))
            i = e
        return out

    def _signature_at(self, text: str, toks: list[Tok], i: int) -> tuple[int, int] | None:
        """`州长　才让东珠`, `代州长　泽让闹`: a report's signature line, the title, a space and nothing but the name
        after it on the line (2-6 characters): the name is all of the rest, whatever words pkuseg reads in it."""
        if i + 1 >= len(toks) or toks[i].end == toks[i + 1].start or "\n" in text[toks[i].end:toks[i + 1].start]:
            return None
        line_end = text.find("\n", toks[i + 1].start)
        rest = text[toks[i + 1].start:len(text) if line_end < 0 else line_end].rstrip()
        end = next((n + 1 for n in range(i + 1, len(toks)) if toks[n].end == toks[i + 1].start + len(rest)), None)
        if end is None or not 2 <= len(rest) <= 6 or not CJK.match(rest) or self.is_title(rest) \
                or self.lex.is_common(rest, 50):
            return None
        return i + 1, end

    def _after_order_note(self, text: str, toks: list[Tok], k: int) -> int:
        """The token after `（按姓氏笔画排序）` written between a group label and its names, or k."""
        m = ORDER_NOTE.match(text, toks[k].start) if k < len(toks) else None
        if m is None:
            return k
        return next((n for n in range(k, len(toks)) if toks[n].start >= m.end()), k)

    def _before_glued_verb(self, text: str, start: int, end: int) -> int:
        """陈伟|强作|交流发言, 朝|鲁门率|调研组, 魏长|林在县: pkuseg glued the verb after a name (作, 率, 在) onto it; the name
        ends before the verb when what follows it is a word (发言, 调研组), not more name."""
        for i in range(start + 2, end):
            if text[i] in self._glued_chars:
                rest = text[i + 1:end] or text[end:end + 2]
                if self.lex.is_common(rest, 1) or rest.endswith(GROUP_WORDS) or rest in RELATIVE_LEVELS \
                        or self.lex.is_place(rest):         # 魏长|林在县|行政中心: a place follows 在
                    return i
        return end

    def _last_character_glued_on(self, t: Tok, nxt: Tok, prev: str) -> bool:
        """Did pkuseg glue a name's last character onto the three-character word after it? 局长付|强受市人民政府委托
        (a surname, then the given name's character on a preposition and a level), 市长石文|博致辞 (a surname and
        a character, then the last one on a two-character verb of PEOPLE.glued_verbs)."""
        if len(nxt.text) != 3 or nxt.start != t.end or not CJK.match(t.text + nxt.text):
            return False
        if len(t.text) == 1:
            return t.text in self.lex.surnames_single and self.title_word_end(prev) \
                and nxt.text[1] in GLUED_PREPOSITIONS and nxt.text[2] in self.lex.level_chars
        return len(t.text) == 2 and self.lex.has_surname(t.text) and (self.title_word_end(prev) or prev == "、") \
            and nxt.text[1:] in self._glued_verbs

    def _before_glued_joiner(self, text: str, start: int, end: int) -> int:
        """、田立|新和|秘书长某某: pkuseg glued the joiner before the list's last item onto a listed name; a name of
        one surname is three characters at most, so a fourth that is a joiner is not the name's."""
        name = text[start:end]
        if len(name) == 4 and name[-1] in CONJUNCTIONS and name[:2] not in self.lex.surnames_double:
            return end - 1
        return end

    def _firm_before_title(self, toks: list[Tok], k: int, e: int) -> bool:
        """总经理某某、之江云智|创始人某某: an item right before a title that is a place (羊口镇|党委书记) or is not
        written like a Han name (surname + one or two characters) is the next person's organisation."""
        if e >= len(toks) or not self.title_word_end(toks[e].text):
            return False
        name = "".join(t.text for t in toks[k:e])
        if self.lex.is_place(name) or (len(name) >= 3 and name.endswith(self.lex.town_ends)):
            return True                     # 书记某某、羊口镇|党委书记某某: a place opens the next title
        return not ((name[:1] in self.lex.surnames_single and len(name) <= 3)
                    or (name[:2] in self.lex.surnames_double and len(name) <= 4))

    def _opens_a_title(self, toks: list[Tok], e: int) -> bool:
        """Do the words after a listed item run into a title (…|集团|董事长, …|市委|书记) before any punctuation?"""
        if e >= len(toks) or toks[e].text in PUNCT or toks[e].text in self.stop or self.title_word_end(toks[e].text):
            return False
        for n, t in enumerate(toks[e + 1:e + 7], e + 1):
            if t.text in PUNCT or t.text in self.stop:
                if len(t.text) >= 2 and t.text not in PUNCT \
                        and self.firm_suffix_run.match("".join(x.text for x in toks[n + 1:n + 5])):
                    continue                # 甘肃某某电力|建设|有限公司: a word of the firm's name, its suffixes next
                return False                # 某某在主席台就座: a verb or preposition, not an organisation
            if self.title_word_end(t.text) or t.text.endswith(FIRM_HEADS):
                return True                 # 云帆|智能|装备|有限|公司|董事长: up to six words of a firm's name
        return False                        # (某窑|新|材料|科技|有限|公司|技术|总监: the firm's word is enough)

    def _lists(self, text: str, toks: list[Tok], known: set[tuple[int, int]]) -> list[Candidate]:
        """Untitled lists of names: 甲乙丙、丁戊、己庚辛在主席台就座 (most items must look like names)."""
        out = []
        next_comma = [len(toks)] * (len(toks) + 1)          # index of the first 、 at or after each token
        for n in reversed(range(len(toks))):
            next_comma[n] = n if toks[n].text == "、" else next_comma[n + 1]
        i = 0
        while i < len(toks):
            if next_comma[i] - i > self.max_name:
                i += 1                     # no 、 within a name's length (max_name characters): no list starts here
                continue
            items = []
            k = i
            while True:
                span = self._name_at(toks, k)
                if not span:
                    break
                items.append(span)
                k = span[1]
                if k < len(toks) and toks[k].text == "、":
                    k += 1
                else:
                    break
            words = ["".join(t.text for t in toks[a:b]) for a, b in items]
            strict = sum(self.name_like(w, strict=True) for w in words)
            # 南康、于都、信丰等县: counties written short; 某岭镇、某江镇: towns LAC reads as places
            places = sum(self.lex.is_place(w) or self._lac_place_end.get(toks[a].start) == toks[b - 1].end
                         for w, (a, b) in zip(words, items))
            if len(items) >= 3 and strict * 3 >= len(items) * 2 and places * 2 < len(items) \
                    and not in_list_of_things(text, toks[items[0][0]].start, toks[items[-1][1] - 1].end, self.lex):
                for a, b in items:
                    end = self._before_glued_joiner(text, toks[a].start, toks[b - 1].end)
                    # 推选甲|、乙为…: pkuseg glued the appointing verb to the first name
                    verb = next((v for v in self.appointing_verbs if text.startswith(v, toks[a].start)
                                 and end - toks[a].start - len(v) >= 2), "")
                    if (toks[a].start, toks[b - 1].end) not in known and (toks[a].start + len(verb), end) not in known:
                        out.append(Candidate(toks[a].start + len(verb), end, "PERSON", "list"))
                i = k
            else:
                i += 1
        return out

    def _speakers_and_trailing_titles(self, text: str, toks: list[Tok]) -> list[Candidate]:
        out = []
        for i in range(len(toks) - 1):
            w, nxt = toks[i].text, toks[i + 1].text
            prev = toks[i - 1].text if i else "。"
            strong_title = nxt in ("总书记", "同志", "书记", "主席")      # 习近平总书记, 陈刚书记 anywhere
            if not (prev in PUNCT or prev in ("后", "时", "中", "上") or strong_title):
                continue
            if (nxt in self.speech_verbs or nxt in self.after_name_titles) and self.name_like(w, strict=True):
                titles = [nxt] if nxt in self.after_name_titles and nxt != "同志" else []
                out.append(Candidate(toks[i].start, toks[i].end, "PERSON", "speaker", titles))
        return out

    def _residents(self, toks: list[Tok]) -> list[Candidate]:
        """走进牧民索南|才|让的帐篷, 村民次仁卓嘎家中: a name written after what the person is (rules'
        residents) is a person; the word is no title. Held to a name's strict form or a syllable name."""
        out = []
        for i, t in enumerate(toks[:-1]):
            if t.text not in self.lex.residents:
                continue
            if DOTTED_NAME.fullmatch(toks[i + 1].text):
                out.append(Candidate(toks[i + 1].start, toks[i + 1].end, "PERSON", "resident"))   # 牧民|某某·某某
                continue
            span = self._name_at(toks, i + 1)
            if span is None:
                continue
            k, e = span
            name = "".join(x.text for x in toks[k:e])
            han = len(name) <= 3 and self.name_like(name, strict=True) \
                and not any(self.lex.is_common(w, 1000) for w in (name[:2], name[1:]))   # 群众|安全度汛: words
            if han or self.lex.is_syllable_name(name.replace("·", "")):
                out.append(Candidate(toks[k].start, toks[e - 1].end, "PERSON", "resident"))
        return out

    def _appointees(self, text: str) -> list[Candidate]:
        """任命某某为…, 免去某某的…职务, 接受某某辞去…: the name a congress appoints or removes (rules'
        PEOPLE.appointing_verbs), then 为 / 的 / 、 / 辞去; and 某某当选(为)…; held to a name's strict form. Read on
        the characters: pkuseg glues the name's last character to 为 (某庆|丰为市)."""
        out = []
        for m in self.appointee.finditer(text):
            names = [(m.start("name"), m.end("name"))]
            while (n := LISTED_APPOINTEE.match(text, names[-1][1])) is not None:
                names.append((n.start("name"), n.end("name")))     # 推选甲、乙、丙为<post>: the post is each one's
            post = self._post_given(text, names[-1][1])
            out += [Candidate(a, b, "PERSON", "appointee", post) for a, b in names
                    if self.name_like(text[a:b], strict=True)]
        for m in ELECTED.finditer(text):
            if self.name_like(m.group("name"), strict=True) and self.title_word_end(m.group("post")):
                out.append(Candidate(m.start("name"), m.end("name"), "PERSON", "appointee", [m.group("post")]))
        return out

    def _post_given(self, text: str, end: int) -> list[str]:
        """任命某某为|市交通运输局局长|的决定: the post written after 为, when it ends in a title word."""
        m = POST_AFTER_WEI.match(text, end)
        return [m.group("post")] if m and self.title_word_end(m.group("post")) else []

    def _recurrences(self, text: str, toks: list[Tok], found: list[Candidate]) -> list[Candidate]:
        """Every other token-aligned occurrence of a name already found (王黎明 with a title once, bare later)."""
        names = {text[c.start:c.end] for c in found}
        if not names:
            return []
        starts = {t.start for t in toks}
        ends = {t.end for t in toks}
        seen = {(c.start, c.end) for c in found}
        out = []
        for name in names:
            for m in re.finditer(re.escape(name), text):
                if (m.start(), m.end()) in seen:
                    continue
                if m.start() in starts and (m.end() in ends or len(name) >= 3):
                    out.append(Candidate(m.start(), m.end(), "PERSON", "recurrence"))
        return out


def _without_photo_credit(text: str, c: Candidate) -> Candidate:
    """记者 王丽 摄, （记者张伟摄）: a caption's credit ends in 摄 (photographed by), which is no part of the name."""
    name = text[c.start:c.end]
    followed_by_han = c.end < len(text) and "\u4e00" <= text[c.end] <= "\u9fff"
    if not name.endswith("摄") or followed_by_han:
        return c                            # 杨摄影: a word goes on, the character is the name's
    end = c.start + len(name[:-1].rstrip())
    return Candidate(c.start, end, c.label, c.source, list(c.titles), list(c.names)) if end - c.start >= 2 else c


def in_list_of_things(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Does the 、 list holding [start, end) close with 等 and a word for things (等工作, 等产业, 等项目)?"""
    k = end
    while k < len(text) and k - end <= 40 and text[k] not in "，。；：！？\n,;:!?等":
        k += 1
    clause_start = max(max(text.rfind(c, max(0, start - 80), start) for c in "，。；：！？\n,;:!?") + 1, start - 80)
    if text[k:k + 1] != "等" or "、" not in text[clause_start:k]:
        return False
    after = text[k + 1:k + 3]
    head = re.match(r"[\u4e00-\u9fff]{0,10}", text[k + 1:]).group()    # 等企业负责人: the head noun is people
    people_words = tuple(lex.rules["PEOPLE"]["people_words"])
    return not after.startswith(people_words) and not any(len(w) >= 2 and w in head for w in people_words) \
        and lex.pos.get(after, "") in ("n", "vn")
