"""Tell read-only Cypher from Cypher that changes the database, before it is sent.

A server-side read-only transaction is the real guard on Neo4j, but not every Bolt server enforces it
(FalkorDB's Bolt endpoint runs CREATE inside a read transaction), so queries are also screened here.
The screen errs on the side of refusing: a false alarm costs the user a `--write`, a miss costs data (or a file).
"""
from __future__ import annotations

import re

# String literals, backtick-quoted names and comments are skipped whole, in one left-to-right pass,
# so that a keyword inside a string (or `//` inside a string) neither triggers nor hides anything.
_SKIP = re.compile(r"""
      '(?:[^'\\]|\\.)*(?:'|$)      # 'single-quoted', backslash escapes; unterminated runs to the end
    | "(?:[^"\\]|\\.)*(?:"|$)      # "double-quoted"
    | `(?:[^`]|``)*(?:`|$)         # `quoted name`
    | //[^\n]*                     # line comment
    | /\*.*?(?:\*/|$)              # block comment
""", re.VERBOSE | re.DOTALL)

# Updating and schema/admin clauses, and the clauses that reach outside the database: files (COPY TO/FROM,
# LOAD FROM, LOAD CSV, EXPORT/IMPORT DATABASE), other databases (ATTACH, DETACH, USE), extensions (INSTALL,
# LOAD EXTENSION) and settings (CALL name = value, e.g. the extension or file search path). A keyword right
# after `.` or `$` is a property or parameter name.
_WRITE = re.compile(
    r"(?<![\w.$])(CREATE|MERGE|SET|DELETE|REMOVE|DROP|LOAD\s+CSV|LOAD\s+EXTENSION|LOAD|FOREACH|ALTER|RENAME|GRANT"
    r"|REVOKE|DENY|START\s+DATABASE|STOP\s+DATABASE|COPY|INSTALL|UNINSTALL|UPDATE|ATTACH|DETACH(?!\s+DELETE)"
    r"|EXPORT|IMPORT|USE|CHECKPOINT|CALL\s+\w+\s*=)(?!\w)", re.IGNORECASE)

# Procedures (dbms, db, apoc, gds, ...) whose name says they change data, schema, settings or files,
# or run Cypher text this screen cannot see into (apoc.cypher.run*).
_CALL = re.compile(r"(?<![\w.$])CALL\s+(\w[\w.]*)", re.IGNORECASE)
_WRITE_PROC = re.compile(
    r"create|merge|set|delete|remove|drop|clear|refresh|load|import|export|periodic|trigger|write|doit|run"
    r"|rename|kill|terminate|upgrade|refactor|atomic|lock|assert|collapse|link|mutate", re.IGNORECASE)


def _blank(m: re.Match) -> str:
    text = m.group(0)
    if text.startswith("`"):
        # Keep a quoted name as one word so `apoc.create.node` is still seen; a label literally
        # called `CREATE` then counts as a write, which is the safe mistake.
        return " " + re.sub(r"\W", "_", text.strip("`")) + " "
    return " "


def strip_literals(cypher: str) -> str:
    """The query with strings and comments blanked out and quoted names flattened to one word."""
    return _SKIP.sub(_blank, cypher)


def write_clause(cypher: str) -> str | None:
    """The first write clause or write procedure found in the query, or None if it only reads."""
    code = strip_literals(cypher)
    m = _WRITE.search(code)
    if m:
        return " ".join(m.group(1).upper().split())
    for m in _CALL.finditer(code):
        if _WRITE_PROC.search(m.group(1)):
            return f"CALL {m.group(1)}"
    return None


def is_write_query(cypher: str) -> bool:
    return write_clause(cypher) is not None


def statements(cypher: str) -> list[str]:
    """The statements of a query text, split at `;` outside strings and comments (blank ones dropped)."""
    return [part for part in strip_literals(cypher).split(";") if part.strip()]
