"""Article signatures: numpy's MinHash must be datasketch's, and find_reprints must group a reprint with its
original and nothing else (invented texts)."""
import random

import numpy as np
import pytest
from datasketch import MinHash

from kg import reprints

STORY = ("青木县县长欧阳振邦主持召开县政府常务会议，研究部署秋收和红柳河综合治理工作。副县长司马慧云、"
         "白沙镇党委书记乔望川出席会议。会议指出，要把高标准农田建设同水利设施改造结合起来，确保年内完工。")
OTHER = ("北岭市政务服务中心今天启用新的一窗通办系统，市民办理社保、医保和不动产登记可在同一窗口完成。"
         "中心负责人夏侯若兰介绍，系统上线首周已受理业务三千余件，平均等待时间缩短一半。")


def datasketch_signature(text: str, hashes: np.ndarray | None = None) -> list[int]:
    """datasketch's own MinHash of the same shingle hashes, with its default permutations."""
    m = MinHash(num_perm=reprints.NUM_PERM, scheme=reprints.SCHEME, seed=reprints.SEED, hashfunc=int)
    m.update_batch([int(h) for h in (reprints.shingle_hashes(text) if hashes is None else hashes)])
    return m.hashvalues.tolist()


def random_text(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(n))


@pytest.mark.parametrize("text", [STORY, OTHER, random_text(100_000, 3)], ids=["story", "other", "longer-than-a-step"])
def test_signature_is_datasketchs_minhash(text):
    assert len(text) - reprints.SHINGLE + 1 > reprints._ROWS or len(text) < 1000   # the long one takes several steps
    assert reprints.article_signature(text) == datasketch_signature(text)


def test_shingle_hashes_see_every_window_and_only_its_characters():
    hashes = reprints.shingle_hashes("甲乙丙丁甲乙丙丁戊")
    assert len(hashes) == 6 and hashes.dtype == np.uint32
    assert hashes[0] == hashes[4] and len(set(hashes.tolist())) == 5     # 甲乙丙丁 twice, four other windows


def test_short_articles_get_no_signature_and_spaces_do_not_count():
    assert reprints.article_signature("青木县新闻。" * 3) is None
    assert reprints.article_signature(STORY) == reprints.article_signature(" \n".join(STORY))


def _records(*texts):
    return [{"doc": f"{n}.txt", "articles": [{"index": 0, "minhash": reprints.article_signature(t)}]}
            for n, t in enumerate(texts)]


def test_find_reprints_groups_a_copy_with_a_small_edit_and_nothing_else():
    copy = STORY + "（转载）"
    assert reprints.find_reprints(_records(STORY, OTHER, copy)) == {("2.txt", 0): ("0.txt", 0)}
    assert reprints.find_reprints(_records(STORY, OTHER)) == {}
