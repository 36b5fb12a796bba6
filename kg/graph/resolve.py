"""Entity resolution: which mentions across documents are one real-world entity.

Rules, each recorded as the reason of a merge:
- surface noise: quotes and spaces do not tell names apart ("十四五"规划… = “十四五”规划…);
- known abbreviations (pipelines/gazetteers/aliases.txt): 国开行 = 国家开发银行, 省工信厅 = 省工业和信息化厅;
- relative names are read in the document's context: 省政协 in a Qinghai page is 青海省政协, 市政府 in a
  Haidong page is 海东市政府 (the document's dominant province / prefecture / city);
- places: 格尔木 = 格尔木市, 海西 = 海西州 = 海西蒙古族藏族自治州 when one suffixed form shares the stem
  (a bare name that is itself a province, 海南, is not merged into 海南州);
- numbered sessions: a congress, CPPCC or party plenum session is its place, body, term and sitting however it is
  written (省政协十二届五次会议 = 政协第十二届某省委员会第五次会议 in that province's page); one written without its
  place (政协十二届五次会议) is the one session of those numbers the same document names with a place;
- people: one name is one person within a province; the same name in documents of different provinces
  stays two nodes unless they share a title (two 王伟 in 广东 and 青海 are not silently merged);
  a reporter (记者) and an official of the same name are kept apart.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.paths import GAZETTEER_DIR, read_words
from kg.schema import REPORTER_ROLES
from kg.textrules import ETHNIC, NUMBER, SESSION_BODIES, body_session

QUOTES = re.compile(r"[\s\"'“”‘’「」『』《》]")
ETHNIC_AUTONOMY = re.compile(rf"(?:(?:{ETHNIC})族)+自治(?:州|县|区|旗)$")
NOT_RELATIVE = ("省级", "市级", "州级", "县级", "市场", "县域", "市域", "省内", "市内", "州内", "县城", "省会", "市民", "州长")
PLACE_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|自治县|省|市|州|县|区|盟|旗|镇|乡|村)$")
LEVEL = {"省": "province", "自治区": "province", "特别行政区": "province", "州": "prefecture", "自治州": "prefecture",
         "盟": "prefecture", "市": "city", "县": "county", "自治县": "county", "旗": "county", "区": "district",
         "镇": "town", "乡": "town", "村": "village"}
RELATIVE_PREFIX = {"省": "province", "州": "prefecture", "市": "city", "县": "county"}
SHORT_ORGANS = {"省委", "市委", "州委", "县委"}      # two-character relative organs (other two-character words are not)
REPORTER_TITLES = REPORTER_ROLES


@lru_cache(maxsize=1)
def aliases() -> list[tuple[str, str]]:
    pairs = []
    for line in (GAZETTEER_DIR / "aliases.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        if "=" in line:
            short, full = (x.strip() for x in line.split("=", 1))
            pairs.append((short, full))
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Short name -> full name of province-level units (青海 -> 青海省)."""
    out = {}
    for w in read_words(GAZETTEER_DIR / "places.txt"):
        if w.endswith(("省", "自治区", "特别行政区")):
            short = re.sub(r"(省|(?:壮族|回族|维吾尔)?自治区|特别行政区)$", "", w)
            out[short] = w
    for city in ("北京", "天津", "上海", "重庆"):
        out[city] = city + "市"
    return out


def clean(name: str) -> str:
    return QUOTES.sub("", name)


def place_stem(name: str) -> tuple[str, str | None]:
    """(stem, level): 海西蒙古族藏族自治州 -> (海西, prefecture), 格尔木市 -> (格尔木, city), 海西 -> (海西, None)."""
    m = ETHNIC_AUTONOMY.search(name)
    if m and m.start() >= 2:
        return name[:m.start()], LEVEL.get("自治" + m.group()[-1], "prefecture")
    m = PLACE_SUFFIX.search(name)
    if m and m.start() >= 2:
        return name[:m.start()], LEVEL[m.group()]
    return name, None


