"""China's administrative divisions (province, prefecture, county) with their short forms, and the world's
countries, capitals and large cities, from jionlp's data.

jionlp ships the divisions with codes and short forms (`天峻县 天峻`, `海西蒙古族藏族自治州 海西`); a hand list
would always miss some of the ~3,400 names. The finders use full names as places wherever they stand and short
forms only with evidence (LAC reads the word as a place, or it stands in a list of places): many short forms
are also common words (朝阳, 和平, 新华).

The list is read once when a pipeline is initialised and saved with it as `divisions.txt` (full, short forms,
level), so a saved pipeline does not need jionlp at run time.
"""
from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import NamedTuple

DIVISIONS_FILE = "divisions.txt"
LEVELS = ("province", "city", "county")
HEADER = "# kg divisions v2: full-name level parent(- for none) short-forms..., from jionlp's china_location data"
WORLD = "world"             # countries, their capitals and large cities (jionlp's world_location.txt)


class Division(NamedTuple):
    full: str
    shorts: list[str]
    level: str               # LEVELS or WORLD
    parent: str = ""         # the full name of the division it belongs to ("" for a province or the world)


def jionlp_divisions() -> list[Division]:
    """Every province, prefecture and county jionlp knows, with its short forms and the division above it."""
    with contextlib.redirect_stdout(io.StringIO()):      # jionlp prints a banner on import
        import jionlp

        tree = jionlp.china_location_loader()
    rows: list[Division] = []

    def walk(node: dict, depth: int, parent: str) -> None:
        for name, child in node.items():
            if name.startswith("_") or not isinstance(child, dict):
                continue
            alias = child.get("_alias") or []
            shorts = [alias] if isinstance(alias, str) else list(alias)
            full = child.get("_full_name", name)
            rows.append(Division(full, [s for s in shorts if len(s) >= 2], LEVELS[depth], parent))
            if depth + 1 < len(LEVELS):
                walk(child, depth + 1, full)

    walk(tree, 0, "")
    return rows


def jionlp_world() -> list[Division]:
    """(name, [], "world") for every country (short and official name), capital and listed city."""
    with contextlib.redirect_stdout(io.StringIO()):      # jionlp prints a banner on import
        import jionlp

    path = Path(jionlp.__file__).parent / "dictionary" / "world_location.txt"
    rows, seen = [], set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.rstrip().endswith((":", "：")):
            continue                                    # a continent heading
        fields = line.split("\t")
        names = fields[:3] + (fields[3].split("/") if len(fields) > 3 else [])
        for name in (n.strip() for n in names):
            if len(name) >= 2 and name not in seen:
                seen.add(name)
                rows.append(Division(name, [], WORLD))
    return rows


def write_divisions(rows: list[Division], path: Path) -> None:
    lines = [" ".join([d.full, d.level, d.parent or "-", *d.shorts]) for d in rows]
    path.write_text(HEADER + "\n" + "\n".join(lines) + "\n", encoding="utf-8")


def read_divisions(path: Path) -> list[Division]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != HEADER:
        raise ValueError(f"{path}: not a divisions list of this kg version (first line should be {HEADER!r}); "
                         "save the pipeline again with this version")
    rows = []
    for line in lines[1:]:
        if line and not line.startswith("#"):
            full, level, parent, *shorts = line.split()
            rows.append(Division(full, shorts, level, "" if parent == "-" else parent))
    return rows


def load_divisions(folder: Path) -> list[Division]:
    """The saved list in `folder` if there is one (a saved pipeline), else jionlp's."""
    path = Path(folder) / DIVISIONS_FILE
    return read_divisions(path) if path.is_file() else jionlp_divisions() + jionlp_world()
