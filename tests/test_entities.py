"""The kg_entities component on sentences written for these tests (genre of provincial news)."""
import pytest


def test_title_chain_gives_person_and_titles(ents_of):
    ents = ents_of("省委副书记、省长林振华主持会议并讲话。")
    assert ents[("林振华", "PERSON")] == ["省委副书记", "省长"]


def test_a_name_opening_with_a_common_word_and_glued_to_a_preposition(ents_of):
    # pkuseg: 副主任|严守|明受|委托, 副市长|黄金|成受|…: the name is the three characters before 受
    ents = ents_of("副主任严守明受委托作说明。副市长黄金成受市政府委托作报告。书记高度重视。")
    assert ents.get(("严守明", "PERSON")) == ["副主任"] and ents.get(("黄金成", "PERSON")) == ["副市长"]
    assert not any(label == "PERSON" and name.startswith("高度") for name, label in ents)


def test_an_approximate_amount_is_no_capacity_project(ents_of):
    ents = ents_of("我省绿色铝产能已达630万吨左右。东岭铝业年产30万吨铝材项目开工。")
    assert [name for name, label in ents if label == "PROJECT"] == ["东岭铝业年产30万吨铝材项目"]


def test_a_name_ending_in_he_before_a_verb(ents_of):
    # pkuseg: 副书记|丁庆|和|作…: with a verb after it, 和 is the name's last character, not a conjunction
    ents = ents_of("省委副书记丁庆和作总结讲话。副省长陶安和主持会议。副市长张建和李明出席。县长王刚和出席会议的代表合影。")
    people = {name for name, label in ents if label == "PERSON"}
    assert {"丁庆和", "陶安和", "张建", "李明", "王刚"} <= people and not {"张建和", "王刚和"} & people


def test_a_two_character_name_glued_to_the_first_character_of_its_verb(ents_of):
    # pkuseg: 副县长|杨宏主|持|签约仪式: the verb 主持 starts at the name's third character
    ents = ents_of("县委常委、副县长杨宏主持签约仪式。")
    assert ents.get(("杨宏", "PERSON")) == ["县委常委", "副县长"]
    assert not any(label == "PERSON" and name.endswith("主") for name, label in ents)


def test_a_project_named_after_ji_in_an_events_name_starts_after_it(ents_of):
    ents = ents_of("吉安市重大产业项目开工活动暨南岭港区物流枢纽项目开工仪式举行。")
    assert ("南岭港区物流枢纽项目", "PROJECT") in ents
    assert not any("暨" in name for name, label in ents if label != "MEETING")


def test_list_after_one_title_shares_it(ents_of):
    ents = ents_of("副省长唐明远、韩素琴、周立参加。")
    for name in ("唐明远", "韩素琴", "周立"):
        assert ents[(name, "PERSON")] == ["副省长"], name


def test_a_surname_that_is_a_preposition_ends_a_list_before_its_verb(ents_of):
    # 、向|秋林|参加: the list's last item, its verb after it (not 向 as "towards")
    ents = ents_of("县领导刘涛、向秋林参加。")
    assert ents.get(("向秋林", "PERSON")) == ["县领导"]
    assert not any(label == "PERSON" for _, label in ents_of("推动产业链条、向东部延伸。"))


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
    # the organising group only modifies the meeting's name: not an entity of its own there
    assert ("全省中小企业发展工作领导小组", "ORG") not in ents
    ents = ents_of("全省中小企业发展工作领导小组第四次会议召开。会议由全省中小企业发展工作领导小组办公室承办。")
    assert ("全省中小企业发展工作领导小组办公室", "ORG") in ents


def test_quoted_meeting_name_keeps_its_quotes(ents_of):
    ents = ents_of("省长林振华主持召开“十五五”规划生态领域专家座谈会。")
    assert ("“十五五”规划生态领域专家座谈会", "MEETING") in ents


def test_a_topical_meeting_and_a_consultation_are_meetings(ents_of):
    ents = ents_of("当天下午，市长林振华又主持召开全市防汛工作专题会。9月10日，市政协召开“推进东河流域保护”专题协商会。")
    assert ("全市防汛工作专题会", "MEETING") in ents
    assert ("“推进东河流域保护”专题协商会", "MEETING") in ents          # 协商会 is no 商会 (chamber of commerce)


def test_company_and_place_suffixes(ents_of):
    ents = ents_of("青海德源新能源开发有限公司在刚察县投资建设光伏项目。")
    assert ("青海德源新能源开发有限公司", "COMPANY") in ents
    assert ("刚察县", "PLACE") in ents


def test_entity_edges_fall_on_token_boundaries(nlp):
    doc = nlp("副省长唐明远、韩素琴出席会议。")
    for span in doc.ents:
        assert span.text == doc.text[span.start_char:span.end_char]


def test_titles_with_organisation_prefixes_in_a_comma_list(ents_of):
    ents = ents_of("座谈会上，省人大教科文卫委员会主任委员郑国梁，省政府参事高建、刘海峰先后发言。")
    assert ents[("郑国梁", "PERSON")] == ["省人大教科文卫委员会主任委员"]
    assert ents[("高建", "PERSON")] == ents[("刘海峰", "PERSON")] == ["省政府参事"]


def test_minority_names_without_a_han_surname(ents_of):
    ents = ents_of("副主席扎西才让、南加多吉、阿依古丽·买买提在主席台前排就座。")
    for name in ("扎西才让", "南加多吉", "阿依古丽·买买提"):
        assert (name, "PERSON") in ents, name


def test_place_org_and_company_are_told_apart(ents_of):
    ents = ents_of("海北藏族自治州与省工信厅、国开行青海分行、德源锂业签署合作协议。")
    assert ("海北藏族自治州", "PLACE") in ents
    assert ("省工信厅", "ORG") in ents
    assert ("国开行青海分行", "COMPANY") in ents
    assert ("德源锂业", "COMPANY") in ents


def test_project_names_find_their_left_edge(ents_of):
    ents = ents_of("湟水河水资源配置二期工程开工，德源锂业年产3万吨碳酸锂等项目有序推进，加快海晏县120万千瓦抽水蓄能项目建设。")
    assert ("湟水河水资源配置二期工程", "PROJECT") in ents
    assert ("德源锂业年产3万吨碳酸锂", "PROJECT") in ents
    assert ("海晏县120万千瓦抽水蓄能项目", "PROJECT") in ents


def test_meetings_with_sessions_and_quoted_short_names(ents_of):
    ents = ents_of("省政协十四届二次会议开幕。第21届“青洽会”海北分会在西海镇举行。")
    assert ("省政协十四届二次会议", "MEETING") in ents
    assert ("第21届“青洽会”海北分会", "MEETING") in ents


def test_policies_campaigns_and_classes_are_not_projects(ents_of):
    ents = ents_of("深化“放管服”改革，推进厕所革命，落实“一把手”工程，打造世界级盐湖产业基地，实施重点项目。")
    assert not [e for e in ents if e[1] == "PROJECT"]


def test_road_ends_are_places(ents_of):
    ents = ents_of("加快西海至刚察高速公路建设。")
    assert ("西海至刚察高速公路", "PROJECT") in ents
    assert ("西海", "PLACE") in ents and ("刚察", "PLACE") in ents


def test_items_of_a_list_closed_by_projects_are_projects(ents_of):
    ents = ents_of("书记实地察看了东河食品产业园、南山森林度假区、白石民宿客栈等项目建设现场。")
    for name in ("东河食品产业园", "南山森林度假区", "白石民宿客栈"):
        assert (name, "PROJECT") in ents


def test_listed_firms_before_projects_stay_firms(ents_of):
    ents = ents_of("签约了东河食品有限公司、南山矿业集团等项目。")
    assert ("东河食品有限公司", "PROJECT") not in ents


def test_division_names_are_places_and_short_forms_need_evidence(ents_of):
    ents = ents_of("项目分布在通榆县和龙井市。")
    assert ("通榆县", "PLACE") in ents and ("龙井市", "PLACE") in ents
    ents = ents_of("龙门养心客栈正在装修。")
    assert ("龙门", "PLACE") not in ents          # a short form inside a longer name is not a place


def test_the_organisation_in_a_title_is_an_entity(ents_of):
    ents = ents_of("南方建工三局副总经理孙立新，南山大学经济学院教授王明出席。")
    assert ("南方建工三局", "COMPANY") in ents      # a business position: a firm, though 局 ends organs
    assert ("南山大学经济学院", "ORG") in ents


def test_batches_slogans_and_classes_are_not_projects(ents_of):
    ents = ents_of("把招商引资作为一号工程，全州春季项目集中开工，引进百亿级项目，推进一园六区引进项目。"
                   "东河锂业年产2万吨碳酸锂项目开工。")
    projects = {t for t, label in ents if label == "PROJECT"}
    assert not projects & {"一号工程", "全州春季项目", "春季项目", "百亿级项目", "一园六区引进项目"}, projects
    assert any(p.endswith("年产2万吨碳酸锂项目") for p in projects), projects
    # a bare count and the batch started at a venue are no projects; a firm's second phase is one
    ents = ents_of("这一工程由东河建设公司承建。江州分会场开工项目共12个。东河锂业二期项目开工。")
    assert {t for t, label in ents if label == "PROJECT"} == {"东河锂业二期项目"}
    # places and a short industry before 项目 name a kind; a firm before the industry names one project
    ents = ents_of("推进东河县镁产业项目、江州市临港产业项目和冷链物流项目，东岭药业中成药产业项目开工。")
    assert {t for t, label in ents if label == "PROJECT"} == {"东岭药业中成药产业项目"}
    ents = ents_of("与会人员先后到东河区白沙街道观摩江瀚新材项目。")      # 观摩 opens no project's name
    assert {t for t, label in ents if label == "PROJECT"} == {"江瀚新材项目"}


def test_names_only_inside_a_book_title_are_not_entities(ents_of):
    ents = ents_of("会议传达学习了《南山市发展改革委关于东河新区建设的报告》。")
    assert not any(label in ("ORG", "PLACE") for _, label in ents), ents
    plan = ents_of("会议审议了《关于召开中共泾源县第十六届委员会第七次全体会议的决定（草案）》。")
    assert not any(label == "MEETING" for _, label in plan), plan
    speech = ents_of("全县干部学习乔砚舟《在固原市第五届人民代表大会第三次会议上的讲话》。")
    assert ("固原市第五届人民代表大会第三次会议", "MEETING") in speech       # the speech was given there


def test_a_meeting_decided_on_in_a_draft_is_not_where_the_attendants_sit(rels_of):
    text = ("县委常委会召开会议\n1月9日，县委书记乔砚舟主持召开县委常委会会议。"
            "会议审议了《关于召开中共泾源县第十六届委员会第七次全体会议的决定（草案）》，决定于2月上旬召开县委十六届七次全会。"
            "常委会组成人员参加会议，县人大常委会主任单柏宁列席。")
    assert ("单柏宁", "出席", "县委常委会会议") in rels_of(text)


def test_plenary_sessions_listed_elliptically_are_one_meeting_name(ents_of):
    ents = ents_of("深入贯彻落实党的十九大和十九届二中、三中、四中全会精神。")
    assert ("十九届二中、三中、四中全会", "MEETING") in ents


def test_no_name_starts_with_a_demonstrative_holds_money_or_is_only_level_words(ents_of):
    ents = ents_of("设立500万元中小学教育基金，落实中央省州县财政专项资金，这两天学校都开学了。")
    names = {t for t, label in ents if label in ("ORG", "PLACE")}
    assert not names & {"500万元中小学", "省州县", "这两天学校"}, names


def test_a_quoted_project_name_is_kept_whole_and_two_phrases_are_not_one(ents_of):
    ents = ents_of("加快“数字东城·智慧南山”项目建设，推动地区产业项目落地东河经济产业园。")
    projects = {t for t, label in ents if label == "PROJECT"}
    assert "“数字东城·智慧南山”项目" in projects, projects
    assert not any("项目落地" in p for p in projects), projects


def test_a_county_venue_is_one_place(ents_of):
    ents = ents_of("签约仪式在东河县会议中心举行。")
    assert ("东河县会议中心", "PLACE") in ents


def test_a_rank_after_a_name_and_a_descriptor_before_a_listed_name_stay_out_of_it(ents_of):
    ents = ents_of("军委政治部副主任周立新上将会见了代表团。著名漫画家华明武、丁聪、朱根华出席。")
    people = {t for t, label in ents if label == "PERSON"}
    assert "周立新" in people and "华明武" in people, people
    assert not any(p.endswith("上") or p.startswith("著名") for p in people), people


def test_countries_and_world_cities_are_places(ents_of):
    ents = ents_of("代表团访问了新加坡和泰国，在曼谷与企业座谈。")
    for name in ("新加坡", "泰国", "曼谷"):
        assert (name, "PLACE") in ents, ents


def test_an_adverb_and_a_speech_verb_or_a_form_of_address_is_no_name(ents_of):
    ents = ents_of("分局领导曾表示，该行开业在即。谢谢李总。杨律师表示同意。")
    people = {t for t, label in ents if label == "PERSON"}
    assert not people & {"曾表示", "李总", "杨律师"}, people


def test_expo_short_names_and_the_two_sessions_are_meetings(ents_of):
    ents = ents_of("东河市在本届青洽会上签约项目12个。第二十八届兰洽会开幕。全国两会期间，代表热议。道路交会处。")
    # the edition is part of the name (gold convention 10: the fullest name the text supports)
    assert {n for (n, t) in ents if t == "MEETING"} == {"青洽会", "第二十八届兰洽会", "全国两会"}


def test_a_project_name_holds_a_bracketed_part_and_zones_are_places(ents_of):
    ents = ents_of("青山县酒旅一体（华光集团）建设项目开工。东河县城区供水（二期）工程完工。项目落户东河高新技术产业开发区。")
    assert ("青山县酒旅一体（华光集团）建设项目", "PROJECT") in ents
    assert ("东河县城区供水（二期）工程", "PROJECT") in ents
    assert ("东河高新技术产业开发区", "PLACE") in ents


def test_a_listed_item_that_opens_the_next_title_is_no_name(ents_of):
    ents = ents_of("省长李建平、华光集团董事长周立新出席。副市长王黎明、张黎、刘明在主席台就座。")
    people = {n for (n, t) in ents if t == "PERSON"}
    assert people == {"李建平", "周立新", "王黎明", "张黎", "刘明"}
    assert ("华光集团", "COMPANY") in ents


def test_a_town_of_one_character_after_a_site_verb_is_a_place(ents_of):
    ents = ents_of("该项目落户侯镇，总投资9亿元，明年投产。")
    assert ("侯镇", "PLACE") in ents and ("侯镇", "PERSON") not in ents
    assert ("侯镇", "PERSON") in ents_of("副镇长侯镇表示，要加快进度。")


def test_a_listed_town_that_opens_the_next_title_is_no_name(ents_of):
    ents = ents_of("在交流环节，安乐镇党委书记孟凡、柳河镇党委书记陶然先后介绍做法。")
    assert {n for (n, t) in ents if t == "PERSON"} == {"孟凡", "陶然"}


def test_a_listed_item_that_goes_on_is_no_short_place_name(ents_of):
    ents = ents_of("着力打造生态海西、美丽海西。格尔木、德令哈、东河等地加快发展。")
    places = {n for (n, t) in ents if t == "PLACE"}
    assert "美丽" not in places
    assert {"格尔木", "德令哈", "东河"} <= places


def test_a_minister_heads_an_organ_not_a_firm(ents_of):
    ents = ents_of("省委常委、统战部部长班果，华光集团副总经理周立新参加。")
    assert ("统战部", "ORG") in ents and ("统战部", "COMPANY") not in ents
    assert ("华光集团", "COMPANY") in ents


def test_a_dotted_name_is_one_person_and_shares_the_lists_title(ents_of):
    ents = ents_of("副主席林国栋、格桑·多吉次仁、马文海，秘书长韩德明在主席台前排就座。"
                   "赵春燕、扎西才让、阿不都拉·买买提、王建新在主席台就座。加快“数字某省·智慧某州”项目建设。")
    assert ents[("格桑·多吉次仁", "PERSON")] == ["副主席"]
    assert ents[("马文海", "PERSON")] == ["副主席"]
    assert ("阿不都拉·买买提", "PERSON") in ents
    assert not any("·" in n for (n, t) in ents if t == "PERSON" and "智慧" in n)
    found = ents_of("帕提古丽·买买提、阿不都热依木参加。2023中国·青海国际生态博览会开幕。来源：东河日报·彩练新闻")
    assert {n for (n, t) in found if t == "PERSON" and "·" in n} == {"帕提古丽·买买提"}


def test_glued_words_and_open_quotes_do_not_start_names(ents_of):
    ents = ents_of("——访东河省工业和信息化厅厅长周立新。这个社区“两委班子”正在学习。这是落实省第十三次党代会部署的重要一年。")
    assert ("东河省工业和信息化厅", "ORG") in ents
    assert ("省第十三次党代会", "MEETING") in ents
    assert not any("“" in n for (n, t) in ents)


def test_a_firm_named_by_its_industry_word(ents_of):
    ents = ents_of("书记先后到恒泰纺织、华光石化、东岭重工进行实地察看。全省纺织、机械等行业稳步增长。")
    assert {n for (n, t) in ents if t == "COMPANY"} == {"恒泰纺织", "华光石化", "东岭重工"}


def test_a_batch_of_a_season_is_no_project_and_a_project_starts_after_the_batch(ents_of):
    ents = ents_of("2月3日，东河县2024年一季度招商引资项目签约仪式举行。"
                   "1月15日，青山县2023年第二季度项目集中开工暨青山县酒旅一体（华光集团）建设项目开工仪式在青山镇举行。")
    projects = {n for (n, t) in ents if t == "PROJECT"}
    assert projects == {"青山县酒旅一体（华光集团）建设项目"}


def test_meeting_edges_drop_discourse_words_and_keep_a_verb_with_its_object(ents_of):
    ents = ents_of("特别是全市乡村振兴现场观摩会暨推进会议要求明确。3月2日，市政协召开征求意见座谈会。")
    meetings = {n for (n, t) in ents if t == "MEETING"}
    assert {"全市乡村振兴现场观摩会暨推进会议", "征求意见座谈会"} <= meetings


def test_a_count_of_places_is_no_place_name(ents_of):
    ents = ents_of("天峻、乌兰、都兰三县和海东、西宁两市加快发展。三亚市、十堰市代表发言。")
    places = {n for (n, t) in ents if t == "PLACE"}
    assert not any(n.endswith(("三县", "两市")) for n in places)
    assert {"三亚市", "十堰市"} <= places


def test_a_villagers_group_after_its_village_is_a_place(ents_of):
    ents = ents_of("仪式在青山镇临江村坝中间组隆重举行。东河村小组长发言。")
    places = {n for (n, t) in ents if t == "PLACE"}
    assert {"临江村", "坝中间组"} <= places and "小组" not in places


def test_a_park_used_as_a_location_is_a_place(ents_of):
    ents = ents_of("在华光新能源产业园，王海东详细了解了园区规划。要加快建设东岭新能源产业园。")
    assert ("华光新能源产业园", "PLACE") in ents
    assert ("东岭新能源产业园", "PROJECT") in ents


def test_event_names_without_their_organiser_and_with_more_kinds_of_meeting(ents_of):
    ents = ents_of("日前，由省商务厅主办的2024东河绿色发展投资贸易洽谈会在西宁开幕。"
                   "4月8日下午，全市“三抓三促”行动推进会暨项目建设观摩总结会召开。")
    meetings = {n for (n, t) in ents if t == "MEETING"}
    assert {"2024东河绿色发展投资贸易洽谈会", "全市“三抓三促”行动推进会暨项目建设观摩总结会"} <= meetings


def test_named_structures_and_institutions_projects(ents_of):
    ents = ents_of("东岭大桥建成通车，县人民医院迁建项目主体完工，华光城市综合体投入运营。气电项目加快推进。")
    projects = {n for (n, t) in ents if t == "PROJECT"}
    assert {"东岭大桥", "县人民医院迁建项目", "华光城市综合体"} <= projects
    plants = ents_of("东河县100兆瓦风电场项目开工，青山第二污水处理厂投入运行，华光热电厂扩建。")
    assert {"东河县100兆瓦风电场项目", "青山第二污水处理厂", "华光热电厂"} <= {n for (n, t) in plants if t == "PROJECT"}
    assert "气电项目" not in projects


def test_a_signed_or_a_firms_own_project_is_a_project_and_the_signer_is_no_part_of_it(ents_of):
    ents = ents_of("东河市人民政府与深圳市远拓电子科技有限公司签订高端电路板生产基地项目合作协议，项目落户东河经济技术开发区。"
                   "双方还签订了重点项目投资协议。加快推进产业基地项目建设。")
    projects = {n for (n, t) in ents if t == "PROJECT"}
    assert projects == {"高端电路板生产基地项目"}
    assert ("深圳市远拓电子科技有限公司", "COMPANY") in ents
    built = ents_of("支持东河远拓电子科技有限公司在青山经济技术开发区建设新型电子元器件产业园。加快建设现代农业产业园。")
    assert {n for (n, t) in built if t == "PROJECT"} == {"新型电子元器件产业园"}

def test_a_free_trade_zone_with_its_province_in_brackets_is_one_place(ents_of):
    ents = ents_of("东河铜箔项目落户中国（广西）自由贸易试验区钦州港片区。中国(四川)自由贸易试验区建设取得成效。")
    places = {n for (n, t) in ents if t == "PLACE"}
    assert {"中国（广西）自由贸易试验区钦州港片区", "中国(四川)自由贸易试验区"} <= places
    assert not places & {"中国", "广西", "四川"}

def test_an_organ_of_two_fields_joined_by_和_is_one_name_and_two_organs_stay_two(ents_of):
    ents = ents_of("省文化和旅游厅、县自然资源和规划局负责同志参加。会议听取了州中级人民法院工作报告和州人民检察院工作报告，"
                   "传达学习中央经济工作会议和国务院部署。东河贸易委员会和司法部联合发文。")
    orgs = {n for (n, t) in ents if t == "ORG"}
    assert {"省文化和旅游厅", "县自然资源和规划局", "州中级人民法院", "州人民检察院", "国务院", "司法部"} <= orgs
    assert not [n for n in orgs if "和" in n and n not in ("省文化和旅游厅", "县自然资源和规划局")]

def test_words_jieba_tags_as_adverbs_inside_project_names(ents_of):
    ents = ents_of("推进东河县白沙镇城市更新项目，江州锂能年产5万吨正极材料项目开工。")
    projects = {n for (n, t) in ents if t == "PROJECT"}
    assert "东河县白沙镇城市更新项目" in projects        # 更新 and 正极 are adverbs in jieba's dictionary
    assert any(n.endswith("年产5万吨正极材料项目") for n in projects)

