"""The kg_relations component: meeting roles, coreference of 会议 to the named meeting, lists, speakers."""

LEAD = ("全省生态保护推进会议召开。省委副书记、省长林振华主持会议并讲话，副省长唐明远安排部署工作。"
        "副省长韩素琴、周立参加。")


def test_chair_and_speech_resolve_to_the_named_meeting(rels_of):
    rels = rels_of(LEAD)
    assert ("林振华", "主持", "全省生态保护推进会议") in rels
    assert ("林振华", "讲话", "全省生态保护推进会议") in rels


def test_list_of_attendees(rels_of):
    rels = rels_of(LEAD)
    assert ("韩素琴", "出席", "全省生态保护推进会议") in rels
    assert ("周立", "出席", "全省生态保护推进会议") in rels


def test_titles_become_任职(rels_of):
    rels = rels_of(LEAD)
    assert ("林振华", "任职", "省长") in rels and ("林振华", "任职", "省委副书记") in rels


def test_passive_chair(rels_of):
    rels = rels_of("省政协十四届二次会议在西宁闭幕。会议由省政协主席郑国梁主持。")
    assert ("郑国梁", "主持", "省政协十四届二次会议") in rels


def test_no_meeting_no_meeting_roles(rels_of):
    rels = rels_of("副省长唐明远表示，要加快项目建设。")
    assert not [r for r in rels if r[1] in ("主持", "出席", "讲话")]


def test_builder_named_in_project(rels_of):
    rels = rels_of("青海德源新能源开发有限公司年产5万吨多晶硅项目完成投资18亿元。")
    assert any(r[1] == "实施" and r[0] == "青海德源新能源开发有限公司" for r in rels)


SYMPOSIUM = ("林振华在生态领域专家座谈会上强调\n"
             "本报讯（记者 何立新）5月8日，省长林振华主持召开生态领域专家座谈会。"
             "座谈会上，某某大学教授郑国梁，省政府参事高建、刘海峰等12位专家先后发言。"
             "在认真听取专家发言后，林振华说，各位专家提出了很有价值的意见建议。")


def test_experts_who_spoke_in_turn(rels_of):
    rels = rels_of(SYMPOSIUM)
    for name in ("郑国梁", "高建", "刘海峰"):
        assert (name, "讲话", "生态领域专家座谈会") in rels, name


def test_speaker_after_a_subordinate_clause_and_in_headline(rels_of):
    rels = rels_of(SYMPOSIUM)
    assert ("林振华", "讲话", "生态领域专家座谈会") in rels
    assert ("林振华", "主持", "生态领域专家座谈会") in rels


def test_cited_speech_is_not_speaking_at_the_meeting(rels_of):
    rels = rels_of("全省推进会议召开。会议要求，深入学习领会习近平总书记重要讲话精神。")
    assert not [r for r in rels if r[1] == "讲话"]


def test_headline_with_two_verbs_splits_subjects(rels_of):
    rels = rels_of("省政协十四届二次会议闭幕\n郑国梁刘海峰出席马建平主持并讲话\n本报讯 会议在西宁闭幕。"
                   "会议由省政协主席马建平主持。郑国梁书记、刘海峰书记出席。")
    assert ("马建平", "主持", "省政协十四届二次会议") in rels
    assert ("郑国梁", "主持", "省政协十四届二次会议") not in rels


def test_meeting_held_at_a_venue(rels_of):
    rels = rels_of("省政协十四届二次会议在青海会议中心胜利闭幕。")
    assert ("省政协十四届二次会议", "位于", "青海会议中心") in rels


def test_build_verb_links_company_to_project(rels_of):
    rels = rels_of("青海德源新能源开发有限公司投资建设刚察县光伏发电项目。")
    assert ("青海德源新能源开发有限公司", "实施", "刚察县光伏发电项目") in rels


def test_place_prefixed_project_is_located_there(rels_of):
    rels = rels_of("今年将开工建设刚察县源网荷储一体化示范项目。")
    assert ("刚察县源网荷储一体化示范项目", "位于", "刚察县") in rels


def test_evidence_and_offsets_point_into_the_text(nlp):
    text = "全省推进会议召开。省长林振华主持会议。"
    doc = nlp(text)
    rel = next(r for r in doc._.relations if r["relation"] == "主持")
    assert "主持" in text[rel["sent_start"]:rel["sent_end"]] and 0 < rel["confidence"] <= 1
    assert text[rel["head_start"]:rel["head_end"]] == "林振华"


