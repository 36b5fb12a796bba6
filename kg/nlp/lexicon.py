"""Word lists the rule components read: our gazetteers in pipelines/ and jieba's general dictionary.

jieba's dictionary (350k words with frequency and part of speech, shipped inside the jieba wheel) tells
a common word (安排, 参加) from a name candidate; our gazetteers carry the genre (titles, suffixes).
"""
from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.nlp.divisions import DIVISIONS_FILE, load_divisions, write_divisions
from kg.paths import GAZETTEER_DIR, read_words

MONGOLIAN_UNITS = ("苏木", "嘎查")             # a township and a village in Inner Mongolia

# jieba POS tags that mark proper nouns: such entries are not "common words".
PROPER_POS = {"nr", "ns", "nt", "nz", "nrt", "nrfg", "eng"}


@lru_cache(maxsize=1)
def jieba_dictionary() -> dict[str, tuple[int, str]]:
    """word -> (frequency, part of speech) from jieba's bundled dict.txt."""
    import jieba  # the package ships its dictionary: no download

    path = Path(jieba.__file__).with_name("dict.txt")
    entries: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                entries[parts[0]] = (int(parts[1]), parts[2])
    return entries


@dataclass
class Lexicon:
    titles: set[str]
    surnames_single: set[str]
    surnames_double: set[str]
    places: set[str]
    orgs: set[str]
    companies: set[str]
    rules: dict
    syllables: set[str] = field(default_factory=set)
    common: dict[str, int] = field(default_factory=dict)   # common word -> frequency
    pos: dict[str, str] = field(default_factory=dict)      # common word -> jieba part of speech
    source: str = ""                                        # the folder the word lists were read from
    divisions: list = field(default_factory=list)           # kg.nlp.divisions.Division rows
    division_full: set[str] = field(default_factory=set)
    division_short: dict[str, str] = field(default_factory=dict)   # short form -> full name
    jieba_places: set[str] = field(default_factory=set)     # jieba's place names (ns): 太行山, 丹江; noisy, evidence only

    def is_common(self, word: str, min_freq: int = 50) -> bool:
        return self.common.get(word, 0) >= min_freq

    @cached_property
    def province_names(self) -> frozenset[str]:
        """Every province-level division, full and short (青海省, 青海; 新疆维吾尔自治区, 新疆)."""
        return frozenset(n for d in self.divisions if d.level == "province" for n in (d.full, *d.shorts))

    @cached_property
    def division_initials(self) -> frozenset[str]:
        """The first characters of the divisions down to the counties, full and short (a line's short name)."""
        return frozenset(n[0] for d in self.divisions if d.level != "world" for n in (d.full, *d.shorts))

    @cached_property
    def division_bigrams(self) -> frozenset[str]:
        """The first two characters of every division name, full and short: a cheap test before the look-ups
        of every slice that starts at a position."""
        return frozenset(n[:2] for n in (*self.division_full, *self.division_short))

    @cached_property
    def longest_division(self) -> int:
        """Characters in the longest full division name (黔南布依族苗族自治州 is ten): how far a look-up reaches."""
        return max(map(len, self.division_full), default=0)

    @cached_property
    def _division_rows(self) -> dict[str, list]:
        """Full name -> its rows (a county name may recur in several provinces)."""
        rows: dict[str, list] = {}
        for d in self.divisions:
            if d.level != "world":
                rows.setdefault(d.full, []).append(d)
        return rows

    def enclosing_names(self, word: str) -> set[str]:
        """The names, full and short, of every division above the one `word` names (叶县 -> 平顶山市, 平顶山,
        河南省, 河南); empty for a word that is no division."""
        out: set[str] = set()
        seen: set[str] = set()          # a county may share its full name with its city (a cycle by name)
        todo = [d for full in {word, self.division_short.get(word, "")} for d in self._division_rows.get(full, [])]
        while todo:
            parent = todo.pop().parent
            if parent in seen:
                continue
            seen.add(parent)
            for d in self._division_rows.get(parent, []):
                out.update((d.full, *d.shorts))
                todo.append(d)
        return out

    def is_division(self, word: str) -> bool:
        """An administrative division, full or short (通榆县, 通榆)."""
        return word in self.division_full or word in self.division_short

    def leading_place(self, word: str) -> int:
        """Length of the longest known place (2-4 characters) that opens `word`, 0 if none (湖南|特高压 -> 2)."""
        return next((n for n in (4, 3, 2) if n <= len(word) and self.is_place(word[:n])), 0)

    def leading_division(self, word: str, rest: int = 2) -> int:
        """Length of the longest full division name (up to 8 characters) that opens `word` and leaves at least
        `rest` characters after it, 0 if none (达拉特旗|树林召镇 -> 4)."""
        return next((n for n in range(min(8, len(word) - rest), 1, -1) if word[:n] in self.division_full), 0)

    def is_place(self, word: str) -> bool:
        """A listed place or an administrative division, full or short (格尔木, 通榆县, 通榆)."""
        return word in self.places or self.is_division(word)

    @cached_property
    def level_chars(self) -> str:
        """The one-character levels of the administrative divisions (省 市 县 镇 村 旗 …; entity_rules.json
        TIDY.level_chars): every finder that asks whether a name ends in a level reads them here."""
        return self.rules["TIDY"]["level_chars"]

    @cached_property
    def residents(self) -> frozenset[str]:
        """Words for what a person is, not a post (村民, 牧民: entity_rules.json PEOPLE.residents): a name follows
        one; every finder that asks reads them here."""
        return frozenset(self.rules["PEOPLE"]["residents"])

    @cached_property
    def line_heads(self) -> tuple[str, ...]:
        """The words a road's, railway's or power line's name ends in (entity_rules.json PROJECT.line_heads),
        longest first: every finder of lines reads them here."""
        return tuple(sorted(self.rules["PROJECT"]["line_heads"], key=len, reverse=True))

    @cached_property
    def admin_suffixes(self) -> tuple[str, ...]:
        """A division's level as the end of its name: the level characters and the Mongolian units 苏木, 嘎查."""
        return tuple(self.level_chars) + MONGOLIAN_UNITS

    @cached_property
    def trade_words(self) -> tuple[str, ...]:
        """The trade words a firm's short name ends in (新能源, 锂业: entity_rules.json FIRM_OPENERS.trade_words),
        longest first."""
        return tuple(sorted(self.rules["FIRM_OPENERS"]["trade_words"], key=len, reverse=True))

    @cached_property
    def town_ends(self) -> tuple[str, ...]:
        """The levels below a county: towns, townships, villages, sub-districts and their Mongolian units."""
        return ("镇", "乡", "村", "街道") + MONGOLIAN_UNITS

    @cached_property
    def venue_suffixes(self) -> tuple[str, ...]:
        """The ends of a venue's name (PLACE.venue_suffixes: 会堂, 宾馆, 会议中心): a hall, whatever finder read it."""
        return tuple(self.rules["PLACE"]["venue_suffixes"])

    @cached_property
    def place_name_ends(self) -> tuple[str, ...]:
        """Endings that make a word a place's name: place suffixes of two characters or more (片区, 经开区),
        and the levels of the divisions."""
        return tuple(w for w in self.rules["PLACE"]["suffixes"] if len(w) >= 2) + tuple(self.level_chars)

    @cached_property
    def long_places(self) -> re.Pattern | None:
        """Listed places of three characters or more, for matching across pkuseg's edges (地|处长|三角)."""
        names = sorted((w for w in self.places if len(w) >= 3), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, names))) if names else None

    def has_surname(self, name: str) -> bool:
        return name[:1] in self.surnames_single or name[:2] in self.surnames_double

    def is_syllable_name(self, word: str) -> bool:
        """Made of name syllables (扎西 + 多杰, or a listed full name): Tibetan, Mongolian, Uyghur names."""
        n = len(word)
        if n < 3 or n > 10:
            return False
        pieces = [0] + [-1] * n            # pieces[i]: fewest syllables covering word[:i], -1 = impossible
        for i in range(1, n + 1):
            for j in range(max(0, i - 4), i):
                if pieces[j] >= 0 and word[j:i] in self.syllables:
                    if pieces[i] < 0 or pieces[j] + 1 < pieces[i]:
                        pieces[i] = pieces[j] + 1
        return pieces[n] >= 1

    def user_words(self) -> list[str]:
        """Words the segmenter should keep whole: titles, the rules' segmenter words, and gazetteer names of
        three characters or more. pkuseg forces a user word wherever its characters occur, so a two-character
        name would split common words (合作协议 -> 合|作协|议, 青海东部 -> 青|海东|部); the gazetteer still finds
        those names on tokens."""
        return sorted(self.titles | set(self.rules.get("segmenter_words", ()))
                      | {w for w in self.places | self.orgs | self.companies if len(w) >= 3})


