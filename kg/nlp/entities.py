"""The `kg_entities` spaCy component: people with titles, places, companies, organisations, projects, meetings.

Finders propose candidates (kg.nlp.people, kg.nlp.phrases, kg.nlp.meetings, kg.nlp.projects, kg.nlp.combine,
gazetteer look-ups); this component picks a consistent set, splits pkuseg tokens where an entity edge falls
inside one, and writes:
  doc.spans["kg_entities"]  every kept entity, nested ones included (an ORG inside a MEETING name)
  doc.ents                  the outermost, non-overlapping entities (spaCy's usual view)
  span._.titles             a person's titles as written
  span._.names              the name(s) a mention stands for when not its own text: a joined mention
                            (十九届二中、三中全会) or a body's session (某常委会召开会议 -> 某常委会会议)
"""
from __future__ import annotations

import re
import tempfile
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

import srsly

from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import lac as _lac  # noqa: F401  (registers doc._.lac_ents)
from kg.nlp.combine import (chained_places, combine_people, division_places, dotted_people, drop_ambiguous_places,
                             enclosed_division_pairs, fill_list_gaps, firms_opening_with_a_cut_place, glued_divisions,
                             glued_level_places, lac_legal_firms, lac_named_lines, lac_orgs_over_cut_places,
                             landscape_and_zone_places, lines_by_short_names, names_whole_as_elsewhere,
                             reach_back_over_cut_divisions,
                             share_list_titles, split_enclosed_pairs, titles_after_names, whole_dotted_names,
                             whole_listed_names, zones_named_with_city)
from kg.nlp.doctext import doc_text
from kg.nlp.lexicon import Lexicon, alternation, lexicon_files_as_bytes, load_lexicon, write_lexicon_files
from kg.nlp.meetings import MeetingSubjects, hosted_short_mentions, name_meetings_in_full
from kg.nlp.projects import (BuilderPhrases, BuiltBy, FirmOpeners, ListedItems, ProjectBuilders, Signatories,
                             facilities_built_by, places_opening_projects, projects_beside_projects,
                             projects_listed_at_a_site, projects_named_short, projects_opened_by_firm_names,
                             short_firm_forms)
from kg.nlp.people import TITLE_JOINER, PersonFinder
from kg.nlp.phrases import (CJK_WORD, COUNTY_LEVELS, FIRM_BUREAU, FUNCTION_CHARS, NAME_LIST_JOINERS, PHASE,
                            GLUED_VERB_OPENERS, ORGANS, RELATIVE_LEVELS, TOWN_LEVELS, Candidate, PhraseFinder, Tok,
                            after_places)
from kg.schema import ENTITY_TYPES
from kg.textrules import BULLETS, CLAUSE, FINAL

SPAN_KEY = "kg_entities"
LABELS = ENTITY_TYPES
# nested entities kept inside an outer one: (outer, inner) — a meeting's organising body, a project's builder
NESTED_OK = {("PROJECT", "COMPANY"), ("PROJECT", "PLACE"), ("MEETING", "PROJECT"),
             ("ORG", "COMPANY")}
NESTED_SOURCES = {("MEETING", "parent-event")}     # a fair inside its ceremony's name, not any fragment of it
# a name only inside a 《》 title (a speech, a book, a plan) is not an entity of the text (gold convention 8);
# a meeting named in a speech's title (《在某某大会上的讲话》) is kept: the speech was given at it
BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")
RIVER_NOT_OPENERS = "滨沿临环港左右"     # 滨江|生态廊道, 港区|深水航道: a position, no river's name
RIVER_NAME_ENDS = ("河", "江", "湖", "淀")   # a river or lake opening a project's name (某某溪, 某某水: words more often)
LAC_MODES = ("off", "union", "combine")     # LAC's people: unused, appended as they are, combined with the rules
PERSON_SOURCES_STRONG = {"title", "title-list", "byline", "list", "speaker", "appointee"}

if not Span.has_extension("titles"):
    Span.set_extension("titles", default=[])
if not Span.has_extension("mention_titles"):
    Span.set_extension("mention_titles", default=[])   # titles written at this mention only
if not Span.has_extension("source"):
    Span.set_extension("source", default="")
if not Span.has_extension("names"):
    Span.set_extension("names", default=[])             # the names a joined span stands for (gold convention 5)


def span_name(span: Span) -> str:
    """The name a mention stands for: its own text, or the one name a composed mention is given (the 会议 of a
    headline's 某常委会召开会议 is 某常委会会议); a joined mention standing for several keeps its text."""
    return span._.names[0] if len(span._.names) == 1 else span.text


def _gazetteer(text: str, toks: list[Tok], lex) -> list[Candidate]:
    """Token-aligned look-ups of up to 4 consecutive tokens in the org and company lists."""
    out = []
    for i in range(len(toks)):
        word = ""
        for j in range(i, min(i + 4, len(toks))):
            word += toks[j].text
            if word in lex.orgs:
                out.append(Candidate(toks[i].start, toks[j].end, "ORG", "gazetteer"))
            elif word in lex.companies:
                # 中国|华电: the country written before a listed group is part of its name
                start = toks[i - 1].start if i and toks[i - 1].text == "中国" else toks[i].start
                out.append(Candidate(start, toks[j].end, "COMPANY", "gazetteer"))
            elif j > i and word in lex.places:
                out.append(Candidate(toks[i].start, toks[j].end, "PLACE", "gazetteer"))
        if toks[i].text.endswith("式") and toks[i].text[:-1] in lex.places:
            # 中国式现代化 gives the country (gold convention 3): pkuseg reads 中国式 as one word
            out.append(Candidate(toks[i].start, toks[i].end - 1, "PLACE", "gazetteer"))
    starts = {t.start for t in toks}
    for m in lex.long_places.finditer(text) if lex.long_places else ():
        if m.start() not in starts:              # 地处|长三角 cut as 地|处长|三角北翼: the listed name still counts
            out.append(Candidate(m.start(), m.end(), "PLACE", "gazetteer"))
    return out


def _committees_of_their_place(text: str, cands: list[Candidate], lex) -> list[Candidate]:
    """鄂托克前旗|旗委, 某县|县委: a party committee named by its level right after the place of that level is
    the place's committee, one organisation (pkuseg cuts the banner's name into pieces no organ rule reaches
    over; LAC reads 某县县委 whole, not every banner)."""
    places_ending = {c.end: c.start for c in cands if c.label == "PLACE"}
    return [Candidate(places_ending[c.start], c.end, "ORG", "committee-of-place") for c in cands
            if c.label == "ORG" and c.end - c.start == 2 and text[c.start + 1] == "委" and c.start in places_ending
            and text[c.start - 1] == text[c.start] and text[c.start] in lex.level_chars]


def _after_person_at(text: str, cands: list[Candidate]) -> list[Candidate]:
    """程方|远在|宣岭|宾馆: pkuseg glued 在 to a name, and a place, meeting or body ran back over the person
    and the preposition; the name starts after 在 when the words before it are a person the text names."""
    people = {text[c.start:c.end] for c in cands if c.label == "PERSON"}
    person_ends = {c.end for c in cands if c.label == "PERSON"}
    out = []
    for c in cands:
        name = text[c.start:c.end]
        at = name.find("在")
        if c.label != "PERSON" and 0 < at < len(name) - 2 and (name[:at] in people or c.start + at in person_ends):
            if c.label == "MEETING" and len(name) - at - 1 <= 3:
                continue                  # 程方远在|座谈会: a bare meeting word, which kg_relations resolves
            c = Candidate(c.start + at + 1, c.end, c.label, c.source, list(c.titles), list(c.names))
        out.append(c)
    return out


# 海东市委市政府, 党中央国务院: organs written one after another are one entity each (gold convention 5)
_ORGAN = r"[\u4e00-\u9fff]{0,8}?(?:省委|市委|州委|县委|区委|盟委|旗委|党委|党中央|国务院|人民政府|政府|人大常委会|人大|政协)"
JOINED_ORGANS = re.compile(rf"(?P<a>{_ORGAN})(?P<b>{_ORGAN})(?P<c>{_ORGAN})?")


def _split_joined_organs(text: str, c: Candidate) -> list[Candidate]:
    m = JOINED_ORGANS.fullmatch(text, c.start, c.end) if c.label == "ORG" else None
    if m is None:
        return [c]
    return [Candidate(m.start(g), m.end(g), "ORG", c.source) for g in "abc" if m.group(g)]


CLAUSE_ENDS = FINAL + CLAUSE.replace("、", "") + "\n"
CLAUSE_CHARS = set("将与及或把被这那是了着")    # function words a clause has and a park's name has not
SCOPE_OPENERS = ("全", "各", "该", "本")       # 全市|…产业园, 该|园区: a scope or a reference, no park's name
ROUTE_JOINERS = ("至", "—", "-")         # 某甲至|某乙…通道: a route's end, not a project's opening site

# for the same span, which reading wins: a venue (青海会议中心) is a place before it is an organisation
LABEL_PREFERENCE = {"PERSON": 0, "MEETING": 1, "PROJECT": 2, "COMPANY": 3, "PLACE": 4, "ORG": 5}


def _rank(c: Candidate) -> tuple:
    strong_person = c.label == "PERSON" and c.source in PERSON_SOURCES_STRONG
    return (0 if strong_person else 1, -c.length, c.start, LABEL_PREFERENCE[c.label], 0 if c.names else 1)


