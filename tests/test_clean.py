"""Cleaning: one test per kind of PDF-extraction damage, offsets back to the raw text, a property test
and checks over the real corpus when it is there. Fixture text is invented in the same genre."""
from __future__ import annotations

import glob
import os
import time

import pytest

from kg.clean import clean_text
from kg.clean_layout import undouble
from kg import textrules as tr

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")
CORPUS = "/work/shared/corpus"
_FW = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）", '"': "“”"}


def same_char(raw_c: str, c: str) -> bool:
    """Does cleaned character c come from raw character raw_c (modulo the cleaner's normalisation)?"""
    if raw_c == c:
        return True
    if raw_c.isspace() and c.isspace():
        return True
    if c in _FW.get(raw_c, ""):
        return True
    return 0xFF01 <= ord(raw_c) <= 0xFF5E and chr(ord(raw_c) - 0xFEE0) == c


def check_offsets(raw: str) -> None:
    cleaned = clean_text(raw)
    assert len(cleaned.origin) == len(cleaned.text)
    for i, (c, o) in enumerate(zip(cleaned.text, cleaned.origin)):
        assert 0 <= o < len(raw), (i, o)
        assert same_char(raw[o], c), (i, c, raw[o], raw[max(0, o - 10):o + 10])
        if i:
            assert o >= cleaned.origin[i - 1], (i, c)


def read(name: str) -> str:
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        return f.read()


# ------------------------------------------------------------------------------------ damage, one by one


def test_lines_wrapped_every_few_characters_are_rejoined():
    raw = ("本报讯 全市秋粮收购工作会议昨日召\n\n开，会议要求各地做好中\n\n小企业和种粮大户的服务工\n\n"
           "作，以陆\n\n明远同志为组长的领导小组将\n\n定期督查，确保收购资金按时足\n\n额到位，让农民卖上放心粮。\n\n"
           "会议还通报了上半年粮食生产情况\n\n和下一步重点工作安排。")
    text = clean_text(raw).text
    assert "中小企业" in text and "陆明远" in text
    assert text.split("\n") == [
        "本报讯全市秋粮收购工作会议昨日召开，会议要求各地做好中小企业和种粮大户的服务工作，以陆明远同志为组长的"
        "领导小组将定期督查，确保收购资金按时足额到位，让农民卖上放心粮。",
        "会议还通报了上半年粮食生产情况和下一步重点工作安排。",
    ]


def test_a_number_cut_by_the_wrap_is_joined_but_numbers_on_their_own_lines_stay_apart():
    raw = ("6月3日，县委书记王海东主持召开东河县委常委会2\n025年第9次会议，听取秋粮收购和农村公路\n"
           "建设情况汇报，研究部署下一步工\n作。")
    assert "东河县委常委会2025年第9次会议" in clean_text(raw).text
    table = "2023\n2024\n年份对比"
    assert "20232024" not in clean_text(table).text


def test_real_paragraph_breaks_are_kept():
    raw = ("青禾市今年新建改建农村公路一百\n\n二十公里，惠及沿线群众三万余人。\n\n目前已经通车。\n\n"
           "下一步，该市将继续加大投入力度，\n\n推动农村公路提档升级。")
    assert clean_text(raw).text.split("\n") == [
        "青禾市今年新建改建农村公路一百二十公里，惠及沿线群众三万余人。目前已经通车。",
        "下一步，该市将继续加大投入力度，推动农村公路提档升级。",
    ]


def test_wrap_space_inside_words_is_removed():
    raw = "全年完成年度任 务,新开工项目 46个,完成投资 128亿元,为全 市经济平稳运行提供了有力支撑。"
    assert clean_text(raw).text == "全年完成年度任务，新开工项目46个，完成投资128亿元，为全市经济平稳运行提供了有力支撑。"


def test_headline_doubled_by_bold_rendering_is_printed_once():
    raw = "云岭县云岭县：：春耕春耕正当时正当时\n\n陆明远陆明远《《在全市大会在全市大会2020周年周年\n\n““加油干加油干、、\n增收忙增收忙””"
    lines = clean_text(raw).text.split("\n")
    assert lines[0] == "云岭县：春耕正当时"
    assert lines[1] == "陆明远《在全市大会20周年"
    assert lines[2] == "“加油干、增收忙”"


