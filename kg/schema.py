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

# Byline roles: an outlet maybe, a kind maybe, then the role (本报特约记者, 新华社记者, 摄影记者, 通讯员, 实习生).
# The outlet is no part of the title (gold convention 8: 本报记者 -> 记者). The cleaner, the article splitter and the
# entity stage build their byline patterns from these (kg.textrules.ROLE); a person with a reporter role is a
# reporter, not an actor of the story.
BYLINE_OUTLETS = ("本报", "本刊", "新华社", "中新社", "人民日报", "央视")
BYLINE_KINDS = ("特约", "特派", "首席", "见习", "实习", "驻站", "融媒体", "全媒体", "摄影")
BYLINE_ROLES = ("记者", "通讯员", "实习生")
EDITOR_ROLES = ("责任编辑", "美术编辑", "责编", "编辑", "美编", "校对")   # a page's editors (责编：某某), longest first
REPORTER_ROLES = frozenset({kind + role for kind in ("", *BYLINE_KINDS) for role in BYLINE_ROLES}
                           | {"摄影", *EDITOR_ROLES})

# Baidu LAC's entity tags -> our types (LAC has no company, project or meeting types); and its verbs, a POS
# read in context that bounds names (jieba's dictionary POS reads 心系, 谋划, 助力 as nouns)
LAC_LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "v": "VERB"}
