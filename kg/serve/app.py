"""The Starlette application of `kg serve`: the page, its static files and the JSON API under /api/.

Safe by default: every answer carries a Content-Security-Policy that allows scripts, styles and requests
from this server only (no inline script, no CDN: vis-network is read from the pyvis package), the page
builds its DOM with textContent (document text is never parsed as HTML), the embedded database is opened
read-only and queries are screened by kg.stores.cypher_guard like `kg query`'s, and nothing is written.
"""
from __future__ import annotations

import contextlib
import gc
import json
import threading
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.serve.index import GraphIndex
from kg.stores.cypher_guard import write_clause

STATIC = Path(__file__).resolve().parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
                    (b"cross-origin-resource-policy", b"same-origin")]
MAX_ROWS = 1000
MAX_QUERY_CHARS = 20_000
QUERY_TIMEOUT_MS = 30_000


def vis_network_dir() -> Path:
    """vis-network as shipped inside the pyvis package (kg.views.html inlines the same library)."""
    import pyvis

    base = Path(pyvis.__file__).resolve().parent / "lib"
    found = sorted(base.glob("vis-*/vis-network.min.js"))
    if not found:
        raise FileNotFoundError(f"vis-network.min.js not found under {base}; is pyvis installed?")
    return found[-1].parent


class SecurityHeaders:
    """Pure ASGI middleware: the headers above on every HTTP answer (errors included)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ReadOnlyDatabase:
    """graph.lbdb opened once, read-only; one query at a time (a lock around one connection)."""

    def __init__(self, path: Path):
        import ladybug

        self.path = Path(path)
        self.db = ladybug.Database(str(self.path), read_only=True)
        self.conn = ladybug.Connection(self.db)
        self.conn.set_query_timeout(QUERY_TIMEOUT_MS)
        self.lock = threading.Lock()

    def query(self, cypher: str, params: dict) -> tuple[list[str], list[list], bool]:
        with self.lock:
            result = self.conn.execute(cypher, params)
            if isinstance(result, list):            # like `kg query`: never a half answer
                raise RuntimeError("one statement at a time: the query holds several, separated by `;`")
            columns = result.get_column_names()
            rows = []
            while result.has_next():
                if len(rows) == MAX_ROWS:
                    return columns, rows, True
                rows.append(_plain(result.get_next()))
            return columns, rows, False

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def _plain(value):
    """Database values as JSON: nodes and relationships are dicts, dates become text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _set(request: Request, name: str) -> set | None:
    """?types=Person,Meeting or ?types=Person&types=Meeting; absent means no filter, empty means none."""
    values = request.query_params.getlist(name)
    if not values:
        return None
    return {v for raw in values for v in raw.split(",") if v}