def test_accidental_repeats_are_not_undoubled():
    assert undouble("谢谢谢谢") is None
    assert undouble("天天") is None
    assert undouble("天天向上好好学习，人人有责") is None
    raw = "他连声说谢谢谢谢，大家天天都来帮忙。"
    assert clean_text(raw).text == raw


def test_characters_spaced_out_by_justification_are_joined():
    raw = "新华社北京5月3日电 中 共 中 央 总 书 记 、国 家 主 席 陆明远在 云 岭 县 考 察 ，县 长 石 磊 陪 同 。"
    assert clean_text(raw).text == "新华社北京5月3日电中共中央总书记、国家主席陆明远在云岭县考察，县长石磊陪同。"


def test_byline_names_stay_apart_and_spaced_names_are_joined():
    raw = ("本报讯（记者 罗晓岚 米禾） 3月 8日，会议召开。\n"
           "本报记者 冯 青 竹\n"
           "本报云岭讯（记者 罗晓岚 通讯员 石 磊） 日前，全县春耕工作全面展开。")
    assert clean_text(raw).text.split("\n") == [
        "本报讯（记者 罗晓岚 米禾）3月8日，会议召开。",
        "本报记者 冯青竹",
        "本报云岭讯（记者 罗晓岚 通讯员 石磊）日前，全县春耕工作全面展开。",
    ]


def test_ascii_punctuation_next_to_chinese_becomes_full_width():
    raw = '会议强调,要深化"放管服"改革(试点),推动"一网通办"!投资1,000万元,增长3.5%,时间12:30;是否落实?'
    assert clean_text(raw).text == (
        "会议强调，要深化“放管服”改革（试点），推动“一网通办”！投资1,000万元，增长3.5%，时间12:30；是否落实？")


def test_markdown_markers_are_dropped():
    raw = "## 青禾日报·要闻\n\n**记者：**今年有哪些新举措？\n\n**陆明远：**我们将重点抓好三件事。"
    assert clean_text(raw).text.split("\n") == ["青禾日报·要闻", "记者：今年有哪些新举措？", "陆明远：我们将重点抓好三件事。"]


def test_page_furniture_is_removed():
    raw = ("如今的村容村貌焕然一新。 （下转第三版）\n\n(上接一版)全村已实现稳定增收。\n\n更多报道见今日五版\n\n"
           "（见今日二版）\n\n12\n\n田间地头忙春耕。 本报记者 米禾 摄一台台农机驶入田间。\n\n石磊 摄\n\n"
           "——“乡村振兴在行动”蹲点调研之三")
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n") == [
        "如今的村容村貌焕然一新。",
        "全村已实现稳定增收。",
        "田间地头忙春耕。一台台农机驶入田间。",
        "——“乡村振兴在行动”蹲点调研之三",
    ]
    kinds = [k for _, _, k, _ in cleaned.removed]
    assert kinds.count("continued") == 4 and kinds.count("photo") == 2 and kinds.count("page") == 1


def test_words_with_photo_are_not_credits():
    raw = "村民们忙着拍摄视频，摄影爱好者也来了。"
    assert clean_text(raw).text == raw


def test_clean_article_comes_through_unchanged():
    raw = ("青禾市召开优化营商环境大会\n"
           "本报讯（记者 罗晓岚）4月2日上午，青禾市优化营商环境大会召开。市委书记陆明远出席会议并讲话。\n"
           "会议强调，要持续深化“放管服”改革，推动更多事项“一网通办”，让企业办事更省心！\n"
           "会议以视频形式开到各县区。")
    assert clean_text(raw).text == raw