def test_a_river_and_the_place_of_its_stretch_in_a_projects_name(ents_of):
    ents = ents_of("袁河宜春城区段综合治理工程、清水江锦屏段航道整治工程加快实施。")
    places = {n for (n, t) in ents if t == "PLACE"}
    assert {"袁河", "宜春", "清水江", "锦屏"} <= places
    assert "城区" not in places                  # 某市城区段: the city, not the generic part of it

def test_a_customs_office_and_a_named_task_force_are_organisations(ents_of):
    ents = ents_of("东河海关、江州海关负责同志参加。加强海关监管。")
    assert {n for (n, t) in ents if t == "ORG"} == {"东河海关", "江州海关"}
    ents = ents_of("成立江州锂电产业工作专班和东岭助企工作专班，建立一套工作专班。")   # a named task force
    assert {n for (n, t) in ents if t == "ORG"} == {"江州锂电产业工作专班", "东岭助企工作专班"}

def test_named_platforms_and_logistics_centres_are_projects(ents_of):
    ents = ents_of("加快建设东河市城市运行管理大数据平台、青山县果蔬冷链物流中心和江州边贸交易中心。"
                   "完善招商信息平台。")
    projects = {n for (n, t) in ents if t == "PROJECT"}
    assert {"东河市城市运行管理大数据平台", "青山县果蔬冷链物流中心", "江州边贸交易中心"} <= projects
    assert "信息平台" not in projects and "招商信息平台" not in projects
    ents = ents_of("加快推进东河冷链物流大数据平台建设。")          # an industry opens it, not a firm
    assert ("东河冷链物流大数据平台", "PROJECT") in ents and not [n for (n, t) in ents if t == "COMPANY"]


def test_abstract_and_generic_areas_are_no_places(ents_of):
    ents = ents_of("新型城镇化社区建设取得新进展。在主城区实现5G规模商用。光明路社区、昆仑社区开展活动。")
    places = {n for (n, t) in ents if t == "PLACE"}
    assert places == {"光明路社区", "昆仑社区"}


def test_a_set_phrase_of_policy_language_holds_no_entity(ents_of):
    ents = ents_of("坚持山水林田湖草沙一体化保护和系统治理，加强祁连山生态保护。")
    assert set(ents) == {("祁连山", "PLACE")}


def test_the_outlet_and_authoring_body_of_a_web_article_are_organisations(ents_of):
    ents = ents_of("发布时间:2024-06-18 09:41 | 来源:东河网 | 作者:青山县委统战部 | 责任编辑:赵茜\n"
                   "更新时间:2024-11-05 16:20   来源:东河日报·彩练新闻\n来源：本报  作者：王海东")
    orgs = {n for (n, t) in ents if t == "ORG"}
    assert {"东河网", "青山县委统战部", "东河日报", "彩练新闻"} <= orgs
    assert "本报" not in orgs and ("王海东", "ORG") not in ents


def test_a_body_whose_officer_holds_a_business_post_is_a_firm_everywhere(ents_of):
    ents = ents_of("由中建九局承建的东河大桥项目开工。中建九局副总经理王海东出席。中建九局将全力推进。")
    assert ("中建九局", "COMPANY") in ents and ("中建九局", "ORG") not in ents


def test_a_numbered_bureau_of_a_state_builder_is_a_firm_even_with_no_officer_named(ents_of):
    ents = ents_of("东河快速路由中铁七局承建，青山隧道由中国铁建所属中铁十五局施工，县水利局负责监管。")
    assert ("中铁七局", "COMPANY") in ents and ("中铁十五局", "COMPANY") in ents
    assert ("中国铁建", "COMPANY") in ents          # 所属 joins parent and subsidiary: two names, not one
    assert ("县水利局", "ORG") in ents


def test_verbs_before_an_event_are_not_its_name(ents_of):
    ents = ents_of("全力筹备东河国际马拉松赛开幕式，旁听省人大常委会会议，列席大会的有王海东。")
    meetings = {n for (n, t) in ents if t == "MEETING"}
    assert meetings == {"东河国际马拉松赛开幕式", "省人大常委会会议"}


def test_rivers_gorges_wetlands_and_plateaus_are_places(ents_of):
    ents = ents_of("澜沧江、金沙江流域生态保护，三江源湿地、东河峡谷得到修复。王长江出席。")
    places = {n for (n, t) in ents if t == "PLACE"}
    assert {"澜沧江", "三江源湿地", "东河峡谷"} <= places
    assert ("王长江", "PERSON") in ents and "王长江" not in places
    sites = ents_of("参观东岭寺、喇家遗址和班禅故居。")
    assert {n for (n, t) in sites if t == "PLACE"} == {"东岭寺", "喇家遗址", "班禅故居"}


def test_a_fair_named_inside_its_ceremony_is_a_meeting_too(ents_of):
    ents = ents_of("7月6日，第二十八届东河投资贸易洽谈会重点项目签约仪式在东河举行。"
                   "4月8日，2024东河国际陶瓷博览会暨第十届东河投资贸易洽谈会开幕。")
    meetings = {n for (n, t) in ents if t == "MEETING"}
    assert meetings == {"第二十八届东河投资贸易洽谈会重点项目签约仪式", "第二十八届东河投资贸易洽谈会",
                        "2024东河国际陶瓷博览会暨第十届东河投资贸易洽谈会"}       # parts joined by 暨 stay one name


def test_a_ranking_in_a_list_of_firms_is_no_firm_and_the_clause_verb_is_cut(ents_of):
    ents = ents_of("瞄准中国500强、民企百强等龙头企业跟踪对接。")
    assert not any(label == "COMPANY" for _, label in ents)
    ents = ents_of("聚焦华光科技、东岭新材等龙头企业跟踪对接。")
    assert ("华光科技", "COMPANY") in ents and ("东岭新材", "COMPANY") in ents
    assert ("聚焦华光科技", "COMPANY") not in ents


def test_a_place_at_the_far_end_of_a_route_starts_after_its_zhi(ents_of):
    ents = ents_of("争取东河拉至柳溪镇公路改造工程开工建设。")
    assert ("柳溪镇", "PLACE") in ents
    assert not any("至" in text for text, label in ents if label == "PLACE")


def test_a_slogan_of_verb_and_place_is_no_place(ents_of):
    ents = ents_of("凝聚“知甘肃、爱甘肃、兴甘肃”的强大合力。")
    assert ("兴甘肃", "PLACE") not in ents and ("爱甘肃", "PLACE") not in ents


def test_a_two_character_county_after_a_noun_is_a_place_unless_it_reads_as_a_slogan(ents_of):
    assert ("礼县", "PLACE") in ents_of("选址礼县的现代物流园项目，总投资14亿元。")
    assert ("兴县", "PLACE") not in ents_of("坚持工业兴县，壮大县域经济。")


def test_dotted_names_keep_out_titles_verbs_and_slogans(ents_of):
    ents = ents_of("委员古丽米拉·阿不都、艾尔肯·买买提出席。")
    people = {text for text, label in ents if label == "PERSON"}
    assert "古丽米拉·阿不都" in people and "艾尔肯·买买提" in people
    assert not any(p.startswith("委员") or p.endswith("出席") for p in people)
    ents = ents_of("## 抓项目促发展·东河在行动\n记者走访了东河县。")
    assert not any(label == "PERSON" for _, label in ents)


def test_a_firm_written_short_before_a_business_post_in_a_list(ents_of):
    ents = ents_of("东岭纺织总经理林思远、之江云智创始人吴启航先后发言。")
    assert ("之江云智", "COMPANY") in ents
    assert ents[("吴启航", "PERSON")] == ["之江云智创始人"]
    assert not any(label == "PERSON" and "云智" in text for text, label in ents)


def test_the_country_in_chinese_style_modernisation_is_a_place(ents_of):
    assert ("中国", "PLACE") in ents_of("以中国式现代化全面推进强国建设。")


def test_meetings_joined_by_he_are_two(ents_of):
    ents = ents_of("全面贯彻党的二十大和二十届三中全会精神，落实省第十二次党代会和市第七次党代会部署。")
    for name in ("党的二十大", "二十届三中全会", "省第十二次党代会", "市第七次党代会"):
        assert (name, "MEETING") in ents, name
    assert ("生态保护和高质量发展座谈会", "MEETING") in ents_of("召开生态保护和高质量发展座谈会。")


def test_an_events_name_stops_before_a_clause_about_it(ents_of):
    ents = ents_of("同日，东河县2024年一季度重大项目集中开工仪式作为大会分会场活动在东河县举行。")
    assert ("东河县2024年一季度重大项目集中开工仪式", "MEETING") in ents
    assert not any("作为" in name for name, label in ents if label == "MEETING")


def test_a_verb_glued_onto_a_titled_name_is_cut(ents_of):
    people = {t for t, label in ents_of("华光物流董事长陈伟强作交流发言。自治区政协副主席朝鲁门率调研组到东河旗调研。")
              if label == "PERSON"}
    assert people == {"陈伟强", "朝鲁门"}
    assert ("王作明", "PERSON") in ents_of("副省长王作明出席。")
    # pkuseg cut 谷长|青随团: 随团 after a three-character name is the verb's
    assert ("谷长青", "PERSON") in ents_of("市政协副主席聂红梅，副市长谷长青随团参加。")


def test_a_region_is_named_from_its_place_over_common_words(ents_of):
    ents = ents_of("加快融入武汉都市圈，打造广东沿海经济带。")
    assert ("武汉都市圈", "PLACE") in ents and ("广东沿海经济带", "PLACE") in ents


def test_a_wire_story_names_its_outlet_and_a_bureau_in_a_title_is_a_government_body(ents_of):
    ents = ents_of("东河日报讯（记者 王磊）7月26日，县教育局局长王海东出席会议。")
    assert ("东河日报", "ORG") in ents and ("县教育局", "ORG") in ents
    assert ("中建八局", "COMPANY") in ents_of("中建八局总经理李明华出席。")


def test_a_firm_named_after_its_numbered_bureau_keeps_the_bureau(ents_of):
    # pkuseg cuts the number off (中铁|二十三|局集团有限公司); the name still starts at the bureau
    ents = ents_of("要求施工单位中铁二十三局集团有限公司倒排工期。")
    assert ("中铁二十三局集团有限公司", "COMPANY") in ents


def test_two_bodies_joined_by_he_are_two_and_a_ministry_named_with_he_is_one(ents_of):
    ents = ents_of("省商务厅和省工商联联合举办，省工业和信息化厅承办。")
    assert {("省商务厅", "ORG"), ("省工商联", "ORG"), ("省工业和信息化厅", "ORG")} <= set(ents)


def test_an_expo_named_by_two_places_joined_by_a_dash(ents_of):
    assert ("第二十届中国—东盟博览会", "MEETING") in ents_of("副省长李明华出席第二十届中国—东盟博览会。")


def test_a_zone_is_named_with_the_county_that_runs_it(ents_of):
    ents = ents_of("将投资18亿元在桐溪县高新技术产业开发区建设汽车座舱生产基地。")
    assert ("桐溪县高新技术产业开发区", "PLACE") in ents


def test_a_party_signing_with_a_county_is_a_firm(ents_of):
    assert ("徽创科技", "COMPANY") in ents_of("总投资85亿元；徽创科技与桐溪县签约，将投资18亿元建设生产基地。")
    assert not any(label == "COMPANY" for _, label in ents_of("会上，东河县与青山县签订合作协议。"))


def test_organs_written_one_after_another_are_one_entity_each(ents_of):
    ents = ents_of("长沙市委市政府高度重视，党中央国务院作出部署。")
    assert {("长沙市委", "ORG"), ("市政府", "ORG"), ("党中央", "ORG"), ("国务院", "ORG")} <= set(ents)
    assert ("长沙市委市政府", "ORG") not in ents


def test_a_discourse_word_does_not_open_an_event_name(ents_of):
    ents = ents_of("特别是全县项目建设现场观摩会暨推进会议召开以来，各项工作有序推进。")
    assert ("全县项目建设现场观摩会暨推进会议", "MEETING") in ents


def test_a_titled_name_keeps_its_front_at_a_later_mention(ents_of):
    ents = ents_of("自治区副主席额尔敦毕力格出席论坛并致辞。额尔敦毕力格在致辞中表示，欢迎各地企业家。")
    people = {t for t, label in ents if label == "PERSON"}
    assert people == {"额尔敦毕力格"}


def test_a_fair_named_short_is_no_person_at_its_other_mentions(ents_of):
    ents = ents_of("本届黄洽会由省人民政府主办。希望各位嘉宾借助黄洽会平台，深入了解东河。")
    assert ("黄洽会", "MEETING") in ents and ("黄洽会", "PERSON") not in ents


def test_an_ordinal_after_a_title_word_inside_a_session_name_is_no_person(ents_of):
    ents = ents_of("8月27日，东河市第十七届人民代表大会常务委员会第二十一次会议在东河会堂召开。")
    assert ("东河市第十七届人民代表大会常务委员会第二十一次会议", "MEETING") in ents
    assert not any(label == "PERSON" for _, label in ents)


def test_a_verb_with_its_preposition_does_not_open_a_place(ents_of):
    ents = ents_of("该项目起于桐江市，止于青山县，全长68公里。")
    assert ("桐江市", "PLACE") in ents and ("青山县", "PLACE") in ents


def test_a_road_of_a_class_between_two_places_is_a_project(ents_of):
    assert ("西宁至互助一级公路", "PROJECT") in ents_of("加快西宁至互助一级公路建设。")
    assert ("兰州至西宁快速通道", "PROJECT") in ents_of("推进兰州至西宁快速通道建设。")
    assert not any(label == "PROJECT" for _, label in ents_of("打造百亿级产业集群。"))


def test_a_description_of_the_meeting_is_no_meeting_name(ents_of):
    ents = ents_of("会议认为，这是在全面推进强国建设关键时期召开的一次十分重要的会议。")
    assert not any(label == "MEETING" for _, label in ents)


def test_route_ends_lose_the_road_class_and_meetings_end_before_jingshen(ents_of):
    ents = ents_of("全面贯彻二十届三中全会精神和省第十三次党代会部署，推进陇泽至红沟川二级公路建设。")
    assert ("二十届三中全会", "MEETING") in ents and ("省第十三次党代会", "MEETING") in ents
    assert ("红沟川", "PLACE") in ents and ("红沟川二级", "PLACE") not in ents
    assert not any(label == "PROJECT" for t, label in ents_of("项目坐落于南溪高新区新材料产业园。"))
    assert ("宣岭市", "PLACE") in ents_of("副省长程方远在宣岭市督导检查。")


def test_two_two_character_reporters_a_space_apart_are_two_people(ents_of):
    ents = ents_of("本报讯（记者 林涛 贺岚）5月6日，全省春耕生产推进会召开。")
    assert ents[("林涛", "PERSON")] == ["记者"] and ents[("贺岚", "PERSON")] == ["记者"]
    assert not any(label == "PERSON" and " " in name for name, label in ents)


def test_a_listed_name_whose_given_name_is_a_word(ents_of):
    ents = ents_of("大会执行主席郑国梁、刘海峰、曾繁茂在主席台前排就座。省领导孙立群、于海波、陈国栋出席。")
    assert ents[("曾繁茂", "PERSON")] == ["大会执行主席"]
    assert ("于海波", "PERSON") in ents and ("海波", "PERSON") not in ents


def test_people_closed_by_entrepreneur_are_no_firms(ents_of):
    ents = ents_of("刘晓梅、王海峰等企业家代表作交流发言。")
    assert not any(label == "COMPANY" for _, label in ents)
    assert ("青禾科技", "COMPANY") in ents_of("调研了青禾科技、东岭集团等企业。")


def test_dotted_names_keep_their_syllables(ents_of):
    ents = ents_of("县人大常委会主任阿依古丽·买合提下达开工令。县领导阿不都艾力·吐尔逊、张立平参加开工仪式。")
    assert ("阿依古丽·买合提", "PERSON") in ents
    assert ("阿不都艾力·吐尔逊", "PERSON") in ents


def test_a_park_where_something_is_held_or_built_is_a_place(ents_of):
    ents = ents_of("集中开工仪式在青禾县纺织服装产业园举行。该公司在临溪工业园建设年产4万吨磷酸铁锂正极材料项目。")
    assert ("青禾县纺织服装产业园", "PLACE") in ents and ("临溪工业园", "PLACE") in ents
    assert ("年产4万吨磷酸铁锂正极材料项目", "PROJECT") in ents
    ents = ents_of("项目由青禾装备有限公司投资建设，落户东滩临港产业园，主要生产风电机组。")
    assert ("东滩临港产业园", "PLACE") in ents and not any(label == "PROJECT" for _, label in ents)


def test_an_autonomous_regions_level_is_no_verb_glued_onto_a_session(ents_of):
    ents = ents_of("全体委员列席自治区十四届人大四次会议开幕会，听取并讨论政府工作报告。")
    assert ("自治区十四届人大四次会议", "MEETING") in ents


def test_a_city_a_dictionary_tags_as_a_verb_opens_an_events_name(ents_of):
    ents = ents_of("期间还将举办即墨文化旅游推介会、登封少林武术交流会等活动。")
    assert ("即墨文化旅游推介会", "MEETING") in ents and ("登封少林武术交流会", "MEETING") in ents


def test_a_dateline_and_a_reporting_verb_are_not_in_a_meetings_name(ents_of):
    ents = ents_of("本报青禾12月20日讯中国共产党青禾市第七届委员会第五次全体会议在青禾召开。会议通报市委七届五次全会有关情况。")
    assert ("中国共产党青禾市第七届委员会第五次全体会议", "MEETING") in ents
    assert ("市委七届五次全会", "MEETING") in ents


def test_a_name_does_not_open_with_a_verb_lac_reads_in_context(ents_of):
    """jieba's dictionary calls 心系, 谋划, 助力 nouns; LAC reads them as verbs in the sentence."""
    assert not any(label == "PLACE" and "心系" in name for name, label in ents_of("总书记心系高原各族人民。"))
    ents = ents_of("谋划储备东川数据中心项目。")
    assert ("东川数据中心项目", "PROJECT") in ents and not any("谋划" in name for name, _ in ents)
    assert not any(label == "PLACE" for _, label in ents_of("年内建成投运产业园区污水集中处理设施。"))


def test_slogans_are_no_places_meetings_or_people(ents_of):
    assert not any(label == "PLACE" for _, label in ents_of("围绕“工业强县、生态立县”目标，实施科技强省战略。"))
    assert ("永兴县", "PLACE") in ents_of("在永兴县调研。")
    assert not any(label == "MEETING" for _, label in ents_of("全省深入实施“强省会”行动。这是关键时期召开的重要会议。"))
    assert ("青洽会", "MEETING") in ents_of("本届“青洽会”签约项目30个。")
    ents = ents_of("各部门要实行县级领导包联、专班推进，全力以赴抓好项目建设。")
    assert not any(label == "PERSON" for _, label in ents)
    # the items of a short list in quotes are a slogan's, though each opens with a surname
    ents = ents_of("全区推行“周调度、月督查、季考核”的办法，倒逼工期。")
    assert not any(label == "PERSON" for _, label in ents)


def test_places_inside_a_project_name_are_each_found(ents_of):
    ents = ents_of("青化县石岭镇海上风电运维基地项目开工。选址钦东区那蒙镇，总投资42亿元。")
    assert {"青化县", "石岭镇", "那蒙镇"} <= {n for n, t in ents if t == "PLACE"}
    ents = ents_of("盘北县响水镇2×66万千瓦煤电项目1号机组投产。加快推进汉江汉阴县段综合整治工程。")
    assert {"盘北县", "响水镇", "汉阴县"} <= {n for n, t in ents if t == "PLACE"}
    assert not any(t == "PLACE" and ("×" in n or n.startswith("汉江汉")) for n, t in ents)
    assert not any(t == "PLACE" for n, t in ents_of("在那个镇调研。该县经济发展较快。"))


def test_a_city_investment_firm_keeps_its_whole_name_and_a_zone_is_no_firm(ents_of):
    ents = ents_of("由青禾市产业投资集团有限公司和上岭市城市建设投资开发集团有限公司共同投资建设。")
    assert ("青禾市产业投资集团有限公司", "COMPANY") in ents
    assert ("上岭市城市建设投资开发集团有限公司", "COMPANY") in ents
    assert not any(t == "COMPANY" for n, t in ents_of("推动青西经开区光电显示产业园建设。"))


def test_an_upgrade_project_and_a_road_number_before_a_county(ents_of):
    ents = ents_of("实施黄庄镇桃峪村供水提升工程，加快老旧小区改造提升工程建设。开工建设G108褒南县青桥至柳林段改建工程。")
    assert ("黄庄镇桃峪村供水提升工程", "PROJECT") in ents and ("老旧小区改造提升工程", "PROJECT") in ents
    assert ("褒南县", "PLACE") in ents and not any(t == "PLACE" and n.startswith("G108") for n, t in ents)
    assert not any(t == "PROJECT" for n, t in ents_of("要大力提升工程质量。"))


def test_a_town_whose_name_pkuseg_cut_before_its_last_character(ents_of):
    ents = ents_of("马铃薯精深加工项目落户石门川镇，由陇薯食品投资建设。")
    assert ("石门川镇", "PLACE") in ents
    assert not any(t == "PLACE" for n, t in ents_of("推进城乡融合发展。"))


def test_a_county_that_took_the_last_character_of_the_word_before_gives_it_back(ents_of):
    ents = ents_of("据悉，当天沛县同步开工的还有城南污水处理厂扩建工程。")      # pkuseg: 当|天沛县
    assert ("沛县", "PLACE") in ents and not any(n == "天沛县" for n, t in ents)


def test_a_dotted_name_ends_before_the_adverb_and_verb_after_it(ents_of):
    ents = ents_of("商务部副部长刘明，俄方代表安东·费奥多罗夫先后致辞。")   # LAC: 安东·费奥多罗夫先后致辞
    assert ("安东·费奥多罗夫", "PERSON") in ents and not any(n.endswith("致辞") for n, t in ents)


def test_a_dotted_name_lac_ends_at_its_dot_goes_on_past_it(ents_of):
    ents = ents_of("伊万·彼得连科表示，远东地区愿加强合作。")        # LAC: 伊万·|彼得连科表示
    assert ("伊万·彼得连科", "PERSON") in ents and not any(n.endswith("·") for n, t in ents)


