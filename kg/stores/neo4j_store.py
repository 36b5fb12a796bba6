"""Push the graph to a Neo4j server over Bolt and query it, with the official `neo4j` driver only.

Same schema as the embedded store (kg.stores.schema), so one query text runs on both. Labels and
relationship types are the only things put into query text, and only names from that fixed schema;
every value travels as a query parameter. Writes are MERGEs keyed on `id`, so a push can be repeated
(or resumed after a dropped connection) without duplicating anything.
"""
from __future__ import annotations

import getpass
import logging
import os
import re
import sys
import time
import weakref
from collections.abc import Callable

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as nex
from neo4j.graph import Node, Path, Relationship

from kg.stores.cypher_guard import write_clause
from kg.stores.schema import NODE_LABELS, REL_ENDPOINTS, node_rows, rel_rows

__all__ = ["Neo4jError", "connect", "count", "ensure_constraints", "password_from_env_or_prompt", "push_graph",
           "run_query"]

log = logging.getLogger(__name__)

_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}
_DROPPED = (nex.ServiceUnavailable, nex.SessionExpired)  # the connection, not the query, failed
_URIS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()      # driver -> URI, for messages
_ENCODERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # driver -> parameter encoder


class Neo4jError(Exception):
    """One line for the user: server unreachable, credentials refused, connection dropped, query rejected."""


def _where(driver) -> str:
    return _URIS.get(driver, "the Neo4j server")


def _brief(err: Exception) -> str:
    return " ".join(str(err).split())[:300]


def _server_message(err: nex.Neo4jError) -> str:
    # Servers that speak pre-5.7 FAILURE metadata (FalkorDB) lose their text in the 6.x driver;
    # whatever is left over (e.g. {'code': 'SyntaxError'}) is still worth showing.
    extra = getattr(err, "metadata", None) or {}
    tail = "".join(f" [{k}: {v}]" for k, v in extra.items() if isinstance(v, str))
    return f"{err.code}: {err.message}{tail}"


def password_from_env_or_prompt(prompt: str = "Neo4j password: ") -> str | None:
    """NEO4J_PASSWORD if set, else ask on the terminal; None when there is no terminal to ask on."""
    if "NEO4J_PASSWORD" in os.environ:
        return os.environ["NEO4J_PASSWORD"]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def connect(uri: str, user: str | None = None, password: str | None = None, *,
            timeout: float = 10.0, retry_time: float = 15.0) -> neo4j.Driver:
    """A driver that has already reached the server; `timeout` bounds connecting and the Bolt handshake,
    `retry_time` how long a managed transaction keeps retrying transient failures."""
    auth = None if user is None else (user, password or "")
    if uri.split("://", 1)[0].lower() not in _SCHEMES:  # the driver's http:// preview needs aiohttp
        raise Neo4jError(f"{uri}: not a Bolt URI; use bolt://host:7687 or neo4j://host:7687")
    try:
        driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout,
                                      connection_acquisition_timeout=timeout, max_transaction_retry_time=retry_time)
    except (nex.ConfigurationError, ValueError) as err:
        raise Neo4jError(f"{uri}: not a usable Neo4j URI ({_brief(err)})") from None
    _URIS[driver] = uri
    try:
        driver.verify_connectivity()
    except nex.AuthError:
        driver.close()
        raise Neo4jError(f"{uri}: the server refused the credentials for user {user!r} "
                         "(check NEO4J_USER / NEO4J_PASSWORD)") from None
    except (nex.DriverError, OSError) as err:
        driver.close()
        raise Neo4jError(f"cannot reach a Neo4j server at {uri}: {_brief(err)}") from None
    except nex.Neo4jError as err:
        driver.close()
        raise Neo4jError(f"{uri}: {_server_message(err)}") from None
    return driver


def _run(driver, cypher: str, params: dict, *, write: bool, database: str | None) -> tuple[list, list]:
    def work(tx):
        result = tx.run(cypher, params)
        return list(result.keys()), [list(record.values()) for record in result]
    with driver.session(database=database) as session:
        return (session.execute_write if write else session.execute_read)(work)


# --- parameters that really stay parameters -------------------------------------------------------
# FalkorDB's Bolt endpoint (4.16) pastes parameters into the query text as `CYPHER name='value'`
# without escaping quotes: the value  x' MATCH (m) DETACH DELETE m //  deletes the graph, even in a
# read transaction. So each driver is probed once with a hostile value, and if it does not come back
# unchanged, strings are escaped client-side -- used only after that, too, is proven to round-trip.
_PROBE = "kg'probe\\\"`//\n中文"  # harmless if pasted raw: the text after the quote is a syntax error
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _as_is(params: dict) -> dict:
    return params


