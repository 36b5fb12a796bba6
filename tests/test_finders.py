"""The finders alone, on small hand-made lexicons and token lists: no spaCy pipeline, no LAC model."""
import copy

import pytest

from kg.nlp.combine import (combine_people, division_places, drop_ambiguous_places, enclosed_division_pairs,
                             glued_level_places, lac_named_lines, lines_by_short_names, looks_like_name,
                             split_enclosed_pairs)
from kg.nlp.divisions import Division, read_divisions, write_divisions
from kg.nlp.lexicon import Lexicon, load_lexicon
from kg.nlp.meetings import MeetingSubjects
from kg.nlp.phrases import Candidate, Tok
from kg.nlp.projects import ListedItems, ProjectBuilders, projects_beside_projects, projects_listed_at_a_site

RULES = copy.deepcopy(load_lexicon().rules)       # the real rule file, read once; the word lists are ours


def lexicon(**overrides) -> Lexicon:
    base = dict(titles={"省长", "副省长", "市长"}, surnames_single=set("王李张刘陈周曾于"), surnames_double=set(),
                places={"东城"}, orgs=set(), companies=set(), rules=RULES, syllables=set(),
                common={"领导": 30000, "作": 28000, "新作": 121, "朝阳": 900}, pos={"领导": "n", "作": "v", "新作": "n"},
                division_full={"通榆县", "朝阳区"}, division_short={"通榆": "通榆县", "朝阳": "朝阳区"})
    base.update(overrides)
    return Lexicon(**base)


def toks_of(text: str, words: list[str]) -> list[Tok]:
    out, pos = [], 0
    for w in words:
        assert text.startswith(w, pos), (w, pos)
        out.append(Tok(w, pos, pos + len(w)))
        pos += len(w)
    return out


@pytest.mark.parametrize("word,expected", [("王海东", True), ("领导", False), ("省长", False), ("东城", False),
                                           ("帕巴拉·格列朗杰", True), ("海东", False)])
def test_looks_like_name(word, expected):
    assert looks_like_name(word, lexicon()) is expected


def test_lac_names_fill_a_list_and_cut_a_rule_name_that_ran_over():
    text = "省领导杨岳、叶双林到会。曾伟作了发言。"
    rule = [Candidate(1, 5, "PERSON", "title", ["省领导"]), Candidate(12, 15, "PERSON", "speaker")]
    lac = [[3, 5, "PERSON"], [6, 9, "PERSON"], [12, 14, "PERSON"]]
    out = {(text[c.start:c.end], c.source, tuple(c.titles)) for c in combine_people(text, rule, lac, lexicon(
        surnames_single=set("王李张刘陈周曾于杨叶")))}
    assert ("杨岳", "title", ("省领导",)) in out            # 领导|杨岳: the label is cut off, the titles kept
    assert ("叶双林", "lac", ()) in out                     # listed: added
    assert ("曾伟", "speaker", ()) in out                   # 曾伟|作了: the verb is cut off


def test_a_place_that_is_also_a_common_word_needs_evidence():
    lex = lexicon(common={"来宾": 166, "领导": 30000})
    text = "各位来宾好。来宾市代表发言。来宾、百色两市。"
    cands = [Candidate(2, 4, "PLACE", "gazetteer"), Candidate(6, 8, "PLACE", "gazetteer"),
             Candidate(14, 16, "PLACE", "gazetteer")]
    kept = drop_ambiguous_places(text, cands, [[14, 16, "PLACE"]], lex)
    assert [c.start for c in kept] == [6, 14]          # 来宾市 (a level word follows), LAC's place; not 各位来宾


def test_lac_names_in_a_list_of_things_are_not_added():
    lex = lexicon(surnames_single=set("王李张刘陈周曾于史康杨叶"), pos={"工作": "vn", "出席": "v"})
    text = "气象邮政、档案史志等工作迈上新台阶。杨岳、叶双林等出席。"
    lac = [[7, 9, "PERSON"], [18, 20, "PERSON"], [21, 24, "PERSON"]]
    out = {text[c.start:c.end] for c in combine_people(text, [], lac, lex)}
    assert out == {"杨岳", "叶双林"}                          # 等工作 closes a list of things, 等出席 a list of people