def test_editor_credits_give_the_editor_and_the_role(ents_of):
    assert ents_of("（责任编辑：韩雪梅）")[("韩雪梅", "PERSON")] == ["责任编辑"]
    ents = ents_of("本版责编：央金　美编：刘洋")
    assert ents[("央金", "PERSON")] == ["责编"] and ents[("刘洋", "PERSON")] == ["美编"]
    assert ents_of("作者：青禾县委统战部 | 责任编辑：赵茜12月22日，会议召开。")[("赵茜", "PERSON")] == ["责任编辑"]
    assert not any(t == "PLACE" for n, t in ents_of("抓好3个美丽城镇、8个高原美丽乡村建设。"))
    # a slash for the colon; a name the line ends is whole where LAC reads less of it (扎西|加)
    ents = ents_of("责编/王翊美编/李青禾\n责任编辑/青禾\n责任编辑：扎西加\n")
    assert ents[("王翊", "PERSON")] == ["责编"] and ents[("李青禾", "PERSON")] == ["美编"]
    assert ents[("青禾", "PERSON")] == ["责任编辑"] and ents[("扎西加", "PERSON")] == ["责任编辑"]
    # an art editor credited right after (no space): the first name ends where 美术编辑 begins
    ents = ents_of("责任编辑：王翊美术编辑：李青禾")
    assert ents[("王翊", "PERSON")] == ["责任编辑"] and ents[("李青禾", "PERSON")] == ["美术编辑"]


def test_an_editor_credit_in_the_text_reads_a_name_as_long_as_a_running_head_does(ents_of):
    """One pattern for a page's editor (textrules.EDITOR_CREDIT): a four-character name after the colon is
    whole in an article's text as in a running head cleaning removes."""
    assert ents_of("（责任编辑：欧阳青溪）")[("欧阳青溪", "PERSON")] == ["责任编辑"]
    from kg.clean import PAGE_EDITOR
    assert [m.group("name") for m in PAGE_EDITOR.finditer("责编：欧阳青溪校对：陈亮")] == ["欧阳青溪", "陈亮"]


def test_listed_names_with_surnames_the_list_does_not_know(ents_of):
    """pkuseg cuts 同国|栋 and 贠立|新; LAC reads three characters, and a list item is a name."""
    ents = ents_of("大会执行主席卜建民、樊小军、同国栋、拓文斌在主席台前排就座。市领导祝海鹏、贠立新、权海军出席。")
    assert {"同国栋", "贠立新"} <= {n for n, t in ents if t == "PERSON"}
    assert ("孟繁举", "PERSON") in ents_of("省委副书记、代省长孟繁举向大会作政府工作报告。")


def test_a_firm_with_a_long_name_opens_the_next_title_in_a_list(ents_of):
    ents = ents_of("青禾食品集团总经理熊丽、云帆智能装备有限公司董事长邹涛先后发言。")
    assert ("邹涛", "PERSON") in ents and ("云帆", "PERSON") not in ents


def test_a_trade_word_before_another_is_no_firm(ents_of):
    ents = ents_of("推动青西经开区锂电新材料项目建设。推动华岳新材高端电子材料项目建设。")
    assert ("华岳新材", "COMPANY") in ents and ("锂电新材料", "COMPANY") not in ents


def test_a_kind_of_product_opening_a_project_is_no_firm(ents_of):
    # no firm is named there: LAC reads no name, and no full firm name in the text holds the words
    for text in ("推进绿色化工新材料循环经济项目建设。", "稀土永磁材料精深加工项目在东岭园区开工。"):
        assert not any(label == "COMPANY" for _, label in ents_of(text)), text
    # a firm's own name before its trade word is still the firm: one written in full in the text, one ending
    # in a trade word only firms are named with
    ents = ents_of("江苏澄瀚新材料有限公司落户以来，澄瀚新材料高端膜材项目进展顺利。加快嵘泰煤业二期项目建设。")
    assert ("澄瀚新材料", "COMPANY") in ents and ("嵘泰煤业", "COMPANY") in ents


def test_a_visitors_verb_opens_no_works_name(ents_of):
    # a visitor climbs or looks out over the works: the name starts after the last such verb
    ents = ents_of("随后，罗建华登上白沙河水库大坝察看汛期调度。邹明登上码头观景台远眺青湾港区集装箱码头。")
    names = {t for t, label in ents if label == "PROJECT"}
    assert not any("罗建华" in n or "登上" in n or "远眺" in n for n in names), names
    assert ("罗建华", "PERSON") in ents and ("邹明", "PERSON") in ents


def test_an_adverb_glued_onto_a_site_verb_is_no_part_of_the_park_after_it(ents_of):
    ents = ents_of("拟落户荣成经济开发区。")          # pkuseg reads 拟落户 as one word here
    assert ("荣成经济开发区", "PLACE") in ents
    assert not any("落户" in t for t, _ in ents)


def test_a_verb_glued_to_a_place_a_slogan_and_a_places_started_projects_are_no_names(ents_of):
    ents = ents_of("希望各位企业家扎根凤翔、深耕凤翔。威海要坚持以港兴市、以工强市。其中乳山市、荣成市开工项目数量居前两位。")
    assert ("凤翔", "PLACE") in ents and not any(t.startswith(("扎根", "深耕")) for t, _ in ents)
    assert not any(t in ("港兴市", "工强市") for t, _ in ents)
    assert ("荣成市", "PLACE") in ents and not any(label == "PROJECT" for _, label in ents)


def test_where_a_firm_moved_from_is_no_project(ents_of):
    ents = ents_of("这家企业去年从浙江温州整体搬迁落户荣成，主要生产智能电器。")
    assert ("温州", "PLACE") in ents and not any(label == "PROJECT" for _, label in ents)


def test_a_park_a_visitor_comes_to_is_one_place_whatever_trade_it_is_named_for(ents_of):
    ents = ents_of("5日，调研组来到南岭精细化工产业园区，走进东岳新材料有限公司。随后来到安平县西湖工业园区察看。")
    assert ("南岭精细化工产业园区", "PLACE") in ents and ("南岭精细化工", "COMPANY") not in ents
    assert ("西湖工业园区", "PLACE") in ents and ("安平县", "PLACE") in ents      # the county stays its own place
    assert ("东岭现代农业科技园区", "PLACE") in ents_of("随后，调研组深入东岭现代农业科技园区，察看设施大棚。")


def test_a_city_before_an_industrial_park_is_no_firm_and_the_park_word_no_place(ents_of):
    ents = ents_of("扎实推进通阳市化工园区搬迁改造工程。")
    assert ("通阳市", "PLACE") in ents and ("化工园区", "PLACE") not in ents
    assert not any(t == "COMPANY" for n, t in ents)


def test_a_titled_name_whose_given_name_is_a_word(ents_of):
    ents = ents_of("副省长、省防汛抗旱指挥部指挥长娄建设主持会议。")
    assert ents[("娄建设", "PERSON")] == ["副省长", "省防汛抗旱指挥部指挥长"]


def test_an_adjective_in_a_firms_name_and_a_descriptor_before_it(ents_of):
    # 明远 is an adjective to pkuseg's lexicon, yet part of the name before a legal form
    assert ("甘南明远能源有限公司", "COMPANY") in ents_of("项目由甘南明远能源有限公司投资建设。")
    # 生产企业 describes the firm whose name follows it: the name starts after the descriptor
    ents = ents_of("电池隔膜生产企业瑞丰隔膜科技股份有限公司落户园区。")
    assert ("瑞丰隔膜科技股份有限公司", "COMPANY") in ents
    assert not [n for (n, t) in ents if t == "COMPANY" and n.startswith("电池")]


def test_rivers_lakes_and_mountains_lac_reads_as_places(ents_of):
    ents = ents_of("持续抓好苍山保护和洱海治理，沿岷江、汉江上游布局生态廊道，治理库布其沙漠，抓好滇池保护。锂电池项目开工。")
    for name in ("苍山", "洱海", "岷江", "汉江", "库布其沙漠", "滇池"):
        assert (name, "PLACE") in ents, name
    assert not [n for (n, t) in ents if t == "PLACE" and n.endswith("电池")]
    # a landscape word after the name joins it; a position on it does not; a generic pair is no place
    ents = ents_of("游客走进老君山景区，秦岭南麓的山海协作产业园开园。")
    assert ("老君山景区", "PLACE") in ents and ("秦岭", "PLACE") in ents
    assert ("山海", "PLACE") not in ents and ("秦岭南麓", "PLACE") not in ents
    # 太行 is an everyday abbreviation to jieba, but 太行山 is one of its place names
    assert ("太行山", "PLACE") in ents_of("加强太行山生态保护。")


def test_a_firm_after_its_county_and_town_in_a_project_name(ents_of):
    # 某县某镇 + a firm's short name + capacity: the places are the site, the firm starts after them,
    # and the project is named from its site
    ents = ents_of("加快建设沐川县舟坝镇岚峰锂电年产5万吨负极材料项目。")
    assert ("沐川县舟坝镇岚峰锂电年产5万吨负极材料项目", "PROJECT") in ents
    assert ("岚峰锂电", "COMPANY") in ents
    assert ("沐川县", "PLACE") in ents and ("舟坝镇", "PLACE") in ents
    # a county and a town alone before the capacity are the site, no firm
    ents = ents_of("推进沐川县舟坝镇年产10万吨饲料项目建设。")
    assert ("舟坝镇", "PLACE") in ents and not [n for (n, t) in ents if t == "COMPANY"]


def test_a_town_glued_to_a_firm_and_a_bare_trade_word(ents_of):
    # pkuseg glued the town's level onto the firm's name (浩门|镇青|峰…): still a town, then the firm
    ents = ents_of("推进门源县浩门镇青峰生物20万吨饲料加工项目建设。")
    assert ("浩门镇", "PLACE") in ents and ("青峰生物", "COMPANY") in ents
    # a common word before a trade word is still the firm's name; the trade word alone is none
    ents = ents_of("推进朝阳新能源年产5万吨负极材料项目建设。")
    assert ("朝阳新能源", "COMPANY") in ents and ("新能源", "COMPANY") not in ents
    # a county's level glued onto the town after it (神木|市尔林兔镇): two places
    ents = ents_of("项目位于神木市尔林兔镇。")
    assert ("神木市", "PLACE") in ents and ("尔林兔镇", "PLACE") in ents


def test_a_zone_named_from_its_city_over_common_words(ents_of):
    # 某德|绿色|化工|高新区: the zone's name reaches back over nouns to the city it is named after
    ents = ents_of("项目在常德绿色化工高新区建成投产，在西宁建设高新区。")
    assert ("常德绿色化工高新区", "PLACE") in ents
    assert not [n for (n, t) in ents if n.startswith("西宁") and len(n) > 2]       # a verb stops it
    # a county with its level before the zone is a place of its own
    ents = ents_of("叙州区临港经开区新签约一批项目。")
    assert ("叙州区", "PLACE") in ents and ("临港经开区", "PLACE") in ents


def test_a_firm_after_a_park_inside_a_project_name(ents_of):
    # 某康|产业|园|天拓|硅业|年产…: the park's last character is not the firm's first
    ents = ents_of("推进阜康产业园天成硅业年产10万吨工业硅项目。")
    assert ("天成硅业", "COMPANY") in ents and ("园天成硅业", "COMPANY") not in ents
    # coal and coking firms open their projects like other trades
    ents = ents_of("推进沙圪堵镇嘉源煤业智能化矿井改造项目。")
    assert ("嘉源煤业", "COMPANY") in ents


def test_counties_written_short_in_a_list_are_places_not_people(ents_of):
    # two-character county names look like given names; a list of them (…等县) is places
    ents = ents_of("会上，共和、贵德、贵南等县负责同志分别汇报。")
    for name in ("共和", "贵德", "贵南"):
        assert (name, "PLACE") in ents, name
    assert not [n for (n, t) in ents if t == "PERSON"]
    # a list of people is still people
    ents = ents_of("会上，张建国、李红梅、王志强分别发言。")
    assert all((n, "PERSON") in ents for n in ("张建国", "李红梅", "王志强"))


def test_banners_in_a_list_are_places_not_people(ents_of):
    ents = ents_of("主会场设在某某镇，准格尔旗、乌审旗、杭锦旗设分会场。")
    for name in ("准格尔旗", "乌审旗", "杭锦旗"):
        assert (name, "PLACE") in ents, name
    assert not [n for (n, t) in ents if t == "PERSON"]


def test_a_title_word_pkuseg_cut_out_of_a_verb_or_a_place_is_no_title(ents_of):
    # 地处|长三角 segmented 地|处长|三角…, 某镇|长江 segmented 某镇|长|江…: no 处长 or 镇长 before a name
    ents = ents_of("江州地处长三角北翼，察看桐港镇长江岸线修复工程。")
    assert not [n for (n, t) in ents if t == "PERSON"]
    assert ("长三角", "PLACE") in ents and ("长江", "PLACE") in ents
    # a group label after a city stays a title
    ents = ents_of("柳州市领导韦建华、梁晓明、陆文辉参加推介会。")
    assert ents[("梁晓明", "PERSON")] == ["市领导"]


def test_a_double_surname_keeps_its_two_character_given_name(ents_of):
    ents = ents_of("副市长何文静、欧阳志刚出席。董事长司马明远作表态发言。")
    assert ("欧阳志刚", "PERSON") in ents and ("司马明远", "PERSON") in ents
    # a given name that is also a word (宏伟) still follows a double surname
    ents = ents_of("会议听取了副市长皇甫宏伟作的报告。")
    assert ("皇甫宏伟", "PERSON") in ents and ("皇甫", "PERSON") not in ents


def test_surnames_pkuseg_reads_as_words_after_a_title(ents_of):
    # 上|官志远: the double surname cut; 和|春明, 向|建华: a surname that is a conjunction or a preposition,
    # a verb right after the name; 吉克|阿依: a Yi name whose last character is a verb to the dictionary
    ents = ents_of("常务副市长上官志远在主会场出席。秘书长和春明出席会议。州长吉克阿依主持会议。")
    for name in ("上官志远", "和春明", "吉克阿依"):
        assert (name, "PERSON") in ents, name
    ents = ents_of("副省长向建华，市委书记张建国出席。")
    assert ents[("向建华", "PERSON")] == ["副省长"] and ("建华", "PERSON") not in ents
    # a conjunction between a title and a common word is still a conjunction
    assert not [n for (n, t) in ents_of("县长和群众交流。") if t == "PERSON"]


def test_a_preposition_and_a_noun_lac_reads_as_a_name_is_none(ents_of):
    # 向|海 (towards the sea) and 向|南: LAC's two-character names opening with a preposition, in running text
    ents = ents_of("调研组调研重大项目建设和向海经济发展情况。航道向南直达水富。")
    assert not [n for (n, t) in ents if t == "PERSON"]
    # with a title the surname stays
    assert ("向海", "PERSON") in ents_of("副市长向海出席。")


def test_and_between_two_levels_is_no_county(ents_of):
    # 和县 is a county, but 各市（地）和县（市、区） and 省、市和县 join two levels with 和
    ents = ents_of("各市（地）和县（市、区）设分会场，省、市和县三级联动。")
    assert ("和县", "PLACE") not in ents
    assert ("和县", "PLACE") in ents_of("项目落户安徽省和县。")


def test_a_syllable_name_opening_with_a_function_character(ents_of):
    # 其木格 (a Mongolian name) opens with 其, a pronoun to pkuseg (其|木格); the banner's organs are whole
    ents = ents_of("旗人大常委会主任其木格、旗政协主席刘慧明出席会议。")
    assert ents[("其木格", "PERSON")] == ["旗人大常委会主任"]
    assert ("旗人大常委会", "ORG") in ents and ("木格", "PERSON") not in ents


def test_a_firm_named_in_full_opens_its_project_before_the_site(ents_of):
    ents = ents_of("瑞源氢能沙坡头40万千瓦风光制氢项目开工，由宁夏瑞源氢能科技有限公司投资建设。")
    assert ("瑞源氢能", "COMPANY") in ents and ("沙坡头", "PLACE") in ents
    assert ("瑞源", "PLACE") not in ents


def test_a_province_and_a_trade_word_before_an_industry_is_no_firm(ents_of):
    ents = ents_of("宜春是江西锂电产业的主阵地。")
    assert not [n for (n, t) in ents if t == "COMPANY"]


def test_a_zone_pkuseg_cuts_apart_is_a_place_where_lac_reads_it_whole(ents_of):
    ents = ents_of("涪陵区白涛化工园区绿色氢能项目开工。")
    assert ("白涛化工园区", "PLACE") in ents


def test_a_park_inside_a_projects_name_is_its_site_unless_the_park_is_the_project(ents_of):
    ents = ents_of("加快东河工业园污水处理厂建设，江州市滨湾核心区综合开发项目开工。")
    assert ("东河工业园", "PLACE") in ents and ("滨湾核心区", "PLACE") in ents
    ents = ents_of("南岭新型显示产业园二期项目开工。")
    assert not [n for (n, t) in ents if t == "PLACE" and n.endswith("产业园")]


def test_a_capacity_without_a_builders_name_and_a_count_are_no_projects(ents_of):
    ents = ents_of("一期5万吨预计明年6月投产，已有86台风机完成吊装，建成后将成为又一重要通道。")
    assert not [n for (n, t) in ents if t == "PROJECT"]


def test_a_firm_whose_name_holds_an_adverb_before_its_legal_form(ents_of):
    ents = ents_of("东河至南山高速公路扩能工程由江州东南高速公路有限公司承建。")
    assert ("江州东南高速公路有限公司", "COMPANY") in ents


def test_short_firms_pkuseg_cut_inside_their_trade_word(ents_of):
    ents = ents_of("召河镇风光储一体化示范项目由翠源新能源负责建设。")
    assert ("翠源新能源", "COMPANY") in ents
    ents = ents_of("锦川新材锂云母选矿及尾矿综合利用项目落户宜丰县。")
    assert ("锦川新材", "COMPANY") in ents
    # a class word opens no firm's name
    ents = ents_of("侯家镇新型墙体材料产业园项目开工。")
    assert not [n for (n, t) in ents if t == "COMPANY"]


def test_a_meeting_named_after_building_key_projects_keeps_its_whole_name(ents_of):
    ents = ents_of("周立新在东河县主持召开全市重点项目建设现场推进会并讲话。")
    assert ("全市重点项目建设现场推进会", "MEETING") in ents


def test_a_surname_that_is_a_preposition_right_after_a_title_opens_a_list(ents_of):
    ents = ents_of("省委委员向春明、瞿海燕、谢卫东参加讨论。")
    assert ents[("向春明", "PERSON")] == ["省委委员"]
    assert not [n for (n, t) in ents_of("他向群众、干部表示感谢。") if t == "PERSON"]


def test_a_town_whose_name_starts_like_a_verb_and_the_hong_kong_macao_region(ents_of):
    ents = ents_of("贵德县拉西瓦镇举办了春耕活动，推进青海与港澳的交流合作。")
    assert ("拉西瓦镇", "PLACE") in ents and ("港澳", "PLACE") in ents


def test_a_national_development_zone_keeps_its_level_word(ents_of):
    ents = ents_of("东河国家级经济技术开发区召开大会。三级医院建设加快。")
    assert ("东河国家级经济技术开发区", "PLACE") in ents
    assert not [n for (n, t) in ents if t == "PLACE" and "医院" in n]


def test_a_banner_and_its_town_lac_reads_as_one_place_are_two(ents_of):
    ents = ents_of("达拉特旗树林召镇集中供热管网改扩建工程开工。")
    assert ("达拉特旗", "PLACE") in ents and ("树林召镇", "PLACE") in ents


def test_a_zones_party_committee_written_with_its_position_is_the_organisation(ents_of):
    ents = ents_of("东河高新区党工委书记李强出席。")
    assert ents[("李强", "PERSON")] == ["东河高新区党工委书记"]
    assert ("东河高新区党工委", "ORG") in ents


def test_a_named_hall_of_a_hotel_is_a_venue_not_a_department(ents_of):
    ents = ents_of("交流会在东河迎宾馆黄海厅举行，省商务厅厅长出席。")
    assert ("东河迎宾馆黄海厅", "PLACE") in ents and ("省商务厅", "ORG") in ents


def test_a_wharf_and_a_berth_are_projects(ents_of):
    ents = ents_of("鞍山港区30万吨级原油码头建成，南岸作业区9号至10号泊位工程开工。")
    assert ("鞍山港区30万吨级原油码头", "PROJECT") in ents
    assert ("南岸作业区9号至10号泊位工程", "PROJECT") in ents


def test_a_city_written_before_a_hall_named_after_its_region_is_a_place_of_its_own(ents_of, rels_of):
    text = "全区人才工作会议在兰州甘肃国际会展中心召开。"
    ents = ents_of(text)
    assert ("兰州", "PLACE") in ents and ("甘肃国际会展中心", "PLACE") in ents
    assert {("全区人才工作会议", "位于", "兰州"), ("全区人才工作会议", "位于", "甘肃国际会展中心")} <= rels_of(text)
    # the city's own hall, or a hall named after the city, stays one name
    assert ("西宁市会议中心", "PLACE") in ents_of("会议在西宁市会议中心召开。")
    assert ("重庆国际博览中心", "PLACE") in ents_of("会议在重庆国际博览中心召开。")


def test_a_border_crossing_is_a_place(ents_of):
    ents = ents_of("双方就浦寨、新清口岸通关便利化等事项交换了意见。二连浩特口岸货运量增长。")
    assert ("新清口岸", "PLACE") in ents and ("二连浩特口岸", "PLACE") in ents


def test_a_firm_opening_with_a_county_pkuseg_cut_keeps_the_whole_county(ents_of, rels_of):
    text = "东盟水果冷链加工中心项目由广西凭祥陆海通供应链有限公司投资建设。"
    assert ("广西凭祥陆海通供应链有限公司", "COMPANY") in ents_of(text)
    assert ("广西凭祥陆海通供应链有限公司", "实施", "东盟水果冷链加工中心项目") in rels_of(text)


def test_a_four_character_name_in_a_list_is_whole_where_the_separator_says(ents_of):
    ents = ents_of("州委常委何建平、俄木拉各、吉伍阿支、唐文军在主席台就座。")
    for name in ("何建平", "俄木拉各", "吉伍阿支", "唐文军"):
        assert (name, "PERSON") in ents
    assert ("俄木拉", "PERSON") not in ents


def test_a_routes_far_end_stops_at_its_level_before_the_kind_of_road(ents_of):
    ents = ents_of("临河镇至东岭镇旅游公路工程开工。")
    assert ("东岭镇", "PLACE") in ents and ("东岭镇旅游", "PLACE") not in ents


def test_a_yi_name_after_a_title_is_a_name_although_lac_reads_a_city_across_them(ents_of):
    ents = ents_of("州委副书记、州长沙马拉哈讲话。州委书记阿苦日布出席。")
    assert ("沙马拉哈", "PERSON") in ents and ("阿苦日布", "PERSON") in ents
    assert ("江大", "PERSON") not in ents_of("宜昌市长江大保护重点项目推进会召开。")


