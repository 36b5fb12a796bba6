"""Suffix-headed phrases: meetings, projects, companies, organisations and places.

A phrase ends in a suffix word (…会议, …工程, …有限公司, …研究所, …市) and reaches left over pkuseg tokens
until a boundary: punctuation, a boundary word (召开, 传达, 在, 的 …) or a length cap. The rules are data
in pipelines/gazetteers/entity_rules.json; this module only walks tokens.
"""
from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import dataclass, field

from kg.nlp.lexicon import Lexicon, alternation
from kg.textrules import BULLETS, ENUM_RE, INVESTED_SUM

PUNCT = set("，。、；：？！．,.;:?!（）()《》<>【】[]—…·\n\t " + BULLETS)
QUOTES = set("“”‘’\"'「」『』")
ORDINAL = re.compile(r"^(第?[0-9一二三四五六七八九十百零〇两]+[次届期批号年]?|[0-9一二三四五六七八九十]+届[一二三四五六七八九十]+次|[0-9.]+)$")
NUMERIC = re.compile(r"[0-9一二三四五六七八九十百千万亿]")
# 年产2万吨, 10万吨, 240万千瓦, 750千伏: a capacity names an industrial project (…碳酸锂, …多晶硅)
CAPACITY = re.compile(r"(?:年产|年处理|年加工)?(?:[0-9]+[×xX*＊])?[0-9]+(?:\.[0-9]+)?[万亿]?(?:吨|千瓦时|千瓦|兆瓦|吉瓦时|吉瓦|千伏|立方米|标方|平方米|辆|台|套|头|只|GWh|GW|MWh|MW)")
# power and grid projects are named after their site (某地240万千瓦…), production lines after their maker
SITE_UNITS = ("千瓦", "兆瓦", "吉瓦", "千伏", "GW", "MW")
# 某某茶业年产500吨茶叶加工厂|在某镇建成投产: where it is built follows the product (在线 is a product's word)
PRODUCT_STOP = re.compile(r"等|项目|工程|，|、|。|；|和|及|与|建成|开工|投产|有序|加快|稳步|顺利|全面|正式|完成|实现|列入|已|将|的|\n"
                          r"|预计|计划|明年|今年|年底|年内|在(?!线)")
YEAR_LEAD = re.compile(r"^[0-9０-９]+年")        # 2025年新建…: a date, not a builder
# 举办30余场专业论坛, 设置1场开幕式, 一期恳谈会: a count of events (or its verb first), never one event's name
COUNTED_EVENTS = re.compile(r"(?:设置|举办|举行|召开|开展)?[0-9０-９一二三四五六七八九十百]+余?[场期]")
# 第二次, 三次全体, 常务委员会第十次 (会议): a sitting of the congress named before it (or of its standing committee)
SESSION_ORDINAL = re.compile(r"(?:常务委员会|常委会)?第?[0-9一二三四五六七八九十]{1,3}次(?:全体)?")
APPROXIMATIONS = ("左右", "以上", "以下", "上下", "以内")
NAMED_YEAR = re.compile(r"[0-9]{4}年度?")
DATE_TOKEN = re.compile(r"^[0-9０-９一二三四五六七八九十〇零]+[年月日]$")
LEVEL_GENERIC = re.compile(r"^[0-9A-Za-z一二三四五六七八九十]+(?:级|星级|A)")   # 三级医院, 五星级, 4A; not 七星柠檬
DIGITS_ORDINAL = re.compile(r"^第?[0-9一二三四五六七八九十]+[届次]?$")
LEVEL_INSIDE = re.compile(r"[0-9A-Z一二三四五六七八九十]+[级星A]")
CLASS_PREFIX = re.compile(r"^(世界级|国家级|国际级|省级|州级|市级|县级|[一二三四五六七八九十百千万0-9]+分之)")
ROUTINE_SESSION = re.compile(r"^[省市州县区]?(委|政府)?(常委|常务|党组|全体)?$")
BATCH_PREFIX = re.compile(r"^第[0-9一二三四五六七八九十]+批")
COUNT_LEAD = re.compile(r"^[0-9.]+[万亿千百]?[宗户个处家]")      # 3处文化广场, 1200户安置点: a count of things
LEADING_JUNK = set("好要将把对在为是和与及并暨访由")   # 访: ——访某某厅厅长 (an interview); 由|长白药业
FUNCTION_CHARS = set("这那为在是把被将从向和与及或的了着至到拉投")
# 要紧|盯汾河, 要紧|盯古|雷石化: a verb pkuseg glued onto the name after it (紧盯); cut off as a token of its own
# (kg.nlp.entities.glued_verbs_cut_off), it opens no name (a left boundary of every finder)
GLUED_VERB_OPENERS = "盯"
ORGANS = ("委", "政府")        # 市委|办, 县政府|办, 市委|书记: an organ's name ends so, before its office or officer
# parts of speech (jieba, first letter) of a word that may follow a bare name: verbs, function words, directions
AFTER_NAME_POS = ("v", "p", "c", "u", "d", "f", "r", "m", "q", "t")
ABSTRACT_ENDS = ("化", "性")       # 城镇化, 现代化, 综合性: abstract nouns, never a place's name
COUNT_CHARS = set("一二三四五六七八九十两几多数各")
RANKED = re.compile(r"[0-9一二三四五六七八九十百千]强.$")                # 全国百强县, 十强镇: a ranking, not a name
COUNTY_LEVELS = "县市区旗"                      # the level a county or a city is written with (某县|先锋镇, 某区|某宾馆)
TOWN_LEVELS = ("镇", "乡")                      # the level a town is written with (某某镇, 某县|红星乡)
RELATIVE_LEVELS = ("省", "市", "州", "县", "区")   # 县会议中心, 市人民会堂: the venue of the place the text is about
UP_THERE = re.compile(f"[{''.join((*RELATIVE_LEVELS, *TOWN_LEVELS, '村'))}]里")   # 参加省里会议: some level's, no name
CONJUNCTIONS = "和与及"                    # 县领导|和县法院, 县领导和|县直: a joiner glued to the next name
NAME_LIST_JOINERS = ("、", "和", "及", "以及")   # 甲项目、乙项目和丙工程均由…, 甲中心、乙工程相继开工: a list of names
EVENT_JOINER = "暨"                        # 某某推进会暨某某签约仪式: two events in one name
GROUP_WORDS = ("组", "团", "队")          # 调研组, 代表团, 南京、无锡组: a group of people, not a name
MANY_OF = re.compile(r"一([\u4e00-\u9fff])\1")         # 一条条, 一座座: a measure said twice, many of a kind
DECIMAL = re.compile(r"[0-9]+\.[0-9]+[万亿千百]?")    # 1.5万 (吨): a number, not a list mark's full stop
SIGNED_PROJECT_BEFORE = re.compile(r"签约了?$")    # 签约 takes the project itself (签订, 签署 take the agreement)
# the adverbs between a project and the clause that gives its site or builder (某项目则选在某镇, 某工程将由某公司建设)
CLAUSE_ADVERBS = "(?:则|将|拟|均|都)?"    # 甲项目、乙项目均由某公司承建
FIRM_HEADS = ("集团", "公司")    # the last word of a firm's name: a place's name never runs back over it
JOINED_CONGRESS = re.compile(r"[一二三四五六七八九十]大[和与及、]")
CONGRESS_END = re.compile(r"[一二三四五六七八九十]大$|党代会$|全会$")   # 党的二十大, 省第十二次党代会
CJK_WORD = re.compile(r"^[\u4e00-\u9fff]+$")
COUNTED = re.compile(r"(?:[0-9]+|[一二三四五六七八九十两百千]+)(?:余|多)?(?:个|项|批|处|座|条)")   # 项目18个, 工程三项, 项目30余项, 加工厂8座
PHASE = re.compile(r"[0-9一二三四五六七八九十]+期$")
FIRM_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
# 中铁四局, 水电八局: a numbered engineering bureau of a state builder (县教育局, 国家税务总局 have no number)
NUMERALS = "一二三四五六七八九十"
FIRM_BUREAU = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?[{NUMERALS}]{{1,3}}局")
PARTY_CONGRESS = re.compile(
    r"(党的)?(十[一二三四五六七八九]|二十[一二三四五六七八九]?)大"
    r"|(?P<term>(党的)?(十[一二三四五六七八九]?|二十[一二三四五六七八九]?)届)"
    r"(?P<plenums>[一二三四五六七八九]中(?:、[一二三四五六七八九]中)*)全会"
    r"|[省市州县区]第[一二三四五六七八九十]+次党代会"
)

# an expo's short name (青洽会, 进博会, 广交会, 服贸会) after words that announce an event; the two sessions
FAIR_IN_CONTEXT = re.compile(
    r"(?P<edition>第[0-9一二三四五六七八九十]+届|[0-9]{4}年?)?(?:(?<=届|年|[0-9])|本届|上届|首届|[在、和与及“]|参加|出席|举办|参展)"
    r"(?P<fair>[\u4e00-\u9fff]{1,2}[洽博交贸]会)|(?P<fair2>(?:全国|省|市)两会)")


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    source: str                      # which rule found it (for debugging and confidence)
    titles: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)   # the name(s) it stands for when not its text (span._.names)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Tok:
    text: str
    start: int
    end: int


def _suffix_of(word: str, suffixes: list[str]) -> str | None:
    for suf in suffixes:                     # suffixes are sorted longest first
        if word.endswith(suf):
            return suf
    return None


def after_places(at: int, end: int, places) -> int:
    """Where a name opening at `at` goes on after the places written first (某县|某镇|某某…), `places` being
    (start, end) pairs; never at or past `end`."""
    while (after := max((b for a, b in places if a == at and b < end), default=None)) is not None:
        at = after
    return at


def inside_a_firm_name(words: str, firm_names) -> bool:
    """`words` are written inside a longer firm name (某某新材料 in 浙江某某新材料有限公司): a firm's short name."""
    return any(words in firm and words != firm for firm in firm_names)


def _trim_leading_function_char(text: str, start: int, end: int, owns_it: bool = False) -> int:
    """为曲麻莱县, 好祁连山…工程: pkuseg glued a function character onto the name; names rarely start so. Not
    where the word it opens owns it (`owns_it`: 和硕县, 和平县, 将|军… are the name's own)."""
    if text[start] in LEADING_JUNK and end - start - 1 >= 4 and not owns_it:
        return start + 1
    if text[start] == "地" and text[start - 1:start] in ("等", "各") and end - start - 1 >= 4:
        return start + 1                    # 铜仁等|地产业|园区: 等地 (and 各地) close a list of places
    return start


def _ends_in_quoted_name(phrase: str) -> bool:
    """…“甘霖工程”, “一把手”工程: a project word inside or right after quotes names a campaign."""
    opened = phrase.rfind("“")
    return opened >= 0 and (phrase.rfind("”") < opened or phrase.rstrip("”").endswith(("工程", "项目"))
                            and phrase.rfind("”") >= len(phrase) - 3)


VILLAGE_GROUP = re.compile(r"[\u4e00-\u9fff]{1,4}?组")


def _plenums(m: re.Match) -> list[str]:
    """十九届二中、三中全会 stands for one plenum each (gold convention 5: joined names are split)."""
    plenums = m.group("plenums")
    if not plenums or "、" not in plenums:
        return []
    return [m.group("term") + p + "全会" for p in plenums.split("、")]