def expand_aliases(name: str) -> str:
    for short, full in aliases():
        if name == short:
            return full
    for short, full in aliases():
        if len(short) >= 2 and short in name and full not in name:
            return name.replace(short, full, 1)
    return name


@dataclass
class DocContext:
    """The places a document is about, by level: the referent of 省/州/市 in its relative names."""
    places: dict[str, str] = field(default_factory=dict)    # level -> stem

    @classmethod
    def of(cls, record: dict) -> DocContext:
        counts: dict[str, Counter] = defaultdict(Counter)
        short_provinces = provinces()
        for e in record.get("entities", []):
            if e["type"] != "PLACE":
                continue
            n = len(e.get("mentions") or [1])
            stem, level = place_stem(clean(e["text"]))
            if stem in short_provinces and level in (None, "province"):
                counts["province"][stem] += n
            elif level:
                counts[level][stem] += n
        return cls({level: c.most_common(1)[0][0] for level, c in counts.items() if c})


@dataclass
class Resolution:
    """Mention -> node key, and the merges made, with their reasons."""
    keys: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)  # (doc, type, text) -> (key, name)
    merges: dict[str, dict] = field(default_factory=dict)                            # key -> {forms, reasons}
    contexts: dict[str, DocContext] = field(default_factory=dict)                    # doc -> its places

    def organ_key(self, doc: str, name: str) -> tuple[str, str] | None:
        """(key, name) of a relative organ name read in the document's context (省人民政府 -> 青海省人民政府),
        or None when the document does not say which place it is."""
        full, why = _relative(expand_aliases(name), self.contexts.get(doc, DocContext()))
        return (f"ORG:{full}", full) if why else None

    def key(self, doc: str, etype: str, text: str) -> tuple[str, str]:
        return self.keys.get((doc, etype, text)) or (f"{etype}:{clean(text)}", clean(text))

    def note(self, key: str, form: str, reason: str) -> None:
        entry = self.merges.setdefault(key, {"forms": [], "reasons": []})
        if form not in entry["forms"]:
            entry["forms"].append(form)
        if reason and reason not in entry["reasons"]:
            entry["reasons"].append(reason)


def _relative(name: str, ctx: DocContext) -> tuple[str, str | None]:
    """省政协 -> 青海省政协 in a Qinghai document."""
    if name.startswith(NOT_RELATIVE):
        return name, None
    region = name.startswith("自治区")                      # 自治区十届人大一次会议 in a Ningxia page
    level = "province" if region else RELATIVE_PREFIX.get(name[:1])
    stem = ctx.places.get(level) if level else None
    if not stem or name.startswith(stem) or (len(name) < 3 and name not in SHORT_ORGANS):
        return name, None
    if region:
        full = provinces().get(stem, "")
        if not full.endswith("自治区"):
            return name, None
        return full + name[3:], f"自治区 read as {full} (the document's province)"
    full = (provinces().get(stem, stem + "省") if level == "province" else stem + name[0]) + name[1:]
    return full, f"{name[0]} read as {stem} (the document's {level})"