def test_a_lac_name_that_heads_a_longer_rule_name_is_not_added():
    text = "代省长于伟国出席。"
    out = combine_people(text, [Candidate(3, 6, "PERSON", "title")], [[3, 5, "PERSON"]], lexicon())
    assert [(text[c.start:c.end]) for c in out] == ["于伟国"]


def test_a_titled_name_followed_by_a_verb_keeps_its_last_character():
    lex = lexicon(surnames_single=set("王李韦"), common={"主持": 9000, "才": 30000, "领导": 30000},
                  pos={"主持": "v", "才": "d"})
    text = "市长韦家才主持会议。"
    titled = combine_people(text, [Candidate(2, 5, "PERSON", "title", ["市长"])], [[2, 4, "PERSON"]], lex)
    untitled = combine_people(text, [Candidate(2, 5, "PERSON", "speaker")], [[2, 4, "PERSON"]], lex)
    assert [text[c.start:c.end] for c in titled] == ["韦家才"]     # 市长韦家才|主持: LAC's 韦家|才主持 is not taken
    assert [text[c.start:c.end] for c in untitled] == ["韦家"]     # without a title LAC's edge still wins


def test_division_full_names_always_short_forms_with_evidence_only():
    lex = lexicon()
    text = "项目在通榆县。朝阳产业兴旺。通榆、东城两地。"
    toks = toks_of(text, ["项目", "在", "通榆县", "。", "朝阳", "产业", "兴旺", "。", "通榆", "、", "东城", "两地", "。"])
    found = {text[c.start:c.end] for c in division_places(text, toks, [], lex)}
    assert found == {"通榆县", "通榆"}                     # 朝阳 is a common word and no list names it


def test_listed_projects_take_the_items_after_the_lead_verb():
    finder = ListedItems(RULES["LISTED_PROJECTS"], RULES["COMPANY"]["suffixes"])
    text = ("书记察看了东河药厂、南山度假区、北坡客栈等项目。签约了东河食品有限公司、西岭矿业集团等项目。"
            "推进东河污水处理厂、青山农贸市场等一批民生项目。")
    names = [text[c.start:c.end] for c in finder.find(text)]
    assert names == ["东河药厂", "南山度假区", "北坡客栈", "东河污水处理厂", "青山农贸市场"]


def test_an_item_beside_a_project_in_a_sites_list_is_a_project():
    text = ("重点项目如下：青溪县：翊丰镇肉牛养殖示范园、青溪老城改造工程；（二）北坡区：北坡云谷街区、北坡水厂扩建工程。"
            "南岭县：推进南岭茶园、南岭水库工程。东岭县：东岭葡萄庄园集群、东岭大桥工程开工、东岭物流园。")
    def span(name, label):
        k = text.index(name)
        return Candidate(k, k + len(name), label, "test")
    cands = [span("青溪县", "PLACE"), span("翊丰镇", "PLACE"), span("青溪老城改造工程", "PROJECT"),
             span("北坡区", "PLACE"), span("北坡水厂扩建工程", "PROJECT"), span("南岭县", "PLACE"),
             span("南岭水库工程", "PROJECT"), span("东岭县", "PLACE"), span("东岭大桥工程", "PROJECT")]
    found = projects_listed_at_a_site(text, cands, 20, ("推进", "开工", "建设"))
    # not 推进南岭茶园 (words besides names), 东岭大桥工程开工 (a state), nor a list without a project found
    assert [text[c.start:c.end] for c in found] == ["翊丰镇肉牛养殖示范园", "北坡云谷街区"]
    assert {c.label for c in found} == {"PROJECT"}