def test_a_lone_character_between_two_byline_names_goes_to_one_of_them():
    # a surname opens the given name after it; any other character ends the name before it (a line wrap)
    raw = "本报讯（通讯员 韦林 黄 晓燕）5月8日，会议召开。\n本报讯（记者 欧阳 骞 陶然）5月8日，会议召开。"
    assert clean_text(raw).text.split("\n") == ["本报讯（通讯员 韦林 黄晓燕）5月8日，会议召开。",
                                               "本报讯（记者 欧阳骞 陶然）5月8日，会议召开。"]


def test_normalisation_of_width_and_odd_spaces():
    raw = "\u3000\u3000全市新增就业１２３０人，ＧＤＰ增长５％。\r\n\xa0会议结束。"
    assert clean_text(raw).text == "全市新增就业1230人，GDP增长5%。\n会议结束。"


def test_offsets_point_back_to_the_raw_characters():
    for name in ("page_wrapped.txt", "page_paragraphs.md", "report.txt"):
        check_offsets(read(name))


def test_to_raw_maps_a_span():
    raw = "本报讯 全市春耕工\n\n作全面展开。"
    cleaned = clean_text(raw)
    start = cleaned.text.index("春耕工作")
    s, e = cleaned.to_raw(start, start + 4)
    assert raw[s:e] == "春耕工\n\n作"


