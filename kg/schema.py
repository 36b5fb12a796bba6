"""One definition of the facts every stage shares: entity types, relation types and their endpoints,
reporter roles. The NLP components, the extraction records, the graph, both stores and the views import
them from here.
"""
from __future__ import annotations

# entity types of `kg extract` (spaCy span labels), in display order
ENTITY_TYPES = ("PERSON", "PLACE", "COMPANY", "ORG", "PROJECT", "MEETING")

# relation type -> entity types allowed at (head, tail); 任职's tail is a title string
RELATION_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "主持": (("PERSON",), ("MEETING",)),
    "出席": (("PERSON",), ("MEETING",)),
    "讲话": (("PERSON",), ("MEETING",)),
    "任职": (("PERSON",), ("TITLE",)),
    "实施": (("COMPANY", "ORG", "PLACE", "PERSON"), ("PROJECT",)),
    "位于": (("PROJECT", "COMPANY", "ORG", "MEETING"), ("PLACE",)),
    "主办": (("ORG", "COMPANY", "PLACE"), ("MEETING",)),
}

# byline roles: a person with one of these is a reporter, not an actor of the story
EDITOR_ROLES = ("责任编辑", "责编", "编辑", "美编", "校对")     # a page's editors (责编：某某), longest first
REPORTER_ROLES = frozenset({"记者", "通讯员", "特约记者", "见习记者", "首席记者", "摄影记者", "实习生", "摄影",
                            *EDITOR_ROLES,
                            "特派记者", "驻站记者", "融媒体记者"})

# Baidu LAC's entity tags -> our types (LAC has no company, project or meeting types); and its verbs, a POS
# read in context that bounds names (jieba's dictionary POS reads 心系, 谋划, 助力 as nouns)
LAC_LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "v": "VERB"}