def test_an_item_beside_a_project_opened_by_its_place_and_ending_in_a_facility_is_a_project():
    text = ("观摩了青溪县蔬菜育苗中心、翊丰新材料项目和桐林县柑橘示范园。推进翊丰电池项目、北坡县茶叶加工园建设，"
            "推进翊丰锂电项目、南岭镇的东岭产业园和南岭县乡村振兴工作。")
    def span(name, label, nth=0):
        k = -1
        for _ in range(nth + 1):
            k = text.index(name, k + 1)
        return Candidate(k, k + len(name), label, "test")
    cands = [span("青溪县", "PLACE"), span("翊丰新材料项目", "PROJECT"), span("桐林县", "PLACE"),
             span("翊丰电池项目", "PROJECT"), span("北坡县", "PLACE"), span("翊丰锂电项目", "PROJECT"),
             span("南岭镇", "PLACE"), span("南岭县", "PLACE")]
    found = projects_beside_projects(text, cands, 20, ("建设", "开工"), ("园", "中心"))
    # not 南岭镇的东岭产业园 (a town's park, described) nor 南岭县乡村振兴工作 (no facility)
    assert [text[c.start:c.end] for c in found] == ["青溪县蔬菜育苗中心", "桐林县柑橘示范园", "北坡县茶叶加工园"]


def test_a_firm_written_short_before_its_yearly_output_builds_the_project():
    lex = lexicon(places={"青山县"}, common={"柠檬": 145})
    finder = ProjectBuilders(RULES["PROJECT_BUILDER"], RULES["COMPANY"]["generic"], lex, RULES["COMPANY"]["suffixes"])
    text = "青山县七星柠檬年产5万吨果汁项目、新能源年产2万吨电池项目、青山县60万千瓦光伏项目"
    projects = [Candidate(0, 17, "PROJECT", "suffix"), Candidate(18, 32, "PROJECT", "suffix"),
                Candidate(33, 45, "PROJECT", "suffix"), Candidate(0, 3, "PLACE", "gazetteer"),
                Candidate(33, 36, "PLACE", "gazetteer")]
    found = [(text[c.start:c.end], c.label) for c in finder.find(text, projects)]
    # after the county; an industry word is no firm; an amount without 年产 names a site, not a builder
    assert found == [("七星柠檬", "COMPANY")]


def test_a_hall_an_event_is_held_in_is_one_place():
    finder = MeetingSubjects(RULES["MEETING_SUBJECT"], RULES["MEETING"]["suffixes"], RULES["MEETING"]["generic"],
                             RULES["PLACE"]["venue_suffixes"])
    text = "推进会在县委党校报告厅召开。会议在省政府第一会议室举行。他在会议室里发言。"
    assert [text[c.start:c.end] for c in finder.venues(text)] == ["县委党校报告厅", "省政府第一会议室"]
    text = "县长在县政府四楼会议室主持召开县政府常务会议。"           # the chair's verb before 召开
    assert [text[c.start:c.end] for c in finder.venues(text)] == ["县政府四楼会议室"]


def test_listed_firms_closed_by_their_kind_are_companies():
    finder = ListedItems(RULES["LISTED_COMPANIES"], RULES["PROJECT"]["suffixes"], "COMPANY")
    text = "走访了恒泰纺织、东岭科技等5家企业。邀请华光集团、西岭锂业等知名企业考察。推进东河大桥、青山隧道等项目。"
    assert [(text[c.start:c.end], c.label) for c in finder.find(text)] == [
        ("恒泰纺织", "COMPANY"), ("东岭科技", "COMPANY"), ("华光集团", "COMPANY"), ("西岭锂业", "COMPANY")]


def test_listed_bodies_closed_by_their_kind_are_organisations():
    finder = ListedItems(RULES["LISTED_ORGS"], RULES["PROJECT"]["suffixes"], "ORG")
    text = "县纪委监委、县委组织部、东河海关等单位负责同志参加。"
    assert [text[c.start:c.end] for c in finder.find(text)] == ["县纪委监委", "县委组织部", "东河海关"]


