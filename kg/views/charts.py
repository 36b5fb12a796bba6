"""Charts for the reports, drawn offline with matplotlib's Agg renderer and returned as PNG bytes.

No pyplot: each chart is a standalone `matplotlib.figure.Figure` saved through Agg, so drawing a chart never
changes the global backend (a notebook keeps its inline backend; a server process never needs a display).
Chinese labels need a CJK font: the first installed one of CJK_FAMILIES is used (Debian: fonts-noto-cjk gives
"Noto Sans CJK SC"); without one the charts are still drawn, with a warning, and Chinese shows as boxes.
Chart text comes from documents; matplotlib draws it as plain text (text.parse_math off: no $...$ mathtext).
"""
from __future__ import annotations

import base64
import io
import re
import warnings
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Noto Sans CJK TC", "Noto Sans CJK JP",
                "Noto Serif CJK SC", "AR PL UMing CN", "AR PL UKai CN")
_CJK_FILE = re.compile(r"cjk|wqy|wenquanyi|sourcehan|simhei|simsun|msyh|pingfang|heiti|uming|ukai|droidsansfallback", re.I)
ROLE_COLOURS = {"主持": "#e15759", "讲话": "#4e79a7", "出席": "#59a14f"}
RELATION_COLOURS = {**ROLE_COLOURS, "任职": "#76b7b2", "实施": "#b07aa1", "位于": "#f28e2b"}
MAX_LABEL = 22
MAX_EVENTS = 40