def test_a_megabyte_is_cleaned_quickly():
    raw = read("page_wrapped.txt") + "\n\n" + read("report.txt") + "\n\n"
    big = raw * (1_000_000 // len(raw.encode()) + 1)
    t = time.process_time()
    cleaned = clean_text(big)
    assert time.process_time() - t < 2.5          # about 0.5 s here; generous for a loaded CI machine
    assert len(cleaned.origin) == len(cleaned.text)


# ------------------------------------------------------------------------------------------- properties

try:
    from hypothesis import given, settings, strategies as st
except ImportError:                              # the damage tests above still run without hypothesis
    given = None


if given is None:
    def test_property_tests_need_hypothesis():
        pytest.skip("hypothesis is not installed (pip install hypothesis)")
else:
    _ALPHABET = st.sampled_from(list("本报讯记者云岭县陆明远摄版下转第一二三，。、：；！？“”（）《》——…"
                                     ",.;:!?\"()# *-0123456789abcAB １２Ａ\u3000\xa0\t\r\n\n\n  "))

    @settings(max_examples=300, deadline=None)
    @given(st.text(_ALPHABET, max_size=300) | st.text(max_size=200))
    def test_any_text_cleans_without_error_and_keeps_offsets(raw):
        cleaned = clean_text(raw)
        assert len(cleaned.origin) == len(cleaned.text)
        assert all(0 <= o < len(raw) for o in cleaned.origin)
        assert all(a <= b for a, b in zip(cleaned.origin, cleaned.origin[1:]))
        assert "\n\n" not in cleaned.text and not cleaned.text.startswith("\n")

    @settings(max_examples=100, deadline=None)
    @given(st.text(_ALPHABET, max_size=300))
    def test_every_cleaned_character_comes_from_its_raw_character(raw):
        check_offsets(raw)


# ------------------------------------------------------------------------------------------- real corpus

corpus_files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
needs_corpus = pytest.mark.skipif(not corpus_files, reason=f"no corpus at {CORPUS}")


def corpus(prefix: str) -> str:
    path = next(p for p in corpus_files if os.path.basename(p).startswith(prefix))
    with open(path, encoding="utf-8") as f:
        return f.read()


@needs_corpus
@pytest.mark.parametrize("path", corpus_files, ids=os.path.basename)
def test_corpus_has_no_line_break_inside_a_sentence(path):
    with open(path, encoding="utf-8") as f:
        lines = clean_text(f.read()).text.split("\n")
    for line, nxt in zip(lines, lines[1:] + [""]):
        ok = (tr.ends_sentence(line) or tr.headline_like(line) or tr.byline_line(line) or line.endswith("……")
              or tr.starts_block(nxt)              # a column that stops mid-sentence before a list heading
              or bool(tr.ROLE_GROUP_RE.search(line[-20:])))
        assert ok, line[-40:]


@needs_corpus
def test_corpus_000_names_and_headline_come_out_whole():
    text = clean_text(corpus("000")).text
    assert "习近平同志" in text and "中共中央总书记" in text and "习近平总书记" in text
    assert "格尔木：征程万里风正劲" in text and "格尔木格尔木" not in text
    assert text.count("征程万里风正劲") == 1
    assert "本报记者 刘伟" in text and "（记者 花木嵯 钟倩）" in text and "（记者 陈俊 通讯员 吴楠）" in text
    for line in text.split("\n"):               # spaces are left only between names or headline phrases
        if " " in line:
            assert tr.byline_line(line) or tr.headline_like(line) or tr.ROLE_GROUP_RE.search(line), line


@needs_corpus
@pytest.mark.parametrize("path", corpus_files, ids=os.path.basename)
def test_corpus_offsets(path):
    with open(path, encoding="utf-8") as f:
        check_offsets(f.read())


def test_a_list_of_names_wrapped_inside_a_name_is_joined():
    """PDF lines cut a rostrum list inside a name: 于慧|敏、 and 权|海军 and 买买提江·|阿不都热依木."""
    assert clean_text("大会执行主席韩立栋、崔明浩、于慧\n敏、姜立群在主席台前排就座。\n").text == \
        "大会执行主席韩立栋、崔明浩、于慧敏、姜立群在主席台前排就座。"
    assert clean_text("市领导祝海鹏、弥冬梅、权\n海军、师晓峰在主席台就座。\n").text == \
        "市领导祝海鹏、弥冬梅、权海军、师晓峰在主席台就座。"
    assert clean_text("州领导买买提江·\n阿不都热依木、刘振军出席。\n").text == "州领导买买提江·阿不都热依木、刘振军出席。"
    assert clean_text("省委召开常委会\n李强、王刚出席\n").text == "省委召开常委会\n李强、王刚出席"     # a headline stays
    # the wrap cut the last name before what the list does, or fell between the list and it
    assert clean_text("大会执行主席韩立栋、崔明浩、姜\n立群在主席台前排就座。\n").text == \
        "大会执行主席韩立栋、崔明浩、姜立群在主席台前排就座。"
    assert clean_text("市领导韩立栋、崔明浩、马 立、买买提·艾力\n在主席台就座。\n").text == \
        "市领导韩立栋、崔明浩、马立、买买提·艾力在主席台就座。"


def test_a_name_wrapped_right_after_its_title_is_joined():
    """省长刘某|某代表…: the wrap cut the name after a short line that otherwise looks like a headline."""
    assert clean_text("市委副书记、代市长韩立\n岩代表市人民政府作说明。\n").text == "市委副书记、代市长韩立岩代表市人民政府作说明。"
    assert clean_text("某某装备有限公司董事长宋立\n军作为企业代表发言。\n").text == "某某装备有限公司董事长宋立军作为企业代表发言。"
    assert clean_text("专访县长李明\n在乡村振兴一线\n").text == "专访县长李明\n在乡村振兴一线"     # a headline stays
    # the wrap cut the first name of a list (副州长彭海|宁、…): the 、 after the rest of it joins the lines
    assert clean_text("副州长彭海\n宁、欧阳启明,州政府秘书长陶丽出席。\n").text == "副州长彭海宁、欧阳启明，州政府秘书长陶丽出席。"


def test_a_running_head_that_cuts_a_list_is_removed_and_one_between_paragraphs_stays():
    text = ("省领导高远航、孟繁举、吴敬、\n———————— 青禾日报 2024年1月25日 星期四 第2版 ————————\n杜长青在主席台就座。\n"
            "会议于2024年1月25日在长春召开。\n2024年1月27日 星期六 青禾日报 1\n下一段。\n")
    cleaned = clean_text(text).text
    assert "省领导高远航、孟繁举、吴敬、杜长青在主席台就座。" in cleaned
    assert "会议于2024年1月25日在长春召开。" in cleaned          # a date inside a sentence is text
    assert "青禾日报 1" in cleaned or "青禾日报1" in cleaned   # between paragraphs: kept, with the paper's name


def test_a_source_line_under_the_headline_stays_its_own_line():
    raw = ("青山县委常委会召开会议 县政府召开第十二次常务会议\n来源：青山日报　通讯员 王建国 李明华\n\n"
           "3月8日上午，青山县委书记王海东主持召开县委常委会会议。\n")
    lines = clean_text(raw).text.splitlines()
    assert lines[0] == "青山县委常委会召开会议 县政府召开第十二次常务会议"
    assert lines[1].startswith("来源：青山日报") and "王建国 李明华" in lines[1]


def test_a_running_head_with_full_width_spaces_and_the_page_editor():
    from kg.clean import is_running_head
    assert is_running_head("东河日报　2025年2月19日　星期三　第2版　责任编辑：王 蕾")
    assert is_running_head("东河日报　2025年1月21日　星期二　要闻")
    assert not is_running_head("2025年1月21日，省长王海东主持召开会议")
    assert not is_running_head("东河日报　2025年2月19日　责任编辑王蕾表示要加快项目建设")


def test_a_running_head_with_a_lettered_page_that_cuts_a_list():
    # papers print their pages in lettered sections (A2, B3): the page's code is part of the head
    raw = "市领导高启明、吴思远、\nA2　要闻　2025年3月6日　星期四　责编：林晓\n钱立新出席会议。\n"
    assert "".join(clean_text(raw).text.split()) == "市领导高启明、吴思远、钱立新出席会议。"
    from kg.clean import is_running_head
    assert not is_running_head("A2 2025年3月6日 开工项目12个")


def test_a_line_that_ends_with_a_title_joins_the_name_on_the_next():
    raw = "会议开幕。\n\n县委书记\n李文华，县委副书记、县长赵\n明远，县人大常委会主任孙国强等到会祝贺。\n"
    assert "县委书记李文华，县委副书记、县长赵明远，" in clean_text(raw).text


def test_a_photo_caption_that_cuts_a_list_is_taken_out():
    raw = ("出席会议的有县领导孙海波、钱立群、\n青禾晚报 2026年3月4日 星期三 第2版\n郑秋云、\n\n"
           "▲3月3日，县政协十一届五次会议开幕。\n\n何永年、魏书琴。\n\n▲图为大会现场。\n\n会议听取了报告。\n")
    cleaned = clean_text(raw)
    assert "县领导孙海波、钱立群、郑秋云、何永年、魏书琴。" in cleaned.text
    assert "▲图为大会现场。" in cleaned.text                   # between paragraphs a caption stays
    assert [r[2] for r in cleaned.removed].count("caption") == 1


def test_a_running_head_printed_over_several_lines_that_cuts_a_name_is_removed():
    raw = ("会议传达了省委全会精神。省人大常委会副\n\n主任罗\n\n青禾日报\n2026年3月4日 星期三\n3\n要闻\n\n"
           "成通报了有关情况，副主任李平、\n\n青禾日报\n2026年3月4日 星期三\n第3版 要闻\n\n韩守正出席。\n")
    cleaned = clean_text(raw)
    assert "省人大常委会副主任罗成通报了有关情况，副主任李平、韩守正出席。" in cleaned.text
    assert [r[2] for r in cleaned.removed].count("page") == 2
    # a short line of text next to a date is no part of a head: 2026年3月4日 星期三 alone goes, the rest stays
    kept = clean_text("会议认为，\n\n今年以来\n2026年3月4日 星期三\n全市经济稳中有进。\n").text
    assert "今年以来" in kept


def test_a_signature_line_cut_inside_the_name_is_joined():
    """州长　杨|措吉: a report's signature line cut inside the name; the rest of the name is all of the next line."""
    raw = "政府工作报告\n——2025年1月9日在青川县第十二届人民代表大会第五次会议上\n县长　杨\n措吉\n各位代表：\n现在，我代表县人民政府报告工作。\n"
    assert "\n县长杨措吉\n各位代表" in clean_text(raw).text


def test_a_title_cut_in_two_before_its_holders_name_is_joined():
    """副省|长张某某，: the wrap cut the title itself; the short line is no headline of a new article."""
    assert clean_text("会议还听取了报告。\n副省\n长张海峰，省高级人民法院院长罗明列席会议。\n").text == \
        "会议还听取了报告。\n副省长张海峰，省高级人民法院院长罗明列席会议。"
    assert clean_text("湖南省\n长沙市召开大会\n").text == "湖南省\n长沙市召开大会"     # a place, then a headline


def test_a_long_line_cut_mid_name_in_a_page_of_blank_line_paragraphs_joins_the_next():
    raw = ("东河县召开重点项目推进会\n本报讯（记者 王海）5月8日，推进会召开。\n\n"
           "落户东河经济开发区的锦峰特钢年产50万吨高性能特种钢板项目由东河锦峰特\n钢有限公司投资建设，总投资56亿元。\n\n"
           "县长李明在会上讲话。\n")
    lines = clean_text(raw).text.split("\n")
    assert "落户东河经济开发区的锦峰特钢年产50万吨高性能特种钢板项目由东河锦峰特钢有限公司投资建设，总投资56亿元。" in lines
    assert lines[0] == "东河县召开重点项目推进会"             # a headline over its lead stays apart


def test_a_sessions_chinese_number_cut_by_the_wrap_is_joined():
    raw = ("报告提出了明年的工作重点。\n\n"
           "市政协副主席尹超作关于市政协七届三\n次会议以来委员履职情况的报告。报告显示，委员们提交建议412件。\n\n"
           "二〇二五年工作要点\n第三部分")
    text = clean_text(raw).text
    assert "作关于市政协七届三次会议以来委员履职情况的报告" in text
    assert "二〇二五年工作要点\n第三部分" in text           # a heading and the next line stay apart



def test_a_number_the_wrap_cut_where_the_extractor_spaced_digits_is_whole_again():
    """3 月 17 日，青溪市 202|5 年一季度…: the extractor set spaces around the digits; the wrap still cut one
    number, and the year (and the event's name it opens) is whole again, with no space inside."""
    raw = ("本报记者 王翊\n"
           "3 月 17 日，青溪市 202\n"
           "5 年一季度重大项目集中开工\n"
           "活动在翊丰区举行，全市 3\n"
           "8 个项目同步开工，总投资 2\n"
           "15 亿元。")
    text = clean_text(raw).text
    assert "青溪市2025年一季度重大项目集中开工活动在翊丰区举行，全市38个项目同步开工，总投资215亿元。" in text

def test_a_sentences_last_characters_alone_on_a_line_end_the_line_before():
    raw = ("会议气氛庄重热烈。\n\n大会执行主席乔砚舟、单柏宁、尹超、翊丰、澄曜、泾源、云梦在主席台前排就\n座。\n\n"
           "其他市级领导在主席台就座。")
    assert clean_text(raw).text.split("\n") == [
        "会议气氛庄重热烈。", "大会执行主席乔砚舟、单柏宁、尹超、翊丰、澄曜、泾源、云梦在主席台前排就座。",
        "其他市级领导在主席台就座。"]


def test_a_running_head_whose_credits_run_together_is_removed_whole():
    raw = "固原市召开重点项目推进会。市长尹超主持\n2024年5月8日 星期三 要闻 3 责任编辑：王蕾校对：陈亮\n会议并讲话。\n"
    assert "".join(clean_text(raw).text.split()) == "固原市召开重点项目推进会。市长尹超主持会议并讲话。"
    from kg.clean import PAGE_EDITOR
    assert [m.group("name") for m in PAGE_EDITOR.finditer("责任编辑：王蕾校对：陈亮")] == ["王蕾", "陈亮"]


def test_a_line_cut_inside_a_firms_legal_form_is_no_headline():
    raw = ("本报讯 4月8日，固原市重点项目集中开工活动在原州区举行。主会场开工的项目包括：\n"
           "（二）固原翊丰储能科技有\n限公司10GWh储能电池项目，落户原州区香水镇；\n")
    assert "有限公司10GWh" in clean_text(raw).text
    from kg.articles import split_articles
    assert len(split_articles(clean_text(raw))) == 1


def test_a_name_wrapped_after_its_title_joins_before_where_it_speaks():
    raw = ("市委书记乔砚舟宣布开工。\n企业代表、固原翊丰新材料有限公司总经理\n闵远舟在仪式上发言。他说，公司将科学组织施工。\n")
    assert "总经理闵远舟在仪式上发言" in clean_text(raw).text


def test_a_column_rule_between_paragraphs_is_removed_and_a_subtitle_kept():
    """A line drawn with dashes or box lines is furniture: the paragraph after it opens on its first word (the
    rules that read 某某在主持会议时要求 look for the name there); a subtitle (——某某侧记) stays."""
    raw = ("副省长乔砚舟主持会议，省领导单柏宁出席会议。\n—————————————————\n"
           "乔砚舟在主持会议时要求，各地要把会议精神落到实处。\n━━━━━━━━\n——固原市重点项目建设侧记\n")
    cleaned = clean_text(raw)
    lines = cleaned.text.split("\n")
    assert "乔砚舟在主持会议时要求，各地要把会议精神落到实处。" in lines
    assert "——固原市重点项目建设侧记" in lines
    assert not any(set(line) <= set("—━ ") and line for line in lines)
    assert [kind for _, _, kind, _ in cleaned.removed] == ["rule", "rule"]


def test_a_short_middle_line_of_an_uneven_wrap_goes_on_with_the_open_sentence():
    # lines of uneven width: the short middle one, with no mark in it, looks like a headline on its own
    raw = ("青溪日报          2025年4月2日\n\n"
           "本报讯(记者 王翊)4月1日,青溪县2025年二季\n"
           "度重点项目集中开工活动在青溪县翊丰经济技术开发区\n"
           "举行,18个项目总投资82亿元,涵盖循环经济、高端装\n"
           "备等领域。县委书记李\n"
           "青禾宣布项目开工,县长王\n"
           "翊致辞。\n"
           "（记者 王 翊）\n"
           "翊丰镇新建农贸市场投用\n"
           "近日，翊丰镇新建农贸市场正式投用。")
    lines = clean_text(raw).text.split("\n")
    assert any("青溪县2025年二季度重点项目集中开工活动在青溪县翊丰经济技术开发区举行，18个项目" in x for x in lines)
    # a credit in brackets still ends its paragraph, and the next article's headline stays its own line
    assert "翊丰镇新建农贸市场投用" in lines


def test_the_page_editors_credit_line_is_not_joined_to_the_headline_under_it():
    """责任编辑：某某　美编：某某, then a headline printed over short lines in a page of blank-line paragraphs: the
    credits stay a line of their own, so the last name does not run into the headline."""
    body = ("本报讯（记者 周禾 李青\n\n禾）11月18日，青溪县第十四\n\n届人民代表大会常务委员会第十二\n\n次会议在青溪闭幕。县人大常委\n\n"
            "会主任李青禾主持闭幕会并讲话。\n\n县人大常委会副主任王翊丰、周\n\n青出席会议。副县长赵翊，县监\n\n委负责同志列席会议。")
    raw = ("2024年11月19日\u3000星期二\n\n青溪日报\n\n3\n\n要闻·综合\n\n责任编辑：王翊\u3000\u3000美编：李想\n\n"
           "县十四届人大常委会第十二次会议闭幕\n\n李青禾主持并讲话\n\n" + body)
    lines = clean_text(raw).text.split("\n")
    assert not any("李想县" in x for x in lines)
    assert any(x.endswith("美编：李想") for x in lines)



@pytest.mark.parametrize("byline", ["■青溪商报记者 王翊", "青溪日报记者 王翊 李青禾", "□记者 王 翊　通讯员 李青禾　报道"])
def test_a_byline_with_a_mark_or_its_papers_name_is_no_headline_over_the_body(byline):
    """A byline line may open with a mark (■, □) or name its paper and end with 报道: still a byline, so the
    full column line under it, cut inside a meeting's name, joins the next line instead of standing as a
    headline."""
    raw = ("县委十五届九次全会召开\n" + byline + "\n"
           "中国共产党青溪县第十五届委员会第九次\n"
           "全体会议7月29日在翊丰山庄召开。全会由县委常\n"
           "委会主持。县委副书记、县长李青禾主持会议。\n"
           "县委书记王翊丰作讲话。县委常委，县委委员、候补\n"
           "委员出席会议。县人大常委会主任周禾等县领导在\n"
           "主席台就座。县纪委委员列席会议。")
    lines = clean_text(raw).text.split("\n")
    assert any(x.startswith("中国共产党青溪县第十五届委员会第九次全体会议7月29日") for x in lines), lines
    people = tr.byline_line(byline)
    assert people and all(p.name in ("王翊", "李青禾") for p in people)
    assert [p.role for p in people][:1] == ["记者"]


def test_a_full_column_line_under_a_short_heading_goes_on_into_the_next_line():
    """◆某县 heads a county's projects; the full column line under it, cut inside a place's name, is the start
    of a sentence, not the second line of a headline."""
    raw = ("青溪市重大项目集中开工\n"
           "10月16日，青溪市2024年第四季度重大项目集中开工仪式在青溪高新区主会场举行。\n"
           "◆翊丰县\n"
           "翊丰县智慧物流园项目位于翊丰县青石街\n"
           "道，由青溪湘南物流集团有限公司投资建\n"
           "设，建成后将服务周边三市物流企业发展\n"
           "。\n"
           "◆东岭市\n"
           "东岭市再生铝循环利用项目落户东岭市东\n"
           "河经济开发区，总投资12亿元，建成后\n"
           "年可回收处理废旧铝材15万吨以上规模。")
    lines = clean_text(raw).text.split("\n")
    assert "◆翊丰县" in lines and "◆东岭市" in lines
    assert any(x.startswith("翊丰县智慧物流园项目位于翊丰县青石街道，") for x in lines), lines
    assert any(x.startswith("东岭市再生铝循环利用项目落户东岭市东河经济开发区，") for x in lines), lines

TABLE = ("部分重点项目如下：\n"
         "序号\t项目名称\t建设地点\t总投资（亿元）\t建设单位\n"
         "1\t翊丰锂能年产10万吨磷酸铁锂项目\t青溪经开区\t45\t青溪翊丰锂能科技有限公司\n"
         "2\t南河青溪段综合治理工程\t青溪区、翊丰县\t18.5\t青溪市水利投资有限公司\n"
         "会议要求，各地加快项目建设。")


def test_a_table_of_projects_is_read_row_by_row_as_sentences():
    """序号 项目名称 建设地点 总投资 建设单位, cells set apart by tabs: each row reads as the sentence it means, and
    every character of it still points into the raw table (the separators' places for the words put in)."""
    cleaned = clean_text(TABLE)
    lines = cleaned.text.split("\n")
    assert "1．翊丰锂能年产10万吨磷酸铁锂项目，建设地点为青溪经开区，总投资（亿元）为45，" \
           "建设单位为青溪翊丰锂能科技有限公司。" in "".join(lines)
    assert "会议要求，各地加快项目建设。" in lines
    row = cleaned.text.index("南河青溪段")
    assert TABLE[cleaned.origin[row]:cleaned.origin[row] + 5] == "南河青溪段"
    # a line of spaced-out characters under no header is left alone
    assert clean_text("区 域 新 闻\n青溪县召开会议。").text.startswith("区域新闻")


def test_a_table_rows_site_and_builder_are_linked(nlp, rels_of):
    rels = rels_of(clean_text(TABLE).text)
    assert ("翊丰锂能年产10万吨磷酸铁锂项目", "位于", "青溪经开区") in rels
    assert ("青溪市水利投资有限公司", "实施", "南河青溪段综合治理工程") in rels
    assert {("南河青溪段综合治理工程", "位于", "青溪区"), ("南河青溪段综合治理工程", "位于", "翊丰县")} <= rels