def _village_groups(text: str, found: list["Candidate"]) -> list["Candidate"]:
    """某村某某组 (a villagers' group): the group right after a village is a place too (gold convention 3)."""
    out = []
    for c in found:
        if c.label == "PLACE" and text[c.start:c.end].endswith("村"):
            m = VILLAGE_GROUP.match(text, c.end)
            if m and m.group() not in ("小组", "村组") and text[m.end():m.end() + 1] != "长":   # 村小组长: a post
                out.append(Candidate(m.start(), m.end(), "PLACE", "village-group"))
    return out


NATURE_ENDS = "江河湖山岭"                 # a river's or mountain's name before a county: two places
SLOGAN_VERBS = "强立兴富活美"            # 科技强省, 生态立县, 人才兴市: a common word, a verb, a level
NUMERAL_CHARS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万两"


# 第二次全体会议 alone: a sitting of the session the article reports (gold convention 10: the session)
SUB_SESSION = re.compile(r"^(?:全会|大会|会议)?第[0-9一二三四五六七八九十]+次全体会议$")   # 第二次全体会议: a sitting of the session
DATELINE_MARKS = ("电", "讯")               # 新华社北京5月7日电, 本报西宁3月5日讯: the dateline ends there
COUNT_END = re.compile(r"[0-9一二三四五六七八九十百千万两几]+[余多]?$")   # 创作三十多|部, 500余|部: a count of works


def dateline_mark(toks: list[Tok], i: int) -> bool:
    """Token i is the 电 or 讯 closing a dateline (…5月7日电), so no name runs leftwards across it."""
    return i > 0 and toks[i].text in DATELINE_MARKS and DATE_TOKEN.match(toks[i - 1].text) is not None


def _latin_words_spaced(text: str, gap_start: int, gap_end: int) -> bool:
    """One space between two Latin words (Mini LED, AI PC): a word break inside the name, no edge of it."""
    return gap_end - gap_start == 1 and text[gap_start] == " " and text[gap_start - 1:gap_start].isascii() \
        and text[gap_start - 1].isalnum() and text[gap_end].isascii() and text[gap_end].isalpha()


def _opening_bracket(toks: list[Tok], close: int) -> int | None:
    """The token of the （ that the ） at `close` closes, when a short name part lies between them."""
    for k in range(close - 1, max(-1, close - 6), -1):
        if toks[k].text == "（":
            inside = toks[k + 1:close]
            return k if inside and not any(t.text in PUNCT or t.text in QUOTES for t in inside) else None
    return None


def _closes_inside(text: str, start: int, end: int) -> bool:
    """Is an opening quote at `start` closed within the phrase (“十四五”规划…)? Then it belongs to the name."""
    return any(c in "”’」』" for c in text[start:end])


# parts of speech of a word that is not a name when pkuseg glued a suffix's first character to it
GLUED_NOT_NAME_POS = frozenset({"v", "vn", "vd", "d", "ad", "p", "c", "r", "u"})


class PhraseFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.rules = lex.rules
        self._verbs: frozenset = frozenset()      # set by find()
        self.boundary = set(self.rules["left_boundary_words"]) | set(GLUED_VERB_OPENERS)
        self.soft_boundary = set(self.rules["soft_boundary_words"])
        # a newspaper or station (某某晚报, 某某都市报) is an organisation: the outlets a source line names
        more = {"ORG": self.rules["SOURCES"]["outlet_suffixes"]}
        self.suffixes = {
            label: sorted(dict.fromkeys([*self.rules[label]["suffixes"], *more.get(label, ())]), key=len, reverse=True)
            for label in ("MEETING", "PROJECT", "COMPANY", "ORG", "PLACE")
        }
        self.generic = {label: set(self.rules[label]["generic"]) for label in self.suffixes}
        self._slogan_end = re.compile(self.rules["ORG"]["slogan_ends"])
        # 协会, 学会, 委员会: an organisation whose 分会 is a branch (某某协会某某分会), not an event
        self._bodies_with_branches = tuple(w for w in self.rules["ORG"]["suffixes"] if w.endswith("会"))
        self.venues = set(self.rules["PLACE"]["venue_suffixes"])
        # a relative level before one of these is the place's own hall or zone (县会议中心, 县经济开发区)
        self._own_halls = self.venues | set(self.rules["PLACE"]["zone_suffixes"])
        # 某某会议|中心, 某某大会|堂: what turns a meeting word into a hall (a venue suffix that opens with it)
        self._hall_rest = {s: tuple(v[len(s):] for v in self.venues if v.startswith(s) and len(v) > len(s))
                           for s in self.suffixes["MEETING"]}
        self.institution_words = set(self.rules["PROJECT"]["institution_words"])
        # suffixes grouped by length, longest first: one slice and one set look-up per length
        self._suffix_sets = {label: [(n, {x for x in sufs if len(x) == n}) for n in sorted({len(x) for x in sufs}, reverse=True)]
                             for label, sufs in self.suffixes.items()}
        self._suffix_last_chars = {label: {x[-1] for x in sufs if x} for label, sufs in self.suffixes.items()}
        # 某市中心|城区: words after which a suffix goes on into a longer word (ORG.suffix_not_before), read once
        self._suffix_not_before = {label: {suf: tuple(words) for suf, words in
                                           self.rules[label].get("suffix_not_before", {}).items()}
                                   for label in self.suffixes}
        self._park_words = {w for label in ("PLACE", "PROJECT") for w in self.rules[label]["suffixes"]}
        self._trade_words = self.lex.trade_words
        self._group_words = frozenset(self.rules["PROJECT"]["group_words"])     # 某某|集团|…项目
        self._designation_verbs = tuple(self.rules["PROJECT"]["designation_verbs"])
        self._site_verbs = tuple(self.rules["PROJECT"]["site_verbs"])
        self._site_verb_words = frozenset(self._site_verbs)
        self._park_names = tuple(self.rules["PLACE"]["parks_as_locations"]["names"])
        self._sights = tuple(self.rules["PLACE"]["parks_as_locations"]["sights"])   # 景区, 水库: upgraded by a project
        self._inspection_verb = re.compile(alternation(self.rules["PROJECT"]["inspection_verbs"]))
        self._verbs_inside = frozenset(self.rules["PROJECT"]["verbs_inside_after_noun"])   # 续建, 提升: read once
        self._scopes = frozenset(self.rules["MEETING"]["theme_after_scope"]["scopes"])
        self._not_themes = frozenset(self.rules["MEETING"]["theme_after_scope"]["not_themes"])
        self._village_suffixes = frozenset(self.rules["PLACE"]["village_suffixes"])
        self._slogan_after = tuple(self.rules["PROJECT"]["slogan_after"])
        self._spec_after = tuple(self.rules["PROJECT"]["spec_after"])
        self._legal_forms = tuple(self.rules["COMPANY"]["legal_forms"])
        self._roles_after = tuple(self.rules["PROJECT"]["roles_after"])     # 项目|经理: a post, not a project
        # 在<venue>(胜利)举行: where it is held
        subject = self.rules["MEETING_SUBJECT"]
        self._glued_event_verbs = frozenset([*subject["role_verbs"], *subject["glued_verbs"]])   # 宣布|县…, 主持|市…
        self._held_after = re.compile(rf"(?:{alternation(subject['adverbs'])})?(?:{alternation(subject['verbs'])})")
        self._industry_ends = tuple(self.rules["PROJECT"]["industry_ends"])
        # 某某港, 某某园区: a builder's slot ending like a place's name (not a bare level: 某某市 is a division check)
        # a zone's name then 2+ characters (某某高新区|某某锰业): a zone suffix with a name before it
        self._zone_in_builder = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{alternation(self.rules['PLACE']['zone_suffixes'])})"
                                           r"(?=[\u4e00-\u9fff]{2})")
        # 某某工业园|年产…, 某某工业集中区|20万吨…: a park's name, too, is the site, not a firm's
        self._site_ends = (*(w for w in lex.place_name_ends if len(w) >= 2), "港", "集中区",
                           *self.rules["PLACE"]["parks_as_locations"]["names"])
        self._maker_ends = (*self.suffixes["COMPANY"], *self.rules["FIRM_OPENERS"]["trade_words"])
        # a word before 和 that ends a name of its own: …会议和国务院, …委员会和司法部, 某行和财政部 are two names
        self._joined_ends = tuple({*self.suffixes["MEETING"], *self.suffixes["ORG"], *self.suffixes["COMPANY"], "行"})
        signing = self.rules["SIGNATORIES"]
        self._signed_before = re.compile(rf"(?:{alternation(signing['verbs'])})了?$")
        self._agreement_after = re.compile(rf"(?:{alternation(signing['agreement_kinds'])})?(?:{alternation(signing['agreements'])})")
        # 某某有限公司在某园区投资建设|<project>, 某某有限公司拟投资4.2亿元建设|<project>: the firm's own project,
        # at a named site or for a stated sum
        firm_ends = alternation([*self.rules["COMPANY"]["legal_forms"], "集团"])
        # also 某某有限公司投资建设的|<project>: the firm's own, however plainly described
        # (某某有限公司投资26亿元的|<project>: the sum alone before 的)
        # 某公司拟在某县投资6亿元(，)建设|…项目, 某公司将投资15亿元，在某园建设|…项目
        at_sum = rf"在[\u4e00-\u9fff]{{2,8}}?{INVESTED_SUM}[，,]?|{INVESTED_SUM}[，,]?在[\u4e00-\u9fff]{{2,16}}"
        self._firm_builds_at = re.compile(rf"(?:{firm_ends})(?:(?:将|拟|计划|正)?"
                                          rf"(?:在[\u4e00-\u9fff]{{2,16}}|{INVESTED_SUM}[，,]?|{at_sum})"
                                          rf"(?:投资建设|建设|新建|投资)的?|{INVESTED_SUM}的"
                                          rf"|(?:{alternation(self.rules['BUILT_BY']['manners'])})?"
                                          rf"(?:{alternation(self.rules['BUILT_BY']['verbs'])})的)$")
        # 在某县某镇(投资9.6亿元)建设|<project>: a plainly described project built at a place the text names is one
        at_place = rf"在[\u4e00-\u9fff]{{1,14}}(?:{alternation(self.lex.place_name_ends)})"      # 在某县某镇
        self._built_at_place = re.compile(rf"{at_place}(?:{INVESTED_SUM}[，,]?)?(?:开工建设|投资建设|建设|新建|实施)的?$")
        # 来到某某有限公司，察看|<project>: the project a visitor sees at the firm just visited is one project
        seeing = alternation(self.rules["PROJECT"]["inspection_verbs"])
        self._seen_at_firm = re.compile(rf"(?:{firm_ends})[，,](?:{seeing})了?$")
        # 在某乡某村，与会人员察看了|<project>: the project visitors see at the place a clause opens with
        self._seen_at_place = re.compile(rf"{at_place}[，,][\u4e00-\u9fff、]{{0,12}}?(?:{seeing}|观摩)了?$")
        # <project>，由某某有限公司投资12亿元建设: a firm builds it (the build verbs of BUILT_BY)
        self._firm_builds_after = re.compile(rf"[，,]?由[\u4e00-\u9fff（）()]{{2,30}}?(?:{firm_ends})"
                                             rf"(?:{INVESTED_SUM})?"
                                             rf"(?:{alternation(self.rules['BUILT_BY']['manners'])})?"
                                             rf"(?:{alternation(self.rules['BUILT_BY']['verbs'])})")
        # 总投资15亿元的|<project>: a plainly described project with its own stated sum is one project
        self._own_sum_before = re.compile(rf"总{INVESTED_SUM}的$")
        # <project>，位于某地 / 位于某地的<project> / <project>则选在某地: a plainly described project with its site
        # is one project
        site_verbs = alternation(self.rules["PROJECT"]["site_verbs"])
        self._sited_after = re.compile(rf"[，,]?(?:项目)?{CLAUSE_ADVERBS}(?:{site_verbs})")
        self._sited_before = re.compile(rf"(?:{site_verbs})[^，。；：、,;:\s]{{2,20}}?的$")
        route = r"[\u4e00-\u9fff]{2,8}?至[\u4e00-\u9fff]{2,6}?"
        # the last item before 等 may be a road named otherwise (某镇北过境)
        self._route_list = re.compile(rf"(?P<items>(?:{route}、)+(?:{route}|[\u4e00-\u9fff]{{3,8}}(?=等))|{route}(?=等))"
                                      rf"(?P<etc>等)?(?:[一二三四]级)?(?:{alternation(lex.line_heads)})")
        self._actor_start: dict[int, int] = {}   # end offset -> start of a company found in this text
        self._firms: set[str] = set()            # the companies' names found in this text

    def find(self, text: str, toks: list[Tok], verbs: frozenset = frozenset()) -> list[Candidate]:
        """`verbs`: (start, end) of the words LAC reads as verbs here; a name does not open with one."""
        self._verbs = verbs
        # actors first: a project name may start with a whole company name (某某有限公司年产…)
        out = self._suffix_phrases(text, toks, ("COMPANY", "ORG"))
        out += [c for i in range(len(toks)) if (c := self._place(text, toks, i))]
        out += self._listed_places(text, toks, out)
        out += _village_groups(text, out)
        self._actor_start = {}
        for c in out:
            if c.label == "COMPANY" and c.start < self._actor_start.get(c.end, c.end):
                self._actor_start[c.end] = c.start
        self._firms = {text[c.start:c.end] for c in out if c.label == "COMPANY"}
        out += self._suffix_phrases(text, toks, ("MEETING", "PROJECT"))
        capacity = self._capacity_projects(text, toks)
        builders = [(c.start, c.end) for c in capacity if c.label == "COMPANY" and c.source == "builder"]
        # 某某|氢能|某某镇|1万吨…: a place does not start inside the builder's name that opens a project
        out = [c for c in out if c.label != "PLACE" or not any(a < c.start < b < c.end for a, b in builders)]
        out += capacity
        out += self._listed_routes(text, toks)
        out += self._line_ends(text, out)
        out += self._abbreviated_fairs(text, toks)
        out += [Candidate(m.start(), m.end(), "MEETING", "party-congress", names=_plenums(m))
                for m in PARTY_CONGRESS.finditer(text)]
        return out

    def _suffix_phrases(self, text: str, toks: list[Tok], labels: tuple[str, ...]) -> list[Candidate]:
        out = []
        for i in range(len(toks)):
            for label in labels:
                suf = self._suffix_ending_at(text, toks, i, label)
                cand = suf and self._extend(text, toks, i, label, suf)
                if cand and label == "COMPANY" and suf in self.rules["COMPANY"]["needs_name"]:
                    cand = self._firm_after_places(toks, cand)
                if cand and label == "ORG" and FIRM_BUREAU.fullmatch(text, cand.start, cand.end):
                    cand.label = "COMPANY"   # 中建三局, 中铁二十局: a builder's numbered bureau, not a government one
                if cand and label == "COMPANY":
                    cand = self._from_bureau(text, toks, cand)
                if cand:
                    out.append(cand)
        return out

    @staticmethod
    def _from_bureau(text: str, toks: list[Tok], cand: Candidate) -> Candidate:
        """中铁|二十三|局集团有限公司: a firm's name that opens with 局 (or right after it) began at its numbered
        bureau (中铁二十三局): the number stopped the name where pkuseg cut it. The bureau starts at the last
        word before 局 that is no number."""
        end = cand.start + 1 if text[cand.start] == "局" else cand.start
        starts = [t.start for t in toks if end - 8 <= t.start < end - 2 and text[t.start] not in NUMERALS]
        start = next((s for s in reversed(starts) if FIRM_BUREAU.fullmatch(text, s, end)), None)
        return cand if start is None else Candidate(start, cand.end, cand.label, cand.source, cand.titles)

    def _firm_after_places(self, toks: list[Tok], cand: Candidate) -> Candidate:
        """某县某镇|某某|锂电: a firm's short name (a trade word, no legal form) does not open with places
        written with their level; they are where it works. Kept when only the trade word would be left."""
        inside = [t for t in toks if cand.start <= t.start and t.end <= cand.end]
        n = self._after_places(inside, 0, len(inside))
        if n == 0 or len(inside) - n < 2 or cand.end - inside[n].start < 4:
            return cand
        return Candidate(inside[n].start, cand.end, cand.label, cand.source, cand.titles)

    def _line_ends(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """A road or power line names its ends: 某甲至某乙公路, 某甲一某乙750千伏输变电工程 -> places."""
        out = []
        heads = self.lex.line_heads
        for c in found:
            if c.label != "PROJECT":
                continue
            name = text[c.start:c.end]
            cap = CAPACITY.search(name)
            body = name[:cap.start()] if cap else name
            if c.source != "listed-route":             # 某甲至某乙、…等公路: a listed route names no head
                if not (name.endswith(heads) or (cap and cap.group().endswith(SITE_UNITS))):
                    continue
                if cap is None:
                    body = body[: len(body) - max(len(h) for h in heads if name.endswith(h))]
            # 一 is a dash the PDF lost (某甲一某乙), not the numeral of a word (沿某山一线, 一体化)
            dashes = [m.start() for m in re.finditer(r"(?<!级)一(?!级)", body) if not self.lex.is_common(body[m.start():m.start() + 2], 50)]
            body = "".join("—" if i in dashes else ch for i, ch in enumerate(body))
            parts = [re.sub(r"[一二三四]级$", "", part) for part in re.split(r"[至—-]", body)]  # 某乙二级|公路
            if len(parts) < 2:
                continue
            pos = c.start
            for written in parts:
                level = next((k for k in range(2, len(written) - 1) if written[k] in self.lex.level_chars
                              and self.lex.is_common(written[k + 1:], 20)), None)
                part = written if level is None else written[:level + 1]   # 某镇至某镇|旅游|公路: the road's kind
                if level is None and len(written) >= 4 and self.lex.is_common(written[-2:], 1000) \
                        and not self.lex.is_common(written[:-2], 20):
                    part = written[:-2]                # 某地至天池|旅游|公路: no level, an everyday word after the name
                known = self.lex.leading_place(written)
                if known and not self.lex.is_place(part):
                    # 某省至湖南|特高压直流…, 甘肃|酒泉至…: the known places an end is written with
                    out.append(Candidate(pos, pos + known, "PLACE", "line-end"))
                    if self.lex.is_place(written[known:]):
                        out.append(Candidate(pos + known, pos + len(written), "PLACE", "line-end"))
                elif 2 <= len(part) <= 5 and CJK_WORD.match(part) and not self.lex.is_common(part, 20) and "一" not in part:
                    out.append(Candidate(pos, pos + len(part), "PLACE", "line-end"))
                pos += len(written) + 1
        return out

    def _listed_routes(self, text: str, toks: list[Tok]) -> list[Candidate]:
        """`某甲至某乙、某丙至某丁等公路`: routes listed before the line word they share; each is a project named by
        its ends (the last one too when 等 stands between it and the line word, also a road named otherwise:
        某镇北过境; without 等 the suffix rule reads it whole). The first route starts after the verbs before it
        (加快|推进|某甲至…)."""
        out = []
        starts: set[int] | None = None
        for m in self._route_list.finditer(text):
            starts = starts if starts is not None else {t.start for t in toks}     # only where a list is
            items = m.group("items").split("、")
            pos = m.start("items")
            if not m.group("etc"):
                items = items[:-1]
            for n, item in enumerate(items):
                start = pos
                if n == 0:
                    start = self._route_start(text, toks, pos, pos + item.index("至"), starts)
                if start is not None and pos + len(item) - start >= 4:
                    out.append(Candidate(start, pos + len(item), "PROJECT", "listed-route"))
                pos += len(item) + 1
        return out

    def _route_start(self, text: str, toks: list[Tok], start: int, to: int, starts: set[int]) -> int | None:
        """Where the first listed route's name starts: after the last verb, adverb or function word before its
        至 (加快|推进|某甲至…, 某工程和|某甲至…); None where that falls inside a word (the name is longer than
        the pattern reads or starts mid-word)."""
        cut = start
        for tok in toks[bisect_left(toks, start, key=lambda t: t.start):]:
            if tok.start >= to:
                break
            if (tok.text in FUNCTION_CHARS or (tok.start, tok.end) in self._verbs
                    or self.lex.pos.get(tok.text) in GLUED_NOT_NAME_POS or tok.text in PUNCT):
                cut = tok.end
        opens = cut > start or start == 0 or not CJK_WORD.match(text[start - 1])
        return cut if opens and cut in starts and to - cut >= 2 else None

    def _abbreviated_fairs(self, text: str, toks: list[Tok]) -> list[Candidate]:
        """Expos known by a three-character short name (某洽会, 某交会), quoted or listed together."""
        out = []
        fair = [t for t in toks if len(t.text) == 3 and t.text.endswith("会") and CJK_WORD.match(t.text)
                and not self.lex.is_common(t.text, 1) and not self.lex.is_common(t.text[:2], 2000)]
        for t in fair:
            quoted = text[t.start - 1:t.start] in QUOTES and text[t.end:t.end + 1] in QUOTES \
                and not text.startswith(tuple(self.rules["MEETING"].get("slogan_heads", ())), t.end + 1)
            listed = any(abs(o.start - t.end) <= 1 or abs(t.start - o.end) <= 1 for o in fair if o is not t)
            if quoted or listed:
                out.append(Candidate(t.start, t.end, "MEETING", "fair"))
        ends = {t.end for t in toks}
        for m in FAIR_IN_CONTEXT.finditer(text):      # 本届青洽会, 第二十八届兰洽会, 在进博会上, 全国两会
            name = m.lastgroup
            if m.end() in ends and not self.lex.is_common(m.group(name), 50):
                # the edition is part of the fair's name (第二十八届兰洽会, 2024数博会: gold convention 10)
                start = m.start("edition") if name == "fair" and m.group("edition") else m.start(name)
                out.append(Candidate(start, m.end(), "MEETING", "fair"))
        return out

    def _jump_over_actor(self, toks: list[Tok], j: int) -> int | None:
        """If a company name ends where token j starts, the token index where it starts."""
        start = self._actor_start.get(toks[j].start)
        if start is None:
            return None
        while j > 0 and toks[j].start > start:
            j -= 1
        if toks[j].start != start:
            return None
        for _ in range(2):                  # 某县某镇|某某锂电|…项目: the project is named from its site too
            if j > 0 and self._is_place_word(toks[j - 1].text):
                j -= 1
        return j

    def _suffix_ending_at(self, text: str, toks: list[Tok], i: int, label: str) -> str | None:
        """The longest suffix ending at token i, even when pkuseg split it (领导|小组)."""
        end = toks[i].end
        if text[end - 1:end] not in self._suffix_last_chars[label]:
            return None                          # most tokens: no suffix of this kind ends in their last character
        for size, sufs in self._suffix_sets[label]:
            start = end - size
            suf = text[start:end] if start >= 0 else ""
            if suf in sufs and text.startswith(self._suffix_not_before[label].get(suf, ()), end):
                continue                         # 某市中心|城区: the word goes on, no organ's suffix
            if suf in sufs:
                # the suffix must not start inside a token other than the last one
                k = i
                while k > 0 and toks[k].start > start:
                    k -= 1
                if toks[k].start == start or k == i:
                    return suf
                # pkuseg glued the suffix's first character to the name (某某汽配物|流园): a long suffix whose
                # rest is the last token is still the suffix when the token keeps a name word of two characters
                # or more (not a verb: 主持点|评会)
                if k == i - 1 and size >= 3 and toks[i].start - start < size - 1 and start - toks[k].start >= 2 \
                        and self.lex.pos.get(text[toks[k].start:start]) not in GLUED_NOT_NAME_POS:
                    return suf
        return None

    # -- left extension -------------------------------------------------------------------------
    def _extend(self, text: str, toks: list[Tok], i: int, label: str, suffix: str) -> Candidate | None:
        rule = self.rules[label]
        end = toks[i].end
        j = i
        while j > 0 and toks[j].start > end - len(suffix):
            j -= 1                               # the token where a split suffix (领导|小组) starts
        first_suffix_tok = j
        soft_ok_at = j            # a soft boundary word is part of the name right before the suffix or 暨/与
        while j > 0:
            if label == "PROJECT" and (jumped := self._jump_over_actor(toks, j)) is not None:
                j = jumped
                break
            prev = toks[j - 1].text
            if toks[j - 1].end < toks[j].start and not _latin_words_spaced(text, toks[j - 1].end, toks[j].start):
                break                              # a space: names do not run across it (本报讯 会议; Mini LED does)
            if label == "PROJECT" and prev == "）" and (opened := _opening_bracket(toks, j - 1)) is not None:
                if ENUM_RE.fullmatch("".join(t.text for t in toks[opened:j])):
                    break                          # （一）某某项目。: a section heading's number, not the name
                j = opened                         # 某县酒旅一体（某集团）建设项目, 供水（二期）工程
                continue
            if label in ("COMPANY", "MEETING") and prev == "）" and (opened := _opening_bracket(toks, j - 1)) \
                    is not None and self.lex.is_place("".join(t.text for t in toks[opened + 1:j - 1])) and opened > 0:
                j = opened          # 某某科技（江苏）有限公司: the region a subsidiary is registered in; 中国（某市）国际…博览会
                continue
            if prev in ("/", "／") and label != "PROJECT":
                break                              # 文/某某日报记者: a credit's slash (a project's 万吨/年 is a rate)
            if prev in QUOTES or all(c in QUOTES for c in prev):
                j -= 1                             # quotes belong to names like “十四五”规划…座谈会
                continue
            if prev.endswith("由") and len(prev) >= 2 and not self.lex.is_common(prev, 1):
                break                              # 工业硅由|昆仑…公司: pkuseg glued 由 onto the word before
            if prev == EVENT_JOINER and label != "MEETING":
                break                              # 某某开工活动暨|某港区物流枢纽项目开工仪式: 暨 joins two events
            if label == "PROJECT" and prev in self._site_verb_words:
                break                              # 某某项目选址|某园二期: the site (a place) after its project
            if label == "MEETING" and prev in ("—", "－", "-") and j >= 2 and self.lex.is_place(toks[j - 2].text):
                j -= 1                             # 中国—东盟博览会: a dash joins two places in an expo's name
                continue
            if prev in PUNCT or (any(c in PUNCT for c in prev) and not DECIMAL.fullmatch(prev)) \
                    or dateline_mark(toks, j - 1) or (
                    DATE_TOKEN.match(prev) and not (label == "MEETING" and NAMED_YEAR.fullmatch(prev))):
                break                              # 全省|2024年|第二季度…动员会: a year inside an event's name
            if prev in rule.get("agenda_verbs", ()) and j != first_suffix_tok:
                break                              # 市政府研究|第十届某某博览会: the body's business, not the name
            if label == "MEETING" and NAMED_YEAR.fullmatch(toks[j].text) and self.lex.pos.get(prev) == "v" \
                    and not self.lex.is_place(prev):
                break                              # 省教育厅公布|2024年全省…大赛: the name opens with its year
            if (prev in rule.get("appositive_heads", ()) and not (prev + toks[j].text).startswith(tuple(rule["suffixes"]))) \
                    or (label == "PROJECT" and prev in self._designation_verbs):    # 领导|小组办公室 is one name
                break                              # 某市获评|…示范区: the title earned starts after the verb
            # 生态保护与高质量发展推进会议; 工业和信息化厅, 文化和|旅游厅: the words after 和 are the organ's last
            # few characters, and no organ of a place of its own (…和州人民检察院)
            inner = prev in rule.get("inner_words", ()) or (
                prev in rule.get("inner_near_suffix", ()) and j >= first_suffix_tok - 2 and end - toks[j].start <= 5
                and text[toks[j].start] not in self.lex.level_chars and not self.lex.leading_place(text[toks[j].start:end])
                and j >= 2 and len(toks[j - 2].text) >= 2 and not toks[j - 2].text.endswith(self._joined_ends))
            if inner and self._joins_two_names(toks, j, label, first_suffix_tok):
                break
            theme = self._theme_after_scope(toks, j, label, first_suffix_tok)
            if prev in self.boundary and not inner and not (prev in self.soft_boundary and j == soft_ok_at) \
                    and not self._split_word(prev, toks[j].text) and not self._ends_a_split_name(toks, j) \
                    and not self._verb_inside_name(toks, j, label) \
                    and not self._name_word(prev, label, suffix) and not theme:
                break
            if end - toks[j - 1].start > rule["max_chars"]:
                break
            if label in ("MEETING", "PROJECT") and self._is_meeting_word(prev):
                if label == "MEETING" and prev == "大会" and SESSION_ORDINAL.fullmatch(text, toks[j].start, end - len(suffix)):
                    j = self._congress_start(text, toks, j - 1, j)   # 某市人民代表大会|第二次会议: one name
                break
            if self._stops_by_pos(prev, label, suffix) and not inner and not theme \
                    and not self._ends_a_split_name(toks, j) \
                    and not (label == "PROJECT" and prev + toks[j].text in self.lex.line_heads):
                break                              # not 快速|通道 (an adverb first): one line head, cut in two
            j -= 1
            if inner or (label == "MEETING" and toks[j + 1].text == EVENT_JOINER):
                soft_ok_at = j                     # 某某部署会|暨|电视电话会议: the first event's own suffix
        if label == "PROJECT" and j > 0 and toks[j].text in self._group_words and toks[j - 1].end == toks[j].start \
                and CJK_WORD.fullmatch(toks[j - 1].text):
            j -= 1                                 # 兴发|集团|宜都…项目: a group's name, though a word, opens it
        if label == "PROJECT" and MANY_OF.fullmatch(toks[j].text):
            return None                            # 一条条|自动化生产线满负荷运转: many of a kind, no project's name
        if label == "PROJECT" and j + 1 < first_suffix_tok and self._no_name_opener(toks, j):
            j += 1                                 # 又|一|重要通道: a count; 该|公司|年产…: the firm named before
        # drop a leading verb or adverb (办好|…闭幕式, 抓住|…铁路) and unpaired quotes
        while j < first_suffix_tok and not self._theme_after_scope(toks, j + 2, label, first_suffix_tok) \
                and toks[j + 1].text not in self._group_words \
                and (((self.lex.pos.get(toks[j].text) in self.rules["leading_trim_pos"]
                       and not self.lex.is_place(toks[j].text))               # 遵义 tagged a verb is a city
                                         or (self._lac_verb(toks, j) and not self._is_place_word(toks[j].text)
                                             and not self._town_stem(toks, j)))
                                        and (len(toks[j].text) >= 2 or toks[j].text in self.boundary)):
            if j + 1 == first_suffix_tok - 1 and self.lex.is_common(toks[j + 1].text, 1000) \
                    and toks[j].text not in self.boundary:
                break                              # 征求|意见|座谈会: the verb and its object are the name
            j += 1
        while j < i and all(c in QUOTES for c in toks[j].text) and not _closes_inside(text, toks[j].end, end):
            j += 1
        start = _trim_leading_function_char(text, toks[j].start, end, self._opens_with_junk_place(toks[j].text)
                                            or self._noun_word(toks[j].text))
        if text[start] in CONJUNCTIONS and text[:start].endswith(tuple(rule.get("appositive_heads", ()))):
            start += 1                             # 县领导|和县法院: the joiner after a group of people, not 和县
        if label in ("MEETING", "PROJECT", "ORG"):
            start = self._trim_glued_verb(toks[j], start)      # 会同省|发展改革委: 会同 glued onto the level
            start = self._trim_glued_to_whole(text, toks[j], start)
        if label == "MEETING":
            # 某某|宣布县|十七届人大四次会议: a role's verb glued onto the level opens the name, whatever is before
            glued = [t.end - 1 for t in toks[j:i] if t.end - 1 > start
                     and t.text[-1] in self.lex.level_chars and t.text[:-1] in self._glued_event_verbs]
            start = max([start, *glued])
        if label == "MEETING" and (joined := JOINED_CONGRESS.search(text, start, end)):
            start = joined.end()                   # 党的二十|大和|二十届三中全会: pkuseg glued the joiner on
        if label == "PROJECT" and (seen := [*self._inspection_verb.finditer(text, start, end - len(suffix))]):
            start = seen[-1].end()                 # 某某|涛察|看|工程进度: a visitor's verb (pkuseg cut it) opens no name
        if label == "PROJECT" and (part := next((w for w in rule["parts_after_name"] if text.endswith(w, start, end)
                                                 and text.endswith("项目", start, end - len(w))), None)):
            end -= len(part)                       # 某某项目|生产线: the project, not its part
        phrase = text[start:end]
        signed = label == "PROJECT" and self._signed_object(text, start, end)
        held_in = (label == "PROJECT" or label == "ORG" and suffix.endswith("中心")) \
            and text[start - 1:start] == "在" and self._held_after.match(text, end) is not None
        if held_in and label == "ORG" and phrase.startswith(RELATIVE_LEVELS) and len(phrase) > len(suffix) + 2:
            return Candidate(start, end, "PLACE", "suffix")    # 在县行政服务中心举行: the county's own hall, a venue
        if not self._acceptable(phrase, label, suffix, toks[j:i + 1], signed=signed):
            return None
        if label == "PROJECT" and text[:start].endswith(self._designation_verbs):
            return None                            # 成功创建|国家生态文明建设示范区: a title earned, not a project
        if label == "PROJECT" and PHASE.fullmatch(suffix) and text.endswith(self._site_verbs, 0, start):
            return None                            # 坐落于某某产业园|二期: the park's phase is where it is, a place
        if label == "PROJECT" and suffix == "搬迁" and text[start - 1:start] == "从":
            return None                            # 从某省某市整体搬迁(落户…): where a firm moved from, no project
        if label == "PROJECT" and COUNTED.match(text, end):
            return None                            # 共谋划文旅项目18个: a count of a kind, not one project
        if label == "MEETING" and COUNTED_EVENTS.match(phrase):
            return None                            # 举办50余场专业论坛, 设置1场开幕式: a count of events, not one
        if label == "PROJECT" and text[start:end - len(suffix)].endswith(self._legal_forms):
            return None                            # 某某建设工程有限公司|项目经理: a firm's people, no project named
        if label == "PROJECT" and suffix == "项目" and text.startswith(self._roles_after, end):
            return None                            # 某某集团项目|经理某某: a firm's person, no project named
        if label == "PROJECT" and text.startswith(self._legal_forms, end):
            return None                            # 某某电力工程|有限公司: the firm's name, not a project
        if label == "PROJECT" and text.startswith(self._slogan_after, end):
            return None                            # 牢固树立项目为王理念: a slogan
        if label == "PROJECT" and text.startswith(self._spec_after, end):
            return None                            # 采用双向四车道高速公路标准建设: a specification
        if label == "ORG" and text.startswith(("会堂", "大会堂", "礼堂"), end):
            return None                            # 某省人大|会堂, 某县政府|礼堂: the hall, a venue (a place)
        if label == "MEETING" and text.startswith(self._hall_rest.get(suffix, ()), end):
            return None                            # 设在某某会议|中心, 第三会议|室: a hall, not an event
        if label == "ORG" and suffix == "中心" and text[start:end - 2].endswith(tuple(rule["organ_suffixes"])):
            return None                            # 自治区党委|中心工作: an organ's central task, not a centre
        if label == "COMPANY" and suffix in rule["needs_name"] and text.startswith(tuple(rule["industry_after"]), end):
            return None                            # 某省锂电|产业, 某市光伏|行业: an industry, not a firm
        if label == "MEETING" and suffix == "分会" and any(b in phrase[:-2] for b in self._bodies_with_branches):
            return Candidate(start, end, "ORG", "suffix")      # 某某协会某某分会: a body's branch, no event
        if held_in:
            return Candidate(start, end, "PLACE", "suffix")    # 在某某产业园举行, 在某某交流中心胜利闭幕: the venue
        if label == "PROJECT" and phrase.endswith(self._park_names) and text.endswith(self._site_verbs, 0, start):
            return Candidate(start, end, "PLACE", "suffix")    # 选址某某产业园(二期): the site chosen is a place
        return Candidate(start, end, label, "suffix")

    def _congress_start(self, text: str, toks: list[Tok], k: int, j: int) -> int:
        """The first token of the congress whose name ends at token k (某省第十四届人民代表大会), or j."""
        suffix = self._suffix_ending_at(text, toks, k, "MEETING")
        congress = suffix and self._extend(text, toks, k, "MEETING", suffix)
        return next((n for n in range(k, -1, -1) if congress and toks[n].start == congress.start), j)

    def _verb_inside_name(self, toks: list[Tok], j: int, label: str) -> bool:
        """某某灌区|续建|配套与节水改造项目: a verb of building right after a noun of the name is part of it
        (rules PROJECT.verbs_inside_after_noun); 推进|续建… opens the clause, not the name."""
        if label != "PROJECT" or j < 2 or toks[j - 1].text not in self._verbs_inside:
            return False
        noun = toks[j - 2].text
        # 某某湖景区|提升改造工程: the sight being upgraded; 某甲至某乙段|提升改造工程: the stretch of a route
        return noun.endswith((*self._sights, "段")) or (
            self.lex.pos.get(noun, "")[:1] == "n" and noun not in self.boundary and not self.lex.is_place(noun)
            and not self._is_place_word(noun))           # not 在某开发区|续建…: the zone is where it is built

    def _theme_after_scope(self, toks: list[Tok], j: int, label: str, suffix_tok: int) -> bool:
        """全省|优化|营商环境|大会, 新时代|推动|…|座谈会: a verb right after a scope word that opens a meeting's
        name (rules MEETING.theme_after_scope), with its object before the suffix, is the name's theme, not a
        clause's verb. True when token j - 1 is that verb or that scope word (so neither ends the name)."""
        if label != "MEETING":
            return False
        return any(k >= 0 and k + 2 < suffix_tok and toks[k].text in self._scopes and toks[k].end == toks[k + 1].start
                   and self.lex.pos.get(toks[k + 1].text, "")[:1] == "v" and toks[k + 1].text not in self._not_themes
                   for k in (j - 2, j - 1))      # token k the scope word, k + 1 the verb, its object before the suffix

    def _no_name_opener(self, toks: list[Tok], j: int) -> bool:
        """Token j opens no project's name: a count or a verb of having (一, 已有; rules PROJECT.not_openers),
        or the firm word of 该公司 (the firm named before)."""
        return toks[j].text in self.rules["PROJECT"]["not_openers"] or (
            j > 0 and toks[j - 1].text + toks[j].text in self.rules["BUILT_BY"]["firm_anaphors"])

    def _lac_verb(self, toks: list[Tok], j: int) -> bool:
        """LAC reads token j as a verb here (谋划|储备…项目), and not one with a quantity (年产|4万吨: a capacity)."""
        return (toks[j].start, toks[j].end) in self._verbs and not (
            j + 1 < len(toks) and toks[j + 1].text[:1] in NUMERAL_CHARS)

    def _noun_word(self, word: str) -> bool:
        """将军, 和平: a word of its own that opens with a function character (将, 和), not one glued on."""
        return len(word) >= 2 and self.lex.is_common(word, 1) and self.lex.pos.get(word, "")[:1] not in "dpcvr"

    def _split_word(self, left: str, right: str) -> bool:
        """正|极|材料: pkuseg split a noun into two characters, the first of them a boundary word (正在)."""
        return len(left + right) == 2 and self._noun_word(left + right)

    def _joins_two_names(self, toks: list[Tok], j: int, label: str, first_suffix_tok: int) -> bool:
        """Does the joiner before token j (和, 与, 、; never 暨: A暨B is one event) join two names rather than two
        words of one name? 党的二十大|和|二十届三中全会, 某全会精神|和|某党代会, 省商务厅|和|省工商联 are two;
        调研|和|座谈会, 调研|和|现场办公会 are an activity and a meeting; 生态保护|和|高质量发展座谈会 is one name."""
        if label not in ("MEETING", "ORG") or toks[j - 1].text == EVENT_JOINER or j < 2:
            return False
        left = toks[j - 2].text
        if label == "MEETING" and (left == "精神" or j == first_suffix_tok or self._inspection_verb.fullmatch(left)):
            return True                 # 参加调研|和|现场办公会: a visit and the meeting after it
        return left.endswith(tuple(self.suffixes[label])) or CONGRESS_END.search(left) is not None

    def _trim_glued_verb(self, first: Tok, start: int) -> int:
        """落实省|第十四次党代会: pkuseg glued a verb onto the level character that opens the name."""
        head = first.text[:-1]
        if first.text in self.suffixes["PLACE"]:
            return start                           # 自治区, 开发区: a place's kind itself, no verb on a level
        if start == first.start and len(head) >= 2 and first.text[-1] in self.lex.level_chars \
                and (head in self.boundary or self.lex.pos.get(head, "")[:1] == "v" and self.lex.is_common(head, 1000)):
            return first.end - 1
        return start

    def _trim_glued_to_whole(self, text: str, first: Tok, start: int) -> int:
        """对标|全市…推进会 cut as 对|标全|市: a character glued onto the 全 of 全市/全省 (no word with it) is not
        the name's."""
        if start == first.start and len(first.text) == 2 and first.text[1] == "全" \
                and text[first.end:first.end + 1] in self.lex.level_chars and not self.lex.is_common(first.text, 1):
            return first.end - 1
        return start

    def _stops_by_pos(self, word: str, label: str, suffix: str) -> bool:
        """Verbs, adverbs, pronouns … end a name (严格落实|政府); committee names may hold verbs (促进…领导小组),
        and a firm's name before its legal form a verb, adjective or adverb (某某明远|能源有限公司, 某某高速|公路有限公司)."""
        rule = self.rules[label]
        pos = self.lex.pos.get(word)
        if len(word) < 2:
            return pos in ("p", "c", "u", "r")   # 以政协, 于: function words; 能, 化 (split words) are not
        if pos not in rule.get("stop_pos", ()) or self.lex.is_place(word):
            return False                         # a known place jieba tags as an idiom (某崖) or a verb (遵义)
            #                                        opens a name
        if label == "COMPANY" and FIRM_ORDINAL.fullmatch(word):
            return False                         # 某某工程|第十四|建设有限公司: a group's numbered subsidiary
        if self._name_word(word, label, suffix):
            return False                         # 北方|某某能源有限公司: a direction opens a firm's name
        if label == "COMPANY" and suffix in rule["needs_name"]:
            return True
        return not (pos in ("v", "vn", "a", "d", "ad") and suffix in rule.get("verbs_allowed_before", ()))

    def _ends_a_split_name(self, toks: list[Tok], j: int) -> bool:
        """库|布|其|沙漠: pkuseg cut a name it does not know (a desert's, a steppe's) into single characters, and
        the last of them (其) is tagged a pronoun. Single characters glued together, one before the last no word
        of its own (布) and none a function word (not 并|对|其, 及|其), the last no joiner (工业|硅|由|某公司), are
        one name."""
        run = 0
        while j - run - 1 >= 0 and len(toks[j - run - 1].text) == 1 and CJK_WORD.match(toks[j - run - 1].text) \
                and toks[j - run - 1].end == toks[j - run].start:
            run += 1
        before = [self.lex.pos.get(toks[k].text) for k in range(j - run, j - 1)]
        return run >= 2 and None in before and not any(p in ("p", "c", "u", "r", "d") for p in before) \
            and self.lex.pos.get(toks[j - 1].text) not in ("p", "c", "u")

    def _name_word(self, word: str, label: str, suffix: str) -> bool:
        """A word that ends names elsewhere but belongs to this one (rules' name_words: 某市城市建设投资…有限公司,
        北方某某能源有限公司; 全市重点项目建设现场推进会)."""
        rule = self.rules[label]
        return word in rule.get("name_words", ()) and suffix in rule.get("verbs_allowed_before", self.suffixes[label])

    def _is_meeting_word(self, word: str) -> bool:
        return word in ("会议", "会上", "大会")

    def _signed_object(self, text: str, start: int, end: int) -> bool:
        """签订|某某生产基地项目|合作协议: the project of a signed agreement is one project, however plainly it is
        described (rules SIGNATORIES.agreements); so is the one a firm builds at a named site or for a stated sum
        (某某有限公司在某开发区建设|某某产业园, 某某产业园项目|，由某某有限公司投资12亿元建设), and one whose site the
        text gives (rules PROJECT.site_verbs)."""
        if self._firm_builds_at.search(text, max(0, start - 30), start) or (
                end - start >= 6 and self._firm_builds_after.match(text, end)):    # not a bare 改扩建|工程
            return True
        sited = self._sited_after.match(text, end) or self._sited_before.search(text, max(0, start - 24), start) \
            or self._built_at_place.search(text, max(0, start - 24), start)
        if end - start >= 6 and sited and not text.startswith(("项目", "工程"), start):
            return True                   # 某某加工项目，位于某镇 / 位于某镇的… / 在某镇建设…: one project at its site
            #                               (not 项目配套码头建在…: a part of the project just named)
        if end - start >= 6 and text.endswith(("项目", "工程"), start, end) and (
                self._seen_at_firm.search(text, max(0, start - 40), start)
                or self._seen_at_place.search(text, max(0, start - 40), start)):
            return True                   # 来到某公司，察看某某技改项目: the host firm's project (not a production line);
            #                               在某镇某村，与会人员察看了某某示范基地项目: the project at the place visited
        if end - start >= 6 and self._own_sum_before.search(text, max(0, start - 16), start):
            return True                   # 总投资15亿元的某某产业园项目: a sum is stated for this one project
        if end - start >= 6 and self._place_then_of(text, start):
            return True                   # 某市高新区的某某结构件项目: a place's own project, however plainly named
        if end - start >= 6 and text.endswith("项目", start, end) \
                and SIGNED_PROJECT_BEFORE.search(text, max(0, start - 3), start):
            return True                   # 某县与某某有限公司签约|某某加工项目: the project signed for
        return bool(self._signed_before.search(text, max(0, start - 4), start)) and bool(self._agreement_after.match(text, end))

    def _joins_two_places(self, core: str) -> bool:
        """某甲至某乙(快速): a route between two known places, however common their words (平安, 互助: counties)."""
        left, _, right = core.partition("至")
        return self.lex.is_place(left) and self.lex.leading_place(right) > 0

    def _place_then_of(self, text: str, start: int) -> bool:
        """Is `start` right after a known place's name (a division or listed place opening it, a level or zone
        word closing it) and 的 (某市某某新区的|…)?"""
        if text[start - 1:start] != "的":
            return False
        for k in range(2, 13):
            name = text[max(0, start - 1 - k):start - 1]
            if len(name) == k and name.endswith(self.lex.place_name_ends) and self.lex.leading_place(name):
                return True
        # 某某镇的|…, 某某镇某某村的|…: a town with its level (and a village of it), however little known
        before = text[max(0, start - 9):start - 1]
        villages = (0, 3, 4) if before.endswith("村") and CJK_WORD.match(before[-4:]) else (0,)
        return any(self._is_town(before[:len(before) - v][-n:]) for v in villages for n in (3, 4))

    def _acceptable(self, phrase: str, label: str, suffix: str, toks: list[Tok], signed: bool = False) -> bool:
        core = phrase[: len(phrase) - len(suffix)]
        if phrase in self.generic[label] or not core:
            return False
        core_stripped = core.strip("“”\"'‘’")
        if not core_stripped or core_stripped in self.lex.titles:
            return False
        first = toks[0].text
        if any(t.text in self._site_verb_words for t in toks[1:]):
            return False                                   # 某某中心|落户|某地西部: a clause, no name
        if ORDINAL.match(first) and len(toks) <= 2 and label != "PROJECT":
            return False
        if label == "MEETING":
            # reject "这次会议" style, bare verb + 会议, and an organ's routine session (州委常委会议)
            return len(core_stripped) >= 2 and not self.lex.is_common(phrase, 200) and not ROUTINE_SESSION.match(core_stripped) \
                and not SUB_SESSION.match(phrase) and not UP_THERE.fullmatch(core_stripped)
        if LEVEL_GENERIC.match(phrase):
            return False                                   # 三级医院, A级景区: a class, not a name
        if label == "PROJECT":
            # a project names something concrete: a number, a place, a company or a proper word,
            # and is not a generic class (重点项目, 民生实事工程)
            if self.lex.is_common(phrase, 20) or any(core.endswith(m) for m in self.rules["PROJECT"]["generic_modifiers"]) \
                    or phrase.endswith(tuple(self.rules["PROJECT"]["operating_ends"])):
                return False
            if CLASS_PREFIX.match(core_stripped) or _ends_in_quoted_name(phrase):
                return False                  # 世界级…基地, 四分之一…, “一把手”工程: a class, a share, a campaign
            if any(t.text in self.lex.titles and a.text.endswith(ORGANS) for a, t in zip(toks, toks[1:-1])):
                return False                  # 某市委|书记|带队…看|项目: a headline on an official's visit
            route = "至" in core_stripped and suffix in self.rules["PROJECT"]["line_heads"]   # 某甲至某乙一级公路
            if core_stripped.endswith(tuple(self.rules["PROJECT"]["batch_words"])) or (not route and any(
                    re.search(rx, core_stripped) for rx in self.rules["PROJECT"]["slogan_cores"])):
                return False                  # 春季项目, 一号工程, 百亿级项目: a batch, a slogan or a class
            if suffix == "项目" and self._industry_only(core_stripped):
                return False                  # 某县镁产业项目, 冷链物流项目: places and an industry, a kind
            concrete = suffix in self.rules["PROJECT"]["concrete_heads"]     # 某岭大桥, 某山隧道: a named structure
            if COUNT_LEAD.match(core_stripped):
                return False                  # 3处文化广场, 1200户安置点: a count of things, not one project
            if BATCH_PREFIX.match(core_stripped) or (len(core_stripped) < 3 and not NUMERIC.search(core) and not concrete
                                                     and not any(t.text in self.lex.places for t in toks)):
                return False                  # 第一批…示范区, 气电项目: a batch or a kind, not one project
            return signed or bool(NUMERIC.search(core)) or self._has_proper(toks[:-1]) \
                or self._names_an_institution(toks[:-1]) or (route and self._joins_two_places(core_stripped))
        if label in ("ORG", "COMPANY") and self._no_name_before(toks, phrase, suffix):
            return False                      # 刚出|医院, 能去|学校, 三十多|部: verbs or a count, no name
        last = toks[-1].text
        suffix_covers_last = toks[-1].start >= toks[-1].end - len(suffix) or len(suffix) >= len(last)
        organ_word = label == "ORG" and suffix == "局" and len(last) >= 3 and last.endswith(suffix) \
            and len(toks) >= 2 and not self.lex.is_common(last[-2:], 20) \
            and (toks[0].text in RELATIVE_LEVELS or toks[0].text in self.lex.division_full)   # not 新|格局
        if label in ("ORG", "COMPANY") and not suffix_covers_last and self.lex.is_common(last, 20) \
                and not any(last.endswith(s) for s in self.suffixes[label] if len(s) >= 2) and not organ_word:
            return False                      # 部署, 格局, 干部: a common word that merely ends in 部/局
            #                                   (市|应急|管理局, 县|林业局: a bureau's word after its level is one)
        if label == "COMPANY":
            if last in self.rules["COMPANY"]["appositive_heads"]:
                return False              # 某某新能源全资|子公司: a descriptor the firm's name stands beside
            if suffix in self.rules["COMPANY"]["needs_proper"] and not self._has_proper(toks[:-1]) \
                    and not any(t.text.endswith(("银行", "集团", "公司")) for t in toks[:-1]):
                return False              # 科技支行, 投资公司: a kind of firm, not a named one
            if suffix in self.rules["COMPANY"]["needs_name"]:
                if any(self.lex.is_common(t.text, 5) and t.text not in self.lex.places for t in toks[:-1]):
                    return False
                if core_stripped.endswith(self.lex.place_name_ends):
                    return False              # 某某经开区|光电: a zone and an industry (of a park's name), not a firm
                # 锦泰锂业 yes, 新能源 / 盐湖化工 (an industry) no: the name part must not be a common word
                return len(core_stripped) >= 2 and not self.lex.is_common(core_stripped, 5) and not self.lex.is_common(phrase, 5)
            return len(core_stripped) >= 2 and not self.lex.is_common(phrase, 100)
        if label == "ORG":
            if suffix in self.rules["ORG"]["single_char_suffix_needs_prefix"] and len(core_stripped) < 2:
                return False
            if self._slogan_end.search(phrase):
                return False              # 为建设某市开好局, 开创发展新局: a slogan's 局, no bureau
            if len(suffix) == 1 and any(phrase[-n:] in self.lex.titles for n in (2, 3, 4, 5) if n < len(phrase)):
                return False              # 某省委会专职副主委: a title ending in 委, not an organisation
            if suffix in self.rules["ORG"]["needs_proper"] and not self._has_proper(toks[:-1]):
                return False              # 临床医学研究中心: a kind of centre, not a named one
            if suffix in self.rules["ORG"]["organ_suffixes"] and not all(self._place_like(t.text) for t in toks[:-1]
                                                                         if t.start < toks[-1].end - len(suffix)) \
                    and not self.lex.is_division(phrase[:-len(suffix)] + suffix[0]):
                return False              # 海东市政府, 醴陵|市委 (醴陵市) yes; 凝心聚力贯穿于政协 no: an organ's prefix is a place
            return not self.lex.is_common(phrase, 100)
        return True

    def _no_name_before(self, toks: list[Tok], phrase: str, suffix: str) -> bool:
        """Nothing but verbs, adverbs and function words before the suffix (出|医院, 能|去|学校), or a count
        before 部 (三十多|部 works, not a ministry)."""
        core_end = toks[-1].end - len(suffix)
        before = [t.text for t in toks if t.end <= core_end]
        if suffix == "部" and COUNT_END.search(phrase[: len(phrase) - 1]):
            return True
        return bool(before) and all(self.lex.pos.get(w, "") in ("v", "d", "p", "c", "u", "r") for w in before)

    def _capacity_projects(self, text: str, toks: list[Tok]) -> list[Candidate]:
        """Builder + capacity + product: 某某锂业年产2万吨碳酸锂, 某玻10万吨多晶硅 (the builder is required)."""
        out = []
        starts = {t.start: n for n, t in enumerate(toks)}
        for m in CAPACITY.finditer(text):
            if m.start() not in starts:
                continue
            stop = PRODUCT_STOP.search(text, m.end(), min(len(text), m.end() + 14))
            end = stop.start() if stop else min(len(text), m.end() + 8)
            end = min([end] + [a for a, _ in self._verbs if m.end() < a < end])   # 5万吨|预计…投产: a verb ends it
            if text.startswith(APPROXIMATIONS, m.end()):
                continue                            # 产能已达630万吨左右: an amount, not a product's capacity
            bare_site = end == m.end() and m.group().endswith(SITE_UNITS)     # 某地140万千瓦等4个…项目
            if (end - m.end() < 2 and not bare_site) or end - m.end() > 12:
                continue
            k = starts[m.start()]
            j = k
            while j > 0:
                if (jumped := self._jump_over_actor(toks, j)) is not None:
                    j = jumped
                    break
                prev = toks[j - 1].text
                bare_trade = ((j < k and toks[j].text in self.suffixes["COMPANY"])   # 宏远|锂业: the name before it
                              or (j == k and prev in self._trade_words))             # 某岳新|材料|年产…
                if prev in PUNCT or all(c in PUNCT for c in prev) or prev in self.boundary or prev in QUOTES \
                        or prev == EVENT_JOINER or (
                        len(prev) >= 2 and not bare_trade and
                        self.lex.is_common(prev, 20) and prev not in self.lex.places and not prev.endswith(tuple(self.suffixes["COMPANY"]))):
                    break
                if m.start() - toks[j - 1].start > 16:
                    break
                if prev == "园" and j >= 2 and toks[j - 2].text + prev in self._park_words:
                    break                           # 阜康|产业|园|天拓|硅业|年产…: the park's last character
                j -= 1
            while j < k and (self._no_name_opener(toks, j) or PHASE.fullmatch(toks[j].text) or toks[j].text == "期"
                             or ENUM_RE.match(toks[j].text)):
                j += 1                              # 已有|86台…, 一|期|5万吨…, 1.|年产…: no builder's name there
            if seen := [*self._inspection_verb.finditer(text, toks[j].start, m.start())]:
                # 某某|河察看|某某新材料年产…: a visitor's verb (pkuseg glued it on) opens no builder's name
                j = next((n for n in range(j, k + 1) if toks[n].start >= seen[-1].end()), k)
            if j == k or self._bare_trade_word(text[toks[j].start:m.start()]):
                continue                            # 明月(common)|新|能源|年产…: no name left before the trade word
            phrase_end = end
            if text.startswith(("项目", "工程"), end):
                phrase_end = end + 2                # 某港5万吨级泊位二期|工程: the name's own last word
            out.append(Candidate(toks[j].start, phrase_end, "PROJECT", "capacity"))
            # 某县年产…: a county alone is the site, not a firm (青海某某年产…: a firm's short name holds its place)
            # 某县某镇|某某锂电|年产…: places written with their level before a firm are the site, not its name
            lead = self._after_places(toks, j, k)
            out += [Candidate(t.start, t.end, "PLACE", "builder") for t in toks[j:lead]]
            rest = PHASE.sub("", text[toks[lead].start:m.start()]) if lead < k else ""
            if lead > j and (not m.group().endswith(SITE_UNITS) or (len(rest) >= 4 and self._ends_like_a_maker(rest))):
                j = lead                            # 某县某镇|某源光伏|30万千瓦: the places, then the maker
            all_places = not m.group().endswith(SITE_UNITS) and j == k
            builder = "" if all_places else PHASE.sub("", text[toks[j].start:m.start()])   # 某某化工二期 -> 某某化工
            is_company = builder in self.lex.companies or self._ends_like_a_maker(builder)   # 某某光伏|10GW: a maker
            site = m.group().endswith(SITE_UNITS) and not is_company
            if len(builder) >= 2 and not any(ch in builder for ch in "一-至") and not YEAR_LEAD.match(builder) \
                    and not (builder[0] == "年" and not self.lex.pos.get(builder[1:], "v").startswith("n")):   # 年屠宰|50万头
                b_start, b_end = toks[j].start, toks[j].start + len(builder)
                parts = [t for t in toks[j:k] if t.end <= b_end]
                tail = next((n for n in (4, 3, 2) if len(builder) - n >= 2 and self.lex.is_place(builder[-n:])), 0)
                firm = self._firm_written_inside(builder, parts)
                # 某某绿能|哈密, 某某时代|宜春: a name that is no place, then a known place at the end
                firm_then_place = tail and not self.lex.is_place(builder[:-tail]) and not self._place_like(parts[0].text)
                if site and firm:
                    # 某源氢能|某地|40万千瓦 where 某省某源氢能科技有限公司 is named in the text: the firm, then the site
                    out.append(Candidate(b_start, b_start + firm, "COMPANY", "builder"))
                    out.append(Candidate(b_start + firm, b_end, "PLACE", "builder"))
                elif site and firm_then_place:
                    # 某某绿能|哈密|200万千瓦: a firm, then the known place of the site (the firm: FirmOpeners)
                    out.append(Candidate(b_end - tail, b_end, "PLACE", "builder"))
                elif site and len(parts) >= 2 and all(len(t.text) >= 2 for t in parts):
                    # 某县某口240万千瓦…: the county and the site are two places, the first one the wider
                    out.extend(Candidate(t.start, t.end, "PLACE", "builder") for t in parts)
                elif not site and firm and self._names_a_site(builder[firm:]):
                    # 某某棉业|某某县|年产5万吨… where 某省某某棉业有限公司 is named in the text: the firm, then its plant's place
                    out.append(Candidate(b_start, b_start + firm, "COMPANY", "builder"))
                    out.append(Candidate(b_start + firm, b_end, "PLACE", "builder"))
                elif not site and firm_then_place and self.lex.is_division(builder[-tail:]) \
                        and not self.lex.is_common(builder[:-tail], 20):
                    # 某某时代|宜春|年产10万吨…: a firm written short, then the city or county of its plant
                    out.append(Candidate(b_start, b_end - tail, "COMPANY", "builder"))
                    out.append(Candidate(b_end - tail, b_end, "PLACE", "builder"))
                elif not site and (lead := self._leading_town(builder) or self._leading_zone(builder)):
                    # 某县|景星|镇金|穗生物|30万吨…: pkuseg glued the town's level onto the firm's name;
                    # 某某高新区|某某锰业|年产…: the zone, then the firm
                    out.append(Candidate(b_start, b_start + lead, "PLACE", "builder"))
                    out.append(Candidate(b_start + lead, b_end, "COMPANY", "builder"))
                else:                               # 某某市|10万吨…: a division pkuseg cut from its level is the site
                    place = site or builder in self.lex.division_full or any(
                        builder.endswith(w) and len(builder) > len(w) for w in self._site_ends) or (
                        self.lex.is_place(builder) and self._short_firm_before(text, b_start)) or (
                        len(builder) >= 3 and builder.endswith(self.lex.town_ends))   # 某市|郭某某镇|年产…: a town
                    # (盐湖: a district and a firm, short); 某某港|5万吨级泊位: a port or a park is the site;
                    # 某某新材料|盐城|年产…, 江苏某某新材料有限公司 named in the text: the firm, then its plant's city
                    cut = 0
                    while not place and (n := self.lex.leading_division(builder[cut:])) \
                            and builder[cut + n - 1] in self.lex.level_chars:
                        out.append(Candidate(b_start + cut, b_start + cut + n, "PLACE", "builder"))
                        cut += n                    # 某某市|准格尔旗|某某能源 (pkuseg cut across the names): the sites;
                        #                             北京某某氢投 is the firm's short name with its place
                    out.append(Candidate(b_start + cut, b_end, "PLACE" if place else "COMPANY", "builder"))
        return out

    def _ends_like_a_maker(self, name: str) -> bool:
        """A firm's ending or a trade word closes the name (某某锂业, 某源光伏): a maker, not a site."""
        return name.endswith(self._maker_ends)

    def _bare_trade_word(self, words: str) -> bool:
        """A trade word (能源, 新材料) with at most one character of a name before it."""
        trade = next((w for w in self._trade_words if words.endswith(w)), "")
        return bool(trade) and len(words) - len(trade) < 2

    def _leading_town(self, builder: str) -> int:
        """Length of a town (某某镇, 某某乡) opening a builder's name with a firm's name (2+ characters) after it."""
        return next((n for n in (3, 4) if len(builder) - n >= 2 and self._is_town(builder[:n])), 0)

    def _leading_zone(self, builder: str) -> int:
        """Length of a zone (某某高新区, 某某经济开发区) opening a builder's name with a firm's name after it (a
        maker's ending or no everyday word)."""
        ends = [m.end() for m in self._zone_in_builder.finditer(builder)]
        rest = builder[ends[-1]:] if ends else ""
        return ends[-1] if rest and (self._ends_like_a_maker(rest) or not self.lex.is_common(rest, 20)) else 0

    def _is_town(self, words: str) -> bool:
        """A town written with its level (某某镇, 某某乡), 3-4 characters, whose name is no common word."""
        return len(words) in (3, 4) and words.endswith(TOWN_LEVELS) and CJK_WORD.match(words) is not None \
            and not self.lex.is_common(words[:-1], 20)

    def _names_a_site(self, words: str) -> bool:
        """A known place, or a town written with its level (某某镇, 某某乡) whose name is no common word."""
        return self.lex.is_place(words) or self._is_town(words)

    def _short_firm_before(self, text: str, at: int) -> bool:
        """The 4-8 characters before `at` are written inside a longer firm name found in this text."""
        return any(CJK_WORD.match(w := text[at - n:at]) and inside_a_firm_name(w, self._firms) for n in range(4, min(at, 8) + 1))

    def _firm_written_inside(self, builder: str, parts: list[Tok]) -> int:
        """Length of the builder's longest leading run of whole words (4+ characters, some left for the site)
        that is written inside a firm's full name found in this text, else 0."""
        length = 0
        for t in parts[:-1]:
            length += len(t.text)
            if length >= 4 and not any(builder[:length] in firm for firm in self._firms):
                length -= len(t.text)
                break
        return length if length >= 4 and len(builder) - length >= 2 else 0

    def _names_an_institution(self, toks: list[Tok]) -> bool:
        """县人民医院|迁建项目: a level word, then an institution's word (医院, 中学): the project of a named body."""
        return len(toks) >= 2 and self._place_like(toks[0].text) and any(
            t.text in self.institution_words for t in toks[1:])

    def _industry_only(self, core: str) -> bool:
        """The core of a 项目 is places (known, with or without their level) and at most four characters of an
        industry (rules PROJECT.industry_ends), or places alone (某某区|项目建设情况: the district's projects)."""
        while (n := self.lex.leading_place(core)):
            core = core[n + (core[n:n + 1] in self.lex.level_chars):]
            if not core:
                return True
        return len(core) <= 4 and core.endswith(self._industry_ends)

    def _has_proper(self, toks: list[Tok]) -> bool:
        """A place, an organisation or a word the general dictionary does not know (a proper name)."""
        return any(t.text in self.lex.places or t.text in self.lex.orgs or t.text in self.lex.companies
                   or (len(t.text) >= 2 and CJK_WORD.match(t.text) and not self.lex.is_common(t.text, 5)
                       and t.text not in self._verbs_inside) for t in toks)      # 续建: rare, but no name

    def _after_places(self, toks: list[Tok], i: int, stop: int) -> int:
        """The index after the places written with their level from token i on (某县|某镇|…), at most `stop`."""
        while i < stop and self._is_place_word(toks[i].text):
            i += 1
        return i

    def _opens_with_junk_place(self, word: str) -> bool:
        """和硕县, 和平县: a known place of three or more characters (和县 after 市委 is a joiner and 县委)."""
        return len(word) >= 3 and self.lex.is_place(word)

    def _is_place_word(self, word: str) -> bool:
        """A place written with its level (某县, 某镇): never a firm. Short forms are not enough (盐湖 is a firm
        written short as well as a district written short)."""
        return len(word) >= 3 and word[-1] in self.lex.level_chars and not self.lex.is_common(word, 20)

    def _town_stem(self, toks: list[Tok], j: int) -> bool:
        """某铺|街道, 某岗|镇: an uncommon word (LAC may read it a verb) right before a town's level word is the
        town's own name."""
        return j + 1 < len(toks) and toks[j + 1].text in self.lex.town_ends and not self.lex.is_common(toks[j].text, 1)

    def _place_like(self, word: str) -> bool:
        lex = self.lex
        return (word in lex.places or word in lex.orgs or word in RELATIVE_LEVELS or word in ("中共", "国家", "中央")
                or word[-1:] in lex.level_chars or DIGITS_ORDINAL.match(word) is not None)

    # -- places -----------------------------------------------------------------------------------
    def _place(self, text: str, toks: list[Tok], i: int) -> Candidate | None:
        """A gazetteer place, or a name + place suffix: 格尔木市, 海西蒙古族藏族自治州, 祁连山国家公园."""
        tok = toks[i]
        lex = self.lex
        if tok.text in lex.places:
            return Candidate(tok.start, tok.end, "PLACE", "gazetteer")
        suf = self._suffix_ending_at(text, toks, i, "PLACE")
        if not suf:
            return None
        k = i
        while k > 0 and toks[k].start > tok.end - len(suf):
            k -= 1                                    # first token of a split suffix (国家|公园)
        core_in_tok = text[toks[k].start:tok.end - len(suf)]
        cut_name = len(core_in_tok) == 1 and suf in ("镇", "乡") and k > 0 and not lex.is_common(toks[k].text, 1) \
            and self._name_cut_before_last_char(toks[k - 1].text, core_in_tok)      # 美丽|城镇: 美丽 is no place
        if cut_name:
            k -= 1                                    # 石门|川镇: pkuseg cut the name before its last character
            core_in_tok = text[toks[k].start:tok.end - len(suf)]
        if core_in_tok in RELATIVE_LEVELS and suf in self._own_halls:
            return Candidate(toks[k].start, tok.end, "PLACE", "venue")   # 县行政中心 as one word: the county's own
        verb_first = (toks[k].start, toks[k].start + 2) in self._verbs
        if len(core_in_tok) > 2 and verb_first and lex.is_place(core_in_tok[2:] + suf):
            return Candidate(toks[k].start + 2, tok.end, "PLACE", "suffix")   # 扎根岐山 as one word: the verb's object
        if core_in_tok:                               # the suffix shares a token with the name: 格尔木市
            if not (lex.is_place(core_in_tok) or cut_name or (len(core_in_tok) >= 2 and not lex.is_common(toks[k].text, 30)
                                                              and not lex.is_common(core_in_tok, 300))
                    or self._village_after_its_town(toks, k, suf, core_in_tok)):
                return None
            if core_in_tok[0] in FUNCTION_CHARS and core_in_tok not in lex.places and len(core_in_tok) > 2 \
                    and (lex.is_place(core_in_tok[1:]) or lex.is_place(core_in_tok[1:] + suf)):
                return None                           # 为曲麻莱县: pkuseg glued a preposition on (拉西瓦镇 is a name)
            start = toks[k].start
            k_start = k
        else:
            start, k_start = tok.end - len(suf), k
        # reach left over name tokens: one for a one-character suffix (格尔木|市), up to three for a longer
        # one (茶卡|盐湖|景区), across 民族 names (海西|蒙古族|藏族|自治州)
        reach = 1 if len(suf) == 1 else 3
        if core_in_tok and core_in_tok + suf in lex.division_full and not (k_start > 0 and lex.is_place(
                toks[k_start - 1].text + core_in_tok + suf)):
            reach = 0                                 # 晶川光伏|屏山县: a whole division's name is not reached past
        j = k_start
        while j > 0 and reach > 0:
            prev = toks[j - 1].text
            if prev in PUNCT or prev in QUOTES or prev in self.boundary or DATE_TOKEN.match(prev) \
                    or toks[j - 1].end < toks[j].start or not (CJK_WORD.match(prev) or prev == "·") \
                    or prev.endswith(FIRM_HEADS) or prev.endswith(self._site_verbs):
                break                                 # G108|褒南县, 某集团|某市经开区: a number or a firm is no part;
                #                                       拟落户|某经济开发区: a site verb pkuseg glued an adverb onto
            adjacent = (j == k_start and not core_in_tok                     # 银河|小区: a common word as a name
                        and suf in self.rules["PLACE"]["named_by_common_word"])
            if not (prev in lex.places or prev.endswith("族") or not lex.is_common(prev, 30) or adjacent) \
                    or len(prev) < 2 and prev != "·":
                break
            if self.lex.pos.get(prev) in ("i", "l", "v", "d", "a", "r", "m") or (len(prev) == 2 and prev[-1] in "于至到向") \
                    or (toks[j - 1].start, toks[j - 1].end) in self._verbs:
                break                                 # 起于|某市, 止于|某县: a verb with its preposition; 心系|高原
            bare_zone = suf in self.rules["PLACE"]["zone_suffixes"] and j == k_start and not core_in_tok
            if prev.endswith(self.lex.admin_suffixes) and not suf.startswith("自治") and suf not in self.venues and not bare_zone:
                break                                 # 曲麻莱县|昆仑社区, 某市|某某高新区: two places (某县会议中心, 某县经济开发区: one)
            # a name of its own before the suffix (昆仑|社区, 汉西|县) makes the place before it another place;
            # one character is no name (石门|川镇: pkuseg cut 石门川 before its last character)
            has_core = len(core_in_tok) >= 2 or any(not t.text.endswith("族") for t in toks[j:k_start])
            river_then_county = len(prev) >= 2 and prev[-1] in NATURE_ENDS and bool(core_in_tok) and len(suf) == 1
            if (prev in lex.places or river_then_county) and has_core and suf not in self.rules["PLACE"]["nature_suffixes"]:
                break                                 # 格尔木|昆仑社区, 汉江|汉西县; but 祁连山|国家公园 is one name
            j -= 1
            if not prev.endswith("族"):
                reach -= 1
        start = min(start, toks[j].start) if j < k_start else start
        if suf in self.rules["PLACE"]["region_suffixes"]:
            start = self._region_start(toks, j if j < k_start else k_start, start)
        elif suf in self.rules["PLACE"]["zone_suffixes"]:
            start = self._region_start(toks, j if j < k_start else k_start, start, nouns_only=True)   # 某阳|绿色|化工|高新区
        start = _trim_leading_function_char(text, start, tok.end,
                                            any(t.start == start and self._opens_with_junk_place(t.text)
                                                for t in toks[j:k_start + 1]))
        if text[start] in lex.level_chars and any(t.end == start and lex.is_place(t.text) for t in toks[max(0, j - 1):j + 1]):
            start += 1                            # 神木|市尔林兔镇: the level is the county's before it, not the town's
        phrase = text[start:tok.end]
        if "至" in phrase[:-len(suf)]:            # 某某拉至宗加镇公路 (至 glued to the name before it): the route's far end
            start += phrase.rindex("至", 0, len(phrase) - len(suf)) + 1
            phrase = text[start:tok.end]
        if (start, start + 1) in self._verbs and phrase[1:] in lex.division_full and suf in COUNTY_LEVELS \
                and not lex.is_place(phrase):
            return Candidate(start + 1, tok.end, "PLACE", "suffix")   # 赴眉县 (pkuseg's one word): a verb, a county
        if phrase == suf and suf in self._own_halls and k_start > 0 and toks[k_start - 1].text in RELATIVE_LEVELS:
            return Candidate(toks[k_start - 1].start, tok.end, "PLACE", "venue")   # 县会议中心, 县经济开发区: the county's own
        if phrase == suf or phrase in self.generic["PLACE"] or LEVEL_INSIDE.search(phrase[:-len(suf)]) \
                or "级" in phrase[:-len(suf)]:                # 三级医院; but 某市国家级经济技术开发区
            return None
        core = phrase[:-len(suf)]
        before = core[:core.find("段")] if "段" in core else ""
        if any(lex.is_place(before[-n:]) for n in (4, 3, 2) if n <= len(before)):
            return None                                   # 某河某县|段滨河: a stretch in a place, then its banks
        if core.endswith(ABSTRACT_ENDS) and len(core) >= 3 and not lex.is_place(core):
            return None                                   # 城镇化社区, 现代化新区: an abstract word, not a name (兴化县 is one)
        if len(suf) == 1 and (phrase[-2:-1] in COUNT_CHARS or RANKED.search(phrase)):
            return None                                   # 都兰三县, 西宁两市: a count of places; 百强县: a rank
        if len(suf) == 1 and len(phrase) == 4 and phrase[2] in SLOGAN_VERBS and self.lex.is_common(phrase[:2], 1000):
            return None                                   # 生态立县, 工业强市, 文化兴省: a development slogan
        if len(suf) == 1 and len(phrase) == 3 and phrase[1] in SLOGAN_VERBS and text[start - 1:start] == "以":
            return None                                   # 以港兴市, 以工强市: a slogan too
        if len(phrase) > self.rules["PLACE"]["max_chars"] or len(phrase) - len(suf) < (2 if len(suf) == 1 else 1):
            return None
        return Candidate(start, tok.end, "PLACE", "suffix")

    def _village_after_its_town(self, toks: list[Tok], k: int, suf: str, core: str) -> bool:
        """某某镇|桃花村, 某乡|光明村: a village is often named by an everyday word (桃花, 光明); written right after
        the town or county it belongs to, it is a village all the same; so is a town (某县|先锋镇, 某县|红星乡)
        right after a known county or city."""
        if len(core) < 2 or k == 0 or toks[k - 1].end != toks[k].start:
            return False
        prev = toks[k - 1].text
        if suf in TOWN_LEVELS:
            return prev[-1:] in COUNTY_LEVELS and prev in self.lex.division_full
        return suf in self._village_suffixes and self._is_place_word(prev)

    def _name_cut_before_last_char(self, prev: str, last: str) -> bool:
        """石门|川镇: the word before is a known place's name (not a function word or a verb), and with the cut
        character it makes no everyday word."""
        return (CJK_WORD.match(prev) is not None and len(prev) == 2 and prev not in self.boundary
                and not prev.endswith(self.lex.admin_suffixes) and self.lex.is_place(prev)
                and not self.lex.is_common(prev + last, 1) and self.lex.pos.get(prev, "")[:1] not in ("v", "d", "p", "r"))

    def _region_start(self, toks: list[Tok], j: int, start: int, nouns_only: bool = False) -> int:
        """A region is named from the place it is built around, over common words: 广东|沿海|经济带,
        长春|现代化|都市圈, 成渝|地区|双城|经济圈. Without a known place within four words, the name stays as found."""
        for k in range(j - 1, max(-1, j - 5), -1):
            word = toks[k].text
            if word in PUNCT or word in QUOTES or word in self.boundary or not CJK_WORD.match(word) \
                    or word.endswith(FIRM_HEADS):
                break
            if nouns_only and word.endswith(self.lex.admin_suffixes) and (word not in self.lex.division_short
                                                                           or word in self.generic["PLACE"]):
                break                           # 某区|临港|经开区: the county is a place of its own (沧州|临港|…: 州 is
                #                                 the city's name, written short, not its level; 全州: the whole 州)
            if self.lex.is_place(word):
                return toks[k].start
            if nouns_only and (self.lex.pos.get(word, "n")[:1] not in ("n", "b") or (toks[k].start, toks[k].end) in self._verbs):
                break
        return start

    def _listed_places(self, text: str, toks: list[Tok], known: list[Candidate]) -> list[Candidate]:
        """Unknown short names listed with known places (格尔木、德令哈、某某工业园) are places too."""
        place_spans = {(c.start, c.end) for c in known if c.label == "PLACE"}
        out, i = [], 0
        while i < len(toks):
            items, j = [], i
            while j < len(toks) and CJK_WORD.match(toks[j].text) and 2 <= len(toks[j].text) <= 4:
                items.append(toks[j])
                if j + 1 < len(toks) and toks[j + 1].text == "、":
                    j += 2
                else:
                    j += 1
                    break
            if items and j < len(toks) and toks[j - 1] is items[-1] and CJK_WORD.match(toks[j].text) \
                    and toks[j].text not in self.boundary and self.lex.pos.get(toks[j].text, "")[:1] not in AFTER_NAME_POS:
                items = items[:-1]                # 生态海西、美丽|海西: the last item goes on, it is no short name
            if len(items) >= 2 and any((t.start, t.end) in place_spans for t in items):
                for t in items:
                    if t.text.endswith(GROUP_WORDS) and self.lex.is_place(t.text[:-1]):
                        out.append(Candidate(t.start, t.end - 1, "PLACE", "list"))   # 南京、无锡组: its delegates' group
                        continue
                    if (t.start, t.end) not in place_spans and not self.lex.is_common(t.text, 5) and t.text not in self.lex.titles \
                            and not (self.lex.is_place(t.text[1:]) and self.lex.pos.get(t.text[0], "")[:1] == "v"):
                        # 懂青海、爱青海、兴青海: a verb before a known place is a slogan, not a name
                        out.append(Candidate(t.start, t.end, "PLACE", "list"))
            i = max(j, i + 1)
        return out