def test_meeting_named_as_subject_or_object_of_its_verb():
    finder = MeetingSubjects(RULES["MEETING_SUBJECT"], RULES["MEETING"]["suffixes"], RULES["MEETING"]["generic"],
                             RULES["PLACE"]["venue_suffixes"])
    text = ("3月2日，东城区2024年春季项目集中开工暨数据中心项目启动仪式在河口镇隆重举行。"
            "这次会议召开。东城市在会展中心举行2024东城投资洽谈会专场签约仪式。")
    names = {text[c.start:c.end] for c in finder.find(text)}
    assert names == {"东城区2024年春季项目集中开工暨数据中心项目启动仪式", "2024东城投资洽谈会专场签约仪式"}


def test_meeting_subject_with_its_dates_before_the_verb():
    finder = MeetingSubjects(RULES["MEETING_SUBJECT"], RULES["MEETING"]["suffixes"], RULES["MEETING"]["generic"],
                             RULES["PLACE"]["venue_suffixes"])
    text = ("第七届南岭商贸洽谈会于5月8日至10日在东城市举办。第二届青川茶业博览会将于明年在西川举办。"
            "青川论坛于2025年6月3日开幕。")
    names = [text[c.start:c.end] for c in finder.find(text)]
    assert names == ["第七届南岭商贸洽谈会", "第二届青川茶业博览会", "青川论坛"]


def test_an_event_named_whole_after_a_role_verb():
    finder = MeetingSubjects(RULES["MEETING_SUBJECT"], RULES["MEETING"]["suffixes"], RULES["MEETING"]["generic"],
                             RULES["PLACE"]["venue_suffixes"])
    text = ("市长赵海涛出席南岭市2025年一季度重大项目集中开工活动并讲话。书记钱立新主持召开市委常委会会议，"
            "传达学习精神。赵海涛出席签约仪式。钱立新在主会场出席主会场活动，参加调研和座谈会，主持开幕会议。")
    names = {text[c.start:c.end] for c in finder.find(text)}
    # a bare event, a sub-venue, two events joined, a part of the session: not names of their own
    assert names == {"南岭市2025年一季度重大项目集中开工活动", "市委常委会会议"}


def test_a_body_session_numbered_within_the_year():
    finder = MeetingSubjects(RULES["MEETING_SUBJECT"], RULES["MEETING"]["suffixes"], RULES["MEETING"]["generic"],
                             RULES["PLACE"]["venue_suffixes"])
    text = "东川县委常委会召开2024年第15次会议"
    cands = finder.body_sessions(text, [Candidate(0, 7, "ORG", "suffix")])
    assert [(text[c.start:c.end], c.names) for c in cands] == [("2024年第15次会议", ["东川县委常委会2024年第15次会议"])]


def test_quoted_slogans_places_and_lists_of_things_are_not_people():
    lex = lexicon(surnames_single=set("王李张刘陈周曾于季"), division_short={"曲麻莱": "曲麻莱县"})
    text = "运行“季季红”。曲麻莱的牧民。档案年鉴、防震减灾等工作。"
    lac = [[3, 6, "PERSON"], [8, 11, "PERSON"], [17, 19, "PERSON"]]
    assert combine_people(text, [], lac, lex) == []
    listed = "坚参、年鉴、王海东出席。"          # beside a person, a listed word without a surname is a name
    added = combine_people(listed, [Candidate(6, 9, "PERSON", "list")], [[0, 2, "PERSON"], [3, 5, "PERSON"]], lex)
    assert {listed[c.start:c.end] for c in added} == {"坚参", "年鉴", "王海东"}


def test_a_theme_before_the_event_is_not_its_name():
    finder = MeetingSubjects(RULES["MEETING_SUBJECT"], RULES["MEETING"]["suffixes"], RULES["MEETING"]["generic"],
                             RULES["PLACE"]["venue_suffixes"])
    text = "当天，该村举行了以“金秋稻香”为主题的乡村丰收文化节活动。"
    assert [text[c.start:c.end] for c in finder.find(text)] == ["乡村丰收文化节活动"]