def _escaped(value):
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, (list, tuple)):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        bad = [k for k in value if not _IDENT.fullmatch(str(k))]
        if bad:  # map keys and parameter names are pasted bare on such a server
            raise Neo4jError(f"parameter or map key {bad[0]!r} is not a plain identifier; "
                             "this server cannot be sent it safely")
        return {k: _escaped(v) for k, v in value.items()}
    return value


def _encoder(driver, database: str | None) -> Callable[[dict], dict]:
    if driver in _ENCODERS:
        return _ENCODERS[driver]
    for encode in (_as_is, _escaped):
        try:
            _, rows = _run(driver, "RETURN $probe AS probe", encode({"probe": _PROBE}), write=False, database=database)
        except nex.Neo4jError:  # the raw probe is a syntax error on a pasting server
            continue
        if rows == [[_PROBE]]:
            if encode is _escaped:
                log.warning("%s pastes parameters into query text; escaping string values client-side", _where(driver))
            _ENCODERS[driver] = encode
            return encode
    raise Neo4jError(f"{_where(driver)} does not pass query parameters through unchanged; refusing to send data")


# --- writing ---------------------------------------------------------------------------------------
def _quoted(name: str, allowed) -> str:
    """A label or relationship type for query text: only schema names, always backticked."""
    if name not in allowed:
        raise ValueError(f"{name!r} is not in the graph schema")
    return "`" + name.replace("`", "``") + "`"


def _clip(value, limit: int | None):
    """Strings cut to `limit` characters (ending in …), inside lists and maps too; None leaves them whole."""
    if limit is None:
        return value
    if isinstance(value, str):
        return value if len(value) <= limit else value[:max(limit - 1, 0)] + "…"
    if isinstance(value, list):
        return [_clip(v, limit) for v in value]
    if isinstance(value, dict):
        return {k: _clip(v, limit) for k, v in value.items()}
    return value


def ensure_constraints(driver, database: str | None = None) -> dict[str, str]:
    """Make `id` unique (or at least indexed) per label. Returns label -> what exists now:
    "constraint", "index", "index (already there)" or "none: <server message>"."""
    outcome: dict[str, str] = {}
    for label in NODE_LABELS:
        q = _quoted(label, NODE_LABELS)
        attempts = (
            ("constraint", f"CREATE CONSTRAINT kg_{label}_id IF NOT EXISTS FOR (n:{q}) REQUIRE n.id IS UNIQUE"),
            ("index", f"CREATE INDEX kg_{label}_id_index IF NOT EXISTS FOR (n:{q}) ON (n.id)"),
            ("index", f"CREATE INDEX FOR (n:{q}) ON (n.id)"),  # servers without names or IF NOT EXISTS
        )
        for kind, cypher in attempts:
            try:
                _run(driver, cypher, {}, write=True, database=database)
                outcome[label] = kind
                break
            except nex.Neo4jError as err:
                reason = _server_message(err)
        else:
            outcome[label] = "index (already there)" if _has_index(driver, label, database) else f"none: {reason}"
    missing = [label for label, kind in outcome.items() if kind.startswith("none")]
    if missing:
        log.warning("%s: no unique constraint or index on id for %s; MERGE still works, only slower",
                    _where(driver), ", ".join(missing))
    return outcome


def _has_index(driver, label: str, database: str | None) -> bool:
    # Only reached when every CREATE failed, i.e. on servers without IF NOT EXISTS (FalkorDB, which
    # lists indexes with the Neo4j 4 procedure); a failure here just means "cannot tell".
    try:
        _, rows = _run(driver, "CALL db.indexes() YIELD label, properties RETURN label, properties", {},
                       write=False, database=database)
    except nex.Neo4jError:
        return False
    return any(row[0] == label and "id" in (row[1] or []) for row in rows)


def _write_batch(driver, cypher: str, params: dict, database: str | None, retries: int) -> None:
    # execute_write already retries transient errors for the driver's max_transaction_retry_time;
    # this outer loop also survives a server restart or a dropped socket between attempts. Repeating a
    # batch is harmless: it is all MERGE (and some servers, FalkorDB, do not roll a failed one back).
    for attempt in range(retries + 1):
        try:
            with driver.session(database=database) as session:
                session.execute_write(lambda tx: tx.run(cypher, params).consume())
            return
        except _DROPPED:
            if attempt == retries:
                raise
            time.sleep(min(0.5 * 2 ** attempt, 8.0))