# the files a Lexicon is read from; they are saved with a pipeline (kg_entities.to_disk)
LEXICON_FILES = ("titles.txt", "surnames.txt", "places.txt", "orgs.txt", "companies.txt", "name_syllables.txt",
                 "entity_rules.json")
# keys of entity_rules.json the finders read, with the type each must have
REQUIRED_RULES = {
    "MEETING": dict, "PROJECT": dict, "COMPANY": dict, "ORG": dict, "PLACE": dict, "MEETING_SUBJECT": dict,
    "LISTED_PROJECTS": dict, "LISTED_COMPANIES": dict, "LISTED_ORGS": dict, "LISTED_PLACES": dict, "LISTED_TOWNS": dict,
    "SOURCES": dict,
    "PROJECT_BUILDER": dict, "BUILT_BY": dict, "FIRM_OPENERS": dict, "SIGNATORIES": dict,
    "TITLE_ORGS": dict, "PEOPLE": dict, "TIDY": dict,
    "left_boundary_words": list, "title_stop_words": list, "soft_boundary_words": list, "leading_trim_pos": list,
}
REQUIRED_PER_TYPE = {"suffixes": list, "generic": list, "max_chars": int}
LIST_RULE = {"closing": str, "lead_words": list, "max_chars": int, "min_items": int}
# keys inside the sections, read by the finders (a missing one is named, not a KeyError deep in a finder)
REQUIRED_NESTED = {
    "LISTED_PROJECTS": LIST_RULE, "LISTED_COMPANIES": LIST_RULE, "LISTED_ORGS": LIST_RULE, "LISTED_PLACES": LIST_RULE,
    "LISTED_TOWNS": LIST_RULE,
    "SOURCES": {"keys": list, "author_keys": list, "not_sources": list, "outlet_suffixes": list},
    "PROJECT_BUILDER": {"min_chars": int, "max_chars": int, "not_firms": list, "output_words": list},
    "BUILT_BY": {"verbs": list, "manners": list, "joiners": list, "partner_joiners": list, "firm_anaphors": list,
                 "pronouns": list, "max_chars": int},
    "FIRM_OPENERS": {"trade_words": list, "max_name_chars": int, "firm_only_ends": list},
    "SIGNATORIES": {"verbs": list, "agreements": list, "agreement_kinds": list},
    "MEETING_SUBJECT": {"verbs": list, "venue_set": list, "held_before": list, "not_event_ends": list,
                        "bare_events": dict, "body_sessions": dict, "parent_events": list, "closing_parts": list},
    "PEOPLE": {"people_words": list, "not_name_parts": list, "glued_verbs": list, "glued_verb_chars": str,
               "roles_after_he": list, "residents": list, "appointing_verbs": list, "titles_after_name": list},
    "TIDY": {"part_of_post": dict, "fixed_phrases": list, "wetlands": dict, "organiser_clause": str,
             "generic_after_kind": dict},
    "PLACE": {"venue_suffixes": list, "parks_as_locations": dict, "region_suffixes": list, "zone_suffixes": list,
              "nature_ends": list, "position_words": list, "nature_suffixes": list, "lac_zone_ends": list,
              "lac_town_ends": list, "lac_town_not_ends": list, "village_suffixes": list, "bracketed_zones": list,
              "river_ends": list, "named_with_city": list, "river_works": list, "port_not_after": list,
              "port_parts": list},
    "MEETING": {"theme_after_scope": dict},
    "ORG": {"slogan_ends": str},
    "PROJECT": {"concrete_heads": list, "institution_words": list, "not_openers": list, "designation_verbs": list,
                "verbs_inside_after_noun": list, "inspection_verbs": list, "slogan_after": list, "spec_after": list,
                "industry_ends": list, "operating_ends": list, "breaking_ground": dict, "standing": dict},
    "COMPANY": {"needs_name": list, "industry_after": list, "appositive_heads": list, "legal_forms": list},
}