def test_an_unread_item_between_two_people_in_a_list_is_a_name():
    from kg.nlp.combine import fill_list_gaps

    text = "王君正、旦科、陈永奇、东城、李文革在主席台就座。"
    people = [Candidate(0, 3, "PERSON", "lac"), Candidate(7, 10, "PERSON", "lac"), Candidate(14, 17, "PERSON", "lac")]
    added = [text[c.start:c.end] for c in fill_list_gaps(text, people, lexicon())]
    assert added == ["旦科"]                       # 东城 is a place of the lexicon: not filled in


def test_a_surname_with_a_form_of_address_is_not_a_name():
    lex = lexicon()
    for word in ("郑先生", "王某", "李老师", "周老"):
        assert not looks_like_name(word, lex), word


def test_a_foreign_name_in_chinese_is_a_name_a_common_word_is_not():
    lex = lexicon()
    assert looks_like_name("普里马科夫", lex)
    assert not looks_like_name("山大", lex)                 # too short to tell


def test_lac_places_whose_level_character_pkuseg_glued_on():
    """柳溪|镇主|会场 (the level glued to the next word), 达日|市达拉|图旗 (the city's level glued to the county),
    and the next item of a list of such places; not 东城|市委 (an organ of the place)."""
    text = "在柳溪镇主会场举行。深入东胜市达拉图旗、乌兰敖包旗调研。东城市委书记出席。"
    words = ["在", "柳溪", "镇主", "会场", "举行", "。", "深入", "东胜", "市达拉", "图旗", "、", "乌兰敖", "包旗", "调研", "。",
             "东城", "市委", "书记", "出席", "。"]
    toks = toks_of(text, words)
    lac_ents = [[text.index(w), text.index(w) + len(w), "PLACE"] for w in ("柳溪镇", "东胜市", "达拉图旗", "乌兰敖包旗", "东城市")]
    found = [text[c.start:c.end] for c in glued_level_places(text, toks, lac_ents, lexicon())]
    assert found == ["柳溪镇", "东胜市", "达拉图旗", "乌兰敖包旗"]


def test_a_surname_and_a_word_is_a_name_unless_the_word_is_a_verb_of_saying():
    from kg.nlp.people import PersonFinder
    lex = lexicon(surnames_single=set("段时管"), common={"发达": 5000, "表示": 20000, "领导": 30000},
                  pos={"发达": "v", "表示": "v"})
    finder = PersonFinder(lex)
    listed = "管新民，段发达等出席。"
    assert finder._surname_and_word(toks_of(listed, ["管新民", "，", "段", "发达", "等", "出席", "。"]), 2)
    said = "记者时表示，"
    assert not finder._surname_and_word(toks_of(said, ["记者", "时", "表示", "，"]), 1)


def test_the_places_and_divisions_that_open_a_word():
    lex = lexicon(places={"东城", "湖南"}, division_full={"通榆县", "朝阳区"})
    assert lex.leading_place("湖南特高压") == 2 and lex.leading_place("通榆县某镇") == 3
    assert lex.leading_place("特高压") == 0
    assert lex.leading_division("通榆县树林镇") == 3 and lex.leading_division("通榆县镇", rest=2) == 0


@pytest.mark.parametrize("full,shorts", [
    ("东城钜源稀土新材料有限公司", {"钜源稀土"}),      # the name runs on after its first trade word: four characters
    ("东城银雪菌业有限公司", {"银雪菌业"}),            # nothing after the trade word: the whole name left
    ("东城稻香源米业有限公司", {"稻香源米业"}),        # a three-character name and its trade word
    ("东城石青新能源科技有限公司", {"石青新能", "石青新能源"}),   # a trade word of three: the name and it too
    ("东城领导有限公司", set()),                       # no name of its own
])
def test_a_firms_short_form_from_its_full_name(full, shorts):
    from kg.nlp.projects import _short_forms
    forms = tuple(RULES["COMPANY"]["legal_forms"])
    assert _short_forms(full, forms, lexicon()) == shorts


