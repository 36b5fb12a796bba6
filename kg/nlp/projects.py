"""Projects named in a list that the text itself calls projects: `A、B、C等项目`, `A、B等15项新建项目`.

The genre lists the sites an official inspected or the projects a report counts, and the closing 等…项目
says what every item is, whatever its head word (药厂, 基地, 度假区, 塔, 客栈). The first item starts after the
clause's verb (踏察了, 推进, 引进签约): those words are data (entity_rules.json "LISTED_PROJECTS").
"""
from __future__ import annotations

import re

from kg.nlp.phrases import Candidate

ITEM = re.compile(r"[^，。；：、！？,;:!?\n]+")


class ListedProjects:
    def __init__(self, rules: dict, company_suffixes: list[str]):
        self.company_suffixes = tuple(company_suffixes)      # 某某有限公司、某某集团等项目: firms, not projects
        self.closing = re.compile(rules["closing"])
        self.lead_words = sorted(rules["lead_words"], key=len, reverse=True)
        self.max_chars = rules["max_chars"]
        self.min_items = rules["min_items"]

    def find(self, text: str) -> list[Candidate]:
        out = []
        for m in self.closing.finditer(text):
            clause_start = max(text.rfind(c, 0, m.start()) for c in "，。；：！？,;:!?\n") + 1
            items = [(i.start() + clause_start, i.end() + clause_start) for i in ITEM.finditer(text[clause_start:m.start()])]
            if len(items) < self.min_items:
                continue
            first_start, first_end = items[0]
            cut = self._after_lead(text[first_start:first_end])
            if cut is None:
                items = items[1:]
            else:
                items[0] = (first_start + cut, first_end)
            for a, b in items:
                name = text[a:b].strip("“”\"' ")
                if 2 <= len(name) <= self.max_chars and not name.endswith(self.company_suffixes):
                    a = text.index(name, a)
                    out.append(Candidate(a, a + len(name), "PROJECT", "listed-project"))
        return out

    def _after_lead(self, first: str) -> int | None:
        """Where the first item starts: after the last lead word, or at once if the item is short."""
        best = -1
        for w in self.lead_words:
            k = first.rfind(w)
            if k >= 0:
                best = max(best, k + len(w))
        if best >= 0:
            return best if len(first) - best >= 2 else None
        return 0 if len(first) <= self.max_chars else None