def push_graph(driver, graph, *, batch_size: int = 500, database: str | None = None,
               progress: Callable[[int, int], None] | None = None, retries: int = 3,
               max_property_chars: int | None = None) -> dict[str, int]:
    """MERGE every node and schema relationship of the graph; returns {nodes, relationships, batches, skipped}."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    jobs: list[tuple[str, list[dict]]] = []
    for label in NODE_LABELS:
        rows = [{"id": r.pop("id"), "props": _clip(r, max_property_chars)} for r in node_rows(graph, label)]
        jobs.append((f"UNWIND $rows AS r MERGE (n:{_quoted(label, NODE_LABELS)} {{id: r.id}}) SET n += r.props", rows))
    n_nodes = sum(len(rows) for _, rows in jobs)
    groups, skipped = rel_rows(graph)
    for (rel, a, b), rows in groups.items():
        if (a, b) not in REL_ENDPOINTS.get(rel, ()):
            raise ValueError(f"{a}-[{rel}]->{b} is not in the graph schema")
        qa, qb, qrel = _quoted(a, NODE_LABELS), _quoted(b, NODE_LABELS), _quoted(rel, REL_ENDPOINTS)
        cypher = (f"UNWIND $rows AS r MATCH (a:{qa} {{id: r.a}}), (b:{qb} {{id: r.b}}) "
                  f"MERGE (a)-[e:{qrel}]->(b) SET e += r.props")
        jobs.append((cypher, [{"a": r.pop("a"), "b": r.pop("b"), "props": _clip(r, max_property_chars)} for r in rows]))
    total = sum(len(rows) for _, rows in jobs)
    done = batches = 0
    if progress:
        progress(0, total)
    try:
        encode = _encoder(driver, database)
        for cypher, rows in jobs:
            for i in range(0, len(rows), batch_size):
                chunk = rows[i:i + batch_size]
                _write_batch(driver, cypher, encode({"rows": chunk}), database, retries)
                done += len(chunk)
                batches += 1
                if progress:
                    progress(done, total)
    except _DROPPED as err:
        raise Neo4jError(f"lost the connection to {_where(driver)} during the push after {done} of {total} rows "
                         f"(pushing again is safe, writes are MERGEs): {_brief(err)}. Some Bolt servers (FalkorDB) "
                         "drop or crash on messages over about 4 KB: push again with small batches and clipped text, "
                         "e.g. --batch-size 4 --max-property-chars 100") from None
    except nex.Neo4jError as err:
        raise Neo4jError(f"{_where(driver)} rejected a write after {done} of {total} rows: "
                         f"{_server_message(err)}") from None
    return {"nodes": n_nodes, "relationships": total - n_nodes, "batches": batches, "skipped": skipped}


# --- reading ---------------------------------------------------------------------------------------
def _plain(value):
    """Driver graph objects as plain dicts/lists, shaped like the embedded store's (`_label` + properties)."""
    if isinstance(value, Node):
        return {"_label": ":".join(sorted(value.labels)), **dict(value)}
    if isinstance(value, Relationship):
        return {"_label": value.type, **dict(value)}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def run_query(driver, cypher: str, params: dict | None = None, *, write: bool = False,
              database: str | None = None) -> tuple[list[str], list[list]]:
    """Columns and rows. Read-only unless write=True: write clauses are refused before anything is sent,
    and the query runs in a read transaction, which Neo4j itself enforces."""
    if not write:
        clause = write_clause(cypher)
        if clause:
            raise Neo4jError(f"refusing to run a query with {clause} read-only; add --write if that is what you "
                             "want (write=True from Python)")
    try:
        encode = _encoder(driver, database)
        columns, rows = _run(driver, cypher, encode(dict(params or {})), write=write, database=database)
    except _DROPPED as err:
        raise Neo4jError(f"lost the connection to {_where(driver)}: {_brief(err)}") from None
    except nex.Neo4jError as err:
        raise Neo4jError(f"{_where(driver)} rejected the query: {_server_message(err)}") from None
    return columns, [[_plain(v) for v in row] for row in rows]


def count(driver, database: str | None = None) -> tuple[int, int]:
    _, nodes = run_query(driver, "MATCH (n) RETURN count(n)", database=database)
    _, rels = run_query(driver, "MATCH ()-[r]->() RETURN count(r)", database=database)
    return nodes[0][0], rels[0][0]
