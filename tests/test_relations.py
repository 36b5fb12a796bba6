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