# a page with a plenary session and, as a second item, a bare 座谈 beside it (no name of its own)
SIDE_TALK = ("省政协十四届二次会议在西宁开幕。省政协主席郑国梁主持开幕会。\n"
             "何振东看望政协委员并座谈交流\n"
             "本报讯（记者 李文）1月20日晚，省委副书记、省长何振东看望出席省政协十四届二次会议的侨界委员并交流。"
             "省政协主席郑国梁主持座谈。何振东代表省委省政府向委员们表示欢迎。"
             "座谈会上，陈子健、梁家豪等委员先后发言。省委常委、统战部部长赵启明参加座谈。")


def test_a_bare_side_talk_beside_a_session_is_its_own_meeting(rels_of):
    rels = rels_of(SIDE_TALK)
    assert ("郑国梁", "主持", "省政协十四届二次会议") in rels
    assert ("郑国梁", "主持", "座谈") in rels
    assert ("陈子健", "讲话", "座谈") in rels and ("梁家豪", "讲话", "座谈") in rels
    assert ("赵启明", "出席", "座谈") in rels
    assert ("陈子健", "讲话", "省政协十四届二次会议") not in rels


def test_a_province_before_a_firm_in_a_project_name_is_where_the_firm_comes_from(rels_of):
    rels = rels_of("深入洽谈山西建兴能源年产3万吨六氟磷酸锂、东川县年产2万吨碳化硅项目等重大项目。")
    located = {(h, t) for h, r, t in rels if r == "位于"}
    assert not any(t == "山西" for _, t in located)
    assert ("东川县年产2万吨碳化硅项目", "东川县") in located


def test_the_places_that_hold_an_event_are_where_it_is(rels_of):
    rels = rels_of("3月8日，海东州青山县白河镇举办了以“花开迎新”为主题的乡村赏花文化节活动。")
    located = {t for h, r, t in rels if r == "位于" and h.startswith("乡村赏花文化节")}
    assert located == {"海东州", "青山县", "白河镇"}
    # a headline: the county holds the ceremony; a body convening its meeting is not placed by this rule
    rels = rels_of("青山县举行2024年招商引资项目集中签约仪式\n")
    assert ("2024年招商引资项目集中签约仪式", "位于", "青山县") in rels


def test_a_report_with_its_topic_between_作_and_报告_is_a_speech(rels_of):
    rels = rels_of("东河省政协十二届四次会议开幕。省政协副主席钱立达作提案工作情况报告。")
    assert ("钱立达", "讲话", "东河省政协十二届四次会议") in rels
    # the 作 of 工作 opens no report: 审议省政府工作报告 is no speech of the person before it
    rels = rels_of("东河省政协十二届四次会议开幕。省政协副主席钱立达等列席会议，审议省政府工作报告。")
    assert ("钱立达", "讲话", "东河省政协十二届四次会议") not in rels


def test_a_rostrum_list_under_any_label_an_explanation_and_a_name_glued_to_作(rels_of):
    rels = rels_of("东河市第十六届人民代表大会第四次会议开幕。大会主席团常务主席林振华主持大会。"
                   "在主席台前排就座的大会执行主席有：林振华、韩素琴、周立。"
                   "市长唐明远就《东河市国民经济和社会发展计划（草案）》作说明。开发区管委会主任马立新作交流发言。")
    meeting = "东河市第十六届人民代表大会第四次会议"
    assert {("韩素琴", "出席", meeting), ("周立", "出席", meeting)} <= rels
    assert ("唐明远", "讲话", meeting) in rels
    assert ("马立新", "讲话", meeting) in rels          # 马立|新作|交流发言: the name's last character


def test_a_part_of_the_session_is_held_where_the_session_is(rels_of):
    rels = rels_of("东河省第十四届人民代表大会第二次会议25日上午在江州开幕。开幕会在省人民大会堂举行。"
                   "闭幕式26日下午在东河会展中心举行。")
    meeting = "东河省第十四届人民代表大会第二次会议"
    assert {(meeting, "位于", "省人民大会堂"), (meeting, "位于", "东河会展中心")} <= rels


