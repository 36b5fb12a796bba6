"""`kg report`: the corpus overview and dossiers, in Markdown and self-contained HTML, with charts and evidence."""
from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.stores.networkx_io import write_node_link
from kg.views.dossier import EntityNotFound, dossier_filename, dossier_report, find_entities
from kg.views.report import md_text, overview, render_html, render_markdown

SCRIPT = "<script>alert(1)</script>"
ATTR = '"onmouseover="x'
MDLINK = "[点我](javascript:alert(3))"
CHAIR = "省委副书记、省长张志明主持会议并讲话，副省长李华强出席会议。"
PNG = b"\x89PNG\r\n\x1a\n"


def small_graph() -> nx.MultiDiGraph:
    """Two meetings, a project, a company, and hostile names in names, aliases, titles and sentences."""
    g = nx.MultiDiGraph()

    def node(label, name, **attrs):
        nid = f"{label}:{name}"
        g.add_node(nid, label=label, name=name, aliases=attrs.pop("aliases", []), titles=attrs.pop("titles", []),
                   positions=attrs.pop("positions", []), mentions=attrs.pop("mentions", 1),
                   docs=attrs.pop("docs", ["d1.txt"]), merge_reasons=attrs.pop("merge_reasons", []))
        return nid

    def edge(u, v, rel, *evidence):
        ev = [{"sentence": s, "doc": doc, "article": 0, "start": i * 10, "end": i * 10 + 5, "date": date}
              for i, (s, doc, date) in enumerate(evidence)]
        g.add_edge(u, v, key=rel, relation=rel, weight=len(ev), confidence=0.9, evidence=ev)

    zhang = node("Person", "张志明", titles=["省委副书记", "省长"], aliases=["张省长"], mentions=5, docs=["d1.txt", "d2.txt"],
                 positions=[{"title": "省长", "date": "2024-05-06", "doc": "d2.txt"},
                            {"title": "省委副书记", "date": "2024-03-18", "doc": "d1.txt"},
                            {"title": "省长", "date": "2024-03-18", "doc": "d1.txt"}])
    li = node("Person", "李华强", titles=["副省长"])
    bad = node("Person", SCRIPT, titles=[ATTR + "主任"], aliases=[MDLINK])
    m1 = node("Meeting", "全省经济工作会议")
    m2 = node("Meeting", "全省数字政府建设推进会", docs=["d2.txt"])
    place = node("Place", "西宁市")
    proj = node("Project", "西宁光伏发电项目", mentions=3)
    comp = node("Company", "青海光伏科技有限公司", aliases=["青海光伏"], merge_reasons=["abbreviation 青海光伏"])
    org = node("Organization", ATTR)
    title = node("Title", "省长")
    node("Title", "省委副书记")
    htitle = node("Title", ATTR + "主任")

    edge(zhang, m1, "主持", (CHAIR, "d1.txt", "2024-03-18"))
    edge(zhang, m1, "讲话", (CHAIR, "d1.txt", "2024-03-18"))
    edge(li, m1, "出席", (CHAIR, "d1.txt", "2024-03-18"))
    edge(zhang, m2, "出席", ("张志明出席会议。", "d2.txt", "2024-05-06"))
    edge(bad, m2, "讲话", (f"{SCRIPT}{ATTR}在会上讲话。{MDLINK}", "d2.txt", "2024-05-06"))
    edge(zhang, title, "任职", (CHAIR, "d1.txt", "2024-03-18"), ("省长张志明出席会议。", "d2.txt", "2024-05-06"))
    edge(zhang, "Title:省委副书记", "任职", (CHAIR, "d1.txt", "2024-03-18"))
    edge(bad, htitle, "任职", (f"{ATTR}主任{SCRIPT}讲话。", "d2.txt", None))
    edge(m1, place, "位于", ("全省经济工作会议在西宁市召开。", "d1.txt", "2024-03-18"))
    edge(comp, proj, "实施", ("青海光伏科技有限公司承建西宁光伏发电项目。", "d3.txt", "03-20"))
    edge(proj, place, "位于", ("西宁光伏发电项目位于西宁市。", "d3.txt", "03-20"))
    edge(org, proj, "实施", (f"{ATTR}实施西宁光伏发电项目。", "d3.txt", None))
    return g


@pytest.fixture()
def out(tmp_path) -> Path:
    write_node_link(small_graph(), tmp_path / "graph.json")
    return tmp_path


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.imgs = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        if tag == "img":
            self.imgs.append(dict(attrs)["src"])


