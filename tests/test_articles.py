"""Splitting cleaned pages into articles: headlines (before or after their bodies), bylines, dates,
full coverage of the cleaned text, offsets; plus the real corpus when it is there."""
from __future__ import annotations

import glob
import os

import pytest

from kg.articles import document_year, load_document, split_articles
from kg.clean import clean_text
from kg.document import Person

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")
CORPUS = "/work/shared/corpus"


def fixture(name: str) -> str:
    return os.path.join(FIXTURES, name)


def check_coverage(doc) -> None:
    """Every character of the cleaned text is in exactly one article (the newlines between paragraphs
    of different segments excepted), and offset_of maps article text back to the cleaned text."""
    text = doc.cleaned.text
    count = [0] * len(text)
    for a in doc.articles:
        assert a.text == "\n".join(text[s:e] for s, e in a.segments)
        for s, e in a.segments:
            for i in range(s, e):
                count[i] += 1
        for i, ch in enumerate(a.text):
            if ch != "\n":
                assert text[a.offset_of(i)] == ch
        for s, e in a.paragraphs:
            assert any(ss <= s and e <= se for ss, se in a.segments)
    for i, ch in enumerate(text):
        assert count[i] == 1 or (ch == "\n" and count[i] == 0), (i, ch, count[i])


def test_page_with_headlines_printed_after_their_bodies():
    doc = load_document(fixture("page_wrapped.txt"))
    check_coverage(doc)
    heads = [(a.headline, a.subheadline) for a in doc.articles]
    assert heads == [("全省春季农业生产暨水利建设工作推进会召开", "韩守正出席并讲话"),
                     ("云岭县：春耕正当时", ""),
                     ("加强农田水利建设意见发布", "")]
    first, second, third = doc.articles
    assert first.text.startswith("韩守正出席并讲话\n全省春季农业生产暨水利建设工作推进会召开\n本报讯（记者 罗晓岚 米禾）")
    assert first.reporters == [Person("罗晓岚", "记者"), Person("米禾", "记者")]
    assert first.byline == "本报讯（记者 罗晓岚 米禾）"
    assert first.date == "03-08"                   # no year anywhere in the page
    assert doc.cleaned.text[first.paragraphs[0][0]:].startswith("3月8日，全省春季农业生产")
    assert second.reporters[0] == Person("冯青竹", "记者")
    assert Person("米禾", "记者") in second.reporters   # the photo credit 本报记者 米禾 摄: the role as written
    assert "科技助力 春耕提速" in second.text           # a sub-headline stays inside its article
    assert third.byline == "新华社北京3月8日电" and third.date == "03-08" and third.reporters == []


def test_page_with_headlines_first_and_a_byline_at_the_end():
    doc = load_document(fixture("page_paragraphs.md"))
    check_coverage(doc)
    first, second = doc.articles
    assert first.headline == "青禾市召开优化营商环境大会"
    assert first.subheadline == "青禾日报·要闻 陆明远出席并讲话"
    assert first.reporters == [Person("罗晓岚", "记者")] and first.date == "04-02"
    assert "推动一批重点项目尽快落地见效" in first.text      # a line cut mid-sentence was joined
    # a new headline after a news item (本报讯) opens the next article even without a byline
    assert second.headline == "云岭县新建三所乡村学校"
    assert second.byline == "（记者 冯青竹）"
    assert Person("冯青竹", "记者") in second.reporters and Person("米禾", "摄影") in second.reporters
    last = second.paragraphs[-1]
    assert doc.cleaned.text[last[0]:last[1]].endswith("补齐农村教育短板。")  # the end byline is not body text


def test_government_report_is_one_article():
    doc = load_document(fixture("report.txt"))
    check_coverage(doc)
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.headline == "政府工作报告" and art.byline == "" and doc.year == 2023
    assert len(art.paragraphs) == 4


