"""Helpers for the cache and parallel tests: short invented articles in the genre, and a private
record cache that still finds the machine's built spaCy pipeline (so nothing is rebuilt)."""
from __future__ import annotations

from pathlib import Path

DOCS = {
    "a_meeting.txt": (
        "全市乡村振兴工作推进会召开\n\n"
        "本报讯（记者 罗明川）4月9日，全市乡村振兴工作推进会在德令哈召开。市委副书记、市长周建业主持会议并讲话，"
        "副市长孟繁华、杜雪松出席会议。\n\n"
        "周建业强调，各县区要压实责任，确保各项任务按期完成。\n"),
    "b_project.txt": (
        "格尔木光伏储能项目开工\n\n"
        "本报讯（记者 沈思远）5月12日，青海昆仑新能源有限公司实施的格尔木光伏储能一体化项目在格尔木市开工建设。"
        "副省长唐启明出席开工仪式并讲话。\n"),
    "c_standing.txt": (
        "省政府召开常务会议\n\n"
        "本报讯 6月3日，省长林振华主持召开省政府常务会议，研究部署安全生产工作。副省长韩素琴、唐启明出席会议。\n\n"
        "会议指出，要坚持人民至上、生命至上，扎实做好汛期安全防范工作。\n"),
    "d_forum.txt": (
        "全省文化旅游发展大会举行\n\n"
        "本报讯（记者 马晓燕）7月20日，全省文化旅游发展大会在西宁举行。省委常委、宣传部部长田志远出席会议并致辞，"
        "副省长孟繁华主持会议。\n"),
}
EXTRA = ("e_added.txt",
         "海西州生态保护工作会议召开\n\n"
         "本报讯（记者 赵凯）8月2日，海西州生态保护工作会议在德令哈召开。州长郭文斌主持会议并讲话，副州长白玉兰出席会议。\n")


def write_docs(folder: Path, docs: dict[str, str] = DOCS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def private_cache(root: Path, monkeypatch) -> Path:
    """Point KG_CACHE at `root` (records start empty) while linking every other entry of the real cache
    (the built pipelines, the pkuseg model) so that worker processes load the pipeline without building it."""
    from kg.nlp.pipeline import load_pipeline
    from kg.paths import cache_dir

    load_pipeline()                                   # built (once per machine) under the real cache
    real = cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    for entry in real.iterdir():
        if entry.name != "records" and not entry.name.startswith("."):
            (root / entry.name).symlink_to(entry)
    monkeypatch.setenv("KG_CACHE", str(root))
    return root / "records"


def lines(path: Path) -> list[str]:
    return Path(path).read_text(encoding="utf-8").splitlines()