def resolve(records: list[dict]) -> Resolution:
    contexts = {r["doc"]: DocContext.of(r) for r in records}
    res = Resolution(contexts=contexts)
    sessions: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}   # numbered sessions' mentions
    mentions = [(r["doc"], e) for r in records for e in r.get("entities", [])]

    # places: the suffixed forms seen anywhere, by stem and level
    suffixed: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _, e in mentions:
        if e["type"] == "PLACE":
            stem, level = place_stem(clean(e["text"]))
            if level:
                suffixed[stem].add((level, clean(e["text"])))

    # people: group each name's mentions by province and reporter role
    for doc, e in mentions:
        text, etype = e["text"], e["type"]
        name, reasons = clean(text), []
        if name != text:
            reasons.append("quotes/spaces ignored")
        if etype == "PLACE":
            stem, level = place_stem(name)
            forms = suffixed.get(stem, set())
            levels = {lv for lv, _ in forms}
            if level is None and len(levels) == 1 and not (stem in provinces() and levels != {"province"}):
                level = next(iter(levels))
                reasons.append(f"{name} = the {level} {stem}")
            key = f"PLACE:{stem}:{level or '-'}"
            # the longest suffixed form; of two as long (某某镇, 某某乡) the same one whatever the hash seed
            best = max((f for lv, f in forms if lv == level), key=lambda f: (len(f), f), default=name)
        elif etype in ("ORG", "COMPANY", "MEETING"):
            expanded = expand_aliases(name)
            if expanded != name:
                reasons.append(f"abbreviation {name} = {expanded}")
            full, why = _relative(expanded, contexts[doc])
            if why:
                reasons.append(why)
            key, best = f"{etype}:{full}", (full if full != name else text)   # keep “quotes” for display
            session = etype == "MEETING" and session_identity(full, contexts[doc])
            if session:
                key = "MEETING:session:" + ":".join(session)
                sessions[doc, etype, text] = session
            elif etype == "MEETING" and session_key(full) != full:
                key = f"MEETING:{session_key(full)}"
                reasons.append("a session named short or in full (十二届人大一次会议 = 第十二届人民代表大会第一次会议)")
        elif etype == "PERSON":
            ctx = contexts[doc]
            role = "reporter" if set(e.get("titles") or []) & REPORTER_TITLES else "person"
            key = f"PERSON:{name}:{ctx.places.get('province', '-')}:{role}"
            best = text
        else:
            key, best = f"{etype}:{name}", text
        res.keys[(doc, etype, text)] = (key, best)
        res.note(key, text, "; ".join(reasons))
    _merge_people_across_provinces(res, records)
    for key, entry in res.merges.items():
        if key.startswith("MEETING:session:") and len(entry["forms"]) > 1:
            entry["reasons"].append("one numbered session however written (省政协十二届五次会议 = 政协第十二届某省委员会第五次会议)")
    _placeless_sessions(res, sessions)
    _fullest_meeting_names(res)
    return res


# what a numbered session's name holds besides its place, once session_key spelled it (人大, 政协, no 第):
# bodies, terms and sittings, kinds of sitting
SESSION_PARTS = re.compile(rf"中国共产党|中共|党的|政协|人大|常务委员会|常委会|委员会|{NUMBER}[届次]|{NUMBER}中全会|全体会议|全会|会议")
STANDING = ("常务委员会", "常委会")
PLENUM_SITTING = re.compile(rf"({NUMBER})中全会")     # 二十届三中全会: the third plenum
SITTINGS_APART = (*SESSION_BODIES, "预备")   # a sitting of the session's own bodies, a preparatory one: not it


def session_identity(name: str, ctx: DocContext) -> tuple[str, str, str, str] | None:
    """(place stem, body, term, sitting) of a numbered congress, CPPCC or party plenum session, the place read in
    the document's context (省, 自治区, 市委 -> the document's province or city; empty where none is written)."""
    name = session_key(name)                              # 中国人民政治协商会议某省第十二届… -> 政协某省十二届…
    body, term, sitting = body_session(name)
    plenum = PLENUM_SITTING.search(name)
    sitting = sitting or (plenum.group(1) if plenum else "")
    if not (body and term and sitting) or any(w in name for w in SITTINGS_APART):
        return None
    if body != "全会" and any(w in name for w in STANDING):
        body += "常委会"                                  # the standing committee's sittings are numbered apart
    place = SESSION_PARTS.sub("", name)
    place = place[:-1] if place.endswith("委") else place     # 中共某省委十四届九次全会
    level = "province" if place == "自治区" else RELATIVE_PREFIX.get(place)
    stem = ctx.places.get(level, "") if level else place_stem(place)[0]
    return stem, body, _arabic(term), _arabic(sitting)


CHINESE_DIGITS = "零一二三四五六七八九"