def test_sites_of_a_visit_a_firms_own_project_and_a_start_with_an_adverb(rels_of):
    rels = rels_of("在东河市青山区，林振华实地察看了东河远拓电子科技有限公司年产5万吨电池隔膜项目建设进展。"
                   "东岭优果食品有限公司将在江州县白沙镇建设荔枝精深加工产业园。"
                   "东河伊川新材料有限公司年产15万吨再生铝项目在江州县正式投产。")
    project = "东河远拓电子科技有限公司年产5万吨电池隔膜项目"
    assert {(project, "位于", "东河市"), (project, "位于", "青山区")} <= rels
    park = "荔枝精深加工产业园"
    assert {(park, "位于", "江州县"), (park, "位于", "白沙镇"), ("东岭优果食品有限公司", "实施", park)} <= rels
    assert ("白沙镇", "实施", park) not in rels                       # the site is not the builder
    assert ("东河伊川新材料有限公司年产15万吨再生铝项目", "位于", "江州县") in rels


def test_a_firms_project_built_at_a_zone_with_的_and_a_cathode_material(rels_of):
    rels = rels_of("会议调度了重点项目：东河湘能新材料科技有限公司在江州经济技术开发区建设的年产20万吨锂电正极材料项目。")
    project = "年产20万吨锂电正极材料项目"             # 正极 is a noun here, not jieba's adverb
    assert ("东河湘能新材料科技有限公司", "实施", project) in rels
    assert (project, "位于", "江州经济技术开发区") in rels


def test_places_before_a_makers_short_name_in_a_capacity_project_are_its_sites(rels_of):
    project = "东河县白沙镇绿源光伏30万千瓦项目"
    rels = rels_of(f"{project}开工建设。")
    assert {(project, "位于", "东河县"), (project, "位于", "白沙镇"), ("绿源光伏", "实施", project)} <= rels


def test_a_chaired_会议_is_not_the_event_its_agenda_names(rels_of):
    rels = rels_of("市政府召开第21次常务会议\n3月2日，市长周立群主持会议，研究第十二届中国（潍坊）国际风筝博览会筹备工作。")
    chaired = {r[2] for r in rels if r[:2] == ("周立群", "主持")}
    assert chaired and all("常务会议" in name for name in chaired)


def test_a_port_before_a_berth_is_its_site_not_its_builder(rels_of):
    rels = rels_of("重点项目——日照港30万吨级原油码头二期工程由港城物流有限公司建设。")
    assert ("日照港30万吨级原油码头二期工程", "位于", "日照港") in rels
    assert ("港城物流有限公司", "实施", "日照港30万吨级原油码头二期工程") in rels
    assert not any(r[1] == "实施" and r[0] == "日照港" for r in rels)


def test_a_contractor_clause_builds_the_project_the_sentence_is_about(rels_of):
    text = ("鄂州临空经济区内，楚航冷链年产20万吨冷链物流中心项目进入主体施工。该项目位于燕矶镇，由楚航冷链物流有限公司投资建设，"
            "华川建设工程有限公司承建。分会场开工的明远化工年产5万吨电子化学品项目，由明远化工集团有限公司投资建设、"
            "楚恒建设工程有限公司承建，总投资12亿元。")
    rels = rels_of(text)
    assert ("华川建设工程有限公司", "实施", "楚航冷链年产20万吨冷链物流中心项目") in rels
    assert ("楚恒建设工程有限公司", "实施", "明远化工年产5万吨电子化学品项目") in rels


def test_a_site_opening_the_sentence_after_a_news_opener_or_with_境内_holds_its_projects(rels_of):
    rels = rels_of("本报讯在遵义市仁怀市茅台镇，黔酿酒业年产3万吨酱香白酒技改项目本月完成厂房封顶。"
                   "靖边县东坑镇境内，秦能新材料年产8万吨聚乙烯项目进入设备安装阶段。")
    for place in ("遵义市", "仁怀市", "茅台镇"):
        assert ("黔酿酒业年产3万吨酱香白酒技改项目", "位于", place) in rels
    assert ("秦能新材料年产8万吨聚乙烯项目", "位于", "东坑镇") in rels


def test_a_project_started_at_a_towns_hall_of_a_mass_start_stands_in_that_town(rels_of):
    rels = rels_of("当天，全市集中开工活动在经开区主会场举行，临湖镇设分会场。在临湖镇分会场，青禾农业智慧育苗中心项目开工。"
                   "白沙街道分会场开工的翠岚冷链物流园项目由翠岚物流有限公司投资建设。"
                   "在宁州市分会场，宁州市集中开工的远航新材料产业园项目由远航新材料有限公司投资建设。")
    assert ("青禾农业智慧育苗中心项目", "位于", "临湖镇") in rels
    assert ("翠岚冷链物流园项目", "位于", "白沙街道") in rels
    # a city's hall gathers a whole area's projects: no site from it
    assert not any(r[1] == "位于" and r[0] == "远航新材料产业园项目" and r[2].startswith("宁州") for r in rels)