def test_a_dateline_ends_before_the_organisation_that_opens_the_story(ents_of, rels_of):
    text = "新华社西宁3月5日电省政府副省长韦家才今天主持召开专题会议。"
    ents = ents_of(text)
    assert ("省政府", "ORG") in ents and ("西宁", "PLACE") in ents
    assert not any("日电" in name for name, _ in ents)
    assert ("韦家才", "任职", "省政府副省长") in rels_of(text)


def test_a_verb_before_a_ministry_is_not_part_of_its_name(ents_of, rels_of):
    text = "会议决定派遣交通运输部副部长韦家才前往灾区。"
    assert ("交通运输部", "ORG") in ents_of(text) and ("派遣交通运输部", "ORG") not in ents_of(text)
    assert ("韦家才", "任职", "交通运输部副部长") in rels_of(text)


def test_a_reporters_verb_is_not_a_given_name(ents_of):
    ents = ents_of("县长韦立新在接受记者时表示，项目年底前投产。")
    assert ("时表示", "PERSON") not in ents and ("韦立新", "PERSON") in ents


def test_verbs_or_a_count_before_an_institution_word_name_nothing(ents_of):
    ents = ents_of("他刚出医院就回到了工地。剧团建团以来创作出三十多部作品。")
    assert not any(label in ("ORG", "COMPANY") for _, label in ents)


def test_a_village_named_by_an_everyday_word_after_its_town_is_a_place(ents_of):
    ents = ents_of("新建小学在修水县黄港镇桃花村落成。")
    assert ("桃花村", "PLACE") in ents and ("黄港镇", "PLACE") in ents
    assert ("桃花村", "PLACE") not in ents_of("全县桃花村开满鲜花。")     # no town before it: an everyday phrase


def test_a_city_pkuseg_cut_from_its_level_before_a_capacity_is_the_site_not_a_builder(ents_of, rels_of):
    text = "德令哈市10万吨碳酸锂项目正式投产。"
    assert ("德令哈市", "PLACE") in ents_of(text) and ("德令哈市", "COMPANY") not in ents_of(text)
    assert ("德令哈市10万吨碳酸锂项目", "位于", "德令哈市") in rels_of(text)


def test_a_power_lines_far_end_is_the_known_place_it_opens_with(ents_of):
    ents = ents_of("陇东至山东特高压直流工程开工。")
    assert ("陇东", "PLACE") in ents and ("山东", "PLACE") in ents and ("山东特高压", "PLACE") not in ents


def test_a_product_is_not_a_project(ents_of):
    assert not any(label == "PROJECT" for _, label in ents_of("全市锂离子蓄电池出口6.2亿元，增长七成。"))
    assert ("宁德时代年产20GWh动力电池项目", "PROJECT") in ents_of("宁德时代年产20GWh动力电池项目开工。")


def test_a_title_a_place_earns_is_not_a_project(ents_of):
    assert not any(label == "PROJECT" for _, label in ents_of("该县成功创建国家生态文明建设示范区。"))
    assert ("黄河生态文明建设示范区", "PROJECT") in ents_of("黄河生态文明建设示范区开工建设。")


def test_the_party_and_the_democratic_parties_are_organisations(ents_of, rels_of):
    assert ("中国共产党", "ORG") in ents_of("庆祝中国共产党成立100周年。")
    text = "九三学社中央副主席韦立新出席会议。"
    assert ("九三学社中央", "ORG") in ents_of(text) and ("党中央", "ORG") not in ents_of("民盟中央主席韦立新讲话。")
    assert ("韦立新", "任职", "九三学社中央副主席") in rels_of(text)


def test_a_full_legal_name_lac_reads_whole_is_a_firm_where_the_rules_stopped_inside(ents_of):
    ents = ents_of("他来到新疆众和股份有限公司，察看生产线。")
    assert ("新疆众和股份有限公司", "COMPANY") in ents


def test_a_place_that_earns_a_title_is_no_project(ents_of):
    ents = ents_of("长葛市大周镇获评全国再生资源回收利用示范基地。")
    assert ("大周镇", "PLACE") in ents and not any(label == "PROJECT" for _, label in ents)


def test_bylines_with_full_width_spaces_and_long_names(rels_of):
    rels = rels_of("来源：草原日报　记者 乌云其木格　韦立新　通讯员 白雪\n3月5日，会议召开。")
    assert {("乌云其木格", "任职", "记者"), ("韦立新", "任职", "记者"), ("白雪", "任职", "通讯员")} <= rels
    rels = rels_of("（县融媒体中心记者白雪 通讯员温宏）3月12日，会议召开。")
    assert ("白雪", "任职", "记者") in rels and ("温宏", "任职", "通讯员") in rels


def test_rankings_set_phrases_and_firm_heads_are_not_entities(ents_of):
    ents = ents_of("准格尔旗继续位列全国百强县，企业加强与高校院所合作。")
    assert ents.keys() == {("准格尔旗", "PLACE")}
    ents = ents_of("在星峰磷化，韦立新察看了星峰磷化20万吨磷酸铁项目生产线。")
    assert ("星峰", "PERSON") not in ents and ("星峰磷化", "COMPANY") in ents


def test_a_routes_far_end_without_a_level_stops_before_an_everyday_word(ents_of):
    ents = ents_of("阜康至天池旅游公路建成投用。")
    assert ("天池", "PLACE") in ents and ("天池旅游", "PLACE") not in ents


def test_a_county_written_with_its_level_before_a_zone_lac_reads_whole_is_a_place_of_its_own(ents_of, rels_of):
    text = "准格尔旗大路工业园区60万吨煤制烯烃项目建成投产。"
    ents = ents_of(text)
    assert ("准格尔旗", "PLACE") in ents and ("大路工业园区", "PLACE") in ents
    assert ("准格尔旗大路工业园区60万吨煤制烯烃项目", "位于", "准格尔旗") in rels_of(text)


def test_an_old_town_named_in_a_project_is_its_site(rels_of):
    rels = rels_of("禹州市神垕古镇保护提升工程开工。")
    assert ("禹州市神垕古镇保护提升工程", "位于", "神垕古镇") in rels


def test_a_byline_run_longer_than_a_name_is_left_to_the_other_readers(ents_of):
    ents = ents_of("本报记者张晓东北京报道")
    assert ("张晓东北京报道", "PERSON") not in ents and ("张晓东", "PERSON") in ents
    ents = ents_of("（记者肖丹通讯员宋云辉王爽）全市限价房配售工作启动。")
    assert ("宋云辉王爽", "PERSON") not in ents


def test_a_divisions_party_committee_written_short(ents_of):
    ents = ents_of("报告指出，在株洲市委和醴陵市委的坚强领导下，准格尔旗委、旗政府团结带领全旗人民攻坚克难。")
    for org in ("株洲市委", "醴陵市委", "准格尔旗委"):
        assert (org, "ORG") in ents
    assert ("株洲", "PLACE") not in ents                    # a modifier of the organ's name (gold convention 2)
    assert not any(t == "ORG" and x.endswith("各县委") for x, t in ents_of("各县委要抓好落实。"))


def test_a_town_lac_reads_whole_where_pkuseg_glued_its_level_on(ents_of):
    ents = ents_of("6月3日，副区长王海东到马家营镇调研，随后前往东胜区泊江海镇、罕台镇察看苏家营镇高效节水项目。")
    for town in ("马家营镇", "泊江海镇", "苏家营镇"):
        assert (town, "PLACE") in ents
    designations = ents_of("该镇入选全国千强镇，获评乡村振兴示范镇和特色康养小镇。")
    assert not any(t == "PLACE" and x.endswith("镇") for x, t in designations)


def test_a_list_of_sights_is_no_list_of_people(ents_of):
    ents = ents_of("白帝城、瞿塘峡、小寨天坑等景区全年接待游客1860万人次。牛栏江、以礼河出境断面水质稳定。")
    assert not any(t == "PERSON" for _, t in ents)
    assert {("白帝城", "PLACE"), ("瞿塘峡", "PLACE"), ("牛栏江", "PLACE")} <= set(ents)
    people = ents_of("座谈会上，王建国、李明华、周立新等企业负责人先后发言。")
    assert {("王建国", "PERSON"), ("李明华", "PERSON"), ("周立新", "PERSON")} <= set(people)
    writers = ents_of("丛书共六种，分别由李明远、秦文君、周海涛等儿童文学作家创作。")
    assert {("李明远", "PERSON"), ("秦文君", "PERSON"), ("周海涛", "PERSON")} <= set(writers)


def test_work_report_forms_of_sites_slogans_and_irrigation_projects(ents_of):
    ents = ents_of("东川新材投资建设的东川光伏屏山县20GW单晶硅棒项目建成投产。")
    assert ("屏山县", "PLACE") in ents and ("光伏屏山县", "PLACE") not in ents     # a division is not reached past
    slogan = ents_of("要坚持“菌业强县、工业兴县、生态立县”。山西兴县召开会议。")
    assert [x for x, t in slogan if x == "兴县"] == ["兴县"]                        # the county, once, not the slogan
    irrigation = ents_of("青山水库灌区续建配套与节水改造项目完成年度任务，金钟街道城中村改造项目有序推进。")
    assert ("青山水库灌区续建配套与节水改造项目", "PROJECT") in irrigation
    assert ("城中村", "PLACE") not in irrigation
    assert not any(t == "PROJECT" for _, t in ents_of("加快推进灌区续建配套与节水改造项目。"))   # a kind, no name


def test_listed_names_the_segmenter_cut_at_a_syllable(ents_of):
    ents = ents_of("大会执行主席王建国、陈立新、那仁格日勒、阿依古丽·吐尔逊、艾合买提·肉孜、黄晓梅在主席台前排就座。")
    for name in ("那仁格日勒", "艾合买提·肉孜", "阿依古丽·吐尔逊"):
        assert (name, "PERSON") in ents
    assert ("仁格日勒", "PERSON") not in ents and ("艾合买", "PERSON") not in ents


def test_amdo_tibetan_names_with_the_syllables_dongzhi_and_dongzhu(rels_of):
    # 东智, 东珠 (Amdo spellings of one name) join 才让: without them 东智才|让 read as a verb and the list broke
    text = ("5月20日，固原市2026年重大项目集中开工仪式在原州区举行。"
            "市人大常委会主任乔砚舟，市政协主席才让东珠，县委副书记、县长东智才让等出席。")
    rels = rels_of(text)
    for name in ("乔砚舟", "才让东珠", "东智才让"):
        assert (name, "出席", "固原市2026年重大项目集中开工仪式") in rels
    assert ("东智才让", "任职", "县长") in rels


def test_a_place_opening_with_yu_after_zai(ents_of, rels_of):
    # pkuseg reads 在于 ("lies in") before a place that opens with 于: 在|于都工业园区 is the venue
    text = "4月16日，泾源县2026年重大项目集中开工仪式在于都工业园区举行。"
    assert ("泾源县2026年重大项目集中开工仪式", "位于", "于都工业园区") in rels_of(text)
    assert ("于田县", "PLACE") in ents_of("会议在于田县举行。")
    assert not any(t == "PLACE" for _, t in ents_of("关键在于都要抓好落实。"))


def test_a_visitors_verb_opens_no_project_name(ents_of):
    ents = ents_of("在东岭新材年产3万吨铜箔项目施工现场，王海涛察看工程进度。")
    assert not any(t == "PROJECT" and "察看" in x for x, t in ents)
    assert ("东岭新材年产3万吨铜箔项目", "PROJECT") in ents


def test_a_counted_kind_of_project_is_no_project(ents_of):
    ents = ents_of("今年青山县共谋划文旅项目18个，实施背街小巷改造项目40个，东河水库除险加固工程开工。")
    projects = {x for x, t in ents if t == "PROJECT"}
    assert projects == {"东河水库除险加固工程"}
    ents = ents_of("今年新储备绿色算力项目20余项。")
    assert not any(t == "PROJECT" for _, t in ents)


def test_a_park_suffix_whose_first_character_the_segmenter_glued_to_the_name(ents_of):
    # pkuseg: 榆林|汽配物|流园 and 茫崖|金河物|流园 (茫崖 is tagged an idiom by jieba's dictionary)
    assert ("榆林汽配物流园", "PROJECT") in ents_of("加快推进榆林汽配物流园建设。")
    assert ("茫崖金河物流园", "PROJECT") in ents_of("推进茫崖金河物流园建设。")
    # a verb before the glued character is no name: 主持点|评会
    ents = ents_of("观摩结束后召开点评会。欧阳振华主持点评会，李国强出席并讲话。")
    assert not any(t == "MEETING" and "主持" in x for x, t in ents)


def test_a_line_named_by_the_short_forms_of_its_ends(ents_of):
    # 郑州-万州, 成都-重庆: two to four characters that are no word; a kind of line (普速, 新建) is no name
    ents = ents_of("加快建设郑万铁路、成渝高速公路，新建铁路200公里，普速铁路提速。")
    assert {x for x, t in ents if t == "PROJECT"} == {"郑万铁路", "成渝高速公路"}


def test_routes_listed_before_the_line_word_they_share(ents_of):
    ents = ents_of("加快推进东岭至西河、南山至北川等公路建设，青龙至白水、石门镇北过境等公路落地实施。")
    assert {x for x, t in ents if t == "PROJECT"} >= {"东岭至西河", "南山至北川", "青龙至白水", "石门镇北过境"}
    assert {"东岭", "西河", "南山", "北川"} <= {x for x, t in ents if t == "PLACE"}
    # the first route starts after the project before it, not inside that project's name
    ents = ents_of("推进青龙铁路扩能改造工程和东岭至西河、南山至北川等公路建设。")
    projects = {x for x, t in ents if t == "PROJECT"}
    assert "东岭至西河" in projects and not any("工程和" in x for x in projects)


def test_a_park_after_landing_is_a_place(ents_of):
    ents = ents_of("推动各县产业项目落地东川飞地经济产业园。")
    assert ("东川飞地经济产业园", "PLACE") in ents


def test_sights_listed_before_等景区_are_places(ents_of):
    ents = ents_of("文体旅游蓬勃发展。天空一号、金沙海等景区相继开园，新建旅游公路串联青龙山、白马寨等景区。")
    assert {"天空一号", "金沙海", "青龙山", "白马寨"} <= {x for x, t in ents if t == "PLACE"}
    assert not any("串联" in x for x, _ in ents)


def test_a_slogan_on_projects_is_no_project(ents_of):
    ents = ents_of("近年来，青山县牢固树立项目为王理念，坚持工业为先，东河水库除险加固工程开工。")
    assert {x for x, t in ents if t == "PROJECT"} == {"东河水库除险加固工程"}


def test_a_festival_is_a_named_event(ents_of):
    ents = ents_of("谋划一批特色文化活动，办好第二届青山文化旅游节等大型活动。")
    assert ("第二届青山文化旅游节", "MEETING") in ents


def test_a_section_headings_number_opens_no_project(ents_of):
    ents = ents_of("一、重点产业项目建设情况\n（一）现代煤化工项目。东岭工业园区污水处理厂二期建成投运。")
    assert not any(t == "PROJECT" and x.startswith("（") for x, t in ents)


def test_a_railway_named_by_two_places_of_the_text(ents_of):
    # 东川 + 白河 -> 东白铁路: two places the text names; the two characters are no word
    ents = ents_of("东川县和白河县加快交通建设，连霍高速东川段路基完成85%；东白铁路完成预可研编制。")
    assert ("东白铁路", "PROJECT") in ents and ("东白", "PERSON") not in ents


def test_a_name_whose_last_character_pkuseg_joined_to_the_verb_after_it(ents_of):
    # pkuseg: 韩立|新作|的 (新作 is a word); the name is 韩立新, 作 the verb of the report
    ents = ents_of("会议听取了市人大教科文卫委主任委员韩立新作的关于教育工作情况的调研报告。")
    assert ("韩立新", "PERSON") in ents and ("韩立", "PERSON") not in ents


def test_people_listed_before_a_departments_officials_are_people(ents_of):
    ents = ents_of("东河省政协十三届二次会议开幕。钱立达、孙海平等省直有关部门负责同志列席会议。")
    assert ("钱立达", "PERSON") in ents and ("孙海平", "PERSON") in ents
    # bodies before 等单位负责同志 stay bodies
    assert ("东河海关", "ORG") in ents_of("县纪委监委、县委组织部、东河海关等单位负责同志参加。")


def test_short_names_listed_before_their_level_word_are_places(ents_of):
    # towns written without 镇 in a list that names their level once, after 等 or a count
    ents = ents_of("新建的羽绒产业园带动石柏、铜岭、杉溪等乡镇3000余人就业。")
    assert {("石柏", "PLACE"), ("铜岭", "PLACE"), ("杉溪", "PLACE")} <= set(ents)
    ents = ents_of("今年完成金沙、荷花两个街道的老旧小区改造。")
    assert ("荷花", "PLACE") in ents and ("金沙", "PLACE") in ents
    # the verb before the first item is not part of its name
    assert ("推动石柏", "PLACE") not in ents_of("推动石柏、铜岭等镇发展特色种植。")
    # 两镇12个村: the count after the first closing closes no list of its own
    ents = ents_of("风景道全长14.5公里，串联石柏、铜岭两镇12个村。")
    assert ("铜岭", "PLACE") in ents and ("铜岭两镇", "PLACE") not in ents


def test_towns_listed_with_their_level_are_no_list_of_people(ents_of):
    # 龙岭镇、唐江镇: three characters opening with a surname, but LAC and the suffix read places
    ents = ents_of("区委书记赖明远率队深入龙岭镇、唐江镇、东山街道，调研重点项目建设。")
    assert ("龙岭镇", "PLACE") in ents and ("唐江镇", "PLACE") in ents
    assert not any(t == "PERSON" and x != "赖明远" for x, t in ents)


def test_a_punctuation_mark_glued_to_a_word_is_a_token_of_its_own():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.nlp.entities import doc_toks

    doc = Doc(Vocab(), words=["3．龙", "南经", "开区", "。", "1.5", "万吨"], spaces=[False] * 6)
    assert [(t.text, t.start, t.end) for t in doc_toks(doc)] == [
        ("3", 0, 1), ("．", 1, 2), ("龙", 2, 3), ("南经", 3, 5), ("开区", 5, 7), ("。", 7, 8), ("1.5", 8, 11), ("万吨", 11, 13)]
    # a digit glued after a name's last characters opens a token (瑞鸿6|吉瓦); 2024年 stays one word
    doc = Doc(Vocab(), words=["博明", "瑞鸿6", "吉瓦", "2024年"], spaces=[False] * 4)
    assert [t.text for t in doc_toks(doc)] == ["博明", "瑞鸿", "6", "吉瓦", "2024年"]


def test_an_items_arabic_number_in_brackets_is_no_part_of_its_name(ents_of):
    ents = ents_of("（2）东河县再生金属循环利用产业园项目，由东河再生资源集团有限公司投资建设。")
    assert ("东河县再生金属循环利用产业园项目", "PROJECT") in ents
    assert not any(x.startswith("（") for x, _ in ents)


def test_industries_listed_before_projects_are_no_projects(ents_of):
    ents = ents_of("沿江两岸加快布局家居、物流、文旅等产业项目。")
    assert not any(t == "PROJECT" for _, t in ents)


def test_a_direction_word_opens_a_firms_full_name(ents_of):
    ents = ents_of("该项目由北方绿源能源有限公司和东河电力投资集团有限公司共同投资建设。")
    assert ("北方绿源能源有限公司", "COMPANY") in ents


def test_a_mountain_villa_hotel_is_a_venue(ents_of):
    ents = ents_of("3月28日上午，省政府新闻办在东河宾湖山庄举行新闻发布会。")
    assert any(t == "PLACE" and x.endswith("宾湖山庄") for x, t in ents)


def test_an_expo_hall_is_a_venue_and_every_league_and_city_is_no_place(ents_of, rels_of):
    rels = rels_of("10月17日，2025青溪工业互联网大会在青溪新世界博览馆开幕。")
    assert ("2025青溪工业互联网大会", "位于", "青溪新世界博览馆") in rels
    assert not any(t == "PLACE" for x, t in ents_of("各盟市同步设立分会场，各旗县组织收看。"))


def test_an_all_media_reporter_is_a_reporter(ents_of):
    ents = ents_of("东河日报全媒体记者 王翊 通讯员 李青禾\n会议召开。")
    assert ents[("王翊", "PERSON")] == ["全媒体记者"] and ("李青禾", "PERSON") in ents


def test_a_fair_with_its_host_city_in_brackets_is_one_meeting(ents_of):
    ents = ents_of("市政府研究第十二届中国（潍坊）国际风筝博览会筹备工作，办好第八届中国（遵义）国际辣椒博览会。")
    assert ("第十二届中国（潍坊）国际风筝博览会", "MEETING") in ents
    assert ("第八届中国（遵义）国际辣椒博览会", "MEETING") in ents
    assert ("中国", "PLACE") not in ents


def test_a_berth_after_a_dash_keeps_its_last_word_and_its_port_is_a_place(ents_of):
    ents = ents_of("重点项目——日照港30万吨级原油码头二期工程由港城物流有限公司建设。")
    assert ("日照港30万吨级原油码头二期工程", "PROJECT") in ents
    assert not any(text.startswith("—") for text, _ in ents)
    assert ("日照港", "COMPANY") not in ents


def test_a_democratic_partys_provincial_committee_and_its_full_time_deputy(ents_of):
    ents = ents_of("会上，民革江苏省委会、九三学社省委会负责人和民建省委会专职副主委吴立新先后发言。")
    assert ("民革江苏省委会", "ORG") in ents and ("九三学社省委会", "ORG") in ents
    assert ("民建省委会", "ORG") in ents
    assert ents[("吴立新", "PERSON")] == ["民建省委会专职副主委"]
    assert not any(label == "ORG" and text.endswith("副主委") for text, label in ents)


def test_a_places_projects_in_general_are_no_project(ents_of):
    ents = ents_of("区委书记王立新介绍了曹妃甸区项目建设情况，要求加快海晏县项目建设。")
    assert not any(label == "PROJECT" for _, label in ents)
    assert ("曹妃甸区", "PLACE") in ents


def test_reservoir_areas_port_areas_economic_zones_and_scenic_areas_are_places(ents_of):
    ents = ents_of("推进三峡库区生态修复，建设宜宾港志城作业区，融入北部湾经济区，提升庐山西海风景名胜区，推动产业集聚区发展。")
    for name in ("三峡库区", "宜宾港志城作业区", "北部湾经济区", "庐山西海风景名胜区"):
        assert (name, "PLACE") in ents
    assert ("产业集聚区", "PLACE") not in ents