def _arabic(number: str) -> str:
    """十四 -> 14, 二十 -> 20, 14 -> 14: one spelling of a term's or sitting's number (up to 99)."""
    if number.isdigit():
        return str(int(number))
    tens, ten, units = number.rpartition("十")
    digits = [CHINESE_DIGITS.index(d) if d in CHINESE_DIGITS else None for d in (tens or "一", units or "零")]
    if None in digits or len(tens) > 1 or len(units) > 1:
        return number
    return str(digits[0] * 10 + digits[1]) if ten else str(digits[1])


def _placeless_sessions(res: Resolution, sessions: dict[tuple[str, str, str], tuple[str, str, str, str]]) -> None:
    """政协十二届五次会议 written without its place is the session of those numbers the same document names with
    one (省政协十二届五次会议), where it names exactly one. `sessions`: mention -> (place, body, term, sitting)."""
    placed: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for mention, (place, *numbers) in sessions.items():
        if place:
            placed[mention[0], tuple(numbers)].add(res.keys[mention][0])
    for mention, (place, *numbers) in sessions.items():
        same = set() if place else placed.get((mention[0], tuple(numbers)), set())
        if len(same) == 1:
            target = next(iter(same))
            res.keys[mention] = (target, res.keys[mention][1])
            res.note(target, mention[2], "a session written without its place: the one the document places")


SESSION_WORDS = [("人民代表大会", "人大"), ("中国人民政治协商会议", "政协"), ("政治协商会议", "政协"), ("代表大会", "代表大会")]
_ORDINAL = re.compile(r"第(?=[一二三四五六七八九十百零〇0-9]+[届次])")


def session_key(name: str) -> str:
    """One spelling for a numbered session: 第 before 届/次 numbers dropped, 人民代表大会 as 人大, so that
    某区第十二届人民代表大会第一次会议 and 某区十二届人大一次会议 are one meeting."""
    key = _ORDINAL.sub("", clean(name))
    for long, short in SESSION_WORDS:
        key = key.replace(long, short)
    return key


def _fullest_meeting_names(res: Resolution) -> None:
    """A meeting node is named by the fullest form seen (the short one stays an alias)."""
    longest: dict[str, str] = {}
    for key, name in res.keys.values():
        if key.startswith("MEETING:") and len(clean(name)) > len(clean(longest.get(key, ""))):
            longest[key] = name
    for mention, (key, name) in res.keys.items():
        if key in longest:
            res.keys[mention] = (key, longest[key])


def _merge_people_across_provinces(res: Resolution, records: list[dict]) -> None:
    """One name in several provinces: merge the nodes that share a title (a national leader is reported
    everywhere), and a name from a document with no province joins the single province-bound node."""
    titles: dict[str, set[str]] = defaultdict(set)
    for r in records:
        for e in r.get("entities", []):
            if e["type"] == "PERSON":
                key = res.keys[(r["doc"], "PERSON", e["text"])][0]
                titles[key] |= {t for t in e.get("titles") or [] if t not in REPORTER_TITLES}
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (doc, etype, text), (key, _) in res.keys.items():
        if etype == "PERSON":
            _, name, _, role = key.split(":")
            groups[(name, role)].add(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        bound = sorted(k for k in keys if k.split(":")[2] != "-")
        target: dict[str, tuple[str, str]] = {}
        for k in keys - set(bound):
            if len(bound) == 1:
                target[k] = (bound[0], "same name; its document names no province")
        for a in bound:                            # shared title across provinces
            for b in bound:
                if a < b and titles[a] & titles[b] and b not in target:
                    shared = "、".join(sorted(titles[a] & titles[b]))
                    target[b] = (target.get(a, (a,))[0], f"same name and title ({shared}) in another province")
        for mention, (key, name) in list(res.keys.items()):
            if key in target:
                new_key, why = target[key]
                res.keys[mention] = (new_key, name)
                res.note(new_key, mention[2], why)


def write_merges(res: Resolution, path: Path) -> None:
    import json

    from kg.outputs import atomic_write

    rows = [{"node": k, "forms": v["forms"], "reasons": v["reasons"]}
            for k, v in sorted(res.merges.items()) if len(v["forms"]) > 1 or v["reasons"]]
    atomic_write(path, lambda p: p.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8"))