def alternation(words) -> str:
    """A regex alternation of the words, longest first (so 投资建设 is tried before 投资), each escaped."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


class RulesError(ValueError):
    """A malformed rule file: names the file and the key."""


def _read_object(path: Path) -> dict:
    try:
        rules = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise RulesError(f"{path}: cannot read the rules: {err}") from err
    if not isinstance(rules, dict):
        raise RulesError(f"{path}: expected a JSON object at the top level")
    return rules


def read_rules(path: Path) -> dict:
    """entity_rules.json, checked: a clear error naming the file and key instead of a KeyError later."""
    rules = _read_object(path)
    for key, kind in REQUIRED_RULES.items():
        if not isinstance(rules.get(key), kind):
            raise RulesError(f"{path}: key '{key}' must be a {kind.__name__}, found {type(rules.get(key)).__name__}")
    for label in ("MEETING", "PROJECT", "COMPANY", "ORG", "PLACE"):
        for key, kind in REQUIRED_PER_TYPE.items():
            if not isinstance(rules[label].get(key), kind):
                raise RulesError(f"{path}: key '{label}.{key}' must be a {kind.__name__}")
    for section in REQUIRED_NESTED:
        _check_section(path, section, rules[section])
    return rules


def _check_section(path: Path, section: str, rules: dict) -> None:
    for key, kind in REQUIRED_NESTED[section].items():
        if not isinstance(rules.get(key), kind):
            raise RulesError(f"{path}: key '{section}.{key}' must be a {kind.__name__}")


def read_rule_section(path: Path, section: str) -> dict:
    """One section of entity_rules.json saved on its own (kg_relations keeps "BUILT_BY"), checked the same way."""
    rules = _read_object(path)
    _check_section(path, section, rules)
    return rules


def write_lexicon_files(lex: "Lexicon", target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, content in lexicon_files_as_bytes(lex).items():
        (target / name).write_bytes(content)


def lexicon_files_as_bytes(lex: "Lexicon") -> dict[str, bytes]:
    files = {name: (Path(lex.source) / name).read_bytes() for name in LEXICON_FILES}
    with tempfile.TemporaryDirectory() as tmp:
        write_divisions(lex.divisions, Path(tmp) / DIVISIONS_FILE)
        files[DIVISIONS_FILE] = (Path(tmp) / DIVISIONS_FILE).read_bytes()
    return files


def load_lexicon(gazetteer_dir: str = str(GAZETTEER_DIR), cache: bool = True) -> Lexicon:
    return _load_cached(gazetteer_dir) if cache else _load(gazetteer_dir)


@lru_cache(maxsize=4)
def _load_cached(gazetteer_dir: str) -> Lexicon:
    return _load(gazetteer_dir)


def _load(gazetteer_dir: str) -> Lexicon:
    d = Path(gazetteer_dir)
    missing = [name for name in LEXICON_FILES if not (d / name).is_file()]
    if missing:
        raise RulesError(f"{d}: missing word list(s) {', '.join(missing)}")
    surnames = read_words(d / "surnames.txt")
    divisions = load_divisions(d)
    entries = {w: fp for w, fp in jieba_dictionary().items() if fp[1] not in PROPER_POS and len(w) <= 4}
    rules = read_rules(d / "entity_rules.json")
    for word, pos in rules.get("pos_overrides", {}).items():     # jieba's dictionary tags a few words wrongly
        entries[word] = (entries.get(word, (1, pos))[0], pos)
    return Lexicon(
        titles=set(read_words(d / "titles.txt")),
        surnames_single={s for s in surnames if len(s) == 1},
        surnames_double={s for s in surnames if len(s) == 2},
        places=set(read_words(d / "places.txt")),
        orgs=set(read_words(d / "orgs.txt")),
        companies=set(read_words(d / "companies.txt")),
        rules=rules,
        syllables=set(read_words(d / "name_syllables.txt")),
        common={w: f for w, (f, _) in entries.items()},
        pos={w: p for w, (_, p) in entries.items()},
        source=str(d),
        divisions=divisions,
        division_full={d.full for d in divisions if len(d.full) >= 2},
        division_short={short: d.full for d in divisions for short in d.shorts},
        jieba_places={w for w, (_, pos) in jieba_dictionary().items() if pos == "ns"},
    )