def test_two_titles_joined_by_jian_are_both_the_persons_and_jian_opens_no_name(rels_of, ents_of):
    text = "市工商联副主席兼金桥商会会长唐慧敏、副市长兼市公安局局长龚振宇分别发言。"     # pkuseg: 兼市|公安局
    ents = ents_of(text)
    assert ("金桥商会", "ORG") in ents and ("市公安局", "ORG") in ents
    assert not any("兼" in n for n, t in ents)
    rels = rels_of(text)
    for person, title in [("唐慧敏", "市工商联副主席"), ("唐慧敏", "金桥商会会长"),
                          ("龚振宇", "副市长"), ("龚振宇", "市公安局局长")]:
        assert (person, "任职", title) in rels, (person, title)


def test_a_party_or_delegation_word_after_a_name_is_not_part_of_it(ents_of):
    ents = ents_of("市长会见了杭州云栖数科集团总裁周启明一行。区委常委、常务副区长贺斌随团考察。")
    assert ("贺斌", "PERSON") in ents and ("周启明", "PERSON") in ents
    assert not any(n.endswith(("一行", "随团")) for n, t in ents)


def test_the_token_view_cuts_function_words_glued_onto_a_name_or_title():
    """董事长|郑浩一行 and 副市长|兼市|公安局 as pkuseg may cut them: 一行 and 兼 come off unless the word is a word."""
    import spacy
    from kg.nlp.entities import doc_toks

    doc = spacy.blank("zh").make_doc("")
    words = ["董事长", "郑浩一行", "副市长", "兼市", "公安局", "兼职", "一行"]
    doc = spacy.tokens.Doc(doc.vocab, words=words, spaces=[False] * len(words))
    common = {"兼职", "一行"}.__contains__
    assert [t.text for t in doc_toks(doc, common)] == ["董事长", "郑浩", "一行", "副市长", "兼", "市", "公安局", "兼职", "一行"]
    assert [t.text for t in doc_toks(doc)] == words                     # every word a word: nothing cut


def test_a_listed_firm_opening_with_its_province_is_no_person_and_a_firms_project_manager_no_project(ents_of):
    ents = ents_of("随后，江西瑞丰陶瓷有限公司董事长周建华、湖北楚窑新材料科技有限公司技术总监曹文斌、"
                   "四川锦程建设工程有限公司项目经理许亮依次发言。")
    assert ("湖北楚窑新材料科技有限公司", "COMPANY") in ents
    assert ("曹文斌", "PERSON") in ents and ("许亮", "PERSON") in ents
    assert not any(n.startswith("湖北") for n, t in ents if t == "PERSON")
    assert not [n for n, t in ents if t == "PROJECT"]


def test_a_groups_numbered_subsidiary_keeps_its_ordinal(ents_of):
    ents = ents_of("本项目由华岳化学工程第十二建设有限公司承建。")
    assert ("华岳化学工程第十二建设有限公司", "COMPANY") in ents


def test_dengdi_closes_a_list_of_places_and_opens_no_park(ents_of):
    ents = ents_of("推动柳州、桂林等地产业园区提质增效。")
    assert ("柳州", "PLACE") in ents and ("桂林", "PLACE") in ents
    assert not [n for (n, t) in ents if n.startswith("地")]


def test_a_division_pkuseg_cut_across_its_edges_is_still_a_place(ents_of):
    assert ("达拉特旗", "PLACE") in ents_of("达拉特旗库布其光伏基地投运。")      # 达拉特|旗库|布其
    assert not [n for (n, t) in ents_of("沿着右江城区段防洪堤巡查。") if n == "江城区"]   # 右江 is the river


def test_what_a_named_firm_invests_in_and_builds_is_a_project_however_plainly_named(ents_of, rels_of):
    text = "华岳电气有限公司投资建设的输变电装备基地项目落户东河镇。"
    assert ("输变电装备基地项目", "PROJECT") in ents_of(text)
    rels = rels_of(text)
    assert ("华岳电气有限公司", "实施", "输变电装备基地项目") in rels and ("输变电装备基地项目", "位于", "东河镇") in rels
    assert ("华岳电气有限公司", "位于", "东河镇") not in rels


def test_an_international_airport_is_a_place_and_its_extension_a_project(ents_of):
    ents = ents_of("依托青川国际机场、青川北站打造枢纽。")
    assert ("青川国际机场", "PLACE") in ents and ("青川国际机场", "PROJECT") not in ents
    assert ("青川国际机场三期扩建工程", "PROJECT") in ents_of("推进青川国际机场三期扩建工程。")


def test_an_autonomous_regions_organs_and_a_zones_committee_are_organisations(ents_of):
    ents = ents_of("在自治区党委和自治区政府领导下，由管委会副主任周立新主持会议。")
    assert {("自治区党委", "ORG"), ("自治区政府", "ORG"), ("管委会", "ORG")} <= set(ents)
    assert ("区政府", "ORG") not in ents
    ents = ents_of("紧紧扣住自治区党委中心任务，抓好年度执法检查。")
    assert ("自治区党委", "ORG") in ents and not [n for (n, t) in ents if n.endswith("中心")]


def test_a_resident_named_after_what_they_are_is_a_person_with_no_title(ents_of):
    ents = ents_of("在河口村，他走进村民刘桂芳家中，又去牧民多杰才让家里，要求确保群众安全度汛。")
    assert ents.get(("刘桂芳", "PERSON")) == [] and ents.get(("多杰才让", "PERSON")) == []
    assert not [n for (n, t) in ents if t == "PERSON" and n.startswith("安全")]
    assert ("巴音达来", "PERSON") in ents_of("草原上，牧民巴音达来正在放牧。")   # LAC: 巴音达|来


def test_a_dotted_name_starts_after_the_verb_and_role_word_before_it(ents_of):
    ents = ents_of("周海涛走进牧民阿依江·木拉提的毡房，询问草场情况。")
    assert ("阿依江·木拉提", "PERSON") in ents and ("周海涛", "PERSON") in ents


def test_prefecture_organs_and_the_corps_are_organisations(ents_of):
    ents = ents_of("中共阿勒泰地委、阿勒泰地区行署召开会议，兵团党委有关负责同志出席。")
    assert {("中共阿勒泰地委", "ORG"), ("阿勒泰地区行署", "ORG"), ("兵团党委", "ORG")} <= set(ents)


def test_a_village_branch_in_a_title_is_an_organisation(ents_of):
    ents = ents_of("青石村党支部书记韩立平谈了村里的合作社。")
    assert ("村党支部", "ORG") in ents or ("青石村党支部", "ORG") in ents


@pytest.mark.parametrize("caption,name", [("▲图为签约现场。记者 韩雪 摄", "韩雪"), ("图为开工现场。本报记者周立摄", "周立"),
                                          ("（记者严浩摄）", "严浩")])
def test_a_photo_credit_is_no_part_of_the_photographers_name(ents_of, caption, name):
    people = {n for (n, t) in ents_of(caption) if t == "PERSON"}
    assert people == {name}


def test_a_preposition_after_a_title_opens_no_name(ents_of):
    # 关 is a surname, but 关于 after 总书记 introduces what was said
    ents = ents_of("要落实好习近平总书记关于防沙治沙的重要指示。")
    assert ("习近平", "PERSON") in ents
    assert not any(label == "PERSON" and name.startswith("关于") for name, label in ents)


def test_a_plainly_described_project_with_its_site_is_a_project(ents_of):
    """No place, firm or figure in the name, but the text says where it is: one project, not a kind."""
    ents = ents_of("其一是竹纤维纺纱项目，位于河口镇，明年建成。")
    assert ("竹纤维纺纱项目", "PROJECT") in ents and ("河口镇", "PLACE") in ents
    ents = ents_of("考察组参观了坐落于东坪工业园的蜂蜜精深加工项目。")
    assert ("蜂蜜精深加工项目", "PROJECT") in ents
    assert not any(t == "PROJECT" for n, t in ents_of("要大力发展蜂蜜精深加工项目。"))


def _meeting_names(nlp, text: str) -> dict[str, list[str]]:
    """Each meeting mention's text and the fuller name it takes (empty: none)."""
    from kg.nlp.entities import SPAN_KEY
    return {s.text: list(s._.names) for s in nlp(text).spans[SPAN_KEY] if s.label_ == "MEETING"}


def test_an_event_written_without_its_host_place_takes_the_fuller_name(nlp, rels_of):
    text = ("柘溪县举行2026年夏季文旅招商集中签约活动\n"
            "6月3日，柘溪县2026年夏季文旅招商集中签约活动在溪口镇举办。县委书记许明远主持活动。")
    assert _meeting_names(nlp, text)["2026年夏季文旅招商集中签约活动"] == ["柘溪县2026年夏季文旅招商集中签约活动"]
    assert ("许明远", "主持", "柘溪县2026年夏季文旅招商集中签约活动") in rels_of(text)
    two_hosts = ("青山县2026年夏季文旅招商集中签约活动在青山举办。白水县2026年夏季文旅招商集中签约活动在白水举办。"
                 "市长李安出席2026年夏季文旅招商集中签约活动。")
    assert _meeting_names(nlp, two_hosts)["2026年夏季文旅招商集中签约活动"] == []
    organ = "县政府召开第17次常务会议\n5月9日，县长罗振邦主持召开县政府第17次常务会议，研究防汛工作。"
    assert _meeting_names(nlp, organ)["第17次常务会议"] == ["县政府第17次常务会议"]
    # the organ written whole and short (某县人民政府…, 县政府…) is one organ: the fuller name
    both = organ + "会议指出，泾源县人民政府第17次常务会议部署的事项要抓好落实。"
    assert _meeting_names(nlp, both)["第17次常务会议"] == ["泾源县人民政府第17次常务会议"]


def test_a_headline_event_without_its_year_takes_the_leads_fuller_name(nlp, rels_of):
    # the headline leaves out the year the lead adds (and writes the quarter without 第)
    text = ("泾源县召开一季度重点项目建设观摩推进会\n"
            "3月26日，泾源县2026年第一季度重点项目建设观摩推进会召开。县委书记乔砚舟主持会议。")
    assert _meeting_names(nlp, text)["一季度重点项目建设观摩推进会"] == ["泾源县2026年第一季度重点项目建设观摩推进会"]
    batch = ("固原市举行招商引资项目集中签约仪式\n"
             "6月20日，固原市2026年第二批招商引资项目集中签约仪式在市行政中心举行。")
    assert _meeting_names(nlp, batch)["招商引资项目集中签约仪式"] == ["固原市2026年第二批招商引资项目集中签约仪式"]
    # the lead writes the headline's host as its scope (全区); a cited event of that name in the body is another
    scoped = ("原州区召开防汛抗旱暨地质灾害防治工作电视电话会议\n"
              "5月14日，全区防汛抗旱暨地质灾害防治工作电视电话会议召开。区长乔砚舟出席会议。")
    assert _meeting_names(nlp, scoped)["防汛抗旱暨地质灾害防治工作电视电话会议"] == ["全区防汛抗旱暨地质灾害防治工作电视电话会议"]
    cited = ("2月25日，省委在银川召开全省民营企业座谈会。乔砚舟强调，要落实习近平总书记在民营企业座谈会上的"
             "重要讲话精神。")
    assert _meeting_names(nlp, cited)["民营企业座谈会"] == []
    # a year before a place that is no host (2026某公司…) is another name
    other = "原州区举行文旅项目推介会\n6月3日，2026澄曜集团文旅项目推介会在银川举行。"
    assert _meeting_names(nlp, other)["文旅项目推介会"] == []


def test_a_project_name_keeps_a_first_word_that_looks_like_a_function_word_or_a_verb(ents_of):
    # 将军 is a word of its own, not the future marker 将 glued on; LAC reads 递铺 (a town's name) as a verb
    ents = ents_of("澄曜化学年产5万吨树脂项目完成设备安装；将军台100万千瓦风电项目开工。")
    assert ("将军台100万千瓦风电项目", "PROJECT") in ents
    ents = ents_of("泾河镇肉牛养殖项目、递铺街道智能家居基地项目开工。")
    assert {("递铺街道", "PLACE"), ("递铺街道智能家居基地项目", "PROJECT")} <= set(ents)
    assert ("正极材料产业园项目", "PROJECT") in ents_of("今年将正极材料产业园项目建成投产。")


def test_a_place_and_an_everyday_word_before_a_trade_word_name_no_firm(ents_of, rels_of):
    # 某市|日用|陶瓷…产业园项目: the city's industry, not a firm written short; 某市|澄曜|智能…: a firm's own name
    text = "察看正在建设的德化日用陶瓷智能制造产业园项目。"
    assert not any(t == "COMPANY" for _, t in ents_of(text))
    assert not any(r == "实施" for _, r, _ in rels_of(text))
    assert not any(t == "COMPANY" for _, t in ents_of("察看宜兴高端陶瓷智能制造产业园项目。"))
    assert ("澄曜智能", "COMPANY") in ents_of("察看固原澄曜智能配电装备产业园项目。")


def test_a_part_written_after_a_projects_name_is_not_the_name(ents_of):
    # 某某项目|主体工程已完工, 察看某某项目|生产线: the project is named up to 项目
    ents = ents_of("澄曜新材料年产20万吨磷酸铁项目主体工程已完工。")
    assert ("澄曜新材料年产20万吨磷酸铁项目", "PROJECT") in ents
    ents = ents_of("乔砚舟察看翊丰新材料年产5万吨高纯硫酸锰项目生产线，详细了解工艺流程。")
    assert ("翊丰新材料年产5万吨高纯硫酸锰项目", "PROJECT") in ents
    # pkuseg glued the visitor's verb onto the name before it (王长|河察看): no part of the builder's name
    assert ("乔砚舟", "PERSON") in ents and ("翊丰新材料", "COMPANY") in ents
    assert ("六盘山隧道主体工程", "PROJECT") in ents_of("六盘山隧道主体工程已完工。")   # no 项目: the name's own


def test_a_project_opening_with_a_firms_name_that_is_a_dictionary_word(ents_of, rels_of):
    # 驰骋 (a verb) ended the project's name; the text names the firm in full, so the project opens with its name
    text = ("会上，安徽驰骋汽车零部件有限公司董事长王长河作交流发言。"
            "要加快推进驰骋汽车零部件新能源汽车一体化压铸件项目建设。")
    ents = ents_of(text)
    assert ("驰骋汽车零部件新能源汽车一体化压铸件项目", "PROJECT") in ents
    assert ("驰骋汽车零部件", "实施", "驰骋汽车零部件新能源汽车一体化压铸件项目") in rels_of(text)
    # the place written before the firm's name opens the project's name too
    ents = ents_of("由山东驰骋黄金集团有限公司牵头实施。（4）招远驰骋黄金精深加工产业园项目。")
    assert ("招远驰骋黄金精深加工产业园项目", "PROJECT") in ents
    # no firm of that name in the text: the verb still ends the name
    assert ("汽车零部件新能源汽车一体化压铸件项目", "PROJECT") in ents_of("要加快推进驰骋汽车零部件新能源汽车一体化压铸件项目建设。")


def test_a_city_pkuseg_cut_into_two_characters_and_a_group_opening_a_project(ents_of):
    # 宜|都 (都 read as "all") and 都|兰: a city written short inside a name; 振兴 (a verb) names the group before 集团
    ents = ents_of("4.振兴集团宜都有机硅新材料扩建项目，总投资24亿元；")
    assert ("振兴集团宜都有机硅新材料扩建项目", "PROJECT") in ents
    ents = ents_of("乌兰至都兰公路当天开工。")
    assert {("乌兰至都兰公路", "PROJECT"), ("都兰", "PLACE")} <= set(ents)
    assert not any(t == "PLACE" for _, t in ents_of("大家都兰心蕙质。"))


def test_an_upgrade_is_a_project_and_a_class_of_size_is_not(ents_of):
    assert ("青岩景区提档升级工程", "PROJECT") in ents_of("今年实施青岩景区提档升级工程。")
    assert not any(t == "PROJECT" for n, t in ents_of("谋划一批百亿级项目。"))


def test_a_new_area_and_an_airport_keep_the_city_written_short(ents_of):
    # 赣州|蓉江新区 standing alone is one place; inside a project's name each is a site place of its own
    ents = ents_of("冷库选址于赣州蓉江新区，占地80亩。游客可从长沙黄花国际机场直达。")
    assert {("赣州蓉江新区", "PLACE"), ("长沙黄花国际机场", "PLACE")} <= set(ents)
    assert ("赣州", "PLACE") not in ents
    in_a_name = ents_of("赣州蓉江新区综合管廊工程年内开工。")
    assert {("赣州", "PLACE"), ("蓉江新区", "PLACE")} <= set(in_a_name)
    with_level = ents_of("冷库位于赣州市蓉江新区。")
    assert {("赣州市", "PLACE"), ("蓉江新区", "PLACE")} <= set(with_level)


def test_a_dateline_word_ends_a_meetings_name(ents_of):
    # pkuseg: 本|报讯|第二|届…: the dateline is no part of the festival's name
    ents = ents_of("本报讯第二届川西林盘文化节昨日开幕。")
    assert [name for name, label in ents if label == "MEETING"] == ["第二届川西林盘文化节"]


def test_a_meeting_named_by_its_scope_and_a_verb_keeps_the_verb(ents_of):
    # 全省|优化|…|大会: the verb after a scope word is the meeting's theme; 全市|召开 convenes, and 要进一步落实 is a clause
    meetings = {name for name, label in ents_of("本报讯 全州优化营商环境推进大会昨日在都匀召开。") if label == "MEETING"}
    assert meetings == {"全州优化营商环境推进大会"}
    meetings = {name for name, label in ents_of("新时代推动中部地区崛起座谈会在合肥召开。") if label == "MEETING"}
    assert meetings == {"新时代推动中部地区崛起座谈会"}
    convened = {name for name, label in ents_of("全市召开防汛抗旱工作会议，部署汛期工作。") if label == "MEETING"}
    assert convened == {"防汛抗旱工作会议"}


def test_a_firms_legal_name_opens_at_its_place_where_pkuseg_cut_the_brand(ents_of):
    # pkuseg: 江西众|和|储能…: the suffix rule stops at 和; LAC reads the legal name whole from its place
    firms = {name for name, label in ents_of("双方与江西众和储能科技有限公司洽谈。") if label == "COMPANY"}
    assert firms == {"江西众和储能科技有限公司"}


def test_a_subsidiary_named_beside_its_parent_is_the_firm_not_the_descriptor(ents_of):
    firms = {name for name, label in ents_of("由青禾锂能全资子公司邵阳青禾材料有限公司建设。") if label == "COMPANY"}
    assert "邵阳青禾材料有限公司" in firms and not any(name.endswith("子公司") for name in firms)


def test_the_verb_before_a_list_of_firms_is_not_in_the_first_name(ents_of):
    firms = {name for name, label in ents_of("要支持恒岳纺织、德源电器等龙头企业做大做强。") if label == "COMPANY"}
    assert firms == {"恒岳纺织", "德源电器"}


def test_a_contractor_named_after_its_role_starts_after_it(ents_of):
    firms = {name for name, label in ents_of("工程总承包单位湖南湘衡电力工程有限公司负责施工。") if label == "COMPANY"}
    assert firms == {"湖南湘衡电力工程有限公司"}
    assert not any(label == "PROJECT" for name, label in ents_of("工程总承包单位湖南湘衡电力工程有限公司负责施工。"))


def test_an_expressway_named_short_keeps_its_name_before_the_stretch(ents_of):
    # jieba tags 高速 an adverb; an expressway's short name (沪渝高速) opens the project's name
    assert ("沪渝高速忠县段改扩建工程", "PROJECT") in ents_of("今年推进沪渝高速忠县段改扩建工程。")


def test_a_wire_story_opened_by_a_metropolitan_paper_names_it(ents_of):
    ents = ents_of("江城都市报讯（记者 覃晓莉）6月3日，全区河长制工作会议召开。")
    assert ("江城都市报", "ORG") in ents and ("覃晓莉", "PERSON") in ents


def test_two_names_a_byline_writes_together_are_two_reporters(ents_of):
    ents = ents_of("本报记者林悦王立峰")
    assert ("林悦", "PERSON") in ents and ("王立峰", "PERSON") in ents
    ents = ents_of("本报通讯员周凯文本报记者孙若溪")
    assert ("周凯文", "PERSON") in ents and ("孙若溪", "PERSON") in ents


def test_people_a_congress_appoints_or_removes_are_named_with_the_post_given(ents_of):
    # pkuseg glues the appointee's last character to 为 (某庆|丰为市): the name is read on the characters
    ents = ents_of("常委会会议表决决定任命钟晓岚为县自然资源局局长，免去符建波的县卫生健康局局长职务，"
                   "接受邵立群辞去县人民政府副县长职务的请求。")
    assert ents.get(("钟晓岚", "PERSON")) == ["县自然资源局局长"]
    assert ("符建波", "PERSON") in ents and ("邵立群", "PERSON") in ents


def test_a_name_before_shou_weituo_and_no_name_in_the_chairmens_council(ents_of):
    ents = ents_of("副县长纳国栋受县人民政府委托作计划执行报告；县人大常委会副主任柯远受主任会议委托作说明。")
    people = {name for name, label in ents if label == "PERSON"}
    assert people == {"纳国栋", "柯远"}


def test_a_park_that_brings_firms_in_is_a_place(ents_of):
    ents = ents_of("东坪镇的竹编文创产业园今年引进企业6家，西坪科创园二期项目开工。")
    assert ("竹编文创产业园", "PLACE") in ents and ("竹编文创产业园", "PROJECT") not in ents
    # a park someone builds stays the project it is, whatever it brings in
    built = ents_of("由临江开发区指挥部推进的东港船舶配件产业园累计引进配套企业15家。")
    assert ("东港船舶配件产业园", "PROJECT") in built


def test_a_plants_total_capacity_is_no_project_and_its_measure_no_place(ents_of):
    ents = ents_of("鹿鸣湾海上风电场由两家能源企业联合开发，总装机80万千瓦，年发电量25亿千瓦时。")
    assert not any(name.startswith(("总装机", "装机")) for name, label in ents)


def test_a_count_of_events_is_no_meeting(ents_of):
    ents = ents_of("本届博览会为期3天，设置1场开幕式、4场高端对话，将举办30余场专业论坛和一期创投路演活动。"
                   "第五届青川茶文化节开幕式在县文化广场举行。")
    meetings = {name for name, label in ents if label == "MEETING"}
    assert not any(name[:1].isdigit() or name.startswith(("设置", "举办", "一期")) for name in meetings), meetings
    assert any(name.startswith("第五届青川茶文化节") for name in meetings), meetings