class ChartsUnavailable(RuntimeError):
    """matplotlib is not installed: reports are written without charts."""


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed CJK font matplotlib can use, or None (with a warning)."""
    from matplotlib import font_manager

    def installed() -> set[str]:
        return {f.name for f in font_manager.fontManager.ttflist}

    names = installed()
    for family in CJK_FAMILIES:
        if family in names:
            return family
    # matplotlib's font cache may predate the font package: look at the font files themselves
    for path in sorted(font_manager.findSystemFonts()):
        if _CJK_FILE.search(path):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    names = installed()
    for family in CJK_FAMILIES:
        if family in names:
            return family
    extra = sorted(n for n in names if re.search(r"CJK|Han Sans|Hei|Song|Ming|Kai", n))
    if extra:
        return extra[0]
    warnings.warn("kg charts: no CJK font found (on Debian: apt-get install fonts-noto-cjk); "
                  "Chinese labels will show as boxes", RuntimeWarning, stacklevel=2)
    return None


def _rc() -> dict:
    family = cjk_font()
    return {"font.family": "sans-serif", "font.sans-serif": ([family] if family else []) + ["DejaVu Sans"],
            "axes.unicode_minus": False, "text.usetex": False, "text.parse_math": False}


def _short(text: str, limit: int = MAX_LABEL) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render(draw) -> bytes:
    """Run draw(fig) on a fresh Agg figure inside the CJK font settings; return the PNG bytes."""
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError as err:
        raise ChartsUnavailable("matplotlib is not installed (pip install 'matplotlib>=3.8')") from err
    with matplotlib.rc_context(_rc()), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        fig = Figure(dpi=100, layout="constrained")
        draw(fig)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", metadata={"Software": None})   # Figure.savefig uses Agg for PNG
    return buf.getvalue()


def meetings_chart(rows: list[tuple[str, Counter]], top: int = 15) -> bytes:
    """Horizontal stacked bars: for each official, the number of distinct meetings by their role there.
    `rows` is [(name, Counter({"主持": n, "讲话": n, "出席": n}))], most active first."""
    rows = rows[:top]

    def draw(fig):
        fig.set_size_inches(8, 1.2 + 0.38 * max(len(rows), 1))
        ax = fig.add_subplot()
        names = [_short(n, 12) for n, _ in rows]
        left = [0] * len(rows)
        for role in ("主持", "讲话", "出席"):
            values = [c.get(role, 0) for _, c in rows]
            if any(values):
                ax.barh(range(len(rows)), values, left=left, color=ROLE_COLOURS[role], label=role, height=0.65)
                left = [a + b for a, b in zip(left, values)]
        for y, total in enumerate(left):
            ax.text(total, y, f" {total}", va="center", fontsize=9)
        ax.set_yticks(range(len(rows)), names)
        ax.invert_yaxis()
        ax.set_xlabel("会议数 (meetings; each counted once, by the highest role)")
        ax.set_title(f"官员参加会议数 — meetings per official (top {top})")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlim(0, max(left, default=1) * 1.12 + 0.5)
        ax.spines[["top", "right"]].set_visible(False)
        if rows:
            ax.legend(loc="lower right", frameon=False, title="role")

    return _render(draw)


def parse_date(text: str | None) -> tuple[int | None, int, int] | None:
    """'2024-03-18' -> (2024, 3, 18); '03-18' (the year was not stated) -> (None, 3, 18); else None."""
    if not text:
        return None
    m = re.fullmatch(r"(?:(\d{4})-)?(\d{1,2})-(\d{1,2})", str(text).strip())
    if not m:
        return None
    year, month, day = (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return year, month, day


def timeline_chart(events: list[tuple[str, str, str]], title: str = "") -> bytes:
    """One row per dated event, left to right in time. `events` is [(date, relation, label)]; dates are
    'YYYY-MM-DD' or 'MM-DD'. Events whose year was not stated are drawn hollow in the most common stated
    year (or on a month-day axis when no event states a year). Undated events are left out."""
    parsed = [(parse_date(d), rel, label) for d, rel, label in events]
    parsed = [(p, rel, label) for p, rel, label in parsed if p]
    years = Counter(p[0] for p, _, _ in parsed if p[0])
    guess = years.most_common(1)[0][0] if years else 2000
    points = sorted(((date(p[0] or guess, p[1], p[2]), p[0] is None, rel, label) for p, rel, label in parsed),
                    key=lambda x: (x[0], x[2], x[3]))
    dropped = max(len(points) - MAX_EVENTS, 0)
    points = points[:MAX_EVENTS]

    def draw(fig):
        from matplotlib import dates as mdates

        fig.set_size_inches(9, 1.4 + 0.34 * max(len(points), 1))
        ax = fig.add_subplot()
        seen = set()
        for y, (when, yearless, rel, label) in enumerate(points):
            colour = RELATION_COLOURS.get(rel, "#9c9c9c")
            ax.plot([when], [y], marker="o", markersize=8, linestyle="none", color=colour,
                    markerfacecolor="white" if yearless else colour, label=rel if rel not in seen else None)
            ax.annotate(when.strftime("%m-%d" if yearless else "%Y-%m-%d"), (when, y), xytext=(7, 0),
                        textcoords="offset points", va="center", fontsize=8, color="#555")
            seen.add(rel)
        ax.set_yticks(range(len(points)), [f"{rel} · {_short(label)}" for _, _, rel, label in points])
        ax.invert_yaxis()
        if points:                                  # pad the range, so a single date still has an axis
            pad = timedelta(days=max(4, (points[-1][0] - points[0][0]).days // 6))
            ax.set_xlim(points[0][0] - pad, points[-1][0] + pad)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d" if years else "%m-%d"))
        ax.tick_params(axis="x", labelrotation=30)
        ax.grid(axis="x", color="#ddd")
        ax.spines[["top", "right"]].set_visible(False)
        notes = []
        if any(p[1] for p in points):
            notes.append(f"hollow: year not stated (drawn in {guess})" if years else "year not stated")
        if dropped:
            notes.append(f"{dropped} later events not drawn")
        ax.set_title(_short(title, 60) + (f"\n({'; '.join(notes)})" if notes else ""), fontsize=11)
        if seen:
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)

    return _render(draw)


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
