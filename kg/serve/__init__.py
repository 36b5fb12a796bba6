"""`kg serve`: a local web explorer over a build folder (search, neighbourhoods, evidence, dossiers, Cypher).

Starlette (routing, static files, JSON answers, test client) served by uvicorn. The graph is read from
graph.json into in-memory indexes at start (kg.serve.index); the embedded database is opened read-only for
the Cypher box. It binds 127.0.0.1 unless told otherwise and never writes.
"""
from __future__ import annotations

import socket
import sys
from pathlib import Path

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def create_app(*args, **kwargs):
    from kg.serve.app import create_app as _create

    return _create(*args, **kwargs)


def _hosts_for(host: str, port: int) -> list[str] | None:
    """Host headers a loopback server answers (DNS-rebinding guard); None (any) when bound elsewhere."""
    if host not in LOOPBACK:
        return None
    return ["127.0.0.1", "localhost", "[::1]", "::1"]


def serve(out: Path | str, host: str = "127.0.0.1", port: int = 8765, announce=None) -> None:
    """Load the build in `out`, bind host:port (port 0: any free port), print the address, serve until
    Ctrl-C (SIGINT) or SIGTERM. Raises FileNotFoundError (no graph) or OSError (address in use)."""
    import uvicorn

    announce = announce or (lambda text: print(text, file=sys.stderr, flush=True))
    app = create_app(Path(out), allowed_hosts=_hosts_for(host, port))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto given explicitly: asyncio sets TCP_NODELAY on accepted connections only then (else Nagle + delayed
    # ACK add 40 ms to every JSON answer, sent as two writes)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)          # connections made once the address is printed wait until uvicorn accepts
    except OSError as err:
        sock.close()
        raise OSError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    meta = app.state.index.meta()
    announce(f"kg serve: {meta['nodes']} nodes, {meta['edges']} edges from {Path(out)}; "
             f"database {'read-only' if app.state.database() else 'missing (Cypher box disabled)'}")
    if host not in LOOPBACK:
        announce(f"kg serve: warning: listening on {host}, reachable from other machines; the data is served "
                 "to anyone who can connect")
    announce(f"kg serve: open http://{shown}:{bound}/  (Ctrl-C to stop)")
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:      # uvicorn shuts down on SIGINT, then raises it again: that is our Ctrl-C
        pass
    finally:
        sock.close()
    announce("kg serve: stopped")