def test_a_list_mark_glued_to_the_next_word_is_no_part_of_a_name(ents_of, rels_of):
    text = "今年重点推进以下项目：●青禾集团油脂精深加工项目年内投产；■云岭智慧冷链物流中心项目开工建设。"
    ents = ents_of(text)
    assert ("青禾集团油脂精深加工项目", "PROJECT") in ents
    assert ("云岭智慧冷链物流中心项目", "PROJECT") in ents
    assert ("青禾集团", "实施", "青禾集团油脂精深加工项目") in rels_of(text)


def test_a_firm_set_up_somewhere_starts_after_the_verb(ents_of):
    ents = ents_of("青禾医疗集团投资2亿元，在园区设立青禾医疗科技（苏州）有限公司，并在高新区组建云岭检测技术有限公司。")
    assert ("青禾医疗科技（苏州）有限公司", "COMPANY") in ents
    assert ("云岭检测技术有限公司", "COMPANY") in ents


def test_a_long_autonomous_prefecture_cut_into_many_words_is_one_place(ents_of, rels_of):
    text = "青禾食品冷链加工项目签约后，落户湘西土家族苗族自治州吉首经济开发区。"
    assert ("湘西土家族苗族自治州", "PLACE") in ents_of(text)
    assert ("青禾食品冷链加工项目", "位于", "湘西土家族苗族自治州") in rels_of(text)


def test_a_park_written_after_the_firm_that_builds_there_starts_after_the_firm(rels_of):
    rels = rels_of("开工仪式上，徐工集团徐州经开区智能装备产业园三期项目正式开工。")
    assert ("徐工集团", "实施", "徐工集团徐州经开区智能装备产业园三期项目") in rels
    assert ("徐工集团徐州经开区智能装备产业园三期项目", "位于", "徐州经开区") in rels
    assert not any(tail.startswith("徐工集团") for head, rel, tail in rels if rel == "位于")
    # the firm's short name no finder read: its trade word, then a known county, ends it (锦峰新能源|宝应…)
    rels = rels_of("宝应县开工锦峰新能源宝应经济开发区20万吨储能电池项目、城南污水处理厂。")
    assert ("锦峰新能源", "实施", "锦峰新能源宝应经济开发区20万吨储能电池项目") in rels
    assert ("锦峰新能源宝应经济开发区20万吨储能电池项目", "位于", "宝应经济开发区") in rels


@pytest.mark.parametrize("text,firm,project", [
    ("观摩团察看了青禾氢能燃料电池系统项目。", "青禾氢能", "青禾氢能燃料电池系统项目"),
    ("鹿鸣电机稀土永磁电机扩能项目竣工。", "鹿鸣电机", "鹿鸣电机稀土永磁电机扩能项目"),
])
def test_a_firm_with_a_new_energy_or_machine_trade_word_opens_its_project(rels_of, text, firm, project):
    assert (firm, "实施", project) in rels_of(text)


def test_the_place_a_story_is_filed_from_is_a_place(ents_of):
    assert ("宜宾", "PLACE") in ents_of("本报宜宾讯（记者 罗晓岚）3月8日，青禾新材料产业园二期项目开工。")
    assert ("莆田", "PLACE") in ents_of("本报莆田讯（记者 罗晓岚）近日，木兰溪防洪工程完工。")


def test_a_stretch_in_a_county_then_its_banks_is_no_place(rels_of):
    rels = rels_of("观摩团察看了洛河宜阳段滨河生态廊道项目和伊河伊川段滨河绿道项目。")
    sites = {tail for head, rel, tail in rels if rel == "位于"}
    assert not any("段" in site for site in sites), sites


def test_a_firm_written_short_then_the_city_of_its_plant_before_a_capacity(rels_of):
    rels = rels_of("铂岚拓远宜春年产5万吨正极材料项目开工建设。")
    assert ("铂岚拓远", "实施", "铂岚拓远宜春年产5万吨正极材料项目") in rels
    assert ("铂岚拓远宜春年产5万吨正极材料项目", "位于", "宜春") in rels


def test_a_verb_after_a_group_label_is_no_name(ents_of, rels_of):
    text = ("青禾县政协九届二次会议3月2日开幕。县委书记罗成，县长李平，县政协原主席韩守正等县领导"
            "到会祝贺。")
    people = {name for name, label in ents_of(text) if label == "PERSON"}
    assert people == {"罗成", "李平", "韩守正"}
    assert ("韩守正", "出席", "青禾县政协九届二次会议") in rels_of(text)


def test_a_capacity_with_a_decimal_point_stays_in_the_projects_name(ents_of):
    ents = ents_of("青禾橡胶有限公司投资12亿元，在玉林经济开发区建设年产1.5万吨乳胶制品项目。")
    assert ("年产1.5万吨乳胶制品项目", "PROJECT") in ents


def test_a_count_of_squares_or_households_is_no_project(ents_of):
    ents = ents_of("全县建成3处文化广场项目，完成1200户易地搬迁安置点工程。")
    assert not any(label == "PROJECT" for name, label in ents), ents


def test_a_numbered_fair_keeps_its_edition_and_its_investment_words(ents_of):
    ents = ents_of("在第十五届湘南投资贸易洽谈会上，我市签约项目9个。在第二十一届东博会上，我县签约项目4个。")
    assert ("第十五届湘南投资贸易洽谈会", "MEETING") in ents
    assert ("第二十一届东博会", "MEETING") in ents
    assert ("第六届中国—南亚博览会", "MEETING") in ents_of("加快推进第六届中国—南亚博览会签约项目落地。")


def test_a_group_of_people_then_and_is_no_county_and_no_name(ents_of):
    # 和县 is a county and 和 a surname, but after 县领导 the 和 joins two groups
    ents = ents_of("县委书记李文华等县领导和县直部门主要负责同志出席。")
    assert not [e for e in ents if e[0].startswith("和")]
    ents = ents_of("县长赵明远等县四套班子领导和县法院、县检察院主要负责同志到会祝贺。")
    assert ("县法院", "ORG") in ents and not [e for e in ents if e[0].startswith(("和", "县四套"))]


def test_a_places_delegation_group_in_a_list_is_the_place(ents_of):
    ents = ents_of("20日下午，全会进行分组讨论。沈立国参加南京、无锡组讨论。")
    assert ("无锡", "PLACE") in ents and ("无锡组", "PLACE") not in ents


def test_a_member_named_before_the_word_holds_the_title(ents_of):
    ents = ents_of("省政协十三届三次会议期间，来自舟山的李明川委员聚焦海岛群众看病难问题。")
    assert ents[("李明川", "PERSON")] == ["委员"]
    ents = ents_of("市政协主席王海委员会见了客人。")
    assert "委员" not in ents.get(("王海", "PERSON"), [])


def test_a_county_whose_name_opens_like_a_function_word_keeps_its_first_character(ents_of, rels_of):
    # 和, 将 open a clause as often as a name: a known county reads whole (and the project opens with it)
    text = "由青禾能源投资建设的和静县50万千瓦光伏项目开工。"
    assert ("和静县", "PLACE") in ents_of(text)
    assert ("和静县50万千瓦光伏项目", "位于", "和静县") in rels_of(text)
    text = "由青禾能源投资建设的和硕县20万千瓦风电项目开工。"          # pkuseg: 的|和硕县 (one word)
    assert ("和硕县20万千瓦风电项目", "位于", "和硕县") in rels_of(text)


def test_a_centre_that_breaks_ground_is_a_project_and_an_office_stays_an_organ(ents_of):
    ents = ents_of("云岭镇游客服务中心主体封顶。萨迦县农牧民技能培训中心、红崖镇滨河公园工程相继开工建设。"
                   "县农业技术推广中心主任张三主持会议。")
    assert {("云岭镇游客服务中心", "PROJECT"), ("萨迦县农牧民技能培训中心", "PROJECT"), ("萨迦县", "PLACE")} <= set(ents)
    assert ("县农业技术推广中心", "ORG") in ents


def test_a_place_pkuseg_glued_to_the_verb_before_it_starts_after_the_verb(ents_of, rels_of):
    # pkuseg: 开工|建设恩施州|利川市|谋道镇…: the verb is cut off the prefecture written short with its level
    text = "今年将开工建设恩施州利川市谋道镇茶叶精深加工项目。"
    ents = ents_of(text)
    assert ("恩施州", "PLACE") in ents and not any(name.startswith("建设") for name, label in ents)
    assert ("恩施州利川市谋道镇茶叶精深加工项目", "位于", "恩施州") in rels_of(text)


def test_a_zone_opening_a_builders_capacity_project_is_a_place_then_the_firm(ents_of):
    ents = ents_of("湖南青岚锰业新材料有限公司负责人介绍，湘西高新区青岚锰业年产3万吨电池级硫酸锰项目建成投用。")
    assert {("湘西高新区", "PLACE"), ("青岚锰业", "COMPANY")} <= set(ents)
    assert ("湘西高新区青岚锰业", "COMPANY") not in ents


def test_one_numeral_before_yuan_is_a_word_in_a_name_not_money(ents_of, rels_of):
    text = "位于东川经济技术开发区的华信新材料年产10万吨三元材料项目建成投产。"
    assert ("华信新材料年产10万吨三元材料项目", "PROJECT") in ents_of(text)
    assert ("华信新材料年产10万吨三元材料项目", "位于", "东川经济技术开发区") in rels_of(text)
    assert not any("五十万元" in name for name, _ in ents_of("东岭镇投资五十万元中小学改造工程完工。"))


def test_a_town_between_its_county_and_a_capacity_is_a_place_not_a_firm(ents_of, rels_of):
    text = "青川县乌勒木德镇年产2万吨电池级碳酸锂项目建成投产。"      # a town the gazetteer does not list
    ents = ents_of(text)
    assert ("乌勒木德镇", "PLACE") in ents and ("乌勒木德镇", "COMPANY") not in ents
    rels = rels_of(text)
    assert ("青川县乌勒木德镇年产2万吨电池级碳酸锂项目", "位于", "乌勒木德镇") in rels
    assert not any(r == "实施" for _, r, _ in rels)


def test_visitor_centres_listed_under_a_county_are_projects(ents_of, rels_of):
    text = "红原县：青溪镇游客集散中心、白河乡游客服务中心。"
    ents = ents_of(text)
    assert {("青溪镇游客集散中心", "PROJECT"), ("白河乡游客服务中心", "PROJECT")} <= set(ents)
    assert ("白河乡游客服务中心", "位于", "红原县") in rels_of(text)


def test_a_wetland_named_after_its_river_is_the_rivers_place(ents_of, rels_of):
    text = "实施青龙河湿地保护修复工程，保护白鹭湿地。"
    ents = ents_of(text)
    assert ("青龙河", "PLACE") in ents and ("青龙河湿地", "PLACE") not in ents
    assert ("白鹭湿地", "PLACE") in ents                  # named otherwise: whole
    assert ("青龙河湿地保护修复工程", "位于", "青龙河") in rels_of(text)


def test_a_meetings_name_starts_after_a_subtitles_dash_and_after_its_organisers_clause(ents_of):
    ents = ents_of("人大会议开幕\n——青山市第五届人民代表大会第四次会议开幕侧记\n本报讯 1月15日，青山市第五届人民代表大会第四次会议开幕。")
    assert ("青山市第五届人民代表大会第四次会议", "MEETING") in ents
    assert not any(name.startswith("—") for name, _ in ents)
    ents = ents_of("6月20日，由青山市人民政府主办、广东省青山商会协办的2024青山（广州）绿色食品产业招商推介会在广州举行。")
    assert ("2024青山（广州）绿色食品产业招商推介会", "MEETING") in ents
    assert not any("协办的" in name for name, _ in ents)


def test_offices_named_short_are_organisations_in_titles(ents_of):
    ents = ents_of("省长魏建川出席会议并讲话，副省长、省安委会副主任段明晓主持会议。市政府新闻办副主任郑楠主持发布会，"
                   "市委政策研究室主任李明、东岭市气象台台长周平出席。")
    assert ents[("段明晓", "PERSON")] == ["副省长", "省安委会副主任"]
    assert {("市政府新闻办", "ORG"), ("市委政策研究室", "ORG"), ("东岭市气象台", "ORG")} <= set(ents)


def test_a_chemical_base_after_zai_is_the_place_of_what_is_built_there(ents_of, rels_of):
    text = "在宁南能源化工基地，宁丰化工年产50万吨煤制烯烃项目建成投产。"
    assert ("宁南能源化工基地", "PLACE") in ents_of(text)
    assert ("宁丰化工年产50万吨煤制烯烃项目", "位于", "宁南能源化工基地") in rels_of(text)


def test_a_second_title_keeps_its_own_words_after_the_joiner(ents_of):
    ents = ents_of("副省长、省高端装备产业链链长邱明达出席会议并讲话。旗委常委、常务副旗长孙振海通报项目进展情况。")
    assert ents[("邱明达", "PERSON")] == ["副省长", "省高端装备产业链链长"]
    assert ents[("孙振海", "PERSON")] == ["旗委常委", "常务副旗长"]



def test_a_hall_named_after_meetings_is_no_meeting(ents_of):
    ents = ents_of("5月14日，“水韵东山”2025文旅推介会在上海举行，推介会设在浦江会议中心。")
    assert ("浦江会议中心", "PLACE") in ents
    assert not any(label == "MEETING" and "浦江" in name for name, label in ents)


def test_a_name_whose_first_two_characters_make_a_word_is_whole_after_a_title(ents_of):
    # 副省长严守|成|出席: pkuseg read 严守 as a word and left 成 alone
    ents = ents_of("省委常委、秘书长丁海生，副省长严守成出席座谈会。")
    assert ents[("严守成", "PERSON")] == ["副省长"]
    assert ("丁海生", "PERSON") in ents


def test_a_kind_of_product_opening_a_project_names_no_firm(ents_of):
    ents = ents_of("本报讯 西岭县白湖镇果蔬冷链物流中心、南山县铜基新材料产业园项目开工建设，"
                   "锦源新材料年产5万吨正极材料项目同步开工。")
    companies = {t for t, label in ents if label == "COMPANY"}
    assert "果蔬冷链物流" not in companies and "铜基新材料" not in companies
    assert "锦源新材料" in companies


def test_a_demonstration_park_a_project_settles_in_is_a_place(ents_of):
    ents = ents_of("本报讯 根据协议，中农丰田智慧农业装备产业园项目总投资36亿元，落户青光弥河生态农业示范园，占地约600亩。")
    assert ("青光弥河生态农业示范园", "PLACE") in ents


def test_a_count_of_plants_is_no_project(ents_of):
    ents = ents_of("本报讯 今年将新建初加工厂8座，建设年产5万吨猕猴桃果脯加工厂。")
    projects = {t for t, label in ents if label == "PROJECT"}
    assert projects == {"年产5万吨猕猴桃果脯加工厂"}


def test_he_before_an_attending_verb_ends_a_name_unless_a_group_follows(ents_of):
    ents = ents_of("本报讯 南京江北新区管委会副主任陶景和出席对接会并致辞。县长王明和出席本次大会的代表合影。")
    people = {t for t, label in ents if label == "PERSON"}
    assert "陶景和" in people and "陶景" not in people
    assert "王明" in people and "王明和" not in people


def test_inspection_and_port_offices_are_organisations_a_title_keeps(ents_of):
    ents = ents_of("本报讯 市政府督查室主任王明、自治区口岸办副主任李华出席。")
    orgs = {t for t, label in ents if label == "ORG"}
    assert {"市政府督查室", "自治区口岸办"} <= orgs
    assert ents[("王明", "PERSON")] == ["市政府督查室主任"]


def test_a_town_named_by_an_everyday_word_right_after_its_county(ents_of):
    ents = ents_of("肉牛全产业链项目选址巴彦县先锋镇新华村。")
    assert {("先锋镇", "PLACE"), ("新华村", "PLACE")} <= set(ents)
    assert ("先锋镇", "PLACE") not in ents_of("党员先锋镇守在防汛一线。")


def test_a_bureau_after_its_level_or_division_is_an_organisation_whatever_its_words(ents_of):
    # pkuseg: 市|应急|管理局, 县|林业局: the bureau's word is a common word, the level before it makes it an organ
    ents = ents_of("该项目由市应急管理局与青山烟花集团有限公司共同实施。县林业局、东山县教育和体育局负责配套工程。")
    assert {("市应急管理局", "ORG"), ("县林业局", "ORG"), ("东山县教育和体育局", "ORG")} <= set(ents)
    assert not any(label == "ORG" for name, label in ents_of("加快构建新发展格局，形成全面开放新格局。"))


def test_a_zone_or_park_named_by_an_everyday_word_after_a_site_verb_is_the_site(ents_of, rels_of):
    ents = ents_of("坐落于阳光新区的智慧冷链中心项目主体封顶。年产3万吨铝型材项目落户石桥工业园区，由某某铝业投资建设。")
    assert {("阳光新区", "PLACE"), ("石桥工业园区", "PLACE")} <= ents.keys()
    rels = rels_of("位于厦门市湖里区高地工业园区的年产5000台数控机床项目开工。")
    sites = {t for h, r, t in rels if r == "位于" and h == "年产5000台数控机床项目"}
    assert {"湖里区", "高地工业园区"} <= sites and not any(t.endswith("湖里区高地工业园区") for t in sites)
    assert ("石桥临空综合经济区", "PLACE") in ents_of("位于石桥临空综合经济区的青山算力中心项目由某某公司投资建设。")
    text = "翊丰铝业年产3万吨铝箔项目总投资12亿元，建于青禾湾工业园。"     # 建于 (built at) states a site as 建在
    assert ("翊丰铝业年产3万吨铝箔项目", "位于", "青禾湾工业园") in rels_of(text)
    # an industry and common words before the park's word name a kind of park, no place
    ents = ents_of("储能电站项目落户产业集聚区。跨境物流中心项目选址口岸物流园区。")
    assert not any(t.endswith(("集聚区", "园区")) for t, _ in ents)


def test_a_title_keeps_the_whole_organisation_written_with_a_joiner(ents_of):
    ents = ents_of("会上，市住房和城乡建设局局长梁振宇、县人力资源和社会保障局副局长邱晓梅先后发言。")
    assert ents[("梁振宇", "PERSON")] == ["市住房和城乡建设局局长"]
    assert ents[("邱晓梅", "PERSON")] == ["县人力资源和社会保障局副局长"]


def test_a_town_of_four_characters_read_as_a_person_is_a_town(ents_of):
    ents = ents_of("会上，白沙乡、周铁匠乡、县发展改革委作交流发言。")
    assert ("周铁匠乡", "PLACE") in ents and ("周铁匠乡", "PERSON") not in ents


def test_a_verb_glued_onto_the_level_opening_an_events_name_is_not_part_of_it(ents_of, rels_of):
    text = "本报讯 大会准时开始。10时，李成宣布市九届人大二次会议开幕。"
    assert ("市九届人大二次会议", "MEETING") in ents_of(text)
    assert ("李成", "讲话", "市九届人大二次会议") in rels_of(text)


def test_a_festivals_name_ends_at_its_kind_not_the_generic_word_after(ents_of):
    ents = ents_of("8月3日，第六届云岭山歌节活动在某县开幕。县长王海出席。")
    assert ("第六届云岭山歌节", "MEETING") in ents and not any(n.endswith("活动") for n, t in ents)


def test_a_city_before_its_central_districts_is_a_place_not_an_organ(ents_of):
    ents = ents_of("积极对接杭州市中心城区和周边优质资源，加快东河县中心城区建设。")
    assert ("杭州市", "PLACE") in ents and ("东河县", "PLACE") in ents
    assert not any(n.endswith("中心") for n, t in ents)
    assert ("东河县政务服务中心", "ORG") in ents_of("东河县政务服务中心主任王海出席。")


def test_a_generic_word_some_city_names_a_district_is_a_place_only_with_that_city(ents_of):
    assert not any(n == "老城区" for n, t in ents_of("加快推进东禾镇老城区有机更新。"))
    assert ("老城区", "PLACE") in ents_of("洛阳市老城区召开项目推进会。")     # the district of the city named


def test_a_slogan_or_label_in_quotes_is_no_place(ents_of):
    assert not any(t == "PLACE" for n, t in ents_of("让好山好水变成“金山银山”。"))
    assert not any(t == "PLACE" for n, t in ents_of("东河县入选全国县域商业“领跑县”。") if n != "东河县")
    assert ("长三角", "PLACE") in ents_of("融入“长三角”一体化发展。")                  # a known place stays


def test_a_character_before_the_word_for_the_countryside_is_no_village(ents_of):
    assert not any(t == "PLACE" for n, t in ents_of("巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"))
    assert ("南岗村", "PLACE") in ents_of("项目落户南岗村。")


def test_a_union_of_countries_is_a_region_not_an_organisation(ents_of):
    # gold convention 3: regions standing on their own are places; 东盟 is no organ of the article's
    assert not any(n == "东盟" and t == "ORG" for n, t in ents_of("东盟是东河县第一大贸易伙伴。"))


def test_a_park_with_a_name_of_its_own_read_whole_with_its_town_is_two_places(ents_of):
    ents = ents_of("项目选址宝应县柳堡镇金湖新能源产业园。")
    assert {("宝应县", "PLACE"), ("柳堡镇", "PLACE"), ("金湖新能源产业园", "PLACE")} <= set(ents)
    assert ("柳堡镇工业园区", "PLACE") in ents_of("项目位于柳堡镇工业园区。")    # a park named by its town: one


def test_a_park_after_a_site_and_de_starts_after_de(ents_of):
    ents = ents_of("在位于东岭镇的锦川新材料产业园，锦川新材料项目正加紧设备调试。")
    assert ("锦川新材料产业园", "PLACE") in ents and not any(n.startswith("的") or "的" in n for n, t in ents)


def test_a_mass_starts_hall_is_no_part_of_the_place_after_it(ents_of):
    ents = ents_of("分会场东岭镇现代农业冷链物流园项目开工。")
    assert ("东岭镇", "PLACE") in ents and not any(n.startswith("分会场") for n, t in ents)


def test_a_town_of_one_character_lac_reads_after_zai_or_dao_is_a_place(ents_of):
    assert ("柳镇", "PLACE") in ents_of("签约仪式在柳镇举行。")
    assert not any(t == "PLACE" for n, t in ents_of("在乡镇开展工作。"))          # 乡镇: a word, no town


def test_a_town_and_its_village_lac_reads_as_one_place_are_two(ents_of):
    ents = ents_of("县长王海来到石鹿坪镇者云村，走进农户家。")     # pkuseg: 石鹿坪|镇者|云村
    assert {("石鹿坪镇", "PLACE"), ("者云村", "PLACE")} <= set(ents)