def test_dates_take_the_year_of_the_document(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("2021年春耕特刊\n\n云岭县召开春耕动员会\n\n本报讯（记者 石磊）2月26日，云岭县召开春耕动员会，"
                    "部署春耕生产工作。\n\n本报记者 米禾\n\n3月1日，白石镇的农机手们早早来到田间，检修农机具。",
                    encoding="utf-8")
    doc = load_document(str(path))
    assert doc.year == 2021
    assert [a.date for a in doc.articles] == ["2021-02-26", "2021-03-01"]


@pytest.mark.parametrize("text,year", [
    ("2020年青禾市政府工作报告\n各位代表：", 2020),
    ("青禾日报\n本报讯 2019年5月4日，青年节座谈会召开。去年即2018年，……", 2019),
    ("回顾2021年，展望2022年，2022年将更好。2021年的成绩来之不易。", 2022),
    ("没有年份的文字。", None),
])
def test_document_year(text, year):
    assert document_year(text) == year


def test_empty_text_has_no_articles():
    assert split_articles(clean_text("")) == []
    assert split_articles(clean_text(" \n\n ")) == []


def test_plain_text_without_structure_is_one_article():
    cleaned = clean_text("今天天气很好，我们去公园散步。\n公园里的花都开了。")
    arts = split_articles(cleaned)
    assert len(arts) == 1 and arts[0].headline == "" and arts[0].text == cleaned.text


def test_gbk_file_loads(tmp_path):
    path = tmp_path / "gbk.txt"
    with open(fixture("page_wrapped.txt"), encoding="utf-8") as f:
        path.write_bytes(f.read().encode("gbk"))
    doc = load_document(str(path))
    assert doc.raw.encoding == "gb18030" and len(doc.articles) == 3


# ------------------------------------------------------------------------------------------- real corpus

corpus_files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
needs_corpus = pytest.mark.skipif(not corpus_files, reason=f"no corpus at {CORPUS}")


def corpus_doc(prefix: str):
    return load_document(next(p for p in corpus_files if os.path.basename(p).startswith(prefix)))


@needs_corpus
@pytest.mark.parametrize("path", corpus_files, ids=os.path.basename)
def test_corpus_coverage(path):
    doc = load_document(path)
    assert doc.articles
    check_coverage(doc)


@needs_corpus
def test_corpus_000_headlines_follow_bodies():
    doc = corpus_doc("000")
    assert doc.year == 2020
    heads = [a.headline for a in doc.articles]
    assert heads[0] == "全省促进中小企业暨非公有制经济发展工作领导小组第三次视频会议召开"
    assert doc.articles[0].subheadline == "信长星主持会议并讲话"
    assert doc.articles[0].reporters == [Person("花木嵯", "记者"), Person("钟倩", "记者")]
    assert doc.articles[0].date == "2020-11-16"
    assert heads[1] == "格尔木：征程万里风正劲" and doc.articles[1].reporters[0] == Person("刘伟", "记者")
    assert doc.articles[2].byline.startswith("新华社")
    assert heads[4] == "全面掀起“苦干六十天、圆满收好官”新热潮"
    assert Person("吴楠", "通讯员") in doc.articles[4].reporters
    assert doc.articles[5].reporters == [Person("宋明慧", "记者"), Person("叶文娟", "记者"), Person("张蕴", "通讯员")]


@needs_corpus
def test_corpus_reports_are_single_articles():
    for prefix, headline in (("001", "2020年海西州政府工作报告"), ("003", "政府工作报告")):
        doc = corpus_doc(prefix)
        assert len(doc.articles) == 1 and doc.articles[0].headline == headline


@needs_corpus
def test_corpus_002_and_004_headlines_come_first():
    doc = corpus_doc("002")
    assert [a.headline for a in doc.articles] == [
        "共同绘就中国式现代化青海篇章的锦绣画卷", "罗东川看望省政协港澳委员并座谈交流", "多项指标领跑！西宁开发区经济答卷亮眼"]
    assert doc.articles[2].reporters[0] == Person("樊娅楠", "记者")
    doc = corpus_doc("004")
    assert [a.headline for a in doc.articles] == [
        "抢抓机遇 加力提速 推进工业经济高质量发展", "把社区建设成居民的“幸福港湾”", "社区治理的“幸福密码”",
        "黄河岸边 开启春耕第一犁"]


try:
    from hypothesis import given, settings, strategies as st
except ImportError:
    given = None

if given is not None:
    _LINES = st.lists(st.sampled_from([
        "本报讯（记者 罗晓岚）3月8日，全县春耕工作全面展开。", "本报记者 冯 青 竹", "云岭县：春耕正当时",
        "科技助力", "田间地头忙春耕。 本报记者 米禾 摄", "（下转第二版）", "会议要求，各地要压实粮食安全责",
        "任，确保不误农时。", "新华社北京3月8日电 国务院发布意见。", "（二）坚持民生优先。", "——蹲点调研之三",
        "", "县教育局负责人表示，将继续补齐短板。（记者 冯青竹）"]), max_size=40)

    @settings(max_examples=200, deadline=None)
    @given(_LINES, st.sampled_from(["\n", "\n\n"]))
    def test_any_page_splits_into_articles_covering_the_text(lines, sep):
        from kg.document import Document, RawDocument
        raw = sep.join(lines)
        cleaned = clean_text(raw)
        doc = Document(RawDocument("x.txt", "x.txt", raw, "utf-8"), cleaned, split_articles(cleaned))
        check_coverage(doc)


def test_a_dateline_with_place_and_date_opens_an_article(tmp_path):
    """本报某地3月5日讯: the dateline of the second item on a page (no blank-line layout cues needed)."""
    page = ("青禾市委全会在青禾召开\n本报青禾12月20日讯 中共青禾市委七届五次全会12月19日在青禾召开。市委书记陆明远作讲话。\n\n"
            "市委召开党外人士座谈会\n本报青禾12月20日讯（记者 冯青竹）12月20日下午，市委召开党外人士座谈会。陆明远主持会议。\n")
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    doc = load_document(str(path))
    check_coverage(doc)
    assert [a.headline for a in doc.articles] == ["青禾市委全会在青禾召开", "市委召开党外人士座谈会"]
    assert doc.articles[1].reporters == [Person("冯青竹", "记者")]


def test_a_dateline_ending_in_dian_opens_an_article_and_its_spaced_names_are_two_people():
    """本报某地某日电 (most provincial papers' dateline) opens the next item like 本报某地某日讯; four spaced-out
    single characters in a byline are two two-character names."""
    page = ("青禾市项目开工\n本报青禾12月20日电（记者 王 翊 李 青）12月19日，青禾市重点项目集中开工。\n"
            "东岭风电场并网\n本报东岭12月18日电（记者 冯青竹）近日，东岭风电场首批风机并网发电。\n"
            "桐林县召开项目推进会\n本报桐林12月17日电（记者 陆明远）12月17日，桐林县召开重点项目推进会。\n")
    arts = split_articles(clean_text(page))
    assert [a.headline for a in arts] == ["青禾市项目开工", "东岭风电场并网", "桐林县召开项目推进会"]
    assert arts[0].reporters == [Person("王翊", "记者"), Person("李青", "记者")]



def test_a_byline_line_naming_its_paper_gives_the_reporters_not_the_paper():
    """某某日报记者 某某 on its own line under the headline: the reporters are the names, the paper is no one."""
    page = ("青禾市召开项目推进会\n■青禾商报记者 王翊 李青禾\n"
            "12月19日，青禾市召开重点项目推进会，市长冯青竹主持会议并讲话。会议要求加快项目建设。\n")
    arts = split_articles(clean_text(page))
    assert arts[0].headline == "青禾市召开项目推进会"
    assert arts[0].reporters == [Person("王翊", "记者"), Person("李青禾", "记者")]


def test_a_headline_printed_after_its_body_on_a_headline_first_page_heads_that_article():
    """Headlines open their articles on this page, but the inspection's headline was printed below its body:
    it shares its words with that body's lead, not with the next item's, so it heads the inspection, and the
    next item (a brief told in its lead) takes no headline of a visit."""
    page = ("青禾市项目集中开工\n本报记者 冯青竹\n3月16日，青禾市一季度重大项目集中开工活动在翊丰区举行，"
            "市长王翊宣布开工。\n"
            "本报记者 李青禾\n3月15日，副市长周禾到东岭区调研特色文旅和绿色工业发展。"
            "周禾强调，要做强特色文旅，发展绿色工业。\n"
            "周禾在东岭区调研时强调做强特色文旅 发展绿色工业\n"
            "本报讯（记者 冯青竹）3月18日，2026青禾协同创新发展论坛在青禾举行。市科技局局长陆明远致辞。\n"
            "东岭湿地公园开园迎客\n本报记者 陆明远\n3月19日，东岭湿地公园完成提升改造后开园迎客。\n")
    arts = split_articles(clean_text(page))
    visit = next(a for a in arts if "调研特色文旅" in a.text)
    forum = next(a for a in arts if "协同创新发展论坛" in a.text)
    assert visit.headline.startswith("周禾在东岭区调研时强调")
    assert "调研时强调" not in forum.text
    assert arts[0].headline == "青禾市项目集中开工"

def test_a_line_broken_off_a_sentence_after_a_leads_item_opens_no_article():
    page = ("青禾市长在东岭调研\n本报东岭5月9日电（记者 冯青竹）5月7日至8日，青禾市市长陆明远到东岭调研。\n"
            "在达拉\n图旗，陆明远来到东岭新材料有限公司，了解项目进展。\n")
    arts = split_articles(clean_text(page))
    assert [a.headline for a in arts] == ["青禾市长在东岭调研"]


def test_a_running_head_between_paragraphs_neither_opens_an_article_nor_joins_a_headline():
    text = ("青禾日报 2024年5月9日 星期四 第3版 要闻\n东河市召开重点项目推进会\n本报记者 王海\n"
            "5月8日，东河市重点项目建设推进会召开。市委书记张建国主持会议。\n"
            "青禾日报 2024年5月9日 星期四 第3版 要闻\n"
            "会上，市发展改革委主任李明汇报了项目情况。\n图为会议现场。 记者 王海 摄\n")
    articles = split_articles(clean_text(text))
    assert len(articles) == 1                                  # the head mid-article does not start another
    assert articles[0].headline == "东河市召开重点项目推进会"    # the head at the top is not glued to the headline
    assert articles[0].date == "2024-05-08"
    assert "李明汇报了项目情况" in articles[0].text and "青禾日报" in articles[0].text


def test_a_running_head_with_a_long_section_name_between_paragraphs_opens_no_article():
    # a special issue's section (某县两会特刊) is longer than a section word; a weekday and a page vouch for the head
    text = ("东河县十届人大三次会议开幕\n本报讯（记者 王海）1月8日，东河县第十届人民代表大会第三次会议开幕。\n"
            "县委书记张建国在会上讲话。\n2025年1月9日 星期四 东河两会特刊 A3\n"
            "县人民法院院长李明、县人民检察院检察长赵青列席会议。\n")
    articles = split_articles(clean_text(text))
    assert len(articles) == 1 and "列席会议" in articles[0].text
    from kg.clean import is_running_head
    assert not is_running_head("2025年1月9日 东河县召开两会特刊 A3")       # no weekday: a section word of four at most


def test_a_short_item_before_a_running_head_keeps_its_headline():
    # the page's running head (full-width spaces, the page editor) stands between two headline-first items; the
    # first item is short, so its opening text must not run on into the next item's headline
    page = ("东河县政协十届五次会议开幕\n\n"
            "本报讯（记者 罗晓岚）2月18日，东河县政协十届五次会议开幕。县政协主席陆明远主持开幕会。\n\n"
            "东河日报　2025年2月19日　星期三　第2版　责任编辑：王 蕾\n\n"
            "云岭县举行新能源项目签约仪式\n\n"
            "本报讯（记者 冯青竹）2月17日，云岭县举行新能源项目签约仪式，3个项目集中签约。\n")
    arts = split_articles(clean_text(page))
    assert [a.headline for a in arts] == ["东河县政协十届五次会议开幕", "云岭县举行新能源项目签约仪式"]


def test_a_paper_named_in_a_running_head_cut_out_of_a_sentence_is_the_articles_outlet(tmp_path):
    raw = ("青禾县新材料产业园开工\n\n本报讯（记者 王平）3月6日，青禾县新材料产业园开工，主要生产电子浆料等产品，\n"
           "东河日报 2025年3月6日 星期四 A2 要闻 责编：林 晓\n产品远销日本、韩国。\n")
    cleaned = clean_text(raw)
    assert "产品，产品远销" in cleaned.text and "东河日报" not in cleaned.text
    [article] = split_articles(cleaned)
    assert article.outlets == ["东河日报"]
    assert Person("林晓", "责编") in article.reporters     # the page's editor, credited as in a head that stays
    # the record keeps the outlet as an organisation, with no span (its words are no longer in the text)
    import json

    from kg.cli import main
    page = tmp_path / "page.txt"
    page.write_text(raw, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(page), "-o", str(out)]) == 0
    [rec] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    [outlet] = [e for e in rec["entities"] if e["text"] == "东河日报"]
    assert outlet["type"] == "ORG" and outlet["mentions"] == []