def test_a_firm_written_as_公司_or_企业_stands_where_it_settled(rels_of):
    rels = rels_of("云松光伏董事长邵一鸣介绍，公司2021年落户临川光伏产业园，今年出货量同比增长70%。"
                   "随后，周海来到湖南青瓷智能装备有限公司。这家企业去年从广东整体搬迁落户荣成。")
    assert ("云松光伏", "位于", "临川光伏产业园") in rels
    assert ("湖南青瓷智能装备有限公司", "位于", "荣成") in rels


def test_a_task_or_show_someone_主持的_is_not_a_chaired_meeting(rels_of):
    rels = rels_of("全省数字经济座谈会在杭州召开。会上，浙江大学教授许明远介绍了其主持的工业软件关键技术研究项目进展，"
                   "由主持人林小雨主持的特别节目同步播出。副省长高建华主持座谈会。省政协召开由副主席陆文涛主持的专题协商会。")
    chairs = {(h, t) for h, r, t in rels if r == "主持"}
    assert ("高建华", "全省数字经济座谈会") in chairs
    assert not any(h in ("许明远", "林小雨") for h, _ in chairs)
    assert ("陆文涛", "专题协商会") in chairs


def test_a_stated_site_holds_every_place_listed_after_it(rels_of):
    rels = rels_of("沁水县城乡供水一体化工程覆盖端氏镇、嘉峰镇和郑庄镇，由县水务投资公司负责实施。工程位于端氏镇、嘉峰镇和郑庄镇。")
    for town in ("端氏镇", "嘉峰镇", "郑庄镇"):
        assert ("沁水县城乡供水一体化工程", "位于", town) in rels


def test_a_trade_word_naming_a_park_opens_no_firm_and_leaves_the_county_as_the_site(rels_of, ents_of):
    text = "湖州市三季度项目集中开工，吴兴智慧物流园项目等一批项目同日动工。"
    assert ("吴兴智慧物流", "COMPANY") not in ents_of(text)
    assert ("吴兴智慧物流园项目", "位于", "吴兴") in rels_of(text)


def test_a_meeting_named_in_a_heard_reports_topic_is_not_where_it_is_heard(rels_of):
    rels = rels_of("县委常委会召开第12次会议。会议听取了县商务局关于第八届茶文化节筹备工作情况的汇报，"
                   "听取了农业大学教授陈立平关于茶叶品质提升研究进展情况的汇报。")
    spoken = {t for h, r, t in rels if h == "陈立平" and r == "讲话"}
    assert spoken and not any("茶文化节" in t for t in spoken)


def test_a_new_clause_opened_by_a_post_is_not_the_previous_speakers_verb(rels_of):
    # the finders miss the county head's name (时 + an everyday word): the secretary who spoke does not chair
    rels = rels_of("本报讯 青山市招商项目签约仪式举行。市委书记李明远讲话，市长时胜利主持签约仪式。")
    assert ("李明远", "讲话", "青山市招商项目签约仪式") in rels
    assert not any(h == "李明远" and r == "主持" for h, r, t in rels)


def test_a_headline_announcing_a_second_meeting_leaves_the_lead_at_the_session(rels_of):
    text = ("中共青山县委十四届六次全会举行\n同日召开县委农村工作会议\n\n"
            "7月30日，中国共产党青山县第十四届委员会第六次全体会议在县委礼堂举行。县委书记李明远讲话。\n\n"
            "县人大常委会主任张华、县政协主席王芳列席会议。\n\n下午，青山县委农村工作会议召开。县委副书记赵刚主持会议。")
    rels = rels_of(text)
    plenum = "中国共产党青山县第十四届委员会第六次全体会议"
    assert {("李明远", "讲话", plenum), ("张华", "出席", plenum), ("王芳", "出席", plenum)} <= rels
    assert ("赵刚", "主持", "青山县委农村工作会议") in rels
    assert not any(h in ("李明远", "张华", "王芳") and t == "青山县委农村工作会议" for h, r, t in rels)


