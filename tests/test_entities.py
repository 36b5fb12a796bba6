"""The kg_entities component on sentences written for these tests (genre of provincial news)."""


def test_title_chain_gives_person_and_titles(ents_of):
    ents = ents_of("省委副书记、省长林振华主持会议并讲话。")
    assert ents[("林振华", "PERSON")] == ["省委副书记", "省长"]


def test_list_after_one_title_shares_it(ents_of):
    ents = ents_of("副省长唐明远、韩素琴、周立参加。")
    for name in ("唐明远", "韩素琴", "周立"):
        assert ents[(name, "PERSON")] == ["副省长"], name


def test_untitled_list_of_names_before_seating(ents_of):
    ents = ents_of("郑国梁、刘海峰、何文静、马建平在主席台就座。")
    assert {n for (n, t) in ents if t == "PERSON"} == {"郑国梁", "刘海峰", "何文静", "马建平"}


def test_byline_reporters(ents_of):
    ents = ents_of("本报讯（记者 郑晓岚 何立新）3月18日，会议召开。")
    assert ents[("郑晓岚", "PERSON")] == ["记者"]
    assert ents[("何立新", "PERSON")] == ["记者"]


def test_recurring_name_without_title_is_still_a_person(ents_of):
    ents = ents_of("副省长韩素琴出席会议。韩素琴指出，要加大支持力度。")
    assert ("韩素琴", "PERSON") in ents


def test_common_words_are_not_names(ents_of):
    ents = ents_of("群众的获得感、幸福感、安全感不断增强。")
    assert not [e for e in ents if e[1] == "PERSON"]


def test_meeting_with_ordinal_and_organising_group(ents_of):
    ents = ents_of("全省中小企业发展工作领导小组第四次会议召开。")
    assert ("全省中小企业发展工作领导小组第四次会议", "MEETING") in ents
    assert ("全省中小企业发展工作领导小组", "ORG") in ents


def test_quoted_meeting_name_keeps_its_quotes(ents_of):
    ents = ents_of("省长林振华主持召开“十五五”规划生态领域专家座谈会。")
    assert ("“十五五”规划生态领域专家座谈会", "MEETING") in ents


def test_company_and_place_suffixes(ents_of):
    ents = ents_of("青海德源新能源开发有限公司在刚察县投资建设光伏项目。")
    assert ("青海德源新能源开发有限公司", "COMPANY") in ents
    assert ("刚察县", "PLACE") in ents


def test_entity_edges_fall_on_token_boundaries(nlp):
    doc = nlp("副省长唐明远、韩素琴出席会议。")
    for span in doc.ents:
        assert span.text == doc.text[span.start_char:span.end_char]