def choose(cands: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Greedy choice of outermost entities, then nested ones allowed by NESTED_OK."""
    outer: list[Candidate] = []
    taken = bytearray(max((c.end for c in cands), default=0))
    for c in sorted(cands, key=_rank):
        if not any(taken[c.start:c.end]):
            outer.append(c)
            taken[c.start:c.end] = b"\x01" * c.length
    nested: list[Candidate] = []
    seen = {(c.start, c.end) for c in outer}
    for c in sorted(cands, key=_rank):
        if (c.start, c.end) in seen:
            continue
        host = next((o for o in outer if o.start <= c.start and c.end <= o.end), None)
        inside_kept = any(n.label == c.label and n.start <= c.start and c.end <= n.end for n in nested)
        # the closest kept container decides: a firm in a project in a meeting's name (…暨某油田勘探开发项目开工仪式)
        closest = min((n for n in nested if n.start <= c.start and c.end <= n.end and n.label != c.label),
                      key=lambda n: n.length, default=host)
        allowed = host is not None and ((closest.label, c.label) in NESTED_OK or (closest.label, c.source) in NESTED_SOURCES)
        if allowed and c.label != "PERSON" and not inside_kept:
            nested.append(c)
            seen.add((c.start, c.end))
    return sorted(outer, key=lambda c: c.start), nested


def _one_type_per_firm(text: str, cands: list[Candidate]) -> None:
    """A name whose officer holds a business post anywhere in the text (某局副总经理) is a firm at every
    mention, though its name ends like an organ's (中建某局)."""
    firms = {text[c.start:c.end] for c in cands if c.label == "COMPANY" and c.source == "title-org"}
    for c in cands:
        if c.label == "ORG" and text[c.start:c.end] in firms:
            c.label = "COMPANY"


def _one_type_per_park(text: str, outer: list[Candidate], nested: list[Candidate],
                       park_words: tuple[str, ...]) -> list[Candidate]:
    """A park the text reads as a place at one mention (在某某产业园，…察看) is that place at every mention, not
    a project (深入某镇和某某产业园，观摩…), and the firm guessed from its opening (a project's builder) goes:
    returns `nested` without those firms."""
    places = {text[c.start:c.end] for c in outer + nested if c.label == "PLACE"}
    parks = [c for c in outer + nested if c.label == "PROJECT" and text[c.start:c.end] in places
             and text.endswith(park_words, c.start, c.end)]
    for c in parks:
        c.label = "PLACE"
    return [c for c in nested if not (c.source == "firm-opener" and any(
        p.start <= c.start and c.end < p.end for p in parks))]


DEMONSTRATIVE_NEXT = "个些里边种样次位家项批县市镇区乡村旗"     # 这个, 那些, 这里: a demonstrative before them


# where pkuseg glued two things into one word: around a punctuation, dash, list mark or a column's bracket (●某某,
# 中国—|亚欧, 【|州市简讯), before a digit
# right after a Chinese character (博明|瑞鸿6|吉瓦: the capacity opens after the name; 2024年 and 5万 stay whole),
# and after a list number glued to the item (3.|某某街道…; 9.6亿 stays whole)
GLUED_CUT = re.compile(rf"(?<=[\u4e00-\u9fff])(?=[0-9])|(?=[，。、；：．！？—【】{BULLETS}])|(?<=[，。、；：．！？—【】{BULLETS}])"
                       r"|(?<=^[0-9]\.)(?=[\u4e00-\u9fff])|(?<=^[0-9]{2}\.)(?=[\u4e00-\u9fff])")
# function words pkuseg glues onto a name or title (no dictionary word then): 副省长|兼省|公安厅 (兼 joins two
# titles), 董事长|林浩一行 (一行: and party)
GLUED_OPENING, GLUED_CLOSING = TITLE_JOINER, "一行"


def _park_after(verbs: list[str], park_words: list[str], followers: list[str] = ()) -> re.Pattern:
    """A verb, then a park's name (2-10 characters and a park word) that a clause break or a follower ends."""
    follow = "".join(f"|{re.escape(w)}" for w in sorted(followers, key=len, reverse=True))
    return re.compile(rf"(?:{alternation(verbs)})(?P<name>[\u4e00-\u9fff]{{2,10}}?(?:{alternation(park_words)}))"
                      rf"(?=[，。；、,;\s]|${follow})")


def _glued_function_word(word: str, is_word) -> tuple[int, ...]:
    """Where to cut a function word off a word pkuseg glued it onto (GLUED_OPENING, GLUED_CLOSING)."""
    opening = word[0] == GLUED_OPENING
    closing = word.endswith(GLUED_CLOSING) and len(word) > len(GLUED_CLOSING)
    if not (opening or closing) or is_word(word):
        return ()
    return (*((1,) if opening else ()), *((len(word) - len(GLUED_CLOSING),) if closing else ()))


def doc_toks(doc: Doc, is_word=lambda w: True) -> list[Tok]:
    """Every token as a Tok, read from the Doc's arrays (iterating a Doc builds a Token object per token: a
    sixth of this component's time on a newspaper page); a whitespace token reads as a line break, and a word
    pkuseg glued across a punctuation mark or a name and its digits is cut there (GLUED_CUT), as are the function
    words it glues onto a name or title (_glued_function_word; no word by `is_word`, the general dictionary)."""
    strings = doc.vocab.strings
    out = []
    for orth, idx, space in doc.to_array([ORTH, IDX, IS_SPACE]).tolist():
        word = strings[orth]
        glued = _glued_function_word(word, is_word) if len(word) > 1 else ()
        if glued or (len(word) > 1 and GLUED_CUT.search(word, 1)):
            cuts = sorted({0, len(word), *(m.start() for m in GLUED_CUT.finditer(word)), *glued})
            out += [Tok(word[a:b], idx + a, idx + b) for a, b in zip(cuts, cuts[1:])]
        else:
            out.append(Tok("\n" if space else word, idx, idx + len(word)))
    return out


def _names_a_place(word: str, lex) -> bool:
    """A known place, or a division written short with its level (恩施州, 海西州)."""
    return lex.is_place(word) or (word[-1] in lex.level_chars and lex.is_division(word[:-1]))


def _name_goes_on(toks: list[Tok], n: int, lex) -> bool:
    """Token n is a whole division with its level (田县), its level follows (都|县), or a name goes on after it
    (都|工业园区): a noun or a place's kind, not a verb or an adverb (都|要)."""
    tok = toks[n]
    if tok.text[-1:] in lex.level_chars and len(tok.text) >= 2:
        return True
    after = toks[n + 1].text if n + 1 < len(toks) else ""
    if len(after) == 1 and after in lex.level_chars:
        return True                        # 都|县: the level written as a piece of its own (在于|都|县)
    return lex.pos.get(after, "")[:1] in ("n", "") and CJK_WORD.match(after) is not None


def _last_character_opens_next(prev: str, word: str, lex) -> bool:
    """pkuseg gave the word before a county its first character (对准|格尔旗), or a city written short took the
    level character that opens the next word (玉林区|位优势, no such district: 玉林|区位)."""
    if len(prev) < 2:
        return False
    county = not lex.is_place(word) and prev[-1] + word in lex.division_full and lex.is_common(prev[:-1], 1000)
    return county or (len(prev) >= 3 and prev[-1] in lex.level_chars and lex.is_place(prev[:-1])
                      and prev not in lex.division_full and not lex.is_place(prev)
                      and lex.is_common(prev[-1] + word, 50))


def glued_verbs_cut_off(toks: list[Tok], lex) -> list[Tok]:
    """要紧|盯汾河: pkuseg glued the verb 盯 (of 紧盯) onto the name after it; the verb is a token of its own (not
    in a word that opens with it: 盯紧, 盯住)."""
    out = []
    for tok in toks:
        if len(tok.text) >= 2 and tok.text[0] in GLUED_VERB_OPENERS and not lex.is_common(tok.text, 1):
            out += [Tok(tok.text[0], tok.start, tok.start + 1), Tok(tok.text[1:], tok.start + 1, tok.end)]
        else:
            out.append(tok)
    return out


def place_cuts_mended(toks: list[Tok], lex) -> list[Tok]:
    """Places pkuseg cut wrong are put back whole: a county cut after its first character, read as a joiner
    (和|静县: counties open with 和 or 将 as clauses do), where neither piece is a place; a place glued to the
    verb before it (开工|建设恩施州|利川市) is cut off the verb; a county that took the last character of the word
    before it (当|天容县) gives it back (当天|容县), and one whose first character the word before took (对准|格尔旗)
    takes it back, and a city written short that took the level character of the word after it (玉林区|位) gives
    it back; a venue's suffix of two characters whose last one pkuseg glued to the word after it (人民会|堂设|主会场)
    gets it back as a piece of its own; a place opening with 于 that pkuseg glued to 在 (在于|都|工业园区,
    在于|田县) takes it back, where a name goes on after it (在于|都要: no place)."""
    out = []
    for n, tok in enumerate(toks):
        prev = out[-1] if out else None
        if prev is not None and prev.text == "在于" and prev.end == tok.start \
                and _names_a_place("于" + tok.text, lex) and _name_goes_on(toks, n, lex):
            out[-1] = Tok("在", prev.start, prev.start + 1)
            out.append(Tok("于" + tok.text, prev.start + 1, tok.end))
            continue
        if prev is not None and prev.end == tok.start and len(prev.text) == len(tok.text) == 1 \
                and lex.is_division(prev.text + tok.text) and not lex.is_common(prev.text + tok.text, 5) \
                and _name_goes_on(toks, n, lex):
            out[-1] = Tok(prev.text + tok.text, prev.start, tok.end)   # 兴发集团|宜|都|有机硅…: a city written short
        elif prev is not None and prev.end == tok.start and len(prev.text) == 1 and len(tok.text) >= 2 \
                and prev.text + tok.text in lex.division_full and not lex.is_place(tok.text):
            out[-1] = Tok(prev.text + tok.text, prev.start, tok.end)
        elif prev is not None and prev.end == tok.start and len(prev.text) == 1 and len(tok.text) >= 3 \
                and tok.text[1:] in lex.division_full and not lex.is_place(tok.text) \
                and lex.is_common(prev.text + tok.text[0], 1000):
            out[-1] = Tok(prev.text + tok.text[0], prev.start, tok.start + 1)
            out.append(Tok(tok.text[1:], tok.start + 1, tok.end))
        elif prev is not None and prev.end == tok.start and _last_character_opens_next(prev.text, tok.text, lex):
            out[-1] = Tok(prev.text[:-1], prev.start, prev.end - 1)     # 对准|格尔旗: 对|准格尔旗
            out.append(Tok(prev.text[-1] + tok.text, prev.end - 1, tok.end))
        elif prev is not None and prev.end == tok.start and len(tok.text) == 2 and not lex.is_common(tok.text, 1) \
                and prev.text[-1] + tok.text[0] in lex.venue_suffixes \
                and lex.is_common(tok.text[1], 1):
            out += [Tok(tok.text[0], tok.start, tok.start + 1), Tok(tok.text[1], tok.start + 1, tok.end)]   # 会|堂设
        elif len(tok.text) >= 4 and _names_a_place(tok.text[2:], lex) and not lex.is_place(tok.text) \
                and lex.pos.get(tok.text[:2], "")[:1] == "v" and lex.is_common(tok.text[:2], 1000):
            out += [Tok(tok.text[:2], tok.start, tok.start + 2), Tok(tok.text[2:], tok.start + 2, tok.end)]
        else:
            out.append(tok)
    return out


def towns_after_counties_mended(toks: list[Tok], lex) -> list[Tok]:
    """A town written right after its county that pkuseg cut across (某区|店|上|镇某某, 某区|上|桥镇: the county's
    locative 上 read apart) is put back whole: two characters of single pieces (or the head of the piece holding
    the level) and the town's level become one token, the rest of that piece another."""
    out, n = [], 0
    while n < len(toks):
        tok = toks[n]
        out.append(tok)
        n += 1
        if len(tok.text) < 2 or tok.text[-1] not in COUNTY_LEVELS or not lex.is_place(tok.text):
            continue
        stem, k, at, level = "", n, tok.end, -1
        while k < len(toks) and toks[k].start == at and len(stem) <= 2:
            level = next((i for i, ch in enumerate(toks[k].text) if ch in TOWN_LEVELS), -1)
            if level >= 0 or len(toks[k].text) > 1:
                break
            stem, at, k = stem + toks[k].text, toks[k].end, k + 1
        if level < 0:
            continue
        piece = toks[k].text
        stem += piece[:level]
        if len(stem) != 2 or not CJK_WORD.fullmatch(stem) or lex.is_common(stem, 1) \
                or stem[0] in FUNCTION_CHARS or (level + 2 <= len(piece) and lex.is_common(piece[level:level + 2], 1)) \
                or level >= 2:
            continue                          # 某县|特色小镇 (a word), 某市|在|某某镇, 某县|等|地|乡村 (words), 某区|某某镇
        cut = toks[k].start + level + 1
        out.append(Tok(stem + piece[level], tok.end, cut))
        if cut < toks[k].end:
            out.append(Tok(piece[level + 1:], cut, toks[k].end))
        n = k + 1
    return out


def organ_offices_mended(toks: list[Tok], lex) -> list[Tok]:
    """市委|办|主任, 县政府|办、: an organ's office written short (市委办 = 市委办公室), which pkuseg cut after the organ
    (办 read as the verb), is one word where a title or a list's 、 follows (not 党委|办|实事)."""
    out, n = [], 0
    while n < len(toks):
        tok = toks[n]
        if n + 2 < len(toks) and tok.text.endswith(ORGANS) and toks[n + 1].text == "办" \
                and tok.end == toks[n + 1].start and (toks[n + 2].text in lex.titles or toks[n + 2].text == "、"):
            out.append(Tok(tok.text + "办", tok.start, toks[n + 1].end))
            n += 2
            continue
        out.append(tok)
        n += 1
    return out


def lac_towns_mended(toks: list[Tok], lac_ents: list, lex) -> list[Tok]:
    """A town LAC reads whole, a name of two characters and its level, that pkuseg cut into single characters
    (至凤|都|镇: 都 read as the adverb, the route's 至 glued onto the name's first character; 两|河|街道: 两 a
    numeral) is one token, and a function character glued onto it one of its own: no finder then stops inside the
    name or opens one with 至."""
    levels = tuple(lex.rules["PLACE"]["lac_town_ends"])
    places = {s: e for s, e, label in lac_ents if label == "PLACE"}
    out, n = [], 0
    while n < len(toks):
        tok = toks[n]
        glued = len(tok.text) == 2 and tok.text[0] in FUNCTION_CHARS
        s = tok.start + 1 if glued else tok.start
        e = places.get(s)
        last = next((k for k in range(n + 1, min(n + 4, len(toks))) if toks[k].end == e), None) if e else None
        name = "".join(t.text for t in toks[n:last + 1])[int(glued):] if last else ""
        level = next((w for w in levels if name.endswith(w)), "")
        stem = name[:-len(level)] if level else ""
        if len(stem) != 2 or not CJK_WORD.fullmatch(stem) or lex.is_common(stem, 1) or stem[0] in FUNCTION_CHARS \
                or not (glued or len(tok.text) == 1) \
                or any(len(t.text) != 1 and not (k == last and t.text == level)
                       for k, t in enumerate(toks[n + 1:last + 1], n + 1)):
            out.append(tok)
            n += 1
            continue
        if glued:
            out.append(Tok(tok.text[0], tok.start, s))
        out.append(Tok(name, s, e))
        n = last + 1
    return out


def _trimmed(c: Candidate, start: int, end: int) -> Candidate:
    """The candidate with new edges, every other field (titles, names) kept as its own copy."""
    return replace(c, start=start, end=end, titles=list(c.titles), names=list(c.names))


def split_tokens_at(doc: Doc, offsets: set[int]) -> None:
    """Split tokens so that every offset falls on a token boundary (entity edges inside pkuseg words).
    Only the tokens an offset falls inside are looked at (a Token object per token costs more than this)."""
    starts = doc.to_array(IDX).tolist()
    inside: dict[int, list[int]] = {}                   # token index -> offsets inside it
    for o in sorted(offsets):
        i = bisect_right(starts, o) - 1
        if i >= 0 and starts[i] < o < starts[i] + len(doc[i].text):
            inside.setdefault(i, []).append(o - starts[i])
    with doc.retokenize() as retok:
        for i, cuts in inside.items():
            tok = doc[i]
            pieces, prev = [], 0
            for cut in cuts + [len(tok.text)]:
                pieces.append(tok.text[prev:cut])
                prev = cut
            retok.split(tok, pieces, heads=[(tok, 0)] * len(pieces))


class EntityRecognizer:
    """Rule entities over pkuseg tokens, combined with LAC's people (doc._.lac_ents).

    Knowledge (word lists and rules, see kg.nlp.lexicon) is loaded by `initialize(gazetteer_dir=...)`
    and saved with the pipeline by `to_disk`, so a saved pipeline needs no source tree.
    """

    def __init__(self, nlp: Language, name: str, lac_mode: str = "combine", use_divisions: bool = True):
        if lac_mode not in LAC_MODES:
            raise ValueError(f"kg_entities: lac_mode must be one of {', '.join(LAC_MODES)}, not {lac_mode!r}")
        self.name = name
        self.lac_mode = lac_mode            # how LAC's people are used (the ablation in BENCHMARKS.md)
        self.use_divisions = use_divisions
        self.lex: Lexicon | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, gazetteer_dir: str | None = None) -> None:
        from kg.paths import GAZETTEER_DIR

        self._use(load_lexicon(str(gazetteer_dir or GAZETTEER_DIR)))

    def _use(self, lex: Lexicon) -> None:
        self.lex = lex
        self.people = PersonFinder(lex)
        self.phrases = PhraseFinder(lex)
        rules = lex.rules
        self.venue_suffixes = lex.venue_suffixes
        self.province_names = tuple(sorted(lex.province_names))     # a hall named after its region opens so
        phrases = sorted(rules["TIDY"]["fixed_phrases"], key=len, reverse=True)
        self.fixed_phrases = re.compile("|".join(map(re.escape, phrases))) if phrases else None
        self.org_suffixes = tuple(rules["ORG"]["suffixes"])
        colleges = rules["ORG"]["colleges"]
        self.college_joiner = re.compile(alternation(colleges["joiners"]))
        # 某大学|城市与环境|学院: the school, two fields joined, the unit
        self.college = re.compile(rf"(?:{alternation(colleges['schools'])})(?P<fields>[\u4e00-\u9fff]{{1,6}}"
                                  rf"(?:{self.college_joiner.pattern})[\u4e00-\u9fff]{{1,8}}?)"
                                  rf"(?:{alternation(colleges['units'])})")
        keys = "|".join(map(re.escape, rules["SOURCES"]["keys"] + rules["SOURCES"]["author_keys"]))
        self.source_line = re.compile(rf"(?P<key>{keys})[:：]\s*(?P<name>[\u4e00-\u9fff·]{{2,30}})")
        parks = rules["PLACE"]["parks_as_locations"]
        self.park_verbs = tuple(parks["after"])
        self.park_verbs_or_at = (*self.park_verbs, "在")     # 在某市某区|某某产业园举行: a venue
        self.park_after_verb = _park_after(parks["after"], parks["names"], ["的", *parks["followed_by"]])
        # 选址某某工业园区的, 坐落于某某新区，: where a zone's or park's name is an everyday word (石桥, 阳光) the
        # suffix rules stop; after a site verb it is the site, the places written before it cut off
        stated = [v for v in parks["after"] if v != "在"]      # 位于, 落户…: a site stated, not a clause's 在
        self.park_at_site = _park_after(list(dict.fromkeys([*stated, *rules["PROJECT"]["site_verbs"]])),
                                        parks["sited_names"], ["的", *parks["followed_by"]])
        # the one-character ends of a place's name that are its level or kind (市, 港), not nature's (河, 山)
        self.one_char_ends = "".join(w for w in rules["PLACE"]["suffixes"] if len(w) == 1)
        self.level_ends = "".join(w for w in self.one_char_ends if w not in rules["PLACE"]["nature_ends"])
        self.sited_parks = sorted(parks["sited_names"], key=len, reverse=True)
        trades = {*rules["PROJECT"]["industry_ends"], *self.lex.trade_words}     # 产业, 物流, 光伏…: a kind of park
        self.park_trades = tuple(sorted(trades, key=len, reverse=True))
        # 坐落于某某产业园|二期: a park's section after a site verb (not 在: 在某镇启动某园二期 builds one)
        self.park_section = re.compile(rf"(?:{alternation(stated)})"
                                       rf"(?P<name>(?:(?!的)[\u4e00-\u9fff]){{2,10}}?(?:{alternation(parks['names'])}))"
                                       rf"(?={alternation(parks['sections'])})(?!..(?:项目|工程))")
        # 来到某某石化工业园区，: a park a visitor comes to, whatever trade its name holds (the suffix rules stop at it)
        self.park_visited = _park_after(parks["visit_verbs"], parks["visited"], parks["visited_followers"])
        # 某县某片区的|某某产业园上半年引进…: a park named before the verb that brings firms in
        self.park_built_by = tuple(parks["hosting_not_after"])
        self.park_hosting = re.compile(rf"(?:^|(?<=[，。；、,;\s的]))(?P<name>(?:(?!的)[\u4e00-\u9fff]){{2,10}}?"
                                       rf"(?:{alternation(parks['names'])}))(?:{alternation(parks['hosting_when'])})?"
                                       rf"(?:{alternation(parks['hosting'])})", re.M)
        park_words = sorted(set(parks["names"]) | set(rules["PLACE"]["zone_suffixes"]) | set(parks["sights"]),
                            key=len, reverse=True)
        self.park_in_name = re.compile("|".join(map(re.escape, park_words)))
        self.park_words = (*parks["names"], *rules["PLACE"]["zone_suffixes"])   # 某某产业园, 某某开发区: a park's kind
        self.zone_kinds = frozenset(rules["PLACE"]["zone_suffixes"])            # 经开区 alone: a kind, no name
        self.parks_in_zones = (*parks["names"], *parks["sited_names"])      # 某开发区|某某片区: a zone's own park
        self.zone_ends = (*rules["PLACE"]["zone_suffixes"], *parks["zones_holding_parks"])
        # 某某产业园内，由…; 来到某某园区内的…: a park something stands inside, read from a clause's start or a verb
        inside = sorted({*park_words, *parks["sited_names"]}, key=len, reverse=True)
        self.park_enclosing = re.compile(rf"(?:^|(?<=[，。；、,;：:\s的]))(?P<name>(?:(?!的)[\u4e00-\u9fff]){{2,14}}?"
                                         rf"(?:{alternation(inside)})){re.escape(parks['enclosing'])}"
                                         rf"(?!{alternation(parks['enclosing_not'])})", re.M)
        # 察看了|某某产业园内的某项目: a visitor's verb (and 了) is no part of the park's name
        verbs = alternation([*parks["after"], *parks["visit_verbs"], *rules["PROJECT"]["site_verbs"],
                             *rules["PROJECT"]["inspection_verbs"], "设在"])
        self.verb_before_park = re.compile(f"(?:{verbs})了?")
        self.generic_places = frozenset(rules["PLACE"]["generic"])
        self.river_ends = tuple(rules["PLACE"]["river_ends"])
        self.river_works = tuple(rules["PLACE"]["river_works"])           # 某某河|流域…工程: the river
        self.port_not_after = tuple(rules["PLACE"]["port_not_after"])     # 某市港|区: a zone, not the port
        self.port_parts = tuple(rules["PLACE"]["port_parts"])             # 某市港…|作业区…工程: the port's works
        self.legal_forms = tuple(rules["COMPANY"]["legal_forms"])         # 某某有限公司: a firm's full name
        tidy = rules["TIDY"]                                  # read once: _tidy runs on every candidate
        self.amount = re.compile(tidy["amount"])
        self.organiser_clause = re.compile(tidy["organiser_clause"])
        self.wetland_suffixes = tuple(tidy["wetlands"]["suffixes"])
        self.water_ends = self.river_ends + tuple(tidy["wetlands"]["lake_ends"])   # 某某河|湿地, 某某湖|湿地
        towns = rules["PLACE"]["project_towns"]
        self.project_town = re.compile(rf"(?P<stem>[\u4e00-\u9fff]{{2,4}}?)(?P<level>{alternation(towns['levels'])})")
        self.not_after_town_level = tuple(towns["not_after_level"])
        self.not_town_words = tuple(towns["not_words"])
        self.bracketed_zone = re.compile(rf"中国[（(](?:{alternation(self.province_names)})[)）]"
                                         rf"(?:{alternation(rules['PLACE']['bracketed_zones'])})(?:[\u4e00-\u9fff]{{2,8}}?片区)?")
        ground = rules["PROJECT"]["breaking_ground"]
        self.facility_ends = tuple(ground["facility_ends"])
        standing = rules["PROJECT"]["standing"]
        self.standing_ends, self.standing_built_before = tuple(standing["ends"]), tuple(standing["built_before"])
        self.site_verbs = tuple(rules["PROJECT"]["site_verbs"])
        self.firm_suffixes_set = frozenset(rules["COMPANY"]["suffixes"])
        self.breaks_ground = re.compile(rf"(?:{alternation(ground['adverbs'])})*(?:{alternation(ground['verbs'])})")
        self.outlet_suffixes = tuple(rules["SOURCES"]["outlet_suffixes"])
        self.park_is_project = re.compile(r"(?:[一二三四五]期)?(?:建设)?(?:项目|工程)?")
        outlets = "|".join(map(re.escape, self.outlet_suffixes))
        self.wire_opener = re.compile(rf"(?:^|(?<=[\s，。：:（(“]))(?![据由从在经])(?P<name>[\u4e00-\u9fff]{{2,10}}?(?:{outlets}))讯", re.M)
        # 本报某市讯, 新华社某市5月8日电: the place a story is filed from (SOURCES.dateline_openers)
        self.dateline = re.compile(rf"(?:{alternation(rules['SOURCES']['dateline_openers'])})"
                                   r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[讯电]")
        self.listed_projects = ListedItems(rules["LISTED_PROJECTS"], rules["COMPANY"]["suffixes"])
        self.facility_heads = tuple(rules["LISTED_PROJECTS"]["facility_heads"])
        # the verbs an item of a list opens or ends with when it says what is done, not a name (推进某茶园, 某工程开工)
        self.item_verbs = tuple(dict.fromkeys((*rules["PROJECT"]["breaking_ground"]["verbs"],
                                              *rules["LISTED_PROJECTS"]["lead_words"])))
        self.listed_companies = ListedItems(rules["LISTED_COMPANIES"], rules["PROJECT"]["suffixes"], "COMPANY")
        self.listed_orgs = ListedItems(rules["LISTED_ORGS"], rules["PROJECT"]["suffixes"], "ORG")
        self.listed_sights = ListedItems(rules["LISTED_PLACES"],
                                         rules["PROJECT"]["suffixes"] + rules["COMPANY"]["suffixes"], "PLACE")
        self.listed_towns = ListedItems(rules["LISTED_TOWNS"],
                                        rules["PROJECT"]["suffixes"] + rules["COMPANY"]["suffixes"], "PLACE")
        self.builders = ProjectBuilders(rules["PROJECT_BUILDER"], rules["COMPANY"]["generic"], lex, rules["COMPANY"]["suffixes"])
        self.firm_openers = FirmOpeners(rules["FIRM_OPENERS"], rules["COMPANY"]["suffixes"], rules["COMPANY"]["generic"], lex)
        self.signatories = Signatories(rules["SIGNATORIES"], lex)
        self.built_by = BuiltBy(BuilderPhrases(rules["BUILT_BY"]), lex, rules["ORG"]["suffixes"] + rules["PLACE"]["suffixes"])
        self.meetings = MeetingSubjects(rules["MEETING_SUBJECT"], rules["MEETING"]["suffixes"], rules["MEETING"]["generic"],
                                        rules["PLACE"]["venue_suffixes"], lambda w: lex.is_common(w, 50))

    # -- serialisation: the word lists travel with the pipeline ------------------------------------
    def to_disk(self, path, *, exclude=()) -> None:
        self._ensure()
        write_lexicon_files(self.lex, Path(path))

    def from_disk(self, path, *, exclude=()) -> "EntityRecognizer":
        self._use(load_lexicon(str(Path(path))))
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        self._ensure()
        return srsly.msgpack_dumps(lexicon_files_as_bytes(self.lex))

    def from_bytes(self, data: bytes, *, exclude=()) -> "EntityRecognizer":
        with tempfile.TemporaryDirectory() as tmp:
            for name, content in srsly.msgpack_loads(data).items():
                (Path(tmp) / name).write_bytes(content)
            self._use(load_lexicon(tmp, cache=False))
        return self

    def _ensure(self) -> None:
        if self.lex is None:            # used without nlp.initialize(): the package's own word lists
            self.initialize()

    def __call__(self, doc: Doc) -> Doc:
        self._ensure()
        text = doc_text(doc)
        # whitespace tokens stay: a line break ends a phrase (headline lines are separate names)
        toks = doc_toks(doc, lambda w: self.lex.is_common(w, 1))
        toks = towns_after_counties_mended(place_cuts_mended(glued_verbs_cut_off(toks, self.lex), self.lex), self.lex)
        toks = organ_offices_mended(lac_towns_mended(toks, doc._.lac_ents, self.lex), self.lex)
        cands = self._found(text, toks, doc._.lac_ents)
        cands = self.meetings.without_sittings(text, self._with_lac(text, toks, cands, doc._.lac_ents))
        cands = self.meetings.without_closing_parts(text, cands)
        cands = drop_ambiguous_places(text, cands, doc._.lac_ents, self.lex)
        cands = _after_person_at(text, cands)
        cands += _committees_of_their_place(text, cands, self.lex)
        cands = split_enclosed_pairs(self._tidied(text, cands))
        cands = self._colleges_whole(text, cands)
        _one_type_per_firm(text, cands)
        self._facilities_breaking_ground(text, cands)
        self._standing_places(text, cands)
        cands = [c for c in cands if not self._a_kind_of_place(text, c)]     # nor one a project became
        cands = self._without_county_industries(text, cands)
        cands += hosted_short_mentions(text, cands, self.meetings.hosted_short_kinds)
        outer, nested = choose(cands)
        nested = _one_type_per_park(text, outer, nested, self.park_words)
        _titles_over_whole_organs(text, cands, [c for c in outer + nested if c.label in ("ORG", "COMPANY")])
        nested += places_opening_projects(text, toks, outer, nested)
        outer += projects_named_short(text, outer, nested)
        hosts = {text[c.start:c.end] for c in cands if c.label in ("PLACE", "ORG")}
        name_meetings_in_full(text, outer, lambda w: w in hosts or self.lex.is_place(w), self.lex.is_place,
                              self.meetings.object_verbs)
        self._write(doc, outer, nested, self._titles_by_name(text, cands))
        return doc

    # -- the steps ------------------------------------------------------------------------------------
    def _facilities_breaking_ground(self, text: str, cands: list[Candidate]) -> None:
        """某镇农产品冷链集配中心(、某某工程)相继开工: a name ending like an organ's that breaks ground or is
        finished, alone or closing a list of names, or that someone builds (某公司投资建设的某某中心), is a facility
        being built (PROJECT.breaking_ground), not an organ (nor a media centre: SOURCES.outlet_suffixes)."""
        ends_at = {}
        for c in cands:
            ends_at[c.start] = max(ends_at.get(c.start, c.start), c.end)
        for c in cands:
            if c.label != "ORG" or not text.endswith(self.facility_ends, c.start, c.end) \
                    or text.endswith(self.outlet_suffixes, c.start, c.end):
                continue
            at = c.end
            while (joiner := next((w for w in NAME_LIST_JOINERS if text.startswith(w, at)
                                   and ends_at.get(at + len(w), 0) > at + len(w)), None)) is not None:
                at = ends_at[at + len(joiner)]           # the list goes on to the verb
            if self.breaks_ground.match(text, at) or self.built_by.phrases.built_before(text, c.start):
                c.label = "PROJECT"                      # (某公司投资建设的|某某数据灾备中心: built, so a facility)

    def _standing_places(self, text: str, cands: list[Candidate]) -> None:
        """登上某水库大坝, 守护好某水库一库清水, 某国际陆港开行班列: a reservoir, an inland port or a chemical base the
        text does not build (PROJECT.standing) is a place; 开工建设某县某水库, 某园一期、某镇某水库；, 某水库、某工程
        相继开工 build one: a project. A base a project settles in (落户|某某云基地) is a place."""
        projects = {(c.start, c.end) for c in cands if c.label == "PROJECT"}
        for c in cands:
            if c.label == "PROJECT" and text.endswith("基地", c.start, c.end) \
                    and text.endswith(self.site_verbs, 0, c.start):
                c.label = "PLACE"                            # 某项目落户|某某云基地: the base it settles in
                continue
            if c.label != "PROJECT" or not text.endswith(self.standing_ends, c.start, c.end) \
                    or any(a <= c.start and c.end <= b and b - a > c.end - c.start for a, b in projects):
                continue                                     # 某水库除险加固工程: the project's own name
            clause = max(text.rfind(ch, 0, c.start) for ch in CLAUSE_ENDS) + 1     # a list (、) is one clause
            at, listed = c.end, []
            while text[at:at + 1] in ("、", "和") and (nxt := next((b for a, b in projects if a == at + 1), 0)):
                listed.append(text[at + 1:nxt])
                at = nxt                                     # 某水库、某工程|相继开工: the list goes on to the verb
            listed += [text[a:b] for a, b in projects if b == c.start - 1 and text[b] in "、和"]
            beside = any(not name.endswith(self.standing_ends) for name in listed)   # not 甲水库、乙水库
            if not (beside or any(w in text[clause:c.start] for w in self.standing_built_before)
                    or self.breaks_ground.match(text, at)):
                c.label = "PLACE"

    def _found(self, text: str, toks: list[Tok], lac_ents: list) -> list[Candidate]:
        """Every finder's candidates: people, suffix phrases, gazetteers, meetings, divisions, listed projects."""
        verbs = frozenset((s, e) for s, e, label in lac_ents if label == "VERB")
        lac_people = tuple((s, e) for s, e, label in lac_ents if label == "PERSON")
        lac_places = tuple((s, e) for s, e, label in lac_ents if label == "PLACE")
        cands = self.people.find(text, toks, verbs, lac_people, lac_places) + self.phrases.find(text, toks, verbs) \
            + _gazetteer(text, toks, self.lex)
        cands += self.meetings.find(text) + self.meetings.venues(text)
        if self.use_divisions:
            cands += division_places(text, toks, lac_ents, self.lex) + glued_level_places(text, toks, lac_ents, self.lex) \
                + glued_divisions(text, toks, self.lex) + enclosed_division_pairs(text, toks, self.lex)
            # places LAC reads where the suffix rules cannot see the name (岷江, 某涛化|工园区, 某旗某镇 read as one)
            cands += landscape_and_zone_places(text, lac_ents, self.lex) + chained_places(text, lac_ents, self.lex)
        # 某某、某某等有关部门负责同志: an item LAC reads as a person, with no organ's ending, is one
        orgs = [c for c in self.listed_orgs.find(text)
                if (c.start, c.end) not in lac_people or text[c.start:c.end].endswith(self.org_suffixes)]
        cands += self.listed_projects.find(text) + self.listed_companies.find(text) + orgs + self.listed_sights.find(text) \
            + self.listed_towns.find(text)
        cands += self._sources(text) + self._parks(text, verbs.union(lac_people))
        cands += [Candidate(m.start(), m.end(), "PLACE", "bracketed-zone") for m in self.bracketed_zone.finditer(text)]
        cands += self.meetings.body_sessions(text, cands) + self.meetings.parent_events(text, cands)
        cands += self.meetings.bare_events(text, cands)
        cands += self.builders.find(text, cands)
        cands += self._stretches_after(text, cands)
        cands += self._sites_in_projects(text, cands)
        # where LAC reads a name (not a verb) of two characters or more; nothing to ask when LAC is off
        lac_names = None if self.lac_mode == "off" else frozenset(
            s for s, e, label in lac_ents if label != "VERB" and e - s >= 2)
        cands += self.firm_openers.find(text, toks, cands, lac_names) + self.built_by.find(text, toks, cands) \
            + self.signatories.find(text, toks, cands)
        cands += short_firm_forms(text, toks, cands, self.lex)
        if self.use_divisions:
            cands += firms_opening_with_a_cut_place(text, cands, lac_ents, self.lex) \
                + lac_legal_firms(text, cands, lac_ents, self.lex) + lac_named_lines(text, cands, lac_ents, self.lex) \
                + lac_orgs_over_cut_places(text, cands, lac_ents, self.lex) \
                + lines_by_short_names(text, cands, self.lex)
        cands += projects_opened_by_firm_names(text, cands, self.lex)     # after every finder of full firm names
        if self.use_divisions:
            cands = reach_back_over_cut_divisions(cands + zones_named_with_city(text, cands, self.lex))
        cands += projects_listed_at_a_site(text, cands, self.listed_projects.max_chars, self.item_verbs)
        cands += projects_beside_projects(text, cands, self.listed_projects.max_chars, self.item_verbs,
                                          self.facility_heads)
        cands += facilities_built_by(text, cands, self.listed_projects.max_chars, self.item_verbs, self.facility_heads,
                                     self.built_by.phrases.clause)
        return cands + self._county_opening_a_project(text, cands)      # last: it needs the firms found

    def _parks(self, text: str, verbs_and_people: frozenset = frozenset()) -> list[Candidate]:
        """`落户某某科技园，`, `位于某某港区的`: a park named right after a location verb is a place (gold
        convention 3), also where its head word (科技园) names projects elsewhere; so is one a visitor comes to
        (来到某县|某某石化工业园区，: the county written before it is left to the division finders)."""
        out = []
        for m in self.park_after_verb.finditer(text):
            start, name = self._park_after_places(*self._park_name(m.start("name"), m.group("name")), least=2)
            if len(name) > 3 and not name.startswith(SCOPE_OPENERS):
                out.append(Candidate(start, m.end("name"), "PLACE", "park"))
        for m in self.park_at_site.finditer(text):
            start, name = self._without_leading_places(*self._park_name(m.start("name"), m.group("name")))
            if not (name in self.generic_places or name.startswith(SCOPE_OPENERS) or self._kind_of_park(name)):
                out.append(Candidate(start, m.end("name"), "PLACE", "park"))
        out += [Candidate(m.start("name"), m.end("name"), "PLACE", "park") for m in self.park_section.finditer(text)]
        out += [Candidate(m.start("name"), m.end("name"), "PLACE", "park") for m in self.park_hosting.finditer(text)
                if not m.group("name").startswith(SCOPE_OPENERS)
                and not text.endswith(self.park_built_by, 0, m.start("name"))]   # 牵头推进的|某产业园: a project
        out += [c for m in self.park_enclosing.finditer(text)
                if (c := self._park_enclosing(text, m, verbs_and_people))]
        for m in self.park_visited.finditer(text):
            start, name = m.start("name"), m.group("name")
            county = next((n for n in (2, 3, 4) if name[n - 1] in self.lex.level_chars), 0)   # 某县|某某工业园区
            if len(name) - county >= 6:
                out.append(Candidate(start + county, m.end("name"), "PLACE", "park"))
        return out

    def _park_enclosing(self, text: str, m: re.Match, verbs_and_people: frozenset) -> Candidate | None:
        """某某产业园内: the park read after the last verb in the match (来到|某某园区内), the places before it cut
        off where a name of its own is left (某区|某某高新园区内), not where only a kind is (某新区化工园区); no
        park where a verb or a person LAC finds is left inside (会上某某说|园区内; a place LAC tags a verb is one)."""
        start, name = m.start("name"), m.group("name")
        if verbs := [*self.verb_before_park.finditer(name)]:
            start, name = start + verbs[-1].end(), name[verbs[-1].end():]
        start, name = self._park_after_places(start, name)
        if len(name) < 4 or name in self.generic_places or name.startswith(SCOPE_OPENERS) or self._kind_of_park(name):
            return None
        if set(name) & CLAUSE_CHARS or (name[0] in FUNCTION_CHARS
                                        and not any(self.lex.is_place(name[:n]) for n in (2, 3, 4))):
            return None                          # 企业将与|园区内的, 为|园区内: function words, no name
        if any(start <= s < m.end("name") and not self.lex.is_place(text[s:e]) for s, e in verbs_and_people):
            return None
        return Candidate(start, m.end("name"), "PLACE", "park")

    def _without_leading_places(self, start: int, name: str) -> tuple[int, str]:
        """位于某市某区|某某工业园区: the places written before a park's own name are others (convention 5)."""
        cut = sum(self._leading_places(name))
        return start + cut, name[cut:]

    def _leading_places(self, name: str) -> list[int]:
        """The lengths of the places opening the name, each with its level or kind written on it (a city's zone
        read with the city: 某市经开区|某某科技城)."""
        cuts, at = [], 0
        while cut := self._leading_place(name[at:]):
            if (zone := self._leading_place(name[at + cut:])) and name[at + cut:at + cut + zone] in self.zone_kinds:
                cut += zone                       # 某市|经开区|某某科技城: the city's zone is one place
            cuts.append(cut)
            at += cut
        return cuts

    def _opens_with_own_name(self, park: str) -> bool:
        """锦川新材料产业园 (a name of its own), not 现代纺织创新产业园, 光电材料产业园 (a trade or common words:
        the place before them is part of the park's name)."""
        return not (park.startswith(self.park_trades) or any(self.lex.is_common(park[:n], 20) for n in (2, 3, 4)))

    def _leading_place(self, name: str) -> int:
        """The length of the place opening the name (its level or kind written on it), or 0."""
        return next((n for n in range(min(8, len(name) - 4), 1, -1) if self._opens_with_place(name, n)), 0)

    def _park_after_places(self, start: int, name: str, least: int = 1) -> tuple[int, str]:
        """位于某市某区|某某工业园, 某区|某某高新园区内: the park's own name after the places written before it,
        where at least `least` of them are written (a park is often named by its one city: 某市某某纺织产业园), or
        its one county, district or town before a name of its own (某区|锦川科创园); not where only a kind is left
        (某新区|化工园区: the whole is the name)."""
        cuts = self._leading_places(name)
        cut = sum(cuts)
        own_name_after_one = len(cuts) == 1 and name[cut - 1] in (*TOWN_LEVELS, *COUNTY_LEVELS) \
            and self._opens_with_own_name(name[cut:])
        if not cuts or (len(cuts) < least and not own_name_after_one) or name[cut:] in self.generic_places \
                or self._kind_of_park(name[cut:]):
            return start, name
        return start + cut, name[cut:]

    def _park_name(self, start: int, name: str) -> tuple[int, str]:
        """在位于某园: a second site verb opening the park's name is not part of it; 位于某镇的|某某产业园: nor is
        the place described before 的."""
        while (lead := next((w for w in self.park_verbs if name.startswith(w)), None)) is not None:
            start, name = start + len(lead), name[len(lead):]
        if "的" in name:
            cut = name.rindex("的") + 1
            start, name = start + cut, name[cut:]
        return start, name

    def _opens_with_place(self, name: str, n: int) -> bool:
        """name[:n] is a place with its level or kind (某市, 某某高新区), not cut before the rest of it (某州|港)."""
        head = name[:n]
        if not head.endswith((*self.lex.place_name_ends, *self.one_char_ends)) or name[n] in self.level_ends:
            return False                         # 钦州|港…: the level after it is the place's own
        # 某市|河口区: a known place, then a name opening with nature's word; 南溪市, 某某港: the short form known,
        # its level or kind written on it (not 某市河|口区: 河 opens the next name)
        return self.lex.is_place(head) or (head[-1] in self.one_char_ends and head[-2] not in self.level_ends
                                           and self.lex.is_place(head[:-1]))

    def _kind_of_park(self, name: str) -> bool:
        """产业集聚区, 口岸物流园区, 生态光伏园区: an industry and common words before the park's word name a kind."""
        core = name[:next((len(name) - len(w) for w in self.sited_parks if name.endswith(w)), len(name))]
        trade = next((w for w in self.park_trades if core.endswith(w)), None)
        return trade is not None and (core == trade or self.lex.is_common(core[:-len(trade)], 20))

    def _towns_opening(self, text: str, project: Candidate, places: list[Candidate]) -> list[Candidate]:
        """`某某镇城区路网改造工程`, `某县|某某乡风电场项目`: the towns that open a project's name, at its start or
        after the places found there, are its sites (the suffix rule reads the project whole and no town in it)."""
        # a project read from inside a place (区|某某镇…项目: pkuseg cut the county) starts after that place
        start = max((p.end for p in places if p.start < project.start < p.end and text[p.start:project.start].strip()),
                    default=project.start)
        at = after_places(start, project.end, [(p.start, p.end) for p in places])
        out = []
        for _ in range(2):                        # a town, then its gacha (某苏木某嘎查)
            m = self.project_town.match(text, at, project.end - 3)
            if m is not None and len(m.group("stem")) > 3 and at == project.start:
                break                             # 玉门花海镇…: a long town name only after its county (某县二道白河镇)
            if m is None or text.startswith(self.not_after_town_level, m.start("level")) or m.group().endswith(self.not_town_words) \
                    or self.lex.is_common(m.group("stem")[-1] + m.group("level"), 200) or self.lex.is_common(m.group(), 1) \
                    or m.group()[0] in self.lex.level_chars or any(c in ROUTE_JOINERS for c in m.group()):
                break                             # 美丽乡村…, 全域城乡…, 特色小镇…: no town; 某镇|至某镇: a route's end
            out.append(Candidate(m.start(), m.end(), "PLACE", "town-in-project"))
            at = m.end()
        return out

    def _county_opening_a_project(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`某市某批项目集中开工暨瑞金某某中心项目`: a county's short form opening a project's name is its site
        where the article names a division that encloses the county (its city or province): the short form
        alone is too often a word or a firm's name."""
        firm_starts = {c.start for c in cands if c.label == "COMPANY"}     # 长安某某动力|电池…项目: a firm's name
        out = []
        for c in (c for c in cands if c.label == "PROJECT" and text[c.start - 1:c.start] not in ROUTE_JOINERS
                  and c.start not in firm_starts):
            for n in (4, 3, 2):
                short = text[c.start:c.start + n]
                if c.end - c.start - n < 4 or text[c.start + n] in self.lex.level_chars:
                    continue                     # 某某市…: the full name, a division of its own
                if short in self.lex.division_short and short not in self.generic_places \
                        and not self.lex.is_common(short, 50) and any(name in text for name in self.lex.enclosing_names(short)):
                    out.append(Candidate(c.start, c.start + n, "PLACE", "county-opening-project"))
                    break
        return out

    def _sites_in_projects(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`某某工业园污水处理厂`, `某市某某核心区综合开发项目`: a park or zone inside a project's name, with more
        of the name after it, is where the project is (gold convention 11); `某某产业园(一期)项目` is the park
        being built. The park's name starts after the last place with a level that opens it (某市|某某核心区).
        A known place before 段 names the stretch of a road or river the project is in (某公路某市段)."""
        out = []
        places = [c for c in cands if c.label == "PLACE"]
        firms = [c for c in cands if c.label == "COMPANY"]
        for c in (c for c in cands if c.label == "PROJECT"):
            for m in self.park_in_name.finditer(text, c.start, c.end):
                if m.end() >= c.end or self.park_is_project.fullmatch(text, m.end(), c.end):
                    continue
                # the park starts after a place with its level or a firm (某集团|某市经开区…: the firm builds there)
                start = max((p.end for p in places + firms if c.start <= p.start and p.end <= m.start() - 2
                             and (p.label == "COMPANY" or text[p.end - 1] in self.lex.level_chars)), default=c.start)
                start = self._after_firm_opener(text, start, m.start())
                core = text[start:m.start()]
                if text.endswith(TOWN_LEVELS, c.start, start) and self.lex.is_common(core, 20):
                    continue                     # 某镇|西瓜产业园…项目: a kind of the town's parks; the town is the site
                if any(j in text[c.start:m.start()] for j in ROUTE_JOINERS):
                    continue                     # 某县至某高新区…管道: a route's end, not where it lies
                if len(core) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", core):
                    out.append(Candidate(start, m.end(), "PLACE", "park-in-project"))
            out += self._towns_opening(text, c, places)
            out += self._division_after_firm(text, c, firms)
            out += self._water_opening(text, c, places, firms)
            for i in (i for i in range(c.start + 2, c.end) if text[i] == "段"):
                # 某公路某市段, 某河某县段, 某甲至某乙高速公路某县段: the stretch in that place (not 某甲至某乙段:
                # the far end of a route)
                at = i - 2 if text[i - 2:i] in self.generic_places else i     # 某市城区段: the city, not 城区
                n = next((n for n in (4, 3, 2) if at - n >= c.start and self._stretch_place(text[at - n:at])), 0)
                if n and text[at - n - 1] != "至":
                    out.append(Candidate(at - n, at, "PLACE", "stretch-in-project"))
                    river = text[c.start:at - n]                 # 某河|某县段…工程: the river the stretch is of
                    if 2 <= len(river) <= 4 and river.endswith(self.river_ends) and CJK_WORD.match(river) \
                            and not self.lex.is_common(river, 20):
                        out.append(Candidate(c.start, at - n, "PLACE", "river-in-project"))
        return out

    def _water_opening(self, text: str, project: Candidate, places: list[Candidate],
                       firms: list[Candidate]) -> list[Candidate]:
        """`某某河|流域生态修复工程`, `某县某某江|防洪治理工程`, `某市港|南航道疏浚工程`: a river or a city's port
        opening the name (or right after the places or the firm that open it) is a place, the project's site."""
        at = after_places(project.start, project.end, [(x.start, x.end) for x in places + firms])
        for x in (x for x in places if project.start <= x.start and x.end <= at):
            if self.lex.is_division(text[x.start:x.end]) and text[x.end] == "港" \
                    and not text.startswith(self.port_not_after, x.end + 1) \
                    and any(w in text[x.end + 1:project.end] for w in self.port_parts):
                return [Candidate(x.start, x.end + 1, "PLACE", "port-in-project")]
        for n in (4, 3, 2):
            word = text[at:at + n]
            if at + n + 2 <= project.end and CJK_WORD.fullmatch(word) and word.endswith(RIVER_NAME_ENDS) \
                    and word[-2] not in self.lex.level_chars and text.startswith(self.river_works, at + n) \
                    and not self.lex.is_common(word, 20) and word[0] not in RIVER_NOT_OPENERS \
                    and not 0 < self.lex.leading_place(word) < n \
                    and not any(self.lex.is_place(word[i:]) for i in range(1, n - 1)) \
                    and not (n == 2 and self.lex.pos.get(text[at - 1:at]) == "p"):
                return [Candidate(at, at + n, "PLACE", "river-in-project")]   # (某地|长江: a known river; 以|礼河:
                #                                                                the preposition may be the name's)
        return []

    def _division_after_firm(self, text: str, project: Candidate, firms: list[Candidate]) -> list[Candidate]:
        """`某某能投集团|泾源|风电三期项目`: a division written short right after the short name of the firm that
        opens a project's name is where the project is (gold convention 11); after a firm's full legal name
        (某某有限公司|某县加工基地) the gold reads the base as the firm's own, with no site."""
        out = []
        for f in (f for f in firms if f.start == project.start and f.end < project.end
                  and not text[f.start:f.end].endswith(self.legal_forms)):
            n = self.lex.leading_place(text[f.end:project.end])
            if n and self.lex.is_division(text[f.end:f.end + n]) and project.end - f.end - n >= 4 \
                    and text[f.end + n] not in self.lex.level_chars:
                out.append(Candidate(f.end, f.end + n, "PLACE", "place-after-firm"))
        return out

    def _after_firm_opener(self, text: str, start: int, park_kind: int) -> int:
        """`某丰光能|宝应经济开发区…项目`: where a name ending in a trade word is followed by a known division, the
        park starts at the division; the firm's short name before it is the builder's (FirmOpeners)."""
        for i in range(start + 2, park_kind - 1):
            if text[start:i].endswith(self.lex.trade_words) and self.lex.leading_place(text[i:park_kind]) \
                    and self.lex.is_division(text[i:i + self.lex.leading_place(text[i:park_kind])]):
                return i
        return start

    def _stretches_after(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`某甲至某乙高速公路某县段`, `某某保护修复工程某县段`: a stretch written after a project's name, named by a
        known place (or by two: 某地至某地段), is part of the name."""
        out = []
        for c in (c for c in cands if c.label == "PROJECT"):
            end = self._stretch_end(text, c.end)
            if end is None:                       # 某地至某地段: the stretch between two places
                mid = next((c.end + n for n in (2, 3, 4) if text[c.end + n:c.end + n + 1] == "至"
                            and self._stretch_place(text[c.end:c.end + n])), None)
                end = self._stretch_end(text, mid + 1) if mid is not None else None
            if end is not None:
                out.append(Candidate(c.start, end, "PROJECT", "stretch", list(c.titles), list(c.names)))
        return out

    def _stretch_end(self, text: str, start: int) -> int | None:
        """The end of `<place>段` written at start, if a known place names it."""
        n = next((n for n in (4, 3, 2) if text[start + n:start + n + 1] == "段"
                  and self._stretch_place(text[start:start + n])), 0)
        return start + n + 1 if n else None

    def _stretch_place(self, name: str) -> bool:
        """A known place, not a generic one (城区), can name a stretch (某县段)."""
        return self.lex.is_place(name) and name not in self.generic_places

    def _sources(self, text: str) -> list[Candidate]:
        """`来源：某日报·某新闻`, `作者：某县委统战部`: the outlet and the body an article comes from (gold
        convention 1). An author is taken only when the name ends like an organisation's (not a reporter)."""
        rule = self.lex.rules["SOURCES"]
        out = []
        for m in self.source_line.finditer(text):
            a = m.start("name")
            author = m.group("key") in rule["author_keys"]
            for part in m.group("name").split("·"):
                if len(part) >= 2 and part not in rule["not_sources"] and not (author and not part.endswith(self.org_suffixes)):
                    out.append(Candidate(a, a + len(part), "ORG", "source"))
                a += len(part) + 1
        for m in self.wire_opener.finditer(text):     # 某日报讯（记者 某某）: the outlet that reports
            name = m.group("name")
            if not name.startswith(tuple(rule["not_sources"])):
                out.append(Candidate(m.start("name"), m.end("name"), "ORG", "source"))
        out += [Candidate(m.start("place"), m.end("place"), "PLACE", "dateline") for m in self.dateline.finditer(text)
                if self.lex.is_place(m.group("place"))]
        return out

    def _with_lac(self, text: str, toks: list[Tok], cands: list[Candidate], lac_ents: list) -> list[Candidate]:
        """LAC's people combined with the rules' (kg.nlp.combine), then what follows from the people found:
        their titles, the names between them in a list, the organisations their titles name."""
        if self.lac_mode == "combine":
            cands = combine_people(text, cands, lac_ents, self.lex)
        elif self.lac_mode == "union":          # every LAC person, for comparison only
            cands += [Candidate(s, e, "PERSON", "lac") for s, e, label in lac_ents if label == "PERSON"]
        self._titles_for_added(text, toks, cands)
        whole_listed_names(text, cands)
        names_whole_as_elsewhere(text, cands)
        cands += fill_list_gaps(text, cands, self.lex)
        cands = whole_dotted_names(text, cands, self.lex)
        cands += dotted_people(text, cands, self.lex)
        share_list_titles(text, cands)
        titles_after_names(text, cands, self.lex)
        return cands + self._title_orgs(text, cands)

    def _tidied(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Whitespace-free and non-empty; venues are places; no junk names; nothing only inside a 《》 title."""
        cands = [c for c in cands if text[c.start:c.end].strip() == text[c.start:c.end] and c.length > 0]
        park_start = {c.end: c.start for c in cands if c.source == "park"}
        for c in cands:                 # a venue is a place (青海会议中心, 某某宾馆), whatever suffix found it
            name = text[c.start:c.end]
            if c.label in ("ORG", "COMPANY") and (name.endswith(self.venue_suffixes) or (   # 某宾馆|某某厅: a hall
                    name.endswith("厅") and any(v in name[:-2] for v in self.venue_suffixes))):
                c.label = "PLACE"
            elif c.label == "PROJECT" and c.start <= park_start.get(c.end, -1):
                c.label, c.start = "PLACE", park_start[c.end]   # (落户)某某工业园，: the park finder reads a location there (gold convention 3)
            elif c.label == "PLACE" and c.source == "suffix" and c.start < park_start.get(c.end, -1) \
                    and text.endswith(self.park_verbs, 0, c.start) \
                    and self._park_after_places(c.start, text[c.start:c.end], least=2)[0] == park_start[c.end]:
                c.start = park_start[c.end]       # 坐落于某市某区|某某产业园: the places before the park are others
            elif c.label == "PLACE" and c.source == "suffix" and text.endswith(self.park_verbs_or_at, 0, c.start) \
                    and name.endswith(self.park_words):
                c.start = self._park_after_places(c.start, name, least=2)[0]   # 在某市某区|某某产业园举行
        fixed = [(m.start(), m.end()) for m in self.fixed_phrases.finditer(text)] if self.fixed_phrases else []
        cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in fixed)]   # 山水林田湖草沙
        cands = [t for c in cands if (t := self._tidy(text, c)) is not None]
        for split in (_split_joined_organs, self._split_city_and_venue, self._split_town_and_park,
                      self._split_county_and_town, self._split_zone_and_park):
            cands = [part for c in cands for part in split(text, c)]      # joined names, each a place or organ
        titled = [(m.start(), m.end(), m.group().startswith("《在")) for m in BOOK_TITLE.finditer(text)]
        return [c for c in cands if not any(a < c.start and c.end < b and not (c.label == "MEETING" and speech)
                                            for a, b, speech in titled)]   # 《关于召开某全会的决定》: a plan

    def _colleges_whole(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`某大学城市与环境学院`: a school's unit named by two fields joined is one organisation, from the school's
        name to the unit's word; the school and the half unit read on either side of the joiner give way to it."""
        out = cands
        for m in self.college.finditer(text):
            school = next((c for c in cands if c.label == "ORG" and c.end == m.start("fields")), None)
            fields = self.college_joiner.split(m.group("fields"))
            if school is None or any(f in self.lex.titles or f[-2:] in self.lex.titles for f in fields) \
                    or any(c.label != "ORG" and c.start < m.end() and m.start("fields") < c.end for c in cands):
                continue                         # 某大学教授与某研究院…: a title, two people's bodies
            whole = Candidate(school.start, m.end(), "ORG", "college", titles=list(school.titles))
            out = [c for c in out if not (c.label == "ORG" and school.start <= c.start and c.end <= m.end())]
            out.append(whole)
        return out

    def _split_city_and_venue(self, text: str, c: Candidate) -> list[Candidate]:
        """`在乌鲁木齐新疆人民会堂举行`, `在某区某某宾馆召开`: a city written before a hall named after its region,
        or with its level before a hall with a name of its own or of the prefecture it is the seat of (某市州人民会堂),
        is a place of its own (gold convention 5: joined names are split); not 重庆国际博览中心 or 某市会议中心 (the
        city's own hall)."""
        name = text[c.start:c.end]
        if c.label != "PLACE" or not name.endswith(self.venue_suffixes):
            return [c]
        for n in (5, 4, 3, 2):
            city, hall = name[:n], name[n:]
            suffix = next((s for s in self.venue_suffixes if hall.endswith(s)), "")
            core = hall[:len(hall) - len(suffix)]
            # 某市|某某会议中心, 某区|某某宾馆: a city with its level, then a hall with a name of its own
            # (not 某市|会议中心, 某市|国际会展中心, 某市|文化中心大剧院: the city's hall, named by it; nor 某市民中心)
            own_name = (city[-1] in COUNTY_LEVELS and city in self.lex.division_full
                        or city[-1] in TOWN_LEVELS and n >= 3) and suffix and len(core) >= 2 \
                and core[0] not in self.lex.level_chars and not self.lex.is_common(core[:2], 1000) \
                and not self.lex.is_common(city[-1] + core[0], 1000)
            # 某市|州人民会堂: a city before the hall of the prefecture (or county) it is the seat of
            seat_hall = city in self.lex.division_full and hall[:1] in RELATIVE_LEVELS and hall[0] != city[-1] \
                and core == hall[0]
            if (self.lex.is_division(city) and hall.startswith(self.province_names)) or own_name or seat_hall:
                # 某市|某区某某酒店: the district before the hall is a place of its own too
                return [Candidate(c.start, c.start + n, "PLACE", c.source),
                        *self._split_city_and_venue(text, Candidate(c.start + n, c.end, "PLACE", c.source))]
        return [c]

    def _split_town_and_park(self, text: str, c: Candidate) -> list[Candidate]:
        """`某县某某镇某某新能源产业园`, `某某铺镇某某新材料产业园`: a park read whole with the town before it is two
        places, the town (with its county, split next) and the park (gold convention 5: joined names are
        split); not 某某古镇文旅产业园 (古镇, 城镇: a word, no town's level)."""
        name = text[c.start:c.end]
        if c.label != "PLACE" or not name.endswith(self.park_words):
            return [c]
        kind = max((w for w in self.park_words if name.endswith(w)), key=len)
        for i in range(2, len(name) - len(kind) - 4):
            # the park has a name of its own, four characters or more before its kind (某某新材料|产业园), not one
            # named by the town (某镇|智造产业园, 某镇|工业园区); 景德镇 is a city, no town
            if name[i] in TOWN_LEVELS and not self.lex.is_common(name[i - 1:i + 1], 50) \
                    and name[i + 1] not in self.lex.level_chars and not self.lex.is_division(name[:i + 1]):
                return [Candidate(c.start, c.start + i + 1, "PLACE", c.source),
                        Candidate(c.start + i + 1, c.end, "PLACE", c.source)]
        return [c]

    def _split_zone_and_park(self, text: str, c: Candidate) -> list[Candidate]:
        """`某某经济开发区某某片区`, `某某高新区某某产业园`: a park read whole with the zone it lies in is two places,
        the zone and the park (gold convention 5: joined names are split; each is a site, convention 11)."""
        name = text[c.start:c.end]
        if c.label != "PLACE" or not name.endswith(self.parks_in_zones):
            return [c]
        kind = max((w for w in self.parks_in_zones if name.endswith(w)), key=len)
        for i in range(len(name) - len(kind) - 2, 2, -1):      # the park's own name: two characters or more
            if name.endswith(self.zone_ends, 0, i) and name[i:i + 2] not in self.zone_kinds:
                return [Candidate(c.start, c.start + i, "PLACE", c.source),
                        Candidate(c.start + i, c.end, "PLACE", c.source)]
        return [c]

    def _split_county_and_town(self, text: str, c: Candidate) -> list[Candidate]:
        """`杭锦旗锡尼镇`, `神木市锦界镇`: a town read whole with the county before it is two places (gold
        convention 5: joined names are split; each is a site of a project named after them)."""
        name = text[c.start:c.end]
        if c.label != "PLACE" or not name.endswith(self.lex.town_ends):
            return [c]
        for n in range(min(6, len(name) - 3), 1, -1):
            county, town = name[:n], name[n:]
            if county in self.lex.division_full and county[-1] in self.lex.level_chars \
                    and not county.endswith(self.lex.town_ends) and town[0] not in self.lex.level_chars:
                return [Candidate(c.start, c.start + n, "PLACE", c.source),
                        Candidate(c.start + n, c.end, "PLACE", c.source)]
        return [c]

    @staticmethod
    def _write(doc: Doc, outer: list[Candidate], nested: list[Candidate], titles: dict[str, list[str]]) -> None:
        """Entity edges become token edges; spans (nested too) to doc.spans, the outermost to doc.ents."""
        split_tokens_at(doc, {c.start for c in outer + nested} | {c.end for c in outer + nested})
        spans = []
        for c in outer + nested:
            span = doc.char_span(c.start, c.end, label=c.label)
            if span is None:
                continue
            span._.source = c.source
            span._.names = list(c.names)
            if c.label == "PERSON":
                span._.titles = titles.get(span.text, [])
                span._.mention_titles = list(c.titles)
            spans.append(span)
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start, -len(s)))
        outer_keys = {(c.start, c.end) for c in outer}
        doc.ents = [s for s in doc.spans[SPAN_KEY] if (s.start_char, s.end_char) in outer_keys]

    def _tidy(self, text: str, c: Candidate) -> Candidate | None:
        """The candidate, or None when it is no name at all (entity_rules.json "TIDY")."""
        rule = self.lex.rules["TIDY"]
        name = text[c.start:c.end]
        if self._a_kind_of_place(text, c):
            return None                   # 病险水库, 滨海 (LAC's or a landscape's reading): a kind of place, no name
        if c.label == "PLACE" and name.endswith("古镇") and name[:-2].endswith(TOWN_LEVELS) and len(name) >= 5:
            return _trimmed(c, c.start, c.end - 2)     # 某某镇|古镇保护工程: the town's old quarter, the town
        if c.label not in rule["labels"]:
            return c
        dashes = len(name) - len(name.lstrip("—－-"))       # ——某市某届人大某次会议开幕侧记: a subtitle's dash
        if dashes and len(name) - dashes >= 2:
            c, name = _trimmed(c, c.start + dashes, c.end), name[dashes:]
        clause = self.organiser_clause.match(name) if c.label == "MEETING" else None   # 由某市主办的<meeting>
        if clause and clause.end() <= len(name) - 3:
            c, name = _trimmed(c, c.start + clause.end(), c.end), name[clause.end():]
        if (name.startswith(tuple(rule["demonstratives"])) and not self._named_like_a_town(name, c.label)) \
                or self.amount.search(name) or all(ch in rule["level_chars"] for ch in name):
            return None
        if c.label == "PROJECT" and re.search(rule["project_inner"], name[:-2]):
            return None
        if c.label == "PROJECT" and name.endswith("基地") and self.lex.is_place(name[:-2]):
            return None                   # 以南宁基地为支点: a firm's works called by its city, no project named
        if c.label == "PROJECT" and PHASE.search(text, max(0, c.start - 3), c.start + 1):
            return None                   # 一|期10万吨生产线: a phase of the project named before, no project
        if word := next((w for w in rule["project_word_first"] if name.startswith(w)), ""):
            rest = name[len(word):]
            named = len(rest) >= rule["project_name_min"]      # 主会场项目|某某…项目, 项目|某市智能算力中心
            if named and (c.label == "PROJECT" or any(self.lex.is_place(rest[:n]) for n in (2, 3))):
                c, name = _trimmed(c, c.start + len(word), c.end), rest
            elif c.label == "PROJECT" and not named:
                return None                # 项目|某某工程由某公司承建: a part of the project just named
        for generic, kinds in rule["generic_after_kind"].items():     # 某某火把节|活动: the festival
            if c.label == "MEETING" and name.endswith(generic) and name[:-len(generic)].endswith(tuple(kinds)):
                c, name = _trimmed(c, c.start, c.end - len(generic)), name[:-len(generic)]
        for end_word, posts in rule["part_of_post"].items():     # 市政府党组|成员: the post is 党组成员
            if c.label == "ORG" and name.endswith(end_word) and text.startswith(tuple(posts), c.end):
                return None
        if c.label == "PLACE" and text[c.start - 1:c.start] == "“" and text[c.end:c.end + 1] == "”" \
                and not self.lex.is_place(name):
            return None                   # 变成“金山银山”, 入选“领跑县”: a slogan or a label in quotes
        if c.label == "PLACE" and c.source == "suffix" and len(name) == 3 and name.endswith("村") \
                and not self.lex.is_place(name) and self.lex.is_common(name[1:], 1000):
            return None                   # 同|乡村, 新|农村: a character before the word for the countryside
        if c.label == "PLACE" and name.startswith("沿") and len(name) >= 3 and name.endswith(self.river_ends):
            return _trimmed(c, c.start + 1, c.end)        # 工程|沿泾河|布局: along the river
        wet = next((w for w in self.wetland_suffixes if name.endswith(w)), "")
        if c.label == "PLACE" and wet and len(name) - len(wet) >= 2 and name[:-len(wet)].endswith(self.water_ends):
            return _trimmed(c, c.start, c.end - len(wet))  # 某某河|湿地: the river
        if name.count("“") > name.count("”"):           # 社区“两委: a quote opened and not closed
            if not name.startswith("“") or name.count("“") > 1:
                return None
            return _trimmed(c, c.start + 1, c.end)
        if name.count("”") > name.count("“"):           # 智慧海西”项目: widen to the opening quote
            opening = text.rfind("“", max(0, c.start - 20), c.start)
            if opening < 0 or any(ch in "，。；：、,;:\n" for ch in text[opening:c.start]):
                return None
            return _trimmed(c, opening, c.end)
        return c

    def _without_county_industries(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """于都纺织|服装产业园项目: a county written short and a trade (COMPANY.suffixes) inside a project's name is the
        county's industry, no firm (a province's or a city's, 上海电气, may well be one)."""
        projects = [(c.start, c.end) for c in cands if c.label == "PROJECT"]
        return [c for c in cands if not (
            c.label == "COMPANY" and c.source == "suffix" and c.end - c.start >= 4
            and any(a <= c.start and c.end < b for a, b in projects)
            and text[c.start + 2:c.end] in self.firm_suffixes_set
            and any(text[c.start:c.start + 2] + level in self.lex.division_full for level in ("县", "旗")))]

    def _a_kind_of_place(self, text: str, c: Candidate) -> bool:
        """A place candidate that names a kind of place (PLACE.generic: 病险水库, 滨海, 全州), no place the lexicon
        knows by that name."""
        name = text[c.start:c.end]
        return c.label == "PLACE" and name in self.generic_places and not self.lex.is_place(name)

    def _named_like_a_town(self, name: str, label: str) -> bool:
        """那蒙镇, 那坡县: a place whose name starts with 那 or 这 (not 这个镇, 该县, 那些县)."""
        return label == "PLACE" and len(name) >= 3 and name[0] in "那这" and name[1] not in DEMONSTRATIVE_NEXT \
            and name[-1] in self.lex.level_chars

    def _titles_for_added(self, text: str, toks: list[Tok], cands: list[Candidate]) -> None:
        """People LAC added after a title chain take its titles (市政协党组书记、主席钱立达)."""
        index = {t.start: n for n, t in enumerate(toks)}
        for c in cands:
            n = index.get(c.start)
            if c.source == "lac" and not c.titles and n and self.people.title_word_end(toks[n - 1].text):
                c.titles = self.people._title_chain_before(text, toks, n)

    def _title_orgs(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """The organisation inside a person's title, as an entity (gold convention 1 and 8): 华润置地副总裁 gives
        华润置地; a business position (副总裁, 行长) or a firm's word (集团, 银行) makes it a company."""
        rule = self.lex.rules["TITLE_ORGS"]
        business = set(rule["business_titles"])
        out = []
        for c in cands:
            if c.label != "PERSON" or not c.titles:
                continue
            for title in c.titles:
                at = _title_at(text, c, title)
                if at < 0:
                    continue
                # the longest position the title ends in that leaves an organisation's name before it
                # (某高新区|党工委书记 is no organisation, 某高新区党工委|书记 is)
                for position in (title[k:] for k in range(1, len(title) - 1) if title[k:] in self.lex.titles):
                    org = title[: len(title) - len(position)]
                    if len(org) < rule["min_chars"]:
                        continue              # 村|党支部书记: a shorter position leaves the body (村党支部|书记)
                    if len(org) > rule["max_chars"] or org in self.lex.places \
                            or self.lex.is_common(org, 20):
                        break                 # 常务副省长, 大会执行主席, 国家主席: no organisation named
                    firm = position in business or any(w in org for w in rule["business_words"]) \
                        or FIRM_BUREAU.fullmatch(org) is not None   # 中建八局 is a firm, 县教育局 a government body
                    if firm or org.endswith(self.org_suffixes):
                        out.append(Candidate(at, at + len(org), "COMPANY" if firm else "ORG", "title-org"))
                        break
        return out

    @staticmethod
    def _titles_by_name(text: str, cands: list[Candidate]) -> dict[str, list[str]]:
        """Union of the titles each name carries anywhere in the text, in order of first sight."""
        titles: dict[str, list[str]] = {}
        for c in sorted(cands, key=lambda c: c.start):
            if c.label != "PERSON":
                continue
            bucket = titles.setdefault(text[c.start:c.end], [])
            for t in c.titles:
                if t not in bucket:
                    bucket.append(t)
        return titles


def _title_at(text: str, person: Candidate, title: str) -> int:
    """Where the person's title is written: the last time within 80 characters before the name, or -1."""
    return text.rfind(title, max(0, person.start - 80), person.start)


def _titles_over_whole_organs(text: str, cands: list[Candidate], orgs: list[Candidate]) -> None:
    """省工业和信息化厅厅长某某: a title whose start lies inside an organisation found whole (the title finder stops
    at 和, a joiner of names) starts where the organisation does."""
    for c in (c for c in cands if c.label == "PERSON" and c.titles):
        titles = []
        for title in c.titles:
            at = _title_at(text, c, title)
            org = next((o for o in orgs if o.start < at < o.end <= at + len(title)), None)
            titles.append(text[org.start:at + len(title)] if org is not None else title)
        c.titles = list(dict.fromkeys(titles))


@Language.factory("kg_entities", assigns=["doc.spans", "doc.ents", "span._.titles", "span._.mention_titles",
                                          "span._.source", "span._.names"], requires=["doc._.lac_ents"], retokenizes=True,
                  default_config={"lac_mode": "combine", "use_divisions": True})
def make_entity_recognizer(nlp: Language, name: str, lac_mode: str, use_divisions: bool) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, lac_mode, use_divisions)