def test_a_wrapped_line_on_what_the_meeting_did_is_no_headline():
    # 会议邀请某大学经济学|院教授…: the short line is a sentence the wrap cut (a headline names its event), so the
    # article runs on instead of a new one starting with no meeting of its own
    text = ("市政府党组理论学习中心组举行集体学习会\n"
            "本报讯（记者 罗晓岚）6月14日，市政府党组理论学习中心组集体学习会召开。市长陆明远主持会议。\n"
            "会议邀请东河大学经济学\n院教授冯青竹作专题辅导报告。\n")
    articles = split_articles(clean_text(text))
    assert len(articles) == 1 and "冯青竹作专题辅导报告" in articles[0].text


def test_a_running_head_whose_editor_has_no_colon_between_paragraphs_opens_no_article():
    raw = ("青禾县举行项目集中签约仪式\n\n本报讯（记者 王平）6月20日，青禾县项目集中签约仪式举行。县委书记李明主持。\n"
           "2025年6月21日 星期五 县域经济 3 责编 何 婷\n仪式上，县长张强致辞。\n")
    arts = split_articles(clean_text(raw))
    assert [a.headline for a in arts] == ["青禾县举行项目集中签约仪式"]
    raw = raw.replace("县委书记李明主持。", "县委书记李明主持，")      # a head that cuts a sentence: its editor credited
    [article] = split_articles(clean_text(raw))
    assert Person("何婷", "责编") in article.reporters