def test_a_park_something_stands_inside_is_a_place(ents_of, rels_of):
    text = ("泾源县化工园区内，由宁夏翊丰材料有限公司投资建设的年产8万吨电子级硅材料项目完成设备调试。"
            "县长乔砚舟首先来到云梦光电产业园内的翊丰光电12GW电池片项目，察看建设进度。")
    ents = ents_of(text)
    assert ("泾源县化工园区", "PLACE") in ents and ("云梦光电产业园", "PLACE") in ents
    assert ("云梦光电产业园", "PROJECT") not in ents
    rels = rels_of(text)
    assert ("年产8万吨电子级硅材料项目", "位于", "泾源县化工园区") in rels
    assert ("翊丰光电12GW电池片项目", "位于", "云梦光电产业园") in rels
    # function words or a speaker before a park's generic word name no park
    other = ents_of("县长乔砚舟说，园区内的企业将与园区内的配套企业形成上下游协作。")
    assert not any(label == "PLACE" and name.endswith("园区") for name, label in other), other


def test_a_park_opening_a_projects_name_before_its_output_is_its_site_not_its_builder(rels_of):
    rels = rels_of("由宁夏翊丰储能科技股份有限公司投资建设，落户固原经济技术开发区；泾源盐化工业园年产30万吨电子级"
                   "氢氧化钾项目、云梦工业集中区20万吨煤基活性炭项目同步开工。")
    assert ("泾源盐化工业园年产30万吨电子级氢氧化钾项目", "位于", "泾源盐化工业园") in rels
    assert ("云梦工业集中区20万吨煤基活性炭项目", "位于", "云梦工业集中区") in rels
    assert not any(r == "实施" and head in ("泾源盐化工业园", "云梦工业集中区") for head, r, _ in rels), rels


def test_a_reservoir_an_inland_port_or_a_chemical_base_is_a_place_unless_the_text_builds_it(ents_of):
    assert ("澄溪国际陆港", "PLACE") in ents_of("今年以来，澄溪国际陆港累计开行中欧班列120列。")
    assert ("澄溪能源化工基地", "PLACE") in ents_of("澄溪能源化工基地已聚集企业60余家。")
    assert ("澄溪水库", "PLACE") in ents_of("乔砚舟登上澄溪水库大坝，察看库区水位。")
    assert {("澄溪水库", "PLACE"), ("响溪水库", "PLACE")} <= set(ents_of("要守护好澄溪水库、响溪水库一库清水。"))
    assert ("泾源县响溪水库", "PROJECT") in ents_of("开工建设泾源县响溪水库，新增蓄水能力1.2亿立方米。")
    assert ("香水镇澄溪水库", "PROJECT") in ents_of("香水镇：翊丰产业园一期、香水镇澄溪水库；")
    assert {("澄溪水库", "PROJECT"), ("响溪水库", "PROJECT")} <= set(ents_of("澄溪水库、响溪水库相继开工。"))
    # a reservoir inside its project's name is no place of its own here
    ents = ents_of("澄溪水库除险加固工程年内完工。")
    assert ("澄溪水库除险加固工程", "PROJECT") in ents


def test_a_contest_and_a_show_are_events_and_a_verb_before_the_year_opens_no_name(ents_of, rels_of):
    rels = rels_of("2024年泾源创新创业大赛决赛10日举行。副县长乔砚舟出席并为获奖团队颁奖。")
    assert ("乔砚舟", "出席", "2024年泾源创新创业大赛") in rels
    assert ("泾源县盐碱地综合利用成果展", "MEETING") in ents_of("泾源县盐碱地综合利用成果展在县博物馆开展。")
    ents = ents_of("近日，县教育局公布2024年全县中小学生创新大赛获奖名单。")
    assert ("2024年全县中小学生创新大赛", "MEETING") in ents, ents


def test_a_meeting_of_some_level_up_there_is_no_named_meeting(rels_of):
    rels = rels_of("泾源县全县一季度经济运行调度会召开。因在银川参加省里会议，副县长单柏宁通过视频连线参加调度会。")
    assert ("单柏宁", "出席", "泾源县全县一季度经济运行调度会") in rels
    assert not any(t == "省里会议" for _, _, t in rels), rels


def test_a_given_name_pkuseg_glued_to_the_preposition_and_level_after_it(ents_of):
    # pkuseg: 局长|尹|超受市|人民|政府|委托: the name is 尹超, no place 超受市
    ents = ents_of("会议审议了市审计局局长尹超受市人民政府委托所作的审计工作报告。")
    assert ents.get(("尹超", "PERSON")) == ["市审计局局长"], ents
    assert not any(label == "PLACE" and name.endswith("受市") for name, label in ents)


def test_a_project_mentioned_again_without_its_opening_place_is_the_same_project(ents_of, rels_of):
    text = ("泾河镇污水处理厂扩建工程、泾河镇老旧小区改造工程开工。其中，污水处理厂扩建工程由县水务局负责实施，"
            "建成后可新增日处理能力5000吨。")
    assert ("县水务局", "实施", "泾河镇污水处理厂扩建工程") in rels_of(text)
    # two towns' projects of one kind: the short mention could be either, and is left alone
    two = rels_of("泾河镇污水处理厂扩建工程、香水镇污水处理厂扩建工程开工。污水处理厂扩建工程由县水务局负责实施。")
    assert not any(r == "实施" and head == "县水务局" for head, r, _ in two), two


def test_a_park_after_a_site_verb_and_two_places_is_a_place_of_its_own(ents_of, rels_of):
    text = "泾河镇肉牛加工项目位于固原市原州区澄溪工业园。坐落于固原市原州区翊丰产业园的澄曜新材料项目已投产。"
    ents = ents_of(text)
    assert {("固原市", "PLACE"), ("原州区", "PLACE"), ("澄溪工业园", "PLACE"), ("翊丰产业园", "PLACE")} <= set(ents)
    rels = rels_of(text)
    assert {("泾河镇肉牛加工项目", "位于", "澄溪工业园"), ("泾河镇肉牛加工项目", "位于", "原州区"),
            ("澄曜新材料项目", "位于", "翊丰产业园"), ("澄曜新材料项目", "位于", "固原市")} <= rels
    # a park named by its one city or county is one name (某市某某纺织产业园); one after a zone is the zone's park
    assert ("泾源现代纺织创新产业园", "PLACE") in ents_of("该项目落户泾源现代纺织创新产业园。")
    assert {("泾源经开区", "PLACE"), ("光电科技城", "PLACE")} <= set(ents_of("该项目位于泾源经开区光电科技城。"))


def test_a_park_with_a_name_of_its_own_after_its_one_county_or_district_is_a_place_of_its_own(ents_of, rels_of):
    text = "在原州区翊丰产业园，澄曜公司投资建设的澄曜精密电子项目已进入主体施工阶段。"
    assert {("原州区", "PLACE"), ("翊丰产业园", "PLACE")} <= set(ents_of(text))
    assert {("澄曜精密电子项目", "位于", "原州区"), ("澄曜精密电子项目", "位于", "翊丰产业园")} <= rels_of(text)
    # a park named by its trade after its county is one name (the county is part of it)
    assert ("泾源县现代纺织创新产业园", "PLACE") in ents_of("该项目位于泾源县现代纺织创新产业园。")


def test_a_park_a_visitor_looks_at_something_inside_is_a_place(ents_of, rels_of):
    text = "调研期间，单柏宁一行察看了澄溪数据产业园内的翊丰云数计算中心二期项目。"
    assert ("澄溪数据产业园", "PLACE") in ents_of(text)
    assert ("翊丰云数计算中心二期项目", "位于", "澄溪数据产业园") in rels_of(text)


def test_no_name_opens_with_the_bare_word_for_a_project(ents_of):
    ents = ents_of("在主会场，主会场项目翊丰新材料年产5万吨电池材料项目开工，项目明年底一期建成投产。")
    assert ("翊丰新材料年产5万吨电池材料项目", "PROJECT") in ents
    assert not any(name.startswith("项目") for name, _ in ents), ents
    # 项目经理 is a firm's person's post, not a project the firm carries out
    ents = ents_of("中标企业泾源建工集团项目经理尹超介绍了施工安排。")
    assert ("尹超", "PERSON") in ents and not any(label == "PROJECT" for _, label in ents), ents


def test_a_project_named_for_a_complex_is_read_whole_though_pkuseg_cuts_the_word(ents_of, rels_of):
    # pkuseg cuts 文旅综合体 as 文|旅综|合体; 综合体 is a segmenter word, so the project's kind ends the name
    text = "1.泾源县香水镇花海文旅综合体,由宁夏翊丰文旅投资有限公司投资建设;"
    project = "泾源县香水镇花海文旅综合体"
    assert (project, "PROJECT") in ents_of(text)
    assert {("宁夏翊丰文旅投资有限公司", "实施", project), (project, "位于", "香水镇")} <= rels_of(text)


def test_a_list_of_projects_a_speaker_focuses_on_starts_after_the_verb(ents_of):
    ents = ents_of("尹超强调,市政协将聚焦原州区香水镇新材料产业园、泾源县澄溪智能制造基地等重大项目开展民主监督。")
    assert ("原州区香水镇新材料产业园", "PROJECT") in ents
    assert not any(name.startswith(("市政协", "聚焦")) and label == "PROJECT" for name, label in ents), ents
    ents = ents_of("要围绕翊丰光伏储能一体化项目、澄曜综合治理工程等重大项目倒排工期。")
    assert ("翊丰光伏储能一体化项目", "PROJECT") in ents


def test_no_name_opens_with_the_words_for_the_above(ents_of):
    ents = ents_of("会议审议通过了关于市人民政府工作报告的决议草案等，决定将上述草案提请大会表决。")
    assert not any(name.startswith("上述") for name, _ in ents), ents


def test_an_event_the_body_plans_for_opens_after_its_verb(ents_of):
    ents = ents_of("区委常委会研究部署2025年固原六盘山旅游节服务保障工作，委员们并列席市五届人大三次会议。")
    assert ("2025年固原六盘山旅游节", "MEETING") in ents
    assert ("市五届人大三次会议", "MEETING") in ents
    joined = ents_of("市里召开全市森林防火工作部署会暨视频调度会议。")
    assert ("全市森林防火工作部署会暨视频调度会议", "MEETING") in joined


def test_a_town_written_before_a_hall_with_a_name_of_its_own_is_a_place_of_its_own(ents_of):
    ents = ents_of("泾源县人大代表今天在香水镇六盘会堂开会。")
    assert ("香水镇", "PLACE") in ents and ("六盘会堂", "PLACE") in ents
    assert ("景德镇", "PLACE") in ents_of("游客来到景德镇陶瓷宾馆。")     # a city, no town


def test_more_projects_drawn_in_are_no_projects_name(ents_of):
    ents = ents_of("用好政策吸引更多项目落户泾源县，推动更多优质项目落户香水镇。")
    assert not any(label == "PROJECT" for _, label in ents), ents


def test_a_park_read_as_a_place_once_is_a_place_at_every_mention(ents_of):
    ents = ents_of("县委书记闵远舟带领县直部门负责人，深入香水镇、泾河镇和翊丰新材料产业园，现场观摩重点项目建设情况。"
                   "在翊丰新材料产业园，观摩组一行察看了标准化厂房二期项目。")
    assert ("翊丰新材料产业园", "PLACE") in ents and ("翊丰新材料产业园", "PROJECT") not in ents
    assert ("翊丰新材料", "COMPANY") not in ents          # no builder guessed from a place's name
    built = ents_of("要加快建设翊丰新材料产业园。")         # a park only built is still a project
    assert ("翊丰新材料产业园", "PROJECT") in built


def test_a_park_someone_chairs_or_surveys_in_is_a_place(ents_of, rels_of):
    text = "调研结束后，乔砚舟在翊丰智能网联汽车产业园主持召开企业家座谈会。"
    assert ("翊丰智能网联汽车产业园", "PLACE") in ents_of(text)
    assert ("企业家座谈会", "位于", "翊丰智能网联汽车产业园") in rels_of(text)
    assert ("澄溪新能源装备产业园", "PLACE") in ents_of("单柏宁在澄溪新能源装备产业园调研时强调，要加快项目建设。")


def test_a_county_whose_first_character_the_word_before_took(ents_of):
    ents = ents_of("副市长乔砚舟对准格尔旗招商引资工作给予肯定。")
    assert ("准格尔旗", "PLACE") in ents and ("格尔旗", "PLACE") not in ents


def test_a_college_named_by_two_fields_joined_is_one_organisation(ents_of):
    ents = ents_of("宁夏大学经济与管理学院副院长单柏宁作主题报告。")
    assert ("宁夏大学经济与管理学院", "ORG") in ents and ents[("单柏宁", "PERSON")] == ["宁夏大学经济与管理学院副院长"]
    assert ("宁夏大学", "ORG") not in ents and ("管理学院", "ORG") not in ents
    two = ents_of("宁夏大学教授与澄溪研究院专家座谈。")          # a title before the joiner: two bodies
    assert ("宁夏大学", "ORG") in two and ("澄溪研究院", "ORG") in two


def test_credits_and_bylines_that_run_together_keep_each_name_and_role(ents_of):
    ents = ents_of("2要闻责任编辑：王蕾校对：陈亮")
    assert ents[("王蕾", "PERSON")] == ["责任编辑"] and ents[("陈亮", "PERSON")] == ["校对"]
    ents = ents_of("（记者尹超实习生单柏宁）3月6日上午，会议召开。")
    assert ents[("尹超", "PERSON")] == ["记者"] and ents[("单柏宁", "PERSON")] == ["实习生"]


def test_a_byline_role_is_read_whole_by_every_stage(ents_of):
    """One definition of byline roles (kg.schema): a kind before the role (实习记者, 特约通讯员) or an outlet
    (新华社记者) is read by the entity stage as the article splitter reads it, not as a bare 记者."""
    ents = ents_of("本报讯（记者 尹超 实习记者 单柏宁 特约通讯员 闵远舟）3月6日上午，会议召开。")
    assert ents[("尹超", "PERSON")] == ["记者"] and ents[("单柏宁", "PERSON")] == ["实习记者"]
    assert ents[("闵远舟", "PERSON")] == ["特约通讯员"]
    ents = ents_of("新华社银川3月6日电（新华社记者 王长河）会议召开。")
    assert ents[("王长河", "PERSON")] == ["记者"]
    ents = ents_of("本报固原3月6日讯（记者 于春林）3月6日上午，会议召开。")      # a surname that is a word
    assert ents[("于春林", "PERSON")] == ["记者"]


def test_a_verb_after_a_role_word_is_no_name(ents_of):
    """市级领导包抓、专班推进: 领导 is a role word here and LAC reads 抓 as a verb: no people."""
    ents = ents_of("各县区要实行市级领导包抓、专班推进，确保全年投资任务圆满完成。")
    assert not any(t == "PERSON" for _, t in ents)
    assert ents_of("市领导尹超、单柏宁出席。")[("单柏宁", "PERSON")] == ["市领导"]


def test_a_surname_that_is_a_preposition_opens_a_one_character_name_after_a_title(ents_of):
    ents = ents_of("原州区区长于春、泾源县县长尹超分别汇报了重点项目进展。")
    assert ents[("于春", "PERSON")] == ["区长"] and ("尹超", "PERSON") in ents
    assert ("于春", "PERSON") in ents_of("副市长于春出席会议。")
    for text in ("市长于春节前夕走访慰问困难群众。", "市长于3月5日主持会议。", "习近平总书记来陕考察重要讲话精神。"):
        assert not any(t == "PERSON" and n != "习近平" for n, t in ents_of(text)), text


def test_a_city_written_short_gives_back_the_level_character_it_took(ents_of):
    """pkuseg reads 玉林区|位优势 (no such district): the city, then the word 区位."""
    ents = ents_of("他表示，玉林区位优势突出，营商环境好。")
    assert ("玉林", "PLACE") in ents and ("玉林区", "PLACE") not in ents
    assert {("固原市", "PLACE"), ("原州区", "PLACE")} <= set(ents_of("固原市原州区位于六盘山下。"))


@pytest.mark.parametrize("text,word", [
    ("各设区市要加快推进项目建设。", "设区市"),
    ("实施采煤沉陷区综合治理。", "沉陷区"),
    ("加快病险水库除险加固。", "病险水库"),
    ("坚持绿水青山就是金山银山的理念。", "金山银山"),
    ("做好地质灾害易发区排查。", "易发区"),
    ("发展滨海旅游和海洋牧场。", "滨海"),
])
def test_generic_words_of_places_are_no_places(ents_of, text, word):
    assert (word, "PLACE") not in ents_of(text)


def test_a_plant_handed_over_names_no_firm(ents_of):
    """中交 in project news is 中间交接 (a plant handed over for trial runs), not a short name of 中国交建."""
    ents = ents_of("泾源县年产20万吨煤焦油深加工项目完成中交，计划年底投产。")
    assert not any(t == "COMPANY" for _, t in ents)
    assert ("中国交建", "COMPANY") in ents_of("中国交建与固原市签订战略合作协议。")


def test_a_phase_of_the_project_just_named_is_no_project(ents_of):
    ents = ents_of("泾源县磷酸铁项目由固原翊丰新材料有限公司实施，一期10万吨生产线建成投产。")
    assert not any(t == "PROJECT" and n.startswith("期") for n, t in ents)


def test_a_firms_works_called_by_its_city_is_no_project(ents_of):
    ents = ents_of("他说，公司将以固原基地为支点，深度参与宁夏新能源产业链建设。")
    assert ("固原基地", "PROJECT") not in ents and ("固原", "PLACE") in ents
    assert ("固原新能源装备制造基地", "PROJECT") in ents_of("固原新能源装备制造基地开工建设。")


def test_minority_names_of_syllables_the_surnames_do_not_open(ents_of):
    ents = ents_of("州领导王振东、达瓦才让、索南旦周在主席台就座。")
    assert ("索南旦周", "PERSON") in ents and ("索南旦", "PERSON") not in ents
    assert ("那日苏", "PERSON") in ents_of("市委常委、副市长那日苏主持签约仪式。")


def test_a_town_cut_across_after_its_county_is_put_back_whole(ents_of, rels_of):
    """pkuseg reads the county's locative 上 apart (原州区|上|青镇, 泾源县|店|上|镇翊丰…): the town is whole and
    a site of the project named with it; 等地|乡村 and 在|某镇 are no town."""
    ents = ents_of("加快建设原州区上青镇万吨冷链物流中心。")
    assert ("上青镇", "PLACE") in ents and ("原州区上青镇万吨冷链物流中心", "PROJECT") in ents
    ents = ents_of("与会人员观摩了泾源县店上镇翊丰菌业香菇加工项目。")
    assert ("店上镇", "PLACE") in ents and ("泾源县店上镇翊丰菌业香菇加工项目", "PROJECT") in ents
    assert ("泾源县店上镇翊丰菌业香菇加工项目", "位于", "店上镇") in rels_of("与会人员观摩了泾源县店上镇翊丰菌业香菇加工项目。")
    ents = ents_of("推进泾源县等地乡村振兴示范片建设，原州区在香水镇召开现场会。")
    assert not any(t == "PLACE" and name.startswith(("等", "在")) for name, t in ents)


def test_a_town_lac_reads_whole_that_pkuseg_cut_into_characters_is_one_word_of_a_route(ents_of, rels_of):
    """至翊|都|镇: pkuseg glued the route's 至 onto the town's first character and read 都 as the adverb; the
    town LAC reads is one word, so the road between the two towns is named whole (its ends are no sites)."""
    ents = ents_of("推进青溪镇至翊都镇公路改造工程。")
    assert ("青溪镇至翊都镇公路改造工程", "PROJECT") in ents and ("翊都镇", "PLACE") in ents
    assert not any(r == "位于" for _, r, _ in rels_of("推进青溪镇至翊都镇公路改造工程。"))
    text = "他来到两溪街道，察看了两溪街道新型储能电站项目。"      # 两|溪|街道: 两 a numeral, 街道 a town's level
    assert ("两溪街道新型储能电站项目", "位于", "两溪街道") in rels_of(text)


def test_a_preposition_opening_a_listed_project_is_no_part_of_it(ents_of):
    """要对某某项目、某某项目等重大项目实行…: the list's first item starts after 要对 (not after 将: 将乐县)."""
    ents = ents_of("要对原州区香水镇年产10万吨澄曜饲料项目、泾源县六盘山工业园区翊丰食品项目等重大项目实行专班服务。")
    assert ("原州区香水镇年产10万吨澄曜饲料项目", "PROJECT") in ents
    assert not any(name.startswith("要对") for name, _ in ents)
    ents = ents_of("加快推进将乐县翊丰食品加工项目、泾源县六盘山工业园区翊丰食品项目等重大项目建设。")
    assert ("将乐县翊丰食品加工项目", "PROJECT") in ents


def test_a_builder_after_by_is_read_whole(ents_of, rels_of):
    """由准能|鑫源电力有限公司建设: LAC's firm right after 由 keeps the word the suffix rule left out; a parent
    firm before 全资子公司 is not read into the builder's name."""
    text = "其中翊丰产业园煤矸石发电项目由准能鑫源电力有限公司建设。"
    assert ("准能鑫源电力有限公司", "COMPANY") in ents_of(text)
    assert ("准能鑫源电力有限公司", "实施", "翊丰产业园煤矸石发电项目") in rels_of(text)
    text = "该项目由澄曜新能源全资子公司宁夏翊丰材料有限公司建设。"
    assert not any(name.startswith("澄曜新能源全资") for name, _ in ents_of(text))


def test_a_zone_named_with_a_city_written_short_in_zhou_is_one_place(ents_of):
    """泉州|临港经济技术开发区: 州 is the city's name written short, not a level that makes it a place of its
    own (涪陵区|临港经济技术开发区 stays two places); 全州 is the whole prefecture, no place."""
    assert ("泉州临港经济技术开发区", "PLACE") in ents_of("澄曜新材料项目落户泉州临港经济技术开发区。")
    ents = ents_of("澄曜新材料项目落户涪陵区临港经济技术开发区。")
    assert ("涪陵区", "PLACE") in ents and ("临港经济技术开发区", "PLACE") in ents
    assert not any(t == "PLACE" for _, t in ents_of("会议研究部署全州工业园区建设等工作。"))


def test_credits_with_a_space_for_the_colon_and_two_names_glued_in_a_byline(ents_of):
    """责编 某某 美编 某 某 (a page's credits spaced, no colon) give each name its role; 记者甲乙 with two
    two-character names glued gives both (a double surname's one name, 欧阳晓光, stays whole)."""
    ents = ents_of("责编 单柏宁 美编 尹 超\n全省项目推进会在固原召开")
    assert ents[("单柏宁", "PERSON")] == ["责编"] and ents[("尹 超", "PERSON")] == ["美编"]
    ents = ents_of("本报讯（记者尹超闵娜）会议召开。")
    assert ents[("尹超", "PERSON")] == ["记者"] and ents[("闵娜", "PERSON")] == ["记者"]
    assert ents_of("本报讯（记者 欧阳晓光）会议召开。")[("欧阳晓光", "PERSON")] == ["记者"]
    assert not any(t == "PERSON" for _, t in ents_of("他曾任报社编辑 多年从事新闻工作。"))