def parse(page: str) -> Tags:
    t = Tags()
    t.feed(page)
    return t


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# -- the overview -----------------------------------------------------------------------------------------
def test_overview_has_the_chair_with_its_evidence_in_markdown_and_html(out):
    assert main(["report", "--out", str(out)]) == 0
    md, page = read(out / "report.md"), read(out / "report.html")
    for text in (md, page):
        assert "Who chaired what" in text and "张志明" in text and "全省经济工作会议" in text
        assert CHAIR in text and "d1.txt" in text
        assert "Most active officials" in text and "Most active companies" in text and "Places most mentioned" in text
        assert "Merged names" in text and "青海光伏" in text
    assert re.search(r"\| 张志明 \| 省委副书记、省长 \| 2 \| 1 \| 1 \| 1 \|", md)    # meetings, 主持, 出席, 讲话
    assert "![Meetings per official (top 15)](report_meetings.png)" in md
    assert (out / "report_meetings.png").read_bytes().startswith(PNG)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]        # atomic: no leftovers


def test_html_is_self_contained_with_png_charts_as_data_uris(out):
    assert main(["report", "--out", str(out)]) == 0
    assert main(["report", "--out", str(out), "--person", "张志明"]) == 0
    for name in ("report.html", "dossier-person-张志明.html"):
        page = read(out / name)
        tags = parse(page)
        assert tags.imgs, name
        for src in tags.imgs:
            assert src.startswith("data:image/png;base64,")
            assert base64.b64decode(src.split(",", 1)[1]).startswith(PNG)
        assert "script" not in tags.tags and "link" not in tags.tags
        assert "http://" not in page and "https://" not in page
        assert "Content-Security-Policy" in page


# -- dossiers -------------------------------------------------------------------------------------------
def test_person_dossier(out):
    assert main(["report", "--out", str(out), "--person", "张志明"]) == 0
    md, page = read(out / "dossier-person-张志明.md"), read(out / "dossier-person-张志明.html")
    assert md.startswith("# Dossier: 张志明")
    for text in (md, page):
        for section in ("Titles over time", "Meetings", "Co-attendees", "Projects", "Timeline", "Every fact with its evidence"):
            assert section in text
        assert CHAIR in text and "李华强" in text
    titles = md.split("## Titles over time")[1].split("##")[0]          # in date order
    assert titles.index("2024-03-18") < titles.index("2024-05-06")
    assert re.search(r"\| 全省经济工作会议 \| 主持、讲话 \| 2024-03-18 \| 西宁市 \| d1\.txt \|", md)
    assert "| 张志明 主持 全省经济工作会议 | 2024-03-18 | d1.txt | 0 | " + CHAIR + " |" in md
    assert re.search(r"\| 李华强 \| 副省长 \| 1 \| 全省经济工作会议（出席） \|", md)
    assert "](dossier-person-张志明_timeline.png)" in md
    assert (out / "dossier-person-张志明_timeline.png").read_bytes().startswith(PNG)


def test_alias_finds_the_person_and_o_option_writes_both_formats(out):
    target = out / "sub" / "zhang.html"
    assert main(["report", "--out", str(out), "--person", "张省长", "-o", str(target)]) == 0
    assert "Dossier: 张志明" in read(target) and read(out / "sub" / "zhang.md").startswith("# Dossier: 张志明")
    assert (out / "sub" / "zhang_timeline.png").exists()


def test_org_and_project_dossiers(out):
    assert main(["report", "--out", str(out), "--org", "青海光伏"]) == 0          # an alias
    md = read(out / "dossier-org-青海光伏.md")
    assert "What it implements" in md and "西宁光伏发电项目" in md and "青海光伏科技有限公司承建西宁光伏发电项目。" in md
    assert "via its project 西宁光伏发电项目" in md

    assert main(["report", "--out", str(out), "--project", "西宁光伏发电项目"]) == 0
    md = read(out / "dossier-project-西宁光伏发电项目.md")
    who = md.split("## Who implements it")[1].split("##")[0]
    assert "青海光伏科技有限公司" in who and "Company" in who and "Organization" in who
    assert "| 西宁市 |" in md.split("## Where")[1].split("##")[0]

    report = dossier_report(small_graph(), "org", ATTR)                  # people whose titles name it
    text = render_markdown(report)
    people = text.split("## People holding titles that mention it")[1].split("##")[0]
    assert md_text(SCRIPT) in people and md_text(ATTR + "主任") in people


def test_unknown_person_exits_2_with_close_matches(out, capsys):
    assert main(["report", "--out", str(out), "--person", "张志"]) == 2
    err = capsys.readouterr().err
    assert "no person named '张志'" in err and "张志明" in err
    assert main(["report", "--out", str(out), "--person", "青海光伏科技有限公司"]) == 2
    assert "try --org" in capsys.readouterr().err
    assert main(["report", "--out", str(out), "--project", "完全无关"]) == 2
    assert "no close matches" in capsys.readouterr().err
    assert not list(out.glob("dossier-*"))
    with pytest.raises(EntityNotFound) as caught:
        find_entities(small_graph(), "person", "张志铭")
    assert caught.value.close == ["张志明"]


