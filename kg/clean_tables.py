"""A table of projects read as sentences (the cleaning stage; see CLEANING.md).

Web pages and press releases list projects in a table: a header row (序号 项目名称 总投资（亿元） 建设地点 建设单位)
and one row per project, the cells set apart by tabs or wide spaces. Once the spaces are squeezed out a row reads
`1某某绿氢…项目86某旗某镇`: no rule can tell the site from the sum. Each row is rewritten as the sentence
the table means, `1．某某项目，总投资（亿元）为86，建设地点为某旗某镇。`, which the relation rules read like any
other (建设地点为 → 位于, 建设单位为 → 实施). The column heads are data (gazetteers/table_columns.txt)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import textrules as tr
from kg.clean_layout import apply_edits
from kg.paths import GAZETTEER_DIR, read_words

PROJECT_COLUMN = "项目名称"
NUMBER_COLUMN = "序号"
_CELL_GAP = re.compile(r" +")               # tabs and wide spaces are single spaces by now (clean's _TABLE)


@lru_cache(maxsize=1)
def _columns() -> tuple[str, ...]:
    return tuple(sorted(read_words(GAZETTEER_DIR / "table_columns.txt"), key=len, reverse=True))


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of a line: its runs of non-space text, as (start, end) within the line."""
    out, pos = [], 0
    for gap in _CELL_GAP.finditer(line):
        if gap.start() > pos:
            out.append((pos, gap.start()))
        pos = gap.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return out


def _header(line: str, cells: list[tuple[int, int]]) -> list[str] | None:
    """The column heads of a header row: three cells or more, each a known column, the project's among them."""
    heads = [line[a:b] for a, b in cells]
    known = _columns()
    if len(heads) < 3 or PROJECT_COLUMN not in heads or not all(h.startswith(known) for h in heads):
        return None
    return heads


def read_tables(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Every row under a header row, with as many cells as the header has heads, rewritten as a sentence."""
    if PROJECT_COLUMN not in text:
        return text, origin
    edits: list[tuple[int, int, str]] = []
    heads: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = _cells(line)
        if heads is not None and len(cells) == len(heads):
            edits += _row_edits(line, start, cells, heads)
            continue
        heads = _header(line, cells)
        if heads is not None:                   # the header row keeps its heads apart: 序号、项目名称、建设地点
            edits += [(start + cells[k - 1][1], start + cells[k][0], "、") for k in range(1, len(cells))]
    return apply_edits(text, origin, edits)


def _row_edits(line: str, start: int, cells: list[tuple[int, int]], heads: list[str]) -> list[tuple[int, int, str]]:
    """The gap before each cell becomes what joins it to the one before (`．` after a number, `，建设地点为` before a
    site, `，` before the project's name), and the row ends with `。`."""
    said = [("" if h in (PROJECT_COLUMN, NUMBER_COLUMN) else f"{h}为") for h in heads]
    edits = [(start, start + cells[0][0], said[0])] if cells[0][0] > 0 or said[0] else []
    for k in range(1, len(cells)):
        mark = "．" if heads[k - 1] == NUMBER_COLUMN else "，"
        edits.append((start + cells[k - 1][1], start + cells[k][0], mark + said[k]))
    last = line[cells[-1][0]:cells[-1][1]]
    if not (tr.ends_sentence(last) or tr.ends_clause(last)):
        edits.append((start + cells[-1][1], start + cells[-1][1], "。"))
    return edits