def test_a_role_written_between_two_byline_names_parts_them(tmp_path):
    """记者甲实习生乙 with no space: two reporters, each with the role written before them."""
    path = tmp_path / "page.txt"
    path.write_text("固原日报讯（记者尹超实习生单柏宁）3月6日上午，全市重点项目集中开工活动在原州区举行。\n",
                    encoding="utf-8")
    article = load_document(str(path)).articles[0]
    assert article.reporters == [Person("尹超", "记者"), Person("单柏宁", "实习生")]


def test_a_photo_credit_naming_its_paper_goes_whole_and_keeps_the_article():
    """某某日报记者 甲 摄 under a photo: the credit with its paper is furniture, its reporter keeps 记者 (no paper
    read as a person), and the paragraphs after it stay in the article."""
    text = ("东河市召开重点项目推进会\n本报讯（记者 王海）5月8日，东河市重点项目建设推进会召开。市委书记张建国主持会议。\n"
            "图为与会人员观摩项目现场。\n青禾日报记者　米禾　摄\n"
            "会上，市发展改革委主任李明汇报了项目情况。\n")
    cleaned = clean_text(text)
    assert "青禾日报记者" not in cleaned.text
    articles = split_articles(cleaned)
    assert len(articles) == 1 and "李明汇报了项目情况" in articles[0].text
    assert Person("米禾", "记者") in articles[0].reporters
    assert not any("日报" in p.name for p in articles[0].reporters)


def test_page_credits_with_their_spaces_squeezed_out_keep_each_name():
    """———— 本版编辑 韩 雪  校对 李 梅 ————: once the spaces are gone (本版编辑韩雪校对李梅), the next credit or the
    rule ends each name."""
    from kg.textrules import EDITOR_CREDIT, editor_name
    line = "————————本版编辑翊青校对李禾————————"
    assert [(m.group("role"), line[slice(*editor_name(m))]) for m in EDITOR_CREDIT.finditer(line)] == \
        [("编辑", "翊青"), ("校对", "李禾")]
    assert not list(EDITOR_CREDIT.finditer("要加强编辑校对工作。"))


def test_a_page_credit_for_a_dotted_name_keeps_the_whole_name():
    """编辑：某某·某某校对：某某: a name with its middle dot is one name, and the next credit still ends it."""
    from kg.textrules import EDITOR_CREDIT, editor_name
    line = "编辑：阿依翊丽·青禾江校对：李禾"
    assert [(m.group("role"), line[slice(*editor_name(m))]) for m in EDITOR_CREDIT.finditer(line)] == \
        [("编辑", "阿依翊丽·青禾江"), ("校对", "李禾")]