def _int(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise HTTPException(400, f"{name} must be a whole number, not {raw!r}") from None


def create_app(out: Path | str | None = None, *, index: GraphIndex | None = None,
               allowed_hosts: list[str] | None = None) -> Starlette:
    """The app for a build folder (graph.json, extractions.jsonl, graph.lbdb), or for a ready index
    (benchmarks, tests). With `allowed_hosts`, requests naming another Host are refused (a guard against
    DNS rebinding when bound to the loopback address)."""
    if index is None:
        if out is None:
            raise ValueError("create_app needs a build folder or an index")
        index = GraphIndex.from_folder(Path(out))
    # The graph is millions of long-lived objects: without this, a full garbage collection (set off by the
    # allocations of any answer) walks all of them, hundreds of milliseconds on 100,000 nodes.
    gc.collect()
    gc.freeze()
    db_path = Path(out) / "graph.lbdb" if out is not None else None
    state = {"db": None, "dossiers": {}}
    vis_dir = vis_network_dir()

    def database() -> ReadOnlyDatabase | None:
        if state["db"] is None and db_path is not None and db_path.exists():
            state["db"] = ReadOnlyDatabase(db_path)
        return state["db"]

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers={"cache-control": "no-store"})

    def meta(request: Request) -> JSONResponse:
        from kg.views.html import OTHER, STYLES

        body = index.meta()
        body["styles"] = {k: {"color": c, "shape": s} for k, (c, s, _) in STYLES.items()}
        body["styles"]["?"] = {"color": OTHER[0], "shape": OTHER[1]}
        body["folder"] = Path(out).name if out is not None else None
        body["database"] = db_path is not None and db_path.exists()
        return JSONResponse(body)

    def search(request: Request) -> JSONResponse:
        q = request.query_params.get("q", "")
        return JSONResponse(index.search(q, _int(request, "limit", 20), _set(request, "types")))

    def node(request: Request) -> JSONResponse:
        node_id = request.query_params.get("id", "")
        if node_id not in index.graph:
            return _error(404, f"no node with id {node_id!r}")
        return JSONResponse(index.node(node_id, full=True))

    def neighbourhood(request: Request) -> JSONResponse:
        node_id = request.query_params.get("id", "")
        if node_id not in index.graph:
            return _error(404, f"no node with id {node_id!r}")
        try:
            body = index.neighbourhood(node_id, labels=_set(request, "types"), relations=_set(request, "relations"),
                                       date_from=request.query_params.get("from"),
                                       date_to=request.query_params.get("to"),
                                       limit=_int(request, "limit", 150), evidence=_int(request, "evidence", 3))
        except ValueError as err:
            return _error(400, str(err))
        return JSONResponse(body)

    def evidence(request: Request) -> JSONResponse:
        p = request.query_params
        try:
            return JSONResponse(index.edge_evidence(p.get("from", ""), p.get("to", ""), p.get("relation", "")))
        except KeyError:
            return _error(404, f"no relation {p.get('relation')!r} from {p.get('from')!r} to {p.get('to')!r}")

    def dossier(request: Request) -> JSONResponse:
        from kg.views.dossier import EntityNotFound

        node_id = request.query_params.get("id", "")
        if node_id not in index.graph:
            return _error(404, f"no node with id {node_id!r}")
        info = index.node(node_id, full=True)
        if not info["dossier"]:
            return _error(404, f"no dossier for a {info['label']}: dossiers are kept for people, "
                               "organisations, companies and projects")
        cached = state["dossiers"].get(node_id)
        if cached is None:
            from kg.serve.dossier import dossier_json

            try:
                cached = dossier_json(index.graph, info["dossier"], info["name"], node_id)
            except EntityNotFound as err:
                return _error(404, str(err))
            if len(state["dossiers"]) > 64:
                state["dossiers"].clear()
            state["dossiers"][node_id] = cached
        return JSONResponse(cached)

    async def cypher(request: Request) -> JSONResponse:
        if request.method != "POST":
            return JSONResponse({"error": "POST the query as JSON: {\"query\": \"MATCH ...\", \"params\": {...}}"},
                                status_code=405, headers={"allow": "POST"})
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _error(400, "send JSON: {\"query\": \"MATCH ...\", \"params\": {...}}")
        if not isinstance(body, dict):
            return _error(400, "send a JSON object with a query")
        query, params = body.get("query"), body.get("params") or {}
        if not isinstance(query, str) or not query.strip():
            return _error(400, "the query is empty")
        if len(query) > MAX_QUERY_CHARS:
            return _error(400, f"the query is longer than {MAX_QUERY_CHARS} characters")
        if not isinstance(params, dict):
            return _error(400, "params must be a JSON object of name: value")
        clause = write_clause(query)
        if clause:
            return _error(403, f"read-only: {clause} would change the database, and kg serve only reads. "
                               "Run queries that write with `kg query --write` on the command line.")
        db = database()
        if db is None:
            return _error(503, "no embedded database (graph.lbdb) in this folder; run `kg build` first")
        try:
            columns, rows, truncated = await run_in_threadpool(db.query, query, params)
        except RuntimeError as err:
            return _error(400, str(err))
        return JSONResponse({"columns": columns, "rows": rows, "truncated": truncated, "limit": MAX_ROWS})

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)

    async def api_missing(request: Request) -> JSONResponse:
        return _error(404, f"no API endpoint {request.url.path}")

    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return _error(exc.status_code, str(exc.detail))
        return Response(str(exc.detail), status_code=exc.status_code, media_type="text/plain")

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        if state["db"] is not None:             # closed when the server stops (Ctrl-C)
            state["db"].close()
            state["db"] = None

    routes = [
        Route("/", page),
        Route("/favicon.ico", no_icon),
        Route("/api/meta", meta),
        Route("/api/search", search),
        Route("/api/node", node),
        Route("/api/neighbourhood", neighbourhood),
        Route("/api/evidence", evidence),
        Route("/api/dossier", dossier),
        Route("/api/cypher", cypher, methods=["GET", "POST"]),
        Route("/api/{rest:path}", api_missing),
        Mount("/static/vis", StaticFiles(directory=vis_dir), name="vis"),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: http_error},
                    lifespan=lifespan)
    app.state.index = index
    app.state.database = database
    database()                                   # open it now: a broken file shows at start, not at the first query
    return app