def test_lines_named_by_two_places_of_the_text_and_by_lac():
    lex = lexicon(common={"普速": 300, "领导": 30000})
    text = "东城和南河加快建设，东南铁路开工，普速铁路提速。"
    places = [Candidate(0, 2, "PLACE", "gazetteer"), Candidate(3, 5, "PLACE", "gazetteer")]
    found = [text[c.start:c.end] for c in lines_by_short_names(text, places, lex)]
    assert found == ["东南铁路"]                 # 东城 + 南河; 普速 is a word (a kind of line)
    assert lines_by_short_names(text, places[:1], lex) == []     # one place named: no pair of short names
    # the other end a county of the next province that the text does not name (南河县 of the divisions)
    lex = lexicon(common={"普速": 300, "领导": 30000}, divisions=[Division("南河县", ["南河"], "county", "东川市")])
    assert [text[c.start:c.end] for c in lines_by_short_names(text, places[:1], lex)] == ["东南铁路"]
    assert lines_by_short_names(text, [], lex) == []            # neither end named in the text
    text = "抓住西库铁路全线运营的机遇，普速铁路提速。"
    lac = [[2, 6, "ORG"], [14, 18, "PLACE"]]
    assert [text[c.start:c.end] for c in lac_named_lines(text, [], lac, lex)] == ["西库铁路"]


def test_a_name_read_one_character_short_is_the_name_given_elsewhere():
    from kg.nlp.combine import names_whole_as_elsewhere
    text = "省长刘建设出席并致辞。刘建设在致辞中说。刘建在场。"
    cands = [Candidate(2, 5, "PERSON", "title"), Candidate(11, 13, "PERSON", "lac"), Candidate(20, 22, "PERSON", "lac")]
    names_whole_as_elsewhere(text, cands)
    assert [text[c.start:c.end] for c in cands] == ["刘建设", "刘建设", "刘建"]   # 刘建在: the text does not run on
    last = [Candidate(4, 7, "PERSON", "title")]                  # a name that ends the text stays as it is
    names_whole_as_elsewhere("本报记者唐明远", last)
    assert (last[0].start, last[0].end) == (4, 7)


def _toks(words: list[str]) -> list[Tok]:
    out, at = [], 0
    for w in words:
        out.append(Tok(w, at, at + len(w)))
        at += len(w)
    return out


DIVISION_ROWS = [Division("东岭省", ["东岭"], "province"), Division("南河市", ["南河"], "city", "东岭省"),
                 Division("青川县", ["青川"], "county", "南河市"), Division("北山市", ["北山"], "city", "东岭省"),
                 Division("南河高新技术产业开发区", ["高新区"], "county", "南河市"),
                 Division("西川市", ["西川"], "province"), Division("西川市", [], "city", "西川市"),
                 Division("白石区", ["白石"], "county", "西川市")]


def _division_lexicon() -> Lexicon:
    return lexicon(divisions=DIVISION_ROWS, division_full={d.full for d in DIVISION_ROWS},
                   division_short={s: d.full for d in DIVISION_ROWS for s in d.shorts})


def test_a_division_written_after_the_one_that_encloses_it_is_a_place_of_its_own():
    lex = _division_lexicon()
    words = ["南河", "青川", "光伏", "项目", "、", "北山", "青川", "大道", "、", "南河", "高新区", "、", "西川", "白石区", "。"]
    text = "".join(words)
    found = enclosed_division_pairs(text, _toks(words), lex)
    # 青川 is not in 北山; a zone keeps its city in its name; a city named as its province is no loop
    assert [text[c.start:c.end] for c in found] == ["南河", "青川", "西川", "白石区"]
    whole = Candidate(0, 4, "PLACE", "lac")
    assert whole not in split_enclosed_pairs(found + [whole]) and len(split_enclosed_pairs(found + [whole])) == 4