def test_missing_graph_exits_2(tmp_path, capsys):
    assert main(["report", "--out", str(tmp_path / "nothing")]) == 2
    assert "kg build" in capsys.readouterr().err


# -- hostile text stays data ----------------------------------------------------------------------------
def test_hostile_names_are_escaped_in_html_and_markdown(out):
    assert main(["report", "--out", str(out)]) == 0
    assert main(["report", "--out", str(out), "--person", SCRIPT]) == 0
    name = dossier_filename("person", SCRIPT)
    assert "/" not in name and "<" not in name and (out / name).exists()        # the file stays in --out
    for md_path in (out / "report.md", out / name):
        md, page = read(md_path), read(md_path.with_suffix(".html"))
        assert SCRIPT not in md and SCRIPT not in page
        assert ATTR not in md and ATTR not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&quot;onmouseover=&quot;x" in page
        tags = parse(page)
        assert "script" not in tags.tags and "onmouseover" not in tags.attrs
    md = read(out / name)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md and "&quot;onmouseover=&quot;x" in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)                          # no Markdown link either
    assert r"\[点我\](javascript:alert(3))" in md


def test_markdown_text_cannot_break_a_table_or_make_markup():
    assert md_text("a|b\nc") == "a&#124;b c"
    assert md_text("*x* `y` _z_ 01_meeting.txt") == r"\*x\* \`y\` \_z\_ 01_meeting.txt"
    g = nx.MultiDiGraph()
    g.add_node("Person:a|b", label="Person", name="a|b")
    g.add_node("Meeting:m", label="Meeting", name="会议")
    g.add_edge("Person:a|b", "Meeting:m", key="主持", relation="主持", evidence=[{"sentence": "x|y\n", "doc": "d"}])
    text = overview(g)
    row = next(line for line in text.splitlines() if line.startswith("| a&#124;b | 会议"))
    assert row.count(" | ") == 3


def test_graph_without_optional_attributes_still_reports():
    """Graphs written by older builds (no positions, dates, merge reasons) and minimal test graphs."""
    g = nx.MultiDiGraph()
    g.add_node("Person:王伟", label="Person", name="王伟")
    g.add_node("Person:王伟#2", label="Person", name="王伟", titles=["县长"])
    g.add_node("Meeting:m", label="Meeting", name="会议")
    g.add_node("Title:县长", label="Title", name="县长")
    g.add_edge("Person:王伟", "Meeting:m", key="主持", relation="主持", evidence=[{"sentence": "王伟主持会议。"}])
    g.add_edge("Person:王伟#2", "Title:县长", key="任职", relation="任职", evidence=[{"sentence": "县长王伟。", "doc": "d"}])
    report = dossier_report(g, "person", "王伟")
    md, page = render_markdown(report), render_html(report)
    assert "2 different entities are called 王伟" in md and "Person:王伟#2" in md
    assert "王伟主持会议。" in page and "县长王伟。" in page
    assert "No dated events" in md


# -- the bundled samples, through the real pipeline -----------------------------------------------------
def test_build_writes_the_html_report_too(samples_built):
    page = read(samples_built / "report.html")
    assert "林振华" in page and parse(page).imgs
    assert (samples_built / "report_meetings.png").exists()


def test_sample_dossier_of_lin_zhenhua(samples_built):
    assert main(["report", "--out", str(samples_built), "--person", "林振华"]) == 0
    md = read(samples_built / "dossier-person-林振华.md")
    meetings = md.split("## Meetings")[1].split("##")[0]
    assert "全省生态保护与高质量发展推进会议" in meetings and "主持" in meetings
    assert "省委副书记、省长林振华主持会议并讲话" in md
    assert "韩素琴" in md.split("## Co-attendees")[1].split("##")[0]
    assert "省长" in md.split("## Titles over time")[1].split("##")[0]


def test_charts_fall_back_with_a_warning_when_no_cjk_font(monkeypatch):
    from matplotlib import font_manager

    from kg.views import charts

    latin_only = [f for f in font_manager.fontManager.ttflist if f.name.startswith("DejaVu")]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", latin_only)
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])
    charts.cjk_font.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="no CJK font"):
            assert charts.cjk_font() is None
        png = charts.timeline_chart([("2024-03-18", "主持", "会议"), ("05-06", "出席", "$x^2$ 会议")], "张志明")
        assert png.startswith(PNG)
    finally:
        charts.cjk_font.cache_clear()


def test_cjk_font_is_found_when_installed():
    from matplotlib import font_manager

    from kg.views.charts import CJK_FAMILIES, cjk_font

    if not any(f.name in CJK_FAMILIES for f in font_manager.fontManager.ttflist):
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    assert cjk_font() in CJK_FAMILIES