def test_the_closing_of_a_second_bodys_session_is_its_own(rels_of):
    text = ("青山市十五届人大三次会议开幕\n\n"
            "2月6日，青山市第十五届人民代表大会第三次会议在市人民会堂开幕。大会执行主席李明远主持开幕会。\n\n"
            "2月7日，政协青山市第九届委员会第三次会议在市会议中心闭幕。\n\n市政协主席王志刚主持闭幕会并讲话。")
    rels = rels_of(text)
    cppcc = "政协青山市第九届委员会第三次会议"
    assert {("王志刚", "主持", cppcc), ("王志刚", "讲话", cppcc)} <= rels
    assert not any(h == "王志刚" and ("人大" in t or "人民代表大会" in t) for h, r, t in rels)


def test_a_centre_or_a_committees_hall_an_event_is_held_in_is_its_venue(rels_of):
    rels = rels_of("2月9日，政协青山市第九届委员会第二次会议在青山文化交流中心顺利闭幕。")
    assert ("政协青山市第九届委员会第二次会议", "位于", "青山文化交流中心") in rels
    rels = rels_of("3月2日，青山市第十六届人民代表大会常务委员会第九次会议在市人大常委会会议厅召开。")
    assert ("青山市第十六届人民代表大会常务委员会第九次会议", "位于", "市人大常委会会议厅") in rels
    # the county's own service centre an event is held in; the same centre before a post is the organ
    rels = rels_of("9月3日，青山县秋季招商项目签约活动在县行政服务中心举行。")
    assert ("青山县秋季招商项目签约活动", "位于", "县行政服务中心") in rels
    assert ("王刚", "任职", "市政务服务中心主任") in rels_of("市政务服务中心主任王刚介绍了情况。")


def test_a_person_opening_the_sentence_chairs_what_its_last_clause_convenes(rels_of):
    rels = rels_of("青山市青年创业大会开幕。次日上午，李明远来到青年创业园，看望园区企业负责人，并主持召开青年企业家座谈会。")
    assert ("李明远", "主持", "青年企业家座谈会") in rels


def test_a_firm_that_states_its_sum_builds_the_project(rels_of):
    rels = rels_of("温州青岩电子有限公司拟在遂川投资5亿元建设柔性线路板生产项目。")
    assert {("温州青岩电子有限公司", "实施", "柔性线路板生产项目"), ("柔性线路板生产项目", "位于", "遂川")} <= rels
    rels = rels_of("杭州云帆机器人有限公司与九江市人民政府签约，计划投资12亿元建设云帆协作机器人整机项目。")
    assert ("杭州云帆机器人有限公司", "实施", "云帆协作机器人整机项目") in rels
    rels = rels_of("其中，苏州恒远精工有限公司将投资9亿元，在横塘工业园建设恒远精密轴承制造基地项目，达产后年产值15亿元。")
    assert {("苏州恒远精工有限公司", "实施", "恒远精密轴承制造基地项目"),
            ("恒远精密轴承制造基地项目", "位于", "横塘工业园")} <= rels
    rels = rels_of("安徽青禾精密仪器有限公司将在怀远投资6亿元，建设青禾智能传感器产业园；")
    assert ("安徽青禾精密仪器有限公司", "实施", "青禾智能传感器产业园") in rels
    # a firm set up, then the project: no sum of its own, no builder read from it
    rels = rels_of("某集团投资2亿美元，在开发区设立青山精工有限公司，建设精密模具研发基地项目。")
    assert ("青山精工有限公司", "实施", "精密模具研发基地项目") not in rels


def test_a_firm_written_short_by_its_name_and_a_longer_trade_word_builds_the_project(rels_of):
    text = ("平阴县与泰安石青新能源科技有限公司签订协议。"
            "根据协议，石青新能源将投资6亿元建设平阴县工业园屋顶光伏项目。")
    assert ("石青新能源", "实施", "平阴县工业园屋顶光伏项目") in rels_of(text)


def test_both_parties_of_a_signing_build_what_they_build_jointly(rels_of):
    rels = rels_of("上海青田冷链物流有限公司与东平县农业投资集团有限公司签约，双方将合资建设鲁西果蔬冷链分拨中心项目。")
    assert {("上海青田冷链物流有限公司", "实施", "鲁西果蔬冷链分拨中心项目"),
            ("东平县农业投资集团有限公司", "实施", "鲁西果蔬冷链分拨中心项目")} <= rels