def test_the_divisions_list_keeps_each_parent_and_refuses_an_old_file(tmp_path):
    path = tmp_path / "divisions.txt"
    write_divisions(DIVISION_ROWS, path)
    assert read_divisions(path) == DIVISION_ROWS
    path.write_text("# full-name level short-forms...\n南河市 city 南河\n", encoding="utf-8")
    with pytest.raises(ValueError, match="divisions.txt"):
        read_divisions(path)


def test_a_listed_firm_takes_the_country_before_it_and_is_no_persons_name():
    from kg.nlp.entities import _gazetteer
    lex = lexicon(companies={"东岭", "华岳"}, surnames_single=set("王李张华"))
    text = "对接中国东岭等央企。由华岳新能投资。"
    toks = toks_of(text, ["对接", "中国", "东岭", "等", "央企", "。", "由", "华岳", "新能", "投资", "。"])
    firms = {text[c.start:c.end] for c in _gazetteer(text, toks, lex) if c.label == "COMPANY"}
    assert firms == {"中国东岭", "华岳"}
    # LAC reads 华岳新 as a person (华 is a surname): a listed firm opens it, so it is not added
    people = combine_people(text, [], [[11, 14, "PERSON"]], lex)
    assert not [c for c in people if c.label == "PERSON"]


def test_a_project_reaches_back_over_a_division_pkuseg_cut_and_a_firm_starts_after_it():
    from kg.nlp.combine import glued_divisions, reach_back_over_cut_divisions
    lex = lexicon(division_full={"通榆县"}, division_short={"通榆": "通榆县"})
    text = "要盯通榆县华岳光伏项目。"
    toks = toks_of(text, ["要", "盯通", "榆", "县华岳", "光伏", "项目", "。"])
    cut = glued_divisions(text, toks, lex)
    assert [(text[c.start:c.end], c.source) for c in cut] == [("通榆县", "division-glued")]
    cands = cut + [Candidate(4, 11, "PROJECT", "suffix"), Candidate(4, 9, "COMPANY", "builder")]   # 县华岳…
    out = {(text[c.start:c.end], c.label) for c in reach_back_over_cut_divisions(cands)}
    assert ("通榆县华岳光伏项目", "PROJECT") in out and ("华岳光伏", "COMPANY") in out
    # a word the cut made that is a common one keeps its reading (县城 is a word: no 通榆县 there)
    common = lexicon(division_full={"通榆县"}, common={"县城": 500})
    assert glued_divisions("到通榆县城", toks_of("到通榆县城", ["到", "通榆", "县城"]), common) == []


def test_a_dotted_name_grown_leftwards_starts_after_a_role_word_or_verb():
    from kg.nlp.combine import whole_dotted_names
    lex = lexicon(common={"看望": 5000}, pos={"看望": "v"})
    text = "周海涛看望牧民阿依江·木拉提。"
    out = whole_dotted_names(text, [Candidate(11, 14, "PERSON", "lac")], lex)     # LAC: 木拉提
    assert [text[c.start:c.end] for c in out] == ["阿依江·木拉提"]


def test_a_wrap_up_named_by_a_root_of_another_events_name_is_no_meeting_of_its_own():
    finder = MeetingSubjects(RULES["MEETING_SUBJECT"], RULES["MEETING"]["suffixes"], RULES["MEETING"]["generic"],
                             RULES["PLACE"]["venue_suffixes"])
    text = "某市重点项目观摩推进会举行。观摩推进会总结会议召开。全市项目讲评会召开。"
    cands = [Candidate(0, 11, "MEETING", "t"), Candidate(14, 23, "MEETING", "t"), Candidate(26, 33, "MEETING", "t")]
    kept = [text[c.start:c.end] for c in finder.without_closing_parts(text, cands)]
    assert kept == ["某市重点项目观摩推进会", "全市项目讲评会"]      # 全市项目 is in no other event's name