def test_a_committee_named_by_its_level_after_its_place_is_one_organisation(ents_of):
    """鄂托克前旗|旗委书记: pkuseg cuts the banner into pieces, the committee after it is the banner's (as 某县县委
    is read whole)."""
    ents = ents_of("鄂托克前旗旗委书记乔砚舟主持活动。")
    assert ("鄂托克前旗旗委", "ORG") in ents and ("旗委", "ORG") not in ents


def test_an_organisation_cut_inside_the_place_opening_it_is_read_whole(ents_of):
    """上|饶日报 (pkuseg reads 上 as a locative): LAC's whole reading from the place on; 领导和|县法院 is a joiner
    and a county's court, not the court of 和县."""
    assert ("上饶日报", "ORG") in ents_of("A1 要闻 上饶日报 2025年1月9日 星期四")
    ents = ents_of("县四套班子领导和县法院、县检察院负责同志参加会议。")
    assert ("和县法院", "ORG") not in ents


def test_a_venue_suffix_glued_to_the_verb_after_it_is_given_back(ents_of, rels_of):
    """人民会|堂设|主会场: pkuseg glued the hall's last character to 设; the hall is a place and the venue."""
    text = "3月5日，全省项目推进会召开。会议在河南人民会堂设主会场，各市设分会场。"
    assert ("河南人民会堂", "PLACE") in ents_of(text)
    assert ("全省项目推进会", "位于", "河南人民会堂") in rels_of(text)


def test_a_name_never_runs_over_a_site_verb_and_a_base_settled_in_is_a_place(ents_of, rels_of):
    """某某中心|落户|中卫西部…: no organisation reads over 落户; the base a project settles in is its site."""
    text = "翊丰万卡智算中心落户中卫西部云基地，由翊丰数科有限公司投资建设。"
    ents = ents_of(text)
    assert ("翊丰万卡智算中心", "PROJECT") in ents and ("中卫西部云基地", "PLACE") in ents
    assert not any("落户" in name for name, _ in ents)
    rels = rels_of(text)
    assert ("翊丰万卡智算中心", "位于", "中卫西部云基地") in rels
    assert ("翊丰数科有限公司", "实施", "翊丰万卡智算中心") in rels


def test_a_towns_old_quarter_inside_a_project_is_the_town(ents_of, rels_of):
    """安平镇|古镇保护工程: the site is the town (a named old town, 某某古镇 with no level before 古镇, stays whole)."""
    text = "同日开工的晋江市安平镇古镇保护工程由翊丰城建发展有限公司承建。"
    assert ("安平镇", "PLACE") in ents_of(text) and ("安平镇古镇", "PLACE") not in ents_of(text)
    assert ("晋江市安平镇古镇保护工程", "位于", "安平镇") in rels_of(text)


def test_a_kind_of_place_is_no_place_whichever_step_made_it_one(ents_of):
    """环湖湿地缓冲带: a project read there and made a place later is a kind of place (PLACE.generic), checked
    after every relabelling, not only in the first tidy pass."""
    ents = ents_of("2.六盘山生态保护修复三期工程。总投资12亿元，实施退耕还湿1.2万亩，建设环湖湿地缓冲带18公里。")
    assert ("六盘山", "PLACE") in ents and ("环湖", "PLACE") not in ents


def test_a_countys_industry_inside_a_project_name_is_no_firm(ents_of):
    """泾源纺织|服装产业园项目: a county written short and a trade inside a project's name is the county's
    industry; 上海电气 (a city's name and a trade) opening a project may be a firm and stays one."""
    ents = ents_of("泾源纺织服装产业园项目由翊丰服饰有限公司投资建设。")
    assert ("泾源纺织服装产业园项目", "PROJECT") in ents and ("泾源纺织", "COMPANY") not in ents
    assert ("上海电气", "COMPANY") in ents_of("上海电气风电装备项目在原州区开工。")


def test_a_name_pkuseg_cut_into_single_characters_ending_in_a_pronoun_is_read_whole(ents_of, rels_of):
    """库|布|其|沙漠: an unknown name cut into characters, the last (其) tagged a pronoun, stays in the project's
    name; a joiner after a character of its own (工业|硅|由某公司), or glued onto it (工业|硅由|某公司), still ends
    the firm's name."""
    text = "杭锦旗库布其沙漠光伏治沙二期项目由翊丰新能源有限公司承建。"
    assert ("杭锦旗库布其沙漠光伏治沙二期项目", "PROJECT") in ents_of(text)
    assert ("杭锦旗库布其沙漠光伏治沙二期项目", "位于", "杭锦旗") in rels_of(text)
    assert ("天山矿业公司", "COMPANY") in ents_of("电站所需工业硅由天山矿业公司供应。")
    assert ("昆仑硅业公司", "COMPANY") in ents_of("基地所需工业硅由昆仑硅业公司供应。")


def test_a_joiner_glued_onto_the_last_listed_name_is_not_the_names(ents_of):
    """、田立|新和|秘书长某某: one surname and three characters is a whole name; the joiner after it is not part of it."""
    ents = ents_of("市政协副主席韩志刚、邵红、罗立新和秘书长付成义出席会议。")
    assert ("罗立新", "PERSON") in ents and ("罗立新和", "PERSON") not in ents
    assert ("付成义", "PERSON") in ents


def test_a_seat_city_before_its_prefectures_hall_is_a_place_of_its_own(ents_of, rels_of):
    """在某市州人民会堂开幕: the prefecture's hall in the city that is its seat; two places (convention 5), not one."""
    text = "1月20日上午，青溪州第十六届人民代表大会第五次会议在都匀市州人民会堂开幕。"
    ents = ents_of(text)
    assert ("都匀市", "PLACE") in ents and ("州人民会堂", "PLACE") in ents
    assert ("青溪州第十六届人民代表大会第五次会议", "位于", "州人民会堂") in rels_of(text)
    assert ("都匀市市民中心", "PLACE") in ents_of("会议在都匀市市民中心举行。")   # the city's own hall: whole


@pytest.mark.parametrize("text", ["为建设现代化新青溪开好局、起好步。", "奋力谱写新篇章，开创发展新局。", "以实干笃行开新局。"])
def test_a_slogans_ju_is_no_bureau(ents_of, text):
    """开好局, 开新局: the 局 of a slogan is no bureau's; 科技创新局 still is one."""
    assert not any(label == "ORG" for _, label in ents_of(text))


def test_a_bureau_of_innovation_is_still_a_bureau(ents_of):
    assert ("市科技创新局", "ORG") in ents_of("市科技创新局局长鲁明远出席。")


def test_a_verb_before_a_listed_organisation_is_no_part_of_it(ents_of):
    """听取某州、某市和省商务厅等单位汇报, 会同|省某厅 (pkuseg glued), 受|政协某市…委员会委托: the verb opens no
    organisation's name; 和 before a level joins two listed organisations (省工业和信息化厅 stays one)."""
    ents = ents_of("听取红河州、昆明市和省商务厅等单位汇报。")
    assert ("红河州", "PLACE") in ents and ("昆明市", "PLACE") in ents and ("省商务厅", "ORG") in ents
    assert ("省发展改革委", "ORG") in ents_of("会同省发展改革委、省财政厅等部门研究。")
    assert ("政协青溪市第十五届委员会", "ORG") in ents_of("受政协青溪市第十五届委员会常委会委托，鲁明远向大会报告工作。")
    assert ("省工业和信息化厅", "ORG") in ents_of("省工业和信息化厅、省财政厅等单位参加。")


def test_the_verb_of_jindeng_glued_onto_a_name_is_no_part_of_it(ents_of, rels_of):
    """要紧|盯汾河, 要紧|盯|松|坪镇…: pkuseg glued 盯 (of 紧盯) onto the name after it; no name opens with it."""
    ents = ents_of("要紧盯汾河、沁河流域采煤沉陷区治理。")
    assert ("汾河", "PLACE") in ents and not any(name.startswith("盯") for name, _ in ents)
    text = "要紧盯松坪镇10万千瓦光伏发电项目建设。"
    assert ("松坪镇10万千瓦光伏发电项目", "PROJECT") in ents_of(text)
    assert ("松坪镇10万千瓦光伏发电项目", "位于", "松坪镇") in rels_of(text)


def test_a_river_or_lake_opening_an_irrigation_area_or_bridge_project_is_its_site(rels_of):
    """某某河|灌区续建配套工程, 某某湖|水环境综合治理工程, 某县某某江|特大桥: the water opening the name is where the
    project is; a two-character river after a preposition (以|礼河) may have lost its first character, so no site."""
    assert ("渭河灌区续建配套工程", "位于", "渭河") in rels_of("加快渭河灌区续建配套工程建设。")
    assert ("盘北县北盘江特大桥", "位于", "北盘江") in rels_of("盘北县北盘江特大桥完成合龙。")
    assert not any(t == "礼河" for h, r, t in rels_of("以礼河灌区续建配套工程有序推进。"))


def test_a_named_flat_is_a_place_but_a_kind_of_flat_or_a_breed_is_not(ents_of, rels_of):
    """坐落于某县塔拉滩的某项目: 滩 ends a place's name (the chain of places reaches the project); 戈壁滩 is a kind
    of land (PLACE.generic) and 宁夏滩羊 a breed of sheep (PLACE.suffix_not_before)."""
    text = "坐落于共和县塔拉滩的青电新能源200万千瓦光伏项目建成后，板下牧草长势良好。"
    assert ("塔拉滩", "PLACE") in ents_of(text)
    assert ("青电新能源200万千瓦光伏项目", "位于", "共和县") in rels_of(text)
    assert ("戈壁滩", "PLACE") not in ents_of("光伏板铺满了戈壁滩。")
    assert ("宁夏滩", "PLACE") not in ents_of("宁夏滩羊肉产业园二期开工。")


def test_a_names_last_character_glued_onto_the_speech_verb_after_it(ents_of, rels_of):
    """市长石文|博致辞: pkuseg glued the name's last character to 致辞; the name is 石文博 and he speaks."""
    text = "3月1日，青溪市重大项目集中开工活动举行。市委副书记、市长石文博致辞，市人大常委会主任鲁明远出席。"
    ents = ents_of(text)
    assert ("石文博", "PERSON") in ents and ("石文博致辞", "PERSON") not in ents
    assert ("石文博", "讲话", "青溪市重大项目集中开工活动") in rels_of(text)


def test_a_space_between_two_latin_words_stays_inside_a_projects_name(ents_of, rels_of):
    """Mini LED, 5 GWh: a space between Latin words (or a number and its unit) is a word break inside the name;
    a space between Chinese words still ends one (本报讯 会议)."""
    text = "察看青禾光电Mini LED背光模组项目建设情况，翊丰储能5 GWh储能电池项目同步开工。"
    ents = ents_of(text)
    assert ("青禾光电Mini LED背光模组项目", "PROJECT") in ents and ("翊丰储能5 GWh储能电池项目", "PROJECT") in ents
    assert ("青禾光电", "实施", "青禾光电Mini LED背光模组项目") in rels_of(text)
    assert not any(name.startswith("本报讯") for name, t in ents_of("本报讯 青溪县重点项目推进会召开。"))


def test_a_headline_on_an_officials_visit_that_ends_in_xiangmu_names_no_project(ents_of):
    """某县委|书记|带队一天跑四地看|项目: an organ and its officer inside the words before 项目 make a headline about
    a visit, not a project's name."""
    ents = ents_of("青溪县委书记带队一天跑四地看项目\n本报讯 5月8日，青溪县委书记王翊带队调研重点项目。")
    assert not any(t == "PROJECT" for _, t in ents) and ("王翊", "PERSON") in ents


def test_an_evening_paper_or_a_city_paper_is_an_organisation_as_a_daily_is(ents_of):
    """SOURCES.outlet_suffixes are the organisation suffixes of outlets: 某某晚报 and 某某都市报 as 某某日报."""
    ents = ents_of("青溪晚报   2025年5月21日   星期三   第5版\n翊丰集中签约15个重大项目")
    assert ("青溪晚报", "ORG") in ents
    assert ("东河都市报", "ORG") in ents_of("据东河都市报报道，青溪县重点项目推进会召开。")


def test_a_sub_district_office_is_an_organisation_and_a_credits_slash_ends_a_name(ents_of):
    """某街道办事处, 某省人民政府驻北京办事处: 办事处 ends an organisation's name; 文/某某日报记者: the slash of a
    credit is no part of the paper's name (a project's 万吨/年 still is)."""
    ents = ents_of("翊丰冷链物流有限公司与青溪街道办事处签约。")
    assert ("青溪街道办事处", "ORG") in ents
    ents = ents_of("来源:东河日报\n文/东河日报记者 王翊 通讯员 李青禾\n青溪县年产40万吨/年聚乙烯醇项目开工。")
    assert ("东河日报", "ORG") in ents and not any("/" in name for name, t in ents if t == "ORG")
    assert any("/" in name for name, t in ents if t == "PROJECT")


def test_an_organs_office_written_short_is_the_organisation_of_its_heads_title(ents_of, rels_of):
    """市委|办|主任: pkuseg reads 办 as the verb after the organ; 市委办 (市委办公室 written short) is one word, the
    organisation of the title (convention 8), and the list's first title stays; 党委|办|实事 is the verb."""
    text = "副市长王翊，市委常委、市委办主任李青禾，市委常委、县政府办副主任赵溪参加调研。"
    rels = rels_of(text)
    assert {("李青禾", "任职", "市委常委"), ("李青禾", "任职", "市委办主任"), ("赵溪", "任职", "县政府办副主任")} <= rels
    assert ("市委办", "ORG") in ents_of(text)
    assert not any(name.endswith("办") for name, t in ents_of("要求各级党委办实事、解难题。"))


def test_a_towns_park_named_by_an_everyday_word_inside_a_projects_name_is_no_place(ents_of, rels_of):
    """某镇|柑橘产业园…项目: a park a town names by an everyday word is a kind of the town's parks, the town the
    site; after a city or a zone a park so named is a park of its own (某工业区|清水工业园)."""
    text = "推进青溪县龙泉镇柑橘产业园污水处理项目。"
    assert not any(t == "PLACE" and name.startswith("柑橘") for name, t in ents_of(text))
    assert ("青溪县龙泉镇柑橘产业园污水处理项目", "位于", "龙泉镇") in rels_of(text)
    assert ("清水工业园", "PLACE") in ents_of("推进榆神工业区清水工业园50万吨煤焦油加氢项目。")


def test_a_tibetan_name_glued_to_a_han_name_in_a_byline_is_two_reporters(ents_of):
    """（记者央金张某）: a Tibetan's whole name of one syllable (央金) then a Han name are two reporters; a Tibetan
    name of two syllables (郎加泽仁) stays one, and a Yi name (沙马阿呷) is whole in a photo credit."""
    ents = ents_of("本报拉萨12月19日讯（记者央金张翊）12月18日，自治区党委经济工作会议在拉萨召开。")
    assert ents[("央金", "PERSON")] == ["记者"] and ents[("张翊", "PERSON")] == ["记者"]
    assert ("郎加泽仁", "PERSON") in ents_of("本报康定讯（记者 杨晓琴 郎加泽仁）1月10日上午，州人大会议开幕。")
    assert ("沙马阿呷", "PERSON") in ents_of("州人大会议开幕。\n记者沙马阿呷摄")


def test_he_right_after_a_list_mark_is_the_surname_of_the_next_name(ents_of, rels_of):
    """甲、乙、和某某出席: 和 after 、 joins nothing, it opens the last name (和 is a surname); 甲、乙和丙: a joiner."""
    text = "5月8日，青溪县重点项目推进会召开。县领导王青禾、李翊、和建平出席会议。"
    assert ("和建平", "PERSON") in ents_of(text)
    assert ("和建平", "出席", "青溪县重点项目推进会") in rels_of(text)
    assert ("张平", "PERSON") in ents_of("县领导王青禾、李翊和张平出席会议。")


def test_a_web_pages_reporter_credited_with_a_colon_before_its_editor(ents_of):
    """来源：某县融媒体中心 记者：甲 编辑：乙: the reporter's credit ends where the editor's begins."""
    ents = ents_of("发布时间：2024-05-10 17:42 来源：青溪县融媒体中心 记者：王翊 编辑：李青禾")
    assert ents[("王翊", "PERSON")] == ["记者"] and ents[("李青禾", "PERSON")] == ["编辑"]


def test_a_county_pkuseg_glued_to_the_verb_before_it(ents_of):
    """赴眉县 (one word to pkuseg): LAC's verb, then a county's whole name, so the county alone is the place."""
    ents = ents_of("会前，与会人员赴眉县、凤翔区实地调研。")
    assert ("眉县", "PLACE") in ents and ("赴眉县", "PLACE") not in ents


def test_a_facility_a_work_report_names_with_its_builder_is_a_project(ents_of, rels_of):
    """某县某镇某某集散中心，由某公司建设；: a place-opened facility at a clause's start, then who builds it."""
    text = "青溪县龙泉镇盐湖旅游集散中心，由青溪翊丰文旅发展有限公司建设；建成后年接待游客100万人次。"
    assert ("青溪县龙泉镇盐湖旅游集散中心", "PROJECT") in ents_of(text)
    rels = rels_of(text)
    assert ("青溪翊丰文旅发展有限公司", "实施", "青溪县龙泉镇盐湖旅游集散中心") in rels
    assert ("青溪县龙泉镇盐湖旅游集散中心", "位于", "龙泉镇") in rels
    assert not any(label == "PROJECT" for name, label in ents_of("青溪县龙泉镇文化中心，由县财政出资。"))


def test_titles_before_a_firm_whose_name_holds_a_boundary_word_all_count(ents_of):
    """省政协常委、省工商联副主席、某某建设集团有限公司总经理某某: the chain of titles runs on over 建设, a word that
    elsewhere ends a title's left edge, where only a firm's suffixes follow it; 由 before 市委 still ends it."""
    ents = ents_of("联组讨论中，省政协常委、省工商联副主席、青溪翊丰建设集团有限公司总经理欧阳琳发言。")
    assert ents[("欧阳琳", "PERSON")] == ["省政协常委", "省工商联副主席", "青溪翊丰建设集团有限公司总经理"]
    ents = ents_of("会议由市委副书记王翊主持。")
    assert ents[("王翊", "PERSON")] == ["市委副书记"]


def test_each_name_a_session_elects_to_one_post_holds_it(rels_of):
    """推选甲、乙、丙为大会主席团常务主席, 增补甲、乙为…常务委员: the post after 为 is each listed name's."""
    rels = rels_of("会议推选王建国、李青禾、张建平为大会主席团常务主席，推选了各次全体会议的执行主席。")
    for name in ("王建国", "李青禾", "张建平"):
        assert (name, "任职", "大会主席团常务主席") in rels
    rels = rels_of("会议以无记名投票方式，增补王建国、李青禾为政协第十三届青溪市委员会常务委员。")
    assert ("王建国", "任职", "政协第十三届青溪市委员会常务委员") in rels
    assert ("李青禾", "任职", "政协第十三届青溪市委员会常务委员") in rels


def test_a_branch_of_an_association_is_a_body_not_an_event(ents_of):
    """某某协会某某分会: 分会 after an association names its branch (an organisation); 某论坛汽车分会 is an event."""
    text = "中国有色金属工业协会钛锆铪分会副会长王翊出席。"
    assert ("中国有色金属工业协会钛锆铪分会", "ORG") in ents_of(text)
    assert not any(label == "MEETING" for name, label in ents_of(text))


def test_a_plainly_named_project_built_at_a_place_after_its_sum(ents_of, rels_of):
    """某某将在某开发区投资9.6亿元建设<plain name>项目: the sum between the site and the verb still makes the
    plainly named thing built there one project; with no site it stays no name (建设绿色智能铸造产业园项目)."""
    text = "青溪翊丰精铸科技有限公司签约后，翊丰精铸将在泊头经济开发区投资9.6亿元建设绿色智能铸造产业园项目；"
    assert ("绿色智能铸造产业园项目", "PROJECT") in ents_of(text)
    assert ("绿色智能铸造产业园项目", "位于", "泊头经济开发区") in rels_of(text)
    assert ("绿色智能铸造产业园项目", "PROJECT") not in ents_of("要加快建设绿色智能铸造产业园项目。")


def test_a_capacity_project_after_a_joint_events_jì_opens_after_it(ents_of, rels_of):
    """某县…集中开工暨某某绿能200万千瓦风光储基地项目开工仪式: 暨 joins two events; it opens no firm's name."""
    text = "4月12日，青溪县2026年春季重点项目集中开工暨翊丰绿能200万千瓦风光储基地项目开工仪式在青溪县柳园镇举行。"
    ents = ents_of(text)
    assert not any(name.startswith("暨") for name, _ in ents)
    assert ("翊丰绿能200万千瓦风光储基地项目", "PROJECT") in ents


def test_a_listed_firm_whose_name_holds_a_boundary_word_opens_the_next_title(ents_of):
    """总经理甲、某某电力建设有限公司项目经理乙: 建设 inside the firm's name, its suffixes after it, does not make the
    firm's first words a second name under 总经理."""
    ents = ents_of("青溪绿能投资有限公司总经理钱青禾、甘肃翊丰电力建设有限公司项目经理何翊分别代表业主单位和施工单位发言。")
    assert ("甘肃翊丰电力建设有限公司", "COMPANY") in ents
    assert ("甘肃翊丰", "PERSON") not in ents and ("何翊", "PERSON") in ents


def test_a_name_ending_in_a_joiners_character_before_a_list_mark_keeps_it(ents_of):
    """某市委书记纪某和、某市市长某某: 和 right before 、 joins nothing, so it is the name's last character."""
    ents = ents_of("青溪市委书记纪远和、翊丰市市长王翊分别参加调研。")
    assert ("纪远和", "PERSON") in ents and ("纪远", "PERSON") not in ents
    assert ("李青禾", "PERSON") in ents_of("县长王翊和副县长李青禾出席。")


def test_an_appointment_written_after_a_colon_gives_the_post(rels_of):
    """…会议决定任命：某某为省某某厅厅长。: the colon after the appointing verb does not hide the appointee."""
    rels = rels_of("省十四届人大常委会第十六次会议决定任命：鲁青禾为省科学技术厅厅长。")
    assert ("鲁青禾", "任职", "省科学技术厅厅长") in rels
